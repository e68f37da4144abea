"""kg: load Chinese news about rural support work into a graph, and ask it questions.

The CLI only parses arguments, calls the library and prints. Every setting is an
option that can also come from an environment variable; the library reads none.
"""
from __future__ import annotations

import functools
import json
import logging
import os
import re
import sys
from contextlib import closing
from dataclasses import asdict, replace
from pathlib import Path

import click
from rich.cells import cell_len
from rich.console import Console

from . import query, tables
from .answers import KgError, UnitSupports
from .read import ReadError
from .store import Neo4jConfig, open_store

EXAMPLES = [
    ("kg load seeds/", "extract and store (locally, or in Neo4j)"),
    ("kg who-supports 黄母哈日村", "units, first secretary and location of a village"),
    ("kg show 达拉特旗水务局", "every fact about one entity"),
    ("kg view 黄母哈日村 -o v.html", "its neighbourhood as a picture, one HTML file"),
    ("kg export graphml -o kg.graphml", "the whole graph for Gephi, Cytoscape ..."),
    ("kg extract seeds/ -o f.jsonl", "facts as JSON Lines, without storing"),
    ("kg forget seeds/old.txt", "remove a loaded document and its facts"),
]


def _help() -> str:
    width = max(cell_len(cmd) for cmd, _ in EXAMPLES) + 2      # display columns: 村 takes two
    lines = [cmd + " " * (width - cell_len(cmd)) + what for cmd, what in EXAMPLES]
    return ("Read newspaper pages about 包联/帮扶/驻村第一书记/网格 into a knowledge graph.\n\n\b\n"
            + "\n".join(lines) + "\n\nExit codes: 0 answered; 1 not found, nothing loaded, or a file"
            " could not be read; 2 bad usage or the store is unreachable; 3 who-supports on a name"
            " that is not a village.")


class Failure(click.ClickException):
    """A library error as one line on stderr, "kg: ...", with the error's exit code."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"kg: {self.format_message()}", err=True)


class KgGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (KgError, ReadError) as e:
            raise Failure(str(e), getattr(e, "exit_code", 1)) from None


class _Warnings(logging.Handler):
    """The library's warnings (a file read with bytes replaced ...) as "kg: warning: ..." lines."""

    def emit(self, record: logging.LogRecord) -> None:
        _warn(record.getMessage())


@click.group(cls=KgGroup, help=_help(), context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main():
    log = logging.getLogger("kg")
    if not any(isinstance(h, _Warnings) for h in log.handlers):
        log.addHandler(_Warnings(logging.WARNING))


# ------------------------------------------------------------ settings

def neo4j_options(f):
    """--neo4j and its credentials, passed to the command as `neo4j` (a Neo4jConfig, or None)."""
    @click.option("--neo4j", "neo4j_uri", metavar="URI", envvar="NEO4J_URI", show_envvar=True,
                  help="Bolt URI of a Neo4j server to use instead of the local store.")
    @click.option("--neo4j-user", default="neo4j", show_default=True, envvar="NEO4J_USER", show_envvar=True,
                  help="Neo4j user.")
    @click.option("--neo4j-password", default="", metavar="PASSWORD", envvar="NEO4J_PASSWORD", show_envvar=True,
                  help="Neo4j password; prefer the variable (a command line is visible to others). Never printed.")
    @click.option("--neo4j-database", metavar="NAME", envvar="NEO4J_DATABASE", show_envvar=True,
                  help="Neo4j database (default: the server's default).")
    @click.option("--cypher-dir", type=click.Path(file_okay=False), envvar="KG_CYPHER_DIR", show_envvar=True,
                  help="Folder with kg's queries.cypher, when it is not installed beside kg.")
    @functools.wraps(f)
    def wrapper(*args, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, cypher_dir, **kwargs):
        config = Neo4jConfig(neo4j_uri, neo4j_user, neo4j_password, neo4j_database or None,
                             cypher_dir=cypher_dir) if neo4j_uri else None
        return f(*args, neo4j=config, **kwargs)
    return wrapper


store_dir_option = click.option("--store", "store_dir", type=click.Path(file_okay=False), default=".kg",
                                show_default=True, envvar="KG_STORE", show_envvar=True,
                                help="Local store folder (not used with --neo4j).")


def store_options(f):
    """--store and the Neo4j settings, passed to the command as `store`: a function
    that opens the store in a context manager."""
    @store_dir_option
    @neo4j_options
    @functools.wraps(f)
    def wrapper(*args, store_dir, neo4j, **kwargs):
        return f(*args, store=lambda: closing(open_store(store_dir, neo4j)), **kwargs)
    return wrapper


in_option = click.option("--in", "within", metavar="PLACE",
                         help="The place the name lies in, when several places bear it (e.g. --in 宁城县).")


def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(f)


# ------------------------------------------------------------ commands

def jobs_option(f):
    return click.option("-j", "--jobs", type=click.IntRange(min=1), default=_cores, show_default="the machine's cores",
                        envvar="KG_JOBS", show_envvar=True, help="Worker processes that extract files.")(f)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@main.command(short_help="Facts of files or folders as JSON Lines.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write facts here (default: standard output).")
@click.option("--explain", is_flag=True,
              help="Print each fact readably with the id of the rule that made it, instead of JSON Lines.")
@jobs_option
def extract(paths, output, explain, jobs):
    """Extract facts from files or folders (*.txt) as JSON Lines, one fact a line.

    Each fact names the rule that made it ("pattern"; graph/data/patterns.jsonl).
    Each file's facts follow a record of the file ({"record": "document", ...}:
    its path, digest, articles, entities), so `kg load` can load these lines as it
    loads the text. Output is the same for any --jobs."""
    from . import jsonl
    from .pipeline import extract_paths
    n, skipped = 0, 0
    for result in extract_paths(list(paths), jobs):
        if result.error:
            skipped += 1
            _warn(result.error)
            continue
        graph = result.graph
        for warning in graph.warnings + ([f"{graph.doc}: empty file"] if result.empty else []):
            _warn(warning)
        lines = [explained(f) for f in graph.facts] if explain else jsonl.lines(graph)
        for line in lines:
            output.write(line + "\n")
        n += len(graph.facts)
        _progress(f"{graph.doc}: {len(graph.facts)} facts")
    _progress(f"{n} facts", final=True)
    if skipped:
        sys.exit(1)


@main.command(short_help="Extract files or folders into the store.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_dir_option
@neo4j_options
@jobs_option
@click.option("--prune", is_flag=True, help="Also remove documents whose files are gone from these folders.")
@click.option("--rebuild", is_flag=True,
              help="Set the local store aside (as graph.db.old) and extract again every file it recorded, "
                   "and PATHS; for a damaged store or one of another kg version.")
@click.option("--batch-size", type=click.IntRange(min=1), default=10_000, show_default=True,
              envvar="KG_BATCH_SIZE", show_envvar=True,
              help="Neo4j: rows per UNWIND statement and facts per transaction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr (warnings are still printed).")
@json_option
def load(paths, store_dir, neo4j, jobs, prune, rebuild, batch_size, quiet, as_json):
    """Extract files or folders and load them into the store.

    PATHS are text files, folders (every *.txt below them) or the JSON Lines that
    `kg extract` writes (*.jsonl). Files unchanged since the last load are skipped;
    a changed file's facts replace its old ones, an emptied file's are removed.
    A file is known by its absolute path: loading a folder and then a subfolder
    changes nothing."""
    from .load import load as run_load
    if not paths and not rebuild:
        raise click.UsageError("give at least one file or folder to load")
    from .progress import LoadProgress
    config = replace(neo4j, batch_size=batch_size) if neo4j else None
    progress = LoadProgress()
    with closing(open_store(store_dir, config)) as store, closing(progress):
        report = run_load(list(paths), store, jobs, prune, rebuild, (lambda p: None) if quiet else progress)
    for reason in report.skipped + report.warnings:
        _warn(reason)
    if as_json:
        click.echo(json.dumps(asdict(report), ensure_ascii=False, indent=1))
    else:
        more = "".join(f", {len(items)} {what}" for items, what in ((report.emptied, "emptied"),
                                                                   (report.pruned, "pruned")) if items)
        click.echo(f"loaded {len(report.loaded)} file(s), {report.facts} facts; "
                   f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped{more} → {store.where}")
    if report.skipped:      # the good files are loaded; the exit code still says not all were
        sys.exit(1)


@main.command(short_help="Remove loaded documents.")
@click.argument("paths", nargs=-1, required=True)
@store_options
@json_option
def forget(paths, store, as_json):
    """Remove loaded documents and everything they contributed.

    Each PATH is a loaded file (which may no longer exist), a folder (every
    document loaded from below it) or the short name that facts cite."""
    from .load import forget as run_forget
    with store() as s:
        report = run_forget(list(paths), s)
        where = s.where
    for arg in report.unknown:
        _warn(f"{arg}: no loaded document has this path or name")
    if as_json:
        _json(asdict(report))
    else:
        click.echo(f"forgot {len(report.forgotten)} document(s) → {where}")
    if report.unknown:
        sys.exit(1)


@main.command("who-supports", short_help="Units, first secretary and location of a village.")
@click.argument("name")
@in_option
@store_options
@json_option
def who_supports(name, within, store, as_json):
    """Which units support a village (包联/帮扶/结对 ...), its first secretary, and where it
    lies. For a unit: the places it supports. For a person or a town: what the name is
    and what to ask instead (exit code 3)."""
    with store() as s:
        answer = query.who_supports(s, name, within)
    if as_json:
        _json(answer.to_json())
    else:
        _print(tables.unit_supports(answer) if isinstance(answer, UnitSupports) else tables.who_supports(answer))


@main.command(short_help="Every fact about one entity, with evidence.")
@click.argument("name")
@in_option
@store_options
@json_option
def show(name, within, store, as_json):
    """Every fact about one entity (a place, unit or person), with its evidence."""
    with store() as s:
        facts = query.show(s, name, within)
    _json(facts.to_json()) if as_json else _print(tables.show(facts))


@main.command()
@store_options
@json_option
def stats(store, as_json):
    """Counts of nodes by label and relationships by type."""
    with store() as s:
        counts = s.stats()
    _json(counts.to_json()) if as_json else _print(tables.stats(counts))


@main.command(short_help="An entity's neighbourhood as a picture (HTML).")
@click.argument("name")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write (default: NAME.html).")
@in_option
@store_options
def view(name, output, within, store):
    """The neighbourhood of one entity as a picture: one HTML file that opens in any
    browser with no network (supporters, secretaries, posts, the place chain; hover
    for the evidence)."""
    from .view import html, neighbourhood
    with store() as s:
        hood = neighbourhood(s, name, within)
    output = output or Path(re.sub(r'[\\/:*?"<>|]', "_", hood.center.name) + ".html")
    output.write_text(html(hood), encoding="utf-8")
    click.echo(f"{output}: {len(hood.nodes)} nodes, {len(hood.edges)} relationships", err=True)


@main.command(short_help="The whole graph as GraphML, GEXF, JSONL or CSV.")
@click.argument("format", type=click.Choice(["graphml", "gexf", "jsonl", "neo4j-admin"]))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="File to write ('-' for standard output, the default), or for neo4j-admin "
                   "a folder (default: neo4j-import).")
@store_options
def export(format, output, store):
    """The whole graph as GraphML or GEXF (Gephi, Cytoscape), JSON Lines, or the CSV
    files of a complete kg Neo4j database, name index and per-file bookkeeping
    included, for `neo4j-admin database import` (the commands to run are printed)."""
    from . import export as ex
    with store() as s:
        graph = s.graph()
        documents = s.stored_documents() if format == "neo4j-admin" else []
    if format == "neo4j-admin":
        command = ex.write_neo4j_admin(graph, documents, output or Path("neo4j-import"))
        click.echo(f"import into a new database (Neo4j stopped) with:\n{command}\n"
                   f"then, with Neo4j running, create kg's indexes with:\n{ex.schema_command()}", err=True)
    elif format == "jsonl":
        with click.open_file(str(output or "-"), "w", encoding="utf-8") as f:
            ex.write_jsonl(graph, f)
    else:
        write = ex.write_graphml if format == "graphml" else ex.write_gexf
        write(graph, sys.stdout.buffer if str(output or "-") == "-" else output)
    click.echo(f"exported {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships", err=True)


class KeyValue(click.ParamType):
    """KEY=VALUE with a JSON value (1, true, [1,2], "x"); a value that is not JSON is a string."""
    name = "KEY=VALUE"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        key, eq, raw = value.partition("=")
        if not eq or not key.isidentifier():
            self.fail(f"{value!r} is not KEY=VALUE (e.g. -p name=黄母哈日村 or -p limit=10)", param, ctx)
        try:
            return key, json.loads(raw)
        except json.JSONDecodeError:
            return key, raw


@main.command(short_help="Run Cypher on the Neo4j store.")
@click.argument("query_text", metavar="QUERY")
@neo4j_options
@click.option("--write", is_flag=True, help="Allow writes, administration commands, LOAD CSV and any "
              "procedure (default: only a query that reads runs, in a read-only transaction).")
@click.option("-p", "--param", "params", multiple=True, type=KeyValue(),
              help="Query parameter $KEY; VALUE is JSON (1, true, [1,2], \"1\"), else a string.")
@click.option("-v", "--verbose", is_flag=True, help="Show the server's notifications (warnings, hints) on stderr.")
@json_option
def cypher(query_text, neo4j, write, params, verbose, as_json):
    """Run a Cypher query on the Neo4j store (read-only unless --write)."""
    if not neo4j:
        raise click.UsageError("kg cypher needs a Neo4j server: set NEO4J_URI or pass --neo4j")
    from .store.neo4j import Neo4jStore
    with closing(Neo4jStore(neo4j, notices=verbose)) as store:
        rows = store.run(query_text, dict(params), write=write)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    else:
        for row in rows:
            click.echo("\t".join(f"{k}={v}" for k, v in row.items()))
    for notice in store.notices:
        click.echo(f"kg: notice: {notice}", err=True)


@main.command("eval", short_help="Score extraction against a gold file.")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Canonical names only: a gold alias does not count.")
@click.option("--show-errors", type=click.IntRange(min=0), default=0, metavar="N",
              help="List up to N missed and N spurious facts per type.")
@jobs_option
@json_option
def evaluate(gold, paths, strict, show_errors, jobs, as_json):
    """Extract PATHS and score the facts against GOLD (JSON Lines in the format of
    graph-model.md): precision, recall and F1 per fact type. Inferred facts (not
    stated by the text) are not scored."""
    from .evaluate import read_gold, score
    from .pipeline import extract_paths
    truth = read_gold(gold)
    facts = []
    for result in extract_paths(list(paths), jobs):
        if result.error:
            _warn(result.error)
        else:
            facts += result.graph.facts
    scores = score(truth, facts, strict)
    if as_json:
        _json({s.type: s.to_json() for s in scores})
        return
    click.echo(f"{'type':<20}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for s in scores:
        click.echo(f"{s.type:<20}{s.gold:>6}{s.predicted:>6}{s.correct:>6}"
                   f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
        if show_errors and s.type != "ALL":
            for k in s.missed[:show_errors]:
                click.echo("    missed    " + " | ".join(map(str, k)))
            for k in s.spurious[:show_errors]:
                click.echo("    spurious  " + " | ".join(map(str, k)))


# ------------------------------------------------------------ output

def explained(fact) -> str:
    """"SUPPORTS 青山县水利局 -> 杏林村 [mode=包联]  (support.verb)  “…” — doc@offset"."""
    props = "".join(f" [{k}={v}]" for k, v in fact.props)
    mark = " inferred" if fact.inferred else ""
    return (f"{fact.type} {fact.head} -> {fact.tail}{props}  ({fact.pattern or '?'}{mark})  "
            f"“{fact.evidence}” — {fact.doc}@{fact.offset}")


def _print(renderable) -> None:
    Console(highlight=False).print(renderable)


def _json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=1))


def _warn(message: str) -> None:
    click.echo(f"kg: warning: {message}", err=True)


def _progress(message: str, final: bool = False) -> None:
    """A status line on stderr, overwritten in place on a terminal."""
    if not sys.stderr.isatty():
        if final and message:
            click.echo(message, err=True)
        return
    click.echo(f"\r\033[K{message}", err=True, nl=final)
