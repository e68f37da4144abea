"""kg view: the neighbourhood from the store, and the page as headless Chromium renders it."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.store.local import LocalStore
from graph.view import html, neighbourhood

SEEDS = Path(__file__).parents[1] / "seeds"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Flags that work as root on a machine with no network (see .ci/run).
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,900", "--virtual-time-budget=5000"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> LocalStore:
    folder = tmp_path_factory.mktemp("store")
    result = CliRunner().invoke(main, ["load", str(SEEDS), "--store", str(folder)], env={"NEO4J_URI": None})
    assert result.exit_code == 0, result.output
    return LocalStore(folder)


def test_a_village_shows_supporters_secretary_posts_and_place_chain(store):
    hood = neighbourhood(store, "黄母哈日村")
    names = {n.key: n.name for n in hood.nodes}
    edges = {(names[e.source], e.type, names[e.target]): e for e in hood.edges}
    assert hood.center.name == "黄母哈日村" and hood.center.level == "Village"
    assert edges[("达拉特旗水务局", "SUPPORTS", "黄母哈日村")].detail == "包联"
    assert ("张黎亮", "FIRST_SECRETARY_OF", "黄母哈日村") in edges
    assert ("张黎亮", "WORKS_FOR", "达拉特旗水务局") in edges            # where the secretary comes from
    assert ("李瑞平", "HOLDS_POSITION", "黄母哈日村") in edges
    chain = [("黄母哈日村", "恩格贝镇"), ("恩格贝镇", "达拉特旗"), ("达拉特旗", "鄂尔多斯市")]
    assert all((a, "LOCATED_IN", b) in edges for a, b in chain)
    assert "包联工作" in edges[("达拉特旗水务局", "SUPPORTS", "黄母哈日村")].evidence[0].sentence


def test_a_traditional_name_finds_the_village(store):
    assert neighbourhood(store, "黃母哈日村").center.name == "黄母哈日村"


def test_the_page_needs_no_network(store):
    page = html(neighbourhood(store, "黄母哈日村"))
    assert not re.search(r"<(?:script|link|img)[^>]+(?:src|href)=", page)   # everything inlined
    assert "The Cytoscape Consortium" in page                               # with its licence
    assert page.count("</script>") == 3                                     # data, library, ours
    assert 'class="node-name"' not in page        # the facts list is built by the script, see below


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")
def test_chromium_renders_the_village_its_unit_and_secretary(store, tmp_path):
    out = tmp_path / "v.html"
    result = CliRunner().invoke(main, ["view", "黄母哈日村", "-o", str(out), "--store", store.where],
                                env={"NEO4J_URI": None})
    assert result.exit_code == 0, result.output
    browser = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*browser, "--dump-dom", out.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    rendered = re.search(r'<body data-rendered="(\d+)"', dom)
    assert rendered and int(rendered.group(1)) == len(neighbourhood(store, "黄母哈日村").nodes)
    shown = set(re.findall(r'<b class="node-name">([^<]+)</b>', dom))
    assert {"黄母哈日村", "达拉特旗水务局", "张黎亮", "恩格贝镇"} <= shown
    shot = tmp_path / "view.png"
    subprocess.run([*browser, f"--screenshot={shot}", out.as_uri()], capture_output=True, timeout=120, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 30_000          # a drawn graph, not an empty page (about 5 kB)


def test_view_of_an_unknown_name_is_one_line(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["view", "黄母哈日", "--store", store.where], env={"NEO4J_URI": None})
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: no entity named '黄母哈日'") and "黄母哈日村" in result.stderr
    assert not list(tmp_path.glob("*.html"))


def test_view_writes_name_html_by_default(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["view", "达拉特旗水务局", "--store", store.where], env={"NEO4J_URI": None})
    assert result.exit_code == 0
    assert (tmp_path / "达拉特旗水务局.html").is_file()
    assert result.stderr.startswith("达拉特旗水务局.html: ")
