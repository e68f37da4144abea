"""The Neo4j store: the same graph and answers as the local store, on a Bolt server.

Layout in the database (shared/graph-model.md, plus bookkeeping):

- Entity nodes ``(:Person|Organization|Place|GridSystem {id, name, aliases, ...})``;
  a Place also carries its level as a label (``:Village``, ``:Township`` ...).
  Relationships carry their provenance (``key``, ``article``, ``evidence``,
  ``source`` = file, ``offset``, ``inferred``) and the fact's own properties
  (``mode``, ``title``, ``count``, ``levels``) side by side.
- ``(:Article {id, title, byline, source, start, end})`` and
  ``(entity)-[:MENTIONED_IN {source}]->(article)``.
- Bookkeeping that the queries never count or return: one
  ``(:Document {id: path, name, digest, entities: [ids it touched]})`` per loaded
  file (``id`` the resolved absolute path, ``name`` the short name that ``source``
  holds),
  and on entity nodes ``docs`` (the files that declare the entity) with
  ``alias_docs``/``alias_names`` (which file gave which alias, side by side).
  With them a reload removes exactly what the file gave: an entity no file
  declares disappears, and an alias only the old version gave is dropped, as
  in the local store. Scalar properties (``level``, ``kind`` ...) are last
  writer wins and stay when the file that set them is reloaded without them.

``write`` replaces one file's contribution in one transaction and sets the
file's digest last, so a crash before commit leaves the previous state and a
re-run converges. The read queries live in cypher/queries.cypher and the
schema in cypher/schema.cypher.

Where ArcadeDB's Bolt server (the test server) and Neo4j differ, the store
uses Cypher both accept; what is left is in ``Dialect`` and ``_WRITE_CLAUSE``.
"""
from __future__ import annotations

import os
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired

from ..answers import (Candidate, EmptyStore, EntityFacts, Evidence, KgError, NotFound, Relation, Secretary, Stats, Step,
                       StoreUnavailable, Supporter, WhoSupports, suggest)
from ..model import ARTICLE, FACT_TYPES, MENTIONED_IN, NODE_LABELS, PLACE, PLACE_LEVELS, DocGraph, Document
from . import Neo4jConfig

ENTITY_LABELS = tuple(label for label in NODE_LABELS if label != ARTICLE)
PROVENANCE = ("key", "article", "evidence", "source", "offset", "inferred")
BOOKKEEPING = ("docs", "alias_docs", "alias_names")
ENTITY_PROPS = ("id", "name", "aliases", "level", "kind", "count", "levels")
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

# The Bolt server is asked for a read-only transaction unless --write, but
# ArcadeDB runs writes in one anyway; so the store refuses queries with a
# write clause itself (Neo4j would refuse them too, with its own message).
# Procedures that write (CALL apoc.create...) are left to the server.
_WRITE_CLAUSE = re.compile(r"(?<![\w.$:])(CREATE|MERGE|DELETE|SET|REMOVE|DROP)(?!\w)(?!\s*:)", re.I)
_NOT_CLAUSES = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


def writes(query: str) -> bool:
    """Whether `query` has a write clause (strings, names in backticks and comments aside)."""
    return bool(_WRITE_CLAUSE.search(_NOT_CLAUSES.sub(" ", query)))


@dataclass(frozen=True)
class Dialect:
    """What a Bolt server needs done its own way, found from its agent string.

    ArcadeDB (the test suite's server) stores a node's labels as its type, and a
    second label change of one node in one transaction trips its unique index
    ("Duplicated key"); so when a place changes level, the old level label goes
    in a transaction of its own, right after the data's. Neo4j does all in one.
    """
    one_relabel_per_transaction: bool = False

    @classmethod
    def of(cls, agent: str) -> Dialect:
        return cls(one_relabel_per_transaction="arcadedb" in agent.lower())


# ------------------------------------------------------------ the Cypher files

def cypher_dir() -> Path:
    """cypher/ beside the package in a checkout or editable install; in an installed
    wheel, share/kg/cypher under the environment (pyproject's data-files); or
    wherever KG_CYPHER_DIR says."""
    candidates = [os.environ.get("KG_CYPHER_DIR"), Path(__file__).resolve().parents[2] / "cypher",
                  Path(sys.prefix) / "share" / "kg" / "cypher"]
    for c in candidates:
        if c and (Path(c) / "queries.cypher").is_file():
            return Path(c)
    raise KgError("cannot find the Cypher files (queries.cypher): set KG_CYPHER_DIR to the kg cypher/ folder")


def _code(lines: Iterable[str]) -> str:
    """The statement without comment lines or a trailing ';' (Browser separates with it)."""
    text = "\n".join(line for line in lines if not line.lstrip().startswith("//")).strip()
    return text.rstrip(";").strip()


@cache
def queries() -> dict[str, str]:
    """Named queries of queries.cypher: a `// name: x` line starts query x."""
    named: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in (cypher_dir() / "queries.cypher").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*//\s*name:\s*(\w+)\s*$", line)
        if m:
            current = named.setdefault(m.group(1), [])
        elif current is not None:
            current.append(line)
    return {name: _code(lines) for name, lines in named.items()}


@cache
def schema() -> tuple[str, ...]:
    text = (cypher_dir() / "schema.cypher").read_text(encoding="utf-8")
    code = _code(text.splitlines())
    return tuple(s.strip() for s in code.split(";") if s.strip())


# ------------------------------------------------------------ write statements
# Labels and types cannot be parameters: each statement is built from the
# whitelists of graph.model and cached, and every value goes in as a parameter.

def _label(label: str) -> str:
    if label not in NODE_LABELS:
        raise ValueError(f"not a node label of the graph model: {label!r}")
    return label


@cache
def _merge_entities(label: str) -> str:
    return f"""
        UNWIND $rows AS r
        MERGE (n:{_label(label)} {{id: r.id}})
        SET n += r.props
        SET n.docs = [d IN coalesce(n.docs, []) WHERE d <> $doc] + $doc,
            n.alias_docs = coalesce(n.alias_docs, []) + [a IN r.aliases | $doc],
            n.alias_names = coalesce(n.alias_names, []) + r.aliases
        SET n.aliases = reduce(acc = [], a IN n.alias_names |
                               CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END)"""


# Level labels. Patterns name one label and test the level with WHERE, since
# ArcadeDB only uses the id index for a single-label pattern; and a new place
# is created with its level label, since ArcadeDB cannot relabel a node in the
# transaction that created it. Both forms are plain Cypher to Neo4j.

def _level(level: str | None) -> str:
    if level not in PLACE_LEVELS:
        raise ValueError(f"not a place level of the graph model: {level!r}")
    return level


@cache
def _add_level(level: str) -> str:
    return f"""
        UNWIND $rows AS r
        MATCH (n:{PLACE} {{id: r.id}})
        WHERE NOT n:{_level(level)}
        SET n:{level}"""


@cache
def _create_places(level: str) -> str:
    return f"""
        UNWIND $rows AS r
        OPTIONAL MATCH (x:{PLACE} {{id: r.id}})
        WITH r WHERE x IS NULL
        CREATE (:{PLACE}:{_level(level)} {{id: r.id}})"""


@cache
def _drop_other_levels(level: str) -> str:
    others = [x for x in PLACE_LEVELS if x != _level(level)]
    return f"""
        UNWIND $rows AS r
        MATCH (n:{PLACE} {{id: r.id}})
        WHERE n:{level} AND ({' OR '.join(f'n:{x}' for x in others)})
        REMOVE n:{':'.join(others)}"""


@cache
def _create_facts(type_: str, head: str, tail: str) -> str:
    """CREATE, not MERGE: the file's old relationships are gone by now (keys name the
    file, so no other file has them) and the rows are unique by key, so a MERGE
    would only ever create, after a look through the relationships of both ends,
    which for a much-cited unit is long (and ArcadeDB reads them all)."""
    return f"""
        UNWIND $rows AS r
        MATCH (a:{_label(head)} {{id: r.head}})
        MATCH (b:{_label(tail)} {{id: r.tail}})
        CREATE (a)-[e:{_type(type_)}]->(b)
        SET e = r.props"""


def _type(type_: str) -> str:
    if type_ not in FACT_TYPES:
        raise ValueError(f"not a relationship type of the graph model: {type_!r}")
    return type_


_MERGE_ARTICLES = f"""
    UNWIND $rows AS r
    MERGE (a:{ARTICLE} {{id: r.id}})
    SET a = r.props"""


@cache
def _create_mentions(label: str) -> str:
    """CREATE for the reason of _create_facts: the file's articles were just made."""
    return f"""
        UNWIND $rows AS r
        MATCH (n:{_label(label)} {{id: r.id}})
        MATCH (a:{ARTICLE} {{id: r.article}})
        CREATE (n)-[e:{MENTIONED_IN}]->(a)
        SET e = r.props"""


_OLD_ENTITIES = "MATCH (d:Document {id: $doc}) RETURN d.entities AS entities"


@cache
def _delete_facts(label: str) -> str:
    """Every fact a file wrote starts at an entity the file touched; its mentions
    go with its articles (_DELETE_ARTICLES)."""
    return f"""
        UNWIND $rows AS entity
        MATCH (n:{_label(label)} {{id: entity}})-[e:{'|'.join(FACT_TYPES)}]->()
        WHERE e.source = $doc
        DELETE e"""


_DELETE_ARTICLES = f"MATCH (a:{ARTICLE} {{source: $doc}}) DETACH DELETE a"


@cache
def _release(label: str) -> str:
    """The file no longer declares these entities nor gives them aliases."""
    return f"""
        UNWIND $rows AS entity
        MATCH (n:{_label(label)} {{id: entity}})
        WITH n, [i IN range(0, size(coalesce(n.alias_docs, [])) - 1) WHERE n.alias_docs[i] <> $doc] AS keep
        SET n.docs = [d IN coalesce(n.docs, []) WHERE d <> $doc],
            n.alias_names = [i IN keep | n.alias_names[i]],
            n.alias_docs = [i IN keep | n.alias_docs[i]]"""


@cache
def _prune_nodes(label: str) -> str:
    """Aliases from what is left; entities no file declares any more are gone."""
    return f"""
        UNWIND $rows AS entity
        MATCH (n:{_label(label)} {{id: entity}})
        SET n.aliases = reduce(acc = [], a IN coalesce(n.alias_names, []) |
                               CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END)
        WITH n WHERE size(n.docs) = 0
        DETACH DELETE n"""


_SET_DOCUMENT = """
    MERGE (d:Document {id: $doc})
    SET d.digest = $digest, d.entities = $entities, d.name = $name"""

# forget: the document's short name (its rows' `source`) and the ids it touched, then the node
_DOCUMENT = "MATCH (d:Document {id: $doc}) RETURN coalesce(d.name, d.id) AS name, d.entities AS entities"
_DELETE_DOCUMENT = "MATCH (d:Document {id: $doc}) DELETE d"


# ------------------------------------------------------------ rows of one DocGraph

Batch = tuple[str, list]      # a statement and the rows for its $rows


def _label_of(entity_id: str) -> str | None:
    """Ids are "<Label>:<name>", so the id says which label's index to use."""
    label = entity_id.split(":", 1)[0]
    return label if label in ENTITY_LABELS else None


def _by_label(ids: Iterable[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        if (label := _label_of(i)) is not None:
            groups[label].append(i)
    return groups


def touched(graph: DocGraph) -> list[str]:
    """Every entity id the file declares or links, kept on its Document node."""
    ids = {e.id for e in graph.entities}
    ids |= {i for f in graph.facts for i in (f.head_id, f.tail_id)}
    ids |= {i for mentioned in graph.mentions.values() for i in mentioned}
    return sorted(ids)


def _entities(graph: DocGraph) -> dict[str, tuple[str, dict, set[str]]]:
    """id -> (label, properties, aliases); an entity listed twice is merged as the
    local store merges it (later properties win, aliases add up)."""
    merged: dict[str, tuple[str, dict, set[str]]] = {}
    for e in graph.entities:
        props = e.props()
        aliases = set(props.pop("aliases"))
        if e.id in merged:
            merged[e.id][1].update(props)
            merged[e.id][2].update(aliases)
        else:
            merged[e.id] = (e.label, props, aliases)
    return merged


def _place_level(label: str, props: dict) -> str | None:
    return props.get("level") if label == PLACE and props.get("level") in PLACE_LEVELS else None


def _entity_batches(graph: DocGraph) -> list[Batch]:
    rows: dict[str, list[dict]] = defaultdict(list)
    levels: dict[str, list[dict]] = defaultdict(list)
    for id_, (label, props, aliases) in _entities(graph).items():
        rows[label].append({"id": id_, "props": props, "aliases": sorted(aliases)})
        if level := _place_level(label, props):
            levels[level].append({"id": id_})
    return ([(_add_level(level), r) for level, r in levels.items()]
            + [(_create_places(level), r) for level, r in levels.items()]
            + [(_merge_entities(label), r) for label, r in rows.items()])


def _stale_level_batches(graph: DocGraph) -> list[Batch]:
    """Places whose level changed still carry the old level label until these run."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for id_, (label, props, _) in _entities(graph).items():
        if level := _place_level(label, props):
            groups[level].append({"id": id_})
    return [(_drop_other_levels(level), rows) for level, rows in groups.items()]


def _fact_batches(graph: DocGraph) -> list[Batch]:
    """One row per key, the last fact of a key winning, as in the local store."""
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for f in {f.key: f for f in graph.facts}.values():
        clash = set(dict(f.props)) & set(PROVENANCE)
        if clash:
            raise ValueError(f"fact property {sorted(clash)} would overwrite provenance: {f.key}")
        props = {"key": f.key, "article": f.article, "evidence": f.evidence, "source": f.doc,
                 "offset": f.offset, "inferred": f.inferred, **dict(f.props)}
        groups[(f.type, f.head_label, f.tail_label)].append(
            {"head": f.head_id, "tail": f.tail_id, "key": f.key, "props": props})
    return [(_create_facts(*k), rows) for k, rows in groups.items()]


def _article_batches(graph: DocGraph) -> list[Batch]:
    rows = [{"id": a.id, "props": {"id": a.id, "name": a.title or a.id, "title": a.title, "byline": a.byline,
                                   "source": a.doc, "start": a.start, "end": a.end}} for a in graph.articles]
    mentions: dict[str, dict[str, dict]] = defaultdict(dict)
    for article, ids in graph.mentions.items():
        for i in ids:
            key = f"{MENTIONED_IN}|{i}|{article}"
            props = {"key": key, "article": article, "evidence": "", "source": graph.doc,
                     "offset": 0, "inferred": False}
            if (label := _label_of(i)) is not None:
                mentions[label][key] = {"id": i, "article": article, "props": props}
    return [(_MERGE_ARTICLES, rows)] + [(_create_mentions(label), list(r.values())) for label, r in mentions.items()]


# ------------------------------------------------------------ the store

class Neo4jStore:
    def __init__(self, config: Neo4jConfig, **driver_options: Any):
        """Connects and checks the server, the credentials and the database now, so a
        wrong setting fails before any work. `driver_options` go to the neo4j driver."""
        self.config = config
        self.where = _without_userinfo(config.uri)
        self._schema_ready = False
        self._driver, self._dialect = self._connect(driver_options)

    def __repr__(self) -> str:
        return f"Neo4jStore({self.where!r})"

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._driver.close()

    # ------------------------------------------------------------ connection

    def _connect(self, options: dict[str, Any]) -> tuple[neo4j.Driver, Dialect]:
        if urlsplit(self.config.uri).scheme not in BOLT_SCHEMES:
            raise StoreUnavailable(f"cannot reach Neo4j at {self.where}: not a bolt:// or neo4j:// URI")
        try:
            driver = neo4j.GraphDatabase.driver(self.config.uri, auth=(self.config.user, self.config.password),
                                                **{"connection_timeout": 10, **options})
        except (DriverError, ValueError) as e:
            raise StoreUnavailable(f"cannot reach Neo4j at {self.where}: {self._one_line(e)}") from None
        try:
            with self._errors(connecting=True):
                driver.verify_connectivity()
                with driver.session(database=self.config.database) as session:
                    session.run("RETURN 1").consume()     # the database exists
                return driver, Dialect.of(driver.get_server_info().agent)
        except BaseException:
            driver.close()
            raise

    @contextmanager
    def _errors(self, connecting: bool = False) -> Iterator[None]:
        """Server and connection errors as one-line KgErrors that never carry the
        password; a refusal while connecting (say, no such database) is as fatal
        as no server. Other driver errors are bugs here and keep their traceback."""
        try:
            yield
        except AuthError:
            raise StoreUnavailable(f"authentication failed for user {self.config.user} at {self.where}") from None
        except (ServiceUnavailable, SessionExpired) as e:
            raise StoreUnavailable(f"cannot reach Neo4j at {self.where}: {self._one_line(e)}") from None
        except Neo4jError as e:
            kind = StoreUnavailable if connecting else KgError
            code = f"{e.code}: " if e.code else ""
            raise kind(f"Neo4j at {self.where} refused: {code}{self._one_line(e)}") from None

    def _one_line(self, e: BaseException) -> str:
        text = getattr(e, "message", None) or str(e) or type(e).__name__
        reason = re.findall(r"\(reason (.+?)\)\s*$", text, re.M)    # the driver's per-address line
        text = " ".join((reason[-1] if reason else text).split())
        return text.replace(self.config.password, "***") if self.config.password else text

    def _session(self) -> neo4j.Session:
        return self._driver.session(database=self.config.database)

    def _query(self, query: str, /, **params: Any) -> list[dict]:
        """Rows of the named query of queries.cypher."""
        with self._errors(), self._session() as s:
            return s.execute_read(lambda tx: [r.data() for r in tx.run(queries()[query], params)])

    # ------------------------------------------------------------ writing

    def ensure_schema(self) -> None:
        """Constraints and indexes; schema changes run outside the write transactions."""
        if self._schema_ready:
            return
        with self._errors(), self._session() as s:
            for statement in schema():
                s.run(statement).consume()
        self._schema_ready = True

    def digests(self) -> dict[str, str]:
        return {r["doc"]: r["digest"] for r in self._query("digests")}

    def documents(self) -> list[Document]:
        return [Document(r["path"], r["name"], r["digest"]) for r in self._query("documents")]

    def write(self, graph: DocGraph) -> None:
        self.ensure_schema()
        batches = _entity_batches(graph) + _article_batches(graph) + _fact_batches(graph)
        stale = _stale_level_batches(graph)
        with self._errors(), self._session() as s:
            if self._dialect.one_relabel_per_transaction:
                s.execute_write(self._replace, graph, batches)
                s.execute_write(self._batches, stale, graph.doc)
            else:
                s.execute_write(self._replace, graph, batches + stale)

    def _replace(self, tx: neo4j.ManagedTransaction, graph: DocGraph, batches: list[Batch]) -> None:
        """One file's old contribution out, the new one in, the digest last."""
        record = tx.run(_OLD_ENTITIES, doc=graph.path).single()
        old = _by_label((record["entities"] if record else None) or [])
        self._forget(tx, graph.doc, old)
        self._batches(tx, batches, graph.doc)
        self._prune(tx, graph.doc, old)
        tx.run(_SET_DOCUMENT, doc=graph.path, name=graph.doc, digest=graph.digest,
               entities=touched(graph)).consume()

    def _batches(self, tx: neo4j.ManagedTransaction, batches: list[Batch], doc: str) -> None:
        for statement, rows in batches:
            self._batch(tx, statement, rows, doc=doc)

    def _forget(self, tx: neo4j.ManagedTransaction, doc: str, old: dict[str, list[str]]) -> None:
        tx.run(_DELETE_ARTICLES, doc=doc).consume()
        for label, ids in old.items():
            self._batch(tx, _delete_facts(label), ids, doc=doc)
        for label, ids in old.items():
            self._batch(tx, _release(label), ids, doc=doc)

    def _prune(self, tx: neo4j.ManagedTransaction, doc: str, old: dict[str, list[str]]) -> None:
        for label, ids in old.items():
            self._batch(tx, _prune_nodes(label), ids, doc=doc)

    def _batch(self, tx: neo4j.ManagedTransaction, statement: str, rows: list, **params: Any) -> None:
        size = max(1, self.config.batch_size)
        for i in range(0, len(rows), size):
            tx.run(statement, rows=rows[i:i + size], **params).consume()

    # ------------------------------------------------------------ queries

    def _missing(self, name: str) -> KgError:
        if not self.stats().nodes:
            return EmptyStore(self.where)
        known = sorted({r["name"] for r in self._query("all_names") if r["name"] is not None})
        return NotFound(name, suggest(name, known))

    def _one(self, query: str, name: str) -> dict:
        rows = self._query(query, name=name)
        if not rows:
            raise self._missing(name)
        return rows[0]

    def write_many(self, graphs: Iterable[DocGraph]) -> None:
        for graph in graphs:
            self.write(graph)

    def forget(self, docs: Iterable[str]) -> None:
        """Each document's contribution out, as a reload takes it out, and its
        Document node; one transaction per document."""
        with self._errors(), self._session() as s:
            for path in docs:
                s.execute_write(self._forget_document, path)

    def _forget_document(self, tx: neo4j.ManagedTransaction, path: str) -> None:
        record = tx.run(_DOCUMENT, doc=path).single()
        if record is None:
            return
        old = _by_label(record["entities"] or [])
        self._forget(tx, record["name"], old)
        self._prune(tx, record["name"], old)
        tx.run(_DELETE_DOCUMENT, doc=path).consume()

    def candidates(self, name: str) -> list[Candidate]:
        rows = self._query("candidates", name=name)
        found = [Candidate(r["id"], r["name"], r["label"], r["level"], r["code"], tuple(r["parents"] or ()),
                           r["name"] == name) for r in rows]
        return sorted(found, key=lambda c: (not c.exact, c.label != PLACE, c.id))

    def find(self, name: str) -> str:
        """The id of the entity `name` stands for."""
        return self._one("find", name)["id"]

    def who_supports(self, name: str) -> WhoSupports:
        r = self._one("who_supports", name)
        answer = WhoSupports(r["name"], r["level"])
        answer.supporters = sorted((Supporter(s["unit"], s["mode"] or "", _evidence(s)) for s in r["supporters"]),
                                   key=lambda s: (s.unit, s.mode, s.evidence.doc, s.evidence.offset))
        answer.secretaries = sorted((Secretary(s["person"], tuple(sorted(set(s["units"]))), _evidence(s))
                                     for s in r["secretaries"]),
                                    key=lambda s: (s.person, s.evidence.doc, s.evidence.offset))
        answer.located_in = self._chain(r["id"], r["located_in"])
        return answer

    def _chain(self, start: str, ups: list[dict]) -> list[Step]:
        """LocalStore._chain: the lowest (inferred, name) place not yet on the chain."""
        steps, seen = [], {start}
        while ups := [u for u in ups if u["id"] not in seen]:
            up = min(ups, key=_step_order)
            seen.add(up["id"])
            steps.append(Step(up["place"], up["level"], _evidence(up)))
            ups = self._query("located_in", id=up["id"])
        return steps

    def show(self, name: str) -> EntityFacts:
        r = self._one("show", name)
        stored = r["properties"]
        props = {k: stored[k] for k in ENTITY_PROPS if stored.get(k) is not None}
        props.update({k: v for k, v in sorted(stored.items())
                      if k not in props and k not in BOOKKEEPING and v is not None})
        props["aliases"] = sorted(set(stored.get("aliases") or []) - {r["name"]})
        facts = EntityFacts(r["name"], _primary(r["labels"]), props, articles=sorted(r["articles"]))
        facts.relations = sorted((_relation(x) for x in r["outgoing"] + r["incoming"]),
                                 key=lambda x: (x.type, x.direction, x.other, x.evidence.doc, x.evidence.offset))
        return facts

    def stats(self) -> Stats:
        counts: dict[str, dict[str, int]] = defaultdict(dict)
        for r in self._query("stats"):
            if r["count"]:
                counts[r["kind"]][r["name"]] = r["count"]
        return Stats(dict(sorted(counts["node"].items())), dict(sorted(counts["relationship"].items())),
                     counts["documents"].get("Document", 0))

    # ------------------------------------------------------------ any query

    def run(self, query: str, params: dict | None = None, write: bool = False) -> list[dict]:
        """Rows of any Cypher query as plain dicts, in a read-only transaction unless `write`."""
        if not write and writes(query):
            raise KgError("the query writes (CREATE, MERGE, SET, DELETE, REMOVE or DROP): add --write to run it")
        with self._errors(), self._session() as s:
            work = s.execute_write if write else s.execute_read
            return work(lambda tx: [{k: plain(v) for k, v in r.items()} for r in tx.run(query, params or {})])


# ------------------------------------------------------------ shaping rows

def _evidence(row: dict) -> Evidence:
    return Evidence(row["doc"], row["offset"], row["sentence"], bool(row["inferred"]))


def _step_order(row: dict) -> tuple:
    """Ties on (inferred, name) go as in the local store: to the lowest id, then to
    the evidence of the document first in name order."""
    return (bool(row["inferred"]), row["place"], row["id"], row["doc"])


def _primary(labels: list[str]) -> str:
    """The model label of a node; a Place's level label is an extra one."""
    return next((label for label in labels if label in NODE_LABELS), labels[0] if labels else "")


def _relation(row: dict) -> Relation:
    p = row["properties"]
    ev = Evidence(p.get("source"), p.get("offset"), p.get("evidence"), bool(p.get("inferred")))
    own = tuple(sorted((k, v) for k, v in p.items() if k not in PROVENANCE))
    return Relation(row["type"], row["direction"], row["other"], _primary(row["other_labels"]), own, ev)


def plain(value: Any) -> Any:
    """Nodes and relationships as their property dicts, paths as lists of them."""
    if isinstance(value, (neo4j.graph.Node, neo4j.graph.Relationship)):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, neo4j.graph.Path):
        items: list = [value.start_node]
        for rel in value.relationships:
            items += [rel, rel.end_node]
        return [plain(x) for x in items]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def _without_userinfo(uri: str) -> str:
    """The URI to show: never a user:password@ that someone put in it."""
    parts = urlsplit(uri)
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
