"""How close is kg's Neo4j writer to the server's own speed?

    python bench/bench_neo4j_load.py [--n 100000] [--naive-n 2000] [--doc-facts 20]

Generates N synthetic facts about a made-up league of banners, townships and
villages (realistic names, fact types, provenance and entity reuse), in files
of --doc-facts facts (a real page has about 20), then writes them three ways
on a freshly emptied database, one after the other in the same run, and
prints facts/s for each and the ratios:

- kg: Neo4jStore.write_many, what `kg load` does: several files per
  transaction, one UNWIND statement per kind of row (--batch-size rows),
  with the bookkeeping that makes reloads replace a file's facts;
- ceiling: the same numbers of nodes and relationships (entities, articles,
  files, the name index) written bare: `UNWIND $rows MERGE (n:L {id: r.id})`
  on the indexed keys and `MATCH ... MATCH ... CREATE` for relationships, in
  batches of 10,000 rows, no bookkeeping at all: what the server can do;
- naive: one auto-commit query per node, fact and mention, on the first
  --naive-n facts (it is slow; the rate is what is compared).

The server is a throwaway ArcadeDB (tests/bolt_server.py, from the
arcadedb-embedded wheel) unless NEO4J_URI is set; the database is emptied
before each run, so against NEO4J_URI the script insists on --wipe.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))      # bolt_server.py lives with the tests

import neo4j  # noqa: E402

from graph.model import PLACE_LEVELS, Article, DocGraph, Entity, Fact  # noqa: E402
from graph.store import Neo4jConfig  # noqa: E402
from graph.store.neo4j import Neo4jStore  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤樊奇"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞斌宇浩凯健俊帆帅旭宁龙林欣晶亮黎培云君桩晓俊海波"
SYLLABLES = ["巴音", "乌兰", "哈日", "达拉", "白柜", "黄母", "长胜", "中和", "树林", "恩格", "展旦", "吉格",
             "王爱", "新民", "和平", "红旗", "建设", "前进", "胜利", "团结", "沙圪", "敖包", "塔拉", "呼和",
             "宝日", "德胜", "西柳", "官井", "吉日", "盐店", "耳字", "杭锦", "万合", "昭君", "风水", "青达"]
SUFFIX = {"City": ["市", "盟"], "County": ["旗", "县"], "Township": ["镇", "苏木", "街道"],
          "Village": ["村", "嘎查", "社区"], "Group": ["社", "组"]}
UNITS = [("水务局", "government"), ("财政局", "government"), ("教育局", "government"), ("农牧局", "government"),
         ("交通运输局", "government"), ("自然资源局", "government"), ("卫生健康委员会", "government"),
         ("纪委监委", "party"), ("委组织部", "party"), ("人民医院", "institution"), ("第一中学", "institution"),
         ("农商银行", "enterprise"), ("供电分公司", "enterprise"), ("邮政分公司", "enterprise"),
         ("供销社", "government"), ("总工会", "social"), ("工商联", "social")]
MODES = ["包联", "帮扶", "结对", "牵头包联", "驻村", "文明结对", "共建"]
TITLES = ["书记", "党支部书记", "村委会主任", "副主任", "工作队队长", "副局长", "局长", "党委书记", "人大主席"]


@dataclass
class World:
    """The places, units and people the synthetic news writes about."""
    rng: random.Random
    places: dict[str, list[Entity]] = field(default_factory=dict)     # level -> places
    parent: dict[str, Entity] = field(default_factory=dict)           # place id -> the place it lies in
    units: list[Entity] = field(default_factory=list)
    people: list[Entity] = field(default_factory=list)

    def name(self, level: str) -> str:
        return "".join(self.rng.sample(SYLLABLES, self.rng.choice((1, 2)))) + self.rng.choice(SUFFIX[level])


def world(seed: int, counties: int = 12, townships: int = 10, villages: int = 14, people: int = 8000) -> World:
    w = World(random.Random(seed))
    league = Entity("Place:鄂尔多斯市", "Place", "鄂尔多斯市", {"鄂尔多斯市", "鄂市"}, level="City")
    w.places = {level: [] for level in PLACE_LEVELS}
    w.places["City"].append(league)
    seen = {league.name}

    def place(level: str, parent: Entity) -> Entity:
        name = w.name(level)
        while name in seen:
            name = w.name(level)
        seen.add(name)
        short = name[:-1] if len(name) > 2 else name
        p = Entity(f"Place:{name}", "Place", name, {name, short}, level=level)
        w.places[level].append(p)
        w.parent[p.id] = parent
        return p

    for _ in range(counties):
        county = place("County", league)
        for unit, kind in UNITS:
            name = county.name + unit
            w.units.append(Entity(f"Organization:{name}", "Organization", name, {name, unit, "旗" + unit}, kind=kind))
        for _ in range(townships):
            township = place("Township", county)
            for _ in range(villages):
                place("Village", township)
    names = {w.rng.choice(SURNAMES) + "".join(w.rng.choices(GIVEN, k=w.rng.choice((1, 2)))) for _ in range(people)}
    w.people = [Entity(f"Person:{n}", "Person", n, {n}) for n in sorted(names)]
    return w


def fact(w: World, doc: str, article: str, offset: int) -> tuple[Fact, list[Entity]]:
    """One fact as an article would state it, with the entities it involves."""
    rng = w.rng
    village = rng.choice(w.places["Village"])
    kind = rng.choices(["SUPPORTS", "FIRST_SECRETARY_OF", "WORKS_FOR", "HOLDS_POSITION", "LOCATED_IN",
                        "DIVIDED_INTO"], weights=[20, 8, 12, 25, 30, 5])[0]
    person, unit = rng.choice(w.people), rng.choice(w.units)
    props: tuple = ()
    inferred = False
    if kind == "SUPPORTS":
        mode = rng.choice(MODES)
        head, tail, props = unit, village, (("mode", mode),)
        sentence = f"{unit.name}{mode}{village.name},为群众办实事。"
    elif kind == "FIRST_SECRETARY_OF":
        head, tail = person, village
        sentence = f"{unit.name}驻{village.name}第一书记{person.name}介绍了村里的情况。"
    elif kind == "WORKS_FOR":
        head, tail = person, unit
        sentence = f"{unit.name}干部{person.name}深入农户走访。"
    elif kind == "HOLDS_POSITION":
        title = rng.choice(TITLES)
        head, tail, props = person, rng.choice([unit, village]), (("title", title),)
        sentence = f"{tail.name}{title}{person.name}说。"
    elif kind == "LOCATED_IN":
        head = rng.choice(w.places["Village"] + w.places["Township"])
        tail = w.parent[head.id]
        inferred = rng.random() < 0.3
        sentence = f"{tail.name}{head.name}"
    else:
        head = village
        count = rng.randint(5, 150)
        tail = Entity(f"GridSystem:{village.name}", "GridSystem", village.name, set(), count=count, levels=3)
        props = (("count", count), ("levels", 3))
        sentence = f"全村划分网格{count}个。"
    f = Fact(kind, head.name, tail.name, head.label, tail.label, props, doc, article, sentence, offset, inferred)
    return f, [head, tail]


def documents(w: World, n: int, per_doc: int) -> Iterator[DocGraph]:
    """n facts as DocGraphs of per_doc facts, an article per five facts (at most ten)."""
    for d in range(0, n, per_doc):
        doc = f"bench/{d // per_doc:06d}.txt"
        articles = [Article(f"{doc}#{i + 1}", doc, f"第{i + 1}篇", "本报记者", i * 1000, i * 1000 + 999, ())
                    for i in range(min(10, max(1, per_doc // 5)))]
        entities: dict[str, Entity] = {}
        facts: dict[str, Fact] = {}
        mentions: dict[str, set[str]] = {a.id: set() for a in articles}
        for i in range(min(per_doc, n - d)):
            article = articles[i * len(articles) // per_doc]
            f, involved = fact(w, doc, article.id, article.start + i)
            facts.setdefault(f.key, f)
            for e in involved:
                entities[e.id] = e
                mentions[article.id].add(e.id)
        yield DocGraph(doc, f"digest-{d}", articles, list(entities.values()), list(facts.values()),
                       {a: sorted(ids) for a, ids in mentions.items()})


# ------------------------------------------------------------ writers

WIPE = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
CEILING_BATCH = 10_000


def batched(store: Neo4jStore, graphs: list[DocGraph]) -> None:
    store.write_many(graphs)


@dataclass
class Bare:
    """The graph kg ends up with, as rows for bare UNWIND statements."""
    nodes: dict[tuple[str, str], dict[str, dict]] = field(default_factory=lambda: defaultdict(dict))
    relationships: dict[tuple[str, str, str, str, str], dict[str, dict]] = field(
        default_factory=lambda: defaultdict(dict))

    def node(self, label: str, key: str, props: dict) -> None:
        self.nodes[(label, key)].setdefault(props[key], {}).update(props)

    def relationship(self, type_: str, head: tuple[str, str, str], tail: tuple[str, str, str], props: dict) -> None:
        (hl, hk, hv), (tl, tk, tv) = head, tail
        self.relationships[(type_, hl, hk, tl, tk)][f"{hv}|{tv}|{props.get('key')}"] = {
            "head": hv, "tail": tv, "props": props}


def bare(graphs: list[DocGraph]) -> Bare:
    b = Bare()
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for g in graphs:
        b.node("Document", "id", {"id": g.doc, "digest": g.digest})
        for e in g.entities:
            b.node(e.label, "id", e.props())
            names[(e.label, e.id)] |= {e.name} | e.aliases
        for a in g.articles:
            b.node("Article", "id", {"id": a.id, "title": a.title, "source": a.doc})
        for f in g.facts:
            props = {"key": f.key, "article": f.article, "evidence": f.evidence, "source": f.doc,
                     "offset": f.offset, "inferred": f.inferred, **dict(f.props)}
            b.relationship(f.type, (f.head_label, "id", f.head_id), (f.tail_label, "id", f.tail_id), props)
        for article, ids in g.mentions.items():
            for i in ids:
                b.relationship("MENTIONED_IN", (i.split(":", 1)[0], "id", i), ("Article", "id", article),
                               {"key": f"MENTIONED_IN|{i}|{article}", "source": g.doc})
    for (label, id_), ns in names.items():
        for name in ns:
            b.node("Name", "name", {"name": name})
            b.relationship("NAMES", ("Name", "name", name), (label, "id", id_), {})
    return b


def ceiling(store: Neo4jStore, graphs: list[DocGraph]) -> None:
    """Bare UNWIND MERGE on the indexed keys, CREATE for relationships, batches of 10k."""
    b = bare(graphs)
    c = store.config
    with neo4j.GraphDatabase.driver(c.uri, auth=(c.user, c.password)) as driver, \
            driver.session(database=c.database) as s:
        for (label, key), rows in b.nodes.items():
            statement = f"UNWIND $rows AS r MERGE (n:{label} {{{key}: r.{key}}}) SET n += r"
            for part in chunks(list(rows.values()), CEILING_BATCH):
                s.run(statement, rows=part).consume()
        for (type_, hl, hk, tl, tk), rows in b.relationships.items():
            statement = (f"UNWIND $rows AS r MATCH (a:{hl} {{{hk}: r.head}}) MATCH (b:{tl} {{{tk}: r.tail}}) "
                         f"CREATE (a)-[e:{type_}]->(b) SET e = r.props")
            for part in chunks(list(rows.values()), CEILING_BATCH):
                s.run(statement, rows=part).consume()


def chunks(rows: list, size: int) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def naive(store: Neo4jStore, graphs: list[DocGraph]) -> None:
    """One auto-commit query per node, fact and mention: the writer to beat."""
    c = store.config
    with neo4j.GraphDatabase.driver(c.uri, auth=(c.user, c.password)) as driver, \
            driver.session(database=c.database) as s:
        for g in graphs:
            for e in g.entities:
                s.run(f"MERGE (n:{e.label} {{id: $id}}) SET n += $props", id=e.id, props=e.props()).consume()
            for a in g.articles:
                s.run("MERGE (a:Article {id: $id}) SET a.title = $title, a.source = $doc",
                      id=a.id, title=a.title, doc=a.doc).consume()
            for f in g.facts:
                props = {"article": f.article, "evidence": f.evidence, "source": f.doc, "offset": f.offset,
                         "inferred": f.inferred, **dict(f.props)}
                s.run(f"MATCH (a:{f.head_label} {{id: $head}}) MATCH (b:{f.tail_label} {{id: $tail}}) "
                      f"MERGE (a)-[e:{f.type} {{key: $key}}]->(b) SET e += $props",
                      head=f.head_id, tail=f.tail_id, key=f.key, props=props).consume()
            for article, ids in g.mentions.items():
                for i in ids:
                    s.run(f"MATCH (n:{i.split(':', 1)[0]} {{id: $id}}) MATCH (a:Article {{id: $article}}) "
                          "MERGE (n)-[e:MENTIONED_IN {key: $key}]->(a) SET e.source = $doc",
                          id=i, article=article, key=f"MENTIONED_IN|{i}|{article}", doc=g.doc).consume()


@dataclass
class Run:
    seconds: float
    facts: int
    nodes: int
    relationships: int

    @property
    def rate(self) -> float:
        return self.facts / self.seconds


def everything(store: Neo4jStore) -> tuple[int, int]:
    """Every node and relationship, the name index and bookkeeping included."""
    return (store.run("MATCH (n) RETURN count(n) AS c")[0]["c"],
            store.run("MATCH ()-[e]->() RETURN count(e) AS c")[0]["c"])


def timed(name: str, store: Neo4jStore, writer, graphs: list[DocGraph]) -> Run:
    store.run(WIPE, write=True)
    facts = sum(len(g.facts) for g in graphs)
    start = time.perf_counter()
    writer(store, graphs)
    run = Run(time.perf_counter() - start, facts, *everything(store))
    print(f"{name:8} {facts:>7} facts in {run.seconds:7.1f} s = {run.rate:8.0f} facts/s "
          f"({run.nodes} nodes, {run.relationships} relationships)", flush=True)
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="facts for kg's writer and the ceiling")
    ap.add_argument("--naive-n", type=int, default=2_000, help="facts for the one-query-per-fact writer")
    ap.add_argument("--doc-facts", type=int, default=20, help="facts per file")
    ap.add_argument("--batch-size", type=int, default=Neo4jConfig.batch_size,
                    help="kg's rows per UNWIND and facts per transaction")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--wipe", action="store_true", help="allow emptying the NEO4J_URI database")
    args = ap.parse_args()

    graphs = list(documents(world(args.seed), args.n, args.doc_facts))
    small = list(documents(world(args.seed), args.naive_n, args.doc_facts))

    env = os.environ     # a script reads its settings; the library takes them as arguments
    config = (Neo4jConfig(env["NEO4J_URI"], env.get("NEO4J_USER", "neo4j"), env.get("NEO4J_PASSWORD", ""),
                          env.get("NEO4J_DATABASE") or None, args.batch_size) if env.get("NEO4J_URI") else None)
    proc = None
    if config is None:
        from bolt_server import start_arcadedb, stop
        tmp = tempfile.TemporaryDirectory(prefix="kg-bench-")
        server, proc = start_arcadedb(Path(tmp.name), heap="2g", quick_start=False)
        config = Neo4jConfig(server.uri, server.user, server.password, server.database, args.batch_size)
        print(f"ArcadeDB at {server.uri} (bundled with arcadedb-embedded)")
    elif not args.wipe:
        sys.exit(f"NEO4J_URI is set: this empties {config.uri}; pass --wipe to go on")
    else:
        print(f"server at {config.uri}")
    try:
        with Neo4jStore(config) as store:
            store.ensure_schema()       # all three write into the same schema
            # each writer once on a little other data first, so none pays the server's warm-up
            warm = list(documents(world(args.seed + 1), 5_000, args.doc_facts))
            for name, writer in (("warm-up", batched), ("warm-up", ceiling), ("warm-up", naive)):
                timed(name, store, writer, warm if writer is not naive else warm[:5])
            kg = timed("kg", store, batched, graphs)
            top = timed("ceiling", store, ceiling, graphs)
            slow = timed("naive", store, naive, small)
            store.run(WIPE, write=True)
        if (kg.nodes, kg.relationships) != (top.nodes, top.relationships):
            print("warning: kg and the ceiling wrote different numbers of nodes or relationships")
        print(f"kg time / ceiling time = {kg.seconds / top.seconds:.2f} (at most 2 is the goal)")
        print(f"kg / naive = {kg.rate / slow.rate:.1f}x")
    finally:
        if proc is not None:
            stop(proc)
            tmp.cleanup()


if __name__ == "__main__":
    main()
