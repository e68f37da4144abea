"""Loading: extract the files that changed since the last load and write them to a store."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .pipeline import extract_page, pages
from .store import Store


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)     # one-line reasons
    facts: int = 0


def load(paths: list[Path], store: Store, progress: Callable[[str], None] = lambda doc: None) -> LoadReport:
    """Unchanged files (same sha256 as loaded) are not extracted again; a changed
    file's facts replace its old ones, one file at a time."""
    report = LoadReport()
    known = store.digests()
    for page in pages(paths, report.skipped.append):
        progress(page.doc)
        if known.get(page.doc) == page.digest:
            report.unchanged.append(page.doc)
            continue
        graph = extract_page(page)
        store.write(graph)
        report.loaded.append(page.doc)
        report.facts += len(graph.facts)
    return report
