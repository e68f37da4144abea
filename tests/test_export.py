"""kg export: every format is written, read back with its own reader, and counted.

The neo4j-admin files are read as neo4j-admin reads them (its header syntax, ID
spaces, array delimiter, an empty field being no value) and the result is loaded
into the test's Bolt server, where it must be the very database `kg load` makes.
"""
import io
import json
import re
import shlex
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from conftest import WIPE
from graph import export
from graph.answers import NotFound
from graph.cli import main
from graph.model import StoredDocument
from graph.store.local import LocalStore
from graph.store.neo4j import Neo4jStore
from test_neo4j_store import NAMES, changed, cli_env

VILLAGE = "Place:150621114000/黄母哈日村"   # grounded in the register: its township's code and its name

SEEDS = Path(__file__).parents[1] / "seeds"
# neo4j-admin's header syntax: name[:type] or a special field, types with [] for arrays
FIELD = re.compile(r"(?P<name>[A-Za-z_]\w*)?:(?P<id>ID|START_ID|END_ID)(?:\((?P<space>\w+)\))?|:(?P<special>LABEL|TYPE)"
                   r"|(?P<prop>[A-Za-z_]\w*)(?::(?P<type>int|long|double|float|boolean|string)(?P<array>\[\])?)?")
HEADER = re.compile(f"^(?:{FIELD.pattern})$")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    result = CliRunner().invoke(main, ["load", str(SEEDS), "--store", str(folder)], env={"NEO4J_URI": None})
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="module")
def graph(store_dir) -> nx.MultiDiGraph:
    return LocalStore(store_dir).graph()


def run_export(store_dir, *args):
    result = CliRunner().invoke(main, ["export", *map(str, args), "--store", str(store_dir)],
                                env={"NEO4J_URI": None}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_graphml_reads_back_with_every_node_and_edge(store_dir, graph, tmp_path):
    out = tmp_path / "kg.graphml"
    result = run_export(store_dir, "graphml", "-o", out)
    back = nx.read_graphml(out, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert f"exported {graph.number_of_nodes()} nodes" in result.stderr
    unit = back.nodes["Organization:达拉特旗水务局"]
    assert unit["label"] == unit["name"] == "达拉特旗水务局" and unit["labels"] == "Organization"
    assert set(unit["aliases"].split(";")) == {"旗水务局", "水务局"}           # a set, joined
    supports = [d for u, v, d in back.edges(data=True) if d["label"] == "SUPPORTS" and v == VILLAGE]
    assert supports[0]["mode"] == "包联" and supports[0]["offset"] == 2402   # props flattened, ints kept
    assert "包联工作" in supports[0]["evidence"]


def test_gexf_reads_back_with_names_as_labels(store_dir, graph, tmp_path):
    out = tmp_path / "kg.gexf"
    run_export(store_dir, "gexf", "-o", out)
    back = nx.read_gexf(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert back.nodes[VILLAGE]["label"] == "黄母哈日村"
    assert back.nodes[VILLAGE]["level"] == "Village"
    assert {d["label"] for _, _, d in back.edges(data=True)} >= {"SUPPORTS", "FIRST_SECRETARY_OF", "LOCATED_IN"}


def test_jsonl_has_a_line_per_node_and_relationship(store_dir, graph):
    result = run_export(store_dir, "jsonl")                     # standard output by default
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    nodes = {r["id"]: r for r in rows if r["type"] == "node"}
    rels = [r for r in rows if r["type"] == "relationship"]
    assert (len(nodes), len(rels)) == (graph.number_of_nodes(), graph.number_of_edges())
    assert nodes[VILLAGE]["labels"] == ["Place", "Village"]
    assert set(nodes["Organization:达拉特旗水务局"]["properties"]["aliases"]) == {"旗水务局", "水务局"}
    assert all(r["start"]["id"] in nodes and r["end"]["id"] in nodes for r in rels)
    sec = next(r for r in rels if r["label"] == "FIRST_SECRETARY_OF" and r["end"]["id"] == VILLAGE)
    assert sec["start"] == {"id": "Person:张黎亮", "labels": ["Person"]}
    assert sec["properties"]["source"] == "000_779f55c8ecf11915.txt"


def test_neo4j_admin_csv_headers_counts_and_command(store_dir, graph, tmp_path):
    folder = tmp_path / "import"
    result = run_export(store_dir, "neo4j-admin", "-o", folder)
    command = result.stderr.splitlines()[1]
    assert command.startswith("neo4j-admin database import full neo4j ")
    assert all(f"={f}" in command for f in folder.glob("*.csv"))
    assert "cypher-shell -d neo4j -f " in result.stderr and "schema.cypher" in result.stderr
    for f in folder.glob("*.csv"):
        header = f.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert all(HEADER.match(h) for h in header), (f.name, header)
    nodes, rels = read_neo4j_admin(command)
    model = [k for k in nodes if k[0] in ("Entity", "Article")]
    facts = [r for r in rels if r.type != "NAMES"]
    assert (len(model), len(facts)) == (graph.number_of_nodes(), graph.number_of_edges())

    village = nodes["Entity", VILLAGE]
    assert village.labels == ("Place", "Village") and village.props["level"] == "Village"
    assert "000_779f55c8ecf11915.txt" in village.props["docs"]
    unit = nodes["Entity", "Organization:达拉特旗水务局"]
    assert set(unit.props["aliases"]) == {"旗水务局", "水务局"}
    assert set(unit.props["alias_names"]) == {"旗水务局", "水务局"}
    named = {r.start[1] for r in rels if r.type == "NAMES" and r.end == ("Entity", unit.props["id"])}
    assert named == {"达拉特旗水务局", "旗水务局", "水务局"}
    assert nodes["Name", "水务局"].props == {"name": "水务局", "backwards": "局务水"}
    documents = {n.props["name"]: n.props for k, n in nodes.items() if k[0] == "Document"}
    assert {p["id"]: p["digest"] for p in documents.values()} == LocalStore(store_dir).digests()
    assert VILLAGE in documents["000_779f55c8ecf11915.txt"]["entities"]

    sec = next(r for r in rels if r.type == "FIRST_SECRETARY_OF" and r.end == ("Entity", VILLAGE))
    assert sec.start == ("Entity", "Person:张黎亮")
    assert (sec.props["offset"], sec.props["inferred"]) == (2427, False)
    assert sec.props["source"] == "000_779f55c8ecf11915.txt"
    mention = next(r for r in rels if r.type == "MENTIONED_IN")
    assert mention.end[0] == "Article" and mention.props["evidence"] == ""     # an empty string, not no value


def test_flattening_of_codes_parents_and_fact_properties(tmp_path):
    """What the register adds (code, parents) and facts' own props, in every format."""
    g = nx.MultiDiGraph()
    g.add_node("Place:150621114000", id="Place:150621114000", label="Place", name="恩格贝镇", level="Township",
               aliases={"恩格贝镇"}, code="150621114000", parents=["内蒙古自治区", "鄂尔多斯市", "达拉特旗"])
    g.add_node("Organization:某某局", id="Organization:某某局", label="Organization", name="某某局",
               aliases={"某某局", "某局"}, kind="government")
    g.add_edge("Organization:某某局", "Place:150621114000", key="k1", type="SUPPORTS", props={"mode": "包联"},
               article="a.txt#1", evidence="某某局包联恩格贝镇。", source="a.txt", offset=7, inferred=False,
               pattern="supports.verb")
    export.write_graphml(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    town = back.nodes["Place:150621114000"]
    assert town["code"] == "150621114000"                      # a string, not a number
    assert town["parent_names"] == "内蒙古自治区;鄂尔多斯市;达拉特旗"
    (_, _, edge), = back.edges(data=True)
    assert (edge["label"], edge["mode"], edge["pattern"], edge["inferred"]) == ("SUPPORTS", "包联", "supports.verb", False)

    export.write_gexf(g, tmp_path / "g.gexf")                  # parents/start/end mean other things in GEXF
    assert nx.read_gexf(tmp_path / "g.gexf").nodes["Place:150621114000"]["parent_names"].startswith("内蒙古")

    doc = StoredDocument("/news/a.txt", "a.txt", "d", {"Place:150621114000": frozenset({"恩格贝"}),
                                        "Organization:某某局": frozenset({"某局"})}, tuple(sorted(g)))
    command = export.write_neo4j_admin(g, [doc], tmp_path / "admin", database="kg")
    assert command.startswith("neo4j-admin database import full kg --multiline-fields=true --nodes=")
    header = (tmp_path / "admin" / "nodes-Place.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:2] == ["id:ID(Entity)", ":LABEL"]
    assert set(header[2:]) == {"name", "aliases:string[]", "level", "code", "parents:string[]", "docs:string[]",
                               "alias_docs:string[]", "alias_names:string[]"}
    nodes, rels = read_neo4j_admin(command)
    town = nodes["Entity", "Place:150621114000"].props
    assert (town["code"], town["parents"][0], town["aliases"]) == ("150621114000", "内蒙古自治区", ["恩格贝"])
    (edge,) = (r for r in rels if r.type == "SUPPORTS")
    assert (edge.props["mode"], edge.props["offset"]) == ("包联", 7)


def test_the_neo4j_store_exports_the_same_graph(neo4j_store, seed_graphs, tmp_path):
    local = LocalStore(tmp_path / "local")
    for g in seed_graphs:
        local.write(g)
        neo4j_store.write(g)

    def lines(store) -> list[dict]:
        out = io.StringIO()
        export.write_jsonl(store.graph(), out)
        return sorted((json.loads(line) for line in out.getvalue().splitlines()), key=json.dumps)
    assert lines(neo4j_store) == lines(local)


def test_a_file_name_holding_the_array_delimiter_gets_another(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("Person:某人", id="Person:某人", label="Person", name="某人", aliases={"某人"})
    doc = StoredDocument("/news/a;b.txt", "a;b.txt", "d", {"Person:某人": frozenset()}, ("Person:某人",))
    command = export.write_neo4j_admin(g, [doc], tmp_path)
    assert "--array-delimiter=|" in command
    nodes, _ = read_neo4j_admin(command)
    assert nodes["Entity", "Person:某人"].props["docs"] == ["a;b.txt"]
    assert nodes["Document", "/news/a;b.txt"].props["entities"] == ["Person:某人"]


# ------------------------------------------------------------ into a Bolt server

def test_a_neo4j_admin_import_is_the_database_kg_load_makes(neo4j_store, bolt_config, seed_graphs, store_dir,
                                                            tmp_path):
    """Loaded with `kg load`, or imported from the local store's export: the same
    nodes, relationships and properties (bookkeeping and name index included),
    the same answers, and a changed file then replaces its facts the same way."""
    change = changed(seed_graphs[0], seed_graphs)
    names = NAMES + [change.added.head, change.added.tail, change.removed.head, change.removed.tail, "旗水务局"]
    result = CliRunner().invoke(main, ["load", str(SEEDS)], env=cli_env(bolt_config))
    assert result.exit_code == 0, result.output
    loaded = snapshot(neo4j_store, names)
    neo4j_store.write(change.graph)
    loaded_then_changed = snapshot(neo4j_store, names)

    command = run_export(store_dir, "neo4j-admin", "-o", tmp_path / "import").stderr.splitlines()[1]
    neo4j_store.run(WIPE, write=True)
    import_into(neo4j_store, *read_neo4j_admin(command))
    with Neo4jStore(bolt_config) as imported:                 # a new connection, as after a restart
        assert snapshot(imported, names) == loaded
        imported.write(change.graph)
        assert snapshot(imported, names) == loaded_then_changed
        assert count_key(imported, change.removed.key) == 0 and count_key(imported, change.added.key) == 1
        assert imported.digests()[change.graph.path] == "changed"


def test_the_neo4j_store_exports_the_files_the_local_store_does(neo4j_store, bolt_config, seed_graphs, store_dir,
                                                               tmp_path):
    for g in seed_graphs:
        neo4j_store.write(g)
    by_name = lambda documents: sorted(documents, key=lambda d: d.doc)
    assert by_name(neo4j_store.stored_documents()) == by_name(LocalStore(store_dir).stored_documents())
    ours = CliRunner().invoke(main, ["export", "neo4j-admin", "-o", str(tmp_path / "neo4j")], env=cli_env(bolt_config))
    assert ours.exit_code == 0, ours.output
    theirs = run_export(store_dir, "neo4j-admin", "-o", tmp_path / "local")
    assert read_neo4j_admin(ours.stderr.splitlines()[1]) == read_neo4j_admin(theirs.stderr.splitlines()[1])


def snapshot(store: Neo4jStore, names: list[str]) -> dict:
    """Everything in the database, and the answers for `names`. A property holding
    an empty list counts as absent: neo4j-admin imports no empty arrays, and the
    store reads a missing list as an empty one."""
    def present(props: dict) -> dict:
        return {k: v for k, v in props.items() if v != []}
    nodes = store.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p")
    rels = store.run("MATCH (a)-[e]->(b) RETURN coalesce(a.id, a.name) AS a, type(e) AS type, "
                     "coalesce(b.id, b.name) AS b, properties(e) AS p")
    dump = lambda rows: sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)
    return {"nodes": dump({"labels": sorted(r["labels"]), "p": present(r["p"])} for r in nodes),
            "relationships": dump({**r, "p": present(r["p"])} for r in rels),
            "stats": store.stats(), "digests": store.digests(),
            "answers": {n: (answer(store.who_supports, n), answer(store.show, n), store.candidates(n)) for n in names}}


def answer(query, name: str):
    try:
        return query(name)
    except NotFound as e:         # an alias only the changed file gave is gone
        return str(e)


def count_key(store: Neo4jStore, key: str) -> int:
    return store.run("MATCH ()-[e {key: $key}]->() RETURN count(e) AS c", {"key": key})[0]["c"]


# ------------------------------------------------------------ neo4j-admin's reading, for the tests

@dataclass(frozen=True)
class AdminNode:
    labels: tuple[str, ...]
    props: dict
    key: str                 # the property that holds its ID


@dataclass(frozen=True)
class AdminRelationship:
    start: tuple[str, str]   # (ID space, ID)
    end: tuple[str, str]
    type: str
    props: dict


def read_neo4j_admin(command: str) -> tuple[dict[tuple[str, str], AdminNode], list[AdminRelationship]]:
    """The nodes and relationships `command` would import, read by neo4j-admin's
    rules: header fields `name:type[]`, `name:ID(space)`, `:START_ID(space)`,
    `:END_ID(space)`, `:LABEL`, `:TYPE`; an unquoted empty field is no value, a
    quoted one a string; arrays split on --array-delimiter (default ';');
    booleans true only for `true`; an ID unique in its space; every relationship
    between imported nodes."""
    args = shlex.split(command)
    assert args[:4] == ["neo4j-admin", "database", "import", "full"]
    options = [a[2:].split("=", 1) for a in args[5:]]
    assert all(len(o) == 2 for o in options), args
    delimiter = dict(options).get("array-delimiter", ";")
    delimiter = chr(int(delimiter[2:], 16)) if delimiter.startswith("U+") else delimiter
    nodes: dict[tuple[str, str], AdminNode] = {}
    rels: list[AdminRelationship] = []
    for option, path in options:
        if option not in ("nodes", "relationships"):
            continue
        header, *rows = csv_fields(Path(path).read_text(encoding="utf-8"))
        fields = [FIELD.fullmatch(h) for h in header]
        assert all(fields), (path, header)
        for row in rows:
            assert len(row) == len(header), (path, row)
            ids, labels, type_, props, key = {}, (), None, {}, ""
            for f, value in zip(fields, row):
                if value is None:
                    continue
                if f["id"]:
                    ids[f["id"]] = (f["space"] or "", value)
                    if f["name"]:
                        props[f["name"]], key = value, f["name"]
                elif f["special"] == "LABEL":
                    labels = tuple(value.split(delimiter))
                elif f["special"] == "TYPE":
                    type_ = value
                else:
                    props[f["prop"]] = typed(value, f["type"], bool(f["array"]), delimiter)
            if option == "nodes":
                assert ids["ID"] not in nodes, ids
                nodes[ids["ID"]] = AdminNode(labels, props, key)
            else:
                rels.append(AdminRelationship(ids["START_ID"], ids["END_ID"], type_, props))
    assert all(r.start in nodes and r.end in nodes for r in rels)
    return nodes, rels


def typed(value: str, type_: str | None, array: bool, delimiter: str):
    one = {"int": int, "long": int, "double": float, "float": float, "boolean": lambda v: v == "true"}.get(type_, str)
    return [one(v) for v in value.split(delimiter)] if array else one(value)


def csv_fields(text: str) -> list[list[str | None]]:
    """Rows of RFC 4180 text, telling an unquoted empty field (None) from "" ('')."""
    rows, row, i = [], [], 0
    while i < len(text):
        if text[i] == '"':
            parts, j = [], i + 1
            while True:
                k = text.index('"', j)
                parts.append(text[j:k])
                if not text.startswith('""', k):
                    break
                parts.append('"')
                j = k + 2
            value, i = "".join(parts), k + 1
        else:
            m = re.compile(r"[^,\n]*").match(text, i)
            value, i = m.group() or None, m.end()
        row.append(value)
        if i >= len(text) or text[i] == "\n":
            rows.append(row)
            row = []
        else:
            assert text[i] == ",", (text[i - 20:i + 20])
        i += 1
    return rows


def import_into(store: Neo4jStore, nodes: dict[tuple[str, str], AdminNode], rels: list[AdminRelationship]) -> None:
    """What neo4j-admin would write, as plain Cypher (one UNWIND per kind of row)."""
    by_labels = defaultdict(list)
    for node in nodes.values():
        by_labels[node.labels].append(node.props)
    for labels, rows in by_labels.items():
        assert all(re.fullmatch(r"\w+", x) for x in labels)
        store.run(f"UNWIND $rows AS r CREATE (n:{':'.join(labels)}) SET n = r", {"rows": rows}, write=True)
    groups = defaultdict(list)
    for r in rels:
        start, end = nodes[r.start], nodes[r.end]
        groups[r.type, start.labels[0], start.key, end.labels[0], end.key].append(
            {"s": start.props[start.key], "e": end.props[end.key], "p": r.props})
    for (type_, a, ka, b, kb), rows in groups.items():
        store.run(f"UNWIND $rows AS r MATCH (a:{a} {{{ka}: r.s}}) MATCH (b:{b} {{{kb}: r.e}}) "
                  f"CREATE (a)-[e:{type_}]->(b) SET e = r.p", {"rows": rows}, write=True)
