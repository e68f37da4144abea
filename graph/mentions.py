"""Sentence -> mentions: units and people (places come from graph/places.py).

A unit is [a place or a bare level word] + body + unit suffix (局, 合作社, 党委 ...):
the suffix is easy to see, and the name is walked left from it, through the
places in it, to a function word, a title, a name the tagger found, or
punctuation. People are the tagger's (graph/tagger.py), asked about short windows
around the titles, roles and cues that say a person may be named there; behind a
title or a role ("党支部书记李某说", "村民王某") a name the tagger misses (Mongolian
names) is still taken; and a name found once is recognised again wherever it recurs.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from . import regexes
from .lexicon import VERB_TAGS, Words, common, common_word, frequent_inside, is_name_char as _is_name_char, strip_leading_words
from .lexicon import freq as _freq, tags as _tags
from .model import ORG, PERSON, PLACE, Mention
from .patterns import ITEM_NUMBER, NUMBERED_BRANCH
from .places import DATED_OFFICE_VERB, TITLE_WORDS, after_office_verb, article_places, unit_county_name
from .read import FURNITURE, closed
from .register import PEOPLES, register
from .tagger import NOT_NAME_TAGS, PERSON_TAG, tagger
from .vocab import table, words
from .vocab import (AFTER_NAME, COREF, GENERIC_ORGS, ORG_SUFFIXES, ROLES, STOP_CHARS, STOP_WORDS, SURNAMES,
                    TITLE_ORGANS, TITLE_PREFIXES, TITLES, PLACE_SUFFIXES, ORG_ABBREVIATIONS, NATIONAL, ORG_COREF, SEND_VERBS,
                    NAME_ELEMENTS)

_ORG_SUFS = Words(ORG_SUFFIXES)
_TITLE_ORGANS, _TITLE_PREFIXES, _TITLES = Words(TITLE_ORGANS), Words(TITLE_PREFIXES), TITLE_WORDS
# Before an organisation name fewer words stop the walk: 包联/驻村 are parts of unit names.
_ORG_STOPS = Words(set(STOP_WORDS) - {"包联", "驻村", "帮扶", "工作", "建设", "发展", "项目", "领导",
                                     "组织", "服务", "管理"} | {"共建单位", "包联单位", "帮扶单位"})
_ALL_STOPS = Words(STOP_WORDS)      # (before a place that opens a unit, 工作 and 建设 end it too)
MEMBER_ROLES = set(words("member_roles"))            # 干部, 职工: "X局干部张某"
NOT_ORGS = set(words("not_orgs"))                  # 格局, 举办: no units
NOT_UNIT_BEFORE = table("not_unit_before")          # 委员, 局长: the suffix begins another word
NOT_UNIT_AFTER = table("not_unit_after")            # 支部, 干部: the suffix ends another word
MAX_ORG_NAME = 20


def find_mentions(text: str, known_people: frozenset[str] = frozenset(),
                  places: list[Mention] | None = None, words=None) -> list[Mention]:
    """All mentions in a sentence, sorted by start. Places inside a unit's name
    ("杭锦旗财政局") are returned too; `outermost` drops them. `known_people`:
    names found elsewhere in the article, recognised here where they recur bare.
    `places`: the sentence's places as the article found them (default: this
    sentence on its own). `words`: the tagger's words (`tagged_sentences`)."""
    if places is None:
        places = article_places([text])[0]
    anchors = _anchors(text)
    words = tagged_sentences([text])[0] if words is None else words
    names = _tagged_names(text, words)
    orgs = find_orgs(text, places, dict(names))
    people = find_people(text, places + orgs, words, anchors, names)
    return add_known_people(text, sorted(places + orgs + people, key=_order), known_people)


def publishers(text: str) -> tuple[Mention, ...]:
    """The units a page says publish it ("来源：X", "X新闻网", "X 版权所有", "主办单位：X"),
    most often named first: who "我校", "我行" or "我局" is when the article never names it."""
    named = Counter(m.group("unit") for pattern in _PUBLISHED for m in pattern.finditer(text)
                    if not m.group("unit").startswith(("机关", "党委", "党组")))    # (来源：机关党委: its own office)
    out = []
    for name, _ in named.most_common():
        whole = [m for m in find_orgs(name, article_places([name])[0]) if m.start == 0 and m.end == len(name)]
        out += [m for m in whole if m.surface not in [o.surface for o in out]]
    return tuple(out)


_UNIT_NAME = "(?P<unit>[\u4e00-\u9fff（）()]{3,30}?)"
_PUBLISHED = (regexes.compile("(?:来源|稿源|信息来源|发布机构|主办|主办单位|版权所有)[：:]?[ \u3000]*" + _UNIT_NAME + "(?=[\\s|｜，,。；;]|$)", re.M),
              regexes.compile(_UNIT_NAME + "(?:新闻网|新闻中心|官方网站|门户网站|官网|网站)(?=[\\s|｜，,。；;]|$)", re.M),
              regexes.compile("(?:^|[ \u3000|｜])" + _UNIT_NAME + "[ \u3000]*(?:版权所有|主办)", re.M),
              regexes.compile("^(?:首页[ \u3000]*[>＞»][ \u3000]*)?" + _UNIT_NAME + "[ \u3000]*[>＞»]", re.M))   # a breadcrumb


def person_ends(texts: list[str], words: list) -> list[set[int]]:
    """Where, in each sentence, the names the tagger found end, and where a name it
    found elsewhere in the article ends ("呼和巴特尔和嘎查“两委”商量": a name then 和)."""
    found = [_tagged_names(t, w) + list(_names_taking_office(t)) for t, w in zip(texts, words)]
    names = {t[s:e] for t, spans in zip(texts, found) for s, e in spans}
    return [{e for _, e in spans} | {m.end() for name in names for m in re.finditer(re.escape(name), t)}
            for t, spans in zip(texts, found)]


def _tagged_names(text: str, words) -> list[tuple[int, int]]:
    return [(s, e) for s, e in _tagged_people(text, words) if _tagged_name(text[s:e]) or _vouched_for(text, s, e)]


def _vouched_for(text: str, s: int, e: int) -> bool:
    """"镇组织委员牛胜利兼任": a title before it and a verb of office or speech after it
    (or the clause's end: "第一书记甘露瑶，是…"; or a speech given: "干部秦朗月作交流发言") vouch for
    a name of three whose given name is a common word (胜利) or that opens with one (甘露)."""
    return e - s == 3 and text[s] in SURNAMES and _ANCHOR_WORDS.ending(text, s) is not None and \
        (text.startswith(("兼任", "担任", "任"), e) or _AFTER_RE.match(text, e) is not None or text[e:e + 1] in "，,"
         or _gives_speech(text, e))


def add_known_people(text: str, mentions: list[Mention], known: frozenset[str]) -> list[Mention]:
    """`mentions` plus every bare occurrence of a known name that starts outside them.
    A known name also stands where a stray space cuts it ("曲宏 伟", where only 曲宏
    was found) and where it is cut short ("曲宏伟" found as 曲宏)."""
    found = list(mentions)
    for name in sorted({"".join(k.split()) for k in known}, key=len, reverse=True):    # ("赵 春 来" is 赵春来 too)
        for m in re.finditer(" ?".join(map(re.escape, name)), text):
            cut = next((f for f in found if f.label == PERSON and f.start == m.start() and f.end < m.end()), None)
            if cut:
                found.remove(cut)
            if cut or not _inside(found, m.start()):
                found.append(Mention(PERSON, m.group(), m.start(), m.end()))
    return sorted(found, key=_order)


def _order(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


def outermost(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            if _our_place_opens(out[-1], m):
                out[-1] = m     # "我市农牧局与村里结成帮扶对子": our city's unit, 我 a word before its name
            continue
        out.append(m)
    return out


def _our_place_opens(place: Mention, org: Mention) -> bool:
    return place.label == PLACE and len(place.surface) == 2 and place.surface[0] == "我" and \
        org.label == ORG and org.start == place.start + 1


# ---------------------------------------------------------------- organisations

_OPENINGS = set(words("org_openings"))
_PROTECTED = tuple(PLACE_SUFFIXES) + tuple(ORG_ABBREVIATIONS) + tuple(_OPENINGS)  # "建行X支行"


def find_orgs(text: str, places: list[Mention], people: dict[int, int] | None = None) -> list[Mention]:
    """Units, by their suffix (局, 合作社, 党委 ...), walked left to where the name
    begins; `people` (start -> end of names the tagger found) bound them too."""
    real_places = [m for m in places if m.kind != "coref"]
    place_spans = {m.end: m.start for m in real_places}
    place_starts = {m.start for m in real_places}
    coref_spans = [(m.start, m.end) for m in places if m.kind == "coref"]
    found: list[Mention] = []
    ends: set[int] = set()
    spans = set()
    person_ends = set((people or {}).values())
    person_bounds = person_ends | after_office_verb(text, person_ends) | \
        {e for _, e in coref_spans if text[e:e + 1] in "和与"}     # "村里与X公司": 与 joins two
    unit_spans: dict[int, int] = {}     # a unit right before a suffix is taken whole ("X常委会办公厅")
    for start, end, suf in _org_suffixes(text):
        if any(s <= start < e for s, e in coref_spans) or \
                any(p.start <= start and end < p.end for p in real_places):     # "新站村": a place's own word
            continue
        inside = next((p for p in real_places if p.start < start < p.end), None)   # "昌都市委": 市 is both
        if inside and inside.level == "Village" and text.startswith(("村委会", "村委"), start):
            name_start = inside.start   # "X局挂联Y村委会": the village's committee, named from the village
        else:
            name_start = _walk_left_org(text, inside.start if inside else start, ends, place_spans | unit_spans,
                                        person_bounds)
        name_start -= _city_cut_off(text, name_start)
        if name_start not in place_starts and not _city_opening(text, name_start, start):
            # ("大同区融媒体中心", "大连医科大学": a place is no leading word)
            name_start = strip_leading_words(text, name_start, start, keep=1, protect=_PROTECTED)
        name_start = _after_coref(text, name_start, start)
        if (here := next((e for s, e in coref_spans if s == name_start and text[e - 1] == "里"), None)) and here < start:
            name_start = here       # "村里榛丰种植专业合作社": in the village, then the unit
        if text[name_start] in "如报" and text[name_start + 1] in "省市县旗区州盟" or \
                text[name_start] == "随" and text[name_start + 1] in "省市":
            name_start += 1     # "如县水利局包联…": for example; "报县委组织部备案": reported to; "随省…": with (随县 is a county)
        if (place := next((p.start for p in real_places if 0 < p.start - name_start <= 2 and p.start < start), None)) \
                and _verb_before_place(text, name_start, place):
            name_start = place      # "请山东省商务厅驻…": a verb before the place that opens the unit's name
        if text.startswith("治区", name_start) and text[name_start - 1:name_start] == "自":
            name_start -= 1     # "近年来自治区水利厅": 来自 (from) read first took the 自 of 自治区
        if suf == "大学":
            end += _campus(text, end)       # "中国地质大学（武汉）": the campus is part of the name
        ends.add(end)       # a list goes on before what ends here ("A公司党支部与B村党总支")
        end = _without_party_organ(text, name_start, end)
        end = _without_team(text, name_start, end, ORG_SUFFIXES[suf])
        # ("柳树村的工作队" is the team stationed there, no unit of the village's)
        owner = _owner_before_的(text, name_start, start, real_places) if ORG_SUFFIXES[suf] != "team" else None
        surface = text[name_start:end]
        named = (owner.canonical or owner.surface) + surface if owner else surface
        suf = _ORG_SUFS.ending(text, end) or suf
        kind = ORG_SUFFIXES[suf]
        if owner:
            name_start = owner.start
        if _bare_word_and_organ(surface):
            continue        # "厅机关党委还与…": the unit in focus (graph.facts.BARE_UNITS); "机关党支部与村党支部…": any unit's
        # ("通道县委": the place shares its level word with the organ, so its name is no common word, 通道)
        shares_level = inside is not None and inside.start == name_start and inside.end - inside.start >= 3
        if (name_start, end) not in spans and (_is_org(named, suf) or shares_level) and \
                not (kind == "team" and not _names_its_unit(named, name_start, places)):
            spans.add((name_start, end))
            canonical = named if owner else _qualified(surface, name_start, end, places, kind)
            canonical = canonical and canonical.replace(" ", "")     # ("信阳市 水利局": the OCR's space)
            found.append(Mention(ORG, text[name_start:end], name_start, end, kind=kind, canonical=canonical))
            ends.add(end)
            unit_spans[end] = name_start
    found += [Mention(ORG, name, i, i + len(name), kind="enterprise") for i, name in _UNIT_NAMES.scan(text)
              if not any(p.start < i + len(name) and i < p.end for p in real_places)]
    found += [Mention(ORG, name, i, i + len(name)) for i, name in _CENTRAL_ORGANS.scan(text)
              if (i, i + len(name)) not in spans and text[i + len(name):i + len(name) + 1] != "门"
              and text[i - 1:i] not in _LEVEL_CHARS]      # (not "县财政部门", "相关教育部门": a local department)
    return _drop_nested_orgs(found)


def _verb_before_place(text: str, start: int, place: int) -> bool:
    """Are the one or two characters before a place a verb, no part of the unit's name
    ("请山东省…", "本期请山东省…"; not 民建, not a unit's own word, not 建行, a bank that
    reads as a verb)?"""
    before = text[start:place]
    return (common(before, VERB_TAGS) or not _freq().get(before) and common(text[place - 1], VERB_TAGS)) \
        and not _ORG_SUFS.ending(text, place) and not text.startswith(_PROTECTED, start)


def _city_cut_off(text: str, start: int) -> int:
    """The length of one city's short name right before `start`, where the walk left
    stopped at a character of it (成都中医药大学: 都 ends many a clause)."""
    return next((n for n in (2, 3) if start >= n and _one_city(text[start - n:start])), 0)


def _city_opening(text: str, start: int, end: int) -> bool:
    """A unit's name opens with the short name of one city (大连医科大学, 包头医学院),
    though the word is a common one too (大连, 包头)."""
    return any(_one_city(text[start:start + n]) for n in (2, 3) if start + n < end)


def _one_city(form: str) -> bool:
    reg = register()
    return len(ids := reg.named(form)) == 1 and reg.level(ids[0]) == "City"


_UNIT_NAMES = Words(words("unit_names"))      # 中国石化: a unit with no suffix to find it by
_CENTRAL_ORGANS = Words(words("central_organs"))     # 农业农村部: a ministry, whose 部 finds no unit


def _after_coref(text: str, name_start: int, suffix_start: int) -> int:
    """"该校林学院", "该院水利土木工程学院", "我校资源与环境学院": the unit in focus (该校), then its department."""
    coref = next((w for w in ORG_COREF if text.startswith(w, name_start - 1) and w[0] in "该我"), None)
    if coref is None and text[name_start:name_start + 2] in _HERE_UNITS and name_start + 2 < suffix_start:
        # "回到院里医务部工作", "行里信贷管理部": the unit in focus, then its division ("回到局里任X中心副主任": 任 the verb)
        return name_start + 2 + (text[name_start + 2] == "任" and name_start + 3 < suffix_start)
    return name_start - 1 + len(coref) if coref and name_start - 1 + len(coref) < suffix_start else name_start


_HERE_UNITS = {w for w in ORG_COREF if len(w) == 2 and w.endswith("里")}     # 局里, 院里, 行里


def _owner_before_的(text: str, name_start: int, suffix_start: int, places: list[Mention]) -> Mention | None:
    """"潼南区的教委": a place, 的, and a short unit name (at most three characters
    before its suffix): the place's own unit."""
    if text[name_start - 1:name_start] != "的" or suffix_start - name_start > 3 or text[name_start] in "省市县旗区州盟镇乡" \
            or any(p.start == name_start for p in places) or text.startswith(NATIONAL, name_start):
        return None     # ("联系X镇的县委常委": a bare level word names its own place, "包联X镇的Y县委常委" the place named;
        #                  "帮扶Y村的中国银行X分行": a national name is nobody's place's)
    return next((p for p in places if p.end == name_start - 1), None)


# A province's own organs, named after it in full (内蒙古财政厅 -> 内蒙古自治区财政厅)
PROVINCE_BODIES = ("厅", "局", "委", "委员会", "办公室", "政府", "纪委", "党委", "人大", "政协", "组织部", "宣传部",
                   "统战部", "政法委")


def _provincial_body(rest: str) -> bool:
    """The first unit word after the province is one of its organs (not 分行, not 军区; and
    not a grid company's, which keeps the short name it is registered with: 广东电网…供电局)."""
    if rest.startswith("电网"):
        return False
    first = next((_ORG_SUFS.ending(rest, k) for k in range(1, len(rest) + 1) if _ORG_SUFS.ending(rest, k)), None)
    return first in PROVINCE_BODIES


_LEVEL_COMMITTEES = tuple(level + "委" for level in "省市县旗区盟州")     # (a bare 法院 is the one in focus)


def _names_its_unit(surface: str, start: int, places: list[Mention]) -> bool:
    """A work team is a unit of its own only when its name says whose it is
    ("湖北大学村庄复兴工作队", "X区驻Y镇工作队"); "乡村振兴工作队" is any team, and
    "驻柳树村工作队" names only where it is."""
    body = surface[:-2]
    return any((suf := _ORG_SUFS.ending(body, k)) and (_is_org(body[:k], suf) or body[:k] in _LEVEL_COMMITTEES)
               for k in range(2, len(body) + 1)) or \
        any(start <= p.start and surface.startswith(("驻", "派驻"), p.end - start) and not
            surface.startswith(("驻村", "驻嘎查", "驻社区"), p.end - start) for p in places if p.kind != "coref")


_UNIT_ORGANS = Words(words("unit_organs"))


def _bare_word_and_organ(surface: str) -> bool:
    organ = _UNIT_ORGANS.ending(surface, len(surface))
    return bool(organ) and (surface == organ or len(surface) - len(organ) == 1 and surface[0] in "厅局")


_NUMBERED_BRANCH = regexes.compile(NUMBERED_BRANCH + "$")


def _without_party_organ(text: str, start: int, end: int) -> int:
    """"旗交通运输局党委派到…": a unit's party organ acts for the unit, which is the name."""
    numbered = _NUMBERED_BRANCH.search(text, max(start, end - 10), end)
    organ = numbered.group() if numbered else _UNIT_ORGANS.ending(text, end)
    if organ and end - len(organ) - start >= 2:
        inner = _ORG_SUFS.ending(text, end - len(organ))
        if inner and _is_org(text[start:end - len(organ)], inner):
            return end - len(organ)
    return end


_TEAMS = ("工作队", "工作组", "服务队")       # (no name of a unit goes on past a team: "…工作队X市Z局")
_TEAM = regexes.compile(f"(?:驻|派驻)|(?:驻村|帮扶|扶贫|乡村振兴){{1,2}}(?:{'|'.join(_TEAMS)})$|工作队$")


def _without_team(text: str, start: int, end: int, kind: str) -> int:
    """"X社驻Y村帮扶工作队", "X中心驻村工作队": the unit is X; what its team does
    stays in the sentence for the patterns to read. A team a committee sends to a
    county ("X省委驻Y县帮扶工作队") is drawn from many units: it is a unit of its own."""
    if kind != "team":
        return end
    if TEAM_OF_AREA.search(text, start, end):
        return end
    m = _TEAM.search(text, start, end)
    if m and m.start() - start >= 2:
        inner = _ORG_SUFS.ending(text, m.start())
        if inner and _is_org(text[start:m.start()], inner):
            return m.start()
    return end


def _qualified(surface: str, start: int, end: int, places: list[Mention], kind: str = "") -> str | None:
    """A unit named with a place in it is already qualified; an abbreviated place at
    its front is written out (科右中旗交通运输局 -> 科尔沁右翼中旗交通运输局). None:
    no place in the name, so resolve qualifies it by the article's home place."""
    inside = [p for p in places if start <= p.start and p.end <= end and p.kind != "coref"]
    if not inside:
        return None
    first = min(inside, key=lambda p: p.start)
    if first.start > start and _BARE_LEVEL_OPENING.match(surface) and kind != "team" and \
            not any(map(_county_written_short, inside)):
        return None     # "省农科院齐齐哈尔分院", "市生态环境局环县分局": the branch's place is inside, the unit's is bare
        #                 (as printed where a banner inside is written short, 市生态环境局土左旗分局, as annotators list it)
    second = next((p for p in inside if p.start == first.end), None)
    if first.start == start and first.level == "Province" and second and kind not in ("enterprise", "cooperative") and \
            not (first.surface.endswith("市") and surface[second.end - start:] != "委"):
        # "安徽省滁州市政府办公室": the unit is named from its own place; the province is an address
        # (a company keeps its registered name: 吉林省鹤乡米业有限公司)
        # (but 北京市 of 北京市房山区X局 is also the district's city; 北京市顺义区委 is 顺义区委)
        return _qualified(surface[first.end - start:], first.end, end, places, kind)
    rest = surface[first.end - start:]
    full = unit_county_name(first.division if first.level == "County" else None, first.canonical or first.surface)
    if first.start == start and rest[:1] == first.surface[-1] and rest[1:] == "委":
        return full + "委"     # "莫旗旗委", "威县县委", "威宁自治县县委": the banner's, the county's 委 (a unit: in full)
    written_short = first.start == start and full != first.surface and \
        kind not in ("enterprise", "cooperative") and not _COLLEGE.search(surface)
    # (a company keeps its registered name, 广州瑞禾…公司, and a college its own, 兰州大学, 广州医科大学…医院)
    if written_short and (first.level != "Province" and first.surface[-1] in "旗县市州盟区" or   # not 贵州
                          first.level == "Province" and _provincial_body(rest)):
        # "内蒙古财政厅" -> 内蒙古自治区财政厅; a school or a paper keeps its name (湖南日报社)
        return full + rest
    if surface.startswith("中国") and surface.endswith(("分行", "支行")):
        # "中国农业银行科右前旗支行": a bank named in full names its branch by the banner in full
        # (a short name, 农行科右前旗支行, stays as printed: annotators list it as an alias)
        for p in inside:
            if _county_written_short(p):
                surface = surface.replace(p.surface, p.canonical, 1)
    return surface


_COLLEGE = regexes.compile("大学|学院")


def _county_written_short(place: Mention) -> bool:
    """"科右前旗", "土左旗": a banner or county printed by its short name."""
    return bool(place.canonical) and place.canonical != place.surface and place.surface[-1] in "旗县"
_BARE_LEVEL_OPENING = regexes.compile("(?:省|自治区|州|盟|市(?![场民]))[\u4e00-\u9fff]")


def _org_suffixes(text: str) -> list[tuple[int, int, str]]:
    out, in_title = [], _title_organ_positions(text)
    for i, suf in sorted(_ORG_SUFS.starts(text).items()):
        if i in in_title:     # "党委书记": the organ belongs to the title
            continue
        end = i + len(suf)
        nxt = text[end:end + 1]
        if nxt and nxt in NOT_UNIT_BEFORE.get(suf, ""):
            continue
        if i and text[i - 1] in NOT_UNIT_AFTER.get(suf, ""):      # "支部", "干部", "全部"
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
    for i, organ in _TITLE_ORGANS.starts(text).items():
        if len(organ) < 2 or text[i - 1:i] == "总" and organ == "工会":
            continue        # (a federation of unions is a unit: "县总工会主席")
        j = i + len(organ)
        j += len(_TITLE_PREFIXES.at(text, j) or "")
        if _TITLES.at(text, j) and not _committee(text, i, organ) and not TEAM_OF_AREA.search(text, max(0, j - 40), j):
            covered.update(range(i, i + len(organ)))
    return covered


# "X省委驻Y县帮扶工作队", "X市派驻Y县乡村振兴工作队": a team a committee or a city sends to a county
# is drawn from many units, a unit of its own (its 队长 no title's organ); "X局驻Y县…工作队" is X局's
TEAM_OF_AREA = regexes.compile("(?:省委|市委|[省市区])派?驻[^，,。；;、村屯组镇乡]{1,8}?[县区旗市](?!委)"
                               "(?:乡村振兴|[^，,。；;、村屯组镇乡]){0,8}(?:工作队|工作组)$")


def _committee(text: str, i: int, organ: str) -> bool:
    """"自治区党委常委", "成华区国资和金融系统党委书记": a 党委 after a county or
    anything larger, or after a name that is no unit, is a committee (a unit) of
    its own; after a town, a village or a unit ("镇党委书记", "X局党委书记") it is
    part of the title."""
    if organ == "村委" and text[i - 1:i] == "农":
        return True         # "区农业农村委主任": the county's committee of farming and the countryside
    if organ not in ("党委", "妇联", "团委") or i == 0 or not _is_name_char(text[i - 1]):
        return False
    if text[i - 1] in "旗县市区省盟州" or text[max(0, i - 3):i] == "自治区":
        return True     # (and "X旗妇联副主席", "X市团委书记": a county's federation is a unit; a village's is its post)
    if organ != "党委":
        return False
    return not (_ORG_SUFS.ending(text, i) or text[i - 1] in "镇乡村街道社区嘎查苏木" or text[i - 1] in "该原")
    #            ("Y社区原党委书记": the former holder of the title)


_GOING_TO = set("进近到入往赴")     # the last character of a verb of going: 走进, 走近, 来到, 深入, 前往
_GOING_BACK = set("回去到赴")      # a verb of one character that opens a clause: "，回X市财政局工作"


def _after_a_post(text: str, j: int) -> bool:
    """"村委会主任兼X合作社理事长": a post, then 兼 (or 并) and another: no unit's name opens with 兼."""
    return j >= 2 and text[j - 1] in "兼并" and bool(_ANCHOR_WORDS.ending(text, j - 1))


def _walk_left_org(text: str, start: int, org_ends: set[int], place_spans: dict[int, int],
                   person_ends: set[int] = frozenset()) -> int:
    """Where a unit name that ends at `start` begins: at a function word, a title or
    role, or punctuation; a place is taken whole ("大庆市大同区融媒体中心")."""
    j = start
    place_starts = set(place_spans.values())
    while j > 0 and start - j < MAX_ORG_NAME:
        if text[j - 1] == " " and j - 1 in place_spans and text[j - 2] in "州市县旗盟" and text[j] not in _BARE_PREFIXES:
            j -= 1          # "红河州 财政局派驻的…": an OCR's space between the place and its unit
            continue
        if j in place_spans:
            j = place_spans[j]
            if j and (text[j - 1] == "原" or text[j - 1] == "任" and not _is_name_char(text[j - 2:j - 1] or "。")) \
                    or text.endswith(_NOT_BEFORE_PLACE, 0, j) or _ALL_STOPS.ending(text, j) \
                    or _after_a_post(text, j) \
                    or j >= 2 and text[j - 1] in _GOING_TO and common(text[j - 2:j], VERB_TAGS) \
                    or j and (j == 1 or not _is_name_char(text[j - 2])) and text[j - 1] in _GOING_BACK \
                    or text.endswith(_TEAMS, 0, j) or j >= 2 and _tags().get(text[j - 2:j]) == "t":
                break       # "原X县教育局": the unit X县教育局, formerly ("2016.03—2019.01任X县审计局…": held);
                #             "同日X县卫健局": a time word, then the unit;
                #             "…驻Y村工作队\nX市Z局驻…": a list's lines run together, and a team ends a line;
                #             "辖区企业浙江X公司"; "共建工作X市X局";
                #             "本期走近X市财政局": going to the place (but "农发行X分行": a bank's short name)
            continue
        if n := _bracketed_word(text, j):
            j -= n          # "内蒙古电力（集团）有限责任公司", "中国地质大学（武汉）资源学院": a word of the name in brackets
            continue
        if text[j:j + 1] in _BARE_PREFIXES and j >= 2 and \
                (_tags().get(text[j - 2:j]) == "t" or text[j - 2:j] in ("之前", "以前", "之后", "以后")):
            break           # "此前旗住建局还包联…": a time word, then a unit named by its bare level word
        ch = text[j - 1]
        if text[j - 1:j + 1] in _OPENINGS:
            j -= 1          # "对外经济贸易大学": a short word that opens the name, though its first character ends many
            continue
        if ch == "自" and (text.startswith(NATIONAL, j) or j in place_starts):
            break           # "自中国农业银行X分行定点帮扶以来": since
        if not _is_name_char(ch):
            break
        if _after_a_post(text, j):
            break
        stop = _ORG_STOPS.ending(text, j) or _ANCHOR_WORDS.ending(text, j)
        if stop == "行长" and text[j - 3:j - 2] in _BANK_INITIALS:
            stop = None     # "农行长沙分行", "工行长春分行": a bank's short name, then a city's
        elif stop == "干部" and text.startswith(("学院", "培训", "学校", "局"), j):
            stop = None     # "X局干部培训学院", "延安干部学院": a college for cadres; "县委老干部局": the retired cadres' bureau
        elif stop == "代表" and text.startswith("大会", j):
            stop = None     # "X县人民代表大会常务委员会": a congress is a name (人民代表大会, 职工代表大会)
        elif stop in ("农民", "牧民", "农牧民") and text.startswith(("专业合作", "合作社"), j):
            stop = None     # "X村养牛农民专业合作社": farmers' own cooperative
        if stop:
            if j - len(stop) in place_spans and _noun(stop):   # "安康市群众艺术馆": after a place, part of the name
                j -= len(stop)
                continue
            if (inner := next((e for e in place_spans if j - len(stop) < e < j), None)) is not None:
                j = inner       # "平江县长冲岭油茶专业合作社": 县长 straddles the county and the name after it
                continue
            break
        if j in person_ends or text[j - 2:j] == "联合" and j - 2 in org_ends:
            break           # ("X局联合Y村党支部开展…": together with; but 联合村 is a village, 中国联合网络通信 a name)
        if ch in "和与":   # "农业与农村发展学院" is one name; "A局与B局" are two
            placed = j - 1 in place_spans and not (_tags().get(text[j - 1:j + 1]) == "nz" and text[j + 1:j + 2] not in "县市区旗")
            #        ("东河县和平养殖专业合作社": after the county, a name of the cooperative's own, 和平)
            if j < 2 or j - 1 in org_ends or placed or j - 1 in person_ends or text[j] in "旗市盟" \
                    or j in place_starts \
                    or not _is_name_char(text[j - 2]) \
                    or text[j - 2] in STOP_CHARS | _ADVERB_CHARS and not _noun(text[j - 3:j - 1]) \
                    or _ORG_SUFS.ending(text, j - 1) \
                    or _ORG_STOPS.ending(text, j - 1) \
                    or any(_ANCHOR_WORDS.ending(text, j - 1 - k) and all(map(_is_name_char, text[j - 1 - k:j - 1]))
                           and text[j - 1 - k] not in _PREPOSITIONS for k in (2, 3, 4)):
                break       # (and "X行员工才让东智和Y行员工": a role and a name before 和, but not "书记由县住房和…";
                #               a noun ending in a stop character stays: "草原与资源环境学院";
                #               not "队员、省文化和旅游厅";
                #               "一边和旗林草局…": 和, then the banner's unit named bare;
                #               "王某和X镇政府的李某": 和, then a place that opens a unit)
        elif ch in "年月日号" and j >= 2 and (text[j - 2].isdigit() or text[j - 2] in "〇一二三四五六七八九十两"):
            break           # "2008年湖北大学", "近两年县财政局…"
        elif ch == "来" and text[j - 2:j - 1] in ("年", "以"):
            break           # "三年来省交通运输厅…", "去年以来市水利局…": since then (but 来凤县, 来宾市)
        elif ch in "县旗市" and j >= 3 and common(text[j - 3:j - 1], VERB_TAGS | {"m"}):
            j -= 1
            break           # "第一书记汝某组织县医院医生…": a verb, then the county's unit named bare (no place 组织县);
            #               "请介绍一下市民政局的工作": after 一下
        elif ch in STOP_CHARS and (n := _county_short_name(text, j)):
            j -= n          # "三都供电局", "X银行于都支行": a county's short name, whatever 都 means elsewhere
            continue
        elif ch in STOP_CHARS and any(_county_short_name(text, j - 1 + n) == n for n in (2, 3)):
            j -= 1          # "X电网那坡供电局": a county's short name opens with it, whatever 那 means elsewhere
            continue
        elif ch in STOP_CHARS and (k := _element_across(text, j)) is not None:
            j = k           # "X旗宝日温都尔牧业专业合作社": a Mongolian word of the name, whatever 都 means elsewhere
            continue
        elif ch in STOP_CHARS and ch != "驻" and not _noun(text[j - 1:j + 1]) and not _body_word(text, j, place_spans) \
                and not _content_word_ending(text, j) and not (j - 1 in place_spans and _SURNAME_HOME.match(text, j - 1)) \
                or ch in _FORMER_OR_BACK and text[j:j + 1] in _BARE_PREFIXES or ch == "原" and j in place_starts:
            break           # (but 个人金融部, 项目部 are whole; "X旗于家湾子…合作社": right after a place, a
            #               surname and 家 open a place's name; and "原县水利局" is the county's unit, formerly;
            #               "轮换回县财政局": back to it; "原X县委副书记": the county's committee, formerly)
        j -= 1
    if text[j:j + 1] == "家" and text[j - 1:j] in _COUNTING:
        j += 1              # "这家长阳X合作社", "一家青江X公司": a measure word, then the name
    return j


_COUNTING = set("这那一每该两几")
_SURNAME_HOME = regexes.compile(f"[{''.join(sorted(SURNAMES & STOP_CHARS))}]家")


_BARE_PREFIXES = set("县旗市区省州盟")
_FORMER_OR_BACK = set("原回任")
_PREPOSITIONS = set("由被将把向对给从")
_BRACKETED = regexes.compile("[（(]([\u4e00-\u9fff]{2,3})[）)]")
_BRACKETED_WORDS = frozenset(words("bracketed_words"))


def _bracketed_word(text: str, j: int) -> int:
    """The length of a bracketed word of a registered name that ends at `j` (or 0):
    a legal word (集团) or a city's short name, a university's campus (（武汉）)."""
    if text[j - 1:j] not in "）)":
        return 0        # (on every step of a walk: the cheap test first)
    reg = register()
    for start in (j - 4, j - 5):
        if start > 0 and _is_name_char(text[start - 1]) and (m := _BRACKETED.fullmatch(text, start, j)):
            word = m.group(1)
            if word in _BRACKETED_WORDS or any(reg.level(i) in ("City", "Province") for i in reg.named(word)):
                return j - start
    return 0


def _campus(text: str, end: int) -> int:
    m = _BRACKETED.match(text, end)
    return _bracketed_word(text, m.end()) if m else 0


def _content_word_ending(text: str, j: int) -> bool:
    """"X高等专科学校": the character is the end of a word of the unit's name (高等), not a
    function word of the sentence (等, etc.)."""
    word = text[j - 2:j]
    return _freq().get(word, 0) >= 100 and _tags().get(word, "") in ("a", "b")


def _element_across(text: str, j: int) -> int | None:
    """Where a Mongolian or Tibetan name that runs across the character before j begins."""
    return next((s for s in range(max(0, j - 4), j) if element_name_end(text, s) > j), None)


def _county_short_name(text: str, j: int) -> int:
    """The length of the short name of a county (its name without 县 or 旗) that ends at j."""
    reg = register()
    return next((n for n in (2, 3) if j >= n and any(len(reg.named(text[j - n:j] + s)) == 1 for s in "县旗")), 0)


def _body_word(text: str, j: int, place_spans: dict[int, int]) -> bool:
    """"市就业服务中心", "县对外贸易…局", "县为民服务中心": right after a place, a frequent
    word that opens with a character that elsewhere ends a name opens the unit's body; so does
    a noun that ends with one ("县数据资源管理局")."""
    word = text[j - 1:j + 1]
    opens = _freq().get(word, 0) >= 500 and _tags().get(word, "") not in ("c", "d", "p", "r", "t", "u") and \
        (text[j - 2:j - 1] in _BARE_PREFIXES or j - 1 in place_spans)
    noun = text[j - 2:j]
    return opens or _freq().get(noun, 0) >= 500 and _tags().get(noun, "") == "n" and \
        (text[j - 3:j - 2] in _BARE_PREFIXES or j - 2 in place_spans)
_ADVERB_CHARS = {w for w in words("verb_adverbs") if len(w) == 1}     # "X局党支部则与Y村…": two names
_BANK_INITIALS = set("农工建中交")       # 农行, 工行, 建行, 中行, 交行
_NOT_BEFORE_PLACE = ("企业", "单位")      # a kind of unit, then the unit's name


def _noun(word: str) -> bool:
    return _tags().get(word, "").startswith("n") and "单位" not in word and word not in SEND_VERBS and \
        not word.endswith("任")      # (选派 and 新任 are tagged "n")


# (and a cadre's share of the work: "网格员包户")
_SUPPORT_WORDS = set(words("support_verbs")) | SEND_VERBS
# "网格员包户联户", "嘎查干部包网格，网格员包牧户": 包 of what one looks after, no 包 family's member
_LOOKS_AFTER = tuple("包" + w for w in ("户", "片", "网格", "地块", "牧户"))
_SUPPORT_OPENINGS = tuple(w for w in words("support_verbs") if len(w) > 1)


def _is_org(surface: str, suf: str) -> bool:
    if surface in GENERIC_ORGS or surface in NOT_ORGS:
        return surface in ("旗委", "县委", "市委", "区委", "盟委", "州委", "省委")   # bare county units are qualified later
    body = surface[: len(surface) - len(suf)]
    if (body in GENERIC_ORGS or body in ORG_SUFFIXES) and suf in ("党委", "党组", "党总支", "党支部"):
        return False        # "学院党委派驻…", "银行党支部与…": the party committee of the unit in focus (facts.BARE_UNITS)
    if _LEVEL_WORDS_ONLY.fullmatch(body):
        return False        # "机关党支部与嘎查村党支部结对": any village's
    if len(suf) == 1 and len(body) < 2 or common_word(body) and body not in _OPENINGS:
        return False
    if len(body) == 1 and body not in _BARE_PREFIXES:       # "一党委", "集中学"
        return False
    if _COUNTED.search(surface):
        return False        # "与长沙市一所小学结对": one of a kind, no name
    if len(suf) == 1 and body[-1] in _GOING_TO | _GOING_BACK and common(body[-2:], VERB_TAGS):
        return False        # "把问题带回局里": back to the bureau, no name
    return len(body) >= 1 and (not any(surface.endswith(w) for w in NOT_ORGS) or surface.endswith(_ABBREVIATED))


_LEVEL_WORDS_ONLY = regexes.compile("(?:嘎查|村|社区|苏木|镇|乡|街道)+")
_COUNTED = regexes.compile("(?<!第)[一两二三四五六七八九十几数多]+[所家个座]")
_ABBREVIATED = tuple(ORG_ABBREVIATIONS) + ("综合办",)     # ("县政协办" is no 协办, co-organising; "镇党政综合办" no 合办)


def _drop_nested_orgs(orgs: list[Mention]) -> list[Mention]:
    orgs = sorted(orgs, key=lambda m: (m.start, -m.end))
    return [m for m in orgs if not any(o is not m and o.start <= m.start and m.end <= o.end
                                       and (o.end - o.start) > (m.end - m.start) for o in orgs)]


# ---------------------------------------------------------------- people

_ANCHORS = sorted(set(TITLES) | set(ROLES), key=len, reverse=True)
_ANCHOR_WORDS = Words(_ANCHORS)
_AFTER_RE = regexes.compile("|".join(map(re.escape, AFTER_NAME)))


def find_people(text: str, others: list[Mention], words, anchors, names) -> list[Mention]:
    """People the tagger finds (`names`, from its `words`), and people behind a post
    title or a role word (`anchors`: "党支部书记李某", "村民王某") where the tagger sees
    none (Mongolian names)."""
    taken = [(m.start, m.end) for m in others]
    found: dict[int, Mention] = {}
    for s, e in names:
        s, e = _tagged_span_mended(text, s, e, others)
        if not _inside(found.values(), s) or s in found and found[s].end < e:     # ("司马 凌峰": both read)
            found[s] = Mention(PERSON, text[s:e], s, e)
    # a function word is short: a long "pronoun" is a name the tagger misread (那顺乌日图)
    # (a "place" that neither the register nor the suffix grammar knows may be a name: 海永福)
    places = [(m.start, m.end) for m in others if m.label == PLACE]
    units = [(m.start, m.end) for m in others if m.label == ORG]
    not_names = {s for s, e, tag in words if tag in NOT_NAME_TAGS and (e - s <= 3 or tag.isupper())
                 and not (tag == "LOC" and not any(a < e and s < b for a, b in places))
                 and not (tag == "ORG" and e - s <= 3 and text[s] in SURNAMES and not any(a < e and s < b for a, b in units))
                 and not (tag == "TIME" and not _TIME_CHARS.intersection(text[s:e]))}
    #   (a short "unit" that holds no unit's name is a surname and its name: "第一书记麻光|远是…"; a "time"
    #   with nothing of time in it is a name: "第一书记乌日嘎玛拉为…")
    # two verbs in a row are no name ("派医生来义诊")
    verb_ends = {s: e for s, e, tag in words if tag == "v"}
    titled = {i + len(anchor) for i, anchor in anchors}
    misread = {s: e - _home_after_name(text, s, e) for s, e in verb_ends.items() if _name_read_as_verb(text, s, e, s in titled)}
    misread |= {s: e + 1 for s, e in verb_ends.items() if e - s == 2 and verb_ends.get(e) == e + 1 and s in titled
                and text[s] in SURNAMES and text[e + 1:e + 2] in _NOT_FINALS and _ordinary_name(text[s:e + 1])}
    #           ("队长甄立航到村报到": a name after a title, which the tagger read as two verbs)
    for s, e in misread.items():
        if not _inside(found.values(), s) and not any(a < e and s < b for a, b in taken):
            found[s] = Mention(PERSON, text[s:e], s, e)
    verbs = {s for s, e in verb_ends.items() if e in verb_ends and s not in misread}
    # an adverb, then two verbs, is what the people did ("第一书记都有写日志的习惯")
    verbs |= {s for s, e, tag in words if tag == "d" and e - s == 1 and e in verbs}
    # and a verb, then where to, is where the people went ("专家来乡里义诊")
    places_to = {s for s, e, tag in words if tag == "s"}
    verbs |= {s for s, e, tag in words if tag == "v" and e - s == 1 and e in places_to}
    for i, anchor in anchors:
        p = i + len(anchor)
        labelled = None
        if text[p:p + 1] == " " and text[p + 1:p + 2] in SURNAMES:
            p += 1      # "干部 刘 晓光": a typesetter's space after the role
            labelled = _LABELLED_NAME.match(text, p)    # ("第一书记 敖竞舟（X局派驻）": bounded as after a label)
        if text[p:p + 1] in "：:" and not _inside(found.values(), p + 1) and \
                (element_name_end(text, p + 1) > p + 1 or text[p + 1:p + 2] in SURNAMES and
                 (labelled := _LABELLED_NAME.match(text, p + 1))):
            p += 1      # "第一书记：额尔敦巴雅尔（…）", "第一书记：向东升，…": a label, then a name the tagger missed
        elif text[p:p + 1] in "，," and anchor not in _ROLES and not _inside(found.values(), p + 1) and \
                element_name_end(text, p + 1) > p + 1:
            p += 1      # "作为X局选派的第一书记，巴根台来到…": a post, then a Mongolian name opening the clause
        elif text[p:p + 1] == "的" and anchor not in _ROLES and _HELD_BEFORE.search(text, 0, i) and \
                (held := person_after(text, p + 1)) and _ordinary_name(held):
            p += 1      # "时任Y村第一书记的赵军带着…": who held the post, though the tagger saw no name
        elif (note := _NOTE_AFTER_TITLE.match(text, p)) and anchor not in _ROLES:
            p = note.end()      # "副县长（挂职）游某": a note on the post, then the name
        if (p in found or _inside(found.values(), p)) and not _dotted_name(text, p, found):
            continue
        if text.startswith(_NAMING_VERBS, p) and verb_ends.get(p) in found:
            continue        # "第一书记叫王某": a naming verb, then the name the tagger found
        given = found.get(p + 1)        # "队员向晓燕": the tagger found the given name after a surname it read as a word
        spaced_given = found.get(p + 2) if text[p + 1:p + 2] == " " and text[p:p + 1] in SURNAMES else None
        if spaced_given and spaced_given.end - p == 4:
            del found[p + 2]        # "第一书记蒲 晓晖正忙着…": a typesetter's space, then the given name the tagger found
            found[p] = Mention(PERSON, text[p:p + 4], p, p + 4)
            continue
        if given and given.end - given.start >= 4 and text[p] in SURNAMES and text[p] not in STOP_CHARS and \
                (not _is_name_char(text[given.end:given.end + 1] or "。") or text.startswith(_TAKES_OR_SAYS, given.end)):
            del found[p + 1]        # "科长包朝格吉勒图任…": a long name (no Han given name) the tagger found right after
            found[p] = Mention(PERSON, text[p:given.end], p, given.end)     # the surname it read as a verb (包)
            continue
        if text[p:p + 2] in SURNAMES and (inner := found.get(p + 2) or given) and 3 <= inner.end - p <= 4:
            del found[inner.start]      # "调研员闻人晏舟", "干部东郭立": a surname of two characters, and the tagger
            found[p] = Mention(PERSON, text[p:inner.end], p, inner.end)     # found what follows its first
            continue
        name = _name_after(text, p, anchor, p in not_names or p in verbs, given is not None and given.end - p == 3) \
            or (labelled.group() if labelled and p in not_names and _ordinary_name(labelled.group()) else None)
        #   ("第一书记：普学军（…）": the label and the bracket bound a name the tagger read as a unit)
        if name:
            name = text[p:_given_after_compound(text, p, p + len(name))]
            name = text[p:_element_cut_at(text, p, p + len(name))]     # "书记俄日才|让兼任"
            for inner in [k for k in found if p < k < p + len(name)]:   # "和志刚": not 志刚 as well
                del found[inner]
            found[p] = Mention(PERSON, name, p, p + len(name))
    _element_names_before_speech(text, found, taken)
    for m in (*_NAME_THEN_POST.finditer(text), *_NAME_COLON_POST.finditer(text), *_NAME_IS_POST.finditer(text)):
        if not _inside(found.values(), m.start(1)) and _ordinary_name(m.group(1)) and \
                _freq().get(text[m.start(1) - 1:m.start(1) + 1], 0) < 1000:
            found[m.start(1)] = Mention(PERSON, m.group(1), m.start(1), m.end(1))
            #   (not a word's end: "名单公布如下（网格—网格长）", no 布如下)
    if (m := _PROFILE.match(text)) and not _inside(found.values(), m.start(1)):
        found[m.start(1)] = Mention(PERSON, m.group(1), m.start(1), m.end(1))
    _names_in_rows(text, found, taken)
    if "、" in text:
        _complete_list(text, found, [(m.start, m.end) for m in others])
    verbs_of_office = {m.start() for m in DATED_OFFICE_VERB.finditer(text)}      # ("2021年任Y嘎查…": no 任某)
    verbs_of_office |= {k for k in found if text[k] == "任" and
                        (_ANCHOR_WORDS.at(text, k + 1 + len(_CHIEF.match(text, k + 1).group())) or
                         text.startswith(("所在", "所包", "所驻"), k + 1))}
    #                   ("村党支部书记任总网格长", "第一书记任所在村网格指导员": 任 (serves as), then a post, no surname)
    return [m for m in found.values() if not any(s <= m.start < e for s, e in taken) and m.start not in verbs_of_office
            and not (m.start and _DATE_UNIT.match(text, m.start - 1)) and not _COUNTED_BEFORE.search(text, 0, m.start)
            and not _DIVISION_HEAD.match(text, m.end) and not _DIVISION_HEAD.match(text, m.end - 1)
            and not _manages(text, m) and not _is_road(text, m)]


# "走遍了5个艾里": things counted, no one
_COUNTED_BEFORE = regexes.compile("(?<![第\\d一二两三四五六七八九十几])[\\d一二两三四五六七八九十几]+个$")

# "地址：临朐县长安路188号", "沂南县长江中路": a county then a road whose name opens with 长 reads as 县长
# and a name; a road's name ends in 路 or 街, after a compass point or before its number
_ROAD_END = regexes.compile("[路街巷][0-9０-９号]|[东西南北中][路街]")


def _is_road(text: str, m: Mention) -> bool:
    return bool(_ROAD_END.search(text[m.end - 2:m.end + 1]))


def _manages(text: str, m: Mention) -> bool:
    """"第一书记管方向", "理事长管钱袋子", "网格长管统筹": 管 (manages), then a common word, is what the
    holder does, no 管 family's member (管文斌 is)."""
    return m.surface[0] == "管" and len(m.surface) <= 3 and \
        (_tags().get(text[m.start + 1:m.start + 3]) in ("v", "vn") or len(m.surface) == 2 and _freq().get(m.surface[1], 0) >= 6000)


# "该局林政股股长", "办公科副科长": a division's name and its head's title, no name before 股
# (nor one ending in 科: "营林科科长")
_DIVISION_HEAD = regexes.compile("([股科处])副?\\1长")


def _element_after_space(text: str, p: int) -> int | None:
    """The end of a Mongolian or Tibetan element at p that ends a name, when words follow
    it at once (a list's next name would follow after a space)."""
    k = element_name_end(text, p)
    if k == p:
        k = next((p + n for n in (3, 2) if text[p:p + n] in _ELEMENTS), p)
    return k if k - p >= 2 and _is_name_char(text[k:k + 1] or "。") else None


_HELD_BEFORE = regexes.compile("(?:时任|现任|担任|曾任|原任|新任|接任)[^，,。；;]{0,20}$")


def _name_read_as_verb(text: str, s: int, e: int, titled: bool) -> bool:
    """"村委会主任付国军说", "主任任二虎包第一网格": a surname and two characters before
    speech, or right after a title and no common word, which the tagger read as one
    verb, is a name (a verb of three is rare, and says nothing)."""
    return e - s == 3 and text[s] in SURNAMES and " " not in text[s:e] and element_name_end(text, s) <= e and \
        (_SPEECH.match(text, e) is not None or titled and _ordinary_name(text[s:e]))     # (not 乌力吉|图)


def _home_after_name(text: str, s: int, e: int) -> bool:
    """"网格长王守仓家就在组中间", "书记施红家住村东": the holder's home, no part of the name."""
    return e - s >= 3 and text[s] in SURNAMES and text[e - 1] == "家" and \
        (text[e:e + 1] in _HOME_AFTER or e - s >= 4 and text[e:e + 1] == "在")    # ("网格长白克者家在寨子最高处")


def _tagged_span_mended(text: str, s: int, e: int, others: list[Mention]) -> tuple[int, int]:
    """The tagger's name widened where it cut one, narrowed where it ran into a unit."""
    if s >= 2 and text[s - 2:s] in _ELEMENTS and (s == 2 or not _is_name_char(text[s - 3])):
        s -= 2      # "“…”才让东珠说": the element of a Tibetan name before the tagger's name
    elif e - s == 2 and s >= 3 and text[s - 1] == " " and text[s - 3:s - 1] in SURNAMES:
        s -= 3      # "队员欧阳 婉清来自…": a typesetter's space after a surname of two characters
    elif e - s == 2 and s and text[s - 1] in "向那" and (s == 1 or text[s - 2] in "，,；;。：:") and \
            text.startswith(("是", "任", "担任", "系", "来自"), e):
        s -= 1      # "，向芷宁是厅机关干部", "：那启明来自…": 向 or 那 opens the clause before 是, so it is her surname
    elif s and text[s - 1:s + 1] in _ELEMENTS and (s == 1 or not _is_name_char(text[s - 2]) or
                                                   _ANCHOR_WORDS.ending(text, s - 1) in _ROLES):
        s -= 1      # "队员那木吉乐玛是…": the tagger's name opens inside the name's first element (after a
        #             title, the title's own reading finds the name whole: "县长向巴曲扎")
        e = max(e, element_name_end(text, s))       # (and may stop inside a later one)
    e = _given_after_compound(text, s, e)
    if " " in text[s:s + 7] and (spaced := person_after(text, s)) and " " in spaced and s + len(spaced) > e:
        e = s + len(spaced)     # "吉 克 阿 木说": three of a name spaced out
    if (text[e - 1] == "家" or text[e - 1] in _NOT_FINALS) and e - s >= 3 and \
            (text[s:e - 1] in _ELEMENTS or element_name_end(text, s) == e - 1):
        e -= 1      # "网格员乌云家离嘎查部最远": her home; "网格员图雅正挨家挨户…": an adverb
    if _home_after_name(text, s, e):
        e -= 1
    if (took := text.find("任", s + 3, e)) > 0 and _ANCHOR_WORDS.at(text, took + 1):
        e = took    # "书记包玉兰图雅任总网格长": a long name, then the post it takes
    if text[e:e + 1] == " " and (k := _element_after_space(text, e + 1)):
        e = k       # "宣传委员托雅 其木格为网格员授课": an OCR's space before a name's last element
    if e - s == 2 and text[e:e + 2] == "小说" and text[e + 2:e + 3] in "，,：:":
        e += 1      # "主任韩二小说，": a name ending in 小 before speech, not a novel
    if e - s == 2 and text[e:e + 1] == "之" and text[e + 1:e + 2] in "（(，,。；;、":
        e += 1      # "第一书记闫某之（X厅干部）": 之 before a bracket or a comma is no particle but the name's
    cut = min([m.start for m in others if s + 2 <= m.start < e and m.label == ORG] + [e])
    while cut < e and cut - s > 2 and text[cut - 1] in "和与及同":
        cut -= 1    # "韩立文和县民政局": the name runs on into the unit after 和
    return s, cut


def _given_after_compound(text: str, s: int, e: int) -> int:
    """The end of a name the tagger or a title cut after its surname of two characters
    ("调研员闻人清远接替…", "干部东郭平接过…"): one or two characters more."""
    if e - s != 2 or text[s:e] not in SURNAMES or not _is_name_char(text[e:e + 1] or "。") or text[e] in _NOT_FINALS:
        return e
    two = _is_name_char(text[e + 1:e + 2] or "。") and text[e + 1] not in _NOT_FINALS and \
        not common(text[e:e + 2], VERB_TAGS) and not common(text[e + 1:e + 3], VERB_TAGS)
    return e + 1 + two


def _element_names_before_speech(text: str, found: dict[int, Mention], taken: list[tuple[int, int]]) -> None:
    """"…”旦增尼玛说": a name of Mongolian or Tibetan elements the tagger missed, before speech
    (or opening a clause before the post he takes: "，额尔敦任嘎查达")."""
    for j, e in _names_taking_office(text):
        if not _inside(found.values(), j):
            found[j] = Mention(PERSON, text[j:e], j, e)
    for m in _SPEECH.finditer(text):
        j = next((j for j in range(max(0, m.start() - 8), m.start() - 3)
                  if (j == 0 or not _is_name_char(text[j - 1])) and element_name_end(text, j) == m.start()), None)
        if j is not None and not _inside(found.values(), j) and not any(s <= j < e for s, e in taken):
            for inner in [k for k in found if j < k < m.start()]:
                del found[inner]        # (旦增|桑杰: not the tagger's 增桑杰 as well)
            found[j] = Mention(PERSON, text[j:m.start()], j, m.start())


_BY_WHOM = regexes.compile("由[^，,。；;]{2,30}$")
_TO_WHOM = regexes.compile("对[^，,。；;]{2,20}$")
_TAKES_OFFICE = regexes.compile("(?:^|[，,；;])(?=[\u4e00-\u9fff]{2,8}任)")


@functools.lru_cache(maxsize=1024)     # (asked for every sentence twice: for the places' bounds, then for the people)
def _names_taking_office(text: str) -> tuple[tuple[int, int], ...]:
    """"，额尔敦任嘎查达": a Mongolian or Tibetan name opening a clause, then the post he takes."""
    out = []
    for m in _TAKES_OFFICE.finditer(text) if "任" in text else ():
        j = m.start() + (text[m.start():m.start() + 1] in "，,；;")
        e = element_name_end(text, j)
        if e > j and text.startswith("任", e) and _ANCHOR_WORDS.at(text, e + 1 + len(_CHIEF.match(text, e + 1).group())):
            out.append((j, e))
    return tuple(out)


_TIME_CHARS = set("0123456789０１２３４５６７８９一二三四五六七八九十〇零年月时分秒点今昨明当次前后春夏秋冬晨晚午夜天周初底末")   # (not 日: 乌日嘎)
# a date's unit after its number opens no name ("1983年2月生": no 月生)
_DATE_UNIT = regexes.compile("[\\d一二三四五六七八九十〇零][年月日]")


# an item of a list of names: a run between 、 and the list's ends (one that holds 和 may be two names)
_LIST_ITEM = regexes.compile("(?<=[、：:，,\\s是为])(?:(?![是为])[\u4e00-\u9fff]){2,15}(?=[、，,。；;（(\\s等]|$)|"
                             "^(?:(?![是为])[\u4e00-\u9fff]){2,15}(?=、)")


def _complete_list(text: str, found: dict[int, Mention], taken: list[tuple[int, int]]) -> None:
    """"网格员：刘某某、高三娃、张某某": in a list of names the tagger read some of, the
    others are names too where they look like one (a surname, 2-3 characters), and a
    name it cut short ("张拴" of 张拴柱) is the whole item."""
    def then(i: int) -> str:     # the character after i and the note in brackets there ("刘某（X局）、")
        return text[(n.end() if (n := _NOTE.match(text, i)) else i):][:1]
    items = [span for m in _LIST_ITEM.finditer(text) if "、" in text[m.start() - 1:m.start()] + then(m.end())
             for span in _list_names(text, m.start(), m.end())]
    # (a list's first name, right after its title, is no item by punctuation: "网格员A、B、C")
    starts = {s for s, _ in items}
    items = sorted(items + [(f.start, f.end) for f in found.values()
                            if then(f.end) == "、" and f.start not in starts])
    named = {k for k, (s, e) in enumerate(items) if (f := found.get(s)) and f.end <= e}
    grown = True
    while grown:
        grown = False
        for k, (start, end) in enumerate(items):
            if (f := found.get(start)) and f.end == end or not _listed_with(items, k, named, text) \
                    or any(s < end and start < e for s, e in taken):
                continue
            found[start] = Mention(PERSON, text[start:end], start, end)
            named.add(k)
            grown = True


def _list_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names an item of a list is: itself, if it looks like one (a surname and 1-2
    characters, or a Mongolian or Tibetan name), or the two names it joins with 和
    ("赵某和孙某", the list's last two); else none."""
    def name(s: int, e: int) -> bool:
        return e - s <= 3 and text[s] in SURNAMES and _plausible_name(text[s:e]) or element_name_end(text, s) == e
    if name(start, end):
        return [(start, end)]
    if ended := next((j for j in range(start + 2, min(end, start + 7)) if text.startswith(_EACH, j) and name(start, j)), None):
        return [(start, ended)]     # the list's last, then what each does ("A、B每人负责一个网格")
    return next(([(start, j), (j + 1, end)] for j in range(start + 2, end - 1)
                 if text[j] == "和" and name(start, j) and name(j + 1, end)), [])


_EACH = ("每人", "分别", "均", "都", "各")


def _listed_with(items: list[tuple[int, int]], k: int, named: set[int], text: str) -> bool:
    """Item k of a list is next to a name, with only 、 (or the 和 before the last) between
    them, after the earlier one's note in brackets ("刘某（X局）、王某（Y镇人民政府）")."""
    return any(j in named and 0 <= j < len(items) and
               _NOTE.sub("", text[min(items[j][1], items[k][1]):max(items[j][0], items[k][0])], 1) in ("、", "和")
               for j in (k - 1, k + 1))


_NOTE = regexes.compile("[（(][^（()）]{1,24}[）)]")


_ROLES = set(ROLES)
_NOTE_AFTER_TITLE = regexes.compile("[（(](?:挂职|兼|兼职|正科级|副科级|主持工作|试用期|代)[）)]")
_LABELLED_NAME = regexes.compile("[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,2}(?=[，,（(、；;。]|$)")     # (or "田 军")
_NAMING_VERBS = ("叫", "名叫", "是")


def _name_after(text: str, p: int, anchor: str, tagged_as_word: bool, given_found: bool = False) -> str | None:
    """The name right after a title or role at p; `tagged_as_word`: the tagger reads
    a function word or a verb there; `given_found`: it found a given name of two right after."""
    if text[p + 1:p + 2] == " " and (spaced := person_after(text, p)) and \
            (spaced.count(" ") >= 2 or text[p] in SURNAMES and tagged_as_word and not _ANCHOR_WORDS.at(text, p + 2)
             and len(spaced) > 2 and _ordinary_name("".join(spaced.split()))):
        return spaced       # "党委书记何 建 军说", "宝 音 仓说": three spaced out, whatever the tagger read;
        #                     "干部宓 昊天说": a surname the typesetter spaced off, read with its name as a verb
    if (end := element_name_end(text, p)) > p:
        if text[end:end + 1] == " " and (more := element_name_end(text, end + 1)) > end + 1 and _SPEECH.match(text, more):
            return text[p:more]     # "嘎查达特木尔 呼雅嘎说": an OCR's space between the elements of one speaker's name
        if _is_name_char(text[end:end + 1] or "。") and text[end] not in _NOT_FINALS and \
                text.startswith(_SPEAKS, end + 1) and not _freq().get(text[end:end + 2]):
            return text[p:end + 1]      # "嘎查长呼日乐沙介绍": the name's last syllable, no element, before speech
        return text[p:end]      # "干部那仁满都拉": the tagger reads 那 as "that"
    if text[p:p + 2] in _ELEMENTS and (text[p + 2:p + 3] in "，,、。；;：:" or text[p + 2:p + 3] in _NOT_FINALS
                                       or _AFTER_RE.match(text, p + 2)):
        return text[p:p + 2]    # "党支部书记更登说": a name of one element, bounded
    if text[p:p + 1] in SURNAMES and text[p + 1:p + 3] in _ELEMENTS and \
            (text[p + 3:p + 4] in "，,、。；;：:" or _AFTER_RE.match(text, p + 3)):
        return text[p:p + 3]    # "嘎查达韩图们表示": a surname, then a Mongolian name of one element, bounded
    if text[p:p + 1] in SURNAMES and (end := element_name_end(text, p + 1)) > p + 1 and \
            not (text[p] == "由" and text.startswith(("担任", "兼任", "负责", "任"), end)):
        return text[p:end]      # "干部敖那日苏": a surname, then a Mongolian given name (not "主任由乌仁格日乐担任": by)
    if tagged_as_word:
        if given_found and text[p] in _FUNCTION_WORD_SURNAMES and not _LEVEL_ORGAN.match(text, p + 1):
            return text[p:p + 3]    # "网格员于凤琴入户": the tagger found the given name after the surname
        return _function_word_surname(text, p)      # (bounded, after a role too: "干部于华山，")
    name = person_after(text, p)
    if name and len(name) >= 4 and name[0] not in SURNAMES and "·" not in name and " " not in name \
            and name[:2] not in _YI_CLANS:
        return None     # "跟着网格员走村串户": what they do, where the tagger saw no name (no surname, no element)
    if name and anchor in _ROLES and not _ordinary_name(name) and "·" not in name and name[:2] not in _YI_CLANS and \
            not text.startswith(("同志", "到", "赴", "担任", "被"), p + len(name)):
        return None     # "干部包金山同志", "干部包金山到Y村": 同志 or a posting vouches for a name that starts like a word (包金)
    if name and (len(name) == 2 and name[0] in _ADVERBS or any(w in name for w in _PLACE_COREFS + _LEVELS_OF)
                 or len(name) == 3 and name[0] in _ADVERBS and (common(name[1:], _PREDICATE_TAGS) or name[1] in _MODALS
                                                                or _tags().get(name[1:]) in ("s", "f"))
                 or len(name) > 3 and name[0] in _ADVERBS and common(name[1], {"v"})
                 or len(name) == 3 and name[0] in _ADVERBS and name[2] in _VERB_PARTICLES
                 or name[0] in _CONJUNCTIVE_ADVERBS or name.startswith(_DOOR_TO_DOOR)
                 or name[0] not in SURNAMES and name[1] in _VERB_PARTICLES
                 or name[0] in _ADVERBS_ONLY and name[1] in _ADVERBS | _ADVERBS_ONLY):
        return None     # "网格长都住在楼里", "专家来村里指导": an adverb or a verb, then what it does
        #                 ("第一书记均已于3月到岗": two adverbs, no name; "网格员都清楚": what they all know;
        #                 "网格长都心里有数": an adverb, then where;
        #                 "网格员都懂双语"; "网格员都标得清清楚楚": an adverb, a verb and its particle)
    return name


_PREDICATE_TAGS = {"v", "a", "d", "vn", "ad"}
_MODALS = set("能会要可应得")      # "网格员都能第一时间知道": an adverb, a modal, then what they can do


_SPEECHES = ("交流", "典型", "表态", "发言", "报告", "汇报", "讲话", "交接", "重要", "工作报告", "工作部署", "动员",
             "总结", "述职", "专题", "点评")
_PLACE_COREFS = [w for w in COREF if len(w) >= 2]      # 村里, 该村
_LEVELS_OF = ["村级", "镇级", "乡级", "县级", "旗级", "市级", "苏木级", "嘎查级"]   # "书记任村级网格长": no name 任村级


def _gives_speech(text: str, i: int) -> bool:
    """作 at i (perhaps then 了) gives a speech: "李航作交流发言", "郑立新作了交接发言"."""
    return text[i:i + 1] == "作" and text.startswith(_SPEECHES, i + 1 + (text[i + 1:i + 2] == "了"))


# Words that say a person is named just before them, where no title or role does ("X说").
_SPEECH = regexes.compile("说|表示|介绍|告诉")
_NAME_BEFORE = regexes.compile("说|表示|介绍|告诉|同志|来自|当选|[，,]现任|[（(]|[，,][男女][，,]|[，,](?:19|20)\\d{2}年(?:\\d{1,2}月)?出?生")
# ("X说", "X，男，汉族", "X，1983年出生", "X来自Y局", "X当选村委会委员", "X，现任Y镇党委副书记")
# Words of sentences about posting people, where a person may be named anywhere
# ("张某被X局派到Y村", "来自X局的李某主动报名驻村").
_POSTING = regexes.compile("第一书记|驻村|派驻|选派|下派|派到|派往|担任|职务|前任|接替|接过|任期|提拔|(?:为|是|如下)[：:]")
#   (a list after its label: "各村包村干部为：A村张某，B村李某")
# "40岁的王某", "80后的王某", "来自X局的王某", "一个叫王某", "本人王某，" (a report's writer), "姓名：王某"
# (a profile card): the person next
_PERSON_NEXT = regexes.compile("[岁后]的|来自[^，,。；;：:]{2,24}?的|[名个位他她]叫|(?:第[一二三四五六七八九十]|首|现|上一)任的|前[两三四五]任(?:——|[：:])?|"
                                "[村屯社组]的(?=[\u4e00-\u9fff]{2,3}是)|本人(?=[\u4e00-\u9fff]{2,4}[，,])|^姓\\s*名[：:]")
# ("第二任的王某": a first secretary by his term; "Y屯的王某是…": someone of the place)
_CLAUSE = regexes.compile("[^，,；;：:。！？!?]+[，,；;：:。！？!?]*")
# How much text the tagger reads: before a title ("王某书记") and after it ("书记王某"),
# before a cue, at the opening of a clause (its subject), each with a little context.
BEFORE_TITLE, AFTER_TITLE, BEFORE_CUE, SUBJECT = 4, 6, 5, 6
WINDOW_STEP = 4         # windows are widened to a multiple of this, so that many share a length


def tagged_sentences(texts: list[str], openings: Iterable[int] = ()) -> list[list[tuple[int, int, str]]]:
    """The tagger's words (start, end, tag) in each text, read only in the windows
    where a person may be named (`person_windows`): the tagger is the slow part.
    One call for all texts, so that windows of equal length share a batch."""
    openings = set(openings)
    jobs = [(k, s, e) for k, text in enumerate(texts) for s, e in person_windows(text, k in openings)]
    answers = tagger().tag([texts[k][s:e] for k, s, e in jobs])
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for (k, s, e), window in zip(jobs, answers):
        out[k] += [(s + a, s + b, _uncut(texts[k], s + a, s + b, s, e, tag)) for a, b, tag in window]
    return out


def _uncut(text: str, start: int, end: int, w_start: int, w_end: int, tag: str) -> str:
    """A person the tagger saw at the edge of its window, with more of a name beyond
    it ("王小" of 王小明), is no name it can vouch for."""
    cut = start == w_start and start and _is_name_char(text[start - 1]) or \
        end == w_end and end < len(text) and _is_name_char(text[end])
    return "x" if tag == PERSON_TAG and cut else tag


OPENING = 2     # sentences of an article's body that may introduce its subject without a title


def openings(articles) -> set[int]:
    """Indices, in the articles' sentences read one after another (Article.read),
    of the first sentences of the body of each article whose headline is about
    posting people (a profile: "雪夜发火的第一书记")."""
    out, k = set(), 0
    for a in articles:
        # (a page with no headline of its own may open with its title run into the site's
        # menu, no sentence; a web page's line about itself is no opening)
        titled = 0 if a.headline or not a.sentences or closed(a.sentences[0].text) else 1
        # (a page whose headline is the site's banner prints its title among the lines before the body)
        lead = max(titled, next((j for j, s in enumerate(a.sentences[:5]) if closed(s.text)), 0))
        if any(_POSTING.search(s.text) for s in [*a.headline, *a.sentences[:lead]]):
            body = [k + len(a.headline) + j for j, s in enumerate(a.sentences)
                    if j >= lead and not FURNITURE.search(s.text)]
            out.update(body[:OPENING])
        k += len(a.read)
    return out


_NUMBERED = regexes.compile(r"^\s*" + ITEM_NUMBER + r"\s*")      # an item's number


def person_windows(text: str, opening: bool = False) -> list[tuple[int, int]]:
    """Where in a sentence a person may be named: around a title ("党支部书记李某",
    "王某书记"), after a role word followed by a surname ("村民张某"), before a cue
    such as 说, at the opening of a clause with a title, and in a sentence about
    posting people or one that opens an article (a profile names its subject there),
    around every likely name start."""
    anchors = _anchors(text)
    spans = []
    for i, anchor in anchors:
        end = i + len(anchor)
        if anchor not in _ROLES:
            spans.append((_title_window_start(text, i), _through_list(text, _through_name(text, end + AFTER_TITLE))))
        elif text[end:end + 1] in SURNAMES or text[end:end + 1] in "：:是为" and text[end + 1:end + 2] in SURNAMES:
            spans.append((i, _through_list(text, _through_name(text, end + AFTER_TITLE))))     # ("包村干部：张某、李某", "队员是张某和李某")
    for m in _NAME_BEFORE.finditer(text):
        if m.start() and _is_name_char(text[m.start() - 1]):
            spans.append((_list_start(text, m.start() - BEFORE_CUE), m.end() + 1))
    for m in _CLAUSE.finditer(text):      # "刘某是X局办公室主任", "刘某是X局干部": the clause's subject
        reach = m.end()
        if len(_NUMBERED.sub("", m.group())) <= 5 and text[m.end() - 1] in "，,：:":    # "刘某，X局高级农艺师": a name alone,
            reach = _CLAUSE.match(text, m.end()).end() if m.end() < len(text) else reach    # its post next ("二、刘某：镇长")
        if any(m.start() <= i < reach and (a not in _ROLES or a in MEMBER_ROLES) for i, a in anchors):
            spans.append((m.start(), m.start() + SUBJECT))
    for m in _PERSON_NEXT.finditer(text):      # "今年40岁的王某是X局的一名专家", "来自X院的王某"
        spans.append((m.end() - 2, m.end() + AFTER_TITLE))     # (with a little context: alone a name reads as "x")
    for i in (i for i, ch in enumerate(text) if ch == "的"):     # "一名是X局的王某": the unit's own
        if text[i + 1:i + 2] in SURNAMES and _ORG_SUFS.ending(text, i):
            spans.append((i - 1, i + 1 + AFTER_TITLE))
    if opening or _POSTING.search(text):    # "今年36岁的王某已是第二次驻村"; a profile's opening sentence
        spans += [(i - 2, i + 5) for i in _name_starts(text)]
    return _widened(text, _merged([(_before_dotted(text, s), e) for s, e in spans]))


def _title_window_start(text: str, i: int) -> int:
    """Where a window for the title at i opens: a few characters before it, or, in a table's
    row, at the cell before the title's own ("5　王某　村委会委员": the name a cell away)."""
    s = i - BEFORE_TITLE
    gaps = [m.start() for m in _GAP.finditer(text, max(s, 0), i)]
    if not gaps:
        return s
    before = [m.start() for m in _GAP.finditer(text, max(gaps[-1] - 7, 0), gaps[-1])]
    return min(s, max(before[-1] + 1 if before else 0, gaps[-1] - 6) - 2)     # (and a little context)


_GAP = regexes.compile("\\s")


def _before_dotted(text: str, s: int) -> int:
    """A window that would open inside a name written with a dot ("能手艾尼瓦|尔·依明任…",
    "买买提江·|吐尔地任…") opens a little before its first part, so the tagger sees it whole."""
    dot = text.find("·", max(s - 5, 0), s + 4)
    inside = s > 0 and (_is_name_char(text[s - 1]) or text[s - 1] == "·")
    return max(0, min(s, dot) - 5) if dot >= 0 and inside else s


def _list_start(text: str, start: int) -> int:
    """A window's start moved back over the names listed before it ("王某、刘某分别来自…")."""
    while start > 0 and (k := text.rfind("、", max(0, start - 5), start + 1)) >= 0 \
            and all(_is_name_char(c) for c in text[max(0, k - 4):k]):
        start = max(0, k - 4)
    return start


def _name_starts(text: str) -> list[int]:
    """Where a name may start: a surname character that neither starts nor ends a
    common word (高度, 提高)."""
    freq, tags = _freq(), _tags()

    def word(w: str) -> bool:
        return freq.get(w, 0) >= 50 and not tags.get(w, "").startswith("nr")
    return [i for i in range(len(text) - 1) if text[i] in SURNAMES and _is_name_char(text[i + 1])
            and not word(text[i:i + 2]) and not (i and word(text[i - 1:i + 1]))]


def _through_name(text: str, end: int) -> int:
    """`end`, moved past the rest of a name it cuts ("员工刘某、王某某")."""
    for _ in range(3):
        if end >= len(text) or not (_is_name_char(text[end - 1]) and _is_name_char(text[end])):
            break
        end += 1
    if text[end:end + 1] == "·":
        end += 1        # ("网格员：热孜万古丽|·艾尔肯": past the dot, through the name's last part)
    if text[end - 1:end] == "·":
        dot = end - 1
        while end < len(text) and _is_name_char(text[end]) and end - dot <= 6:
            end += 1
    return end


def _through_list(text: str, end: int) -> int:
    """`end`, moved past the names listed after it ("网格长分别为刘某、王某某和张某")."""
    for _ in range(8):
        if text[end:end + 1] not in ("、", "和") or text[end + 1:end + 2] not in SURNAMES:
            break
        end = _through_name(text, min(len(text), end + 4))
    return end


def _merged(spans) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _widened(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span clipped to the text and widened to a multiple of WINDOW_STEP
    characters with the text around it (more context, not padding); spans that
    come to overlap are merged and widened again."""
    while True:
        out = []
        for s, e in spans:
            s, e = max(0, s), min(len(text), e)
            want = min(len(text), -(-(e - s) // WINDOW_STEP) * WINDOW_STEP)
            e = min(len(text), max(0, s - (want - (e - s)) // 2) + want)
            out.append((e - want, e))
        merged = _merged(out)
        if merged == out:
            return out
        spans = merged


def _anchors(text: str) -> list[tuple[int, str]]:
    """Titles and roles, longest first and not overlapping ("党总支书记" holds no "支书"), and
    the labels of numbered grids a name follows ("第一网格何某，第二网格张某")."""
    found = _ANCHOR_WORDS.scan(text)
    if "网格" not in text:
        return found
    labels = [(m.start(), m.group()) for m in _GRID_LABEL.finditer(text)
              if not any(i <= m.start() < i + len(a) for i, a in found)]
    return sorted(found + labels) if labels else found


# "第一网格何某", "第二网格：张某", "网格员：第一网格 张某": a grid's label, then the name of its
# 网格员 (not "第一网格网格长", "第一网格的", "第一网格有")
GRID_NUMBER = "(?:第|(?<=[：:，,、；;\\s]))[一二三四五六七八九十\\d]{1,3}网格"    # (bare in a list: "：一网格张某，二网格李某")
_GRID_LABEL = regexes.compile(GRID_NUMBER + "(?=[：:\\s]{0,2}[\u4e00-\u9fff])(?![：:\\s]{0,2}(?:网格|的|有|共|内|里|是|为|由|以|包括|涉及|负责|覆盖))")


def _two_names(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """"马某某 马某某" in a table's row: two Han names the tagger read as one, a space between
    them (but "方 晨", "许 传明": one name spaced out; "阿拉坦 毕力格": one Mongolian name)."""
    m = re.fullmatch(r"(\S{2,3})\s+(\S{2,3})", text[s:e])
    two = m and all(part[0] in SURNAMES and part not in _ELEMENTS for part in m.groups())
    return [(s, s + m.end(1)), (s + m.start(2), e)] if two else [(s, e)]


def _tagged_people(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The tagger's person spans, mended: two spans side by side are one name (傲云
    毕力格), and a span that starts inside a title starts after it ("书记王健" -> 王健)."""
    spans: list[list[int]] = []
    for s, e, tag in words:
        if (tag != PERSON_TAG and "·" not in text[s + 1:e - 1]) or not all(_is_name_char(c) or c in "· " for c in text[s:e]):
            continue        # ("文｜韩磊": a byline's mark read as part of a name; a word with a dot inside is a name,
            #             whatever the tagger calls it: "阿依古丽·吐尔逊")
        if spans and spans[-1][1] == s:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    spans = _dotted_names_whole(text, spans)
    word_at = {s: (e, tag) for s, e, tag in words}
    out = []
    for s, e in (part for span in spans for part in _two_names(text, *span)):
        for k in range(max(0, s - 6), s):
            anchor = _ANCHOR_WORDS.at(text, k)
            if anchor and s < k + len(anchor) < e:
                s = k + len(anchor)
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1          # "（二级主任科员） 田浩": the tagger may tag a cell's gap with the name after it
        if text[s - 1:s + 1] == "前任" and e - s >= 3:
            s += 1          # "从前任田某手中": 任 ends 前任 (predecessor), no surname here
        if (gap := text.find(" ", s + 2, e)) > 0 and _ORG_SUFS.ending(text, e):
            e = gap         # "刘某 县财政局驻Y村第一书记": a list's name, a space, then the unit
        if text[s - 2:s] in _ELEMENTS and s >= 2 and _anchor_ends_at(text, s - 2) and e - s == 2 and \
                text[e - 1] not in _AFTER_HAN_NAME:
            s -= 2          # "第一书记才让东知": a name's first element, which the tagger read as words (才, 让)
            #               (not "才让加正带着", where 正 is "now")
        s, e = _whole_element_name(text, s, e)
        if " " in text[s + 1:s + 2] + text[e:e + 1] and (spaced := person_after(text, s)) and s + len(spaced) > e:
            e = s + len(spaced)     # "邹 建国", "韦 志 刚": a surname spaced out from its given name
        if e - s == 2 and s >= 1 and text[s - 1] == "和" and text[s] not in SURNAMES and _anchor_ends_at(text, s - 1):
            s -= 1          # "第一书记和志强": 志强 is a given name, so 和 (a Naxi surname) opens it, no "and"
        if text[e:e + 1] == "和" and (not _is_name_char(text[e + 1:e + 2] or "。") or text.startswith(_SPEAKS, e + 1)
                                     or text[e + 1:e + 2] in _NO_NOUN_AFTER_AND
                                     or text.startswith(("召回", "调回", "返回", "兼任", "把"), e + 1)
                                     or text[e - 1:e + 1] in _ELEMENTS and e - s == 2 and text[s] in SURNAMES
                                     and not any(span[0] == e + 1 for span in spans)
                                     or e - s == 2 and _ATTENDS.match(text, e + 1) and _anchor_ends_at(text, s)) \
                and not text[e + 1:e + 2].isdigit() and " " not in text[s:e]:
            e += 1          # "龙义和,", "杨春和介绍": a name ending in 和, which the tagger takes for "and"
            #               ("苗志和把全村…": 和 (and) is never followed by 把;
            #               "第一书记云恩和是…": a surname, then a Mongolian element that ends in 和, unless
            #               the tagger reads a name right after it: "包苏和巴鲁")
            #               (not "韩 立 文和2名队员": a spaced name of three, and the two with him; "宋清和召回原单位":
            #               和, then being called back, ends the name; "副市长栾景和到梨树县": after a title, 和
            #               before a verb of attending, where "and" would want a second person)
        if e - s == 3 and word_at.get(e) == (e + 1, "c") and text[e + 1:e + 2] in "（(" and _anchor_ends_at(text, s):
            e += 1          # "第一书记曲比拉则（X院派驻）": after a title, the name's last character before its note
            #               in brackets, which the tagger read as a conjunction (则, 且)
        if e - s == 2 and text[s] in SURNAMES and word_at.get(e) == (e + 2, "v") and _glued_to_verb(text, e):
            e += 1          # "第一书记蔺子航讲的是…", "安文举驻村两年": the tagger read the name's last character
            #               and the verb after it as one verb (航讲, 举驻), which is no word
        if e - s >= 4 and text[e - 2] == "由" and text[e - 1] in _LEVEL_CHARS:
            e -= 2          # "第一书记格绒泽翁由州农业农村局选派": by (由) the prefecture's bureau, no part of the name
        n = e - s - sum(ch.isspace() for ch in text[s:e])      # (its length without a typesetter's spaces)
        if n >= 3 and text[e - 1] == "说" and text[e:e + 1] in "：:，,。“":
            e -= 1          # "…的陈立说：": the tagger took 说 into the name
        elif n >= 3 and text[s] in SURNAMES and " " not in text[s:e] and \
                (k := next((k for k in (3, 2) if k < n and (w := _AFTER_RE.match(text, s + k)) and w.end() >= e
                            and len(w.group()) > 1), None)):
            e = s + k       # "包村领导苏志强会后跟我回村", "原第一书记黄涛轮换返岗": a Han name, then a word
            #                 that ends names (会后, 轮换)
        elif n >= 4 and (after := _AFTER_RE.match(text, e - 1)) and after.end() > e and len(after.group()) > 1:
            e -= 1          # "工作队员达日玛带着牧民": a long name, then a word that ends names (带着)
        elif n >= 5 and " " not in text[s:e] and (after := _AFTER_RE.match(text, e - 2)) and after.end() >= e:
            e -= 2          # "第一书记胡希日莫任期届满": a long name, and the whole word after it (任期)
        elif n > 2 and text[e - 1] == "原" and text[e:e + 1] in _FORMER_VERBS:
            e -= 1          # "张国平原是X局副局长": 原 (formerly) is no part of the name
        elif n == 4 and text[s] in SURNAMES and text[s:s + 2] not in SURNAMES and \
                (text[e - 1] in _AFTER_HAN_NAME or text[e - 1] == "刚" and _is_name_char(text[e:e + 1] or "。")
                 or text[e - 1:e + 1] in _LEADING_VERBS):
            e -= 1          # "张国平才30岁", "张国平任X村第一书记", "石建林刚满", "李秀梅主抓": a Han name of three and
            #               the word after it (刚 ends many a name too, but fourth and before a verb it is "just")
        elif n in (3, 4) and text[s] in SURNAMES and text[e - 1] == "系":
            e -= 1          # "队长马俊系该委干部": 系 (is) ends no name
        elif n == 3 and text[s] in SURNAMES and text[e - 1] == "正" and text[e:e + 1] in _WITH_AFTER_正:
            e -= 1          # "第一书记刘某正和村民核对": 正 (now) before a preposition, no name of three
        elif n == 3 and text[s] in SURNAMES and text[e - 1:e + 1] in _SUPPORT_WORDS:
            e -= 1          # "镇长刘某包抓的Y村": the support verb opens after a name of two
        elif n == 3 and text[e - 1] == "任" and text.startswith(_POSTS_TAKEN, e):
            e -= 1          # "选派骨科主任朱明任第一书记", "图雅任网格长": 任 takes the post after a name of two
        elif n in (3, 4) and _gives_speech(text, e - 1):
            e -= 1          # "工作队长李航作交流发言", "原第一书记郑立新作了交接发言": 作 (gives) a speech
        elif n > 4 and text[s] in SURNAMES and "·" not in text[s:e] and "任" in text[s + 2:s + 4]:
            e = text.index("任", s + 2, s + 4)      # "刘佳豪任吉生太镇…": the verb of office, then a place
        elif n > 4 and text[e - 1] in _AFTER_HAN_NAME and _adverb_before(text, e):
            e -= 1          # "吉日格勒图已在", "苏日古嘎正和": a long name and the adverb after it
        elif (e - s >= 3 or e - s == 2 and text[s] in SURNAMES and _anchor_ends_at(text, s)) \
                and _is_name_char(text[e:e + 1] or "。") and text[e] not in _NOT_FINALS \
                and text.startswith(_SPEAKS, e + 1) and not _freq().get(text[e:e + 2]) and not _gives_speech(text, e):
            e += 1          # "格桑旺堆担任": the last syllable of a long name the tagger left out (and of a Han
            #               name of three after a title: "村党支部书记邰玉往告诉")
        elif e - s == 2 and text[s:e] in _ELEMENTS and _anchor_ends_at(text, s) and text.startswith(_SPEAKS, e + 2) \
                and all(_is_name_char(c) and c not in _NOT_FINALS for c in text[e:e + 2]) \
                and _freq().get(text[e:e + 2], 0) < 100:
            e += 2          # "乡长扎西边觉介绍", "书记格桑旺久介绍": after a title, a Tibetan or Mongolian name's
            #               second element, which the tagger read as a word, then speech
        elif e - s == 2 and text[s - 2:s] in _YI_CLANS and (s == 2 or _anchor_ends_at(text, s - 2)):
            s -= 2          # "干部海来木呷说": a Yi name whose clan name the tagger left out
        elif e - s == 3 and text[s:s + 2] in _YI_CLANS and _is_name_char(text[e:e + 1] or "。") and \
                (text[e] not in _NOT_FINALS or text[e] not in _MODALS and text.startswith(_YI_NAME_ENDS, e + 1)) and \
                (not _freq().get(text[e:e + 2]) or text.startswith(_YI_NAME_ENDS, e + 1)):
            e += 1          # "沙马拉且是", "吉克伍各每周", "沙马拉且说", "沙马拉则是": a Yi name is a clan name and two more
            #               (not "马海燕会说藏语": 会 (can) before the verb)
        elif e - s == 2 and text[s:s + 2] in _YI_CLANS and all(_is_name_char(c) and c not in _NOT_FINALS
                                                               for c in text[e:e + 2] or "。") \
                and len(text[e:e + 2]) == 2 and not _freq().get(text[e:e + 2]) and \
                (text.startswith(_SPEAKS + ("今年",), e + 2) or _AFTER_RE.match(text, e + 2)
                 or text[e + 2:e + 3] in _LIST_ENDS):
            e += 2          # "网格长马海日体今年", "队长吉克木果；": the clan name alone read as the name
        elif e - s == 2 and text[s] in SURNAMES and text[e:e + 1] in _name_finals() \
                and not _freq().get(text[e:e + 2]) and _is_name_char(text[e + 1:e + 2] or "。"):
            e += 1          # "赵德全掰着", "陈立新包联": a name of three the tagger cut before a word
        elif e - s == 2 and text[s] in SURNAMES and text[s:s + 2] not in SURNAMES and _is_name_char(text[e:e + 1] or "。") \
                and text[e] not in _NOT_FINALS and _SAID_END.match(text, e + 1) and not _freq().get(text[e - 1:e + 1]):
            e += 1          # "村委会主任盘石养说，": the last character of a name of three, right before 说
        elif e - s == 2 and text[s] in SURNAMES and _is_name_char(text[e:e + 1] or "。") and text[e + 1:e + 2] == "任" \
                and (text[e] == "新" or not _freq().get(text[e:e + 2]) and    # (not 接任, 担任: verbs of office)
                     text.startswith(("第一书记", "驻村第一书记", "该村第一书记", "该嘎查第一书记") + _POSTS_TAKEN, e + 2)) \
                and (_SENT_BEFORE.search(text, max(0, s - 8), s) or _BY_WHOM.search(text, 0, s)
                     or text[e] != "新" and text.endswith("干部", 0, s)):
            e += 1          # "选派张立新任Y村第一书记", "选派干部杜晓萌任第一书记": after the verb that sends him, 任 is
            #               his post's verb, not 新任 (and "由X局科员周立新任第一书记": 由 … 任; "X局干部许穗丰任该村第一书记")
        elif e - s == 2 and text[s] in SURNAMES and _anchor_ends_at(text, s) and _last_of_three(text, e):
            e += 1          # "部长嵇雪凝到村里", "第一书记奚敏行则把…", "第一书记晁德新作交流发言": after a post, the
            #               name's last character, which the tagger left out
        elif e - s == 2 and text[s] in SURNAMES and text[e:e + 2] == "胜任" and _anchor_ends_at(text, s):
            e += 1          # "村党支部书记严德胜任网格长": after a post, 胜 ends the name and 任 takes the next post
        elif e - s == 2 and text[s] in SURNAMES and _is_name_char(text[e:e + 1] or "。") and text.startswith("任期", e + 1):
            e += 1          # "第一书记郝东升任期届满": 任期 (the term) after a name of three, no 升任 (promoted)
        elif e - s == 2 and text[s] in SURNAMES and text[e:e + 1] == "才" and (_SAID_END.match(text, e + 1) or (
                _anchor_ends_at(text, s) and not _numeral_or_arrival(text[e + 1:e + 2]) and (
                    text[e + 1:e + 2] == "是" or _AFTER_RE.match(text, e + 1) or _starts_with_word(text[e + 1:e + 6])))):
            e += 1          # "村支书胡德才说。", "村委会主任汤宏才是…", "主任龚德才主抓…": 才 ends many a name; after a
            #               post, "only then" seldom comes (but "书记李强才30岁", "才到村": only, just)
        if e - s >= 2:
            out.append((s, e))
    return out


def _dotted_names_whole(text: str, spans: list[list[int]]) -> list[list[int]]:
    """A name of parts joined by dots that the tagger read in pieces, each piece as
    the start of a name ("艾合/买/提江·努尔是…"): the whole name, from its first piece."""
    out: list[list[int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        if "·" in text[s:s + 12] and (name := person_after(text, s)) and "·" in name:
            e = max(e, s + len(name))
        if "·" in text[s:e]:
            s = _dotted_name_start(text, s)
        out.append([s, e])
    return out


def _dotted_name_start(text: str, s: int) -> int:
    """A name written with a dot, whose first part the tagger cut after a label's colon or
    a table's cell gap ("网格长：吾买|尔江·托乎提"): from there, if its first part is that short."""
    k = s
    while k > 0 and s - k < 3 and _is_name_char(text[k - 1]):
        k -= 1
    return k if k < s and k > 0 and text[k - 1] in "：: 　｜|\t" else s


_CHIEF = regexes.compile("副?总?")
_APPOINTING = ("选派", "派", "推荐", "任命", "提名", "同意")
_SENT_BEFORE = regexes.compile("(?:" + "|".join(_APPOINTING) + ")(?:[^，,。；;\ue000-\ue007]{0,4}?(?:干部|同志|职工|队员))?$")
_YI_CLANS = set(words("yi_surnames"))
_ELEMENTS = NAME_ELEMENTS
_FINALS = {w for w in words("name_elements") if len(w) == 1}
_ELEMENT_LENGTHS = sorted({len(w) for w in _ELEMENTS}, reverse=True)


def element_name_end(text: str, p: int) -> int:
    """The end of the longest Mongolian or Tibetan name of two or more elements (or one
    of three characters or more) that starts at p ("斯琴毕力格", "那仁满都拉", "青格乐图",
    "扎西多杰", "那日苏"); p if there is none.
    (Places made of such elements, 巴音宝力格嘎查, are found first and win.)"""
    def longest(k: int, n: int) -> int:
        best = k if n >= 2 or k - p >= 3 else p
        for length in _ELEMENT_LENGTHS:
            if k + length <= len(text) and text[k:k + length] in _ELEMENTS:
                best = max(best, longest(k + length, n + 1))
            elif k + length < len(text) and " " in text[k + 1:k + length] and \
                    text[k:k + length + 1].replace(" ", "", 1) in _ELEMENTS:
                best = max(best, longest(k + length + 1, n + 1))    # "图 门吉日嘎拉": OCR's space inside an element
        if n and text[k:k + 1] in _FINALS and text[k + 1:k + 2] not in _SPENDING:
            best = max(best, longest(k + 1, n + 1))     # (not "…花了三年": spent)
        elif n == 1 and k - p == 2 and text[k + 1:k + 2] in _FINALS and _is_name_char(text[k:k + 1] or "。") \
                and text[k] not in _NOT_FINALS and not _freq().get(text[k:k + 2]) \
                and (not _is_name_char(text[k + 2:k + 3] or "。") or text[k + 2] in _NOT_FINALS):
            best = max(best, k + 2)     # "四郎拥措说": an element, then one the list lacks that ends as names end
        return best
    return longest(p, 0) if text[p:p + 3].replace(" ", "", 1)[:2] in _ELEMENT_OPENINGS else p


_ELEMENT_OPENINGS = {w[:2] for w in _ELEMENTS}
_SPENDING = set("了费钱光掉")


def _whole_element_name(text: str, s: int, e: int) -> tuple[int, int]:
    """A tagger's span that cuts a Mongolian or Tibetan name, widened to the whole name:
    on the right (斯琴|毕力格, 青格乐|图), on the left back to a clause opening or a
    title (那顺|巴雅尔), and by 其, which opens Mongolian names and which the tagger
    reads as "its" (旗长其|木德道尔吉)."""
    e = max(e, element_name_end(text, s))
    if text[s] in SURNAMES and (after_surname := element_name_end(text, s + 1)) > e:
        e = after_surname       # "网格长韩阿拉腾其其格说": a Han surname, then a Mongolian name
    elif e - s >= 3 and (rest := element_name_end(text, e)) > e:
        e = rest                # "乌日汗|其其格担任": the tagger stopped before the name's last element
    else:
        e = _element_cut_at(text, s, e)     # "俄日才|让兼任": the tagger cut the last element in two
    for k in (3, 2, 1):
        start = s - k
        if start >= 0 and _element_reaches(text, start, s) and element_name_end(text, start) >= e and \
                (_opens_name_at(text, start) or text[start - 1] == "其" and _opens_name_at(text, start - 1)):
            s, e = start, max(e, element_name_end(text, start))
            break
    if s and text[s - 1] == "其" and _opens_name_at(text, s - 1):
        s -= 1
    return s, e


def _element_reaches(text: str, start: int, s: int) -> bool:
    """An element opens at start and ends at s or past it: "宝力高|扎布" cut by the tagger
    inside 宝力高 ends as 高扎布 unless the element it cut is taken back whole."""
    return any(start + n >= s and text[start:start + n] in _ELEMENTS for n in _ELEMENT_LENGTHS)


def _element_cut_at(text: str, s: int, e: int) -> int:
    """The end of an element that a name's span s..e ends inside of, or e (not for a Han
    surname's name: "李文才让他…" is 李文才)."""
    if e - s < 3 or text[s] in SURNAMES:
        return e
    for length in _ELEMENT_LENGTHS:
        for cut in range(1, length):
            if e - cut - s >= 2 and e - cut + length <= len(text) and text[e - cut:e - cut + length] in _ELEMENTS:
                return e - cut + length
    return e


def _opens_name_at(text: str, i: int) -> bool:
    return i == 0 or not _is_name_char(text[i - 1]) or _anchor_ends_at(text, i) or text[i - 1] == "由" or \
        text[i - 1] == "的" and _ORG_SUFS.ending(text, i - 1) is not None or \
        _SENDS.ending(text, i) is not None      # ("来自X局的孟和巴雅尔", "X局选派才让东智同志任…", "网格长由达来高娃担任")


_SENDS = Words(SEND_VERBS)


def _anchor_ends_at(text: str, i: int) -> bool:
    return any((a := _ANCHOR_WORDS.at(text, k)) and k + len(a) == i for k in range(max(0, i - 6), i))


_FORMER_VERBS = set("是任系为在")
_LEVEL_CHARS = set("省市州盟县区旗镇乡村")     # ("刘洋 县应急管理局": a table's name, then a unit)
_AFTER_HAN_NAME = set("才就也都还又已己正便却任将")     # (己: OCR's 已)
# what follows a name and is no part of it, however often names end in it (王强会说, 李明来到, 刘刚常说)
_NOT_FINALS = set("说用在是和也就都还又把被给对向从到为与等了着过将会要能来去带跟让叫请已己正便却任才笑望因则每均常")


def _last_of_three(text: str, e: int) -> bool:
    c, after = text[e:e + 1], text[e + 1:e + 2]
    if c == "来" and (_SAYS_THEN.match(text, e + 1) or after == "说" and not _TO_WHOM.search(text, 0, e - 2)) or \
            c == "能" and _SAYS_THEN.match(text, e + 1):
        return True     # "镇党委书记芮东来介绍，", "书记马春来说", "乡党委书记王惠能介绍，": no one comes to
        #                 introduce or to say nothing, nor can (but "对书记王强来说": to him)
    if _is_name_char(c or "。") and c not in _NOT_FINALS and _gives_speech(text, e + 1):
        return True     # "第一书记晁德新作交流发言": the tagger read it with 作 as a word (新作), then the speech given
    if not _is_name_char(c or "。") or c in _NOT_FINALS or c in "没亲每早" or _freq().get(c + after):
        return False
    if _freq().get(c, 0) < _RARE_CHAR and _starts_with_word(text[e + 1:e + 6]) and not text.startswith(_SUPPORT_OPENINGS, e):
        return True     # "主任雒鸿渐挨家挨户走访", "副县长柏钧怀日前到村": a rare character, then words
    return _tags().get(c) not in ("d", "m", "p", "c", "r", "u", "q", "f") and \
        (after in _THEN_ADVERBS or after in "到驻" and _freq().get(c, 0) < 2000      # (not "韩磊驻到", "李伟作了";
         #                                                                       "副院长王翊航驻Y镇": 航驻 no word)
         or after == "是" and c != "原" and (c in _name_finals() or _tags().get(c) in ("n", "nr")))
    #    "第一书记高远航是X派驻的干部": 是 after a name of three (not "王东原是…": formerly)


_LIST_ENDS = set("，,；;。、（(")
_SAYS_THEN = regexes.compile("(?:介绍|表示)[，,：:]|告诉记者")
_RARE_CHAR = 5000      # (at 10,000 the verbs of support pass: "王宏包…", "刘畅帮…")


def _numeral_or_arrival(c: str) -> bool:
    return c.isdigit() or c in _NUMERAL_OPENERS or c in "几半到来去刚"


@functools.cache
def _name_finals() -> frozenset[str]:
    """Characters that end many names of three in the lexicon (成, 全, 峰, 兵 ...)."""
    ends = Counter(w[-1] for w, tag in _tags().items() if tag == "nr" and len(w) == 3)
    return frozenset(ch for ch, n in ends.items() if n >= 5) - _NOT_FINALS
_SPEAKS = ("担任", "说", "讲", "介绍", "表示", "告诉")
# what a leader does at a meeting or a visit: after a title's name and 和, no second person follows
_ATTENDS = regexes.compile("出席|参加|主持|强调|指出|讲话|一行|现场|深入|前往|率队|带队|到(?![会场位岗]|村的)")
_YI_NAME_ENDS = _SPEAKS + ("是",)       # (after a clan name and two more, whatever the last one is)
_SAID_END = regexes.compile("(?:笑着|高兴地|感慨地|自豪地)?(?:说|介绍|表示|坦言|补充说|补充道|介绍说)[，,。：:]")
# "向红梅，女，土家族，1990年生": a profile opens with the name, whatever the tagger makes of it
_PROFILE = regexes.compile("(?:\\d{1,3}[.．、]\\s*|[（(][一二三四五六七八九十\\d]{1,2}[）)])?"     # (an item of a list: "3.")
                           "([\u4e00-\u9fff][\u4e00-\u9fff·]{1,9})[，,][男女][，,]")
# "钮某　县水务局派驻Y村第一书记": a row opens with the name, a wide gap, then the unit or the place
_ROW_NAME = regexes.compile("(?:\\d{1,3}[.．、]?\\s*|[▶►●■◆★▲•]\\s*)?([\u4e00-\u9fff]{2,3})[ \u3000\t]+")
# "X局  韩卫东  Y乡Z村", "X局  韩 卫东  Y乡Z村": a row's cell between wide gaps that holds a name only
_CELL_NAME = regexes.compile("(?:^|  |\t)([\u4e00-\u9fff] ?[\u4e00-\u9fff]{1,2})(?=  |\t|$)")


def _names_in_rows(text: str, found: dict, taken: list[tuple[int, int]]) -> None:
    """Names in a table's row, whose other cells hold units or places (the tagger runs such a name
    into the cell after it): the row's first cell right before a unit or place, or a cell between wide gaps."""
    if (m := _ROW_NAME.match(text)) and not _inside(found.values(), m.start(1)) and m.group(1)[0] in SURNAMES \
            and _ordinary_name(m.group(1)) and (any(a == m.end() for a, b in taken) or _POST_AFTER_GAP.match(text, m.end())):
        found[m.start(1)] = Mention(PERSON, m.group(1), m.start(1), m.end(1))
    for m in _CELL_NAME.finditer(text) if taken and ("  " in text or "\t" in text) else ():
        s, e = m.span(1)
        core = "".join(m.group(1).split())
        if core[0] in SURNAMES and _ordinary_name(core) and not _inside(found.values(), s) and \
                not any(a < e and s < b for a, b in taken):
            found[s] = Mention(PERSON, m.group(1), s, e)
    for m in _WHOLE_CELL.finditer(text) if _ROW_OF_CELLS.fullmatch(text) else ():
        s, e = m.span(1)
        if (name := found.get(s)) and name.end < e and all(_is_name_char(c) for c in text[name.end:e]) and \
                not any(a < e and s < b for a, b in taken):
            found[s] = Mention(PERSON, text[s:e], s, e)     # "第二网格  额尔登木图  陶格特呼": the cell is the
            #                                                 name, where the tagger or the elements cut it short


# "林某　镇党委书记，主持全面工作": a list of leaders and their work, the name, a wide gap, then the post
_POST_AFTER_GAP = regexes.compile("(?:镇|乡|苏木|街道|县|旗|区|市)?(?:党委|党工委|人大|政府|纪委)?[^，,。；;：:\\s]{0,6}?(?:" +
                                  "|".join(TITLES) + ")(?=[，,。；;、\\s]|$)")
_WHOLE_CELL = regexes.compile("(?:^|[ \t])([\u4e00-\u9fff·]{3,8})(?=[ \t]|$)")
_ROW_OF_CELLS = regexes.compile("[^\\s，,。；;：:]+(?:[ \t]+[^\\s，,。；;：:]+){2,}")     # a table's row: three cells or more


# "叶某：镇党委副书记、镇长": a list of leaders, a line each
_NAME_COLON_POST = regexes.compile("^[▶►●■◆★▲•]?([\u4e00-\u9fff]{2,3})[：:](?=[^，,。；;：:]{0,12}?(?:" + "|".join(TITLES) + ")|"
                                   "[^，,。；;：:“”]{1,22}?(?:局|厅|委|院|行|司|中心|办|部|站|所|校|会|社)(?:派驻|选派|下派)"
                                   "[^，,。；;：:]{2,16}?第一书记)")
# ("▶张某：X局派驻Y村第一书记": a list's item, the name, a colon and where his unit sent him)
_NAME_THEN_POST = regexes.compile("([\u4e00-\u9fff]{2,3})[（(][^）)]{0,20}?(?:" + "|".join(TITLES) + ")[）)]")
# "武建新是X大学农学院副教授，…": a sentence opens with the name, then what post he holds
# ("来自X公司的贺某，是Y村第一书记", "今年35岁的付某，是…": who he is, then the name and the post;
#  "【编者按】张某是…": after an editor's label)
_NAME_IS_POST = regexes.compile("^(?:【[\u4e00-\u9fff]{2,4}】)?(?:来自[^，,。；;：:]{2,24}?的|(?:今年)?[\\d一二三四五六七八九十]{2,3}岁的)?"
                                "([\u4e00-\u9fff]{2,3})[，,]?(?:同志)?(?:是|系)(?=[^，,。；;：:]{2,30}?(?:" + "|".join(TITLES) + ")(?:[，,。；;]|$))")


def _dotted_name(text: str, p: int, found: dict[int, Mention]) -> bool:
    """"书记买买提明·阿不都拉": a name written with · is whole where the tagger split it."""
    name = person_after(text, p) or ""
    return "·" in name and not any(m.start == p and m.end == p + len(name) for m in found.values())


# (and 包, which it reads as a verb: "村委会主任包金锁说")
_FUNCTION_WORD_SURNAMES = set("向于和其包那仝")     # 其: Mongolian names (其木格, 其其格); 那: Manchu; 仝: read as 同
_LEVEL_ORGAN = regexes.compile("(?:村|嘎查|社区|镇|乡|苏木|街道)党")


def _function_word_surname(text: str, p: int) -> str | None:
    """"党支部书记向远山说", "镇长于建军、", "嘎查达其木格说": 向, 于 and 和 are surnames
    and 其 opens Mongolian names, which the tagger reads as "towards", "at", "and",
    "its"; after a title they start a name when a rare given name follows and the name
    is bounded ("书记向群众宣讲" is no name)."""
    if _LEVEL_ORGAN.match(text, p + 1):
        return None     # "第一书记和村党组织书记": "and", then the organ of a place
    name = person_after(text, p) if text[p:p + 1] in _FUNCTION_WORD_SURNAMES else None
    core = "".join(name.split()) if name else ""        # ("于 春山": spaced out by the typesetter)
    if not name or not 2 <= len(core) <= 3 or any(_tags().get(core[:n]) == "r" for n in (2, 3)):
        return None     # ("那会儿", "那些": a pronoun)
    end = p + len(name)
    if _freq().get(core[1:], 0) >= 1000 and _tags().get(core[1:]) not in ("ns", "nr", "nz") and \
            not _SAID_END.match(text, end):
        return None     # (a frequent word that names a place or a person may be a given name: 于海洋, 和建国;
        #                 and so may any before "说，": "党委书记向红军表示，")
    return name if end == len(text) or text[end] in "，,、。；;：:（(！!？?" or _AFTER_RE.match(text, end) else None


def _ordinary_name(name: str) -> bool:
    """"村民张某" yes; "群众普遍好评", "村民由衷地" no: behind a role word only a Han
    name of 2-3 characters counts, and not one that starts with a common word."""
    tags, freq, name = _tags(), _freq(), "".join(name.split())     # (spaced out: "刘 晓光")
    starts_word = any(not tags.get(name[:n], "nr").startswith("nr") and freq.get(name[:n], 0) >= 100
                      for n in range(2, len(name) + 1))
    return 2 <= len(name) <= 3 and name[0] in SURNAMES and not starts_word


def _glued_to_verb(text: str, e: int) -> bool:
    """A name's last character at e, glued to a common one-character verb after it."""
    return not _freq().get(text[e:e + 2]) and text[e] not in _NOT_FINALS and _is_name_char(text[e]) and \
        _tags().get(text[e + 1]) == "v" and _freq().get(text[e + 1], 0) >= 1000 and \
        not (_tags().get(text[e]) == "v" and _freq().get(text[e], 0) >= 10000)    # (not "副镇长常丽分包Y村")


def _tagged_name(name: str) -> bool:
    """A span the tagger calls a person that is one ("张书记" and "老乡" are not)."""
    core = "".join(name.replace("·", "").split())
    longest = 12 if "·" in name else 8      # (阿不都热合曼·吐尔逊)
    return 2 <= len(core) <= longest and _plausible_name(name) and not any(t in name for t in _TITLE_WORDS)


_TITLE_WORDS = [t for t in TITLES if len(t) >= 2] + ["书记", "老师", "同志", "主任", "大爷", "大妈"]


def _inside(mentions, pos: int) -> bool:
    return any(m.start <= pos < m.end for m in mentions)


def _elements_to(letters: str, n: int) -> bool:
    """The first n letters are Mongolian or Tibetan elements, maybe after a surname ("白敖日格勒")."""
    name = letters[:n]
    return len(name) == n and (element_name_end(name, 0) == n or name[0] in SURNAMES and element_name_end(name, 1) == n)


def person_after(text: str, p: int) -> str | None:
    """The personal name that starts at p, if the text there looks like one."""
    rest = text[p:p + 16] if "·" in text[p:p + 10] else text[p:p + 10]
    if rest[:1] in SURNAMES and rest[1:3] in ("  ", "\u3000\u3000") and _is_name_char(rest[3:4] or "。") and \
            not _is_name_char(rest[4:5] or "。"):
        return rest[:4]     # "张  敏": a name of two padded to the width of three in a table or list
    if (long := _SPACED_LONG.match(text, p)) and \
            (n := next((n for n in (8, 7, 6, 5) if _elements_to(long.group()[::2], n)), 0)):
        return text[p:p + 2 * n - 1]     # "哈 斯 德 力 格 尔说": a Mongolian name of five to eight spaced out
    if _SPACED_FOUR.match(rest) and (not _is_name_char(rest[7:8] or "。") or _AFTER_RE.match(rest, 7) or
                                     {rest[0:3:2], rest[4:7:2]} & _ELEMENTS) \
            and rest[6] not in "男女" and rest[6] not in _NOT_FINALS:
        return rest[:7]     # "吉 克 阿 木说": a name of four spaced out character by character (not "宋 建 伟 已在…";
        #                     but "扎 西 降 措已在…", a name of elements, whatever follows)
    if rest[:1] in SURNAMES and rest[1:2] in (" ", "\u3000") and _is_name_char(rest[2:3] or "。"):
        # "方 晨", "许 传明", "涂 海 军": spaced out by the typesetter
        spaced = 2 if rest[3:4] in (" ", "\u3000") and _is_name_char(rest[4:5] or "。") and \
            not (rest[4:5] in "男女" and rest[5:6] in (" ", "\u3000", "")) else 1     # ("陈 鹏 男 X局": a row's gender cell)
        name = person_after(rest[0] + rest[2] + rest[4:] if spaced == 2 else rest[0] + rest[2:], 0)
        if not name and spaced == 2 and rest[5:6] not in (" ", "\u3000"):
            return rest[:5]     # "王 鹏 飞任Y村第一书记": the spacing bounds a name of three
        if not name:
            return None
        if (spaced == 1 or rest[5:6] not in (" ", "\u3000")) and len(name) > 3 and "·" not in name:
            name = name[:3]     # "刘 燕正忙着…", "闫 志 刚蹲在…": a spaced Han name has two or three characters
        if spaced == 1 and len(name) == 3 and (name[2] in _NOT_FINALS or _starts_with_word(rest[3:]) and not _SPEECH.match(rest, 4)
                                               or _gives_speech(rest, 3)):
            name = name[:2]     # "干部海 龙每周六…", "符 琳则把…", "镇长田 野评价说", "主任冯 涛作交流发言": a name of
            #                     two, then what he does
        return rest[:len(name) + min(spaced, len(name) - 1)]
    if rest[:1] in SURNAMES and _is_name_char(rest[1:2] or "。") and rest[2:3] == " " and \
            _is_name_char(rest[3:4] or "。") and rest[3] not in _NOT_FINALS and \
            (_SPEECH.match(rest, 4) or rest[4:5] in ("，", "。", "；", "、") or
             (rest[3] in _name_finals() or _freq().get(rest[3], 0) < _RARE_CHAR) and rest[3] not in _LEVEL_CHARS and rest[:2] not in _ELEMENTS and
             (_AFTER_RE.match(rest, 4) or _starts_with_word(rest[4:]))):
        return rest[:4]     # "白玉 霞介绍", "主任于海 波，", "主任陶秀 梅带着…": an OCR's space inside a name of three,
        #                     then what she does (not a table's "刘洋 X局")
    k = 0
    while k < len(rest) and (_is_name_char(rest[k]) or rest[k] == "·"):
        after = _AFTER_RE.match(rest, k) if k >= 2 else None
        if after and not (after.group() == "和" and _ends_name(rest, k + 1)) and \
                not ("·" in rest[:k] and (after.group() == "都" and not _adverb_都(rest, k) or k - rest.index("·") < 3)) and \
                not (after.group() == "都" and "·" in rest[k:k + 6]):
            break       # ("巴图孟和陪同", "买买提明·阿不都拉"; after the dot two characters at least: "包·孟和巴雅尔";
            #             before it too, 都 is a name's: "阿布都克里木·吾斯曼")
        k += 1
    name = rest[:k]
    if len(name) < 2 or name[0] == "·" or name[-1] == "·" or name[0] in _NUMERAL_OPENERS or _COUNT_INSIDE.match(name, 1):
        return None     # ("一棒接一棒": no name opens with a numeral; "·" only joins a name's parts; "第一书记和三批
        #                 驻村工作队员": a count, no given name)
    bounded = k < len(rest) or p + k == len(text)
    if "·" in name and (cut := _after_dotted_name(name)):
        name, bounded = name[:cut], True
    elif "·" in name and len(name) - name.rindex("·") > 3 and name[-1] in _POSTURES and \
            rest[len(name):len(name) + 1] in ("在", "着"):
        name = name[:-1]        # "买买提江·吐尔地蹲在瓜垄间": where he squats, stands or sits
    if "·" in name and not bounded:
        return None
    elements = element_name_end(rest, 0) or (2 if rest[:2] in _ELEMENTS else 0)
    if elements and rest[elements:elements + 1] in _VERBS_AFTER_NAME and rest[elements + 1:elements + 2] in ("了", "着"):
        name = name[:elements]      # "理事长普布算了一笔账", "书记洛桑带着…": a Tibetan or Mongolian name, then a verb
    if len(name) > 2 and name[-1] == "原" and rest[len(name):len(name) + 1] in _FORMER_VERBS:
        name = name[:-1]        # "第一书记张国平原是X局副局长": 原 (formerly) is no part of the name
    if len(name) > 3 and "·" not in name:
        # a Han name is 2-3 characters; longer runs are a Mongolian name or a name + verb
        short = None
        if name[0] in SURNAMES:
            short = next((name[:n] for n in (3, 2) if (_words_after(name[n:]) or _gives_speech(name, n)) and
                          not (name[n] == "任" and name[n - 1] in "兼担出现接调转升留连继新")), None)
        if short:
            name = short                      # "李强今天" -> "李强", "李建国已回到…" -> "李建国", "楼思衡作交流发言"
        elif not bounded or k > 8:
            name = short or ""
    if len(name) < 2:
        return None
    han = name[0] in SURNAMES or name[:2] in SURNAMES
    if name[0] in STOP_CHARS and not han or not _plausible_name(name):
        return None
    if not (han or "·" in name) and (len(name) < 3 or _has_common_word(name)):
        return None
    if len(name) > 3 and "·" not in name and frequent_inside(name, but_names=True):
        return None
    if (len(name) > 4 or len(name) == 4 and name[0] in SURNAMES and name[:2] not in SURNAMES) and \
            (name[-1] in _AFTER_HAN_NAME and _adverb_before(text, p + len(name)) or name[-1] in _CONJUNCTIVE_ADVERBS):
        return name[:-1]        # "吉日格勒图已在嘎查工作", "第一书记高明远正和…", "白玉兰则说": a name, then an adverb
    if len(name) >= 4 and name[-1] in "会能" and rest[len(name):len(name) + 1] in _SKILL_VERBS:
        return name[:-1]        # "第一书记达希尼玛会说布里亚特语", "…能讲藏语": a long name, then "can speak"
    if han and _home_after_name(text, p, p + len(name)):
        return name[:-1]
    if len(name) == 3 and han and _gives_speech(text, p + 2):
        return name[:-1]        # "第一书记农宇作表态发言": 作 (gives) a speech after a name of two the tagger missed
    if len(name) == 4 and _han_name_then_verb(name, text[p + 3:p + 5]):
        return name[:-1]        # "屯长韦建新接到电话", "嘎查达包玉柱算了一笔账", "网格员马海燕会说藏语": a Han name of
    return name                 # three, then a verb


def _han_name_then_verb(name: str, word: str) -> bool:
    return name[0] in SURNAMES and name[:2] not in SURNAMES and name[:2] not in _ELEMENT_OPENINGS and \
        (name[-1] in _ADVERBS_AFTER_NAME or
         name[-1] not in _name_finals() and _tags().get(word) == "v" and _freq().get(word, 0) >= 500)


def _words_after(rest: str) -> bool:
    """What follows a Han name: ordinary words, or an adverb opening them (已回到, 就去,
    正牵头: 正 is "now" before a word, though 王正 is a name of its own)."""
    return _starts_with_word(rest) or rest[:1] in _ADVERBS and len(rest) > 1 or \
        rest[:1] == "正" and _starts_with_word(rest[1:]) or \
        rest[:1] == "任" and (_starts_with_word(rest[1:]) or _ANCHOR_WORDS.at(rest, 1) is not None)    # 任副总网格长


# what no noun joined by 和 opens, so 和 before it ends the name ("杨春和是该局干部", "苏和已于5月到村", "景和的家")
_NO_NOUN_AFTER_AND = set("是的已正也就还又都")
_WITH_AFTER_正 = "和与跟同在给为带领"      # 正 (now), then the preposition of what goes on
_AFTER_正 = set(_WITH_AFTER_正 + "用忙拿向对")     # (after a name of three the tagger missed, a verb too)


def _adverb_before(text: str, i: int) -> bool:
    """The character before i is an adverb of the phrase that follows (已在, 正和, 就是, 正用)."""
    return text[i:i + 1] in STOP_CHARS or _freq().get(text[i - 1:i + 1], 0) >= 1000 or \
        text[i - 1] == "正" and text[i:i + 1] in _AFTER_正


def _has_common_word(name: str) -> bool:
    """"选派关", "在入户走访中": ordinary words, not a name without a common surname."""
    tags = _tags()
    return any(name[i:j] in tags for i in range(len(name)) for j in range(i + 2, len(name) + 1))


def _after_dotted_name(name: str) -> int | None:
    """Where the words after a name written with · begin ("艾力·买买提负责…", "…像往常一样",
    "…算了一笔账", "…带我们入户", "…任驻村第一书记"): the part after the dot has two characters
    at least."""
    dot = name.rindex("·")
    return next((j for j in range(dot + 3, len(name)) if _starts_with_word(name[j:]) or
                 name[j] in _ADVERBS_AFTER_NAME or name[j] in _VERBS_AFTER_NAME or
                 name[j] == "正" and _starts_with_word(name[j + 1:])), None)     # ("…正挨家挨户登记")


def _adverb_都(rest: str, k: int) -> bool:
    """"叶尔肯·沙依兰别克都要…": after a dotted name, 都 (all, even) before a verb, not the
    name's 都 (阿不都, 阿布都), which follows 不 or 布."""
    return rest[k - 1:k] not in ("不", "布") and rest[k + 1:k + 2] in _AFTER_都


_AFTER_都 = set("要是会在能把给有已很")
_SPACED_FOUR = regexes.compile("[\u4e00-\u9fff](?: [\u4e00-\u9fff]){3}")
_SPACED_LONG = regexes.compile("[\u4e00-\u9fff](?: [\u4e00-\u9fff]){4,7}")
_NUMERAL_OPENERS = set("一二三四五六七八九十两")
_COUNT_INSIDE = regexes.compile("[一二三四五六七八九十两][批名个位支家户次]")
_HOME_AFTER = set("就住里门院离")     # (not 在: "王国家在会上说" is a name of three)
_SKILL_VERBS = set("说讲用写唱跳开做")
_POSTURES = set("蹲坐躺跪趴")      # (站在 is a word the name ends before already)
_POSTS_TAKEN = ("第一书记", "网格长")
_VERBS_AFTER_NAME = set("任带算给陪领让把被说讲向跟")     # verbs of one character no transliteration has
_ADVERBS_AFTER_NAME = set("像则便却刚懂常作会能因已")     # "艾力·买买提则带着…", "…刚到村", "…懂哈萨克语", "…会说维吾尔语",
#                                                           "…因工作调整", "…已回到"
#                                                           (not in the first two after the dot: 艾则孜)


def _starts_with_word(s: str) -> bool:
    """"今天", "乐呵呵地" after a name: ordinary words, so the name ended before them.
    Name syllables (吉日, 巴特: tagged nr/ns) don't count."""
    freq, tags = _freq(), _tags()
    return s.startswith(_SUPPORT_OPENINGS) or \
        any(freq.get(s[:n], 0) >= 20 and not tags.get(s[:n], "x").startswith(("nr", "ns", "nz"))
            for n in range(2, len(s) + 1))     # (and the vocabulary's verbs of support: "刀建明挂联X镇")


def _ends_name(rest: str, k: int) -> bool:
    m = _AFTER_RE.match(rest, k)
    return k >= len(rest) or not _is_name_char(rest[k]) or bool(m and len(m.group()) > 1)


_COMMON_SURNAMES = set(words("common_surnames"))
_PEOPLES = {p for p in PEOPLES if len(p) > 1}
_NOT_GIVEN_TAGS = {"v", "vn", "d", "c", "p", "b", "m"}
BAD_NAME_CHARS = set("的了在是与及等们这那个年月他她")
_ADVERBS = _AFTER_HAN_NAME - set("才正任")       # 王才, 王正 and 王任 are names; 王已 is none
_ADVERBS_ONLY = set("均皆亦仍")
_TAKES_OR_SAYS = ("任", "兼任") + _SPEAKS
_VERB_PARTICLES = set("得着了过")     # "网格员跑得勤": a verb and its particle, no surname: what they do
# "网格长挨户核对", "包村干部逐格核对": how they go round, no name (the tagger reads 挨户 as a noun)
_DOOR_TO_DOOR = ("挨户", "挨家", "逐户", "逐格", "逐家", "逐一")
_CONJUNCTIVE_ADVERBS = set("则便却")     # "专家则为牧户…": "in turn", no surname
_THEN_ADVERBS = _AFTER_HAN_NAME - set("才任") | _CONJUNCTIVE_ADVERBS     # "…行则把", "…凝就": adverbs that open what he does
_LEADING_VERBS = ("主抓", "主持", "主动", "主要", "主讲", "主导", "主管", "分管", "负责", "管起", "管着", "管理")     # what a person does, after the name


_AFTER_ONCE = set("任在是到获经被于为多先担")
# how frequent a verb or a noun that opens with a rare surname is, at least, to open no name
_OPENS_NO_NAME = {"v": 100, "n": 5000}


def _given_name_in_年(name: str) -> bool:
    """"赵永年", "孙鹤年": 年 ends a given name that is no word of time (多年, 近年, 三年)."""
    return len(name) == 3 and name[2] == "年" and name[1] not in BAD_NAME_CHARS and \
        name[1] not in _NUMBER_OF_YEARS and _freq().get(name[1:], 0) < 100


_NUMBER_OF_YEARS = set("一二三四五六七八九十两几半整百千万头后经隔年")


def _given_name_with_月(name: str) -> bool:
    """"韩月梅", "梁秋月", "奉月珑": 月 in a given name, no month (三月, 正月, 月底)."""
    i = name.find("月", 1)
    return len(name) == 3 and name[0] in SURNAMES and i > 0 and name.count("月") == 1 and \
        not any(ch in BAD_NAME_CHARS for ch in name[1:].replace("月", "")) and \
        name[i - 1] not in _NUMBER_OF_YEARS and name[i - 1] not in "正腊上下本当次同该全每" and name[i + 1:i + 2] not in "份底初中末"


@functools.lru_cache(maxsize=4096)
def _plausible_name(name: str) -> bool:
    if "·" not in name and any(ch in BAD_NAME_CHARS for ch in name[1:]) and not _given_name_in_年(name) \
            and not _given_name_with_月(name) \
            or name in _ANCHORS or name in _SUPPORT_WORDS or name.startswith(_LOOKS_AFTER):
        return False        # (包联, 包保: a verb of support is no 包 family's member; 包·那日苏 is a name)
    if name[0] in "旗县市盟州乡镇村省" and name[0] not in SURNAMES:
        return False        # "由旗卫健委派驻": a unit's place word opens no name
    if any(a in name for a in _ANCHORS if len(a) > 1) or any(name.endswith(s) for s in PLACE_SUFFIXES) and not \
            (name.endswith("旗") and len(name) == 3 and name[0] in _COMMON_SURNAMES):
        return False        # (every banner is in the register: 张红旗 is a man)
    if any(name.endswith(s) for s in ORG_SUFFIXES if len(s) > 1) or "委" in name[1:]:
        return False
    if name in _PEOPLES:
        return False        # "我们自己的哈尼姑娘": a people, not a name
    if len(name) == 4 and "·" not in name and name[0] == name[2] and name[1] != name[3]:
        return False        # "第一书记评先评优", "第一书记边干边学": a phrase of two parallel halves
    given = name[1:]
    if name[0] == "曾" and name[1] in _AFTER_ONCE:
        return False        # "图雅同志曾任旗…", "专家曾到村里": 曾 (once) and a verb, no 曾 family's member
    if len(name) == 2 and name[1] in "前后":
        return False        # "干部任前公示", "会后": before or after something, no given name
    if len(name) == 2 and name[0] in "由从向" and name[1] in "厅局院校委行":
        return False        # "队长由厅农业农村审计处副处长…担任": by (from, to) the unit named bare, no 由 family's member
    if len(name) == 2 and name[0] == "常" and name[1] in "到来去回":
        return False        # "第一书记常到网格里转": 常 (often), then a verb of going, no 常 family's member
    if len(name) == 3 and name[1] == "得" and name[2] in "住去来好下上出起开":
        return False        # "下得去、留得住": a verb and its complement
    if name[0] not in _COMMON_SURNAMES and (least := _OPENS_NO_NAME.get(_tags().get(name[:2]))) and \
            _freq().get(name[:2], 0) >= least:
        return False        # "安排好食宿", "网格员信息表", "推行网格长公示制": a rare surname that opens a common
        #                     verb or noun
    if len(name) == 2 and name[0] not in _COMMON_SURNAMES and _freq().get(name, 0) >= 100 and \
            not _tags().get(name, "").startswith("nr"):
        return False        # "为第一书记干事创业": a word that opens with a rare surname (干事)
    if given in _ADVERBS or name[0] in _ADVERBS and given[0] in _ADVERBS:
        return False        # "第一书记都已建立", "…都已配齐": an adverb is no given name, two adverbs no name
    if name[0] in SURNAMES and name[0] not in _COMMON_SURNAMES and len(given) == 2 \
            and (_tags().get(given) in _NOT_GIVEN_TAGS and _freq().get(given, 0) >= 500
                 or _tags().get(given) == "n" and _freq().get(given, 0) >= 10000):
        return False        # "全覆盖", "任二级", "原单位": a surname character before a common word
    freq = _freq().get(name, 0)
    return freq < 50 or name[0] in SURNAMES and (freq < 500 or _tags().get(name) == "nr")    # 向阳, 高峰
