"""Queries that know places: a name several villages bear is listed with where each
lies, and answered when qualified by a place it lies in; both stores alike."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import config_for
from graph.answers import Ambiguous
from graph.cli import main
from graph.pipeline import extract_page
from graph.query import who_supports
from graph.read import read_page
from graph.store.local import LocalStore
from graph.store.neo4j import Neo4jStore

PAGES = {
    "a.txt": "本报讯 宁城县小城子镇红旗村今年种植中药材3000亩。宁城县交通运输局包联红旗村。\n",
    "b.txt": "本报讯 五常市营城子满族乡红旗村修通了水泥路。五常市林业局帮扶红旗村。\n",
}


@pytest.fixture
def folder(tmp_path) -> Path:
    for name, text in PAGES.items():
        (tmp_path / "news" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "news" / name).write_text(text, encoding="utf-8")
    return tmp_path / "news"


@pytest.fixture
def run(tmp_path, folder, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))

    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert invoke("load", folder).exit_code == 0
    return invoke


def test_same_name_villages_in_two_counties_are_two_nodes(run):
    stats = json.loads(run("stats", "--json").output)
    assert stats["nodes"]["Place"] >= 8          # two villages, two towns, two counties and above


def test_the_bare_name_lists_the_candidates_and_exits_1(run):
    result = run("who-supports", "红旗村")
    assert result.exit_code == 1
    assert "红旗村 names 2 places" in result.stderr
    assert "宁城县 小城子镇" in result.stderr and "五常市 营城子满族乡" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [("五常市红旗村",), ("五常红旗村",), ("红旗村", "--in", "五常市")])
def test_a_qualified_name_answers_with_that_village_only(run, args):
    data = json.loads(run("who-supports", *args, "--json").output)
    assert [s["unit"] for s in data["supporters"]] == ["五常市林业局"]
    assert data["located_in"][0]["place"] == "营城子满族乡"


def test_a_place_it_does_not_lie_in_is_not_found(run):
    result = run("who-supports", "红旗村", "--in", "达拉特旗")
    assert result.exit_code == 1 and "红旗村 in 达拉特旗" in result.stderr


def test_show_gives_a_towns_official_code_and_chain(run):
    data = json.loads(run("show", "小城子镇", "--json").output)
    assert data["properties"]["code"] == "150429101000"
    assert data["properties"]["parents"] == ["内蒙古自治区", "赤峰市", "宁城县"]
    assert "lies in 宁城县 → 赤峰市 → 内蒙古自治区" in run("show", "小城子镇").output


def test_the_neo4j_store_tells_namesakes_apart_like_the_local_one(neo4j_store, folder, tmp_path, bolt_server):
    graphs = [extract_page(read_page(p, p.name)) for p in sorted(folder.glob("*.txt"))]
    local = LocalStore(tmp_path / "local")
    local.write_many(graphs)
    neo4j_store.write_many(graphs)
    assert neo4j_store.candidates("红旗村") == local.candidates("红旗村")
    assert len(local.candidates("红旗村")) == 2
    for store in (local, neo4j_store):
        with pytest.raises(Ambiguous):
            who_supports(store, "红旗村")
        assert [s.unit for s in who_supports(store, "宁城县红旗村").supporters] == ["宁城县交通运输局"]
    assert who_supports(neo4j_store, "红旗村", "五常市") == who_supports(local, "红旗村", "五常市")
    with Neo4jStore(config_for(bolt_server)) as again:
        assert again.show("小城子镇").properties["code"] == "150429101000"
