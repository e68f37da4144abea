"""Extraction speed, measured against plain jieba.posseg on the same text, and the
CPU cost of `kg load seeds/` into a fresh store.

Not a test: it prints figures. kg and jieba.posseg are timed in this one run, on
the same text, so their ratio holds on a shared, noisy machine where absolute
numbers don't; CPU time (not wall time) is what `kg load` is charged.

    python bench/bench_extract.py [--mb 1.0]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jieba
import jieba.posseg as pseg

from graph.model import Page
from graph.pipeline import extract_page
from graph.read import clean

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "seeds"


def corpus(megabytes: float) -> list[str]:
    """The seed pages repeated until the corpus holds `megabytes` of UTF-8."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        out.append(pages[i % len(pages)])
        size += len(out[-1].encode("utf-8"))
        i += 1
    return out


def page_of(text: str, n: int) -> Page:
    cleaned, index = clean(text)
    return Page(f"bench{n}.txt", text, cleaned, tuple(index), hashlib.sha256(text.encode()).hexdigest())


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def load_seeds_cpu(pycache: str) -> float:
    """User + system CPU of `kg load seeds/` in a new process and a new store.

    With Python's bytecode cache, as any installed kg has: where the environment
    turns it off (PYTHONDONTWRITEBYTECODE), every module would be compiled from
    source on every run. The cache goes to a temporary folder, not the tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": pycache}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory() as store:
        subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "load", str(SEEDS),
                        "--store", store], check=True, capture_output=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (default 1.0)")
    args = ap.parse_args()
    texts = corpus(args.mb)
    chars = sum(map(len, texts))
    jieba.setLogLevel(60)
    jieba.initialize()
    list(pseg.cut(texts[0]))
    extract_page(page_of(texts[0], -1))          # warm caches and lazy loads outside the timing
    t_kg = cpu(lambda: [extract_page(page_of(t, n)) for n, t in enumerate(texts)])
    t_jieba = cpu(lambda: [list(pseg.cut(t)) for t in texts])
    print(f"corpus: {len(texts)} pages, {chars:,} chars, {sum(len(t.encode()) for t in texts) / 1e6:.2f} MB")
    print(f"kg extract:     {chars / t_kg:>12,.0f} chars/s  ({t_kg:.1f} s CPU)")
    print(f"jieba.posseg:   {chars / t_jieba:>12,.0f} chars/s  ({t_jieba:.1f} s CPU)")
    print(f"ratio kg / jieba.posseg: {t_jieba / t_kg:.2f}")
    with tempfile.TemporaryDirectory() as pycache:
        load_seeds_cpu(pycache)     # the first run compiles the caches: register, lexicon, patterns, bytecode
        runs = sorted(load_seeds_cpu(pycache) for _ in range(3))
    print(f"kg load seeds/ into a fresh store: {runs[1]:.2f} s CPU (median of 3; caches compiled)")


if __name__ == "__main__":
    main()
