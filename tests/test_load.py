"""kg load on the embedded store: document identity, changed, deleted and emptied
files, JSON Lines from kg extract, parallel extraction, concurrent and killed loads.

Killed and concurrent loads run the real CLI in subprocesses."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import dump
from graph import pipeline
from graph.cli import main
from graph.load import Progress, load
from graph.store.local import LocalStore

SEEDS = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))


@pytest.fixture()
def kg(tmp_path, monkeypatch):
    """`kg ARGS --store tmp/STORE` through click; returns the result."""
    monkeypatch.delenv("NEO4J_URI", raising=False)
    runner = CliRunner()

    def run(*args, store="store"):
        return runner.invoke(main, [*map(str, args), "--store", str(tmp_path / store)], catch_exceptions=False)
    return run


def store_at(tmp_path: Path, name: str = "store") -> LocalStore:
    return LocalStore(tmp_path / name)


def clean_load(tmp_path: Path, *paths, name: str = "clean") -> tuple:
    """The dump of a fresh store loaded with `paths`, one file after another."""
    with store_at(tmp_path, name) as store:
        load(list(paths), store)
        return dump(store)


def folder(tmp_path: Path, name: str, seeds: list[Path], copies: int = 1) -> Path:
    f = tmp_path / name
    f.mkdir(parents=True)
    for i in range(copies):
        for seed in seeds:
            shutil.copy(seed, f / (seed.name if copies == 1 else f"{i:03d}_{seed.name}"))
    return f


def one_line(result) -> str:
    lines = [line for line in result.stderr.strip().splitlines() if not line.startswith("kg: load: ")]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


# ------------------------------------------------------------ identity

def test_same_named_files_in_two_folders_are_two_documents(kg, tmp_path):
    for year, seed in (("2020", SEEDS[0]), ("2021", SEEDS[1])):
        (tmp_path / "pages" / year).mkdir(parents=True)
        shutil.copy(seed, tmp_path / "pages" / year / "page1.txt")
    assert kg("load", tmp_path / "pages" / "2020").exit_code == 0
    assert kg("load", tmp_path / "pages" / "2021").exit_code == 0
    with store_at(tmp_path) as store:
        docs = {d.name: d.path for d in store.documents()}
    assert docs == {"page1.txt": str(tmp_path / "pages/2020/page1.txt"),
                    "2021/page1.txt": str(tmp_path / "pages/2021/page1.txt")}
    first = json.loads(kg("who-supports", "黄母哈日村", "--json").stdout)     # only in SEEDS[0]
    second = json.loads(kg("who-supports", "白柜村", "--json").stdout)        # only in SEEDS[1]
    assert first["supporters"][0]["evidence"]["doc"] == "page1.txt"
    assert second["supporters"][0]["evidence"]["doc"] == "2021/page1.txt"
    assert json.loads(kg("stats", "--json").stdout)["documents"] == 2


def test_a_folder_then_its_subfolder_changes_nothing(kg, tmp_path):
    pages = folder(tmp_path, "pages/2020", SEEDS[:3]).parent
    shutil.copy(SEEDS[3], pages / SEEDS[3].name)
    assert kg("load", pages).exit_code == 0
    with store_at(tmp_path) as store:
        before = dump(store)
    again = json.loads(kg("load", pages / "2020", "--json").stdout)
    assert (again["loaded"], len(again["unchanged"])) == ([], 3)
    with store_at(tmp_path) as store:
        assert dump(store) == before
        assert {d.name for d in store.documents()} == {f"2020/{s.name}" for s in SEEDS[:3]} | {SEEDS[3].name}


def test_a_changed_file_in_a_subfolder_keeps_its_name(kg, tmp_path):
    pages = folder(tmp_path, "pages/2020", SEEDS[:1]).parent
    kg("load", pages)
    page = pages / "2020" / SEEDS[0].name
    page.write_text(SEEDS[0].read_text(encoding="utf-8").replace("黄母哈日村", "黄母哈日新村"), encoding="utf-8")
    assert json.loads(kg("load", pages / "2020", "--json").stdout)["loaded"] == [f"2020/{SEEDS[0].name}"]
    answer = json.loads(kg("who-supports", "黄母哈日新村", "--json").stdout)
    assert answer["supporters"][0]["evidence"]["doc"] == f"2020/{SEEDS[0].name}"
    assert kg("who-supports", "黄母哈日村").exit_code == 1


# ------------------------------------------------------------ deleted and emptied files

def test_a_deleted_file_stays_until_prune(kg, tmp_path):
    pages = folder(tmp_path, "pages", SEEDS[:3])
    kg("load", pages)
    (pages / SEEDS[0].name).unlink()
    result = kg("load", pages)
    assert result.exit_code == 0
    assert "1 loaded file(s) under these folders are gone: 'kg load --prune'" in result.stderr
    assert "黄母哈日村" in kg("who-supports", "黄母哈日村").output
    pruned = json.loads(kg("load", pages, "--prune", "--json").stdout)
    assert pruned["pruned"] == [SEEDS[0].name]
    with store_at(tmp_path) as store:
        assert dump(store) == clean_load(tmp_path, pages)


def test_prune_keeps_files_loaded_from_elsewhere(kg, tmp_path):
    pages, other = folder(tmp_path, "pages", SEEDS[:2]), folder(tmp_path, "other", SEEDS[2:3])
    kg("load", pages, other)
    (other / SEEDS[2].name).unlink()
    assert json.loads(kg("load", pages, "--prune", "--json").stdout)["pruned"] == []
    assert json.loads(kg("stats", "--json").stdout)["documents"] == 3


def test_an_emptied_file_has_no_facts_and_a_warning(kg, tmp_path):
    pages = folder(tmp_path, "pages", SEEDS[:2])
    kg("load", pages)
    (pages / SEEDS[0].name).write_text("\n  \n", encoding="utf-8")
    result = kg("load", pages, "--json")
    assert result.exit_code == 0
    assert f"{SEEDS[0].name}: empty file: its facts are removed" in result.stderr
    assert json.loads(result.stdout)["emptied"] == [SEEDS[0].name]
    assert kg("who-supports", "黄母哈日村").exit_code == 1
    with store_at(tmp_path) as store:
        assert dump(store) == clean_load(tmp_path, pages)
        assert store.stats().documents == 2
    again = json.loads(kg("load", pages, "--json").stdout)
    assert len(again["unchanged"]) == 2


# ------------------------------------------------------------ JSON Lines from kg extract

def test_extracted_json_lines_load_to_the_same_store(kg, tmp_path):
    pages = folder(tmp_path, "pages", SEEDS)
    (pages / "empty.txt").write_text("", encoding="utf-8")
    assert kg("load", pages, store="from-text").exit_code == 0
    shard = tmp_path / "shard.jsonl"
    assert CliRunner().invoke(main, ["extract", str(pages), "-o", str(shard)]).exit_code == 0
    result = kg("load", shard, store="from-lines")
    assert result.exit_code == 0, result.output
    with store_at(tmp_path, "from-text") as a, store_at(tmp_path, "from-lines") as b:
        assert dump(a) == dump(b)
        assert b.stats().documents == 6
    assert json.loads(kg("load", shard, "--json", store="from-lines").stdout)["loaded"] == []
    assert json.loads(kg("load", pages, "--json", store="from-lines").stdout)["loaded"] == []


def test_json_lines_cut_short_load_the_whole_documents_only(kg, tmp_path):
    pages = folder(tmp_path, "pages", SEEDS[:3])
    shard = tmp_path / "shard.jsonl"
    CliRunner().invoke(main, ["extract", str(pages), "-o", str(shard)])
    lines = shard.read_text(encoding="utf-8").splitlines(keepends=True)
    third = max(n for n, line in enumerate(lines) if line.startswith('{"record"'))
    shard.write_text("".join(lines[:third + 2]) + lines[third + 2][:40], encoding="utf-8")
    result = kg("load", shard, "--json")
    assert result.exit_code == 1
    with pytest.raises(json.JSONDecodeError) as bad:
        json.loads(lines[third + 2][:40])
    assert one_line(result) == (f"kg: warning: {shard}:{third + 3}: not JSON ({bad.value}) "
                                f"(document '{SEEDS[2].name}' not loaded)")
    assert json.loads(result.stdout)["loaded"] == [s.name for s in SEEDS[:2]]
    with store_at(tmp_path) as store:
        assert dump(store) == clean_load(tmp_path, pages / SEEDS[0].name, pages / SEEDS[1].name)


def test_facts_missing_from_the_end_are_noticed(kg, tmp_path):
    pages = folder(tmp_path, "pages", SEEDS[:1])
    shard = tmp_path / "shard.jsonl"
    CliRunner().invoke(main, ["extract", str(pages), "-o", str(shard)])
    lines = shard.read_text(encoding="utf-8").splitlines(keepends=True)
    shard.write_text("".join(lines[:-1]), encoding="utf-8")
    result = kg("load", shard)
    assert result.exit_code == 1
    assert one_line(result) == (f"kg: warning: {shard}:1: document '{SEEDS[0].name}' announces {len(lines) - 1} facts "
                                f"but {len(lines) - 2} follow (file cut short?); not loaded")
    assert json.loads(kg("stats", "--json").stdout)["documents"] == 0


# ------------------------------------------------------------ parallel extraction

def test_two_jobs_give_the_output_and_store_of_one(kg, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_FILES", 2)      # several chunks, so that both workers get some
    pages = folder(tmp_path, "pages", SEEDS, copies=2)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        assert CliRunner().invoke(main, ["extract", str(pages), "-o", str(out), "-j", jobs]).exit_code == 0
        outputs.append(out.read_bytes())
        assert kg("load", pages, "-j", jobs, store=f"j{jobs}").exit_code == 0
    assert outputs[0] == outputs[1]
    with store_at(tmp_path, "j1") as one, store_at(tmp_path, "j2") as two:
        assert dump(one) == dump(two)


def test_progress_counts_files_and_bytes(tmp_path):
    pages = folder(tmp_path, "pages", SEEDS[:3])
    seen: list[Progress] = []
    with store_at(tmp_path) as store:
        load([pages], store, jobs=2, progress=seen.append)
    sizes = [s.stat().st_size for s in SEEDS[:3]]
    assert [(p.files_done, p.files_total, p.bytes_done, p.bytes_total) for p in seen] == [
        (1, 3, sizes[0], sum(sizes)), (2, 3, sizes[0] + sizes[1], sum(sizes)), (3, 3, sum(sizes), sum(sizes))]
    assert [p.doc for p in seen] == [s.name for s in SEEDS[:3]]


# ------------------------------------------------------------ real processes

def kg_process(*args, store: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    return subprocess.Popen([Path(sys.executable).with_name("kg"), *map(str, args), "--store", str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def loaded_documents(store: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{store / 'graph.db'}?mode=ro", uri=True, timeout=10)
        try:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def test_a_killed_load_leaves_whole_documents_and_a_reload_equals_a_clean_load(tmp_path):
    pages = folder(tmp_path, "pages", SEEDS, copies=12)          # 60 files, one job: several seconds
    store = tmp_path / "store"
    proc = kg_process("load", pages, "-j", "1", store=store)
    while loaded_documents(store) == 0 and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with LocalStore(store) as killed:
        documents = killed.stats().documents
        assert 0 < documents < 60
        loaded = {d.name for d in killed.documents()}
        articles = {n for n, d in killed.graph().nodes(data=True) if d["label"] == "Article"}
        assert {a.rsplit("#", 1)[0] for a in articles} == loaded      # each one whole, none in part
    again = kg_process("load", pages, "-j", "2", "--json", store=store)
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    report = json.loads(out)
    assert (len(report["loaded"]), sorted(report["unchanged"])) == (60 - documents, sorted(loaded))
    with LocalStore(store) as reloaded:
        assert dump(reloaded) == clean_load(tmp_path, pages)


def test_two_concurrent_loads_into_one_store(tmp_path):
    first = folder(tmp_path, "first", SEEDS[:3], copies=6)
    second = folder(tmp_path, "second", SEEDS[2:], copies=6)
    store = tmp_path / "store"
    procs = [kg_process("load", f, "-j", "1", store=store) for f in (first, second)]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert all("loaded 18 file(s)" in out for out, _ in results)
    with LocalStore(store) as both:
        documents, stats = dump(both)[:2]
    clean_documents, clean_stats = clean_load(tmp_path, first, second)[:2]
    assert stats == clean_stats
    assert {(d.path, d.digest) for d in documents} == {(d.path, d.digest) for d in clean_documents}
    assert len({d.name for d in documents}) == 36         # the two 002 copies got two names

def test_a_file_that_breaks_extraction_is_skipped_with_one_line(kg, tmp_path, monkeypatch):
    import graph.pipeline
    pages = folder(tmp_path, "pages", SEEDS[:2])
    real = graph.pipeline.extract_file

    def broken(path, doc):
        if doc == SEEDS[1].name:
            raise IndexError("list index out of range")
        return real(path, doc)
    monkeypatch.setattr(graph.pipeline, "extract_file", broken)
    result = kg("load", pages, "-j", "1")
    assert result.exit_code == 1
    assert one_line(result) == (f"kg: warning: {pages / SEEDS[1].name}: extraction failed (IndexError: list index "
                                f"out of range); please report it with this file")
    assert "loaded 1 file(s)" in result.stdout
