"""The kg command, through click's CliRunner, on the embedded store."""
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.model import FACT_TYPES

SEEDS = Path(__file__).parents[1] / "seeds"


@pytest.fixture()
def run(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
    return invoke


@pytest.fixture()
def loaded(run):
    result = run("load", SEEDS)
    assert result.exit_code == 0, result.output
    return run


def test_help_explains_commands(run):
    out = run("--help").output
    for command in ("load", "who-supports", "show", "stats", "extract", "cypher"):
        assert command in out


def test_who_supports_names_unit_secretary_and_location(loaded):
    out = loaded("who-supports", "黄母哈日村").output
    assert "达拉特旗水务局" in out and "[包联]" in out
    assert "张黎亮" in out and "(from 达拉特旗水务局)" in out
    assert "恩格贝镇 → 达拉特旗" in out
    assert "000_779f55c8ecf11915.txt@" in out          # every line cites its file


def test_who_supports_json(loaded):
    data = json.loads(loaded("who-supports", "黄母哈日村", "--json").output)
    assert [(s["unit"], s["mode"]) for s in data["supporters"]] == [("达拉特旗水务局", "包联")]
    assert data["secretaries"][0]["person"] == "张黎亮"
    assert data["secretaries"][0]["units"] == ["达拉特旗水务局"]
    assert data["located_in"][0]["place"] == "恩格贝镇"
    assert "包联工作" in data["supporters"][0]["evidence"]["sentence"]


def test_unknown_name_suggests_close_ones(loaded):
    result = loaded("who-supports", "黄母哈日")
    assert result.exit_code == 1
    assert "黄母哈日村" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_empty_store_says_nothing_is_loaded(run):
    result = run("who-supports", "黄母哈日村")
    assert result.exit_code == 1
    assert "nothing is loaded yet" in result.output


def test_show_and_stats(loaded):
    shown = json.loads(loaded("show", "达拉特旗水务局", "--json").output)
    assert {"旗水务局", "水务局"} <= set(shown["properties"]["aliases"])
    assert any(r["type"] == "SUPPORTS" and r["other"] == "黄母哈日村" for r in shown["relations"])
    stats = json.loads(loaded("stats", "--json").output)
    assert stats["documents"] == 5
    assert stats["relationships"]["SUPPORTS"] >= 5 and stats["nodes"]["Article"] >= 5


def test_loading_twice_changes_nothing(loaded):
    before = loaded("stats", "--json").output
    again = loaded("load", SEEDS, "--json")
    assert json.loads(again.output)["unchanged"] and not json.loads(again.output)["loaded"]
    assert loaded("stats", "--json").output == before


def test_changed_file_replaces_its_facts(run, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    page = folder / "a.txt"
    page.write_text("本报讯 年初,县水务局承担了红石镇柳沟村的包联工作。", encoding="utf-8")
    run("load", folder)
    assert "县水务局" in run("who-supports", "柳沟村").output or "水务局" in run("who-supports", "柳沟村").output
    page.write_text("本报讯 年初,县农牧局承担了红石镇柳沟村的包联工作。", encoding="utf-8")
    run("load", folder)
    out = run("who-supports", "柳沟村", "--json").output
    units = [s["unit"] for s in json.loads(out)["supporters"]]
    assert len(units) == 1 and units[0].endswith("农牧局")


def test_bad_files_are_skipped_with_one_line_each(run, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEEDS / "002_63aebdc0fc23f670.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "gbk.txt").write_bytes("本报讯 年初,县水务局承担了红石镇柳沟村的包联工作。".encode("gbk"))
    result = run("load", folder)
    assert result.exit_code == 1                       # not everything could be read
    assert "empty.txt" in result.output and "binary.txt" in result.output
    assert "Traceback" not in result.output
    assert "大套子村" in run("who-supports", "大套子村").output    # the good files are loaded
    assert "柳沟村" in run("who-supports", "柳沟村").output         # GBK is decoded, not skipped


def test_missing_path_is_one_line_error(run, tmp_path):
    result = run("load", tmp_path / "nope")
    assert result.exit_code != 0
    assert "nope" in result.output and "Traceback" not in result.output


def test_extract_writes_json_lines(run, tmp_path):
    out = tmp_path / "pred.jsonl"
    assert run("extract", SEEDS, "-o", out).exit_code == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in lines if r.get("type") in FACT_TYPES]       # what a scorer reads
    records = [r for r in lines if r.get("record") == "document"]
    assert [r["doc"] for r in records] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert sum(r["facts"] for r in records) == len(rows) == len(lines) - len(records)
    keys = {"type", "head", "tail", "props", "doc", "evidence", "offset", "head_label", "tail_label"}
    assert rows and all(keys <= set(r) for r in rows)
    assert all(r.get("inferred", False) in (True, False) for r in rows)
    assert any(r["type"] == "SUPPORTS" and r["head"] == "达拉特旗水务局" and r["tail"] == "黄母哈日村" for r in rows)


def test_evidence_offsets_point_into_the_file(run, tmp_path):
    out = tmp_path / "pred.jsonl"
    run("extract", SEEDS, "-o", out)
    for line in out.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r.get("record"):
            continue
        raw = (SEEDS / r["doc"]).read_text(encoding="utf-8")
        around = re.sub(r"\s", "", raw[r["offset"]:r["offset"] + len(r["evidence"]) + 20])
        assert around.startswith(re.sub(r"\s", "", r["evidence"])[:6])     # OCR joins drop line breaks


def test_village_with_grids_is_found_as_the_village(loaded):
    data = json.loads(loaded("who-supports", "白柜村", "--json").output)
    assert data["level"] == "Village"
    assert [s["unit"] for s in data["supporters"]] == ["达拉特旗纪委监委"]
