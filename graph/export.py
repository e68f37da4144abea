"""The store's graph in files other tools read: GraphML and GEXF (Gephi, Cytoscape,
yEd), JSON Lines, and neo4j-admin's CSV import format.

Every function takes the NetworkX MultiDiGraph of ``store.graph()``: nodes keyed
by entity id (articles by article id) with ``label``, ``name``, ``aliases`` (a
set) ...; edges keyed by fact key with ``type``, ``props`` (a dict) and the
provenance (``article``, ``evidence``, ``source``, ``offset``, ``inferred``,
``pattern``). GraphML and GEXF hold only scalars, so lists are joined with
``;`` and a fact's ``props`` become attributes of their own; see the README.
neo4j-admin's files also take the store's documents (``store.stored_documents()``),
for the bookkeeping the Neo4j store keeps beside the graph.
"""
from __future__ import annotations

import json
import shlex
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import networkx as nx

from .answers import KgError
from .model import ARTICLE, MENTIONED_IN, PLACE, StoredDocument
from .store.neo4j import aliases, bookkeeping, cypher_dir, document_row

FORMATS = ("graphml", "gexf", "jsonl", "neo4j-admin")
SEP = ";"          # joins every list in GraphML and GEXF
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
# The files hold what the Neo4j store (graph/store/neo4j.py) holds after loading
# the same files: the graph, its name index (Name nodes, NAMES) and its per-file
# bookkeeping (Document nodes; docs, alias_docs, alias_names on entities). So the
# imported database answers every query as the store does, and a later `kg load`
# of a changed file replaces that file's facts. Each kind of id has an ID space
# of its own, so a file name, an article id and a name are never taken for one
# another.

ENTITY_IDS = "Entity"
DELIMITERS = (";", "|", "\x1f")      # neo4j-admin's default array delimiter first


@dataclass(frozen=True)
class _File:
    """One CSV file: its fixed columns (ids, labels, type) and, per row, their
    values and the properties."""
    name: str
    option: str                      # --nodes or --relationships
    fixed: list[str]
    rows: list[tuple[list, dict]]


def write_neo4j_admin(g: nx.MultiDiGraph, documents: Iterable[StoredDocument], folder: str | Path,
                      database: str = "neo4j") -> str:
    """One CSV file per node label and per relationship type, headers in
    neo4j-admin's format; returns the `neo4j-admin database import full`
    command that loads them into a new database. `documents` are the store's
    (Store.stored_documents()), written in the order of their names, as `kg load`
    writes the files of a folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files = _node_files(g, sorted(documents, key=lambda d: d.doc)) + _relationship_files(g)
    delimiter = _array_delimiter(files)
    args = [] if delimiter == ";" else [f"--array-delimiter={_char(delimiter)}"]
    for f in files:
        columns = _columns([props for _, props in f.rows])
        header = f.fixed + [name if kind == "string" else f"{name}:{kind}" for name, kind in columns]
        lines = ([_field(v, "string", delimiter) for v in fixed]
                 + [_field(props.get(name), kind, delimiter) for name, kind in columns] for fixed, props in f.rows)
        with (folder / f.name).open("w", encoding="utf-8", newline="") as out:
            out.write(",".join(header) + "\n")
            out.writelines(",".join(line) + "\n" for line in lines)
        args.append(f"{f.option}={folder / f.name}")
    return shlex.join(["neo4j-admin", "database", "import", "full", database, "--multiline-fields=true", *args])


def schema_command(database: str = "neo4j") -> str:
    """neo4j-admin's Community edition creates no indexes; this creates kg's on the
    imported database (cypher-shell reads NEO4J_USERNAME and NEO4J_PASSWORD)."""
    return shlex.join(["cypher-shell", "-d", database, "-f", str(cypher_dir() / "schema.cypher")])


def _node_files(g: nx.MultiDiGraph, documents: list[StoredDocument]) -> list[_File]:
    declared: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)      # entity -> file -> its aliases
    for d in documents:
        for entity, names in d.declares.items():
            declared[entity][d.doc] = names
    by_label: dict[str, list] = defaultdict(list)
    names: dict[str, list[str]] = defaultdict(list)                       # name -> entities
    for node in sorted(nodes(g), key=lambda n: n.id):
        props = dict(node.properties)
        if node.label == ARTICLE:
            props.pop("aliases", None)
        else:
            props |= bookkeeping(declared[node.id])
            props["aliases"] = aliases(props.get("name"), props["alias_names"])
            for name in filter(None, [props.get("name"), *props["aliases"]]):
                names[name].append(node.id)
        by_label[node.label].append(([node.id, labels(node)], props))
    files = [_File(f"nodes-{label}.csv", "--nodes", [f"id:ID({_space(label)})", ":LABEL"], rows)
             for label, rows in sorted(by_label.items())]
    files.append(_File("nodes-Name.csv", "--nodes", ["name:ID(Name)", ":LABEL"],
                       [([name, ["Name"]], {"backwards": name[::-1]}) for name in sorted(names)]))
    rows = [document_row(d) for d in documents]
    files.append(_File("nodes-Document.csv", "--nodes", ["id:ID(Document)", ":LABEL"],
                       [([r["path"], ["Document"]], {"name": r["doc"], "digest": r["digest"], "entities": r["entities"]})
                        for r in rows]))
    files.append(_File("relationships-NAMES.csv", "--relationships",
                       [":START_ID(Name)", f":END_ID({ENTITY_IDS})", ":TYPE"],
                       [([name, entity, "NAMES"], {}) for name in sorted(names) for entity in names[name]]))
    return files


def _relationship_files(g: nx.MultiDiGraph) -> list[_File]:
    by_type: dict[str, list] = defaultdict(list)
    for e in sorted(edges(g), key=lambda e: e.key):
        by_type[e.type].append(([e.start, e.end, e.type], {"key": e.key, **e.properties}))
    return [_File(f"relationships-{t}.csv", "--relationships",
                  [f":START_ID({ENTITY_IDS})", f":END_ID({ARTICLE if t == MENTIONED_IN else ENTITY_IDS})", ":TYPE"],
                  rows) for t, rows in sorted(by_type.items())]


def _space(label: str) -> str:
    return ARTICLE if label == ARTICLE else ENTITY_IDS


def _columns(rows: list[dict]) -> list[tuple[str, str]]:
    """(name, neo4j-admin type) of every property that has a value, in first-seen order."""
    kinds: dict[str, set[str]] = {}
    for row in rows:
        for k, v in row.items():
            if v is not None and v != []:
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


def _field(value, kind: str, delimiter: str) -> str:
    """A CSV field as neo4j-admin reads it: nothing for no value (an empty list
    too: neo4j-admin imports no empty arrays), every string quoted, so that an
    empty string stays one."""
    if value is None or value == []:
        return ""
    if kind in ("boolean", "int", "double"):
        return ("true" if value else "false") if isinstance(value, bool) else str(value)
    text = delimiter.join(map(str, value)) if isinstance(value, (list, tuple, set, frozenset)) else str(value)
    return '"' + text.replace('"', '""') + '"'


def _array_delimiter(files: list[_File]) -> str:
    """The first of DELIMITERS that no array element holds (a file name may hold ';')."""
    elements = {str(x) for f in files for fixed, props in f.rows for v in [*fixed, *props.values()]
                if isinstance(v, list) for x in v}
    for d in DELIMITERS:
        if not any(d in x for x in elements):
            return d
    raise KgError("cannot write neo4j-admin files: names or file names hold each of "
                  + ", ".join(map(_char, DELIMITERS)) + ", which would split their arrays")


def _char(c: str) -> str:
    return c if c.isprintable() else f"U+{ord(c):04X}"
