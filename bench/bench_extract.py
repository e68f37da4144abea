"""Extraction throughput, measured against plain jieba.posseg on the same text.

Not a test: it prints figures. Both are timed in this one run, on the same
text, so their ratio holds on a shared, noisy machine where absolute numbers don't.

    python bench/bench_extract.py [--mb 1.0]
"""
from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

import jieba
import jieba.posseg as pseg

from graph.model import Page
from graph.pipeline import extract_page
from graph.read import clean

SEEDS = Path(__file__).parents[1] / "seeds"


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


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (default 1.0)")
    args = ap.parse_args()
    texts = corpus(args.mb)
    chars = sum(map(len, texts))
    jieba.setLogLevel(60)
    jieba.initialize()
    extract_page(page_of(texts[0], -1))          # warm caches and lazy loads outside the timing
    t_kg = timed(lambda: [extract_page(page_of(t, n)) for n, t in enumerate(texts)])
    t_jieba = timed(lambda: [list(pseg.cut(t)) for t in texts])
    print(f"corpus: {len(texts)} pages, {chars:,} chars, {sum(len(t.encode()) for t in texts) / 1e6:.2f} MB")
    print(f"kg extract:     {chars / t_kg:>12,.0f} chars/s  ({t_kg:.1f} s)")
    print(f"jieba.posseg:   {chars / t_jieba:>12,.0f} chars/s  ({t_jieba:.1f} s)")
    print(f"ratio kg / jieba.posseg: {t_jieba / t_kg:.2f}")


if __name__ == "__main__":
    main()
