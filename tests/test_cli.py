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
    assert re.search(r"达拉特旗水务局 +包联 +“年初,旗水务局承担了", out)          # unit, mode, evidence
    assert re.search(r"张黎亮 +达拉特旗水务局 +“随后", out)                      # person, from, evidence
    assert "恩格贝镇 → 达拉特旗" in out
    assert "000_779f55c8ecf11915.txt@2402" in out      # every line cites its file


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
    assert json.loads(again.stdout)["unchanged"] and not json.loads(again.stdout)["loaded"]
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


# ------------------------------------------------------------ issue 10: what a graph tool should do

def display_column(line: str, text: str) -> int:
    """The terminal column where `text` starts in `line` (a CJK character is two wide)."""
    from rich.cells import cell_len
    return cell_len(line[:line.index(text)])


def test_help_examples_line_up_in_display_columns(run):
    lines = [line for line in run("--help").output.splitlines() if line.strip().startswith("kg ")]
    assert len(lines) >= 4
    assert len({display_column(line, line.split("  ")[-1].strip()) for line in lines}) == 1


def test_table_columns_line_up_with_cjk_names(loaded):
    lines = loaded("who-supports", "黄母哈日村").output.splitlines()
    header = next(line for line in lines if line.split()[:2] == ["unit", "mode"])
    row = next(line for line in lines if "达拉特旗水务局" in line)
    assert display_column(row, "包联") == display_column(header, "mode")
    assert display_column(row, "“年初") == display_column(header, "evidence")


def test_json_output_is_unchanged_by_the_tables(loaded):
    data = json.loads(loaded("who-supports", "黄母哈日村", "--json").output)
    assert set(data) == {"place", "level", "supporters", "secretaries", "located_in"}
    assert set(data["supporters"][0]) == {"unit", "mode", "evidence"}
    assert set(data["supporters"][0]["evidence"]) == {"doc", "offset", "sentence", "inferred"}


def test_who_supports_on_a_unit_lists_the_places_it_supports(loaded):
    result = loaded("who-supports", "达拉特旗水务局")
    assert result.exit_code == 0
    assert re.search(r"黄母哈日村 +包联 +“年初", result.output)
    data = json.loads(loaded("who-supports", "达拉特旗水务局", "--json").output)
    assert data["unit"] == "达拉特旗水务局" and [s["place"] for s in data["supports"]] == ["黄母哈日村"]


def test_who_supports_on_a_person_says_what_to_ask(loaded):
    result = loaded("who-supports", "张黎亮")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.strip() == ("kg: 张黎亮 is a person (first secretary of 黄母哈日村), not a village: "
                                     "ask 'kg who-supports 黄母哈日村', or 'kg show 张黎亮'")


def test_who_supports_on_a_town_says_it_is_no_village(loaded):
    result = loaded("who-supports", "恩格贝镇")
    assert result.exit_code == 3
    assert "恩格贝镇 is a township, not a village" in result.stderr and "kg show 恩格贝镇" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_query_in_traditional_characters_is_found(loaded):
    shown = json.loads(loaded("show", "達拉特旗水務局", "--json").output)
    assert shown["name"] == "达拉特旗水务局"
    assert json.loads(loaded("who-supports", "黃母哈日村", "--json").output)["place"] == "黄母哈日村"


def test_decoding_warnings_are_printed_and_the_file_loaded(run, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    text = "本报讯 年初,县水务局承担了红石镇柳沟村的包联工作。".encode("utf-8")
    (folder / "stray.txt").write_bytes(text[:9] + b"\xff" + text[9:])
    result = run("load", folder)
    assert result.exit_code == 0
    assert "kg: warning: " in result.stderr and "1 undecodable byte sequence(s) replaced" in result.stderr
    assert "柳沟村" in run("who-supports", "柳沟村").output


def test_every_setting_names_its_environment_variable(run, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "Very-Secret-99")
    for command in ("load", "who-supports", "show", "stats", "view", "export"):
        out = " ".join(run(command, "--help").output.split())      # help wraps lines
        for var in ("KG_STORE", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "KG_CYPHER_DIR"):
            assert f"env var: {var}" in out, (command, var)
        assert "Very-Secret-99" not in out
    assert "env var: KG_BATCH_SIZE" in " ".join(run("load", "--help").output.split())


def test_the_library_reads_no_environment():
    sources = (Path(__file__).parents[1] / "graph").rglob("*.py")
    assert not [p.name for p in sources if re.search(r"os\.environ|getenv", p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("raw, value", [("x=1", 1), ('x="1"', "1"), ("x=true", True), ("xs=[1, 2]", [1, 2]),
                                        ("name=黄母哈日村", "黄母哈日村"), ("q=a=b", "a=b")])
def test_cypher_parameters_are_json_values(raw, value):
    from graph.cli import KeyValue
    assert KeyValue().convert(raw, None, None) == (raw.split("=")[0], value)


def test_a_cypher_parameter_without_value_is_a_usage_error(run):
    result = run("cypher", "RETURN $x", "-p", "x", "--neo4j", "bolt://127.0.0.1:9")
    assert result.exit_code == 2
    assert "KEY=VALUE" in result.stderr and "Traceback" not in result.output


def test_an_unknown_export_format_is_a_usage_error(loaded):
    result = loaded("export", "csv")
    assert result.exit_code == 2 and "'graphml'" in result.stderr


def test_load_reports_progress_lines_when_stderr_is_no_terminal(run):
    result = run("load", SEEDS)
    lines = [line for line in result.stderr.splitlines() if line.startswith("kg: load: ")]
    assert lines and lines[-1].startswith("kg: load: 5/5 files (")


def test_load_quiet_prints_no_progress(run):
    result = run("load", SEEDS, "--quiet")
    assert result.exit_code == 0 and "kg: load: " not in result.stderr


def test_a_terminal_gets_a_bar_with_count_rate_and_time_left():
    import io
    from graph.load import Progress
    from graph.progress import LoadProgress
    out = io.StringIO()
    bar = LoadProgress(out, terminal=True)
    bar(Progress(1, 4, 100, 400, "a.txt"))
    bar(Progress(2, 4, 200, 400, "b.txt"))
    bar.close()
    assert bar.bar.tasks[0].fields["files"] == "2/4" and bar.bar.tasks[0].completed == 200
