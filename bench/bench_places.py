"""How many of the villages and townships that hand-annotated articles name kg grounds
in the register of divisions, and what loading the register costs.

    python bench/bench_places.py [GOLD ARTICLES]     (default: ../shared/dev)

A gold place counts when the register holds a division of that name (at the level
its suffix says); it is grounded when kg's entity for it carries a register
identity: a township its official 12-digit code, a village its township's code and
its own name (no package on PyPI ships village codes; docs/register.md). Not a
test: it prints figures.
"""
from __future__ import annotations

import functools
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from graph.pipeline import extract_paths
from graph.register import register

ROOT = Path(__file__).parents[1]
DEV = ROOT.parent / "shared" / "dev"
LEVEL_OF = (("嘎查", "Village"), ("社区", "Village"), ("居委会", "Village"), ("村", "Village"),
            ("苏木", "Township"), ("街道", "Township"), ("镇", "Township"), ("乡", "Township"))


def level(name: str) -> str | None:
    return next((lv for suffix, lv in LEVEL_OF if name.endswith(suffix)), None)


def in_register(name: str, lv: str) -> bool:
    reg = register()
    if lv == "Township":
        return any(reg.names[i] == name for i in reg.named(name))
    return name in all_villages()


@functools.cache
def all_villages() -> set[str]:
    return set(register().village_text.replace("\n", " ").split(" "))


def gold_places(gold: Path) -> dict[str, set[str]]:
    """doc -> names of the villages and townships its gold facts name."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            for side in ("head", "tail"):
                if level(g[side]) and (g["type"] != "DIVIDED_INTO" or side == "head"):
                    out[g["doc"]].add(g[side])
    return out


def grounding(gold: Path, articles: Path) -> dict[str, list[int]]:
    places = gold_places(gold)
    counts = {"Township": [0, 0], "Village": [0, 0]}      # [in the register, grounded]
    for result in extract_paths([articles]):
        graph = result.graph
        entities = {}
        for e in graph.entities:
            if e.label == "Place":
                for name in {e.name, *e.aliases}:
                    entities.setdefault(name, []).append(e)
        for name in places.get(graph.doc, ()):
            lv = level(name)
            if not in_register(name, lv):
                continue
            counts[lv][0] += 1
            key = [e.id.split(":", 1)[1] for e in entities.get(name, [])]
            counts[lv][1] += any(k[:1].isdigit() for k in key)
    return counts


def who_supports_wall(store: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "who-supports", "黄母哈日村",
                    "--store", store], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    gold, articles = (Path(a) for a in sys.argv[1:3]) if len(sys.argv) > 2 else (DEV / "gold.jsonl",
                                                                                 DEV / "articles")
    for lv, (known, grounded) in grounding(gold, articles).items():
        print(f"{lv:<9} in the register: {known:>3}   grounded: {grounded:>3}   "
              f"({grounded / known:.0%})" if known else f"{lv}: none in the register")
    start = time.process_time()
    register.cache_clear()
    register()
    print(f"loading the register (from its cache): {time.process_time() - start:.3f} s CPU")
    with tempfile.TemporaryDirectory() as store:
        subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "load", str(ROOT / "seeds"),
                        "--store", store], check=True, capture_output=True)
        walls = sorted(who_supports_wall(store) for _ in range(5))
    print(f"kg who-supports wall time: {walls[2]:.2f} s (median of 5; it does not load the register)")


if __name__ == "__main__":
    main()
