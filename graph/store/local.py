"""The embedded store: one SQLite file (WAL) in the store folder, NetworkX on demand.

Tables: documents (path, short name, digest), entities (id, label, name and the
other properties as JSON, so a new optional property needs no new column),
declared (which documents declare an entity), aliases, articles, facts, mentions,
and counts (what `stats` prints, kept up to date by every write). Every row that
a document contributed names that document, so replacing or forgetting it is a
delete by document in the same transaction as the new rows: a crash or a kill at
any moment leaves each document all old or all new. The queries read only rows
about the entity asked for (indexes on names, aliases and entity ids);
`graph()` builds the whole NetworkX graph for analysis and export.

As in the Neo4j store, an entity's properties are last writer wins and stay when
the document that set them is reloaded without them; an alias lives as long as
a document gives it, and an entity as long as a document declares it.
"""
from __future__ import annotations

import functools
import json
import shutil
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..answers import (Candidate, EmptyStore, EntityFacts, Evidence, KgError, NotFound, Relation, Secretary, Stats,
                       Step, Supporter, WhoSupports, suggest)
from ..model import ARTICLE, MENTIONED_IN, PLACE, DocGraph, Document, Entity, StoredDocument
from . import named, short_name

if TYPE_CHECKING:
    import networkx as nx

FILE = "graph.db"
APPLICATION_ID = 0x6B670001     # "kg", 1: marks the file as a kg store
SCHEMA_VERSION = 2              # 1 was a folder of JSON files, one per document
BUSY_SECONDS = 60.0             # how long a write waits for another process's write

SCHEMA = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
                        digest TEXT NOT NULL);
CREATE TABLE entities (id TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL);
CREATE INDEX entities_name ON entities (name);
CREATE TABLE declared (entity TEXT NOT NULL, document INTEGER NOT NULL, PRIMARY KEY (entity, document))
    WITHOUT ROWID;
CREATE INDEX declared_document ON declared (document);
CREATE TABLE aliases (alias TEXT NOT NULL, entity TEXT NOT NULL, document INTEGER NOT NULL,
                      PRIMARY KEY (alias, entity, document)) WITHOUT ROWID;
CREATE INDEX aliases_entity ON aliases (entity, alias);
CREATE INDEX aliases_document ON aliases (document);
CREATE TABLE articles (id TEXT PRIMARY KEY, document INTEGER NOT NULL, title TEXT NOT NULL, byline TEXT NOT NULL,
                       start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE INDEX articles_document ON articles (document);
CREATE TABLE facts (document INTEGER NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL, head TEXT NOT NULL,
                    tail TEXT NOT NULL, props TEXT NOT NULL, article TEXT NOT NULL, evidence TEXT NOT NULL,
                    source TEXT NOT NULL, "offset" INTEGER NOT NULL, inferred INTEGER NOT NULL,
                    pattern TEXT NOT NULL, PRIMARY KEY (document, key));
CREATE INDEX facts_head ON facts (head, type, tail, inferred, source);
CREATE INDEX facts_tail ON facts (tail, type);
CREATE TABLE mentions (entity TEXT NOT NULL, article TEXT NOT NULL, document INTEGER NOT NULL,
                       PRIMARY KEY (entity, article)) WITHOUT ROWID;
CREATE INDEX mentions_document ON mentions (document);
CREATE TABLE counts (kind TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (kind, name))
    WITHOUT ROWID;
"""

_FACT_COLUMNS = 'f.type, f.props, f.source, f."offset", f.evidence, f.inferred'


class StoreBusy(KgError):
    exit_code = 2


def _guarded(method):
    """SQLite's errors as one line naming the store file, never a traceback."""
    @functools.wraps(method)
    def run(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as e:
            raise self._failure(e) from None
    return run


class LocalStore:
    def __init__(self, root: Path, busy_seconds: float = BUSY_SECONDS):
        self.root = Path(root)
        self.file = self.root / FILE
        self.where = str(self.root)
        self.busy_seconds = busy_seconds
        self._db: sqlite3.Connection | None = None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ opening

    def _read(self) -> sqlite3.Connection | None:
        """The database, or None when nothing was ever loaded here (nothing is created)."""
        return self._open(create=False)

    def _write(self) -> sqlite3.Connection:
        db = self._open(create=True)
        assert db is not None
        return db

    def _open(self, create: bool) -> sqlite3.Connection | None:
        if self._db is not None:
            return self._db
        if not self.file.exists():
            if (self.root / "docs").is_dir():
                raise KgError(f"{self.root} holds a store of an older kg (JSON files in docs/): "
                              f"remove it, or run 'kg load --rebuild PATH...' to replace it")
            if not create:
                return None
            try:
                self.root.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise KgError(f"cannot create the store folder {self.root}: {e.strerror or e}") from None
        try:
            db = sqlite3.connect(self.file, timeout=self.busy_seconds, isolation_level=None)
        except sqlite3.Error as e:
            raise self._failure(e) from None
        try:
            self._check(db)
        except BaseException:
            db.close()
            raise
        self._db = db
        return db

    @_guarded
    def _check(self, db: sqlite3.Connection) -> None:
        db.execute("BEGIN")     # one snapshot, in case another process is creating the store
        app, version = _pragma(db, "application_id"), _pragma(db, "user_version")
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        db.execute("COMMIT")
        if app == 0 and version == 0:
            if tables:
                raise KgError(f"{self.file} is not a kg store (a SQLite database of something else): "
                              f"use another --store folder")
            self._create(db)
        elif app != APPLICATION_ID:
            raise KgError(f"{self.file} is not a kg store: use another --store folder")
        elif version != SCHEMA_VERSION:
            raise KgError(f"{self.file} was written by a kg with store format {version}, this kg reads format "
                          f"{SCHEMA_VERSION}: run 'kg load --rebuild' to re-extract the recorded files")
        db.execute("PRAGMA synchronous = NORMAL")   # WAL: a committed write survives a killed process
        db.execute("PRAGMA mmap_size = 1073741824")  # pages read as memory, not one read() each

    def _create(self, db: sqlite3.Connection) -> None:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("BEGIN IMMEDIATE")
        try:
            if _pragma(db, "application_id") == 0:      # not created meanwhile by another process
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _failure(self, e: sqlite3.Error) -> KgError:
        message = str(e)
        if isinstance(e, sqlite3.OperationalError) and "locked" in message:
            return StoreBusy(f"the store {self.file} is busy: another kg process has been writing to it for "
                             f"{self.busy_seconds:g} s; try again when it is done")
        if isinstance(e, sqlite3.IntegrityError):      # a document whose article ids are another's
            return KgError(f"the store {self.file} refused a write ({message}); nothing of it was stored")
        if isinstance(e, sqlite3.DatabaseError) and not isinstance(e, sqlite3.OperationalError):
            return KgError(f"{self.file} is damaged ({message}): run 'kg load --rebuild' to re-extract "
                           f"the recorded files into a new store")
        return KgError(f"cannot use the store {self.file}: {message}")

    def rebuild(self) -> list[Document]:
        """Set the store aside as graph.db.old and start an empty one; the documents it
        recorded, as far as they can still be read, to be loaded again."""
        try:
            recorded = self.documents()
        except KgError:
            recorded = _salvage(self.file)
        self.close()
        for suffix in ("", "-wal", "-shm"):
            old = Path(f"{self.file}{suffix}")
            if old.exists():
                old.replace(f"{self.file}.old{suffix}")
        if (self.root / "docs").is_dir():       # the JSON files of kg's first store
            shutil.rmtree(self.root / "docs.old", ignore_errors=True)
            (self.root / "docs").replace(self.root / "docs.old")
        return recorded

    # ------------------------------------------------------------ writing

    @_guarded
    def documents(self) -> list[Document]:
        db = self._read()
        if db is None:
            return []
        return [Document(*row) for row in db.execute("SELECT path, name, digest FROM documents ORDER BY id")]

    def digests(self) -> dict[str, str]:
        return {d.path: d.digest for d in self.documents()}

    @_guarded
    def stored_documents(self) -> list[StoredDocument]:
        """Each document as StoredDocument.of reads it, from its rows, in name order."""
        db = self._read()
        if db is None:
            return []
        found = []
        for doc_id, path, name, digest in db.execute("SELECT id, path, name, digest FROM documents ORDER BY name"):
            declares: dict[str, set[str]] = {e: set() for (e,) in db.execute(
                "SELECT entity FROM declared WHERE document = ?", (doc_id,))}
            for alias, entity, entity_name in db.execute(
                    "SELECT a.alias, a.entity, e.name FROM aliases a JOIN entities e ON e.id = a.entity "
                    "WHERE a.document = ?", (doc_id,)):
                if alias != entity_name:
                    declares.setdefault(entity, set()).add(alias)
            touched = set(declares)
            touched.update(i for row in db.execute("SELECT head, tail FROM facts WHERE document = ?", (doc_id,))
                           for i in row)
            touched.update(e for (e,) in db.execute("SELECT entity FROM mentions WHERE document = ?", (doc_id,)))
            found.append(StoredDocument(path, name, digest, {e: frozenset(a) for e, a in declares.items()},
                                        tuple(sorted(touched))))
        return found

    def write(self, graph: DocGraph) -> None:
        self.write_many([graph])

    @_guarded
    def write_many(self, graphs: Iterable[DocGraph]) -> None:
        """All these documents in one transaction."""
        db = self._write()
        with _transaction(db):
            counts: Counter = Counter()
            for graph in graphs:
                self._replace(db, graph, counts)
            _add_counts(db, counts)

    @_guarded
    def forget(self, docs: Iterable[str]) -> None:
        db = self._read()
        if db is None:
            return
        with _transaction(db):
            counts: Counter = Counter()
            for path in docs:
                row = db.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchone()
                if row:
                    _drop_entities(db, _remove(db, row[0], counts), counts)
                    db.execute("DELETE FROM documents WHERE id = ?", row)
                    counts["documents", "Document"] -= 1
            _add_counts(db, counts)

    def _replace(self, db: sqlite3.Connection, graph: DocGraph, counts: Counter) -> None:
        row = db.execute("SELECT id, name FROM documents WHERE path = ?", (graph.path,)).fetchone()
        # a document keeps its name; a new one gets a free one, even if another load took it meanwhile
        graph = named(graph, row[1] if row else short_name(graph.path, graph.doc, lambda n: db.execute(
            "SELECT 1 FROM documents WHERE name = ?", (n,)).fetchone() is not None))
        if row:
            doc = row[0]
            old = _remove(db, doc, counts)
            db.execute("UPDATE documents SET digest = ? WHERE id = ?", (graph.digest, doc))
        else:
            doc = db.execute("INSERT INTO documents (path, name, digest) VALUES (?, ?, ?)",
                             (graph.path, graph.doc, graph.digest)).lastrowid
            old = set()
            counts["documents", "Document"] += 1
        entities = _merged(graph.entities)
        by_label: dict[str, list] = defaultdict(list)
        for e in entities.values():
            by_label[e.label].append(e)
        for label, group in by_label.items():
            created = db.executemany("INSERT OR IGNORE INTO entities (id, label, name, props) VALUES (?, ?, ?, '{}')",
                                     [(e.id, e.label, e.name) for e in group]).rowcount
            counts["node", label] += created
        db.executemany("UPDATE entities SET label = ?, name = ?, props = json_patch(props, ?) WHERE id = ?",
                       [(e.label, e.name, json.dumps(_own(e), ensure_ascii=False), e.id) for e in entities.values()])
        db.executemany("INSERT INTO declared (entity, document) VALUES (?, ?)", [(i, doc) for i in entities])
        db.executemany("INSERT OR IGNORE INTO aliases (alias, entity, document) VALUES (?, ?, ?)",
                       [(a, e.id, doc) for e in entities.values() for a in sorted(e.aliases | {e.name})])
        db.executemany('INSERT INTO articles (id, document, title, byline, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
                       [(a.id, doc, a.title, a.byline, a.start, a.end) for a in graph.articles])
        counts["node", ARTICLE] += len(graph.articles)
        facts = {f.key: f for f in graph.facts}.values()      # one per key, the last one winning
        db.executemany('INSERT INTO facts (document, key, type, head, tail, props, article, evidence, source, '
                       '"offset", inferred, pattern) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                       [(doc, f.key, f.type, f.head_id, f.tail_id, json.dumps(dict(f.props), ensure_ascii=False),
                         f.article, f.evidence, f.doc, f.offset, int(f.inferred), f.pattern) for f in facts])
        counts.update(("relationship", f.type) for f in facts)
        mentioned = db.executemany("INSERT OR IGNORE INTO mentions (entity, article, document) VALUES (?, ?, ?)",
                                   [(i, article, doc) for article, ids in graph.mentions.items() for i in ids])
        counts["relationship", MENTIONED_IN] += mentioned.rowcount
        _drop_entities(db, old - set(entities), counts)

    # ------------------------------------------------------------ the graph

    @_guarded
    def graph(self) -> nx.MultiDiGraph:
        """The whole graph, for analysis: nodes keyed by entity id, edges keyed by fact."""
        import networkx as nx      # only analysis needs it: the queries start faster without
        db = self._read()
        if db is None:
            return nx.MultiDiGraph(documents=0)
        g = nx.MultiDiGraph(documents=db.execute("SELECT count(*) FROM documents").fetchone()[0])
        aliases: dict[str, set[str]] = defaultdict(set)
        for alias, entity in db.execute("SELECT alias, entity FROM aliases"):
            aliases[entity].add(alias)
        for id_, label, name, props in db.execute("SELECT id, label, name, props FROM entities ORDER BY rowid"):
            g.add_node(id_, id=id_, name=name, aliases=aliases[id_] | {name}, **json.loads(props), label=label)
        for id_, title, byline, source, start, end in db.execute(
                'SELECT a.id, a.title, a.byline, d.name, a.start, a."end" FROM articles a '
                'JOIN documents d ON d.id = a.document ORDER BY a.rowid'):
            g.add_node(id_, label=ARTICLE, name=title or id_, aliases=set(), id=id_, title=title, byline=byline,
                       source=source, start=start, end=end)
        for key, type_, head, tail, props, article, evidence, source, offset, inferred, pattern in db.execute(
                'SELECT key, type, head, tail, props, article, evidence, source, "offset", inferred, pattern '
                'FROM facts ORDER BY rowid'):
            g.add_edge(head, tail, key=key, type=type_, props=json.loads(props), article=article, evidence=evidence,
                       source=source, offset=offset, inferred=bool(inferred), pattern=pattern)
        for entity, article, source in db.execute(
                "SELECT m.entity, m.article, d.name FROM mentions m JOIN documents d ON d.id = m.document "
                "ORDER BY m.document, m.article, m.entity"):
            g.add_edge(entity, article, key=f"{MENTIONED_IN}|{entity}|{article}", type=MENTIONED_IN, props={},
                       article=article, evidence="", source=source, offset=0, inferred=False, pattern="")
        return g

    # ------------------------------------------------------------ queries

    @_guarded
    def candidates(self, name: str) -> list[Candidate]:
        db = self._read()
        if db is None:
            return []
        found = []
        for id_, label, entity_name, props in _matches(db, name):
            p = json.loads(props)
            found.append(Candidate(id_, entity_name, label, p.get("level"), p.get("code"),
                                   tuple(p.get("parents", ())), entity_name == name))
        return sorted(found, key=lambda c: (not c.exact, c.label != PLACE, c.id))

    def _find(self, db: sqlite3.Connection | None, name: str, id: str | None = None) -> tuple[str, str, str, dict]:
        """(id, label, name, properties) of the entity `name` stands for: an exact name
        before an alias, a place before anything else (a village, not its grid system);
        `id` picks one of them."""
        if db is None:
            raise EmptyStore(self.where)
        rows = [r for r in _matches(db, name) if id is None or r[0] == id]
        exact = [r for r in rows if r[2] == name]
        found = sorted(exact or rows, key=lambda r: (r[1] != PLACE, r[0]))
        if found:
            id_, label, entity_name, props = found[0]
            return id_, label, entity_name, json.loads(props)
        if not db.execute("SELECT 1 FROM entities UNION ALL SELECT 1 FROM articles LIMIT 1").fetchone():
            raise EmptyStore(self.where)
        raise NotFound(name, suggest(name, _near(db, name)))

    @_guarded
    def who_supports(self, name: str, id: str | None = None) -> WhoSupports:
        db = self._read()
        node, _, place, props = self._find(db, name, id)
        answer = WhoSupports(place, props.get("level"))
        for other, type_, fprops, source, offset, evidence, inferred in db.execute(
                f"SELECT e.name, {_FACT_COLUMNS} FROM facts f JOIN entities e ON e.id = f.head "
                "WHERE f.tail = ? AND f.type = 'SUPPORTS'", (node,)):
            answer.supporters.append(Supporter(other, json.loads(fprops).get("mode", ""),
                                               Evidence(source, offset, evidence, bool(inferred))))
        for person, person_name, type_, fprops, source, offset, evidence, inferred in db.execute(
                f"SELECT e.id, e.name, {_FACT_COLUMNS} FROM facts f JOIN entities e ON e.id = f.head "
                "WHERE f.tail = ? AND f.type = 'FIRST_SECRETARY_OF'", (node,)):
            units = sorted({r[1] for r in _firsts(db, person, "WORKS_FOR")})
            answer.secretaries.append(Secretary(person_name, tuple(units),
                                                Evidence(source, offset, evidence, bool(inferred))))
        answer.supporters.sort(key=lambda s: (s.unit, s.mode, s.evidence.doc, s.evidence.offset))
        answer.secretaries.sort(key=lambda s: (s.person, s.evidence.doc, s.evidence.offset))
        answer.located_in = self._chain(db, node)
        return answer

    def _chain(self, db: sqlite3.Connection, node: str) -> list[Step]:
        """Up the LOCATED_IN facts, each time to the place not yet on the chain with the
        lowest (inferred, name, id, citing document), as in the Neo4j store."""
        steps, seen = [], {node}
        while ups := [r for r in _firsts(db, node, "LOCATED_IN") if r[0] not in seen]:
            node, name, props, inferred, source, offset, evidence = min(ups, key=lambda r: (r[3], r[1], r[0], r[4]))
            seen.add(node)
            steps.append(Step(name, json.loads(props).get("level"), Evidence(source, offset, evidence, bool(inferred))))
        return steps

    @_guarded
    def show(self, name: str, id: str | None = None) -> EntityFacts:
        db = self._read()
        node, label, entity_name, own = self._find(db, name, id)
        aliases = {a for (a,) in db.execute("SELECT DISTINCT alias FROM aliases WHERE entity = ?", (node,))}
        props = {"id": node, "name": entity_name, "aliases": sorted(aliases - {entity_name}), **own}
        facts = EntityFacts(entity_name, label, props)
        for direction, mine, other in (("out", "head", "tail"), ("in", "tail", "head")):
            for other_name, other_label, type_, fprops, source, offset, evidence, inferred in db.execute(
                    f"SELECT e.name, e.label, {_FACT_COLUMNS} FROM facts f JOIN entities e ON e.id = f.{other} "
                    f"WHERE f.{mine} = ?", (node,)):
                facts.relations.append(Relation(type_, direction, other_name, other_label,
                                                tuple(sorted(json.loads(fprops).items())),
                                                Evidence(source, offset, evidence, bool(inferred))))
        facts.relations.sort(key=lambda r: (r.type, r.direction, r.other, r.evidence.doc, r.evidence.offset))
        facts.articles = sorted(a for (a,) in db.execute("SELECT article FROM mentions WHERE entity = ?", (node,)))
        return facts

    @_guarded
    def stats(self) -> Stats:
        db = self._read()
        if db is None:
            return Stats({}, {}, 0)
        counts: dict[str, dict[str, int]] = defaultdict(dict)
        for kind, name, n in db.execute("SELECT kind, name, n FROM counts WHERE n > 0 ORDER BY kind, name"):
            counts[kind][name] = n
        return Stats(counts["node"], counts["relationship"], counts["documents"].get("Document", 0))


# ------------------------------------------------------------ helpers

class _transaction:
    """BEGIN IMMEDIATE (the write lock at once, waiting for another writer) ... COMMIT,
    or ROLLBACK on any error."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, *exc):
        self.db.execute("ROLLBACK" if kind else "COMMIT")


def _pragma(db: sqlite3.Connection, name: str) -> int:
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def _matches(db: sqlite3.Connection, name: str) -> list[tuple[str, str, str, str]]:
    """Entities whose name or one of whose aliases is `name` (two index lookups)."""
    return db.execute("SELECT id, label, name, props FROM entities WHERE name = ? UNION "
                      "SELECT e.id, e.label, e.name, e.props FROM aliases a JOIN entities e ON e.id = a.entity "
                      "WHERE a.alias = ?", (name, name)).fetchall()


def _near(db: sqlite3.Connection, name: str, each: int = 100) -> list[str]:
    """Names for "did you mean": those starting with the typed name or with its first
    two characters (range seeks on the name index, not a read of every name)."""
    found: set[str] = set()
    for prefix in dict.fromkeys([name, name[:2]]):
        if prefix:
            found.update(n for (n,) in db.execute(
                "SELECT DISTINCT name FROM entities WHERE name >= ? AND name < ? LIMIT ?",
                (prefix, prefix + "\U0010ffff", each)))
    return sorted(found)


def _firsts(db: sqlite3.Connection, head: str, type_: str) -> list[tuple]:
    """For each entity that facts of this type from `head` point to, the fact first
    in (inferred, citing document) order: (id, name, props, inferred, source, offset,
    evidence). Two index seeks per entity, however many documents repeat the fact
    (every page of a county paper says its towns lie in the county)."""
    rows, tail = [], ""
    while (tail := db.execute("SELECT min(tail) FROM facts WHERE head = ? AND type = ? AND tail > ?",
                              (head, type_, tail)).fetchone()[0]) is not None:
        row = db.execute('SELECT e.id, e.name, e.props, f.inferred, f.source, f."offset", f.evidence '
                         "FROM facts f JOIN entities e ON e.id = f.tail WHERE f.head = ? AND f.type = ? AND f.tail = ? "
                         "ORDER BY f.inferred, f.source LIMIT 1", (head, type_, tail)).fetchone()
        if row:
            rows.append(row)
    return rows


def _merged(entities: list[Entity]) -> dict[str, Entity]:
    """An entity listed twice in one document: later properties win, aliases add up."""
    out: dict[str, Entity] = {}
    for e in entities:
        if e.id in out:
            first = out[e.id]
            out[e.id] = Entity(**{**vars(first), **{k: v for k, v in vars(e).items() if v not in (None, ())},
                                  "aliases": first.aliases | e.aliases})
        else:
            out[e.id] = e
    return out


def _own(e: Entity) -> dict:
    """The properties kept in the JSON column: all but id, name and aliases."""
    return {k: v for k, v in e.props().items() if k not in ("id", "name", "aliases")}


def _remove(db: sqlite3.Connection, doc: int, counts: Counter) -> set[str]:
    """Delete every row document `doc` contributed; the entities it declared."""
    old = {i for (i,) in db.execute("SELECT entity FROM declared WHERE document = ?", (doc,))}
    for type_, n in db.execute("SELECT type, count(*) FROM facts WHERE document = ? GROUP BY type", (doc,)):
        counts["relationship", type_] -= n
    counts["relationship", MENTIONED_IN] -= db.execute("DELETE FROM mentions WHERE document = ?", (doc,)).rowcount
    counts["node", ARTICLE] -= db.execute("DELETE FROM articles WHERE document = ?", (doc,)).rowcount
    for table in ("facts", "aliases", "declared"):
        db.execute(f"DELETE FROM {table} WHERE document = ?", (doc,))
    return old


def _drop_entities(db: sqlite3.Connection, ids: set[str], counts: Counter) -> None:
    """Entities that no document declares any more."""
    for i in sorted(ids):
        row = db.execute("DELETE FROM entities WHERE id = ? AND NOT EXISTS "
                         "(SELECT 1 FROM declared WHERE entity = ?) RETURNING label", (i, i)).fetchone()
        if row:
            counts["node", row[0]] -= 1


def _add_counts(db: sqlite3.Connection, counts: Counter) -> None:
    db.executemany("INSERT INTO counts (kind, name, n) VALUES (?, ?, ?) "
                   "ON CONFLICT (kind, name) DO UPDATE SET n = n + excluded.n",
                   [(kind, name, n) for (kind, name), n in counts.items() if n])


def _salvage(file: Path) -> list[Document]:
    """The recorded documents of a damaged store, as many as SQLite can still read."""
    found: list[Document] = []
    try:
        db = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    except sqlite3.Error:
        return found
    try:
        db.execute("PRAGMA writable_schema = ON")     # read a truncated file as far as it goes
        for row in db.execute("SELECT path, name, digest FROM documents ORDER BY id"):
            found.append(Document(*row))
    except sqlite3.Error:
        pass
    finally:
        db.close()
    return found
