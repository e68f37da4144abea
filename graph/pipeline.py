"""The extraction pipeline: files -> pages -> articles -> claims -> DocGraphs.

Each step is one module; this one only wires them together.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from .articles import split_articles
from .facts import read_article
from .model import DocGraph, Page
from .places import page_home
from .read import ReadError, find_files, read_page
from .resolve import resolve_page


def extract_page(page: Page) -> DocGraph:
    home = page_home(page.text)
    readings = [read_article(a, home=home) for a in split_articles(page)]
    graph = resolve_page(page.doc, page.digest, readings)
    _keep_original_forms(page, graph)
    return graph


def _keep_original_forms(page: Page, graph: DocGraph) -> None:
    """A name printed in Traditional characters keeps that form as an alias."""
    for entity in graph.entities:
        for alias in list(entity.aliases):
            pos = page.text.find(alias)
            if pos < 0:
                continue
            original = "".join(page.raw[page.raw_offset(i)] for i in range(pos, pos + len(alias)))
            if original != alias and not any(ch.isspace() for ch in original):
                entity.aliases.add(original)


def extract_paths(paths: list[Path], skipped: Callable[[str], None] = lambda msg: None,
                  ) -> Iterator[DocGraph]:
    """DocGraphs for every readable file under `paths`. A file that can't be read
    is reported through `skipped` (one line naming it) and passed over.
    A path that does not exist raises ReadError before anything is read."""
    for page in pages(paths, skipped):
        yield extract_page(page)


def pages(paths: list[Path], skipped: Callable[[str], None] = lambda msg: None) -> Iterator[Page]:
    for path, doc in find_files(paths):
        try:
            yield read_page(path, doc)
        except ReadError as e:
            skipped(str(e))
