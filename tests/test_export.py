"""kg export: every format is written, read back with its own reader, and counted."""
import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graph import export
from graph.cli import main
from graph.store.local import LocalStore

VILLAGE = "Place:150621114000/黄母哈日村"   # grounded in the register: its township's code and its name

SEEDS = Path(__file__).parents[1] / "seeds"
# neo4j-admin's header syntax: name[:type] or a special field, types with [] for arrays
HEADER = re.compile(r"^(?:[A-Za-z_]\w*:ID|:LABEL|:START_ID|:END_ID|:TYPE"
                    r"|[A-Za-z_]\w*(?::(?:int|long|double|float|boolean|string)(?:\[\])?)?)$")


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
    files = sorted(folder.glob("*.csv"))
    command = result.stderr.splitlines()[1]
    assert command.startswith("neo4j-admin database import full neo4j ")
    assert all(f"={f}" in command for f in files)
    node_ids, n_rels = set(), 0
    for f in files:
        with f.open(encoding="utf-8", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        assert all(HEADER.match(h) for h in header), header
        assert all(len(row) == len(header) for row in rows)
        cols = {h: i for i, h in enumerate(header)}
        for name, i in cols.items():
            if name.endswith(":int"):
                assert all(row[i] == "" or row[i].lstrip("-").isdigit() for row in rows), name
            if name.endswith(":boolean"):
                assert {row[i] for row in rows} <= {"true", "false", ""}
        if f.name.startswith("nodes-"):
            node_ids |= {row[cols["id:ID"]] for row in rows}
            if f.name == "nodes-Place.csv":
                village = next(row for row in rows if row[cols["id:ID"]] == VILLAGE)
                assert village[cols[":LABEL"]] == "Place;Village"
        else:
            n_rels += len(rows)
            assert {row[cols[":TYPE"]] for row in rows} == {f.name[len("relationships-"):-4]}
            assert all(row[cols[":START_ID"]] in node_ids and row[cols[":END_ID"]] in node_ids for row in rows)
    assert (len(node_ids), n_rels) == (graph.number_of_nodes(), graph.number_of_edges())
    with (folder / "nodes-Organization.csv").open(encoding="utf-8") as fh:
        assert "aliases:string[]" in fh.readline()


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

    command = export.write_neo4j_admin(g, tmp_path / "admin", database="kg")
    assert command.startswith("neo4j-admin database import full kg --multiline-fields=true --nodes=")
    header = (tmp_path / "admin" / "nodes-Place.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert (header[0], header[-1]) == ("id:ID", ":LABEL")
    assert set(header[1:-1]) == {"name", "aliases:string[]", "level", "code", "parents:string[]"}


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
