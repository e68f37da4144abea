"""Generic vocabulary of Chinese local-government news, loaded from graph/data/vocab/:
administrative suffixes, unit suffixes, post titles, function words. Nothing there
names a particular place, unit or person of any article; names are recognised by
their shape, by the register of divisions (graph/register.py) and by the tagger.

One entry a line (``.txt``) or two tab-separated columns (``.tsv``); ``#`` starts a comment.
"""
from __future__ import annotations

from pathlib import Path

VOCAB = Path(__file__).parent / "data" / "vocab"


def _lines(name: str) -> list[str]:
    text = (VOCAB / name).read_text(encoding="utf-8")
    return [line.split("#", 1)[0].rstrip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


def words(name: str) -> list[str]:
    """A word list, longest first (so alternations and scans prefer the longest)."""
    return sorted(dict.fromkeys(_lines(f"{name}.txt")), key=len, reverse=True)


def table(name: str) -> dict[str, str]:
    return dict(line.split("\t", 1) for line in _lines(f"{name}.tsv"))


PLACE_SUFFIXES = table("place_suffixes")              # suffix -> level
LEVEL_RANK = {"Province": 0, "City": 1, "County": 2, "Township": 3, "Village": 4, "Group": 5}
NOT_SUFFIX_BEFORE = table("not_suffix_before")
GENERIC_PLACES = set(words("generic_places"))
GENERIC_TAILS = set(words("generic_tails"))
COREF = table("coref")                                # word -> level of the place it points at
SELF_COUNTY = set(words("self_county"))
ORG_SUFFIXES = table("org_suffixes")                  # suffix -> kind
ORG_ABBREVIATIONS = table("org_abbreviations")        # 住建局 -> 住房和城乡建设局, 工行 -> 中国工商银行
GENERIC_ORGS = set(words("generic_orgs"))
STOP_CHARS = set(words("stop_chars"))
STOP_WORDS = words("stop_words")
SEND_VERBS = frozenset(words("send_verbs"))             # 派驻, 选派: a unit sends people
TITLES = words("titles")
TITLE_PREFIXES = tuple(words("title_prefixes"))
TITLE_ORGANS = words("title_organs")
ROLES = words("roles")
AFTER_NAME = words("after_name")
SURNAMES = set(words("surnames"))
NAME_ELEMENTS = frozenset(w for w in words("name_elements") if len(w) > 1)     # (its single characters: finals)
NATIONAL = ("中国", "中华", "国家", "中央", "全国")       # 中国气象局 is nobody's county's
# "该校", "该行": the unit in focus whose name ends in one of these.
ORG_COREF = {"该校": ("大学", "学院", "学校", "中学", "小学"), "该局": ("局",), "该行": ("银行", "分行", "支行"), "该厅": ("厅",),
             "我校": ("大学", "学院", "学校"), "我行": ("银行", "分行", "支行"), "我院": ("院",), "我局": ("局",),
             "我厅": ("厅",), "我委": ("委", "委员会"), "我公司": ("公司",), "集团公司": ("集团", "公司"),
             "该院": ("院",), "该公司": ("公司",), "该中心": ("中心",), "该所": ("所",), "该站": ("站",),
             "该社": ("社",), "该会": ("会",), "该委": ("委", "委员会"), "该部": ("部",),
             "局里": ("局",), "厅里": ("厅",), "院里": ("院",), "委里": ("委", "委员会"),     # (said by its own people: "局里派我来")
             "行里": ("银行", "分行", "支行"),
             "局机关": ("局",), "厅机关": ("厅",), "委机关": ("委", "委员会"),     # ("第一书记张某是厅机关干部")
             "我们局": ("局",), "我们厅": ("厅",), "我们公司": ("公司",), "我们医院": ("医院", "院"),
             "我们学校": ("大学", "学院", "学校"),     # (in an interview: "我们局帮扶这个村已经8年了")
             "咱们局": ("局",), "咱们厅": ("厅",), "咱们公司": ("公司",), "咱们医院": ("医院", "院")}

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s: str) -> int | None:
    """Arabic or simple Chinese numerals up to 9999 ("52", "三", "一百四十八")."""
    if s.isdigit():
        return int(s)
    total, unit_vals, cur = 0, {"十": 10, "百": 100, "千": 1000}, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch in unit_vals:
            total += (cur or 1) * unit_vals[ch]
            cur = 0
        else:
            return None
    return total + cur if s else None
