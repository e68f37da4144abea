"""Where the graph is kept: a local NetworkX store by default, Neo4j when configured.

Both stores take whole documents (`write` replaces everything one file
contributed, in one step) and answer the same queries with the records of
graph.answers, so the CLI never knows which one it talks to.
"""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from ..answers import Candidate, EntityFacts, Stats, WhoSupports
from ..model import DocGraph, StoredDocument


class Store(Protocol):
    where: str

    def digests(self) -> dict[str, str]:
        """doc -> sha256 of the file as last loaded."""

    def documents(self) -> list[StoredDocument]:
        """Every loaded file with its digest, the aliases it gives each entity it
        declares and the ids it touched (for kg export neo4j-admin)."""

    def write(self, graph: DocGraph) -> None:
        """Replace everything `graph.doc` contributed with `graph`, atomically."""

    def write_many(self, graphs: Iterable[DocGraph]) -> None:
        """`write` for each graph; a store may put several documents in one
        transaction, but each document is always either all old or all new."""

    def forget(self, docs: Iterable[str]) -> None:
        """Remove everything these documents (keys of `digests`) contributed."""

    def candidates(self, name: str) -> list[Candidate]:
        """Every entity whose name or alias is `name` (an index lookup, not a scan):
        exact names first, then places first, then by id."""

    def who_supports(self, name: str) -> WhoSupports: ...

    def show(self, name: str) -> EntityFacts: ...

    def stats(self) -> Stats: ...

    def close(self) -> None: ...


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
