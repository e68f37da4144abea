"""The README's Python API section runs as written."""
import re
from pathlib import Path

import networkx as nx

VILLAGE = "Place:150621114000/黄母哈日村"   # grounded in the register: its township's code and its name

ROOT = Path(__file__).parents[1]


def test_the_readme_python_example_loads_queries_and_exports(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert len([line for line in code.splitlines() if line.strip()]) <= 10     # "in ten lines"
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip() == "['达拉特旗水务局'] ['张黎亮']"
    exported = nx.read_graphml(tmp_path / "kg.graphml", force_multigraph=True)
    assert exported.nodes[VILLAGE]["level"] == "Village"
