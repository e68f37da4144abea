"""The embedded store: one JSON file per loaded document, read into a NetworkX graph.

A document's file is replaced in one atomic rename, so a crash mid-load leaves
every document either as it was or as it is now; the graph is the union of
the documents' files, so a removed fact disappears with its file's rewrite.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from ..answers import (Candidate, EmptyStore, EntityFacts, Evidence, NotFound, Relation, Secretary, Stats, Step,
                       Supporter, WhoSupports, suggest)
from ..model import ARTICLE, MENTIONED_IN, PLACE, DocGraph, Entity, Fact, StoredDocument

FORMAT = 1


class LocalStore:
    def __init__(self, root: Path):
        self.root = root
        self.where = str(root)
        self._graph: nx.MultiDiGraph | None = None

    # ------------------------------------------------------------ writing

    def digests(self) -> dict[str, str]:
        return {d["doc"]: d["digest"] for d in self._docs()}

    def documents(self) -> list[StoredDocument]:
        found = []
        for d in self._docs():      # as much of the DocGraph as StoredDocument.of reads
            entities = [Entity(e["id"], e["label"], e["name"], set(e["aliases"])) for e in d["entities"]]
            graph = DocGraph(d["doc"], d["digest"], [], entities, [_fact(f) for f in d["facts"]], d["mentions"])
            found.append(StoredDocument.of(graph))
        return found

    def write(self, graph: DocGraph) -> None:
        folder = self.root / "docs"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / (hashlib.sha1(graph.doc.encode()).hexdigest() + ".json")
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(_to_json(graph), f, ensure_ascii=False)
        os.replace(tmp, target)
        self._graph = None

    def write_many(self, graphs) -> None:
        for graph in graphs:
            self.write(graph)

    def forget(self, docs) -> None:
        for doc in docs:
            (self.root / "docs" / (hashlib.sha1(doc.encode()).hexdigest() + ".json")).unlink(missing_ok=True)
        self._graph = None

    def candidates(self, name: str) -> list[Candidate]:
        found = [Candidate(n, d["name"], d["label"], d.get("level"), d.get("code"), tuple(d.get("parents", ())),
                           d["name"] == name)
                 for n, d in self.graph().nodes(data=True)
                 if d["label"] != ARTICLE and (d["name"] == name or name in d["aliases"])]
        return sorted(found, key=lambda c: (not c.exact, c.label != PLACE, c.id))

    def close(self) -> None:
        self._graph = None

    def _docs(self) -> list[dict]:
        folder = self.root / "docs"
        if not folder.is_dir():
            return []
        return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]

    # ------------------------------------------------------------ the graph

    def graph(self) -> nx.MultiDiGraph:
        """The whole graph, for analysis: nodes keyed by entity id, edges keyed by fact."""
        if self._graph is None:
            self._graph = build_graph(self._docs())
        return self._graph

    def _find(self, name: str) -> str:
        g = self.graph()
        if g.number_of_nodes() == 0:
            raise EmptyStore(self.where)
        exact = [n for n, d in g.nodes(data=True) if d["label"] != ARTICLE and d["name"] == name]
        alias = [n for n, d in g.nodes(data=True) if d["label"] != ARTICLE and name in d["aliases"]]
        place_first = lambda n: (g.nodes[n]["label"] != PLACE, n)     # a village, not its grid system
        found = sorted(exact, key=place_first) or sorted(alias, key=place_first)
        if found:
            return found[0]
        known = sorted({d["name"] for _, d in g.nodes(data=True) if d["label"] != ARTICLE})
        raise NotFound(name, suggest(name, known))

    # ------------------------------------------------------------ queries

    def who_supports(self, name: str) -> WhoSupports:
        g = self.graph()
        node = self._find(name)
        place = g.nodes[node]
        answer = WhoSupports(place["name"], place.get("level"))
        for head, _, e in g.in_edges(node, data=True):
            if e["type"] == "SUPPORTS":
                answer.supporters.append(Supporter(g.nodes[head]["name"], e["props"].get("mode", ""),
                                                   _evidence(e)))
            elif e["type"] == "FIRST_SECRETARY_OF":
                units = sorted({g.nodes[t]["name"] for _, t, w in g.out_edges(head, data=True)
                                if w["type"] == "WORKS_FOR"})
                answer.secretaries.append(Secretary(g.nodes[head]["name"], tuple(units), _evidence(e)))
        answer.supporters.sort(key=lambda s: (s.unit, s.mode, s.evidence.doc, s.evidence.offset))
        answer.secretaries.sort(key=lambda s: (s.person, s.evidence.doc, s.evidence.offset))
        answer.located_in = self._chain(node)
        return answer

    def _chain(self, node: str) -> list[Step]:
        g, steps, seen = self.graph(), [], {node}
        while True:
            ups = sorted(((e["inferred"], g.nodes[t]["name"], t, e) for _, t, e in g.out_edges(node, data=True)
                          if e["type"] == "LOCATED_IN" and t not in seen), key=lambda x: x[:2])
            if not ups:
                return steps
            _, name, node, e = ups[0]
            seen.add(node)
            steps.append(Step(name, g.nodes[node].get("level"), _evidence(e)))

    def show(self, name: str) -> EntityFacts:
        g = self.graph()
        node = self._find(name)
        d = g.nodes[node]
        props = {k: v for k, v in d.items() if k not in ("label",)}
        props["aliases"] = sorted(d["aliases"] - {d["name"]})
        facts = EntityFacts(d["name"], d["label"], props)
        for _, other, e in g.out_edges(node, data=True):
            if e["type"] == MENTIONED_IN:
                facts.articles.append(other)
            else:
                facts.relations.append(_relation(g, e, "out", other))
        for other, _, e in g.in_edges(node, data=True):
            facts.relations.append(_relation(g, e, "in", other))
        facts.relations.sort(key=lambda r: (r.type, r.direction, r.other, r.evidence.doc, r.evidence.offset))
        facts.articles.sort()
        return facts

    def stats(self) -> Stats:
        g = self.graph()
        nodes: dict[str, int] = {}
        for _, d in g.nodes(data=True):
            nodes[d["label"]] = nodes.get(d["label"], 0) + 1
        rels: dict[str, int] = {}
        for _, _, e in g.edges(data=True):
            rels[e["type"]] = rels.get(e["type"], 0) + 1
        return Stats(dict(sorted(nodes.items())), dict(sorted(rels.items())), g.graph["documents"])


def _evidence(e: dict) -> Evidence:
    return Evidence(e["source"], e["offset"], e["evidence"], e["inferred"])


def _relation(g: nx.MultiDiGraph, e: dict, direction: str, other: str) -> Relation:
    o = g.nodes[other]
    return Relation(e["type"], direction, o["name"], o["label"], tuple(sorted(e["props"].items())), _evidence(e))


def build_graph(docs: list[dict]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(documents=len(docs))
    for doc in docs:
        for e in doc["entities"]:
            node = g.nodes.get(e["id"])
            if node is None:
                g.add_node(e["id"], **{**e, "aliases": set(e["aliases"]) | {e["name"]}})
            else:
                node["aliases"] |= set(e["aliases"])
                node.update({k: v for k, v in e.items() if k not in ("aliases", "id") and v is not None})
        for a in doc["articles"]:
            g.add_node(a["id"], label=ARTICLE, name=a["title"] or a["id"], aliases=set(), **a)
        for f in doc["facts"]:
            fact = _fact(f)
            g.add_edge(fact.head_id, fact.tail_id, key=fact.key, type=fact.type, props=dict(fact.props),
                       article=fact.article, evidence=fact.evidence, source=fact.doc, offset=fact.offset,
                       inferred=fact.inferred)
        for article, ids in doc["mentions"].items():
            for node in ids:
                g.add_edge(node, article, key=f"{MENTIONED_IN}|{node}|{article}", type=MENTIONED_IN,
                           props={}, article=article, evidence="", source=doc["doc"], offset=0, inferred=False)
    return g


def _to_json(graph: DocGraph) -> dict:
    return {
        "format": FORMAT, "doc": graph.doc, "digest": graph.digest,
        "articles": [{"id": a.id, "title": a.title, "byline": a.byline, "source": a.doc,
                      "start": a.start, "end": a.end} for a in graph.articles],
        "entities": [dict(e.props(), label=e.label) for e in graph.entities],
        "facts": [f.to_json() | {"inferred": f.inferred} for f in graph.facts],
        "mentions": graph.mentions,
    }


def _fact(d: dict) -> Fact:
    return Fact(d["type"], d["head"], d["tail"], d["head_label"], d["tail_label"],
                tuple(sorted(d["props"].items())), d["doc"], d["article"], d["evidence"], d["offset"],
                d.get("inferred", False), d.get("pattern", ""), d.get("head_id", ""), d.get("tail_id", ""))
