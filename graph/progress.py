"""How far a long `kg load` is, on stderr: a bar with the count, rate and time left on
a terminal (rich), and one line every few files or seconds when stderr is a file or
a pipe, so a log shows the load moving."""
from __future__ import annotations

import sys
import time
from datetime import timedelta

from .load import Progress


class LoadProgress:
    """Call with each Progress the load reports; close() when it ends."""

    EVERY_SECONDS = 10.0
    EVERY_SHARE = 0.05      # and at each 5% of the files

    def __init__(self, stream=None, terminal: bool | None = None):
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self.started = time.monotonic()
        self.last_line, self.last_share = 0.0, -1
        self.bar = None

    def __call__(self, p: Progress) -> None:
        if self.terminal:
            self._draw(p)
        else:
            self._line(p)

    def _draw(self, p: Progress) -> None:
        if self.bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, Progress as Bar, TextColumn, TimeRemainingColumn, TransferSpeedColumn
            self.bar = Bar(TextColumn("loading"), BarColumn(), TextColumn("{task.fields[files]} files"),
                           TransferSpeedColumn(), TimeRemainingColumn(), TextColumn("{task.fields[doc]}"),
                           console=Console(file=self.stream), transient=True)
            self.task = self.bar.add_task("load", total=p.bytes_total or None, doc="", files="")
            self.bar.start()
        self.bar.update(self.task, completed=p.bytes_done, doc=p.doc[-40:], files=f"{p.files_done}/{p.files_total}")

    def _line(self, p: Progress) -> None:
        now = time.monotonic()
        share = int(p.files_done / p.files_total / self.EVERY_SHARE) if p.files_total else 0
        done = p.files_done == p.files_total
        if not done and share == self.last_share and now - self.last_line < self.EVERY_SECONDS:
            return
        self.last_line, self.last_share = now, share
        elapsed = max(now - self.started, 1e-6)
        rate = p.files_done / elapsed
        left = (p.bytes_total - p.bytes_done) / (p.bytes_done / elapsed) if p.bytes_done else None
        eta = f", about {timedelta(seconds=round(left))} left" if left is not None and not done else ""
        print(f"kg: load: {p.files_done}/{p.files_total} files ({rate:,.1f} files/s){eta}",
              file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
