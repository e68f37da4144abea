"""Sentence -> mentions: places, organisations and people, found by their shape.

Names are recognised from the right: a level suffix (镇, 嘎查, 社区 ...) or a unit
suffix (局, 合作社, 党委 ...) is easy to see; where the name begins is decided by
walking left until a function word, a verb that introduces names, punctuation
or the end of an earlier name. People are found behind a post title or a role
("党支部书记李某说", "村民王某"), and again wherever a name already found recurs.
"""
from __future__ import annotations

import functools
import logging
import re

import jieba

from .gazetteer import ABBREVIATIONS
from .model import ORG, PERSON, PLACE, Mention
from .vocab import (AFTER_NAME, COREF, GENERIC_ORGS, GENERIC_PLACES, GENERIC_TAILS, LEVEL_RANK, NOT_SUFFIX_BEFORE,
                    ORG_SUFFIXES, PLACE_SUFFIXES, ROLES, STOP_CHARS, STOP_WORDS, SURNAMES, TITLE_ORGANS,
                    TITLE_PREFIXES, TITLES)

jieba.setLogLevel(logging.WARNING)     # its dictionary-loading banner is not ours to print


def _freq() -> dict[str, int]:
    """jieba's word frequencies; its dictionary loads on first use, so make sure it has."""
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def _tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each dictionary word (loaded with jieba.posseg, so lazily)."""
    import jieba.posseg as pseg
    return pseg.dt.word_tag_tab
class Words:
    """A fixed vocabulary, asked which of its words starts or ends at a position:
    a set lookup per distinct word length, not a scan of the list."""

    def __init__(self, words):
        self.words = frozenset(words)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)

    def at(self, text: str, i: int) -> str | None:
        """The longest word starting at i."""
        return next((text[i:i + n] for n in self.lengths if text[i:i + n] in self.words), None)

    def ending(self, text: str, j: int) -> str | None:
        """The longest word ending at j."""
        return next((text[j - n:j] for n in self.lengths if n <= j and text[j - n:j] in self.words), None)


_PLACE_SUFS = Words(PLACE_SUFFIXES)
_ORG_SUFS = Words(ORG_SUFFIXES)
_COREFS = Words(COREF)
_STOPS = Words(STOP_WORDS)
_TITLE_ORGANS, _TITLE_PREFIXES, _TITLES = Words(TITLE_ORGANS), Words(TITLE_PREFIXES), Words(TITLES)
WEAK_STOPS = set("和")      # a conjunction that also occurs inside names (呼和, 伊和)
# Before an organisation name fewer words stop the walk: 包联/驻村 are parts of unit names.
_ORG_STOPS = Words(set(STOP_WORDS) - {"包联", "驻村", "帮扶", "工作", "建设", "发展", "项目", "领导",
                                     "组织", "服务", "管理"} | {"共建单位", "包联单位", "帮扶单位"})
# One-character unit suffixes make ordinary words too (举办, 格局): these are not units.
NOT_ORGS = set("""格局 布局 大局 全局 当局 结局 开局 出局 骗局 僵局 时局 残局 饭局 举办 承办 开办 主办 协办 督办 代办 包办
兴办 创办 筹办 操办 置办 查办 交办 转办 经办 法办 照办 合办 领办 帮办 怎么办 庭院 大院 小院 住院 寺院 剧院 影院
车站 网站 驿站 加油站 委员 编委 常委""".split())
# A unit suffix followed by these is part of another word (委员, 局长, 党组织, 大学生).
NOT_UNIT_BEFORE = {"党组": "织成", "大学": "生", "中学": "生", "小学": "生", "学院": "派", "委": "员托屈婉任", "院": "子落士线校长", "局": "面势部限长", "办": "法理好成事公得", "厅": "堂长",
                           "厂": "长", "站": "长"}
MAX_PLACE_NAME, MAX_ORG_NAME = 7, 20


def find_mentions(text: str, known_people: frozenset[str] = frozenset()) -> list[Mention]:
    """All mentions in a sentence, sorted by start. Places inside a unit's name
    ("杭锦旗财政局") are returned too; `outermost` drops them. `known_people`:
    names found elsewhere in the article, recognised here where they recur bare."""
    places = find_places(text)
    orgs = find_orgs(text, places)
    people = find_people(text, places + orgs)
    return add_known_people(text, sorted(places + orgs + people, key=_order), known_people)


def add_known_people(text: str, mentions: list[Mention], known: frozenset[str]) -> list[Mention]:
    """`mentions` plus every bare occurrence of a known name that starts outside them."""
    found = list(mentions)
    for name in sorted(known, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not _inside(found, m.start()):
                found.append(Mention(PERSON, name, m.start(), m.end()))
    return sorted(found, key=_order)


def _order(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


def outermost(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# ---------------------------------------------------------------- places

def find_places(text: str) -> list[Mention]:
    corefs = _find_corefs(text)
    taken = {i for m in corefs for i in range(m.start, m.end)}
    suffixes = [s for s in _place_suffixes(text) if s[0] not in taken]
    ends = {e for _, e, _ in suffixes} | {m.end for m in corefs}
    found: list[Mention] = list(corefs)
    levels_at_end = {m.end: m.level for m in corefs}
    for start, end, level in suffixes:
        name_start = _walk_left(text, start, ends, levels_at_end, level, MAX_PLACE_NAME, _STOPS)
        prev = levels_at_end.get(name_start)
        if not (prev and LEVEL_RANK[prev] < LEVEL_RANK[level]):
            name_start = cut_after_verbs(text, strip_leading_words(text, name_start, start), start)
        elif start - cut_after_verbs(text, name_start, start) < 2 <= start - name_start:
            name_start = start       # after its parent a name is whole, unless a verb leaves nothing of it
        surface = text[name_start:end]
        prev_level = levels_at_end.get(name_start)
        if _is_place(surface, end - start, level, prev_level):
            found.append(Mention(PLACE, surface, name_start, end, level=level))
            levels_at_end[end] = level
    return sorted(found, key=lambda m: m.start)


def _find_corefs(text: str) -> list[Mention]:
    out, i = [], 0
    while i < len(text):
        w = _COREFS.at(text, i)
        if w and not _continues_place(text, i + len(w)):
            out.append(Mention(PLACE, w, i, i + len(w), level=COREF[w], kind="coref"))
            i += len(w)
        else:
            i += 1
    return out


def _continues_place(text: str, i: int) -> bool:
    """"全村民" is not "全村" + "民"; "村里" inside "X村里面" is fine either way."""
    return i < len(text) and text[i] in "民委级"


def _place_suffixes(text: str) -> list[tuple[int, int, str]]:
    out, i = [], 0
    while i < len(text):
        suf = _PLACE_SUFS.at(text, i)
        if suf and _suffix_ok(text, i, suf):
            out.append((i, i + len(suf), PLACE_SUFFIXES[suf]))
            i += len(suf)
        else:
            i += 1
    return out


def _suffix_ok(text: str, i: int, suf: str) -> bool:
    nxt = text[i + len(suf): i + len(suf) + 1]
    if nxt and nxt in NOT_SUFFIX_BEFORE.get(suf, ""):
        return False
    end = i + len(suf)
    # "合作社", "供销社": a unit suffix ending here is longer than the place suffix.
    unit = _ORG_SUFS.ending(text, end)
    return not (unit and len(unit) > len(suf))


def _is_place(surface: str, suffix_len: int, level: str, prev_level: str | None) -> bool:
    if surface in ABBREVIATIONS:
        return True
    name_len = len(surface) - suffix_len
    in_chain = prev_level is not None and LEVEL_RANK[prev_level] < LEVEL_RANK[level]
    if surface in GENERIC_PLACES or surface in COREF or name_len < 1:
        return False
    if any(len(g) > suffix_len and surface.endswith(g) for g in GENERIC_TAILS):   # "缺水地区"
        return False
    if level == "Group":
        return in_chain and prev_level == "Village" and name_len >= 2
    return name_len >= 2 or in_chain


def _walk_left(text: str, start: int, ends: set[int], levels_at_end: dict[int, str], level: str | None,
               limit: int, stop_words: Words) -> int:
    """Where a name that ends at `start` begins."""
    j = start
    while j > 0 and start - j < limit:
        ch = text[j - 1]
        if j in ends or not _is_name_char(ch):
            break
        if stop_words.ending(text, j):
            break
        if ch in WEAK_STOPS:
            before = j - 1
            prev = levels_at_end.get(before)
            joins_list = before in ends and not (prev and level and LEVEL_RANK[prev] < LEVEL_RANK[level])
            if before == 0 or joins_list or not _is_name_char(text[before - 1]):
                break
        elif (ch in STOP_CHARS or ch == "个") and not _name_word(text[j - 1:j + 1]):
            break
        j -= 1
    if start - j >= limit:        # no boundary found: too long to be a name, keep the nearest word
        return start
    return j


# A name never starts with a common verb, adverb or function word ("设立白柜村",
# "充分发挥基层党组"). Rare words that jieba tags as verbs are name syllables (达来诺日镇).
_LEADING_TAGS = {"v", "d", "ad", "c", "p", "r", "m", "q", "u"}     # not "vn": 建设银行, 管理局
_LEADING_CHARS = set("能均有既也还又就把被让")
_VERB_TAGS = {"v", "d", "ad", "c", "p"}
_NAME_TAGS = {"n", "nr", "nrt", "ns", "nz", "a"}


def _common(word: str, tags: set[str] = _LEADING_TAGS) -> bool:
    """A frequent word with one of these parts of speech. Rare words that jieba
    tags as verbs are name syllables (达来诺日镇), so frequency decides."""
    return _tags().get(word) in tags and _freq().get(word, 0) >= 100


def strip_leading_words(text: str, start: int, end: int, keep: int = 2) -> int:
    while end - start > keep:
        word = next((w for n in (4, 3, 2) if start + n <= end - keep
                     and _common(w := text[start:start + n])
                     and not any(suf.startswith(w) for suf in PLACE_SUFFIXES)), None)
        if word is None and text[start] in _LEADING_CHARS and end - start - 1 >= keep:
            word = text[start]
        if word is None:
            return start
        start += len(word)
    return start


def cut_after_verbs(text: str, start: int, end: int) -> int:
    """"群体纳入社区", "该村设立白柜村": a common verb inside the run ends what comes
    before it. A name that *is* such a word (前进村, 团结村) stays: only a verb
    with something before it cuts."""
    cut = start
    for i in range(start + 1, end - 1):
        for n in (2, 3, 4):
            if i + n <= end and _common(text[i:i + n], _VERB_TAGS):
                cut = max(cut, i + n)
    return cut


def common_word(s: str) -> bool:
    """A whole name body that is a common verb, adverb or function word ("纳入", "发挥")."""
    return s in _LEADING_CHARS or _common(s)


def _name_word(w: str) -> bool:
    """"向阳", "和平", "同心": a function character that starts a noun is part of a name."""
    return _tags().get(w) in _NAME_TAGS


def _is_name_char(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


# ---------------------------------------------------------------- organisations

def find_orgs(text: str, places: list[Mention]) -> list[Mention]:
    place_ends = {m.end for m in places if m.kind != "coref"}
    coref_spans = [(m.start, m.end) for m in places if m.kind == "coref"]
    found: list[Mention] = []
    ends: set[int] = set()
    for start, end, suf in _org_suffixes(text):
        if any(s <= start < e for s, e in coref_spans):
            continue
        name_start = _walk_left_org(text, start, ends, place_ends)
        name_start = strip_leading_words(text, name_start, start, keep=1)
        surface = text[name_start:end]
        if _is_org(surface, suf):
            # a longer unit that contains an earlier one ("北社区联合党委" ⊃ nothing; "分局党委" ⊃ "分局")
            found.append(Mention(ORG, surface, name_start, end, kind=ORG_SUFFIXES[suf]))
            ends.add(end)
    return _drop_nested_orgs(found)


def _org_suffixes(text: str) -> list[tuple[int, int, str]]:
    out, in_title = [], _title_organ_positions(text)
    for i in range(len(text)):
        if i in in_title:     # "党委书记": the organ belongs to the title
            continue
        suf = _ORG_SUFS.at(text, i)
        if not suf:
            continue
        end = i + len(suf)
        nxt = text[end:end + 1]
        if nxt and nxt in NOT_UNIT_BEFORE.get(suf, ""):
            continue
        out.append((i, end, suf))
    # keep the longest suffix ending at each position
    best: dict[int, tuple[int, int, str]] = {}
    for s in out:
        if s[1] not in best or s[0] < best[s[1]][0]:
            best[s[1]] = s
    return sorted(best.values(), key=lambda s: s[1])


def _title_organ_positions(text: str) -> set[int]:
    """Positions covered by the organ of a title that carries one ("党工委副书记")."""
    covered: set[int] = set()
    for i in range(len(text)):
        organ = _TITLE_ORGANS.at(text, i)
        if not organ or len(organ) < 2:
            continue
        j = i + len(organ)
        j += len(_TITLE_PREFIXES.at(text, j) or "")
        if _TITLES.at(text, j):
            covered.update(range(i, i + len(organ)))
    return covered


def _walk_left_org(text: str, start: int, org_ends: set[int], place_ends: set[int]) -> int:
    j = start
    while j > 0 and start - j < MAX_ORG_NAME:
        ch = text[j - 1]
        if not _is_name_char(ch):
            break
        if (_ORG_STOPS.ending(text, j) or _ANCHOR_WORDS.ending(text, j)) and j not in place_ends:
            break
        if ch in "和与":   # "农业与农村发展学院" is one name; "A局与B局" are two
            if j < 2 or j - 1 in org_ends or j - 1 in place_ends or not _is_name_char(text[j - 2]) \
                    or text[j - 2] in STOP_CHARS:
                break
        elif ch in STOP_CHARS and ch != "驻":
            break
        j -= 1
    return j


def _is_org(surface: str, suf: str) -> bool:
    if surface in GENERIC_ORGS or surface in NOT_ORGS:
        return surface in ("旗委", "县委", "市委", "区委", "盟委")   # bare county units are qualified later
    body = surface[: len(surface) - len(suf)]
    if len(suf) == 1 and len(body) < 2 or common_word(body):
        return False
    if len(body) == 1 and body not in "旗县市区盟省":       # "一党委", "集中学"
        return False
    return len(body) >= 1 and not any(surface.endswith(w) for w in NOT_ORGS)


def _drop_nested_orgs(orgs: list[Mention]) -> list[Mention]:
    orgs = sorted(orgs, key=lambda m: (m.start, -m.end))
    return [m for m in orgs if not any(o is not m and o.start <= m.start and m.end <= o.end
                                       and (o.end - o.start) > (m.end - m.start) for o in orgs)]


# ---------------------------------------------------------------- people

_ANCHORS = sorted(set(TITLES) | set(ROLES), key=len, reverse=True)
_ANCHOR_WORDS = Words(_ANCHORS)
_AFTER_RE = re.compile("|".join(map(re.escape, AFTER_NAME)))


def find_people(text: str, others: list[Mention]) -> list[Mention]:
    """People behind a post title or a role word ("党支部书记李某", "村民王某")."""
    taken = [(m.start, m.end) for m in others]
    found: dict[int, Mention] = {}
    for i in range(len(text)):
        anchor = _ANCHOR_WORDS.at(text, i)
        if not anchor:
            continue
        name = person_after(text, i + len(anchor))
        if name and anchor in _ROLES and not _ordinary_name(name):
            continue
        if name:
            p = i + len(anchor)
            found[p] = Mention(PERSON, name, p, p + len(name))
    for m in _NAME_THEN_POST.finditer(text):
        if m.start(1) not in found and _ordinary_name(m.group(1)):
            found[m.start(1)] = Mention(PERSON, m.group(1), m.start(1), m.end(1))
    return [m for m in found.values() if not any(s <= m.start < e for s, e in taken)]


_ROLES = set(ROLES)
_NAME_THEN_POST = re.compile("([\u4e00-\u9fff]{2,3})[（(][^）)]{0,20}?(?:" + "|".join(TITLES) + ")[）)]")


def _ordinary_name(name: str) -> bool:
    """"村民张某" yes; "群众普遍好评", "村民由衷地" no: behind a role word only a Han
    name of 2-3 characters counts, and not one that starts with a common word."""
    tags, freq = _tags(), _freq()
    starts_word = any(not tags.get(name[:n], "nr").startswith("nr") and freq.get(name[:n], 0) >= 100
                      for n in range(2, len(name) + 1))
    return 2 <= len(name) <= 3 and name[0] in SURNAMES and not starts_word


def _inside(mentions, pos: int) -> bool:
    return any(m.start <= pos < m.end for m in mentions)


def person_after(text: str, p: int) -> str | None:
    """The personal name that starts at p, if the text there looks like one."""
    rest = text[p:p + 10]
    k = 0
    while k < len(rest) and (_is_name_char(rest[k]) or rest[k] == "·"):
        after = _AFTER_RE.match(rest, k) if k >= 2 else None
        if after and not (after.group() == "和" and _ends_name(rest, k + 1)):   # "巴图孟和陪同"
            break
        k += 1
    name = rest[:k]
    if len(name) < 2 or name[0] == "·":
        return None
    bounded = k < len(rest)
    if len(name) > 3 and "·" not in name:
        # a Han name is 2-3 characters; longer runs are a Mongolian name or a name + verb
        short = _jieba_name(rest)
        if not (short and name.startswith(short)) and name[0] in SURNAMES:
            short = next((name[:n] for n in (3, 2) if _starts_with_word(name[n:])), None)
        if short and name.startswith(short) and _starts_with_word(name[len(short):]):
            name = short                      # "李强今天" -> "李强"
        elif not bounded or k > 8:
            name = short or ""
    if len(name) < 2:
        return None
    han = name[0] in SURNAMES or name[:2] in SURNAMES
    if name[0] in STOP_CHARS and not han or not _plausible_name(name):
        return None
    if not (han or "·" in name) and (len(name) < 3 or _has_common_word(name)):
        return None
    if len(name) > 3 and "·" not in name and _has_frequent_word(name):
        return None
    return name


def _has_frequent_word(name: str) -> bool:
    """"解决实际困难": a long run with common words in it is a phrase, not a (Mongolian) name."""
    freq = _freq()
    return any(freq.get(name[i:j], 0) >= 100 for i in range(len(name)) for j in range(i + 2, len(name) + 1))


def _has_common_word(name: str) -> bool:
    """"选派关", "在入户走访中": ordinary words, not a name without a common surname."""
    tags = _tags()
    return any(name[i:j] in tags for i in range(len(name)) for j in range(i + 2, len(name) + 1))


def _starts_with_word(s: str) -> bool:
    """"今天", "乐呵呵地" after a name: ordinary words, so the name ended before them.
    Name syllables (吉日, 巴特: tagged nr/ns by jieba) don't count."""
    freq, tags = _freq(), _tags()
    return any(freq.get(s[:n], 0) >= 20 and not tags.get(s[:n], "x").startswith(("nr", "ns", "nz"))
               for n in range(2, len(s) + 1))


def _ends_name(rest: str, k: int) -> bool:
    m = _AFTER_RE.match(rest, k)
    return k >= len(rest) or not _is_name_char(rest[k]) or bool(m and len(m.group()) > 1)


def _jieba_name(rest: str) -> str | None:
    import jieba.posseg as pseg
    words = list(pseg.cut(rest))
    if words and words[0].flag.startswith("nr") and 2 <= len(words[0].word) <= 3:
        return words[0].word
    return None


BAD_NAME_CHARS = set("的了在是与及等们这那个年月")


@functools.lru_cache(maxsize=4096)
def _plausible_name(name: str) -> bool:
    if any(ch in BAD_NAME_CHARS for ch in name[1:]) or name in _ANCHORS:
        return False
    if any(a in name for a in _ANCHORS if len(a) > 1) or any(name.endswith(s) for s in PLACE_SUFFIXES):
        return False
    freq = _freq().get(name, 0)
    return freq < 50 or name[0] in SURNAMES and freq < 500
