"""Claims -> facts and entities with canonical names (graph-model.md, "Names").

Each article gets a home 旗/县 (the county it talks about most, else the page's)
and a home 市. Bare prefixes are qualified by them (旗水务局 -> 达拉特旗水务局,
市供销社 -> 鄂尔多斯市供销社, 我旗 -> 达拉特旗), short forms are expanded (克旗 ->
克什克腾旗), and every surface form is kept as an alias.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .facts import Claim, Reading, Ref
from .gazetteer import CITY_OF, expand
from .mentions import find_places
from .model import GRID, ORG, PLACE, DocGraph, Entity, Fact

BARE_UNIT_ENDINGS = ("局", "委", "办")


@dataclass(frozen=True)
class Home:
    county: str | None
    city: str | None


def resolve_page(doc: str, digest: str, readings: list[Reading]) -> DocGraph:
    page_counties = _counties(r for reading in readings for r in reading.refs)
    page_cities = _cities(r for reading in readings for r in reading.refs)
    entities: dict[str, Entity] = {}
    facts: dict[str, Fact] = {}
    mentions: dict[str, list[str]] = {}
    homes = [_home(reading, page_counties, page_cities) for reading in readings]
    for reading, home in zip(readings, homes):
        ids = [_entity(entities, ref, home).id for ref in reading.refs if _name(ref, home)]
        mentions[reading.article.id] = sorted(set(ids))
        for claim in reading.claims:
            fact = _fact(claim, home, reading, entities)
            if fact and fact.key not in facts:
                facts[fact.key] = fact
    stated = list(facts.values())
    for reading, home in zip(readings, homes):     # only where no sentence says it
        for fact in _inferred(reading, home, stated, entities):
            facts.setdefault(fact.key, fact)
    return DocGraph(doc, digest, [r.article for r in readings], list(entities.values()),
                    list(facts.values()), mentions)


def _counties(refs) -> Counter:
    return Counter(expand(r.surface) for r in refs
                   if r.label == PLACE and r.level == "County" and r.kind != "self")


def _cities(refs) -> Counter:
    return Counter(expand(r.surface) for r in refs
                   if r.label == PLACE and r.level == "City" and r.kind != "self")


def _home(reading: Reading, page_counties: Counter, page_cities: Counter) -> Home:
    counties = _counties(reading.refs) or page_counties
    county = counties.most_common(1)[0][0] if counties else None
    cities = _cities(reading.refs) or page_cities
    city = cities.most_common(1)[0][0] if cities else CITY_OF.get(county or "")
    return Home(county, city)


def _name(ref: Ref, home: Home) -> str | None:
    """The canonical name of what a sentence names, or None if it can't be told."""
    if ref.label == PLACE:
        if ref.kind == "self":
            return home.county if ref.level == "County" else home.city
        return expand(ref.surface)
    if ref.label == ORG:
        return _org_name(expand(ref.surface), home)
    return ref.surface


def _org_name(name: str, home: Home) -> str:
    if name[0] in "旗县" and home.county:
        return home.county + name[1:]
    if name[0] == "市" and name[1:2] not in ("场", "民") and home.city:
        return home.city + name[1:]
    if home.county and name.endswith(BARE_UNIT_ENDINGS) and len(name) >= 3 and not find_places(name):
        return home.county + name
    return name


def _entity(entities: dict[str, Entity], ref: Ref, home: Home) -> Entity:
    name = _name(ref, home)
    key = f"{ref.label}:{name}"
    e = entities.get(key)
    if e is None:
        kind = ref.kind if ref.label == ORG else None
        e = entities[key] = Entity(key, ref.label, name, level=ref.level if ref.label == PLACE else None,
                                   kind=kind)
    if ref.kind != "self":
        e.aliases.add(ref.surface)
    return e


def _fact(claim: Claim, home: Home, reading: Reading, entities: dict[str, Entity]) -> Fact | None:
    head, tail = _name(claim.head, home), _name(claim.tail, home)
    if not head or not tail:
        return None
    _entity(entities, claim.head, home)
    tail_label = claim.tail.label
    if claim.type == "DIVIDED_INTO":
        props = dict(claim.props)
        grid = entities.setdefault(f"{GRID}:{tail}", Entity(f"{GRID}:{tail}", GRID, tail))
        grid.count, grid.levels = props.get("count"), props.get("levels")
        tail_label = GRID
    else:
        _entity(entities, claim.tail, home)
    s = claim.sentence
    return Fact(claim.type, head, tail, claim.head.label, tail_label, claim.props,
                reading.article.doc, reading.article.id, s.text, s.offset)


def _inferred(reading: Reading, home: Home, facts, entities: dict[str, Entity]) -> list[Fact]:
    """Where the text never says which county a town lies in, the article's home
    county is the answer (and a county's 市 comes from the gazetteer): marked inferred."""
    has_parent = {f.head for f in facts if f.type == "LOCATED_IN"}
    out, seen = [], set()
    for claim_ref, sentence in _first_mentions(reading):
        name = _name(claim_ref, home)
        if name in has_parent or name in seen:
            continue
        parent, level = None, None
        if claim_ref.level == "Township" and home.county:
            parent, level = home.county, "County"
        elif claim_ref.level == "County" and CITY_OF.get(name):
            parent, level = CITY_OF[name], "City"
        if parent and parent != name:
            seen.add(name)
            _entity(entities, Ref(PLACE, parent, level), home)
            out.append(Fact("LOCATED_IN", name, parent, PLACE, PLACE, (), reading.article.doc,
                            reading.article.id, sentence.text, sentence.offset, inferred=True))
    return out


def _first_mentions(reading: Reading):
    """(place ref, first sentence naming it), for places the article names itself."""
    found = {}
    for claim in reading.claims:
        for ref in (claim.head, claim.tail):
            if ref.label == PLACE and ref.kind != "self":
                found.setdefault(ref, claim.sentence)
    for sentence in reading.article.sentences:
        for ref in reading.refs:
            if ref.label == PLACE and ref.kind != "self" and ref.surface in sentence.text:
                found.setdefault(ref, sentence)
    return list(found.items())

