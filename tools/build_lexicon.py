"""Build graph/data/lexicon.tsv.xz: the frequent words of jieba's dictionary (MIT),
with their frequency and part of speech.

    python tools/build_lexicon.py          # needs jieba installed (pip install jieba)

kg reads it to tell names from ordinary words ("设立白柜村": 设立 is a frequent verb,
so the name is 白柜村); jieba itself is not needed at run time.
"""
from __future__ import annotations

import lzma
from pathlib import Path

import jieba

OUT = Path(__file__).resolve().parents[1] / "graph" / "data" / "lexicon.tsv.xz"
MIN_FREQ = 20       # rarer words are name syllables as often as words
MAX_LEN = 4


def main() -> None:
    source = Path(jieba.__file__).parent / "dict.txt"
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split()
        if int(freq) >= MIN_FREQ and len(word) <= MAX_LEN:
            rows.append(f"{word}\t{freq}\t{tag}")
    header = f"# frequent words of jieba {jieba.__version__}'s dict.txt (MIT), freq >= {MIN_FREQ}"
    OUT.write_bytes(lzma.compress("\n".join([header] + rows).encode("utf-8"), preset=9))
    print(f"{OUT}: {len(rows):,} words, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
