"""The store's graph in files other tools read: GraphML and GEXF (Gephi, Cytoscape,
yEd), JSON Lines, and neo4j-admin's CSV import format.

Every function takes the NetworkX MultiDiGraph of ``store.graph()``: nodes keyed
by entity id (articles by article id) with ``label``, ``name``, ``aliases`` (a
set) ...; edges keyed by fact key with ``type``, ``props`` (a dict) and the
provenance (``article``, ``evidence``, ``source``, ``offset``, ``inferred``,
``pattern``). GraphML and GEXF hold only scalars, so lists are joined with
``;`` and a fact's ``props`` become attributes of their own; see the README.
"""
from __future__ import annotations

import csv
import json
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import networkx as nx

from .model import PLACE

FORMATS = ("graphml", "gexf", "jsonl", "neo4j-admin")
SEP = ";"          # neo4j-admin's default array delimiter, used for every list
PROVENANCE = ("article", "evidence", "source", "offset", "inferred", "pattern")
# GEXF gives these names a meaning of its own (hierarchy, time spans), so the
# flat files call them otherwise (GraphML too, so that both read the same).
RENAMED = {"parents": "parent_names", "start": "start_offset", "end": "end_offset"}


@dataclass(frozen=True)
class Node:
    id: str
    label: str                   # Person, Organization, Place, GridSystem or Article
    properties: dict             # lists for aliases and parents; no None values


@dataclass(frozen=True)
class Edge:
    key: str
    type: str
    start: str
    end: str
    properties: dict             # provenance and the fact's own props, side by side


def nodes(g: nx.MultiDiGraph) -> Iterator[Node]:
    for n, d in g.nodes(data=True):
        label = d.get("label") or n.split(":", 1)[0]
        props = {k: v for k, v in d.items() if k not in ("id", "label") and v is not None}
        if isinstance(props.get("aliases"), (set, frozenset, list, tuple)):
            props["aliases"] = sorted(set(props["aliases"]) - {props.get("name")})
        if "parents" in props:
            props["parents"] = list(props["parents"])
        yield Node(n, label, props)


def edges(g: nx.MultiDiGraph) -> Iterator[Edge]:
    for u, v, key, d in g.edges(keys=True, data=True):
        props = {k: d[k] for k in PROVENANCE if d.get(k) is not None}
        for k, value in (d.get("props") or {}).items():
            if value is not None:
                props[k if k not in props and k not in ("key", "type") else f"fact_{k}"] = value
        yield Edge(str(key), d.get("type", ""), u, v, props)


def labels(node: Node) -> list[str]:
    """A place also carries its level as a label, as in the Neo4j store."""
    level = node.properties.get("level")
    return [node.label, level] if node.label == PLACE and level else [node.label]


# ------------------------------------------------------------ GraphML, GEXF

def _flat(value):
    if isinstance(value, (list, tuple, set, frozenset)):
        return SEP.join(map(str, value))
    return value


def flat_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Scalars only. A node's `label` is its name (what Gephi and Cytoscape show)
    and `labels` its kind; an edge's `label` is its type."""
    flat = nx.MultiDiGraph()
    for node in nodes(g):
        attrs = {RENAMED.get(k, k): _flat(v) for k, v in node.properties.items()}
        flat.add_node(node.id, **attrs, label=str(node.properties.get("name", node.id)), labels=node.label)
    for edge in edges(g):
        flat.add_edge(edge.start, edge.end, key=edge.key, label=edge.type,
                      **{k: _flat(v) for k, v in edge.properties.items()})
    return flat


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> None:
    nx.write_graphml(flat_graph(g), str(path), encoding="utf-8")


def write_gexf(g: nx.MultiDiGraph, path: str | Path) -> None:
    nx.write_gexf(flat_graph(g), str(path), encoding="utf-8")


# ------------------------------------------------------------ JSON Lines

def write_jsonl(g: nx.MultiDiGraph, out: IO[str]) -> None:
    """One node or relationship a line, in the shape of APOC's JSON export
    (so apoc.import.json reads it too), nodes first."""
    ends = {}
    for node in nodes(g):
        ends[node.id] = {"id": node.id, "labels": labels(node)}
        out.write(json.dumps({"type": "node", **ends[node.id], "properties": node.properties},
                             ensure_ascii=False) + "\n")
    for edge in edges(g):
        out.write(json.dumps({"type": "relationship", "id": edge.key, "label": edge.type,
                              "start": ends[edge.start], "end": ends[edge.end],
                              "properties": edge.properties}, ensure_ascii=False) + "\n")


# ------------------------------------------------------------ neo4j-admin

def write_neo4j_admin(g: nx.MultiDiGraph, folder: str | Path, database: str = "neo4j") -> str:
    """One CSV file per node label and per relationship type, headers in
    neo4j-admin's format; returns the `neo4j-admin database import full`
    command that loads them into an empty database."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    by_label: dict[str, list[Node]] = {}
    for node in nodes(g):
        by_label.setdefault(node.label, []).append(node)
    by_type: dict[str, list[Edge]] = {}
    for edge in edges(g):
        by_type.setdefault(edge.type, []).append(edge)
    args = []
    for label, group in sorted(by_label.items()):
        path = folder / f"nodes-{label}.csv"
        columns = _columns([n.properties for n in group])
        rows = ([n.id, *(_cell(n.properties.get(c)) for c, _ in columns), SEP.join(labels(n))] for n in group)
        _write_csv(path, ["id:ID", *(_header(c, t) for c, t in columns), ":LABEL"], rows)
        args.append(f"--nodes={path}")
    for type_, group in sorted(by_type.items()):
        path = folder / f"relationships-{type_}.csv"
        columns = _columns([{"key": e.key, **e.properties} for e in group])
        rows = ([e.start, e.end, e.type, *(_cell({"key": e.key, **e.properties}.get(c)) for c, _ in columns)]
                for e in group)
        _write_csv(path, [":START_ID", ":END_ID", ":TYPE", *(_header(c, t) for c, t in columns)], rows)
        args.append(f"--relationships={path}")
    return shlex.join(["neo4j-admin", "database", "import", "full", database,
                       "--multiline-fields=true", *args])


def _columns(rows: list[dict]) -> list[tuple[str, str]]:
    """(name, neo4j-admin type) of every property, in first-seen order."""
    kinds: dict[str, set[str]] = {}
    for row in rows:
        for k, v in row.items():
            kinds.setdefault(k, set()).add(_kind(v))
    return [(k, next(iter(t)) if len(t) == 1 else "string") for k, t in kinds.items()]


def _kind(value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "double"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "string[]"
    return "string"


def _header(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _flat(value) if isinstance(value, (list, tuple, set, frozenset)) else str(value)


def _write_csv(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
