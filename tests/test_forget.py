"""kg forget: documents removed by path, folder or short name, on both stores."""
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import dump
from graph.answers import NotFound
from graph.cli import main
from graph.load import forget, load
from graph.store.local import LocalStore

SEEDS = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))


@pytest.fixture()
def pages(tmp_path) -> Path:
    for i, seed in enumerate(SEEDS):
        (tmp_path / "pages" / f"{2020 + i % 2}").mkdir(parents=True, exist_ok=True)
        shutil.copy(seed, tmp_path / "pages" / f"{2020 + i % 2}" / seed.name)
    return tmp_path / "pages"


@pytest.fixture()
def kg(tmp_path, monkeypatch, pages):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    runner = CliRunner()

    def run(*args):
        return runner.invoke(main, [*map(str, args), "--store", str(tmp_path / "store")], catch_exceptions=False)
    assert run("load", pages).exit_code == 0
    return run


def expected(tmp_path: Path, pages: Path, keep: list[str]) -> tuple:
    """The graph and stats of a store loaded with copies of the files `keep` (paths
    below `pages`), laid out as in `pages`: the same short names, other paths."""
    copy = tmp_path / "expected"
    for rel in keep:
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(pages / rel, copy / rel)
    with LocalStore(tmp_path / "clean") as store:
        load([copy], store)
        return dump(store)[1:]


def loaded(tmp_path: Path) -> tuple:
    with LocalStore(tmp_path / "store") as store:
        return dump(store)


def test_forget_a_file_leaves_what_the_others_loaded(kg, tmp_path, pages):
    first = pages / "2020" / SEEDS[0].name
    result = kg("forget", first, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"forgotten": [f"2020/{SEEDS[0].name}"], "unknown": []}
    assert "no entity named '黄母哈日村'" in kg("who-supports", "黄母哈日村").output
    rest = [f"{2020 + i % 2}/{s.name}" for i, s in enumerate(SEEDS) if i]
    assert loaded(tmp_path)[1:] == expected(tmp_path, pages, rest)


def test_forget_a_file_that_is_gone(kg, tmp_path, pages):
    first = pages / "2020" / SEEDS[0].name
    first.unlink()
    assert kg("forget", first).output == f"forgot 1 document(s) → {tmp_path / 'store'}\n"
    assert json.loads(kg("stats", "--json").stdout)["documents"] == 4


def test_forget_a_folder_and_a_short_name(kg, tmp_path, pages):
    result = kg("forget", pages / "2021", f"2020/{SEEDS[0].name}", "--json")
    assert json.loads(result.stdout)["forgotten"] == sorted(
        [f"2021/{SEEDS[1].name}", f"2021/{SEEDS[3].name}", f"2020/{SEEDS[0].name}"])
    assert loaded(tmp_path)[1:] == expected(tmp_path, pages, [f"2020/{SEEDS[2].name}", f"2020/{SEEDS[4].name}"])


def test_an_unknown_name_is_one_line_and_the_rest_is_forgotten(kg, tmp_path, pages):
    result = kg("forget", "nope.txt", pages / "2021" / SEEDS[1].name)
    assert result.exit_code == 1
    assert result.stderr == "kg: warning: nope.txt: no loaded document has this path or name\n"
    assert json.loads(kg("stats", "--json").stdout)["documents"] == 4


def test_forget_then_load_again_is_a_clean_load(kg, tmp_path, pages):
    before = loaded(tmp_path)
    kg("forget", pages)
    assert json.loads(kg("stats", "--json").stdout) == {"nodes": {}, "relationships": {}, "documents": 0}
    assert kg("load", pages).exit_code == 0
    assert loaded(tmp_path) == before


def test_the_neo4j_store_forgets_like_the_local_store(neo4j_store, seed_graphs, tmp_path):
    local = LocalStore(tmp_path / "local")
    for store in (local, neo4j_store):
        store.write_many(seed_graphs)
        store.forget([seed_graphs[0].path, "/not/loaded.txt"])
    assert neo4j_store.stats() == local.stats()
    assert neo4j_store.digests() == local.digests() == {g.path: g.digest for g in seed_graphs[1:]}
    left = sorted({e.name for g in seed_graphs[1:] for e in g.entities if e.label in ("Place", "Organization")})
    assert {"白柜村", "中和西镇"} <= set(left)
    left = left[:20] + ["白柜村", "中和西镇"]
    for name in left:
        assert neo4j_store.who_supports(name) == local.who_supports(name), name
        assert neo4j_store.show(name) == local.show(name), name
    with pytest.raises(NotFound):
        neo4j_store.show("黄母哈日村")
    aliases = {a for g in seed_graphs[1:] for e in g.entities for a in e.aliases}
    gone = {a for e in seed_graphs[0].entities for a in e.aliases} - aliases
    for name in sorted(gone)[:10]:
        with pytest.raises(NotFound):
            neo4j_store.show(name)
        with pytest.raises(NotFound):
            local.show(name)


def test_forget_in_the_library_reports_names(tmp_path, pages):
    with LocalStore(tmp_path / "store") as store:
        load([pages], store)
        report = forget([str(pages / "2020"), "missing"], store)
        assert report.forgotten == sorted(f"2020/{s.name}" for s in SEEDS[::2])
        assert report.unknown == ["missing"]
        assert store.stats().documents == 2
