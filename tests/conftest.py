"""Shared fixtures: a real Bolt server for the store tests, and the seed graphs.

The store tests run against ArcadeDB (started once per session from the
arcadedb-embedded wheel, see bolt_server.py) and, when NEO4J_URI is set,
against that server too (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Every
test gets an emptied database: the server is shared, so do not point NEO4J_URI
at a database whose contents you want to keep.
"""
from __future__ import annotations

import base64
import itertools
import json
import os
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bolt_server import BoltServer, start_arcadedb, stop
from graph.model import DocGraph
from graph.store import Neo4jConfig
from graph.store.neo4j import Neo4jStore

ROOT = Path(__file__).resolve().parents[1]


def _server_kinds() -> list[str]:
    return ["arcadedb"] + (["neo4j"] if os.environ.get("NEO4J_URI") else [])


@pytest.fixture(scope="session")
def arcadedb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    server, proc = start_arcadedb(tmp_path_factory.mktemp("arcadedb"))
    try:
        yield server
    finally:
        stop(proc)


@pytest.fixture(scope="session", params=_server_kinds())
def bolt_server(request: pytest.FixtureRequest) -> BoltServer:
    """Each Bolt server the store tests run against, one after the other."""
    if request.param == "arcadedb":
        return request.getfixturevalue("arcadedb")
    return BoltServer(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"),
                      os.environ.get("NEO4J_PASSWORD", ""), os.environ.get("NEO4J_DATABASE") or None)


def config_for(server: BoltServer, **changes) -> Neo4jConfig:
    fields = {"uri": server.uri, "user": server.user, "password": server.password,
              "database": server.database or None, **changes}
    return Neo4jConfig(**fields)


@pytest.fixture
def bolt_config(bolt_server: BoltServer) -> Neo4jConfig:
    return config_for(bolt_server)


# In batches, so that emptying a big database stays within the server's
# transaction memory (one DETACH DELETE of 100k facts does not on Neo4j's 1 GB heap).
WIPE = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"


@pytest.fixture
def neo4j_store(bolt_config: Neo4jConfig) -> Iterator[Neo4jStore]:
    """A store on an emptied database (data, not the schema)."""
    store = Neo4jStore(bolt_config)
    store.run(WIPE, write=True)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def fresh_database(bolt_server: BoltServer) -> Neo4jConfig:
    """A database no label was ever created in: a new one on ArcadeDB (through its
    HTTP API); on a NEO4J_URI server, whose Community edition has one database,
    that database emptied."""
    if not bolt_server.http_url:
        store = Neo4jStore(config_for(bolt_server))
        store.run(WIPE, write=True)
        store.close()
        return config_for(bolt_server)
    name = f"fresh{next(_fresh)}"
    request = urllib.request.Request(f"{bolt_server.http_url}/api/v1/server", method="POST",
                                     data=json.dumps({"command": f"create database {name}"}).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": "Basic " +
                                              base64.b64encode(f"{bolt_server.user}:{bolt_server.password}".encode())
                                              .decode()})
    urllib.request.urlopen(request, timeout=60).read()
    return config_for(bolt_server, database=name)


_fresh = itertools.count()


@pytest.fixture(scope="session")
def seed_graphs() -> list[DocGraph]:
    """The DocGraphs of seeds/*.txt, extracted once per session."""
    from graph.pipeline import extract_page
    from graph.read import read_page
    return [extract_page(read_page(p, p.name)) for p in sorted((ROOT / "seeds").glob("*.txt"))]


def dump(store) -> tuple:
    """Everything a store holds, comparably: its documents, stats, and every node
    and edge of its graph with their attributes."""
    g = store.graph()
    plain = lambda d: {k: sorted(v) if isinstance(v, set) else v for k, v in d.items()}   # noqa: E731
    return (sorted(store.documents(), key=lambda d: d.path), store.stats(),
            sorted((n, plain(d)) for n, d in g.nodes(data=True)),
            sorted(((u, v, k, plain(d)) for u, v, k, d in g.edges(keys=True, data=True)), key=lambda e: e[:3]))
