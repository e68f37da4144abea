"""`kg view`: an entity's neighbourhood as one self-contained HTML page.

The neighbourhood comes from the store's own queries (show, who_supports), so
drawing one village reads only what is around it. The page inlines cytoscape.js
(graph/static, MIT licence, refreshed by scripts/vendor-cytoscape.sh) and the
data, and so opens with no network.
"""
from __future__ import annotations

import html as html_lib
import json
import re
from importlib.resources import files

from . import query
from .answers import Evidence, Neighbourhood, ViewEdge, ViewNode
from .model import PLACE
from .store import Store


def neighbourhood(store: Store, name: str, within: str | None = None) -> Neighbourhood:
    name, id_ = query.entity(store, name, within)
    facts = store.show(name, id_)
    hood = _Builder(facts.name, facts.label, facts.properties.get("level"))
    for r in facts.relations:
        other = hood.node(r.other, r.other_label)
        ends = (hood.center, other) if r.direction == "out" else (other, hood.center)
        hood.edge(*ends, r.type, ", ".join(str(v) for _, v in r.props), r.evidence)
    if facts.label == PLACE:
        answer = store.who_supports(facts.name, facts.properties.get("id"))
        below = hood.center
        for step in answer.located_in:
            above = hood.node(step.place, PLACE, step.level)
            hood.edge(below, above, "LOCATED_IN", "", step.evidence)
            below = above
        for secretary in answer.secretaries:       # where each first secretary comes from
            person = store.show(secretary.person)
            for r in person.relations:
                if r.type == "WORKS_FOR" and r.direction == "out":
                    hood.edge(hood.node(person.name, person.label), hood.node(r.other, r.other_label),
                              r.type, "", r.evidence)
    return hood.done()


class _Builder:
    def __init__(self, name: str, label: str, level: str | None):
        self.keys: dict[tuple[str, str], ViewNode] = {}
        self.edges: dict[tuple[str, str, str, str], list[Evidence]] = {}
        self.center = self.node(name, label, level)

    def node(self, name: str, label: str, level: str | None = None) -> str:
        known = self.keys.get((label, name))
        if known is None or (level and not known.level):
            self.keys[(label, name)] = ViewNode(known.key if known else f"n{len(self.keys)}", name, label, level)
        return self.keys[(label, name)].key

    def edge(self, source: str, target: str, type_: str, detail: str, evidence: Evidence) -> None:
        found = self.edges.setdefault((source, target, type_, detail), [])
        if evidence not in found:
            found.append(evidence)

    def done(self) -> Neighbourhood:
        nodes = sorted(self.keys.values(), key=lambda n: int(n.key[1:]))
        return Neighbourhood(nodes[0], nodes, [ViewEdge(*k, tuple(v)) for k, v in self.edges.items()])


def html(hood: Neighbourhood) -> str:
    static = files("graph") / "static"
    data = json.dumps(hood.to_json(), ensure_ascii=False).replace("<", "\\u003c")   # no </script> inside
    parts = {"TITLE": html_lib.escape(f"{hood.center.name} — kg view"), "DATA": data,
             "CYTOSCAPE": static.joinpath("cytoscape.min.js").read_text(encoding="utf-8")}
    template = static.joinpath("view.html").read_text(encoding="utf-8")
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], template)   # one pass: inlined code is not scanned
