"""The questions kg answers, asked of any store through the Store protocol.

Names are looked up as typed and, when that finds nothing, in Simplified
characters (the text is stored Simplified), so 達拉特旗水務局 finds 达拉特旗水务局.
"""
from __future__ import annotations

from .answers import EntityFacts, NotAVillage, Supported, UnitSupports, WhoSupports
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


def show(store: Store, name: str) -> EntityFacts:
    return store.show(lookup(store, name))


def who_supports(store: Store, name: str) -> WhoSupports | UnitSupports:
    """A village's supporters; for a unit, the places it supports. A person, a
    grid system, or a town no unit supports raises NotAVillage naming what to ask."""
    name = lookup(store, name)
    found = store.candidates(name)
    if not found or found[0].label == PLACE:
        answer = store.who_supports(name)       # raises NotFound when nothing matched
        if answer.level in VILLAGE_LEVELS or answer.level is None or answer.supporters or answer.secretaries:
            return answer
        raise NotAVillage(f"{answer.place} is a {_level(answer.level)}, not a village, and no unit is recorded "
                          f"as supporting it: 'kg show {answer.place}' lists the places in it and who works there")
    first = found[0]
    facts = store.show(name)
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
