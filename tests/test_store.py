"""The embedded SQLite store: what it keeps, what its queries read, and damaged,
foreign, busy or unwritable stores (one line each, never a traceback)."""
import dataclasses
import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import dump
from graph.answers import KgError, Stats
from graph.cli import main
from graph.load import load
from graph.model import Article, DocGraph, Entity, Fact
from graph.store.local import FILE, LocalStore, StoreBusy

SEEDS = Path(__file__).parents[1] / "seeds"


@pytest.fixture()
def kg(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    runner = CliRunner()

    def run(*args, store=tmp_path / "store"):
        return runner.invoke(main, [*map(str, args), "--store", str(store)], catch_exceptions=False)
    return run


def one_line(result) -> str:
    lines = [line for line in result.stderr.strip().splitlines() if not line.startswith("kg: load: ")]
    assert "Traceback" not in result.output and len(lines) == 1, result.output
    return lines[0]


def clean(tmp_path: Path) -> tuple:
    with LocalStore(tmp_path / "clean") as store:
        load([SEEDS], store)
        return dump(store)


def synthetic(i: int) -> DocGraph:
    """A document about its own village, unit, person and township, which lies in
    the county that every document names."""
    doc = f"doc{i:05d}.txt"
    village = Entity(f"Place:测试{i}村", "Place", f"测试{i}村", {f"测试{i}村", f"{i}村"}, level="Village")
    town = Entity(f"Place:测试{i}镇", "Place", f"测试{i}镇", {f"测试{i}镇"}, level="Township")
    unit = Entity(f"Organization:测试{i}局", "Organization", f"测试{i}局", {f"测试{i}局"}, kind="government")
    person = Entity(f"Person:张{i}", "Person", f"张{i}", {f"张{i}"})
    county = Entity("Place:测试旗", "Place", "测试旗", {"测试旗"}, level="County")
    article = Article(f"{doc}#1", doc, "标题", "记者", 0, 100, ())
    facts = [Fact(t, h.name, x.name, h.label, x.label, props, doc, article.id, f"{h.name}…{x.name}。", 10 * n)
             for n, (t, h, x, props) in enumerate([("SUPPORTS", unit, village, (("mode", "包联"),)),
                                                   ("FIRST_SECRETARY_OF", person, village, ()),
                                                   ("WORKS_FOR", person, unit, ()),
                                                   ("LOCATED_IN", village, town, ()),
                                                   ("LOCATED_IN", town, county, ())])]
    entities = [village, town, unit, person, county]
    return DocGraph(doc, f"digest{i}", [article], entities, facts, {article.id: [e.id for e in entities]},
                    path=f"/corpus/{doc}")


# ------------------------------------------------------------ what the queries read

def steps(store: LocalStore, query) -> int:
    """SQLite virtual machine steps a query takes: what it reads, on any machine."""
    count = 0

    def tick() -> int:
        nonlocal count
        count += 1
        return 0
    store._db.set_progress_handler(tick, 1)
    try:
        query()
    finally:
        store._db.set_progress_handler(None, 1)
    return count


def test_queries_read_only_what_they_answer(tmp_path):
    small, large = LocalStore(tmp_path / "small"), LocalStore(tmp_path / "large")
    small.write_many(synthetic(i) for i in range(20))
    large.write_many(synthetic(i) for i in range(2000))
    for query in (lambda s: s.who_supports("测试7村"), lambda s: s.show("测试7局"), lambda s: s.show("7村"),
                  lambda s: s.candidates("张7")):
        assert query(small) == query(large)
        assert steps(large, lambda: query(large)) == steps(small, lambda: query(small))
    assert steps(large, large.stats) == steps(small, small.stats)
    assert large.stats().documents == 2000


def test_answers_from_a_synthetic_document(tmp_path):
    store = LocalStore(tmp_path / "store")
    store.write_many([synthetic(1), synthetic(2)])
    answer = store.who_supports("测试1村")
    assert [(s.unit, s.mode, s.evidence.doc) for s in answer.supporters] == [("测试1局", "包联", "doc00001.txt")]
    assert [(s.person, s.units) for s in answer.secretaries] == [("张1", ("测试1局",))]
    assert [(s.place, s.level, s.evidence.doc) for s in answer.located_in] == [
        ("测试1镇", "Township", "doc00001.txt"), ("测试旗", "County", "doc00001.txt")]
    shown = store.show("1村")
    assert shown.properties == {"id": "Place:测试1村", "name": "测试1村", "aliases": ["1村"], "level": "Village"}
    assert shown.articles == ["doc00001.txt#1"]
    assert store.stats().nodes == {"Article": 2, "Organization": 2, "Person": 2, "Place": 5}


# ------------------------------------------------------------ what it keeps

def test_the_graph_has_the_attributes_export_reads(tmp_path):
    store = LocalStore(tmp_path / "store")
    store.write(synthetic(1))
    g = store.graph()
    assert g.graph["documents"] == 1
    assert g.nodes["Place:测试1村"] == {"id": "Place:测试1村", "name": "测试1村", "aliases": {"测试1村", "1村"},
                                      "level": "Village", "label": "Place"}
    assert g.nodes["doc00001.txt#1"] == {"label": "Article", "name": "标题", "aliases": set(), "id": "doc00001.txt#1",
                                         "title": "标题", "byline": "记者", "source": "doc00001.txt", "start": 0,
                                         "end": 100}
    supports = synthetic(1).facts[0]
    assert g.edges["Organization:测试1局", "Place:测试1村", supports.key] == {
        "type": "SUPPORTS", "props": {"mode": "包联"}, "article": "doc00001.txt#1", "evidence": supports.evidence,
        "source": "doc00001.txt", "offset": 0, "inferred": False, "pattern": ""}
    key = "MENTIONED_IN|Person:张1|doc00001.txt#1"
    assert g.edges["Person:张1", "doc00001.txt#1", key]["type"] == "MENTIONED_IN"
    assert g.number_of_edges() == 5 + 5


def test_new_entity_properties_need_no_schema_change(tmp_path, monkeypatch):
    graph = synthetic(1)
    place = dataclasses.replace(graph.entities[0], code="150621114000", parents=("内蒙古自治区", "达拉特旗"))
    graph.entities[0] = place
    real = Entity.props
    monkeypatch.setattr(Entity, "props", lambda e: real(e) | ({"population": 812} if e.id == place.id else {}))
    store = LocalStore(tmp_path / "store")
    store.write(graph)
    shown = store.show("测试1村").properties
    assert (shown["code"], shown["parents"], shown["population"]) == ("150621114000", ["内蒙古自治区", "达拉特旗"], 812)
    assert store.graph().nodes[place.id]["population"] == 812
    [candidate] = store.candidates("1村")
    assert (candidate.code, candidate.parents, candidate.exact) == ("150621114000", ("内蒙古自治区", "达拉特旗"), False)


def test_properties_are_last_writer_wins_and_aliases_leave_with_their_document(tmp_path):
    store = LocalStore(tmp_path / "store")
    first, second = synthetic(1), synthetic(1)
    second = dataclasses.replace(second, doc="other.txt", path="/corpus/other.txt", articles=[], facts=[],
                                 mentions={}, entities=[dataclasses.replace(second.entities[0], level="Township",
                                                                            aliases={"别名村"})])
    store.write_many([first, second])
    assert store.show("别名村").properties["level"] == "Township"
    store.forget(["/corpus/other.txt"])
    shown = store.show("测试1村")
    assert shown.properties["aliases"] == ["1村"]              # 别名村 left with other.txt
    assert shown.properties["level"] == "Township"            # as the Neo4j store: the property stays
    store.forget([first.path])
    assert store.stats() == Stats({}, {}, 0) and store.candidates("测试1村") == []


def test_documents_are_known_by_path_and_names_stay_unique(tmp_path):
    store = LocalStore(tmp_path / "store")
    a, b = synthetic(1), dataclasses.replace(synthetic(2), doc="doc00001.txt", path="/other/corpus/doc00001.txt")
    b = dataclasses.replace(b, articles=[dataclasses.replace(b.articles[0], id="doc00001.txt#1", doc="doc00001.txt")],
                            facts=[dataclasses.replace(f, doc="doc00001.txt", article="doc00001.txt#1")
                                   for f in b.facts], mentions={"doc00001.txt#1": list(b.mentions.values())[0]})
    store.write_many([a, b])
    assert [(d.path, d.name) for d in store.documents()] == [("/corpus/doc00001.txt", "doc00001.txt"),
                                                            ("/other/corpus/doc00001.txt", "corpus/doc00001.txt")]
    assert store.who_supports("测试2村").supporters[0].evidence.doc == "corpus/doc00001.txt"
    assert store.show("测试2村").articles == ["corpus/doc00001.txt#1"]
    store.write(a)
    assert [d.name for d in store.documents()] == ["doc00001.txt", "corpus/doc00001.txt"]


# ------------------------------------------------------------ damaged, foreign, busy

def loaded_then(kg, tmp_path, damage) -> Path:
    assert kg("load", SEEDS).exit_code == 0
    file = tmp_path / "store" / FILE
    damage(file)
    return file


def test_a_truncated_store_says_rebuild_and_rebuild_restores_it(kg, tmp_path):
    file = loaded_then(kg, tmp_path, lambda f: os.truncate(f, f.stat().st_size // 2))
    for command in (("stats",), ("who-supports", "黄母哈日村"), ("load", SEEDS)):
        result = kg(*command)
        assert result.exit_code == 1
        assert one_line(result) == (f"kg: {file} is damaged (database disk image is malformed): run 'kg load "
                                    f"--rebuild' to re-extract the recorded files into a new store")
    result = kg("load", "--rebuild")
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if not line.startswith("kg: load: ")] == [
        f"kg: warning: the old store is kept as {file}.old; 5 file(s) it recorded are extracted again"]
    with LocalStore(tmp_path / "store") as store:
        assert dump(store) == clean(tmp_path)
    assert (tmp_path / "store" / f"{FILE}.old").exists()


def test_a_null_store_file_says_rebuild_and_needs_the_paths(kg, tmp_path):
    file = loaded_then(kg, tmp_path, lambda f: f.write_text("null"))
    result = kg("show", "黄母哈日村")
    assert result.exit_code == 1
    assert one_line(result) == (f"kg: {file} is damaged (file is not a database): run 'kg load --rebuild' to "
                                f"re-extract the recorded files into a new store")
    result = kg("load", "--rebuild")
    assert result.exit_code == 1
    assert one_line(result) == (f"kg: no recorded files could be read from the old store (kept as {file}.old): "
                                f"give the folders to load: kg load --rebuild PATH...")
    assert kg("load", "--rebuild", SEEDS).exit_code == 0
    with LocalStore(tmp_path / "store") as store:
        assert dump(store) == clean(tmp_path)


def test_an_empty_store_file_is_an_empty_store(kg, tmp_path):
    file = loaded_then(kg, tmp_path, lambda f: f.write_bytes(b""))
    assert json.loads(kg("stats", "--json").stdout) == {"nodes": {}, "relationships": {}, "documents": 0}
    result = kg("who-supports", "黄母哈日村")
    assert (result.exit_code, one_line(result)) == (
        1, f"kg: nothing is loaded yet in {tmp_path / 'store'}: run 'kg load PATH' first")
    assert kg("load", SEEDS).exit_code == 0
    with LocalStore(tmp_path / "store") as store:
        assert dump(store) == clean(tmp_path)
    assert file.stat().st_size > 0


def test_a_store_of_another_format_says_rebuild_and_rebuild_reads_its_paths(kg, tmp_path):
    def older(file: Path) -> None:
        db = sqlite3.connect(file)
        db.execute("PRAGMA user_version = 1")
        db.close()
    file = loaded_then(kg, tmp_path, older)
    result = kg("stats")
    assert (result.exit_code, one_line(result)) == (
        1, f"kg: {file} was written by a kg with store format 1, this kg reads format 2: run 'kg load --rebuild' "
           f"to re-extract the recorded files")
    assert kg("load", "--rebuild").exit_code == 0
    with LocalStore(tmp_path / "store") as store:
        assert dump(store) == clean(tmp_path)


def test_a_foreign_database_is_refused_untouched(kg, tmp_path):
    (tmp_path / "store").mkdir()
    db = sqlite3.connect(tmp_path / "store" / FILE)
    db.execute("CREATE TABLE notes (x)")
    db.commit()
    db.close()
    before = (tmp_path / "store" / FILE).read_bytes()
    result = kg("load", SEEDS)
    assert (result.exit_code, one_line(result)) == (
        1, f"kg: {tmp_path / 'store' / FILE} is not a kg store (a SQLite database of something else): "
           f"use another --store folder")
    assert (tmp_path / "store" / FILE).read_bytes() == before


def test_a_store_of_the_first_kg_says_what_to_do(kg, tmp_path):
    (tmp_path / "store" / "docs").mkdir(parents=True)
    (tmp_path / "store" / "docs" / "x.json").write_text("{}")
    result = kg("stats")
    assert (result.exit_code, one_line(result)) == (
        1, f"kg: {tmp_path / 'store'} holds a store of an older kg (JSON files in docs/): remove it, or run "
           f"'kg load --rebuild PATH...' to replace it")
    assert kg("load", "--rebuild", SEEDS).exit_code == 0
    assert json.loads(kg("stats", "--json").stdout)["documents"] == 5
    assert (tmp_path / "store" / "docs.old" / "x.json").exists()


def test_a_store_folder_that_cannot_be_created(kg, tmp_path):
    (tmp_path / "file").write_text("not a folder")
    result = kg("load", SEEDS, store=tmp_path / "file" / "store")
    assert (result.exit_code, one_line(result)) == (
        1, f"kg: cannot create the store folder {tmp_path / 'file' / 'store'}: Not a directory")
    assert kg("stats", store=tmp_path / "file" / "store").exit_code == 0        # nothing there, nothing loaded


def test_a_busy_store_says_so(tmp_path):
    store = LocalStore(tmp_path / "store", busy_seconds=0.2)
    store.write(synthetic(1))
    other = sqlite3.connect(tmp_path / "store" / FILE, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")          # another process writing
    try:
        with pytest.raises(StoreBusy) as busy:
            store.write(synthetic(2))
        assert str(busy.value) == (f"the store {tmp_path / 'store' / FILE} is busy: another kg process has been "
                                   f"writing to it for 0.2 s; try again when it is done")
        assert store.who_supports("测试1村").supporters         # reading goes on meanwhile
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.write(synthetic(2))
    assert store.stats().documents == 2


def test_a_read_only_command_creates_nothing(kg, tmp_path):
    assert kg("stats").exit_code == 0
    assert kg("who-supports", "x").exit_code == 1
    assert not (tmp_path / "store").exists()
    with pytest.raises(KgError):
        LocalStore(tmp_path / "store").show("x")
    assert not (tmp_path / "store").exists()
