"""Where the graph is kept: a local SQLite store by default, Neo4j when configured.

Both stores take whole documents (`write` replaces everything one file
contributed, in one step) and answer the same queries with the records of
graph.answers, so the CLI never knows which one it talks to. A store knows a
document by its file's resolved absolute path (`DocGraph.path`); the short name
facts cite (`DocGraph.doc`) is unique in a store too (graph.load sees to that).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Protocol

from ..answers import Candidate, EntityFacts, Stats, WhoSupports
from ..model import DocGraph, Document, StoredDocument


class Store(Protocol):
    where: str

    def documents(self) -> list[Document]:
        """Every loaded document: path, short name and digest, in the order first loaded."""

    def digests(self) -> dict[str, str]:
        """path -> sha256 of the file as last loaded."""

    def stored_documents(self) -> list[StoredDocument]:
        """Every loaded file with its digest, the aliases it gives each entity it
        declares and the ids it touched (for kg export neo4j-admin)."""

    def write(self, graph: DocGraph) -> None:
        """Replace everything document `graph.path` contributed with `graph`, atomically."""

    def write_many(self, graphs: Iterable[DocGraph]) -> None:
        """`write` for each graph; a store may put several documents in one
        transaction, but each document is always either all old or all new."""

    def forget(self, docs: Iterable[str]) -> None:
        """Remove everything these documents (paths, the keys of `digests`) contributed."""

    def candidates(self, name: str) -> list[Candidate]:
        """Every entity whose name or alias is `name` (an index lookup, not a scan):
        exact names first, then places first, then by id."""

    def who_supports(self, name: str, id: str | None = None) -> WhoSupports:
        """The entity `name` stands for (`id` picks one of several: see candidates)."""

    def show(self, name: str, id: str | None = None) -> EntityFacts: ...

    def stats(self) -> Stats: ...

    def close(self) -> None: ...


def short_name(path: str, proposed: str, taken: Callable[[str], bool]) -> str:
    """`proposed` (the path below the folder it was found in), or if another
    document has that name, the shortest longer tail of `path` that is free."""
    parts = PurePath(path).parts
    name, k = proposed, len(PurePath(proposed).parts)
    while taken(name):
        k += 1
        if k >= len(parts):
            return path
        name = "/".join(parts[-k:])
    return name


def named(graph: DocGraph, name: str) -> DocGraph:
    """The graph under the short name `name`, in its facts and article ids too."""
    if graph.doc == name:
        return graph
    ids = {a.id: f"{name}#{a.id.rsplit('#', 1)[-1]}" for a in graph.articles}
    return replace(graph, doc=name,
                   articles=[replace(a, id=ids[a.id], doc=name) for a in graph.articles],
                   facts=[replace(f, doc=name, article=ids.get(f.article, f.article)) for f in graph.facts],
                   mentions={ids.get(a, a): m for a, m in graph.mentions.items()})


@dataclass(frozen=True)
class Neo4jConfig:
    uri: str
    user: str = "neo4j"
    password: str = ""
    database: str | None = None
    batch_size: int = 10_000
    cypher_dir: str | None = None    # where queries.cypher is, when not beside the package

    def __repr__(self) -> str:       # the password never reaches a log or a traceback
        return f"Neo4jConfig(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"


def open_store(store_dir: str | Path = ".kg", neo4j: Neo4jConfig | None = None) -> Store:
    """The Neo4j store when `neo4j` is given, else the local store in `store_dir`.
    Settings come from the caller (the CLI reads them from options and the
    environment); the library reads no environment variables."""
    if neo4j:
        from .neo4j import Neo4jStore
        return Neo4jStore(neo4j)
    from .local import LocalStore
    return LocalStore(Path(store_dir))
