"""The Neo4j store against a real Bolt server (ArcadeDB, and Neo4j when NEO4J_URI is set).

No mocks: every test talks to the server through the neo4j driver, and the
answers are held against the local store's for the same files.
"""
from __future__ import annotations

import dataclasses
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from bolt_server import start_arcadedb, stop
from conftest import WIPE, config_for
from graph.answers import EmptyStore, NotFound, StoreUnavailable
from graph.cli import main
from graph.model import FACT_TYPES, MENTIONED_IN, NODE_LABELS, Article, DocGraph, Entity, Fact
from graph.store import Neo4jConfig
from graph.store.local import LocalStore
from graph.store.neo4j import Neo4jStore, mask, queries, schema

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
    """Facts and mentions by the file they came from (NAMES, the name index, has none)."""
    return {r["doc"]: r["c"] for r in store.run("MATCH ()-[e]->() WHERE e.source IS NOT NULL "
                                                "RETURN e.source AS doc, count(e) AS c")}


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
        assert neo4j_store.candidates(name) == local.candidates(name), name
    assert neo4j_store.candidates("不存在的地方") == []


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
                 graph.articles[0].id, "测试句子。", 7, head_id=head.id, tail_id=tail.id)
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


# ------------------------------------------------------------ lookups are index seeks

def target() -> DocGraph:
    """A village with two supporters, a first secretary and a township: what is looked up."""
    doc = "lookup/target.txt"
    article = Article(f"{doc}#1", doc, "标题", "记者", 0, 100, ())
    village = Entity("Place:150621114000", "Place", "目标村", {"目标村", "目标"}, level="Village", code="150621114000")
    town = Entity("Place:目标旗/目标镇", "Place", "目标镇", {"目标镇"}, level="Township")
    units = [Entity(f"Organization:目标{u}", "Organization", f"目标{u}", {f"目标{u}"}) for u in ("水务局", "财政局")]
    person = Entity("Person:目标人", "Person", "目标人", {"目标人"})
    facts = [Fact("SUPPORTS", u.name, village.name, u.label, village.label, (("mode", "包联"),), doc, article.id,
                  "包联。", 1, head_id=u.id, tail_id=village.id) for u in units]
    facts += [Fact("FIRST_SECRETARY_OF", person.name, village.name, "Person", "Place", (), doc, article.id, "书记。", 2,
                   head_id=person.id, tail_id=village.id),
              Fact("WORKS_FOR", person.name, units[0].name, "Person", "Organization", (), doc, article.id, "干部。", 3,
                   head_id=person.id, tail_id=units[0].id),
              Fact("LOCATED_IN", village.name, town.name, "Place", "Place", (), doc, article.id, "位于。", 4,
                   head_id=village.id, tail_id=town.id)]
    entities = [village, town, person] + units
    return DocGraph(doc, "t", [article], entities, facts, {article.id: [e.id for e in entities]})


def filler(n: int, per_doc: int = 1000) -> list[DocGraph]:
    """n facts about other places and units: the rest of a big graph."""
    graphs = []
    for d in range(0, n, per_doc):
        doc = f"lookup/filler{d // per_doc:03d}.txt"
        article = Article(f"{doc}#1", doc, "标题", "记者", 0, 100, ())
        entities: dict[str, Entity] = {}
        facts = []
        for i in range(d, min(n, d + per_doc)):
            village = Entity(f"Place:填充{i}村", "Place", f"填充{i}村", {f"填充{i}村", f"填充{i}"}, level="Village")
            unit = Entity(f"Organization:填充{i % 50}局", "Organization", f"填充{i % 50}局", {f"填充{i % 50}局"})
            entities |= {village.id: village, unit.id: unit}
            facts.append(Fact("SUPPORTS", unit.name, village.name, unit.label, village.label, (("mode", "帮扶"),),
                              doc, article.id, "帮扶。", i))
        graphs.append(DocGraph(doc, "f", [article], list(entities.values()), facts,
                               {article.id: sorted(entities)}))
    return graphs


def profiled(config: Neo4jConfig, query: str, name: str) -> tuple[int, str]:
    """(cost, plan) of a named query under PROFILE: the db hits where the server
    counts them (Neo4j); ArcadeDB reports none, but its plan text gives the rows
    each step passed, whose sum grows as soon as any step scans."""
    with neo4j.GraphDatabase.driver(config.uri, auth=(config.user, config.password)) as driver, \
            driver.session(database=config.database) as s:
        result = s.run("PROFILE " + queries()[query], name=name, id=None)
        assert result.data(), (query, name)
        profile = result.consume().profile
    operators, hits, todo = [], 0, [profile]
    while todo:
        p = todo.pop()
        operators.append(p["operatorType"])
        hits += p.get("dbHits") or 0
        todo += p.get("children", [])
    text = profile["args"].get("string-representation", "")
    plan = " ".join(operators) + "\n" + text
    return (hits or sum(int(r.replace(",", "")) for r in re.findall(r"μs, ([\d,]+) rows", text))), plan


LOOKUPS = ("find", "candidates", "who_supports", "show")


def test_name_lookups_are_index_seeks_whose_cost_does_not_grow(neo4j_store, bolt_config):
    costs = []
    for n in (1_000, 20_000):
        neo4j_store.run(WIPE, write=True)
        neo4j_store.write_many([target()] + filler(n))
        assert neo4j_store.stats().relationships["SUPPORTS"] == n + 2
        measured = {}
        for query in LOOKUPS:
            for name in ("目标村", "目标"):          # a name and an alias
                cost, plan = profiled(bolt_config, query, name)
                assert "IndexSeek" in plan or "[index: Name[name]]" in plan, plan
                measured[(query, name)] = cost
        costs.append(measured)
    small, big = costs
    assert all(big[k] <= small[k] + 2 for k in small), (small, big)
    assert neo4j_store.who_supports("目标").place == "目标村"


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
    """Two failed logins in all: servers lock a user out after a few (ArcadeDB 5, Neo4j 3).
    The first password is one letter, which must be hidden as a credential, not as a letter."""
    wrong = dataclasses.replace(bolt_config, password="e")
    try:
        Neo4jStore(wrong).close()
    except StoreUnavailable as e:
        assert str(e) == f"authentication failed for user {wrong.user} at {wrong.uri}"
    else:
        pytest.skip("the server has authentication disabled")
    result = CliRunner().invoke(main, ["show", "黄母哈日村"],
                                env=cli_env(dataclasses.replace(bolt_config, password="Wrong-Secret-4711")))
    assert result.exit_code == 2
    assert "authentication failed" in one_line_error(result)
    assert "Wrong-Secret-4711" not in result.output


def test_a_one_letter_password_is_masked_as_a_credential_not_as_a_letter():
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailable) as e:
        Neo4jStore(Neo4jConfig(uri, "neo4j", "e"))
    assert "Connection refused" in str(e.value), str(e.value)      # not "Conn***ction r***fus***d"


def test_the_driver_s_own_cause_is_kept_and_a_password_in_the_uri_is_not_shown():
    port = free_port()
    with pytest.raises(StoreUnavailable) as e:
        Neo4jStore(Neo4jConfig(f"bolt://127.0.0.1:{port}?region=x", "neo4j", "pw"))
    assert "Routing context (providing URI query parameters) is not supported" in str(e.value)
    assert "Unexpected error" not in str(e.value)
    with pytest.raises(StoreUnavailable) as e:
        Neo4jStore(Neo4jConfig(f"bolt://kg:Uri-Secret-9@127.0.0.1:{port}", "neo4j", "pw"))
    assert "URI userinfo is not supported" in str(e.value)
    assert "Uri-Secret-9" not in str(e.value) and "\n" not in str(e.value)


def test_mask_hides_whole_credentials_only():
    assert mask("Unexpected error for x at bolt://h", "x") == "Unexpected error for *** at bolt://h"
    assert mask("password='Secret-1', user x", "Secret-1") == "password='***', user x"
    assert mask("no password here", "") == "no password here"


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
    assert '"x": 1' in result.stdout                   # -p values are JSON

    result = runner.invoke(main, ["cypher", "MATCH (n RETURN n"], env=env)
    assert result.exit_code == 1
    one_line_error(result)


def test_run_gives_plain_rows(neo4j_store, seed_graphs):
    load(neo4j_store, seed_graphs[:1])
    rows = neo4j_store.run("MATCH (p:Place {name: $name})-[e:LOCATED_IN]->(up) RETURN p, e, up LIMIT 1",
                           {"name": "黄母哈日村"})
    assert rows[0]["p"]["name"] == "黄母哈日村"
    assert set(rows[0]["e"]) >= {"source", "evidence", "offset", "article", "inferred"}


# Each way past the old regex guard that was found on a real server (issue 9), and
# how kg now names it. The first two pass Neo4j's own read mode; the next two
# wrote or read on ArcadeDB, which runs anything in a read transaction.
BYPASSES = [
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-42'", "administration command (TERMINATE)"),
    ("CALL db.clearQueryCaches()", "procedure db.clearQueryCaches"),
    ("// c\rMATCH (n:Article) DETACH DELETE n", "writes (DETACH)"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "LOAD CSV"),
    # and their cousins: other line endings, block comments, quoted names, chained commands
    ("// c\u2028MATCH (n:Article) DETACH DELETE n", "writes (DETACH)"),
    ("// c\r\nMATCH (n:Article) SET n.title = 'x'", "writes (SET)"),
    ("MATCH (n:Article) /* RETURN */ DETACH DELETE n", "writes (DETACH)"),
    ("CALL `db`.`clearQueryCaches`()", "procedure db.clearQueryCaches"),
    ("SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t", "administration command"),
    ("load csv with headers from 'https://example.org/x.csv' AS r RETURN r", "LOAD CSV"),
    ("RETURN 'it\\' MERGE (:Article {id: 1})' AS x", "writes (MERGE)"),
]


@pytest.mark.parametrize("query, reason", BYPASSES, ids=[q[:30] for q, _ in BYPASSES])
def test_kg_cypher_refuses_each_bypass_without_write(neo4j_store, seed_graphs, bolt_config, query, reason):
    load(neo4j_store, seed_graphs[:1])
    before = counts(neo4j_store)
    result = CliRunner().invoke(main, ["cypher", query], env=cli_env(bolt_config))
    assert result.exit_code == 1
    line = one_line_error(result)
    assert reason in line and line.endswith("add --write to run it"), line
    assert "root:" not in result.stdout          # no line of /etc/passwd
    assert counts(neo4j_store) == before


def test_the_bypasses_are_real_with_write(neo4j_store, seed_graphs, bolt_config, tmp_path):
    """With --write the same queries do what they say (on ArcadeDB), so the refusals above matter."""
    load(neo4j_store, seed_graphs[:1])
    env = cli_env(bolt_config)
    result = CliRunner().invoke(main, ["cypher", "--write", "// c\rMATCH (n:Article) DETACH DELETE n"], env=env)
    assert result.exit_code == 0, result.output
    assert neo4j_store.run("MATCH (n:Article) RETURN count(n) AS c") == [{"c": 0}]
    if neo4j_store._dialect.explains_query_type:
        return          # Neo4j reads files from its import folder only
    csv = tmp_path / "x.csv"
    csv.write_text("kg-secret-line\n")
    result = CliRunner().invoke(main, ["cypher", "--write", f"LOAD CSV FROM 'file://{csv}' AS l RETURN l"], env=env)
    assert "kg-secret-line" in result.stdout


@pytest.mark.parametrize("query, expected", [
    ("RETURN 1 AS set", "set=1\n"),
    ("RETURN 'CREATE (n)' AS s, 2 AS delete", "s=CREATE (n)\tdelete=2\n"),
    ("WITH {set: 1, merge: 2} AS m RETURN m.set + m.merge AS x", "x=3\n"),
    ("CALL db.labels() YIELD label WITH label WHERE label = 'NoSuchLabel' RETURN label", ""),
])
def test_kg_cypher_runs_reads_that_look_like_writes(neo4j_store, bolt_config, query, expected):
    result = CliRunner().invoke(main, ["cypher", query], env=cli_env(bolt_config))
    assert (result.exit_code, result.stdout) == (0, expected), result.output


def test_kg_cypher_write_runs_batched_transactions(neo4j_store, seed_graphs):
    """--write is an auto-commit query, so CALL { ... } IN TRANSACTIONS (batched wipes) runs."""
    load(neo4j_store, seed_graphs)
    assert counts(neo4j_store)[0] > 0
    neo4j_store.run(WIPE, write=True)
    assert counts(neo4j_store) == (0, 0)


def test_notices_only_with_verbose(neo4j_store, bolt_config):
    """Neo4j warns about a label that does not exist; kg shows it with -v only, as one line."""
    query = "MATCH (n:NoSuchLabel) RETURN count(n) AS c"
    quiet = CliRunner().invoke(main, ["cypher", query], env=cli_env(bolt_config))
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "c=0\n", "")
    verbose = CliRunner().invoke(main, ["cypher", "-v", query], env=cli_env(bolt_config))
    assert verbose.exit_code == 0 and verbose.stdout == "c=0\n"
    notices = verbose.stderr.splitlines()
    assert all(line.startswith("kg: notice: ") and len(line) < 400 for line in notices)
    if neo4j_store._dialect.explains_query_type:       # Neo4j sends notifications, ArcadeDB none
        assert any("NoSuchLabel" in line for line in notices), notices


def test_kg_stats_on_a_fresh_database_prints_nothing_on_stderr(fresh_database):
    """In a new process, as a user runs it: the driver would log each notification
    ("label does not exist") on stderr if the server sent any."""
    env = {**os.environ, **{k: v or "" for k, v in cli_env(fresh_database).items()}}
    result = subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "stats"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("0 document(s)")


# ------------------------------------------------------------ the Cypher files

def test_lookups_share_one_rule():
    q = queries()
    assert {"find", "who_supports", "located_in", "show", "stats", "candidates", "names_starting", "names_ending", "loaded",
            "digests"} <= set(q)
    lookup = q["find"].split("RETURN")[0]
    assert q["who_supports"].startswith(lookup) and q["show"].startswith(lookup)
    assert all("$" in q[name] for name in ("find", "who_supports", "located_in", "show"))
    assert q["candidates"].startswith("MATCH (:Name {name: $name})-[:NAMES]->(n)")


def test_stats_counts_every_label_and_type_of_the_model():
    stats = queries()["stats"]
    for label in NODE_LABELS:
        assert f"MATCH (n:{label}) RETURN 'node' AS kind, '{label}' AS name" in stats, label
    for t in FACT_TYPES + (MENTIONED_IN,):
        assert f"MATCH ()-[e:{t}]->() RETURN 'relationship' AS kind, '{t}' AS name" in stats, t


def test_schema_is_idempotent_and_covers_every_label():
    statements = schema()
    assert all("IF NOT EXISTS" in s for s in statements)
    for label in ("Person", "Organization", "Place", "GridSystem", "Article"):
        assert any(f"(n:{label}) REQUIRE n.id IS UNIQUE" in s for s in statements), label
