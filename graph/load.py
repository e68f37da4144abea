"""Loading: extract the files that changed since the last load and write them to a store.

A store knows a file by its resolved absolute path, so a file loaded through a
folder and again through a subfolder is one document, and two page1.txt in two
folders are two. Facts cite a short name: the path below the folder it was found
in, made longer (more parent folders) where another file already has it.
Worker processes extract (graph.pipeline); this process writes, a few documents
per transaction, each document whole.
"""
from __future__ import annotations

import os
import time
from itertools import accumulate
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import jsonl
from .answers import KgError
from .model import DocGraph, Document
from .pipeline import Extracted, Task, extract_files, file_size
from .read import ReadError, find_files, identity
from .store import Store, named, short_name


@dataclass
class Progress:
    """How far a load is: reported after every file."""
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    doc: str                # the file just handled


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)     # one-line reasons
    emptied: list[str] = field(default_factory=list)     # empty files: their documents have no facts now
    pruned: list[str] = field(default_factory=list)      # documents whose files are gone (--prune)
    warnings: list[str] = field(default_factory=list)
    facts: int = 0


def load(paths: list[Path], store: Store, jobs: int = 1, prune: bool = False, rebuild: bool = False,
         progress: Callable[[Progress], None] = lambda p: None) -> LoadReport:
    """Text files (*.txt under folders, or named) are extracted by `jobs` processes,
    then `kg extract` JSON Lines (*.jsonl) are read; a file whose sha256 is as
    loaded is not extracted again. With `prune`, documents whose files are gone
    from the folders in `paths` are removed. With `rebuild`, the local store is
    set aside and every file it recorded is extracted again, under its name."""
    report = LoadReport()
    shards = [Path(p) for p in paths if Path(p).is_file() and Path(p).suffix.lower() in jsonl.SUFFIXES]
    found = find_files([p for p in paths if Path(p) not in shards])     # a missing path stops here, first
    recorded = _rebuild(store, paths, report) if rebuild else []
    files = _files(recorded, found, report)
    known = {d.path: d for d in store.documents()}
    names = _Names(known.values())
    tasks: list[Task] = [(f, doc, known[key].digest if key in known else None) for key, (f, doc) in files.items()]
    sizes = list(accumulate([file_size(f) for f, _, _ in tasks] + [file_size(s) for s in shards], initial=0))
    batch = _Batch(store)
    done = 0

    def advance(doc: str) -> None:
        nonlocal done
        done += 1
        progress(Progress(done, len(sizes) - 1, sizes[done], sizes[-1], doc))

    def take(graph: DocGraph, empty: bool = False) -> None:
        if graph.path in known and known[graph.path].digest == graph.digest:
            report.unchanged.append(known[graph.path].name)
            return
        graph = named(graph, names.name(graph.path, graph.doc))
        batch.add(graph)
        (report.emptied if empty else report.loaded).append(graph.doc)
        report.facts += len(graph.facts)
        report.warnings += graph.warnings
        if empty:
            what = "its facts are removed" if graph.path in known else "nothing to load"
            report.warnings.append(f"{graph.doc}: empty file: {what}")

    for result in extract_files(tasks, jobs):
        _take_result(result, known, report, take)
        advance(result.doc)
    for shard in shards:
        try:
            for graph in jsonl.read(shard, report.skipped.append):
                take(graph)
        except ReadError as e:
            report.skipped.append(str(e))
        advance(shard.name)
    batch.flush()
    gone = _gone(paths, known.values())
    if prune:
        store.forget(d.path for d in gone)
        report.pruned = [d.name for d in gone]
    elif gone:
        report.warnings.append(f"{len(gone)} loaded file(s) under these folders are gone: "
                               f"'kg load --prune' removes their facts")
    return report


def _rebuild(store: Store, paths: list[Path], report: LoadReport) -> list[Document]:
    if not hasattr(store, "rebuild"):
        raise KgError("--rebuild works on the local store, not on Neo4j")
    recorded = store.rebuild()
    if not recorded and not paths:
        raise KgError(f"no recorded files could be read from the old store (kept as {store.file}.old): "
                      f"give the folders to load: kg load --rebuild PATH...")
    report.warnings.append(f"the old store is kept as {store.file}.old; {len(recorded)} file(s) it recorded "
                           f"are extracted again")
    return recorded


def _take_result(result: Extracted, known: dict[str, Document], report: LoadReport,
                 take: Callable[..., None]) -> None:
    if result.error:
        report.skipped.append(result.error)
    elif result.graph is None:
        report.unchanged.append(known[result.path].name if result.path in known else result.doc)
    else:
        take(result.graph, result.empty)


def _files(recorded: Iterable[Document], found: list[tuple[Path, str]], report: LoadReport,
           ) -> dict[str, tuple[Path, str]]:
    """identity -> (file, short name); a file reached twice is loaded once."""
    files: dict[str, tuple[Path, str]] = {}
    for d in recorded:
        if os.path.isfile(d.path):
            files.setdefault(d.path, (Path(d.path), d.name))
        else:
            report.warnings.append(f"{d.path}: gone since it was loaded, not loaded again")
    for f, doc in found:
        files.setdefault(identity(f), (f, doc))
    return files


def _gone(paths: list[Path], documents: Iterable[Document]) -> list[Document]:
    """Loaded documents under the folders in `paths` whose files no longer exist."""
    folders = [identity(p) for p in paths if Path(p).is_dir()]
    return [d for d in documents
            if any(_under(d.path, folder) for folder in folders) and not os.path.isfile(d.path)]


def _under(path: str, folder: str) -> bool:
    return path.startswith(folder.rstrip(os.sep) + os.sep)


class _Names:
    """Short names, one per path: a loaded document keeps its own, a new one gets a
    free one (the local store checks again as it writes, for concurrent loads)."""

    def __init__(self, documents: Iterable[Document]):
        self.of = {d.path: d.name for d in documents}
        self.taken = {name: path for path, name in self.of.items()}

    def name(self, path: str, proposed: str) -> str:
        if path not in self.of:
            name = short_name(path, proposed, lambda n: self.taken.get(n, path) != path)
            self.of[path], self.taken[name] = name, path
        return self.of[path]


class _Batch:
    """Documents written a few at a time, one transaction each batch: a killed load
    loses at most the batch it was writing, never part of a document."""

    def __init__(self, store: Store, size: int = 32, seconds: float = 1.0):
        self.store, self.size, self.seconds = store, size, seconds
        self.graphs: list[DocGraph] = []
        self.since = 0.0

    def add(self, graph: DocGraph) -> None:
        if not self.graphs:
            self.since = time.monotonic()
        self.graphs.append(graph)
        if len(self.graphs) >= self.size or time.monotonic() - self.since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        if self.graphs:
            self.store.write_many(self.graphs)
            self.graphs = []


# ------------------------------------------------------------ forgetting

@dataclass
class ForgetReport:
    forgotten: list[str] = field(default_factory=list)     # short names
    unknown: list[str] = field(default_factory=list)       # arguments that named no loaded document


def forget(paths: list[str], store: Store) -> ForgetReport:
    """Remove the documents named by path (a file, or a folder: every document under
    it, whether or not its file still exists) or by the short name facts cite."""
    documents = store.documents()
    chosen: dict[str, Document] = {}
    report = ForgetReport()
    for arg in map(str, paths):
        key = identity(Path(arg))
        found = [d for d in documents if d.path == key or _under(d.path, key) or d.name == arg]
        if not found:
            report.unknown.append(arg)
        chosen.update((d.path, d) for d in found)
    store.forget(list(chosen))
    report.forgotten = sorted(d.name for d in chosen.values())
    return report
