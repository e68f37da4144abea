"""Does the embedded store keep its answers fast as the corpus grows?

    python bench/bench_store.py [--sizes 100 1000 10000] [--queries 30] [--jobs-corpus 1000]

Writes synthetic newspaper pages (each about its own village, township, unit and
first secretary, so every document brings distinct entities), loads each corpus
with `kg load` into a fresh store and prints, per corpus: load time, peak memory
of the load, store size, and the median latency of who-supports, show and stats,
in-process (LocalStore, in milliseconds) and as a `kg` command (milliseconds,
Python's start included). Then the ratio of each in-process
latency at the largest corpus to the smallest (the store should keep it under 2),
and the speed-up of `kg load -j 2` over `-j 1` on one corpus, beside what two
processes of plain arithmetic gain on the machine at that moment. Not a test: all
figures come from this one run, so their ratios hold on a busy machine.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graph.store.local import FILE, LocalStore

KG = Path(sys.executable).with_name("kg")
SYLLABLES = "安宝北昌长德东丰福富复广海河红宏华吉佳建金康乐利林隆茂民明南平庆仁瑞山胜盛顺泰太天田万旺文西祥新兴阳永裕元远泽正志中"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞斌宇浩凯健俊帆帅旭宁龙欣晶亮培云君"


def stem(i: int) -> str:
    """Three syllables, different for every i below 47**3."""
    return "".join(SYLLABLES[i // len(SYLLABLES) ** k % len(SYLLABLES)] for k in range(3))


def names(i: int) -> dict[str, str]:
    n, g = len(SURNAMES), len(GIVEN)
    return {"village": stem(i) + "村", "town": stem(i * 7 + 3) + "镇", "unit": stem(i * 13 + 5) + "农牧局",
            "person": SURNAMES[i % n] + GIVEN[i // n % g] + GIVEN[i // n // g % g],
            "reporter": SURNAMES[(i + 3) % n] + GIVEN[(i + 5) % g],
            "unit name": "达拉特旗" + stem(i * 13 + 5) + "农牧局"}      # as the extractor qualifies it


def page(i: int) -> str:
    x = names(i)
    return (f"{x['village']}产业兴旺有奔头\n\n"
            f"本报讯(记者 {x['reporter']})年初,达拉特旗{x['unit']}承担了{x['town']}{x['village']}的包联工作。"
            f"随后,{x['unit']}驻村干部{x['person']}作为驻村第一书记,长期蹲了下来。\n\n"
            f"{x['village']}共有农户三百余户,近年来发展特色种植、养殖,村民人均收入稳步增长,"
            f"村里新修了道路,建起了文化广场。{x['person']}介绍,全村划分网格12个,每个网格都有网格员。\n")


def corpus(root: Path, n: int) -> Path:
    folder = root / f"corpus{n}"
    for i in range(n):
        f = folder / f"{i // 1000:03d}" / f"{i:05d}.txt"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(page(i), encoding="utf-8")
    return folder


def run(*args: str) -> tuple[float, int, str]:
    """Wall time, peak memory (largest process, MB) and stdout of a kg command."""
    start = time.perf_counter()
    proc = subprocess.Popen([str(KG), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        sys.exit(f"kg {' '.join(args)} failed: {err}")
    return time.perf_counter() - start, usage.ru_maxrss // 1024, out


def median_ms(query, picks: list[str]) -> float:
    """Median time of `query` over the picked names, each asked once before (the
    pages it reads are then in memory, as they are for a store in use)."""
    for name in picks:
        query(name)
    samples = []
    for name in picks * 3:
        start = time.perf_counter()
        query(name)
        samples.append(time.perf_counter() - start)
    return 1000 * statistics.median(samples)


def measure(root: Path, n: int, queries: int, jobs: int) -> dict:
    folder = corpus(root, n)
    store = root / f"store{n}"
    seconds, peak, _ = run("load", str(folder), "--store", str(store), "-j", str(jobs))
    size = sum(f.stat().st_size for f in store.iterdir() if f.name.startswith(FILE))
    rng = random.Random(n)
    picks = [names(rng.randrange(n)) for _ in range(queries)]
    with LocalStore(store) as s:
        fig = {"who-supports": median_ms(s.who_supports, [p["village"] for p in picks]),
               "show": median_ms(s.show, [p["unit name"] for p in picks]),
               "stats": median_ms(lambda _: s.stats(), [""] * queries)}
    cli = {"who-supports": ("who-supports", picks[0]["village"]), "show": ("show", picks[0]["unit name"]),
           "stats": ("stats",)}
    for name, args in cli.items():
        fig[f"kg {name}"] = 1000 * statistics.median(run(*args, "--store", str(store))[0] for _ in range(7))
    return {"documents": n, "load s": seconds, "peak MB": peak, "store MB": size / 1e6, **fig}


def spin(_: int) -> int:
    return sum(range(20_000_000))


def spin_speedup() -> float:
    """What two processes gain over one on this machine right now: the ceiling for -j 2."""
    times = {}
    for jobs in (1, 2):
        start = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            pool.map(spin, range(4))
        times[jobs] = time.perf_counter() - start
    return times[1] / times[2]


def fmt(v) -> str:
    if isinstance(v, int):
        return f"{v:,}"
    return f"{v:,.0f}" if v >= 1000 else f"{v:.3g}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--queries", type=int, default=50, help="names asked per query (the median time is printed)")
    ap.add_argument("--jobs-corpus", type=int, default=1000, help="documents for the -j 2 / -j 1 comparison")
    args = ap.parse_args()
    jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        root = Path(tmp)
        rows = []
        for n in args.sizes:
            rows.append(measure(root, n, args.queries, jobs))
            print(" ".join(f"{k}={fmt(v)}" for k, v in rows[-1].items()), flush=True)
        columns = list(rows[0])
        print("\n| " + " | ".join(columns) + " |\n|" + "---|" * len(columns))
        for r in rows:
            print("| " + " | ".join(fmt(r[c]) for c in columns) + " |")
        first, last = rows[0], rows[-1]
        print(f"\nlatency at {last['documents']:,} / at {first['documents']:,} documents (in-process):")
        for q in ("who-supports", "show", "stats"):
            print(f"  {q:13} {last[q] / first[q]:.2f}x")

        folder = corpus(root / "jobs", args.jobs_corpus)
        times: dict[int, list[float]] = {1: [], 2: []}
        for n in range(2):          # alternated, the best of two: less of what else the machine does
            for j in (1, 2):
                times[j].append(run("load", str(folder), "--store", str(root / f"j{j}-{n}"), "-j", str(j))[0])
        one, two = min(times[1]), min(times[2])
        print(f"\nkg load of {args.jobs_corpus:,} documents: -j 1 {one:.1f} s, -j 2 {two:.1f} s, "
              f"speed-up {one / two:.2f}x; two processes of pure Python arithmetic: {spin_speedup():.2f}x "
              f"({jobs} cores here)")


if __name__ == "__main__":
    main()
