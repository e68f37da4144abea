"""The Neo4j store against a real Bolt server (ArcadeDB, and Neo4j when NEO4J_URI is set).

No mocks: every test talks to the server through the neo4j driver, and the
answers are held against the local store's for the same files.
"""
from __future__ import annotations

import dataclasses
import re
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from bolt_server import start_arcadedb, stop
from conftest import config_for
from graph.answers import EmptyStore, NotFound, StoreUnavailable
from graph.cli import main
from graph.model import Article, DocGraph, Entity, Fact
from graph.store import Neo4jConfig
from graph.store.local import LocalStore
from graph.store.neo4j import Neo4jStore, queries, schema, writes

NAMES = ["黄母哈日村", "长胜村", "白柜村", "达拉特旗水务局", "张黎亮", "中和西镇"]


def local_store(root: Path, graphs: list[DocGraph]) -> LocalStore:
    store = LocalStore(root)
    for g in graphs:
        store.write(g)
    return store


def load(store: Neo4jStore, graphs: list[DocGraph]) -> Neo4jStore:
    for g in graphs:
        store.write(g)
    return store


def counts(store: Neo4jStore) -> tuple[int, int]:
    """Every node and relationship, bookkeeping included."""
    nodes = store.run("MATCH (n) RETURN count(n) AS c")[0]["c"]
    rels = store.run("MATCH ()-[e]->() RETURN count(e) AS c")[0]["c"]
    return nodes, rels


def by_source(store: Neo4jStore) -> dict[str, int]:
    return {r["doc"]: r["c"] for r in store.run("MATCH ()-[e]->() RETURN e.source AS doc, count(e) AS c")}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_line_error(result) -> str:
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def cli_env(config: Neo4jConfig) -> dict[str, str | None]:
    return {"NEO4J_URI": config.uri, "NEO4J_USER": config.user, "NEO4J_PASSWORD": config.password,
            "NEO4J_DATABASE": config.database}


# ------------------------------------------------------------ the same answers as the local store

def test_answers_equal_the_local_store(neo4j_store, seed_graphs, tmp_path):
    local = local_store(tmp_path, seed_graphs)
    load(neo4j_store, seed_graphs)
    assert neo4j_store.stats() == local.stats()
    assert neo4j_store.digests() == local.digests()
    aliases = sorted({a for g in seed_graphs for e in g.entities for a in e.aliases} - set(NAMES))[:15]
    for name in NAMES + aliases:
        assert neo4j_store.who_supports(name) == local.who_supports(name), name
        assert neo4j_store.show(name) == local.show(name), name


def test_a_village_answer_names_its_units_and_chain(neo4j_store, seed_graphs):
    answer = load(neo4j_store, seed_graphs).who_supports("黄母哈日村")
    assert answer.level == "Village"
    assert any(s.unit == "达拉特旗水务局" for s in answer.supporters)
    assert [s.place for s in answer.located_in][:1] == ["恩格贝镇"]


def test_unknown_name_suggests_like_the_local_store(neo4j_store, seed_graphs, tmp_path):
    local = local_store(tmp_path, seed_graphs)
    load(neo4j_store, seed_graphs)
    for name in ("黄母哈日", "达拉特旗水务", "不存在的地方"):
        with pytest.raises(NotFound) as ours:
            neo4j_store.who_supports(name)
        with pytest.raises(NotFound) as theirs:
            local.show(name)
        assert ours.value.suggestions == theirs.value.suggestions
        assert str(ours.value) == str(theirs.value)
    with pytest.raises(NotFound) as e:
        neo4j_store.show("黄母哈日")
    assert "黄母哈日村" in e.value.suggestions


def test_an_empty_server_says_load_first(neo4j_store, tmp_path):
    with pytest.raises(EmptyStore, match="kg load"):
        neo4j_store.who_supports("黄母哈日村")
    with pytest.raises(EmptyStore):
        neo4j_store.show("黄母哈日村")
    assert neo4j_store.stats() == LocalStore(tmp_path).stats()
    assert neo4j_store.digests() == {}


def chain_file(i: int) -> DocGraph:
    """A file stating 村 → 镇 → 旗 → 市, as many files do; every third one infers it."""
    doc = f"chain/{i:02d}.txt"
    levels = [("测试村", "Village"), ("测试镇", "Township"), ("测试旗", "County"), ("测试市", "City")]
    places = [Entity(f"Place:{n}", "Place", n, {n}, level=lv) for n, lv in levels]
    article = Article(f"{doc}#1", doc, "标题", "记者", 0, 100, ())
    facts = [Fact("LOCATED_IN", a.name, b.name, "Place", "Place", (), doc, article.id, f"{b.name}{a.name}", 10 + i,
                  inferred=i % 3 == 0) for a, b in zip(places, places[1:])]
    return DocGraph(doc, f"d{i}", [article], places, facts, {article.id: [p.id for p in places]})


def test_a_chain_stated_by_many_files_is_walked_like_the_local_store(neo4j_store, tmp_path):
    files = [chain_file(i) for i in range(12)]
    local = local_store(tmp_path, files)
    answer = load(neo4j_store, files).who_supports("测试村")
    assert answer == local.who_supports("测试村")
    assert [s.place for s in answer.located_in] == ["测试镇", "测试旗", "测试市"]
    assert neo4j_store.show("测试镇") == local.show("测试镇")


def test_stats_count_places_once_not_by_level(neo4j_store, seed_graphs):
    load(neo4j_store, seed_graphs)
    villages = neo4j_store.run("MATCH (n:Village) RETURN count(n) AS c")[0]["c"]
    assert villages > 0
    assert "Village" not in neo4j_store.stats().nodes
    levels = neo4j_store.run("MATCH (n:Place) WHERE n.level IS NOT NULL AND NOT n.level IN labels(n) "
                             "RETURN count(n) AS c")
    assert levels == [{"c": 0}]


# ------------------------------------------------------------ writing

def test_writing_twice_changes_nothing(neo4j_store, seed_graphs):
    load(neo4j_store, seed_graphs)
    first, stats = counts(neo4j_store), neo4j_store.stats()
    load(neo4j_store, seed_graphs)
    assert counts(neo4j_store) == first
    assert neo4j_store.stats() == stats


@dataclasses.dataclass
class Change:
    graph: DocGraph
    removed: Fact
    added: Fact
    relevelled: str     # id of a place whose level changed


def changed(graph: DocGraph, others: list[DocGraph]) -> Change:
    """`graph` with one fact gone, one new, its entities' aliases dropped and the
    level of a place that only this file declares changed."""
    removed = next(f for f in graph.facts if f.type == "SUPPORTS")
    head = next(e for e in graph.entities if e.label == "Organization")
    tail = next(e for e in graph.entities if e.label == "Place" and e.name != removed.tail)
    added = Fact("SUPPORTS", head.name, tail.name, head.label, tail.label, (("mode", "结对"),), graph.doc,
                 graph.articles[0].id, "测试句子。", 7)
    entities = [dataclasses.replace(e, aliases={e.name}) if len(e.aliases) > 1 else e for e in graph.entities]
    elsewhere = {e.id for g in others if g.doc != graph.doc for e in g.entities}
    i = next(i for i, e in enumerate(entities) if e.level == "Township" and e.id not in elsewhere)
    entities[i] = dataclasses.replace(entities[i], level="County")
    facts = [f for f in graph.facts if f != removed] + [added]
    new = dataclasses.replace(graph, digest="changed", entities=entities, facts=facts)
    return Change(new, removed, added, entities[i].id)


def test_a_changed_file_replaces_its_facts_only(neo4j_store, seed_graphs, tmp_path):
    load(neo4j_store, seed_graphs)
    before = by_source(neo4j_store)
    change = changed(seed_graphs[0], seed_graphs)
    new, removed, added = change.graph, change.removed, change.added
    neo4j_store.write(new)

    def keys(key: str) -> int:
        return neo4j_store.run("MATCH ()-[e {key: $key}]->() RETURN count(e) AS c", {"key": key})[0]["c"]

    assert keys(removed.key) == 0
    assert keys(added.key) == 1
    after = by_source(neo4j_store)
    assert {d: c for d, c in after.items() if d != new.doc} == {d: c for d, c in before.items() if d != new.doc}
    assert neo4j_store.digests()[new.path] == "changed"

    local = local_store(tmp_path, seed_graphs + [new])
    assert neo4j_store.stats() == local.stats()
    for name in NAMES + [added.head, added.tail, removed.head, removed.tail]:
        assert neo4j_store.who_supports(name) == local.who_supports(name), name
        assert neo4j_store.show(name) == local.show(name), name
    labels = neo4j_store.run("MATCH (n:Place {id: $id}) RETURN labels(n) AS l", {"id": change.relevelled})[0]["l"]
    assert sorted(labels) == ["County", "Place"]


def test_entities_and_aliases_only_a_file_gave_leave_with_it(neo4j_store, seed_graphs, tmp_path):
    doc = seed_graphs[0]
    mine = Entity("Place:测试新村", "Place", "测试新村", {"测试新村", "新村"}, level="Village")
    shared = next(e for e in doc.entities if e.label == "Place")
    extra = dataclasses.replace(doc, entities=doc.entities + [mine, dataclasses.replace(
        shared, aliases=shared.aliases | {"只在此处的别名"})])
    load(neo4j_store, seed_graphs[1:] + [extra])
    assert neo4j_store.show("只在此处的别名").name == shared.name
    assert neo4j_store.show("新村").name == "测试新村"
    neo4j_store.write(doc)
    local = local_store(tmp_path, seed_graphs)
    assert neo4j_store.stats() == local.stats()
    assert neo4j_store.show(shared.name) == local.show(shared.name)
    with pytest.raises(NotFound):
        neo4j_store.show("新村")


def test_a_failed_write_leaves_the_old_state_and_a_rerun_converges(neo4j_store, seed_graphs, tmp_path,
                                                                   monkeypatch):
    load(neo4j_store, seed_graphs)
    before, stats, digests = counts(neo4j_store), neo4j_store.stats(), neo4j_store.digests()
    new = changed(seed_graphs[0], seed_graphs).graph

    def crash(*args, **kwargs):
        raise RuntimeError("crash after the old facts were deleted and the new ones written")

    with monkeypatch.context() as m:
        m.setattr(Neo4jStore, "_prune", crash)
        with pytest.raises(RuntimeError):
            neo4j_store.write(new)
    assert (counts(neo4j_store), neo4j_store.stats(), neo4j_store.digests()) == (before, stats, digests)
    neo4j_store.write(new)
    assert neo4j_store.stats() == local_store(tmp_path, seed_graphs + [new]).stats()


def grown(graph: DocGraph, n: int) -> DocGraph:
    """`graph` with n more places, each LOCATED_IN the next: a long write."""
    places = [Entity(f"Place:测试{i}村", "Place", f"测试{i}村", {f"测试{i}村"}, level="Village") for i in range(n)]
    facts = [Fact("LOCATED_IN", a.name, b.name, "Place", "Place", (), graph.doc, graph.articles[0].id,
                  f"{a.name}位于{b.name}。", i) for i, (a, b) in enumerate(zip(places, places[1:]))]
    return dataclasses.replace(graph, digest="grown", entities=graph.entities + places, facts=graph.facts + facts)


def test_a_server_killed_mid_write_restarts_with_the_old_state(seed_graphs, tmp_path, monkeypatch):
    """The strong form: SIGKILL the server inside the write transaction, restart it
    on the same data, and load again."""
    workdir = tmp_path / "server"
    server, proc = start_arcadedb(workdir)
    try:
        store = load(Neo4jStore(config_for(server, batch_size=200), max_transaction_retry_time=0), seed_graphs)
        stats, digests = store.stats(), store.digests()
        big = grown(seed_graphs[0], 3000)
        batches = 0
        real_batch = Neo4jStore._batch

        def killing_batch(self, tx, statement, rows, **params):
            nonlocal batches
            batches += 1
            if batches == 6:
                proc.kill()
                proc.wait()
            real_batch(self, tx, statement, rows, **params)

        with monkeypatch.context() as m:
            m.setattr(Neo4jStore, "_batch", killing_batch)
            with pytest.raises(StoreUnavailable, match=re.escape(server.uri)):
                store.write(big)
        store.close()

        server, proc = start_arcadedb(workdir)
        with Neo4jStore(config_for(server, batch_size=200)) as store:
            assert (store.stats(), store.digests()) == (stats, digests)
            store.write(big)
            assert store.stats() == local_store(tmp_path / "local", seed_graphs[1:] + [big]).stats()
            store.write(seed_graphs[0])
            assert (store.stats(), store.digests()) == (stats, digests)
    finally:
        stop(proc)


# ------------------------------------------------------------ connecting

def test_no_server_is_store_unavailable_naming_the_uri():
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailable, match=re.escape(f"cannot reach Neo4j at {uri}")) as e:
        Neo4jStore(Neo4jConfig(uri, "neo4j", "s3cret-pass"))
    assert "\n" not in str(e.value) and "s3cret-pass" not in str(e.value)
    result = CliRunner().invoke(main, ["stats", "--neo4j", uri],
                                env={"NEO4J_USER": None, "NEO4J_PASSWORD": None, "NEO4J_DATABASE": None})
    assert result.exit_code == 2
    assert one_line_error(result).startswith(f"kg: cannot reach Neo4j at {uri}")


def test_a_wrong_password_says_authentication_failed_without_the_password(bolt_config):
    wrong = dataclasses.replace(bolt_config, password="Wrong-Secret-4711")
    with pytest.raises(StoreUnavailable) as e:
        Neo4jStore(wrong)
    assert str(e.value) == f"authentication failed for user {wrong.user} at {wrong.uri}"
    result = CliRunner().invoke(main, ["show", "黄母哈日村"], env=cli_env(wrong))
    assert result.exit_code == 2
    assert "authentication failed" in one_line_error(result)
    assert "Wrong-Secret-4711" not in result.output


def test_the_password_is_never_shown(bolt_config):
    with Neo4jStore(bolt_config) as store:
        assert bolt_config.password not in repr(store) + store.where + repr(store.config)


# ------------------------------------------------------------ kg cypher

def test_kg_cypher_reads_and_writes_only_with_write(neo4j_store, bolt_config):
    env = cli_env(bolt_config)
    runner = CliRunner()
    result = runner.invoke(main, ["cypher", "MATCH (n) RETURN count(n) AS c"], env=env)
    assert (result.exit_code, result.stdout) == (0, "c=0\n")

    result = runner.invoke(main, ["cypher", "CREATE (:Scratch {x: 1})"], env=env)
    assert result.exit_code == 1
    assert "--write" in one_line_error(result)
    assert neo4j_store.run("MATCH (n:Scratch) RETURN count(n) AS c") == [{"c": 0}]

    result = runner.invoke(main, ["cypher", "--write", "CREATE (:Scratch {x: $x})", "-p", "x=1"], env=env)
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["cypher", "--json", "MATCH (n:Scratch) RETURN n"], env=env)
    assert '"x": "1"' in result.stdout

    result = runner.invoke(main, ["cypher", "MATCH (n RETURN n"], env=env)
    assert result.exit_code == 1
    one_line_error(result)


def test_run_gives_plain_rows(neo4j_store, seed_graphs):
    load(neo4j_store, seed_graphs[:1])
    rows = neo4j_store.run("MATCH (p:Place {name: $name})-[e:LOCATED_IN]->(up) RETURN p, e, up LIMIT 1",
                           {"name": "黄母哈日村"})
    assert rows[0]["p"]["name"] == "黄母哈日村"
    assert set(rows[0]["e"]) >= {"source", "evidence", "offset", "article", "inferred"}


@pytest.mark.parametrize("query, expected", [
    ("MATCH (n) RETURN n", False),
    ("MATCH (n) WHERE n.name = 'CREATE' RETURN n.set, n.`delete`", False),
    ("// MERGE\nMATCH (n {offset: 1}) RETURN n { .x, set: 1 } AS m", False),
    ("MATCH (n) DETACH DELETE n", True),
    ("match (n) set n.x = 1", True),
    ("CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.b)", True),
    ("UNWIND [1] AS x MERGE (:A {x: x})", True),
    ("MATCH (n:A) REMOVE n:B", True),
    ("DROP CONSTRAINT c", True),
])
def test_write_clauses_are_recognised(query, expected):
    assert writes(query) is expected


# ------------------------------------------------------------ the Cypher files

def test_lookups_share_one_rule():
    q = queries()
    assert {"find", "who_supports", "located_in", "show", "stats", "all_names", "digests"} <= set(q)
    lookup = q["find"].split("RETURN")[0]
    assert q["who_supports"].startswith(lookup) and q["show"].startswith(lookup)
    assert all("$" in q[name] for name in ("find", "who_supports", "located_in", "show"))


def test_schema_is_idempotent_and_covers_every_label():
    statements = schema()
    assert all("IF NOT EXISTS" in s for s in statements)
    for label in ("Person", "Organization", "Place", "GridSystem", "Article"):
        assert any(f"(n:{label}) REQUIRE n.id IS UNIQUE" in s for s in statements), label
