"""The extraction pipeline: files -> pages -> articles -> claims -> DocGraphs.

Each step is one module; this one only wires them together. A file is read in
pieces (graph.read.pieces) and extracted piece by piece, so memory stays that of
one piece and time grows with the file's length. `extract_file` is a pure
function of one file: `extract_files` runs it in worker processes.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .articles import MAX_ARTICLE, MAX_SENTENCE, bounded, split_articles
from .facts import read_article
from .mentions import openings, publishers, tagged_sentences
from .model import Article, DocGraph, Entity, Fact, Page
from .read import EmptyFile, ReadError, find_files, identity, page, pieces
from .places import page_home
from .resolve import resolve_page


def extract_page(page: Page) -> DocGraph:
    """One decoded page: a whole file read by graph.read.read_page."""
    whole = _Whole(page.doc)
    whole.add(_extract(page, split_articles(page), 0, 0, whole))
    return whole.graph(page.digest, page.path)


def extract_file(path: Path, doc: str) -> DocGraph:
    """One file, streamed. Each piece is split into articles together with the
    article the previous piece ended in, so an article is only cut when it is
    longer than MAX_ARTICLE."""
    sha = hashlib.sha256()
    whole = _Whole(doc)
    carry, base = "", 0
    for raw, last in _with_last(pieces(path, sha)):
        p = page(carry + raw, doc)
        articles = split_articles(p)
        cut = len(p.raw)
        if not last and len(articles) > 1:
            cut, articles = articles[-1].start, articles[:-1]
        elif not last and len(p.raw) < MAX_ARTICLE:
            cut, articles = 0, []
        if articles:
            whole.add(_extract(p, articles, base, len(whole.articles), whole))
        carry, base = p.raw[cut:], base + cut
    return whole.graph(sha.hexdigest(), identity(path))


def _with_last(items: Iterator[str]) -> Iterator[tuple[str, bool]]:
    previous = None
    for item in items:
        if previous is not None:
            yield previous, False
        previous = item
    if previous is not None:
        yield previous, True


def _extract(p: Page, articles: list[Article], base: int, n: int, whole: _Whole) -> DocGraph:
    """The facts of these articles of page p, which starts at offset `base` of its
    file, after its first n articles."""
    articles, cut_articles, cut_sentences = bounded(p, articles)
    whole.cut_articles += cut_articles
    whole.cut_sentences += cut_sentences
    articles = [_placed(a, base, k) for k, a in enumerate(articles, n + 1)]
    home = page_home(p.text)
    words = iter(tagged_sentences([s.text for a in articles for s in a.read], openings(articles)))   # one batch a page
    site = publishers(p.text)
    readings = []
    for a in articles:
        article_words = [next(words) for _ in a.read]
        try:
            readings.append(read_article(a, home=home, words=article_words, site=site))
        except Exception as e:      # a bug met in one article: the file's other articles still count
            whole.failed.append(f"{a.id} ({type(e).__name__}: {e})")
    graph = resolve_page(p.doc, p.digest, readings)
    _keep_original_forms(p, graph)
    return graph


def _placed(a: Article, base: int, k: int) -> Article:
    """Article number k of its file, with offsets into the whole file."""
    id_ = f"{a.doc}#{k}"
    if base == 0 and a.id == id_:
        return a
    return replace(a, id=id_, start=a.start + base, end=a.end + base,
                   sentences=tuple(replace(s, offset=s.offset + base) for s in a.sentences),
                   headline=tuple(replace(s, offset=s.offset + base) for s in a.headline))


class _Whole:
    """A file's graph, gathered from the graphs of its pieces as resolve_page
    gathers a page: an entity's aliases add up, the first fact of a key wins, a
    stated fact wins over an inferred one. The articles' sentences are dropped
    (the text stays in the file, the facts keep their evidence)."""

    def __init__(self, doc: str):
        self.doc = doc
        self.articles: list[Article] = []
        self.entities: dict[str, Entity] = {}
        self.facts: dict[str, Fact] = {}
        self.mentions: dict[str, list[str]] = {}
        self.cut_articles = self.cut_sentences = 0
        self.failed: list[str] = []     # articles whose reading raised: "doc#k (error)"

    def add(self, part: DocGraph) -> None:
        self.articles += [replace(a, sentences=(), headline=()) for a in part.articles]
        self.mentions.update(part.mentions)
        for e in part.entities:
            if e.id in self.entities:
                self.entities[e.id].aliases |= e.aliases
            else:
                self.entities[e.id] = e
        for f in part.facts:
            old = self.facts.get(f.key)
            if old is None or (old.inferred and not f.inferred):
                self.facts[f.key] = f

    def graph(self, digest: str, path: str) -> DocGraph:
        warnings = []
        if self.cut_articles:
            warnings.append(f"{self.doc}: {self.cut_articles} article(s) longer than {MAX_ARTICLE:,} characters "
                            f"were cut")
        if self.cut_sentences:
            warnings.append(f"{self.doc}: {self.cut_sentences} sentence(s) longer than {MAX_SENTENCE:,} "
                            f"characters were cut")
        warnings += [f"{failed}: extraction of this article failed; please report it with this file"
                     for failed in self.failed]
        return DocGraph(self.doc, digest, self.articles, list(self.entities.values()), list(self.facts.values()),
                        self.mentions, path=path or self.doc, warnings=warnings)


def _keep_original_forms(page: Page, graph: DocGraph) -> None:
    """A name printed in Traditional characters keeps that form as an alias."""
    changed = {ch for ch, i in zip(page.text, page.index) if page.raw[i] != ch}
    if not changed:     # nothing was converted: every name is printed as it reads
        return
    for entity in graph.entities:
        for alias in list(entity.aliases):
            if changed.isdisjoint(alias):
                continue
            pos = page.text.find(alias)
            if pos < 0:
                continue
            original = "".join(page.raw[page.raw_offset(i)] for i in range(pos, pos + len(alias)))
            if original != alias and not any(ch.isspace() for ch in original):
                entity.aliases.add(original)


# ------------------------------------------------------------ many files

Task = tuple[Path, str, "str | None"]     # file, short name, its digest as last loaded (None: new)


@dataclass
class Extracted:
    """What became of one file."""
    path: str                       # resolved absolute path
    doc: str
    graph: DocGraph | None = None   # None: unchanged since loaded, or unreadable
    error: str = ""                 # why it could not be read: one line naming the file
    empty: bool = False             # nothing but white space: a graph with no facts
    size: int = 0                   # bytes


def extract_one(task: Task) -> Extracted:
    path, doc, known = task
    key = identity(path)
    try:
        size = os.path.getsize(path)
        if known is not None and file_digest(path) == known:
            return Extracted(key, doc, size=size)
        try:
            graph = extract_file(path, doc)
        except EmptyFile:
            return Extracted(key, doc, DocGraph(doc, file_digest(path), [], [], [], {}, path=key),
                             empty=True, size=size)
        return Extracted(key, doc, graph, size=size)
    except ReadError as e:
        return Extracted(key, doc, error=str(e))
    except OSError as e:
        return Extracted(key, doc, error=f"{path}: cannot read: {e.strerror or e}")
    except Exception as e:      # a bug: one file's, not the whole load's
        return Extracted(key, doc, error=f"{path}: extraction failed ({type(e).__name__}: {e}); "
                                         f"please report it with this file")


def file_digest(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


CHUNK_FILES, CHUNK_BYTES = 16, 1 << 18     # what one worker is handed at a time


def extract_files(tasks: list[Task], jobs: int = 1) -> Iterator[Extracted]:
    """extract_one for every task, in order, by `jobs` worker processes. Workers are
    forked once and live for the whole run (extraction loads what it needs once per
    process); small files go to them a few at a time, so that handing them over
    costs little; only a few chunks of results wait for the caller at any time.
    Work that fits in one chunk is done here: one worker would do all of it."""
    chunks = list(_chunks(tasks))
    if jobs <= 1 or len(chunks) <= 1:
        yield from map(extract_one, tasks)
        return
    _warm_up()
    with multiprocessing.get_context("fork").Pool(min(jobs, len(chunks)), initializer=_ignore_sigint) as pool:
        waiting: deque = deque()
        for chunk in chunks:
            waiting.append(pool.apply_async(_extract_chunk, (chunk,)))
            if len(waiting) >= 2 * jobs:
                yield from waiting.popleft().get()
        while waiting:
            yield from waiting.popleft().get()


def _chunks(tasks: list[Task]) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    size = 0
    for task in tasks:
        if chunk and (len(chunk) == CHUNK_FILES or size >= CHUNK_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append(task)
        size += file_size(task[0])
    if chunk:
        yield chunk


def file_size(path: Path) -> int:
    """0 for a file that cannot be read: the read step reports it."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _extract_chunk(chunk: list[Task]) -> list[Extracted]:
    return [extract_one(task) for task in chunk]


def _warm_up() -> None:
    """Extract a sentence here, before the workers are forked: what extraction loads
    on first use (dictionaries, models) is then loaded once and shared."""
    extract_page(page("本报讯 年初,县水务局承担了红石镇柳沟村的包联工作。", "warm-up"))


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C is the parent's to handle


def extract_paths(paths: list[Path], jobs: int = 1) -> Iterator[Extracted]:
    """Every *.txt under `paths`, in order. A path that does not exist raises
    ReadError before anything is read."""
    return extract_files([(f, doc, None) for f, doc in find_files(paths)], jobs)
