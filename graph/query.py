"""The questions kg answers, asked of any store through the Store protocol.

Names are looked up as typed and, when that finds nothing, in Simplified
characters (the text is stored Simplified), so 達拉特旗水務局 finds 达拉特旗水务局.
"""
from __future__ import annotations

from .answers import (Ambiguous, Candidate, EntityFacts, NotAVillage, NotFound, Supported, UnitSupports,
                      WhoSupports, where)
from .model import GRID, ORG, PERSON, PLACE
from .read import simplified
from .store import Store

VILLAGE_LEVELS = ("Village", "Group")


def lookup(store: Store, name: str) -> str:
    """The name to ask the store for: as typed if it names something, else Simplified."""
    name = name.strip()
    if store.candidates(name):
        return name
    converted = simplified(name)
    return converted if converted != name and store.candidates(converted) else name


def entity(store: Store, typed: str, within: str | None = None) -> tuple[str, str | None]:
    """(name, id) of the one entity a typed name stands for. A name several places
    bear must be told apart: by the place it lies in, written in front of it
    ("宁城县红旗村") or given as `within`; else Ambiguous lists them. (name, None)
    when nothing matches: the store then says it is not found."""
    name = lookup(store, typed)
    found = store.candidates(name)
    if not found:
        name, found = _qualified(store, name)
    if within:
        inside = [c for c in found if _lies_in(c, simplified(within.strip()))]
        if not inside:
            raise NotFound(f"{name} in {within}", sorted({where(c) for c in found})[:5])
        found = inside
    places = {c.id: c for c in found if c.label == PLACE and (c.exact or not any(x.exact for x in found))}
    if len(places) > 1:
        raise Ambiguous(name, sorted(places.values(), key=lambda c: (c.parents, c.id)))
    return name, (next(iter(places)) if places else found[0].id if found else None)


def _qualified(store: Store, name: str) -> tuple[str, list[Candidate]]:
    """"海伦市红旗村": a place's name with a place it lies in written in front."""
    for k in range(2, len(name) - 1):
        prefix, rest = name[:k], name[k:]
        found = [c for c in store.candidates(rest) if c.label == PLACE and _lies_in(c, prefix)]
        if found:
            return rest, found
    return name, []


def _lies_in(c: Candidate, place: str) -> bool:
    """Whether `place` (a name, or a name without its suffix: 宁城 for 宁城县) is one
    the candidate lies in."""
    return any(p == place or (len(place) >= 2 and p.startswith(place)) for p in c.parents + (where(c),))


def show(store: Store, name: str, within: str | None = None) -> EntityFacts:
    name, id_ = entity(store, name, within)
    return store.show(name, id_)


def who_supports(store: Store, name: str, within: str | None = None) -> WhoSupports | UnitSupports:
    """A village's supporters; for a unit, the places it supports. A person, a
    grid system, or a town no unit supports raises NotAVillage naming what to ask."""
    name, id_ = entity(store, name, within)
    found = [c for c in store.candidates(name) if id_ is None or c.id == id_]
    if not found or found[0].label == PLACE:
        answer = store.who_supports(name, id_)       # raises NotFound when nothing matched
        if answer.level in VILLAGE_LEVELS or answer.level is None or answer.supporters or answer.secretaries:
            return answer
        raise NotAVillage(f"{answer.place} is a {_level(answer.level)}, not a village, and no unit is recorded "
                          f"as supporting it: 'kg show {answer.place}' lists the places in it and who works there")
    first = found[0]
    facts = store.show(name, id_)
    if first.label == ORG:
        return UnitSupports(facts.name, sorted(
            (Supported(r.other, dict(r.props).get("mode", ""), r.evidence) for r in facts.relations
             if r.type == "SUPPORTS" and r.direction == "out"),
            key=lambda s: (s.place, s.mode, s.evidence.doc, s.evidence.offset)))
    if first.label == PERSON:
        villages = sorted({r.other for r in facts.relations if r.type == "FIRST_SECRETARY_OF"})
        ask = "".join(f"'kg who-supports {v}', " for v in villages)
        role = f" (first secretary of {', '.join(villages)})" if villages else ""
        raise NotAVillage(f"{facts.name} is a person{role}, not a village: ask {ask}or 'kg show {facts.name}'")
    kind = "grid system" if first.label == GRID else first.label
    raise NotAVillage(f"{facts.name} is a {kind}, not a village: ask 'kg show {facts.name}'")


def _level(level: str | None) -> str:
    return {"Township": "township", "County": "county", "City": "city", "Province": "province"}.get(level or "",
                                                                                                   "place")
