"""The Neo4j store: the same graph and answers as the local store, on a Bolt server.

Layout in the database (shared/graph-model.md, plus lookup and bookkeeping;
docs/neo4j-store.md explains the choices):

- Entity nodes ``(:Person|Organization|Place|GridSystem {id, name, aliases, ...})``;
  a Place also carries its level as a label (``:Village``, ``:Township`` ...).
  Relationships carry their provenance (``key``, ``article``, ``evidence``,
  ``source`` = file, ``offset``, ``inferred``) and the fact's own properties
  (``mode``, ``title``, ``count``, ``levels``) side by side.
- ``(:Article {id, title, byline, source, start, end})`` and
  ``(entity)-[:MENTIONED_IN {source}]->(article)``.
- The name index: one ``(:Name {name, backwards})`` per distinct name or alias
  (unique), with ``(name)-[:NAMES]->(entity)`` to every entity it may stand
  for. A name lookup is one index seek and a short expand, whatever the size
  of the graph; ``backwards`` (the name reversed) makes suffixes prefix seeks.
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

``write_many`` writes documents in groups of about ``batch_size`` facts, one
transaction per group and one UNWIND statement per kind of row: each group's
old contribution is deleted and the new one written in that transaction, the
digests last, so a crash leaves every document old or new and a re-run
converges. The read queries live in cypher/queries.cypher and the schema in
cypher/schema.cypher.

Where ArcadeDB's Bolt server (the test server) and Neo4j differ, the store
uses Cypher both accept; what is left is in ``Dialect``.
"""
from __future__ import annotations

import logging
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
import networkx as nx
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired

from ..answers import (Candidate, EmptyStore, EntityFacts, Evidence, KgError, NotFound, Relation, Secretary, Stats, Step,
                       StoreUnavailable, Supporter, WhoSupports, suggest)
from ..model import (ARTICLE, FACT_TYPES, MENTIONED_IN, NODE_LABELS, PLACE, PLACE_LEVELS, DocGraph, Document,
                     StoredDocument)
from . import Neo4jConfig
from .guard import explained, refusal

ENTITY_LABELS = tuple(label for label in NODE_LABELS if label != ARTICLE)
PROVENANCE = ("key", "article", "evidence", "source", "offset", "inferred", "pattern")
BOOKKEEPING = ("docs", "alias_docs", "alias_names")
ENTITY_PROPS = ("id", "name", "aliases", "level", "kind", "count", "levels", "code", "parents")
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

# The driver logs each server notification as a warning, which Python prints
# on stderr when nobody configured logging; kg shows them itself with -v.
logging.getLogger("neo4j.notifications").addHandler(logging.NullHandler())


@dataclass(frozen=True)
class Dialect:
    """What a Bolt server needs done its own way, found from its agent string.

    ArcadeDB (the test suite's server) stores a node's labels as its type, and a
    second label change of one node in one transaction trips its unique index
    ("Duplicated key"); so when a place changes level, the old level label goes
    in a transaction of its own, right after the data's. Neo4j does all in one.
    Neo4j also refuses writes in a read transaction and says under EXPLAIN what
    a query would do ("r", "rw", "w", "s"); ArcadeDB does neither (its EXPLAIN
    says "w" for everything), so there kg's own guard is all there is.
    """
    one_relabel_per_transaction: bool = False
    explains_query_type: bool = True

    @classmethod
    def of(cls, agent: str) -> Dialect:
        arcadedb = "arcadedb" in agent.lower()
        return cls(one_relabel_per_transaction=arcadedb, explains_query_type=not arcadedb)


# ------------------------------------------------------------ the Cypher files

def cypher_dir(configured: str | None = None) -> Path:
    """`configured` (Neo4jConfig.cypher_dir, the CLI's --cypher-dir / KG_CYPHER_DIR);
    else cypher/ beside the package in a checkout or editable install; else, in an
    installed wheel, share/kg/cypher under the environment (pyproject's data-files)."""
    candidates = [configured, Path(__file__).resolve().parents[2] / "cypher",
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
def queries(folder: str | None = None) -> dict[str, str]:
    """Named queries of queries.cypher: a `// name: x` line starts query x."""
    named: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in (cypher_dir(folder) / "queries.cypher").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*//\s*name:\s*(\w+)\s*$", line)
        if m:
            current = named.setdefault(m.group(1), [])
        elif current is not None:
            current.append(line)
    return {name: _code(lines) for name, lines in named.items()}


@cache
def schema(folder: str | None = None) -> tuple[str, ...]:
    text = (cypher_dir(folder) / "schema.cypher").read_text(encoding="utf-8")
    code = _code(text.splitlines())
    return tuple(s.strip() for s in code.split(";") if s.strip())


# ------------------------------------------------------------ write statements
# Labels and types cannot be parameters: each statement is built from the
# whitelists of graph.model and cached, and every value goes in as a parameter.
# Every statement takes the rows of a whole group of documents ($rows), so a
# group costs the same few round trips however many documents it holds.

def _label(label: str) -> str:
    if label not in NODE_LABELS:
        raise ValueError(f"not a node label of the graph model: {label!r}")
    return label


# The Name nodes of entity n follow its names: `before` is what n was named
# when the statement began (what its NAMES relationships say), `after` what it
# is named now; a Name no entity has any more is deleted. Only changes are
# written, so an entity that a file declares again as it was costs nothing here.
_SYNC_NAMES = """
        WITH n, before, CASE WHEN size(n.docs) = 0 THEN [] ELSE [n.name] + n.aliases END AS after
        CALL {
            WITH n, before, after
            UNWIND [x IN before WHERE NOT x IN after] AS gone
            MATCH (k:Name {name: gone})-[e:NAMES]->(n)
            DELETE e
            WITH k WHERE NOT EXISTS { (k)-[:NAMES]->() }
            DELETE k
        }
        FOREACH (a IN [x IN after WHERE NOT x IN before] |
            MERGE (k:Name {name: a}) ON CREATE SET k.backwards = reverse(a)
            CREATE (k)-[:NAMES]->(n))"""

_NAMES_BEFORE = "[x IN [n.name] + coalesce(n.aliases, []) WHERE x IS NOT NULL] AS before"

_ALIASES = """reduce(acc = [], a IN coalesce(n.alias_names, []) |
                               CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END)"""


def aliases(name: str, alias_names: Iterable[str]) -> list[str]:
    """What _ALIASES makes of an entity's `alias_names`, for writers that do not
    go through Cypher (kg export neo4j-admin)."""
    return list(dict.fromkeys(a for a in alias_names if a != name))


@cache
def _merge_entities(label: str) -> str:
    """A row is one entity with what this group's files say of it."""
    return f"""
        UNWIND $rows AS r
        MERGE (n:{_label(label)} {{id: r.id}})
        WITH n, r, {_NAMES_BEFORE}
        SET n += r.props,
            n.docs = [d IN coalesce(n.docs, []) WHERE NOT d IN r.docs] + r.docs,
            n.alias_docs = coalesce(n.alias_docs, []) + r.alias_docs,
            n.alias_names = coalesce(n.alias_names, []) + r.alias_names
        SET n.aliases = {_ALIASES}""" + _SYNC_NAMES


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
    """CREATE, not MERGE: the files' old relationships are gone by now (keys name the
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
    """CREATE for the reason of _create_facts: the files' articles were just made."""
    return f"""
        UNWIND $rows AS r
        MATCH (n:{_label(label)} {{id: r.id}})
        MATCH (a:{ARTICLE} {{id: r.article}})
        CREATE (n)-[e:{MENTIONED_IN}]->(a)
        SET e = r.props"""


_OLD_ENTITIES = """
    UNWIND $rows AS path
    MATCH (d:Document {id: path})
    RETURN coalesce(d.name, d.id) AS doc, d.entities AS entities"""


@cache
def _delete_facts(label: str) -> str:
    """Every fact a file wrote starts at an entity the file touched (a row: the
    entity and the files being replaced); its mentions go with its articles."""
    return f"""
        UNWIND $rows AS r
        MATCH (n:{_label(label)} {{id: r.id}})-[e:{'|'.join(FACT_TYPES)}]->()
        WHERE e.source IN r.docs
        DELETE e"""


_DELETE_ARTICLES = f"""
    UNWIND $rows AS doc
    MATCH (a:{ARTICLE} {{source: doc}})
    DETACH DELETE a"""


@cache
def _release(label: str) -> str:
    """The files no longer declare these entities nor give them aliases."""
    return f"""
        UNWIND $rows AS r
        MATCH (n:{_label(label)} {{id: r.id}})
        WITH n, r, [i IN range(0, size(coalesce(n.alias_docs, [])) - 1) WHERE NOT n.alias_docs[i] IN r.docs] AS keep
        SET n.docs = [d IN coalesce(n.docs, []) WHERE NOT d IN r.docs],
            n.alias_names = [i IN keep | n.alias_names[i]],
            n.alias_docs = [i IN keep | n.alias_docs[i]]"""


@cache
def _prune_nodes(label: str) -> str:
    """Aliases (and names) from what is left; entities no file declares any more are gone."""
    return f"""
        UNWIND $rows AS entity
        MATCH (n:{_label(label)} {{id: entity}})
        WITH n, {_NAMES_BEFORE}
        SET n.aliases = {_ALIASES}""" + _SYNC_NAMES + """
        WITH n WHERE size(n.docs) = 0
        DETACH DELETE n"""


_SET_DOCUMENTS = """
    UNWIND $rows AS r
    MERGE (d:Document {id: r.path})
    SET d.name = r.doc, d.digest = r.digest, d.entities = r.entities"""
_DELETE_DOCUMENTS = "UNWIND $rows AS path MATCH (d:Document {id: path}) DELETE d"


# ------------------------------------------------------------ rows of a group of DocGraphs

Batch = tuple[str, list]      # a statement and the rows for its $rows


def groups(graphs: Iterable[DocGraph], facts: int) -> Iterator[list[DocGraph]]:
    """Runs of documents with about `facts` facts in all (at least one document),
    each written in one transaction; a file listed twice starts a new run."""
    group: list[DocGraph] = []
    size = 0
    for g in graphs:
        if group and (size + len(g.facts) > facts or any(x.path == g.path for x in group)):
            yield group
            group, size = [], 0
        group.append(g)
        size += len(g.facts)
    if group:
        yield group


def _label_of(entity_id: str) -> str | None:
    """Ids start with "<Label>:", so the id says which label's index to use."""
    label = entity_id.split(":", 1)[0]
    return label if label in ENTITY_LABELS else None


def document_row(d: StoredDocument) -> dict:
    """A file's Document node: its digest and every entity id it declares or links."""
    return {"path": d.path, "doc": d.doc, "digest": d.digest, "entities": list(d.touched)}


def bookkeeping(aliases: dict[str, Iterable[str]]) -> dict[str, list[str]]:
    """What an entity keeps of the files that declare it (file -> the aliases it
    gives, in the order the files were written): the files, and which file gave
    which alias, side by side."""
    pairs = [(doc, a) for doc, names in aliases.items() for a in sorted(names)]
    return {"docs": list(aliases), "alias_docs": [d for d, _ in pairs], "alias_names": [a for _, a in pairs]}


@dataclass
class _Declared:
    """What a group's files say of one entity: later properties win, aliases add up."""
    label: str
    props: dict = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)     # file -> aliases it gives

    def row(self, id_: str) -> dict:
        return {"id": id_, "props": self.props, **bookkeeping(self.aliases)}

    @property
    def level(self) -> str | None:
        level = self.props.get("level")
        return level if self.label == PLACE and level in PLACE_LEVELS else None


def _declared(graphs: list[DocGraph]) -> dict[str, _Declared]:
    merged: dict[str, _Declared] = {}
    for g in graphs:
        for e in g.entities:
            props = e.props()
            aliases = set(props.pop("aliases"))
            d = merged.setdefault(e.id, _Declared(e.label))
            d.props.update(props)
            d.aliases.setdefault(g.doc, set()).update(aliases)
    return merged


def _entity_batches(declared: dict[str, _Declared]) -> list[Batch]:
    rows: dict[str, list[dict]] = defaultdict(list)
    levels: dict[str, list[dict]] = defaultdict(list)
    for id_, d in declared.items():
        rows[d.label].append(d.row(id_))
        if d.level:
            levels[d.level].append({"id": id_})
    return ([(_add_level(level), r) for level, r in levels.items()]
            + [(_create_places(level), r) for level, r in levels.items()]
            + [(_merge_entities(label), r) for label, r in rows.items()])


def _stale_level_batches(declared: dict[str, _Declared]) -> list[Batch]:
    """Places whose level changed still carry the old level label until these run."""
    levels: dict[str, list[dict]] = defaultdict(list)
    for id_, d in declared.items():
        if d.level:
            levels[d.level].append({"id": id_})
    return [(_drop_other_levels(level), rows) for level, rows in levels.items()]


def _fact_batches(graphs: list[DocGraph]) -> list[Batch]:
    """One row per key, the last fact of a key winning, as in the local store."""
    rows: dict[tuple[str, str, str], dict[str, dict]] = defaultdict(dict)
    for f in (f for g in graphs for f in g.facts):
        clash = set(dict(f.props)) & set(PROVENANCE)
        if clash:
            raise ValueError(f"fact property {sorted(clash)} would overwrite provenance: {f.key}")
        props = {"key": f.key, "article": f.article, "evidence": f.evidence, "source": f.doc,
                 "offset": f.offset, "inferred": f.inferred, "pattern": f.pattern, **dict(f.props)}
        rows[(f.type, f.head_label, f.tail_label)][f.key] = {"head": f.head_id, "tail": f.tail_id, "props": props}
    return [(_create_facts(*k), list(r.values())) for k, r in rows.items()]


def _article_batches(graphs: list[DocGraph]) -> list[Batch]:
    articles = [{"id": a.id, "props": {"id": a.id, "name": a.title or a.id, "title": a.title, "byline": a.byline,
                                       "source": a.doc, "start": a.start, "end": a.end}}
                for g in graphs for a in g.articles]
    mentions: dict[str, dict[str, dict]] = defaultdict(dict)
    for g in graphs:
        for article, ids in g.mentions.items():
            for i in ids:
                key = f"{MENTIONED_IN}|{i}|{article}"
                props = {"key": key, "article": article, "evidence": "", "source": g.doc,
                         "offset": 0, "inferred": False, "pattern": ""}
                if (label := _label_of(i)) is not None:
                    mentions[label][key] = {"id": i, "article": article, "props": props}
    return [(_MERGE_ARTICLES, articles)] + [(_create_mentions(label), list(r.values()))
                                            for label, r in mentions.items()]


def _old_rows(records: Iterable[Any]) -> dict[str, list[dict]]:
    """Per label, each entity the files touched before, with those files."""
    docs: dict[str, list[str]] = defaultdict(list)
    for r in records:
        for i in r["entities"] or []:
            docs[i].append(r["doc"])
    rows: dict[str, list[dict]] = defaultdict(list)
    for i, ds in docs.items():
        if (label := _label_of(i)) is not None:
            rows[label].append({"id": i, "docs": ds})
    return rows


# ------------------------------------------------------------ the store

class Neo4jStore:
    def __init__(self, config: Neo4jConfig, notices: bool = False, **driver_options: Any):
        """Connects and checks the server, the credentials and the database now, so a
        wrong setting fails before any work. With `notices`, the server's
        notifications on `run` queries are kept in `self.notices` (else the server
        is asked not to send any). `driver_options` go to the neo4j driver."""
        self.config = config
        self.where = _without_userinfo(config.uri)
        self.notices: list[str] = []
        self._schema_ready = False
        severity = "INFORMATION" if notices else "OFF"
        self._driver, self._dialect = self._connect({"notifications_min_severity": severity, **driver_options})

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
        text = _cause(e).replace(self.config.uri, self.where)       # the driver quotes the URI as given
        reason = re.findall(r"\(reason (.+?)\)\s*$", text, re.M)    # the driver's per-address line
        return mask(" ".join((reason[-1] if reason else text).split()), self.config.password)

    def _session(self, access: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self._driver.session(database=self.config.database, default_access_mode=access)

    def _query(self, query: str, /, **params: Any) -> list[dict]:
        """Rows of the named query of queries.cypher."""
        with self._errors(), self._session(neo4j.READ_ACCESS) as s:
            statement = queries(self.config.cypher_dir)[query]
            return s.execute_read(lambda tx: [r.data() for r in tx.run(statement, params)])

    # ------------------------------------------------------------ writing

    def ensure_schema(self) -> None:
        """Constraints and indexes, once per store; schema changes run outside the
        write transactions."""
        if self._schema_ready:
            return
        with self._errors(), self._session() as s:
            for statement in schema(self.config.cypher_dir):
                s.run(statement).consume()
        self._schema_ready = True

    def digests(self) -> dict[str, str]:
        return {r["doc"]: r["digest"] for r in self._query("digests")}

    def documents(self) -> list[Document]:
        return [Document(r["path"], r["name"], r["digest"]) for r in self._query("documents")]

    def stored_documents(self) -> list[StoredDocument]:
        """Read back from the Document nodes and the entities' bookkeeping."""
        declares: dict[str, dict[str, set[str]]] = defaultdict(dict)     # file -> entity -> aliases
        for r in self._query("declarations"):
            for doc in r["docs"] or []:
                declares[doc].setdefault(r["id"], set())
            for doc, alias in zip(r["alias_docs"] or [], r["alias_names"] or []):
                declares[doc].setdefault(r["id"], set()).add(alias)
        return [StoredDocument(r["path"], r["doc"], r["digest"],
                               {i: frozenset(a) for i, a in declares[r["doc"]].items()},
                               tuple(r["entities"] or ())) for r in self._query("stored_documents")]

    def write(self, graph: DocGraph) -> None:
        self.write_many([graph])

    def write_many(self, graphs: Iterable[DocGraph]) -> None:
        self.ensure_schema()
        for group in groups(graphs, self.config.batch_size):
            self._write_group(group)

    def _write_group(self, group: list[DocGraph]) -> None:
        declared = _declared(group)
        batches = _entity_batches(declared) + _article_batches(group) + _fact_batches(group)
        stale = _stale_level_batches(declared)
        with self._errors(), self._session() as s:
            if self._dialect.one_relabel_per_transaction:
                s.execute_write(self._replace, group, batches)
                s.execute_write(self._batches, stale)
            else:
                s.execute_write(self._replace, group, batches + stale)

    def _replace(self, tx: neo4j.ManagedTransaction, group: list[DocGraph], batches: list[Batch]) -> None:
        """The files' old contribution out, the new one in, the digests last. A file is
        known by its path (the Document's id); what it wrote, by its short name."""
        records = list(tx.run(_OLD_ENTITIES, rows=[g.path for g in group]))
        docs = sorted({r["doc"] for r in records} | {g.doc for g in group})
        old = _old_rows(records)
        self._remove(tx, docs, old)
        self._batches(tx, batches)
        self._prune(tx, old)
        self._batch(tx, _SET_DOCUMENTS, [document_row(StoredDocument.of(g)) for g in group])

    def _batches(self, tx: neo4j.ManagedTransaction, batches: list[Batch]) -> None:
        for statement, rows in batches:
            self._batch(tx, statement, rows)

    def _remove(self, tx: neo4j.ManagedTransaction, docs: list[str], old: dict[str, list[dict]]) -> None:
        """Articles, mentions and facts of `docs`; their entities released (see _prune)."""
        self._batch(tx, _DELETE_ARTICLES, docs)
        for label, rows in old.items():
            self._batch(tx, _delete_facts(label), rows)
        for label, rows in old.items():
            self._batch(tx, _release(label), rows)

    def _prune(self, tx: neo4j.ManagedTransaction, old: dict[str, list[dict]]) -> None:
        for label, rows in old.items():
            self._batch(tx, _prune_nodes(label), [r["id"] for r in rows])

    def _batch(self, tx: neo4j.ManagedTransaction, statement: str, rows: list, **params: Any) -> None:
        size = max(1, self.config.batch_size)
        for i in range(0, len(rows), size):
            tx.run(statement, rows=rows[i:i + size], **params).consume()

    # ------------------------------------------------------------ queries

    def _missing(self, name: str) -> KgError:
        """Empty store, or not found with suggestions from prefix seeks on the names."""
        if not self._query("loaded")[0]["loaded"]:
            return EmptyStore(self.where)
        rows = (self._query("names_starting", start=name) + self._query("names_starting", start=name[:2])
                + self._query("names_ending", end=name[::-1][:2]))
        return NotFound(name, suggest(name, sorted({n for r in rows for n in r["names"]})))

    def _one(self, query: str, name: str, id: str | None = None) -> dict:
        rows = self._query(query, name=name, id=id)
        if not rows:
            raise self._missing(name)
        return rows[0]

    def forget(self, paths: Iterable[str]) -> None:
        """Each document's contribution out, as a reload takes it out, and its
        Document node; one transaction for them all."""
        paths = list(paths)
        if not paths:
            return
        with self._errors(), self._session() as s:
            s.execute_write(self._forget_documents, paths)

    def _forget_documents(self, tx: neo4j.ManagedTransaction, paths: list[str]) -> None:
        records = list(tx.run(_OLD_ENTITIES, rows=paths))
        old = _old_rows(records)
        self._remove(tx, sorted({r["doc"] for r in records}), old)
        self._prune(tx, old)
        self._batch(tx, _DELETE_DOCUMENTS, paths)

    def candidates(self, name: str) -> list[Candidate]:
        rows = self._query("candidates", name=name)
        found = [Candidate(r["id"], r["name"], r["label"], r["level"], r["code"], tuple(r["parents"] or ()),
                           r["name"] == name) for r in rows]
        return sorted(found, key=lambda c: (not c.exact, c.label != PLACE, c.id))

    def find(self, name: str, id: str | None = None) -> str:
        """The id of the entity `name` stands for."""
        return self._one("find", name, id)["id"]

    def who_supports(self, name: str, id: str | None = None) -> WhoSupports:
        r = self._one("who_supports", name, id)
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

    def show(self, name: str, id: str | None = None) -> EntityFacts:
        r = self._one("show", name, id)
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
        """Rows of any Cypher query as plain dicts. Without `write`, only a query
        that reads runs, in a read-only transaction; with it, the query runs
        as an auto-commit transaction (so CALL { ... } IN TRANSACTIONS works)."""
        params = params or {}
        with self._errors():
            if write:
                with self._session() as s:
                    return self._rows(s.run(query, params))
            self._refuse_writes(query, params)
            with self._session(neo4j.READ_ACCESS) as s:
                return s.execute_read(lambda tx: self._rows(tx.run(query, params)))

    def _refuse_writes(self, query: str, params: dict) -> None:
        reason = refusal(query)
        if reason is None and self._dialect.explains_query_type and (plan := explained(query)):
            kind = self._query_type(plan, params)
            if kind not in ("r", None):
                reason = f"the query is not read-only (Neo4j plans it as {kind!r})"
        if reason:
            raise KgError(f"{reason}: add --write to run it")

    def _query_type(self, plan: str, params: dict) -> str | None:
        """What Neo4j says the query does; None where it cannot EXPLAIN it (a syntax
        error, a command without a plan): then the query itself runs in Neo4j's
        read mode, which refuses writes, and its error is the one to show."""
        try:
            with self._session(neo4j.READ_ACCESS) as s:
                return s.run(plan, params).consume().query_type
        except Neo4jError:
            return None

    def _rows(self, result: neo4j.Result) -> list[dict]:
        rows = [{k: plain(v) for k, v in r.items()} for r in result]
        self.notices += [f"{s.gql_status}: {s.status_description}"
                         for s in result.consume().gql_status_objects if s.is_notification]
        return rows


    # ------------------------------------------------------------ the whole graph

    def graph(self) -> nx.MultiDiGraph:
        """The graph as the local store's graph() has it (export, analysis):
        nodes keyed by id with their primary label, edges keyed by fact key."""
        g = nx.MultiDiGraph(documents=self.stats().documents)
        for r in self._query("graph_nodes"):
            props = {k: v for k, v in r["properties"].items() if k not in BOOKKEEPING}
            label = _primary(r["labels"])
            names = set() if label == ARTICLE else set(props.get("aliases") or []) | {props["name"]}
            g.add_node(r["id"], **{**props, "label": label, "aliases": names})
        for r in self._query("graph_relationships"):
            p = r["properties"]
            g.add_edge(r["head"], r["tail"], key=p.get("key"), type=r["type"],
                       props={k: v for k, v in p.items() if k not in PROVENANCE},
                       **{k: p.get(k) for k in PROVENANCE if k != "key"})
        return g


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


# ------------------------------------------------------------ error text

_GENERIC = re.compile(r"unexpected error has occurred|general processing exception", re.I)


def _cause(e: BaseException) -> str:
    """The driver's most specific word on `e`. Driver 6 often puts a generic
    "50N42: Unexpected error has occurred" in `message` and the real cause in
    the text of a configuration error or in the chained GQL errors."""
    texts: list[str] = []
    x: BaseException | None = e
    while x is not None:
        if isinstance(x, Neo4jError):
            texts += [x.message or "", getattr(x, "gql_status_description", None) or ""]
        else:
            texts.append(str(x))
        x = x.__cause__
    return next((t for t in texts if t and not _GENERIC.search(t)), texts[0] or type(e).__name__)


# what may stand on either side of a credential in a message
_EDGE = r"""\s'"`:/@,;=()\[\]{}<>.!?"""


def mask(text: str, password: str) -> str:
    """`text` with the password hidden where it stands as a whole token, so that
    a password "x" does not turn "Unexpected" into "Une***pected"."""
    if not password:
        return text
    return re.sub(rf"(?<![^{_EDGE}]){re.escape(password)}(?![^{_EDGE}])", "***", text)
