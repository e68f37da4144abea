"""kg: load Chinese news about rural support work into a graph, and ask it questions.

The CLI only parses arguments, calls the library and prints.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

import click

from .answers import EntityFacts, KgError, Stats, WhoSupports
from .read import ReadError
from .store import Neo4jConfig, open_store

STORE_HELP = "Local store folder (env KG_STORE, default ./.kg). Ignored when Neo4j is configured."
NEO4J_HELP = "Bolt URI of a Neo4j server (env NEO4J_URI); user, password and database come from " \
             "NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE."


def store_options(f):
    f = click.option("--neo4j", "neo4j_uri", metavar="URI", help=NEO4J_HELP)(f)
    f = click.option("--store", "store_dir", type=click.Path(file_okay=False), envvar="KG_STORE",
                     help=STORE_HELP)(f)
    return f


def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(f)


class KgGroup(click.Group):
    """Turns user-facing errors into one line on stderr and an exit code, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (KgError, ReadError) as e:
            click.echo(f"kg: {e}", err=True)
            sys.exit(getattr(e, "exit_code", 1))


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main():
    """Read newspaper pages about 包联/帮扶/驻村第一书记/网格 into a knowledge graph.

    \b
    kg load seeds/                 extract and store (locally, or in Neo4j if NEO4J_URI is set)
    kg who-supports 黄母哈日村      units, first secretary and location of a village
    kg show 达拉特旗水务局          every fact about one entity
    kg extract seeds/ -o f.jsonl   facts as JSON Lines, without storing
    kg forget seeds/old.txt        remove a loaded document
    """


def jobs_option(f):
    return click.option("-j", "--jobs", type=click.IntRange(min=1), default=_cores, show_default="the machine's cores",
                        help="Worker processes that extract files.")(f)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write facts here (default: standard output).")
@jobs_option
def extract(paths, output, jobs):
    """Extract facts from files or folders (*.txt) as JSON Lines, one fact a line.

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
        for line in jsonl.lines(graph):
            output.write(line + "\n")
        n += len(graph.facts)
        _progress(f"{graph.doc}: {len(graph.facts)} facts")
    _progress(f"{n} facts", final=True)
    if skipped:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_options
@jobs_option
@click.option("--prune", is_flag=True, help="Also remove documents whose files are gone from these folders.")
@click.option("--rebuild", is_flag=True,
              help="Set the local store aside (as graph.db.old) and extract again every file it recorded, "
                   "and PATHS; for a damaged store or one of another kg version.")
@click.option("--batch-size", default=1000, show_default=True, help="Rows per Neo4j write.")
@json_option
def load(paths, store_dir, neo4j_uri, jobs, prune, rebuild, batch_size, as_json):
    """Extract files or folders and load them into the store.

    PATHS are text files, folders (every *.txt below them) or the JSON Lines that
    `kg extract` writes (*.jsonl). Files unchanged since the last load are skipped;
    a changed file's facts replace its old ones, an emptied file's are removed.
    A file is known by its absolute path: loading a folder and then a subfolder
    changes nothing."""
    from .load import load as run_load
    if not paths and not rebuild:
        raise click.UsageError("give at least one file or folder to load")
    with _store(store_dir, neo4j_uri, batch_size) as store:
        report = run_load(list(paths), store, jobs, prune, rebuild,
                          lambda p: _progress(f"{p.files_done}/{p.files_total} {p.doc}"))
    for reason in report.skipped + report.warnings:
        _warn(reason)
    if as_json:
        click.echo(json.dumps(asdict(report), ensure_ascii=False, indent=1))
    else:
        _progress("", final=True)
        more = "".join(f", {len(items)} {what}" for items, what in ((report.emptied, "emptied"),
                                                                   (report.pruned, "pruned")) if items)
        click.echo(f"loaded {len(report.loaded)} file(s), {report.facts} facts; "
                   f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped{more} → {store.where}")
    if report.skipped:      # the good files are loaded; the exit code still says not all were
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_options
@json_option
def forget(paths, store_dir, neo4j_uri, as_json):
    """Remove loaded documents and everything they contributed.

    Each PATH is a loaded file (which may no longer exist), a folder (every
    document loaded from below it) or the short name that facts cite."""
    from .load import forget as run_forget
    with _store(store_dir, neo4j_uri) as store:
        report = run_forget(list(paths), store)
    for arg in report.unknown:
        _warn(f"{arg}: no loaded document has this path or name")
    if as_json:
        click.echo(json.dumps(asdict(report), ensure_ascii=False, indent=1))
    else:
        click.echo(f"forgot {len(report.forgotten)} document(s) → {store.where}")
    if report.unknown:
        sys.exit(1)


@main.command("who-supports")
@click.argument("name")
@store_options
@json_option
def who_supports(name, store_dir, neo4j_uri, as_json):
    """Which units support a village (包联/帮扶/结对 ...), its first secretary, and where it lies."""
    with _store(store_dir, neo4j_uri) as store:
        answer = store.who_supports(name)
    click.echo(json.dumps(answer.to_json(), ensure_ascii=False, indent=1) if as_json else render_support(answer))


@main.command()
@click.argument("name")
@store_options
@json_option
def show(name, store_dir, neo4j_uri, as_json):
    """Every fact about one entity (a place, unit or person), with its evidence."""
    with _store(store_dir, neo4j_uri) as store:
        facts = store.show(name)
    click.echo(json.dumps(facts.to_json(), ensure_ascii=False, indent=1) if as_json else render_show(facts))


@main.command()
@store_options
@json_option
def stats(store_dir, neo4j_uri, as_json):
    """Counts of nodes by label and relationships by type."""
    with _store(store_dir, neo4j_uri) as store:
        s = store.stats()
    click.echo(json.dumps(s.to_json(), ensure_ascii=False, indent=1) if as_json else render_stats(s))


@main.command()
@click.argument("query")
@click.option("--neo4j", "neo4j_uri", metavar="URI", help=NEO4J_HELP)
@click.option("--write", is_flag=True, help="Allow writes (default: a read-only transaction).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter.")
@json_option
def cypher(query, neo4j_uri, write, params, as_json):
    """Run a Cypher query on the Neo4j store (read-only unless --write)."""
    config = Neo4jConfig.from_env(neo4j_uri)
    if not config:
        raise click.UsageError("kg cypher needs a Neo4j server: set NEO4J_URI or pass --neo4j")
    from .store.neo4j import Neo4jStore
    args = dict(p.split("=", 1) for p in params)
    with _closing(Neo4jStore(config)) as store:
        rows = store.run(query, args, write=write)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    else:
        for row in rows:
            click.echo("\t".join(f"{k}={v}" for k, v in row.items()))


# ------------------------------------------------------------ helpers

class _closing:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        return self.store

    def __exit__(self, *exc):
        self.store.close()


def _store(store_dir, neo4j_uri, batch_size: int = 1000):
    return _closing(open_store(store_dir, Neo4jConfig.from_env(neo4j_uri, batch_size)))


def _warn(message: str) -> None:
    click.echo(f"kg: warning: {message}", err=True)


def _progress(message: str, final: bool = False) -> None:
    """A status line on stderr, overwritten in place on a terminal."""
    if not sys.stderr.isatty():
        if final and message:
            click.echo(message, err=True)
        return
    click.echo(f"\r\033[K{message}", err=True, nl=final)


def render_support(a: WhoSupports) -> str:
    lines = [f"{a.place} ({a.level or 'place'})"]
    if a.located_in:
        lines.append("  lies in: " + " → ".join(s.place for s in a.located_in))
    lines.append("")
    lines.append("supported by:" if a.supporters else "supported by: (none found)")
    for s in a.supporters:
        lines += [f"  {s.unit}  [{s.mode}]", _cite(s.evidence)]
    lines.append("first secretary:" if a.secretaries else "first secretary: (none found)")
    for s in a.secretaries:
        unit = f"  (from {', '.join(s.units)})" if s.units else ""
        lines += [f"  {s.person}{unit}", _cite(s.evidence)]
    if a.located_in:
        lines.append("location:")
        for s in a.located_in:
            lines += [f"  in {s.place}", _cite(s.evidence)]
    return "\n".join(lines)


def render_show(f: EntityFacts) -> str:
    extra = ", ".join(f"{k}={v}" for k, v in f.properties.items()
                      if k not in ("id", "name", "aliases") and v not in (None, []))
    lines = [f"{f.name} ({f.label}{', ' + extra if extra else ''})"]
    if f.properties.get("aliases"):
        lines.append("  also written: " + ", ".join(f.properties["aliases"]))
    for r in f.relations:
        props = "".join(f" [{v}]" for _, v in r.props)
        arrow = f"-{r.type}->" if r.direction == "out" else f"<-{r.type}-"
        lines += [f"  {arrow} {r.other}{props}", _cite(r.evidence)]
    lines.append(f"  mentioned in {len(f.articles)} article(s)")
    return "\n".join(lines)


def render_stats(s: Stats) -> str:
    lines = [f"documents: {s.documents}", "nodes:"]
    lines += [f"  {k:<20}{v:>8}" for k, v in s.nodes.items()]
    lines.append("relationships:")
    lines += [f"  {k:<20}{v:>8}" for k, v in s.relationships.items()]
    return "\n".join(lines)


def _cite(e) -> str:
    mark = " (inferred)" if e.inferred else ""
    sentence = e.sentence if len(e.sentence) <= 80 else e.sentence[:79] + "…"
    return f"      “{sentence}” — {e.doc}@{e.offset}{mark}"
