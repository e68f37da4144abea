"""Relation patterns as data: graph/data/patterns.jsonl, read over a sentence skeleton.

A sentence is rewritten as a skeleton in which every mention is one two-character
token (its class, then its index), so a pattern reads like the sentence it
matches: ``{O:org}驻{CHAIN}{V:place}第一书记{R:person}`` is "X局驻Y村第一书记张某".
Each pattern has an id, and every fact it makes carries that id (kg extract --explain).

Pattern syntax, on top of Python regular expressions:

    {O:name} {P:name} {V:name} {T:name} {C:name} {R:name}
                 a unit, any place, a village (or group), a township, a county or
                 city or province, a person; captured as `name` (leave it out to
                 match without capturing)
    {CHAIN}      places written before the one that follows (张家口市宣化区…)
    {Gn}         up to n characters within a clause, with no unit or person in them
    {Nn}         up to n characters within a clause, with no name at all
    {Sn}         up to n characters within a sentence, with no person
    {Tn}         up to n characters within a sentence, with no unit or person
    {An}         up to n characters within a sentence, with no unit
    {@list}      any word of graph/data/vocab/list.txt
    {UNIT_ORGAN} {PLACE_ORGAN} {DEPT}
                 optional: a unit's party organ (党委), a village's organ (党支部,
                 村委会), a department after a unit (运行管理部)
    {BIO}        a cell of a profile after a name (男, 汉族, 1986年3月生, 中共党员)

A fact's head and tail name a captured group, or "@Village" for the village the
article is talking about, "@person" for the person the sentence before named last, or "@subject" for
the person a career's dated entries are about; a HOLDS_POSITION fact may give its title as a fourth item
("@title": the words the group `title` matched).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from . import regexes
from .model import ORG, PERSON, PLACE_LEVELS, Mention
from .register import PEOPLES
from .vocab import SURNAMES, words

PATTERNS = Path(__file__).parent / "data" / "patterns.jsonl"

# ---------------------------------------------------------------- the skeleton

LEVEL_CH = {lvl: chr(0xE000 + i) for i, lvl in enumerate(PLACE_LEVELS)}
ORG_CH, PER_CH = "\ue006", "\ue007"
IDX0 = 0xE100
CLASSES = {
    "P": "[\ue000-\ue005]", "V": "[\ue004\ue005]", "T": "[\ue003]", "C": "[\ue000-\ue002]",
    "O": ORG_CH, "R": PER_CH, "X": "[\ue000-\ue007]",
}
LEVEL_WORDS = ("苏木", "嘎查", "街道", "社区", "村", "镇", "乡", "旗", "县", "区", "市", "盟", "州", "省")
_PRIVATE_USE = regexes.compile("[\ue000-\uf8ff]")
QUOTES = regexes.compile("[“”\"‘’「」『』]")
# "巴彦乌楞嘎查(村)", "农牧局(粮食局)": a note in brackets after a name ("Y村(属X镇)" names a place: no
# note, nor do the units in "Y村（A局、B局）", a list's line)
# (but a rank after a unit is the rank of someone in it: "派出单位：X局（四级主任科员）")
_RANK_NOTE = "(?![^（）()]{0,6}(?:" + "|".join(words("unit_ranks")) + ")[）)])"
_NOTE = regexes.compile("(\ue006[\ue100-\ue8ff])[（(]" + _RANK_NOTE + "[^（）()\ue000-\ue005\ue007]{0,12}[）)]|"
                   "([\ue000-\ue005][\ue100-\ue8ff])[（(][^（）()\ue000-\ue007]{0,12}[）)]")


class Skeleton:
    """The sentence with each mention replaced by a token; `refs[i]` is what token i names."""

    def __init__(self, text: str, tokens: list[tuple[Mention, object]]):
        parts, self.refs, pos = [], [], 0
        self.pronouns = {chr(IDX0 + k) for k, (m, _) in enumerate(tokens) if m.kind == "pronoun"}    # (他 for a name)
        text = _PRIVATE_USE.sub("\u25a1", text)     # the skeleton's own characters, if a page has them, are no tokens
        for m, ref in tokens:
            parts.append(text[pos:m.start])
            label = getattr(ref, "label")
            ch = PER_CH if label == PERSON else ORG_CH if label == ORG else LEVEL_CH[getattr(ref, "level")]
            parts.append(ch + chr(IDX0 + len(self.refs)))
            self.refs.append(ref)
            pos = m.end
        parts.append(text[pos:])
        raw = _ASIDE.sub(_drop_aside, _LABEL.sub(r"\1：", self._head_titles("".join(parts))))
        # a space between phrases reads as a list (a table's cells: "X局 王强"); after a title or a
        # role before a name it is a typesetter's ("党支部书记 王强"), and after a verb before a place
        # a stray one ("派驻 该村"), and after an item's number ("1. 王强")
        spaced = _NOTE.sub(lambda m: m.group(1) or m.group(2), QUOTES.sub("", _PROGRAMMES.sub("", raw)))
        row = _TABLE_ROW.match(text)
        # (but in a table's row, a post's cell after its unit's cell ends there: "X局 三级主任科员 王某")
        spaced = _TYPESET.sub(lambda m: m.group() if row and _UNIT_CELL_BEFORE.search(spaced, 0, m.start()) else m.group(1),
                              spaced)
        # (a line of three cells may be a row too, where a table's head says so: its cells as printed)
        self.printed = _row_cells(spaced) if _THREE_CELLS.fullmatch(text) else None
        if not row:      # (in a table's row, every space ends a cell)
            spaced = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\ue000-\ue005])", "", spaced)
        spaced = _ITEM_SPACE.sub(r"\1", spaced)
        # a table row's cells as printed, a 、 inside one kept ("上寨、下寨组"), which self.text can't tell apart
        self.cells = _row_cells(spaced) if row else None
        self.text = _LABEL_COLON.sub(r"\1\2", re.sub(r"\s+", "、", spaced).strip("、"))

    def _head_titles(self, text: str) -> str:
        """"道日乃图嘎查长其达拉图": the place and its head's title share the level
        word; write it out ("[道日乃图嘎查]嘎查长"), so the title reads as one."""
        def spell(m: re.Match) -> str:
            ref = self.refs[ord(m.group(1)[1]) - IDX0]
            level_word = next((w for w in LEVEL_WORDS if getattr(ref, "surface", "").endswith(w)), "")
            return m.group(1) + level_word + m.group(2)
        return re.sub("([\ue000-\ue005][\ue100-\ue8ff])((?:副|代|常务副)?长)", spell, text)

    def ref(self, token: str | None):
        return self.refs[ord(token[1]) - IDX0] if token else None

    def token_at(self, pos: int):
        if 0 <= pos < len(self.text) - 1 and "\ue000" <= self.text[pos] <= "\ue007":
            return self.ref(self.text[pos:pos + 2])
        return None


# an aside on a person before what the sentence says of them: "张某今年45岁，是X局派驻Y村的
# 第一书记", "张某是哈尼族，X局派驻Y村的第一书记" (then 是 stands for both)
_ASIDE = regexes.compile("(\ue007[\ue100-\ue8ff])(?:同志)?[，,]?(?:(?:今年|现年)\\d{1,3}岁|(是|系)(?:" +
                         "|".join(PEOPLES) + ")族)[，,](?=(\ue006|[\ue000-\ue005])?)")


def _drop_aside(m: re.Match) -> str:
    return m.group(1) + ("是" if m.group(2) and m.group(3) else "")


# "【第一书记】张某": a label in brackets reads as "第一书记：张某"
_LABEL = regexes.compile("^【([\u4e00-\u9fff]{2,8})】(?=\\S)")


def _row_cells(row: str) -> list[str]:
    """A row's cells. Where wide gaps part them, one character, a space and one more are a
    cell padded to the width of three ("扣河子镇  西营子村  李 伟  旗农牧局", "姓 名")."""
    if re.search(r"\S {2,}\S", row):
        row = re.sub(r"(?:(?<= )|^)(\S) (\S)(?= |$)", r"\1\2", row)
    # (and a surname, a space and one character are a name spaced out, whatever parts the cells: "Y村 杨 帆 X局")
    return _SPACED_NAME.sub(r"\1\2", row).split()


_SPACED_NAME = regexes.compile("(?:(?<= )|^)([" + "".join(sorted(s for s in SURNAMES if len(s) == 1)) +
                               "]) (?![男女])([\u4e00-\u9fff])(?= |$)")     # (not a gender's cell: "王 男")


# a table's row flattened to a line: four or more cells, spaces between them (the last may be a note),
# or a head of three ("姓名 派出单位 任职村")
_TABLE_ROW = regexes.compile(r"[^\s，,。；;]+(?:\s+[^\s，,。；;]+){2,}\s+\S+$|(?:姓\s?名|序号)(?:\s+[^\s，,。；;]+){2}$")
_THREE_CELLS = regexes.compile(r"[^\s，,。；;：:]+(?:\s+[^\s，,。；;：:]+){2}")


# ---------------------------------------------------------------- compiling

def alternation(items: list[str]) -> str:
    return "(?:" + "|".join(map(re.escape, sorted(set(items), key=lambda w: (-len(w), w)))) + ")"


_UNIT_CELL_BEFORE = regexes.compile("\ue006[\ue100-\ue8ff]\\s+(?:\ue006[\ue100-\ue8ff])?[^\\s\ue000-\ue007]{0,6}$")
_TYPESET = regexes.compile("(" + alternation(words("titles") + words("roles") + words("member_roles")) + r")\s+(?=\ue007)")

# a programme's name is no part of the sentence's grammar ("X院驻Y镇帮镇扶村工作队队长": Y镇's team)
_PROGRAMMES = regexes.compile(alternation(words("programmes")))


# the number of an item in a notice's list: "1.", "（一）", "二、" (NUMBER: there must be one)
NUMBER = "(?:\\d{1,3}[.．、](?!\\d)|[（(][一二三四五六七八九十\\d]{1,2}[）)]|[一二三四五六七八九十]{1,3}、)"
ITEM_NUMBER = "(?:" + NUMBER + "|[▶►●■◆★•◎][ \u3000]*)?"     # (or a bullet: "▶X局——Y镇Z村")

_ITEM_SPACE = regexes.compile(r"((?:^|[：:])\s*(?:\d{1,3}[.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]))\s+")

# "（一）X局：包联Y村": in a notice's list the unit, a colon, then what it does
_LABEL_COLON = regexes.compile("(^|[：:])(" + ITEM_NUMBER +
                          "(?:\ue006[\ue100-\ue8ff][、和])*\ue006[\ue100-\ue8ff])[：:](?=[^，,。：:]{0,4}?"
                          + alternation(words("support_verbs") + words("send_verbs")) + ")")


# "X局机关第二党支部", "X局第三党支部": one of the unit's numbered party branches, which acts for it
# (and a list of them: "X局机关第一党支部、第三党支部分别与…")
NUMBERED_BRANCH = "(?:机关)?第[一二三四五六七八九十]{1,3}(?:党支部|党总支)"

MACROS = {
    # ("我镇", "本县", "该乡", "同一苏木的", "镇里的" where no place is in focus to stand for: the place
    # already spoken of, before the place named; a table's "Y镇-Z村")
    "CHAIN": "(?:(?:[\ue000-\ue005][\ue100-\ue8ff][-－]?|(?:[我本该同]|同一个?)(?:镇|乡|县|旗|区|市|苏木))的?"
             "|(?:镇|乡|苏木)里的|(?:咱们|我们|俺们)的?)*",     # ("包联我们柳树村": our village, in a quote)
    "ITEM": ITEM_NUMBER,
    "NUMBER": NUMBER,
    # the post of one a unit sends to a village: its first secretary or its work team's leader
    "SENT_POST": "(?:(?:驻村)?第一书记|(?:驻村|帮扶|乡村振兴)?工作队队长)",
    "UNIT_ORGAN": "(?:" + NUMBERED_BRANCH + "|" + alternation(words("unit_organs")) + ")?(?:、" + NUMBERED_BRANCH + ")*",
    "PLACE_ORGAN": alternation(["党支部", "党总支", "党委", "联合党委", "村委会", "居委会", "两委", "党组织"]) + "?",
    # when something is done, between the unit and its verb ("X局今年4月与Y村结对", "X院2023年派驻…")
    "WHEN": "(?:[从自](?=\\d{4}年))?(?:(?:\\d{4}|今|去|前)年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:以来|起就?|初|底)?(?:日前|近日|近期|最近|目前)?",
    "DEPT": "(?:的?(?![把将被])(?:(?!的|在|以后|选派|派驻|下派|派出|委派)[\u4e00-\u9fff]){1,10}?(?<!干)(?:部|处|科|(?<!控)股|室|系|组|中心))?",     # (not 干部, a member; 局里的X处 the unit's; 把/将/被 the unit's verb)
    # the years of a career's entry: "2018.03—2023.05 ", "2019年3月至2021年8月", "2021.06至今"
    "YEARS": "(?:\\d{4}[.．]\\d{1,2}|\\d{4}年(?:\\d{1,2}月)?)[ \u3000、]*(?:[—–\\-~～至到]{1,2})[ \u3000、]*"
             "(?:\\d{4}[.．]\\d{1,2}|\\d{4}年(?:\\d{1,2}月)?|今)?[ \u3000、]*",     # (a space: a cell's 、)
    # a cell of a profile after the name: "张某，男，汉族，1986年3月生，中共党员，大学学历，X局干部"
    "BIO": "(?:[男女]|[\u4e00-\u9fff]{1,4}族|\\d{4}年\\d{1,2}月(?:出)?生|中共(?:预备)?党员|群众|"
           "(?:大学|大专|中专|研究生|本科|硕士|博士)[\u4e00-\u9fff]{0,4})",
}
GAPS = {"G": "[^，,。；;：:！？!?\ue006\ue007]", "N": "[^，,。；;：:！？!?\ue000-\ue007]", "S": "[^。；;！？!?\ue007]",
        "T": "[^。；;！？!?\ue006\ue007]", "A": "[^。；;！？!?\ue006]"}


def compile_pattern(p: str) -> re.Pattern:
    def expand(m: re.Match) -> str:
        body = m.group(1)
        if body in MACROS:
            return MACROS[body]
        if body[0] == "@":
            return alternation(words(body[1:]))
        if body[0] in GAPS and body[1:].isdigit():
            return f"{GAPS[body[0]]}{{0,{body[1:]}}}?"
        cls, _, name = body.partition(":")
        token = f"{CLASSES[cls]}[\ue100-\ue8ff]"
        return f"(?P<{name}>{token})" if name else f"(?:{token})"
    return regexes.compile(re.sub(r"\{([A-Z@][\w:]*)\}", expand, p))


@dataclass(frozen=True)
class Pattern:
    id: str
    regex: re.Pattern
    facts: tuple[tuple[str, ...], ...]     # (type, head group, tail group[, title of a HOLDS_POSITION])
    lists: bool = False       # units listed before the unit, places listed after the place
    people: bool = False      # people listed after the person
    sender: bool = False      # the person's own unit sent them (a titled post before the name)
    note: str = ""
    units: tuple[str, ...] = ()     # the kinds of unit it relates (org_suffixes.tsv), when not every kind
    needs: frozenset[str] = frozenset()     # characters every match contains: without them, no need to search


def load(path: Path = PATTERNS) -> list[Pattern]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        d = json.loads(line)
        try:
            regex = compile_pattern(d["pattern"])
        except (re.error, KeyError) as e:
            raise ValueError(f"{path}:{n}: pattern {d.get('id')}: {e}") from None
        out.append(Pattern(d["id"], regex, tuple(tuple(f) for f in d["facts"]), d.get("lists", False),
                           d.get("people", False), d.get("sender", False), d.get("note", ""),
                           tuple(d.get("units", ())), regexes.required_chars(regex.pattern)))
    ids = [p.id for p in out]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{path}: duplicate pattern ids")
    return out
