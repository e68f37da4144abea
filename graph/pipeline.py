"""The extraction pipeline: files -> pages -> articles -> claims -> DocGraphs.

Each step is one module; this one only wires them together.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from .articles import split_articles
from .facts import read_article
from .model import DocGraph, Page
from .read import ReadError, find_files, read_page
from .resolve import resolve_page


def extract_page(page: Page) -> DocGraph:
    readings = [read_article(a) for a in split_articles(page)]
    return resolve_page(page.doc, page.digest, readings)


def extract_paths(paths: list[Path], skipped: Callable[[str], None] = lambda msg: None,
                  ) -> Iterator[DocGraph]:
    """DocGraphs for every readable file under `paths`. A file that can't be read
    is reported through `skipped` (one line naming it) and passed over.
    A path that does not exist raises ReadError before anything is read."""
    for path, doc in find_files(paths):
        try:
            page = read_page(path, doc)
        except ReadError as e:
            skipped(str(e))
            continue
        yield extract_page(page)


def pages(paths: list[Path], skipped: Callable[[str], None] = lambda msg: None) -> Iterator[Page]:
    for path, doc in find_files(paths):
        try:
            yield read_page(path, doc)
        except ReadError as e:
            skipped(str(e))
