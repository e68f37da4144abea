"""What the queries answer, the same records from every store.

The stores fill these in; the CLI prints them as a table or as JSON. Lists are
sorted so that two stores holding the same graph give equal answers.
"""
from __future__ import annotations

import difflib
from dataclasses import asdict, dataclass, field


class KgError(Exception):
    """A user-facing failure: the message is one line, the CLI prints it as is."""
    exit_code = 1


class NotFound(KgError):
    def __init__(self, name: str, suggestions: list[str]):
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no entity named {name!r} in the graph{hint}")
        self.name, self.suggestions = name, suggestions


class EmptyStore(KgError):
    def __init__(self, where: str):
        super().__init__(f"nothing is loaded yet in {where}: run 'kg load PATH' first")


class StoreUnavailable(KgError):
    exit_code = 2


class Ambiguous(KgError):
    """A name that several places bear (two 红旗村 in two counties): lists them with
    where they lie and how to ask for one."""

    def __init__(self, name: str, candidates: list):
        listed = "; ".join(f"{c.name} in {where(c)}" for c in candidates)
        example = candidates[0].parents
        qualifier = example[2] if len(example) > 3 else example[-1] if example else ""   # the county, best known
        hint = f": ask for one, e.g. '{qualifier}{name}' or add --in {qualifier}" if qualifier else ""
        super().__init__(f"{name} names {len(candidates)} places ({listed}){hint}")
        self.name, self.candidates = name, candidates


def where(candidate) -> str:
    """"内蒙古自治区 赤峰市 宁城县 小城子镇" for a place, its id's county for an ungrounded one."""
    return " ".join(candidate.parents) or candidate.id.split(":", 1)[1].rsplit("/", 1)[0]


class NotAVillage(KgError):
    """who-supports on a person, a town or a grid system: says what the name is
    and what to ask instead."""
    exit_code = 3


@dataclass(frozen=True)
class Candidate:
    """An entity that a typed name may stand for: its name or one of its aliases.
    Same-name places in different counties are different candidates."""
    id: str
    name: str
    label: str
    level: str | None = None
    code: str | None = None
    parents: tuple[str, ...] = ()
    exact: bool = True            # the typed name is the entity's name, not an alias


@dataclass(frozen=True)
class Evidence:
    doc: str
    offset: int
    sentence: str
    inferred: bool = False


@dataclass(frozen=True)
class Supporter:
    unit: str
    mode: str
    evidence: Evidence


@dataclass(frozen=True)
class Secretary:
    person: str
    units: tuple[str, ...]        # the units the person works for (WORKS_FOR)
    evidence: Evidence


@dataclass(frozen=True)
class Step:
    """One LOCATED_IN step upward: the place lies in `place`."""
    place: str
    level: str | None
    evidence: Evidence


@dataclass
class WhoSupports:
    place: str
    level: str | None
    supporters: list[Supporter] = field(default_factory=list)
    secretaries: list[Secretary] = field(default_factory=list)
    located_in: list[Step] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Supported:
    place: str
    mode: str
    evidence: Evidence


@dataclass
class UnitSupports:
    """who-supports on a unit: the places it supports."""
    unit: str
    supports: list[Supported] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Relation:
    type: str
    direction: str               # "out": this entity is the head; "in": the tail
    other: str
    other_label: str
    props: tuple[tuple[str, object], ...]
    evidence: Evidence


@dataclass
class EntityFacts:
    name: str
    label: str
    properties: dict
    relations: list[Relation] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        d = asdict(self)
        for r in d["relations"]:
            r["props"] = dict(r["props"])
        return d


@dataclass
class Stats:
    nodes: dict[str, int]
    relationships: dict[str, int]
    documents: int

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ViewNode:
    key: str                     # unique in one view ("n0" is the centre); not an entity id
    name: str
    label: str
    level: str | None = None


@dataclass(frozen=True)
class ViewEdge:
    source: str                  # ViewNode keys
    target: str
    type: str
    detail: str                  # the fact's own properties, e.g. the mode 包联
    evidence: tuple[Evidence, ...]


@dataclass
class Neighbourhood:
    """What `kg view` draws: one entity, its facts, and for a place the chain of
    places it lies in and the units its first secretaries come from."""
    center: ViewNode
    nodes: list[ViewNode] = field(default_factory=list)
    edges: list[ViewEdge] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


def suggest(name: str, known: list[str], n: int = 5) -> list[str]:
    """Known names close to `name`: ones that contain it first (黄母哈日 -> 黄母哈日村)."""
    containing = sorted((k for k in known if name and name in k), key=len)
    close = difflib.get_close_matches(name, known, n=n, cutoff=0.5)
    out: list[str] = []
    for k in containing + close:
        if k not in out:
            out.append(k)
    return out[:n]
