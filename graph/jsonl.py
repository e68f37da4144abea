"""The JSON Lines that `kg extract` writes and `kg load` reads back.

Each document is one record line followed by its facts, one a line:

    {"record": "document", "path": "/abs/page1.txt", "doc": "2020/page1.txt", "digest": "…",
     "facts": 2, "articles": […], "entities": […], "mentions": {…}}
    {"type": "SUPPORTS", "head": …, "tail": …, …}
    {"type": "LOCATED_IN", …}

A fact line is graph.model.Fact.to_json; a reader that only wants facts skips the
lines whose "type" is not a fact type. The record carries everything else the
store keeps, so loading these lines gives the store that loading the text gives.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .model import FACT_TYPES, Article, DocGraph, Entity, Fact
from .read import ReadError

SUFFIXES = (".jsonl", ".ndjson")
_ENTITY_FIELDS = {f.name for f in dataclasses.fields(Entity)}


def lines(graph: DocGraph) -> Iterator[str]:
    """The document's record, then its facts (each without a line break)."""
    yield _dumps(record(graph))
    for fact in graph.facts:
        yield _dumps(fact.to_json())


def record(graph: DocGraph) -> dict:
    return {"record": "document", "path": graph.path, "doc": graph.doc, "digest": graph.digest,
            "facts": len(graph.facts),
            "articles": [{"id": a.id, "title": a.title, "byline": a.byline, "start": a.start, "end": a.end}
                         for a in graph.articles],
            "entities": [dict(e.props(), label=e.label) for e in graph.entities],
            "mentions": graph.mentions}


def _dumps(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False)


def read(path: Path, skipped: Callable[[str], None] = lambda reason: None) -> Iterator[DocGraph]:
    """The documents of a file `kg extract` wrote, each one complete. A document
    that is damaged (a bad line, facts missing) is reported through `skipped`, one
    line naming the file and line, and passed over."""
    try:
        with open(path, encoding="utf-8") as f:
            yield from _documents(path, enumerate(f, 1), skipped)
    except OSError as e:
        raise ReadError(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise ReadError(f"{path}: not UTF-8 JSON Lines") from None


def _documents(path: Path, numbered: Iterable[tuple[int, str]], skipped: Callable[[str], None],
               ) -> Iterator[DocGraph]:
    head: tuple[int, dict] | None = None
    facts: list[dict] = []
    problem = ""
    for n, line in numbered:
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            problem = problem or f"{path}:{n}: not JSON ({e})"
            continue
        if not isinstance(row, dict):
            problem = problem or f"{path}:{n}: not a JSON object"
        elif row.get("record") == "document":
            if head or problem:
                yield from _finished(path, head, facts, problem, skipped)
            head, facts, problem = (n, row), [], ""
        elif row.get("type") in FACT_TYPES:
            if head is None:
                problem = problem or f"{path}:{n}: a fact before any document record (not written by kg extract?)"
            facts.append(row)
    if head or problem:
        yield from _finished(path, head, facts, problem, skipped)


def _finished(path: Path, head: tuple[int, dict] | None, facts: list[dict], problem: str,
              skipped: Callable[[str], None]) -> Iterator[DocGraph]:
    if problem or head is None:
        skipped(problem + (f" (document {head[1].get('doc')!r} not loaded)" if head else ""))
        return
    n, r = head
    try:
        graph = _graph(r, facts)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        skipped(f"{path}:{n}: not a document record of kg extract ({type(e).__name__}: {e})")
        return
    if len(graph.facts) != r["facts"]:
        skipped(f"{path}:{n}: document {graph.doc!r} announces {r['facts']} facts but {len(graph.facts)} "
                f"follow (file cut short?); not loaded")
        return
    yield graph


def _graph(r: dict, facts: list[dict]) -> DocGraph:
    doc = _text(r, "doc")
    graph = DocGraph(doc, _text(r, "digest"),
                     [Article(a["id"], doc, a["title"], a["byline"], a["start"], a["end"], ()) for a in r["articles"]],
                     [_entity(e) for e in r["entities"]], [_fact(f) for f in facts],
                     {article: list(ids) for article, ids in r["mentions"].items()}, path=_text(r, "path"))
    if any(f.doc != doc for f in graph.facts):
        raise ValueError(f"a fact of another document follows {doc!r}")
    return graph


def _text(r: dict, key: str) -> str:
    if not isinstance(r[key], str) or not r[key]:
        raise ValueError(f"{key!r} is not a file name or digest")
    return r[key]


def _entity(d: dict) -> Entity:
    fields = {k: v for k, v in d.items() if k in _ENTITY_FIELDS}
    fields["aliases"] = set(d.get("aliases", ()))
    fields["parents"] = tuple(d.get("parents", ()))
    return Entity(**fields)


def _fact(d: dict) -> Fact:
    return Fact(d["type"], d["head"], d["tail"], d["head_label"], d["tail_label"],
                tuple(sorted(d["props"].items())), d["doc"], d["article"], d["evidence"], d["offset"],
                d.get("inferred", False), d.get("pattern", ""), d.get("head_id", ""), d.get("tail_id", ""))
