"""Article -> places: every place its sentences name, with exact boundaries, grounded
in the register of divisions where the article's context says which one it is.

A place mention is, first, a register name found by one dictionary scan: a
province, city, county or township, written in full (郯城县, 凉山彝族自治州) or
short (山东, 凉山州, 达旗); a chain splits into its parts (山东郯城县 -> 山东,
郯城县). Villages are looked up among the villages of the townships and counties
the article is about. Where the register has no name, the level-suffix grammar
finds it (a name walked left from 镇, 嘎查, 社区 ... to a function word).

Grounding: a register name counts as one division only when the context decides
it: a parent printed right before it (恩格贝镇黄母哈日村), an ancestor or descendant
named in the article, or the page's home county. A name with a dozen namesakes and
no context stays ungrounded rather than guessed.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from . import regexes
from .lexicon import (LEADING_CHARS, LEADING_TAGS, VERB_TAGS, Words, common, common_word, cut_after_verbs, freq, frequent_inside,
                      is_name_char, name_word, strip_leading_words, tags)
from .model import PLACE, Mention
from .register import ETHNIC, RANK, Register, register
from .vocab import (COREF, GENERIC_PLACES, GENERIC_TAILS, LEVEL_RANK, NOT_SUFFIX_BEFORE, ORG_SUFFIXES,
                    NAME_ELEMENTS, PLACE_SUFFIXES, SEND_VERBS, STOP_CHARS, STOP_WORDS, SURNAMES, words)

MAX_PLACE_NAME = 7
_QUANTIFIERS = tuple(words("quantifiers"))
MAX_WALK = 11        # how far left a name is looked for before the verbs in front are cut off
_PLACE_SUFS = Words(PLACE_SUFFIXES)
_ORG_SUFS = Words(ORG_SUFFIXES)
_COREFS = Words(COREF)
_PROGRAMMES = Words(words("programmes"))
_GENERIC_PLACES = Words(GENERIC_PLACES)
# support words end no name before a village: 联点大坪村, 联点村东沟村 (not 点大坪村, 村东沟村)
_STOPS = Words(STOP_WORDS + words("support_verbs") + words("support_points"))
_ORG_OPENINGS = tuple(words("org_openings"))     # "国网X县供电公司": the short name opens the unit
OFFICE_VERBS = set("任")      # "张某任X村第一书记": after a name, the verb; elsewhere a surname (任家村)
_UNIT_PREPOSITIONS = set("向对给为与同跟")
WEAK_STOPS = set("和")      # a conjunction that also occurs inside names (呼和, 伊和)
NAME_STOP_CHARS = set("都那和其同本向也让于当才")   # may be inside a name after its parent (其, 本, 让, 于, 当,
#                                                 才 not first: 也东村, 下加让村, 前于庄村, 阿什当村, 扎才村)
_NOT_FIRST = set("其本让于当才")
NUMERALS = set("一二三四五六七八九十两几多每某")   # function characters that Mongolian names are spelt with (巴彦门都, 那日图)
VILLAGE_SUFFIXES = ("村", "嘎查", "社区", "居委会", "村委会")
CHAIN_JOINERS = ("", "的")
ORGAN_MARK = "\x00"      # key suffix of a village name written without its 村
_VILLAGE_ORGAN = regexes.compile("(?=党总支|党支部|村委会|两委)")


@dataclass
class _Hit:
    """A register name in a sentence, with the divisions it may be."""
    sentence: int
    start: int
    end: int
    surface: str
    ids: tuple[int, ...]
    chosen: int | None = None
    before: "_Hit | None" = field(default=None, repr=False)   # the place printed right before it


def article_places(texts: list[str], home: Iterable[int] = (), people: list[set[int]] | None = None
                   ) -> list[list[Mention]]:
    """Place mentions of each sentence of one article, sorted by start. `home`:
    register ids of the page's home county and its ancestors (weak context).
    `people`: where the names the tagger found in each sentence end."""
    reg = register()
    ends = people or [set() for _ in texts]
    hits = [_register_hits(reg, text, n, after_office_verb(text, e)) for n, (text, e) in enumerate(zip(texts, ends))]
    _link_chains(texts, hits)
    flat = [h for row in hits for h in row]
    _ground(reg, flat, tuple(home))
    _add_short_townships(reg, texts, hits)
    villages = _village_hits(reg, texts, hits, set(home))
    _ground(reg, villages, tuple(home), rounds=1)
    _settle_by_village(reg, villages)
    for text, row, more in zip(texts, hits, _by_sentence(villages, len(texts))):
        row.extend(more)
        row.extend(_bare_ancestors(reg, text, row))
        row.sort(key=lambda h: h.start)
    out = []
    for n, text in enumerate(texts):
        fixed = [_mention(reg, h) for h in hits[n]]
        found = grammar_places(text, fixed, people[n] if people else ())
        out.append(sorted([_aside(text, m) for m in fixed + found], key=lambda m: (m.start, -m.end)))
    return _named_again(texts, out)


def _aside(text: str, m: Mention) -> Mention:
    """A place the article names but does not talk about as the place in focus: a village (or
    township) before a merger, "原燕子岩村并入大石村", "负责原坝芒村片区" (but in "原Y村第一书记"
    原 is of the post: Y村's former first secretary), or a village beside the one in focus."""
    if m.level in ("Village", "Township") and m.kind is None and text[m.start - 1:m.start] == "原" \
            and not text.startswith(_POSTS_AFTER, m.end):
        return replace(m, kind="former")
    if m.level == "Village" and m.kind is None and _NEARBY.search(text, 0, m.start):
        return replace(m, kind="nearby")    # "带动了邻近的前沟村": a village beside the one in focus
    return m


# (but not where the clause opens on it: "在相邻的Y村，…", "与X村相邻的Y村，由…包联": the story moves there)
_NEARBY = regexes.compile("(?<=[^在到村查镇乡区木道社，,。；;：:\\s])(?:邻近|相邻|周边|附近|隔壁)的?$")


def _add_short_townships(reg: Register, texts: list[str], hits: list[list[_Hit]]) -> None:
    """"富平县薛镇", "在薛镇X村": a township of one character before its suffix is too
    common a string to scan the nation for (register.scannable), but within an
    article about its county it is that township."""
    counties = {h.chosen for row in hits for h in row if h.chosen is not None and reg.level(h.chosen) == "County"}
    short = {reg.names[t]: t for c in counties for t in reg.children(c)
             if reg.level(t) == "Township" and len(reg.names[t]) == 2 and reg.names[t][1] in "镇乡"}
    for n, (text, row) in enumerate(zip(texts, hits)):
        for name, t in short.items():
            for m in re.finditer(name, text):
                if not any(h.start < m.end() and m.start() < h.end for h in row) and not common(name) \
                        and not (m.start() and common(text[m.start() - 1:m.start() + 1])):     # (城乡镇)
                    row.append(_Hit(n, m.start(), m.end(), name, (t,), chosen=t))
        row.sort(key=lambda h: h.start)


def _named_again(texts: list[str], places: list[list[Mention]]) -> list[list[Mention]]:
    """A place found once (often in a chain, "X苏木哈布其勒嘎查") is the same place where
    the article names it again on its own, where the suffix grammar alone would cut
    its name (其 ends names elsewhere) or, for a group (Y村平卯屯), not take it at all."""
    known = {m.surface: m for row in places for m in row if m.kind != "coref" and
             (m.level in ("Village", "Township", "Group") and len(m.surface) >= 3)}
    if not known:
        return places
    known = {k: m for k, m in known.items() if _without_leading_words(m, known) is m}
    out = []
    for text, row in zip(texts, places):
        row = [_without_leading_words(o, known) for o in row]
        for surface, m in known.items():
            for hit in re.finditer(re.escape(surface), text):
                row = [_after(o, hit.start(), hit.end(), text) for o in row]
                inside = [o for o in row if o.start < hit.end() and hit.start() < o.end]
                if all(o.start >= hit.start() and o.end <= hit.end() and o.end - o.start < len(surface)
                       and o.kind != "coref" for o in inside):
                    row = [o for o in row if o not in inside] + [replace(m, start=hit.start(), end=hit.end())]
        out.append(sorted(row, key=lambda m: (m.start, -m.end)))
    return out


def _after(o: Mention, start: int, end: int, text: str) -> Mention:
    """"驻泽当镇德吉康桑社区": a name the suffix grammar began inside a place the article
    names again ends there; what follows it is the name ("德吉康桑社区")."""
    if o.kind is None and o.division is None and start < o.start < end < o.end and o.end - end >= 3 and " " not in o.surface:
        return replace(o, surface=text[end:o.end], start=end, canonical=None)
    return o


def _without_leading_words(m: Mention, known: dict[str, Mention]) -> Mention:
    """Words before a place the article names again are no part of its name: "还要回Y村"."""
    k = next((k for k in known if len(k) < len(m.surface) and m.surface.endswith(k)
              and _leading_words(m.surface[:-len(k)], k)), None)
    if k is None or m.kind == "coref":
        return m
    return replace(known[k], start=m.end - len(k), end=m.end)


def _leading_words(prefix: str, name: str) -> bool:
    """Common words ending in going or coming ("还要回"), or a verb or preposition of one character
    ("镇辖柳溪湾村", "来枣木峁村") before a name long enough (three characters before its level word)
    not to be the tail of a longer one (向家台村 is a name; 查干布拉格嘎查 too)."""
    if len(prefix) == 1:
        return tags().get(prefix, "")[:1] in ("v", "p") and len(name) - len(_suffix_of(name)) >= 3
    return prefix[-1] in _GOING | _COMING and _common_words(prefix)


def _common_words(s: str) -> bool:
    i = 0
    while i < len(s):
        w = next((s[i:i + n] for n in (2, 1) if common(s[i:i + n])), None)
        if w is None:
            return False
        i += len(w)
    return True


def page_home(text: str) -> tuple[int, ...]:
    """Register ids of the county a page names most (else its city), and of the
    places above it: the weak context for names the articles leave open."""
    reg = register()
    counts: dict[str, Counter] = {"County": Counter(), "City": Counter()}
    for start, end, ids in reg.scan(text):
        level = reg.levels[ids[0]]
        if len(ids) == 1 and level in counts and text[start:end][-1] in "市县区旗州盟":
            counts[level][ids[0]] += 1
    for level in ("County", "City"):
        if counts[level]:
            top = counts[level].most_common(1)[0][0]
            return (top, *reg.ancestors(top))
    return ()


# ---------------------------------------------------------------- register names

def _register_hits(reg: Register, text: str, n: int, after_verb: set[int] = frozenset()) -> list[_Hit]:
    """`after_verb`: where a name may begin after a person and 任 ("张某任县…": no 任县)."""
    found = []
    for start, end, ids in reg.scan(text):
        surface = text[start:end]
        if start + 1 not in after_verb and _acceptable(reg, text, start, end, surface, ids):
            found.append(_Hit(n, start, end, surface, ids))
    return _longest([h for h in found if not _township_tail(reg, text, h, found)])


def _township_tail(reg: Register, text: str, hit: _Hit, hits: list[_Hit]) -> bool:
    """"寿阳县白马河乡", "阿拉善右旗额肯呼都格镇": a township the register knows elsewhere (马河乡,
    都格镇), one to three characters after a county that is none of its parents, is the tail of that
    county's township."""
    if not all(reg.level(i) == "Township" for i in hit.ids):
        return False
    county = next((h for h in hits if hit.start - 3 <= h.end < hit.start and all(reg.level(i) == "County" for i in h.ids)
                   and all(is_name_char(c) and c not in STOP_CHARS and c not in "省市州盟县旗区" for c in text[h.end:hit.start])),
                  None)     # (not "昌吉州奇台县老奇台镇": 吉州, then the county 奇台县)
    return county is not None and not any(reg.parents[i] in county.ids for i in hit.ids)


def _acceptable(reg: Register, text: str, start: int, end: int, surface: str, ids) -> bool:
    word = _STOPS.ending(text, start + 1)
    if start > 0 and word and len(word) > 1 or _CLAUSE_OFFICE_VERB.match(text, start):
        return False        # "时任县财政局", "，任县委常委": 任 is the verb, so this is no 任县
    if surface[0] == "代" and text[end:end + 1] == "长" and text[start - 1:start] in ("、", "，", ",", ""):
        return False        # "县委副书记、代县长张某": the acting county head, no 代县 (whose head is 代县县长)
    full = any(reg.names[i] == surface for i in ids)
    if full and all(reg.level(i) == "Township" for i in ids):
        nxt = text[end:end + 1]      # "东方红乡村": a word; "展旦召苏木长胜村", "X苏木长张某": the place
        word = nxt and nxt != "长" and nxt in NOT_SUFFIX_BEFORE.get(_suffix_of(surface), "")
        if word and _VILLAGE_AFTER.match(text, end):
            word = False        # "X乡下营村": not 乡下, the township and then its village
        return not word and \
            not (start > 0 and _inside_word(text, start, surface))
    if full and start > 0 and text[start - 1] in _BEFORE_A_VERB and freq().get(surface[:2], 0) >= 500:
        return False        # "县农业农村局要会同县委组织部…", "组织部会同县…": 会同 (together with), no 会同县
    if not full:
        if surface[0] == "全" and len(surface) == 2:
            return False            # "全州所有脱贫村": the whole prefecture, no 全州县
        if _PLACE_SUFS.at(text, end) in _NAMING_SUFFIXES or \
                is_name_char(text[end:end + 1] or "。") and _PLACE_SUFS.at(text, end + 1) in ("村", "嘎查") \
                and not freq().get(text[end:end + 2]) and text[end] not in _GOING | set("包联"):
            return False            # "红旗社区", "红旗堡村": the short form of 红旗区 is this name's body
            #                         (not "通道县驻村办": going to the villages)
        last = surface[-1]
        if last in NOT_SUFFIX_BEFORE and text[end:end + 1] and text[end] in NOT_SUFFIX_BEFORE[last]:
            return False            # "呼市场"
        if surface[-1] not in "省市县区旗州盟乡镇" and not _bare_ok(reg, text, start, end, ids):
            return False
    if full and len(surface) == 2 and start > 0 and is_name_char(text[start - 1]) and \
            text[start - 1] not in STOP_CHARS and not text.endswith(_ORG_OPENINGS, 0, start) and \
            not (start >= 2 and common(text[start - 2:start], VERB_TAGS) and surface[0] not in "和与及"):
        return False        # "白云县" is no 云县: a one-character name needs a boundary before it (国网威县…,
        #                     or a verb: "走进泾县")
    if full and len(surface) == 2 and surface[0] in "和与" and text[start - 1:start] in _PRONOUNS:
        return False        # "他和县发改委的干部": he and the county's units, no 和县
    return not (start > 0 and _inside_word(text, start, surface))


_BEFORE_A_VERB = set("要将需应部局办委")     # a modal, or a unit that does something ("组织部会同…")
_INSIDE_VILLAGE = set("内里小道情")       # 村内, 村里, 村小, 村道, 村情
_NAMING_SUFFIXES = {"社区", "村", "嘎查", "镇", "乡", "苏木", "街道"}
_VILLAGE_AFTER = regexes.compile("[^村镇\\W\\d][\u4e00-\u9fff]{0,2}(?:村|嘎查|社区)(?![委民])")


def _suffix_of(name: str) -> str:
    return next((s for s in sorted(PLACE_SUFFIXES, key=len, reverse=True) if name.endswith(s)), "")


_TOWNSHIP_ENDS = ("镇", "乡", "苏木", "街道")
_ORDINAL_OPENING = regexes.compile("[头一二三四五六七八九十]{1,2}[道里](?![的了])")    # 二道岭子村, 十里铺村: no numeral to strip
_TOUR_ORDINAL = "(?:第[一二三四五六七八九十]{1,2}|首|下一|最后一)"      # 第一站, 首站: which stop of a tour
_STOP_OF_A_TOUR = regexes.compile(_TOUR_ORDINAL + "站")
_STOP_OF_A_TOUR_BEFORE = regexes.compile(_TOUR_ORDINAL + "$")
_WORDS_ENDING_SO = ("家乡", "故乡", "城乡", "下乡", "返乡", "回乡", "老乡", "乡镇", "城镇", "村镇", "集镇", "重镇", "小镇", "古镇")


def _bare_ok(reg: Register, text: str, start: int, end: int, ids) -> bool:
    """A name without its level suffix (山东, 大庆): a province always; a city when
    it has three characters or more (六盘水), or opens a chain or a unit name."""
    levels = {reg.levels[i] for i in ids}
    if text.endswith(_TOWNSHIP_ENDS, 0, start) and not text.endswith(_WORDS_ENDING_SO, 0, start) and \
            not text.startswith(("省", "市", "县"), end):
        return False        # "Y苏木吉林宝力格嘎查": no province follows a township; a village's name opens with it
    if "Province" in levels or end - start >= 3:
        return True
    nxt = text[end:end + 6]
    return any(nxt.startswith(s) for s in ("市", "县", "区", "旗")) or bool(reg.scan(nxt[:4]) and
                                                                    reg.scan(nxt[:4])[0][0] == 0)


def _inside_word(text: str, start: int, surface: str) -> bool:
    """"东方红村" is no 东方 (a city in Hainan): a short form glued to a common word on its left."""
    if len(surface) > 2 or surface[-1] in "省市县区旗州盟乡镇":
        return False
    return any(common(text[start - k:start + 1]) for k in (1, 2) if start - k >= 0)


def _longest(hits: list[_Hit]) -> list[_Hit]:
    """Overlapping names: the longest wins, then the earliest."""
    out: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not any(o.start < h.end and h.start < o.end for o in out):
            out.append(h)
    return sorted(out, key=lambda h: h.start)


def _link_chains(texts: list[str], hits: list[list[_Hit]]) -> None:
    for n, row in enumerate(hits):
        for a, b in zip(row, row[1:]):
            if texts[n][a.end:b.start] in CHAIN_JOINERS:
                b.before = a


# ---------------------------------------------------------------- grounding

def _ground(reg: Register, hits: list[_Hit], home: tuple[int, ...], rounds: int = 3) -> None:
    """Choose each hit's division from its context; leave it open when the context can't tell."""
    for _ in range(rounds):
        known = {h.chosen for h in hits if h.chosen is not None}
        context = known | {a for k in known for a in reg.ancestors(k)}
        changed = False
        for h in hits:
            if h.chosen is None:
                h.chosen = _choose(reg, h, context, known, home)
                changed |= h.chosen is not None
        if not changed:
            return


def _choose(reg: Register, h: _Hit, context: set[int], known: set[int], home: tuple[int, ...]) -> int | None:
    if len(h.ids) == 1 and (reg.level(h.ids[0]) in ("Province", "City", "County") or
                            reg.level(h.ids[0]) == "Township" and reg.names[h.ids[0]] == h.surface):
        return h.ids[0]     # (a township whose full name is the nation's only one: 绍根镇 places 阿旗)
    scored = [(_score(reg, c, h, context, known, home), c) for c in h.ids]
    best = max((s for s, _ in scored), default=0)
    winners = [c for s, c in scored if s == best]
    return winners[0] if best and len(winners) == 1 else None


def _score(reg: Register, c: int, h: _Hit, context: set[int], known: set[int], home: tuple[int, ...]) -> float:
    """How strongly the article says a name is division c: its parent printed right
    before it; the nearest place the article names that contains it (or that it
    contains), the closer the stronger; else the page's home county, city, province."""
    ups = reg.ancestors(c)
    if h.before is not None and h.before.chosen in ups:
        return 10
    named = [k for k, up in enumerate(ups) if up in context]
    if any(c in reg.ancestors(k) for k in known):
        named.append(0)
    if named:
        return 8 - min(named)
    for rank, place in enumerate(home):
        if place == c or place in ups:
            return 4 - rank
    return 0


# ---------------------------------------------------------------- villages

def _village_hits(reg: Register, texts: list[str], hits: list[list[_Hit]], home: set[int]) -> list[_Hit]:
    """Villages of the townships and counties the article names (or the page's home
    county), found where a village suffix ends a name."""
    chosen = {h.chosen for row in hits for h in row if h.chosen is not None}
    # an open township name may still be settled by a village of its own printed after it
    chosen |= {i for row in hits for h in row if h.chosen is None for i in h.ids if reg.level(i) == "Township"}
    townships: set[int] = set()
    for c in chosen | home:
        if reg.level(c) == "Township":
            townships.add(c)
        elif reg.level(c) == "County":
            townships.update(reg.children(c))
    names: dict[str, list[int]] = {}
    for t in townships:
        for name, vid in reg.villages(t).items():
            names.setdefault(name, []).append(vid)
    if not names:
        return []
    for name in list(names):       # "东方红党总支": a village named without its 村, before its organ
        if name.endswith("村") and len(name) >= 4:
            names.setdefault(name[:-1] + ORGAN_MARK, names[name])
        if name.endswith("嘎查村"):    # the register's 巴音哈拉嘎查村 is printed 巴音哈拉嘎查
            names.setdefault(name[:-1], names[name])
    longest = max(map(len, names))
    found = []
    for n, text in enumerate(texts):
        taken = [(h.start, h.end) for h in hits[n]]
        organ_ends = [m.start() for m in _VILLAGE_ORGAN.finditer(text)]
        for end in _suffix_ends(text, VILLAGE_SUFFIXES) + organ_ends:
            for start in range(max(0, end - longest), end - 1):
                surface = text[start:end]
                key = surface if end not in organ_ends or surface in names else surface + ORGAN_MARK
                if key in names and not any(s < end and start < e for s, e in taken) and \
                        not _tail_of_a_longer_name(text, start, end) and not _head_of_a_longer_name(text, end) \
                        and not (end - start == 2 and text[start] in _JOINING) \
                        and not (end - start == 2 and start > 0 and _inside_word(text, start, surface)) \
                        and not (surface in _VILLAGE_SUPPORT_WORDS and text.startswith(_SUPPORT_ROLES, end)):
                    # (其余村: no 余村; "联村单位": the units that link villages, though a county has a 联村)
                    surface = key.replace(ORGAN_MARK, "")
                    hit = _Hit(n, start, end, surface, tuple(sorted(names[key])))
                    prev = [h for h in hits[n] if h.end == start or
                            (h.end < start and text[h.end:start] in CHAIN_JOINERS)]
                    hit.before = prev[-1] if prev else None
                    found.append(hit)
                    taken.append((start, end))
                    break
    return found


def _tail_of_a_longer_name(text: str, start: int, end: int) -> bool:
    """"白云镇民东安村": right after a town's suffix, a few name characters and then a
    village name the register knows are one longer name (民东安村), not the known one;
    so is a village of one character after two name characters (派驻竹山下村: no 下村), and one
    after four characters with no verb or function word among them (托扎敏乡乌鲁斯格猎民村: a transliterated name, no 猎民村)."""
    if _PLACE_SUFS.ending(text, start):
        return False                      # 保寿镇红旗村: the village follows its town
    if text[start - 1:start] == "和" and any(_PLACE_SUFS.ending(text, start - j) and
                                            all(is_name_char(c) and c not in STOP_CHARS for c in text[start - j:start - 1])
                                            for j in (2, 3)):
        return True     # "X苏木额和宝力格图嘎查": 和 inside a name (额和), no "and" after a place (none ends at 额)
    wordless = start >= 4 and not any(common(text[i:i + 2]) for i in range(start - 4, start - 1))
    for k in (1, 2, 3, 4) if wordless else (1, 2, 3):
        c = text[start - k] if start - k >= 0 else ""
        if not c or not is_name_char(c) or c in STOP_CHARS:
            return k == 2 and text[start - 1] in _NAME_OPENERS or k == 3 and end - start == 2
        if _PLACE_SUFS.ending(text, start - k):
            return True
    return False


def _head_of_a_longer_name(text: str, end: int) -> bool:
    """"南村坪村": a village the register knows, then one name character and 村, opens a
    longer name (not "南村村委会", "南村和北村", "南村整村脱贫")."""
    return text[end + 1:end + 2] == "村" and is_name_char(text[end:end + 1] or "。") and \
        text[end] not in STOP_CHARS and text[end] != "村" and not common(text[end], LEADING_TAGS | {"a"})


_NAME_OPENERS = set("东西南北前后中上下大小")     # what opens many village names (东王庄, 下堡)
_NUMERALS_AND_OPENERS = _NAME_OPENERS | set("一二三四五六七八九十双")


def _settle_by_village(reg: Register, villages: list[_Hit]) -> None:
    """"恩格贝镇黄母哈日村": a township with namesakes and the village after it that
    only one of them has settle each other."""
    for v in villages:
        town = v.before
        if v.chosen is not None or town is None or town.chosen is not None:
            continue
        pairs = [(t, c) for c in v.ids for t in town.ids if reg.division(c).parent == t]
        if len(pairs) == 1:
            town.chosen, v.chosen = pairs[0]


def _bare_ancestors(reg: Register, text: str, row: list[_Hit]) -> list[_Hit]:
    """"蒲江鞍山村": a county or city written without its suffix right before a place
    it contains. A bare county name is no form of its own (too many are ordinary
    words), but right before one of its own villages or townships it is the county."""
    found = []
    for h in row:
        for a in reg.ancestors(h.chosen) if h.chosen is not None else ():
            name = reg.names[a]
            bare = name[:-1] if name[-1] in "县市区旗" and len(name) >= 3 else ""
            start = h.start - len(bare)
            if bare and start >= 0 and text[start:h.start] == bare and reg.level(a) in ("County", "City") \
                    and not any(o.start < h.start and start < o.end for o in row + found):
                found.append(_Hit(h.sentence, start, h.start, bare, (a,), chosen=a))
                break
    return found


def _suffix_ends(text: str, suffixes: tuple[str, ...]) -> list[int]:
    ends = []
    for s in suffixes:
        i = text.find(s)
        while i >= 0:
            ends.append(i + len(s))
            i = text.find(s, i + 1)
    return sorted(set(ends))


def _by_sentence(hits: list[_Hit], n: int) -> list[list[_Hit]]:
    rows: list[list[_Hit]] = [[] for _ in range(n)]
    for h in hits:
        rows[h.sentence].append(h)
    return rows


def _mention(reg: Register, h: _Hit) -> Mention:
    if h.chosen is not None:
        d = reg.division(h.chosen)
        return Mention(PLACE, h.surface, h.start, h.end, level=d.level, division=d.id,
                       canonical=_canonical(h.surface, d.name))
    names = {reg.division(i).name for i in h.ids}
    levels = sorted({reg.division(i).level for i in h.ids}, key=RANK.get)
    return Mention(PLACE, h.surface, h.start, h.end, level=levels[0],
                   canonical=_canonical(h.surface, names.pop()) if len(names) == 1 else None)


def unit_county_name(division: int | None, name: str) -> str:
    """The name a unit takes from its county: an autonomous county in full (门源县农业农村局,
    县财政局 in 门源县 -> 门源回族自治县…), though the place itself keeps the short name
    people call it by (_canonical)."""
    official = register().names[division] if division is not None else ""
    return official if official.endswith("自治县") else name


def _canonical(surface: str, official: str) -> str:
    """The official name, except for an autonomous county called by its short name
    (围场县 for 围场满族蒙古族自治县), a 嘎查 the register calls 嘎查村 and a 乡 made a 镇:
    those are the names people use, not abbreviations."""
    if official.endswith("自治县") and surface.endswith("县") and len(surface) >= 3:
        return surface
    if official == surface + "村" and surface.endswith(("嘎查", "社区")):
        return surface      # the register's 嘎查村 (its committee's name) is the 嘎查 people name
    if official.endswith("乡") and surface == official[:-1] + "镇":
        return surface      # a 乡 made a 镇: its name now
    return official


# ---------------------------------------------------------------- the suffix grammar

_ELEMENTS = Words(NAME_ELEMENTS)


def _inside_elements(text: str, start: int, end: int) -> frozenset[int]:
    """Positions inside a word of a Mongolian or Tibetan name ("额尔登|高勒嘎查": the
    登高 there is no verb)."""
    return frozenset(k for i, w in _ELEMENTS.starts(text[start:end]).items() for k in range(start + i + 1, start + i + len(w)))


def grammar_places(text: str, fixed: list[Mention] = (), people: Iterable[int] = ()) -> list[Mention]:
    """Places the register does not know, found by their level suffix, and the
    coreference words (该村, 全镇). `fixed`: places already found, which bound them;
    `people`: ends of personal names: the verb of office after one bounds them
    ("张某任X村第一书记"). (Names themselves do not: the tagger takes many a
    Mongolian place name for a person's.)"""
    taken = [(m.start, m.end) for m in fixed] + [(i, i + len(w)) for i, w in _PROGRAMMES.scan(text)]
    corefs = [m for m in _find_corefs(text) if not _overlaps(m.start, m.end, taken) and not _named_whole(text, m, fixed)]
    taken += [(m.start, m.end) for m in corefs]
    suffixes = [s for s in _place_suffixes(text) if not _overlaps(s[0], s[1], taken) and not _inner_村(text, s)]
    ends = {m.end for m in list(fixed) + corefs} | after_office_verb(text, people)
    levels_at_end = {m.end: m.level for m in list(fixed) + corefs}
    coref_ends = {m.end for m in corefs}
    found: list[Mention] = list(corefs)
    for start, end, level in suffixes:
        if levels_at_end.get(start) == level or text[start - 1:start] == "副" and text[end:end + 1] == "长":
            continue        # "柳树村村主任", "东河镇镇长": the level word again starts a title; "副镇长": a title
        if level == "Village" and levels_at_end.get(start) == "Township":
            continue        # "X镇村“两委”换届", "X镇村多面广": the town's villages, no village of its name
        name_start = _after_parent(text, start, levels_at_end, level)
        if name_start is None:
            name_start = _walk_left(text, start, ends, levels_at_end, level, MAX_WALK, _STOPS)
        name_start = _after_unit_and(text, _after_person_and(text, name_start, start, people, ends), start)
        if text[start - 1] == "和" and (start - 1 - name_start >= 2 or freq().get(text[name_start - 1:name_start + 1], 0) >= 100
                                       or tags().get(text[name_start]) == "d") \
                and name_start not in levels_at_end and _COMMITTEES_AFTER.match(text, end):
            name_start = start      # "第一书记储某和村“两委”一道": a name the tagger missed, 和, the village's committees
            #                         ("工作队每月和嘎查“两委”…", "再和村“两委”": a word's end or an adverb, 和, the committees)
        if (cell := _cell_start(text, start)) is not None and cell < name_start and level == "Village" and \
                not any(_STOPS.ending(text, k) for k in range(cell + 2, start + 1)):
            name_start = cell       # "3 牛角寨镇 俄批村 …": a table's cell is the name, whatever stops a walk
        if name_start in levels_at_end and (organ := next((o for o in _ORGANS if text.startswith(o, name_start)), None)) \
                and start - name_start > len(organ):
            levels_at_end[name_start + len(organ)] = levels_at_end[name_start]
            name_start += len(organ)     # "Y村委会番响村民小组": the village's committee, then its group
        if level == "Village" and text[start - 1] == "后" and start - name_start >= 3 and \
                name_start not in levels_at_end and _COMMITTEES_AFTER.match(text, end):
            continue        # "开春后村“两委”和工作队…": after a time, the village's committees, no village 开春后村
        if is_name_char(text[end:end + 1] or "。") and any(
                (title := TITLE_WORDS.ending(text, k)) and (text[k] in _COMMON_SURNAMES or k == start - 1 and
                                                             text[k] in SURNAMES and not title.startswith(_LEVELS))
                for k in range(max(name_start, start - 2), start)):
            continue        # "镇长刘镇华说", "工作队队长崔镇赫": a title, then a name with the level word inside it
            #                 (not "合并村长丰村": a village, then the next one's name)
        if "和" in text[name_start:start] and (text.endswith(_MEMBER_ROLES, 0, name_start) or
                                              _name_after_title(text, name_start, text.index("和", name_start, start))):
            name_start = text.index("和", name_start, start) + 1     # "干部王海和县农业农村局": a name, then 和
        if text[name_start] == "任" and start - name_start >= 3 and \
                (text[name_start - 1:name_start] in "，,；;" or text.endswith(_SEND_VERBS + _OFFICE_ADVERBS, 0, name_start)) \
                and (text.startswith(_POSTS_AFTER, end) or TITLE_WORDS.at(text, end)):
            name_start += 1      # "…来自X大学，任Y村第一书记已两年", "由X局选派任Y村第一书记", "此次任Y村第一书记",
            #                      "分管农业，任Y村包保领导": the verb of office
        prev = levels_at_end.get(name_start) if name_start not in coref_ends else None
        #      ("全镇正推广Y村的做法": after 全镇 or 该镇 comes what it does, not only a name)
        if not (prev and LEVEL_RANK[prev] < LEVEL_RANK[level]) and not _ORDINAL_OPENING.match(text, name_start):
            name_start = cut_after_verbs(text, strip_leading_words(text, name_start, start,
                                                                   protect=PLACE_SUFFIXES), start,
                                         _inside_elements(text, name_start, start))
        elif start - cut_after_verbs(text, name_start, start) < 2 <= start - name_start and \
                not (start - name_start == 3 and (text[name_start] in _NUMERALS_AND_OPENERS or
                                                  tags().get(text[name_start]) in ("n", "ns", "nr"))):
            name_start = start       # after its parent a name is whole, unless a verb leaves nothing of it
            #                          (but a numeral, a direction or a noun before it opens the name: 三合成村,
            #                          德合成村; not an adverb: "X镇共建成村级服务站")
        elif start - name_start >= 4 and common(text[name_start:name_start + 2], {"v"}):
            name_start += 2         # "X镇推广联丰村的经验": a verb, then the village
        if start - name_start >= 4 and text[name_start] in "便就还又也都正" and text[name_start + 1] in "和与同跟":
            name_start += 2      # "便和Y村党支部书记商量": "then, with", and the village
        if start - name_start >= 4 and text[name_start] in "和与同跟" and not freq().get(text[name_start:name_start + 2]) \
                and not _ELEMENTS.at(text, name_start):
            name_start += 1      # "又和西岔沟村党支部书记一起", "条条都和柳树村有关": with, then a village of three or
            #                      more (not 和平村, 同心村, 和硕特嘎查: a word or an element)
        if start - name_start == 2 and text[name_start] == "后" and text[name_start + 1] in "和与同跟" and \
                text[name_start - 1:name_start] in ("村", "镇", "乡", "查"):
            name_start = start       # "驻村后和村党支部书记一道": after coming to the village, with its secretary
        if level == "Village" and text.startswith("苏木", name_start) and start - name_start >= 5 and \
                text[name_start - 1:name_start] in _BEFORE_BARE_SUMU:
            name_start += 2     # "已在苏木额很呼都格嘎查包联3年": the sumu in focus, then its gaqa
        if text[name_start] == "像" and start - name_start >= 3 and text.startswith(("这样", "一样", "那样"), end):
            name_start += 1      # "像Y村这样的村": like the village
        if text[name_start] in "来去" and text[name_start - 1:name_start] in ("我", "他", "她") and start - name_start >= 3:
            name_start += 1      # "学校派我来Y村当第一书记", "派他去Y村": coming or going to the village
        if (tour := _STOP_OF_A_TOUR.match(text, name_start)) and start - tour.end() >= 2:
            name_start = tour.end()      # "首站柳树坪村是…": the stop of a tour, then the village
        elif text[name_start] == "站" and start - name_start >= 3 and _STOP_OF_A_TOUR_BEFORE.search(text, 0, name_start):
            name_start += 1      # "观摩的第一站竹背塅村" (the ordinal itself read as words and cut off)
        if text[name_start] == "原" and (start - name_start >= 2 and level in ("Village", "Township") or
                                         start - name_start >= 3 and text.startswith(_POSTS_AFTER, end)):
            name_start += 1      # "原弄林村第一书记", "由原燕子岩村并入", "以原两村为界": formerly
        kind = text.rfind("村", name_start, start)
        if level == "Village" and kind >= 0 and start - kind > 2 and \
                (kind == name_start or freq().get(text[name_start:kind], 0) >= 100):
            name_start = kind + 1    # "示范村柳沟村", "中心村柳沟村", "合并村长丰村": a kind of village, then its name
        short = level == "County" and start - name_start > 1 and common(text[name_start:start - 1]) \
            and bool(register().named(text[start - 1:end]))
        if short:
            name_start = start - 1      # "…工作安排环县…": a word, then a county of one character (环县, 佳县)
        surface = text[name_start:end]
        if text[name_start - 1:name_start] in _OPEN_QUOTES and text[end:end + 1] in _CLOSE_QUOTES:
            continue        # "有名的“石头村”": a nickname, not a place
        if level == "Village" and len(surface) == 2 and surface[0] in "两几多各诸数每":
            continue        # "X乡两村第一书记完成交接", "多村联建": villages counted, none named
        if surface.endswith("一村") and text.startswith(_SLOGAN_AFTER_一村, end):
            continue        # "一村一品", "坚持一村一策", "一村多格": a slogan of each village, no village 一村
        if level in ("Village", "Township") and (text.endswith(("一个", "是个"), 0, name_start) or
                                                 _KIND_OF.search(text, max(0, name_start - 24), name_start) or
                                                 _kind_described(text, name_start, levels_at_end)):
            ends.add(end)   # (a name may follow: "苏木另一个嘎查Y嘎查")
            continue        # "Y村是一个畲汉杂居村", "是典型的纯牧业苏木": what kind of village, not one more
        if level in ("Village", "Township") and surface.startswith(_RANKS):
            ends.add(end)
            continue        # "Y镇是省级工业强镇", "被评为国家级生态村": a rank and a kind, no place
        if level == "Village" and end - name_start == 3 and common(surface[:2], {"v"}) and \
                (text[end:end + 1] in _VILLAGE_NOUN_ENDS or text.startswith(("全面", "日常"), end)):
            continue        # "筹建村卫生室", "修缮村部": a verb, then the village's own thing; "主持村全面工作"
        if level in ("Village", "Township") and surface[-2:-1] == "回" and common(surface[:-1], VERB_TAGS):
            continue        # "又赶回村部", "送回村委会", "带回镇里": back to the place, no village 赶回村
        if level == "Village" and len(surface) >= 4 and surface[-2:-1] in "留返驻住" and common(surface[:-2], VERB_TAGS):
            continue        # "将继续留村一年", "决定返村": a verb, then staying in or going back to the village (归留村 is one)
        if level not in ("Village", "Township") and surface[-2:-1] == "回" and end - start == 1:
            continue        # "韩某回县水利局工作": back to the county's unit, no county 韩某回县
        if level in ("Village", "Township") and start - name_start == 2 and text[start - 1] == "好" and \
                tags().get(text[name_start], "") in ("v", "vn"):
            continue        # "为了管好嘎查的大事小情", "守好村里的山林": a verb and its result, then the place in focus
        if level == "Township" and surface.endswith("城乡") and common(surface[:-2], VERB_TAGS):
            continue        # "坚持城乡一体", "统筹城乡发展": a verb, then town and country, no township
        if level == "Village" and text[name_start - 1:name_start] in ("他", "她", "我") and \
                tags().get(text[name_start:start], "") == "v":
            continue        # "她发现嘎查不少妇女会刺绣": someone's verb, then the village in focus
        if level == "Village" and end - name_start == 3 and text[name_start] in "前后" and \
                text[start - 1] in _GOING | _COMING and text[name_start - 1:name_start] in _TIME_ENDS:
            continue        # "三年前进村时", "之后到村": a time, then coming to the village, no village 前进村
        if level == "Village" and text[start - 1] in _GOING | _COMING and start - 1 in people and \
                levels_at_end.get(name_start) != "Township":
            continue        # "第一书记张某来村已经两年": a name, then coming to the village (but after its
            #                 township a village's name: "X苏木阿拉坦陶来嘎查")
        if " " in surface and name_start + surface.index(" ") in people:
            continue        # "王某 村党支部书记": a table's cells, a name and a post, no village 某村
        listed = text[name_start - 1:name_start] in ("、", "和", "及") and levels_at_end.get(name_start - 1) == "Village"
        before = len(surface) - 2 - (surface[-3:-2] in _ADVERBS_BEFORE_SUPPORT)     # ("X局也联村帮扶Y村",
        before -= 2 * surface.endswith("机关", 0, before)                            # "X政协机关联村帮扶")
        if surface.endswith(_VILLAGE_SUPPORT_WORDS) and not listed and (common(surface[:-2], VERB_TAGS) or
                                                         surface[:-2] in _LEVEL_WORDS or
                                                         _ORG_SUFS.ending(surface, before) or
                                                         surface.endswith("包村") and not name_word(surface[-3:-1])
                                                         and not _after_its_township(surface, name_start, levels_at_end)):
            continue        # "与Y村建立联村帮扶关系", "X局联村帮扶Y村", "副镇长刘某包村Y村": a word of support,
            #               not the end of a name (三联村 is a village, and so is 乌兰敖包村: 包 ends the noun 敖包;
            #               and so is a list's next village, "石笋村和寨包村", and one after its township, "X乡白脑包村";
            #               a level, then the word: "镇联村干部", "县包村领导", the level's cadres who link villages)
        if _LEVEL_LIST.match(text, end) or text[end:end + 1] == "级" or text.startswith(("村级", "（村）级"), end):
            continue        # "构建镇、村、组三级网格": the levels listed; "嘎查达兼嘎查级网格长", "划分嘎查村级网格":
            #               a level, not a place
        if level == "Village" and text.startswith(("（社区）", "(社区)"), end):
            continue        # "结合村（社区）人口变化": every village (or community), not one
        if level == "Village" and text[end - 1] == "村" and text[end:end + 1] in _INSIDE_VILLAGE and \
                end - start == 1 and (common(text[name_start:start], VERB_TAGS) or start - name_start == 2 and text[start - 1] == "化")\
                and name_start not in levels_at_end:
            continue        # "硬化村内道路", "得知村小学缺老师": a verb (or making so, -化), then the village's roads or school
        before = levels_at_end.get(name_start)
        if level == "Group" and before is None and text[name_start - 1:name_start] in ("、", "和") and \
                levels_at_end.get(name_start - 1) == "Group":
            before = "Village"      # "Y村上寨组、下寨组": the next group of the same village
        if start - name_start <= MAX_PLACE_NAME and (short or _is_place(surface, end - start, level, before)
                                                     or level == "Group" and before is None and _bare_group(text, name_start, end)):
            found.append(Mention(PLACE, surface, name_start, end, level=level,
                                 canonical=surface.replace(" ", "") if " " in surface else None))
            levels_at_end[end] = level
            ends.add(end)
    return sorted(found, key=lambda m: m.start)


def _bare_group(text: str, name_start: int, end: int) -> bool:
    """"前湾组组长张某": a village's group named on its own before its head's title, where a clause
    opens, its name no word of the lexicon nor made of one (not 工作组, 领导小组, 督导组, 河边组; not
    "村委会上登小组组长", whose name the walk cut)."""
    body = text[name_start:end - 1]
    opens = name_start == 0 or text[name_start - 1] == "的" or not is_name_char(text[name_start - 1])
    return opens and text.startswith(("组长", "小组长"), end) and 2 <= len(body) <= 3 and body[-1] != "小" and \
        not any(freq().get(body[i:j]) for i in range(len(body) - 1) for j in range(i + 2, len(body) + 1))


def _cell_start(text: str, start: int) -> int | None:
    """Where a short cell of a table row (a space before it) begins, if a name ends at `start`."""
    if text.count(" ") + text.count("\t") < 2 or re.search("[，,。；;]", text):
        return None     # (a row of cells, not a sentence with an OCR space: "东八号 乡Y村，…")
    j = start
    while j > 0 and start - j < 4 and is_name_char(text[j - 1]):
        j -= 1
    return j if 0 < j < start and text[j - 1] in " \t" else None


def _inner_村(text: str, suffix: tuple[int, int, str]) -> bool:
    """"王村铺村", "李村沟村": a 村 one character before another is inside a village's name, and so is
    a 村 right before 社区
    (but not before 乡村, 农村 or 原村: "驻Y村乡村振兴工作队", "Y村农村工作指导员", "Y村原村党支部书记")."""
    start, end, _ = suffix
    if text[start:end] == "村" and text.startswith("社区", end):
        return True     # "淮河新村社区": a community named after a 新村
    return text[start:end] == "村" and text[end + 1:end + 2] == "村" and is_name_char(text[end:end + 1] or "。") \
        and text[end] not in STOP_CHARS | _GOING | _COMING | set("包联全邻外有乡农原") \
        and text[end + 2:end + 3] not in set("组社队屯")      # ("Y村下村组": the village, then its group)


def _after_person_and(text: str, name_start: int, start: int, people: Iterable[int], place_ends: set[int]) -> int:
    """"第一书记朴某和村“两委”一起", "她和Y村党支部书记": a person, then 和, is no part of
    a place name (but a "person" the tagger runs on from a place, "X苏木呼|和温都尔嘎查", is none)."""
    for j in range(start - 1, name_start - 1, -1):
        if text[j] in "和与同" and (j in people and j - 1 not in place_ends or text[j - 1:j] in _PRONOUNS or
                                   any(text.endswith(w, 0, j) and (j - len(w) in people or
                                                                   text[j - len(w) - 1:j - len(w)] in _PRONOUNS)
                                       for w in _ADVERBS)):
            return j + 1        # "郝某就和Y村…", "郝某已经和村“两委”…", "他都和Y村…"
    return name_start


def _after_unit_and(text: str, name_start: int, start: int) -> int:
    """"X市民宗委和Y县民宗局": a unit, then 和, is no part of a place name."""
    for j in range(start - 1, name_start, -1):
        if text[j] in "和与及" and _ORG_SUFS.ending(text, j):
            return j + 1
    return name_start


_ADVERBS = ("就", "也", "还", "都", "又", "已经")
_COMMITTEES_AFTER = regexes.compile("[“\"]?两委|党支部|党总支|干部|班子")


_MEMBER_ROLES = tuple(words("member_roles"))
_TITLES = tuple(words("titles"))
TITLE_WORDS = Words(_TITLES)     # (one automaton over the titles, shared with mentions and facts)
_LEVELS = tuple(w for w, level in PLACE_SUFFIXES.items() if level in ("Village", "Township"))
_VILLAGE_NOUN_ENDS = set("部级务集卫容貌情规")     # 村部, 村级, 村务, 村集体, 村卫生室, 村容, 村情 …
_COMMON_SURNAMES = set(words("common_surnames"))


def _name_after_title(text: str, start: int, end: int) -> bool:
    """"第一书记王强和县X局派驻的队员": a title, then a name of a common surname, then 和."""
    return text.endswith(_TITLES, 0, start) and 2 <= end - start <= 3 and text[start] in _COMMON_SURNAMES


_UNIT_WORDS = ("局", "厅", "公司", "委员会")
_LEVEL_WORDS = ("省", "市", "州", "盟", "县", "区", "旗", "镇", "乡", "苏木")
_VILLAGE_SUPPORT_WORDS = tuple(w for w in words("support_verbs") if len(w) == 2 and w.endswith("村"))    # 联村, 包村
_SLOGAN_AFTER_一村 = ("一品", "一策", "一业", "一景", "一特", "一档", "一格", "多格", "一员")
_SUPPORT_ROLES = ("单位", "干部", "领导", "部门", "工作")
_ADVERBS_BEFORE_SUPPORT = set("也都还又亦均")
_LEVEL_LIST = regexes.compile("、(?:嘎查村|村|组|嘎查|社区|镇|乡|县|旗|苏木|街道)(?:[（(](?:村|社区|嘎查)[）)])?(?:[、和及]|[两三四五]级)")
_RANKS = ("国家级", "省级", "自治区级", "市级", "州级", "盟级", "县级", "旗级", "全国", "全省", "全区", "全市")
_KIND_OF = regexes.compile("是(?:一个|一座)?(?:以[^，,。；;：:\n]{1,12}为主)?[^，,。；;：:\n]{0,5}的$")     # (and "是一个以X为主的")
_KIND_OF_DESCRIBED = regexes.compile("是[^，,。；;：:\n]{0,5}的([^，,。；;：:\n的]{1,6})$")


def _kind_described(text: str, name_start: int, levels_at_end: dict[int, str]) -> bool:
    """"是典型的瑶族聚居山区镇": what kind of town, described, not a town's name (but "是X县的东河镇":
    a place between 的 and the name is the name's parent)."""
    m = _KIND_OF_DESCRIBED.search(text, max(0, name_start - 14), name_start)
    return bool(m) and not any(m.start(1) < e <= name_start for e in levels_at_end)


_ORGANS = ("委会", "村委会", "居委会", "党支部", "党总支")     # (委会: "Y村委会", the 村 shared with the name)
_OPEN_QUOTES, _CLOSE_QUOTES = set("“‘「『\""), set("”’」』\"")
_OFFICE_ADVERBS = ("此次", "这次", "再次", "曾", "又", "还", "并", "将", "即", "同时", "先后", "后来", "正式")
_POSTS_AFTER = ("第一书记", "驻村第一书记", "党支部", "党总支", "党委", "村委会", "书记", "主任", "支书")
_PRONOUN = regexes.compile("[他她]")
_PRONOUNS = set("他她们")     # (们: 我们, 他们)


def after_office_verb(text: str, person_ends: Iterable[int]) -> set[int]:
    """Where a name may begin after a person and the verb of office ("张某任X村…",
    "张某同志任X局…", "她任X局…")."""
    out: set[int] = set()
    if not any(v in text for v in OFFICE_VERBS):
        return out
    for e in set(person_ends) | {m.end() for m in _PRONOUN.finditer(text)}:
        k = e + 2 if text.startswith("同志", e) else e
        if text[k:k + 1] in OFFICE_VERBS:
            out.add(k + 1)
    out.update(m.end() for m in _CLAUSE_OFFICE_VERB.finditer(text))
    out.update(m.end() for m in DATED_OFFICE_VERB.finditer(text))
    out.update(m.end() for m in _SPACED_NAME_OFFICE.finditer(text) if m.group()[0] in SURNAMES)
    return out


# "干部高 志 远任Y村第一书记": a name spaced out by the typesetter, then the verb of office
_SPACED_NAME_OFFICE = regexes.compile("(?<! )[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2}任")


# "…到荔波挂职，任县委常委": opening a clause, before a post of the county in focus, the verb (not 任县)
_CLAUSE_OFFICE_VERB = regexes.compile("(?<=[，,；;])任(?=[县旗市区乡镇村][委长])")
# "2018年至2021年任Y村第一书记": after a date, the verb (not a place 任Y村)
DATED_OFFICE_VERB = regexes.compile("(?<=\\d[年月])任(?!命|务)")


LIST_WORDS = "、和及与"


def _after_parent(text: str, start: int, levels_at_end: dict[int, str], level: str) -> int | None:
    """"那日图苏木巴彦门都嘎查": right after its parent, or after a place of its own
    level and a list word ("A嘎查、布日都嘎查"), a name runs from there, even through
    characters that elsewhere end a name (都, 那, 和, 同, 向: 石宝镇同和太村)."""
    parent = max((e for e in levels_at_end if e < start), default=None)
    listed = parent is not None and levels_at_end[parent] == level and text[parent:parent + 1] in LIST_WORDS
    if listed:
        parent += 1         # "乌秀村、也东村": in a list, any character may open a name
    elif parent is None or LEVEL_RANK[levels_at_end[parent]] >= LEVEL_RANK[level]:
        return None
    if start - parent > MAX_PLACE_NAME or parent == start:
        return None
    body = text[parent:start]
    inner_stops = STOP_CHARS - NAME_STOP_CHARS
    if not listed and (set(body) & inner_stops or body[0] in inner_stops | _NOT_FIRST) or \
            body[0] in NUMERALS or body in NAME_STOP_CHARS:
        return None
    if not all(is_name_char(ch) for ch in body) or any(_STOPS.ending(text, j) and len(_STOPS.ending(text, j)) > 1
                                                      for j in range(parent + 2, start + 1)):
        return None
    if any(text[j] in _UNIT_PREPOSITIONS and _ORG_SUFS.ending(text, j) for j in range(parent + 1, start)):
        return None         # "岚县水利局向Y村派驻…": a unit of the county, then a preposition
    return parent


def _after_its_township(surface: str, start: int, levels_at_end: dict[int, str]) -> bool:
    """"卯都乡白脑包村": two characters or more after a township, then 包村, name a village."""
    body = surface[:-2]
    return levels_at_end.get(start) == "Township" and len(body) in (2, 3) and not frequent_inside(body, 100)


def _named_whole(text: str, coref: Mention, fixed: Iterable[Mention]) -> bool:
    """"东河镇腊全村": 全村 one character after its township ends a village's name (腊全村, 双全村),
    not "the whole village"; so does 本嘎查 a few after it ("X苏木伊和塔本嘎查", not "this gaqa")."""
    most = 1 if coref.surface.startswith("全") else 3 if coref.surface.startswith("本") else 0
    ch = text[coref.start - 1:coref.start]      # (after a verb or a preposition it is a pronoun: 在本村, 是本嘎查)
    return bool(ch) and is_name_char(ch) and not common(ch, VERB_TAGS) and ch not in LEADING_CHARS and \
        any(LEVEL_RANK[f.level] < LEVEL_RANK[coref.level] and 1 <= coref.start - f.end <= most and
            all(is_name_char(c) for c in text[f.end:coref.start]) for f in fixed)


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)


def _find_corefs(text: str) -> list[Mention]:
    found = [Mention(PLACE, w, i, i + len(w), level=COREF[w], kind="coref") for i, w in _COREFS.scan(text)
             if not _continues_place(text, i + len(w))]
    starts = {c.start for c in found}
    for m in (*filter(None, [_BARE_SUBJECT.match(text)]), *_BARE_OWNER.finditer(text)):
        if m.start(1) not in starts:
            found.append(Mention(PLACE, m.group(1), m.start(1), m.end(1), level=COREF["该" + m.group(1)], kind="coref",
                                 canonical="该" + m.group(1)))
    return sorted(found, key=lambda c: c.start)


# "社区还与X局开展结对共建": a sentence that opens with a bare level word and an adverb or 与
# is about the place of that level in focus
_BARE_SUBJECT = regexes.compile("(社区|嘎查|村)(?=还|也|与[^，,。；;]{2,20}?(?:结对|共建|联建))")
# "在她之前，嘎查的第一书记是…": a clause that opens with a bare level word and its first secretary
# is about the place in focus
_BARE_OWNER = regexes.compile("(?:^|(?<=[，,；;]))(社区|嘎查|村)(?=的(?:驻村)?第一书记)")


def _continues_place(text: str, i: int) -> bool:
    """"全村民" is not "全村" + "民"; "村里" inside "X村里面" is fine either way."""
    return i < len(text) and text[i] in "民委级"


def _place_suffixes(text: str) -> list[tuple[int, int, str]]:
    out, taken = [], 0
    for i, suf in sorted(_PLACE_SUFS.starts(text).items()):
        if i >= taken and _suffix_ok(text, i, suf):
            out.append((i, i + len(suf), PLACE_SUFFIXES[suf]))
            taken = i + len(suf)
    return out


# "Y村务监督委员会": the village's name ends in the 村 of 村务 (village affairs)
_SHARED_LEVEL = ("务监督委员会", "务监委")


def _suffix_ok(text: str, i: int, suf: str) -> bool:
    nxt = text[i + len(suf): i + len(suf) + 1]
    if nxt and nxt in NOT_SUFFIX_BEFORE.get(suf, "") and not text.startswith(_SHARED_LEVEL, i + len(suf)):
        return False
    end = i + len(suf)
    if suf == "屯" and text.startswith("村", end) and text[end + 1:end + 2] not in _VILLAGE_WORDS_AFTER_屯:
        return False        # "团结屯村": a village named after its 屯 (but "Y村弄陇屯村民": the 屯's villagers)
    if text.endswith(_WORDS_ENDING_SO, 0, end) and text.startswith(_URBAN_AND_RURAL, end):
        return False        # "X区住房城乡建设和交通局": 城乡 (town and country) in a unit's name
    # "合作社", "供销社": a unit suffix ending here is longer than the place suffix.
    unit = _ORG_SUFS.ending(text, end)
    return not (unit and len(unit) > len(suf))


_URBAN_AND_RURAL = ("建设", "规划", "一体", "融合", "统筹")
_VILLAGE_WORDS_AFTER_屯 = set("民委里内级道")       # 屯村民, 屯村委会, 屯村里: words of the 屯's
_GOING = set("进驻入到回返找")      # (and looking for it: "有事找嘎查")
_JOINING = set("和与同跟及")     # "他和村“两委”…": with the village, though the register has a 和村
_TIME_ENDS = set("年天月周之以日")    # what ends a time before 前 or 后: 三年前, 之后, 以前
_COMING = set("来离")       # after an ordinary word: "专家来嘎查", "网格离嘎查部最远"
_ARRIVING = _COMING | {"进", "向"}      # (and going or giving to it: "客商进村", "医院则向村卫生室捐赠")
_ADVERBS_BEFORE_ARRIVING = _ADVERBS_BEFORE_SUPPORT | set("则再")
_WHEN_COMING = set("会年月")     # ("每年来村", "每月来村", "都会来嘎查")
_MEASURES = set("年月天日个次名位户人批届")
_LENGTHS = ("公里", "千米")      # "修通了12公里通村路": a length, then the road to the villages
_QUANTITY = regexes.compile(f"[{''.join(sorted(NUMERALS))}]+[{''.join(sorted(_MEASURES))}]")
_COUNTED = regexes.compile(f"[{''.join(sorted(NUMERALS))}][名个位]$")      # "4人中唯一一名社区第一书记": one of them, no name


def _village_like_countryside(surface: str, prev_level: str | None) -> bool:
    """"Y镇兴农村", "Y镇莲乡村": a township's village whose name ends in 农 or 乡 (not its office,
    "Y镇农业农村办", nor "Y镇美丽乡村", a common word before 乡村)."""
    return prev_level == "Township" and surface.endswith(("农村", "乡村")) and len(surface) >= 3 \
        and "农业" not in surface and not (len(surface) > 3 and freq().get(surface[:-2], 0) >= 1000)


def _is_place(surface: str, suffix_len: int, level: str, prev_level: str | None) -> bool:
    name_len = len(surface) - suffix_len
    body = surface[:name_len]
    joint = max(body.rfind(c) for c in "和与及")
    if joint >= 2 and frequent_inside(body[len(_ELEMENTS.at(body, 0) or ""):joint]):
        return False        # "专业人员和村两委", "住房和城乡": a conjunction after ordinary words, not a name
        #                     (but "阿拉坦伊和嘎查": a Mongolian element, 阿拉坦, reads as the word 阿拉)
    in_chain = prev_level is not None and LEVEL_RANK[prev_level] < LEVEL_RANK[level]
    if surface in GENERIC_PLACES or surface in COREF or name_len < 1:
        return False
    if any(len(g) > suffix_len and surface.endswith(g) for g in GENERIC_TAILS) and not _village_like_countryside(surface, prev_level):
        return False        # "缺水地区", "全县农村"
    if level == "Village" and ETHNIC.fullmatch(body):
        return False        # "坪溪村是个畲族村": a people's village, a kind and no name
    if level == "Group":        # (a group numbered by one numeral: 联丰村五社, 柳树村三组)
        return in_chain and prev_level == "Village" and (name_len >= 2 or body in "一二三四五六七八九十")
    if level == "Province":
        return False        # the register knows every province: "每亩节省" is no 亩节省
    if level in ("City", "County", "Township") and name_len == 1 and body in "一二两三四五六七八九十几多":
        return False        # "定点帮扶陕西四县": four counties, none named
    if body.rstrip().endswith("中心"):
        return False        # "X县融媒体中心 镇雄发布": a unit's name, then a line's next word
    if level in ("City", "County") and any(w in body for w in _UNIT_WORDS):
        return False        # "X市生态环境局环县分局": a unit, then the county its branch serves
    if level == "County" and surface.endswith("旗") and not in_chain and name_len == 2 and body[0] in _COMMON_SURNAMES:
        return False        # "主任张红旗": a common surname and 红 is a man, not a banner the register lacks
    if level == "Village" and not in_chain and body[-1] in _GOING and not freq().get(body[-2:]):
        return False        # "每月进村培训": going to the village, not a place "月进村" (but 前进村 is one)
    if not in_chain and len(body) >= 2 and body[-1] in "跑去":
        return False        # "以前办事要跑镇里", "看病得去县上": going to the one in focus, no place "要跑镇"
    if not in_chain and len(body) >= 2 and body[-1] == "离":
        return False        # "网格长Z家离嘎查部最近", "最远的浩特离镇卫生院有40公里": how far from it
    if not in_chain and body[-1] in _GOING and len(body) >= 3 and common(body[-3:-1], {"v"}):
        return False        # "轮换回县财政局", "抽调到市里": a verb, then going to the level's place in focus
    if body[-1] in _ARRIVING and len(body) > 2 and (body[-2] in _ADVERBS_BEFORE_ARRIVING or
                                                               max(freq().get(body[-n:-1], 0) for n in (3, 4)) >= 100):
        return False        # "专家来嘎查", "北京企业来旗考察", "一家旅行社来村", "客商进村", "企业也来村", "医院则向村卫生室
        #                     捐赠": coming (or going, giving) to the place in focus, not a
        #                     place "企业来旗"
    if not in_chain and (generic := _GENERIC_PLACES.ending(surface, len(surface))) and len(generic) >= 2 \
            and surface[-len(generic) - 1] in _GOING | _COMING | {"去", "往", "赴"}:
        return False        # "开车去邻村拉水": going to the village next door, no village 车去邻村
    if level == "Village" and not in_chain and body[-1] == "比" and len(body) > 2 and \
            (body[-2] in "得还都也更" or freq().get(body[-3:-1], 0) >= 100):
        return False        # "了解得比村干部还清楚", "我们比村里人还急": a comparison with the village's people
    if not in_chain and body[-1] == "起" and common(body[-2:], VERB_TAGS):
        return False        # "提起社区党委书记", "说起村里的变化": mentioning, not a place "提起社区"
    if level == "Village" and not in_chain and len(body) == 2 and body[0] in "要得光只全" and common(body[1], VERB_TAGS):
        return False        # "开会要靠村干部", "得靠村干部去喊", "光靠村委几个人": a modal or "only", a verb, then the
        #                     village's people
    if not in_chain and len(body) >= 2 and body[-1] == "帮" and body[-2] in _HELPERS and level == "Village":
        return False        # "工作队帮嘎查建起了…", "旗发改委帮村里…": helping the one in focus (but 打帮村)
    if surface.endswith("嘎查") and not in_chain and common(body, {"v"}):
        return False        # "协调修建嘎查砂石路", "解决不了的上报嘎查": a verb, then the gacha in focus (the
        #                     register knows the few gachas with such a name, 前进嘎查)
    if level == "Village" and not in_chain and body[-1] == "任" and freq().get(body[:-1], 0) >= 100:
        return False        # "先后任村委会委员", "后来任村党支部书记": taking a post in the village
    if level == "Village" and not in_chain and len(body) == 2 and body[-1] in _GOING | _COMING and \
            body[0] in LEADING_CHARS | _WHEN_COMING:
        return False        # "不能离村", "也回村", "每年来村", "都会来嘎查": going to or leaving the village
    if level in ("Province", "City", "County") and (not in_chain and name_len < 2 or name_len >= 2 and common_word(body)):
        return False        # "离不开市财政局": a verb before 市 is no city's name (nor "北京市相关区")
    if _QUANTITY.match(body.removeprefix("近").removeprefix("约").removeprefix("过")) or body.endswith(_QUANTIFIERS) \
            or _COUNTED.search(body) or body.startswith(_LENGTHS):
        return False        # "这几年嘎查的变化", "两个村", "十几年嘎查干部", "干了近二十年村干部", "不少村干部", "驻过三年村"
    if level == "Village" and not in_chain and len(body) >= 4 and "族" not in body and \
            frequent_inside(body, 1000, but_names=True):
        return False        # "还常常打电话来问嘎查的事": a phrase, not a name (but 永安满族村)
    if level == "Village" and not in_chain and body.endswith("两"):
        return False        # "合并时两村各取一字": the two villages (the register finds its few 三两村)
    if len(body) >= 3 and body.endswith("化") and not body.endswith("文化"):
        return False        # "建起了标准化村卫生室", "网格化社区": a process (-ization), not a name (but 新文化村)
    if level != "Village" and body[0] == "第" and body[1:2] in NUMERALS:
        return False        # "第五轮县派第一书记": an ordinal (but 第二社区 is a community)
    if level == "Township" and not in_chain and tags().get(body, "").startswith(("v", "ad", "d")) \
            and freq().get(body, 0) >= 1000:
        return False        # "全乡划分乡级网格1个", "明确镇班子成员分工": a verb or adverb before 乡 is no township's name
    if not in_chain and len(body) > 2 and tags().get(body[:2]) == "t" and common(body[2:], {"v"}):
        return False        # "今天开村“两委”会": a day, a verb, then the village's committees
    if not in_chain and (tags().get(body) == "t" or len(body) >= 2 and body[-1] in "和与同" and body[-2] in "正便就还又也都"):
        return False        # "过去嘎查里有事": a time word; "他正和村“两委”一起": "is now with", "便和村…": "then with"
    return name_len >= 2 or in_chain


def _inner_syllable(text: str, i: int) -> bool:
    """"德力其尔村", "巴彦其日嘎查": 其 after a character that may be in a name is a
    syllable of the name; as a pronoun it follows a verb or preposition (与其, 将其).
    So is 都 before 尔, 兰, 仁, 日 ("乌兰温都尔嘎查", "巴音温都日嘎查"), where as an adverb a verb follows it,
    and before 格, a well ("乌兰呼都格嘎查"; not 都格外, "all especially")."""
    if i == 0 or not is_name_char(text[i - 1]) or text[i - 1] in STOP_CHARS:
        return False
    return text[i] == "其" or text[i] == "都" and (text[i + 1:i + 2] in _AFTER_DU or text.startswith("格", i + 1)
                                                  and not text.startswith("格外", i + 1))


_AFTER_DU = set("尔兰仁日")
_BEFORE_BARE_SUMU = set("在到于的和与、，,")
_HELPERS = set("队局委厅院行司办里们也还先正都又就会")     # what ends a helper, or an adverb, before 帮 (help)
_SEND_VERBS = tuple(SEND_VERBS)
_LEVEL_ORGAN = regexes.compile("(?:镇|乡|苏木|街道|村|嘎查|社区)(?:党|人大|政府|纪委|委|长|主任|副|武装|居委|妇联)")
_AFTER_NA = set("仁日顺木")     # "那仁宝力格嘎查", "那日图嘎查": Mongolian 那 opens the name (那个, 那里: a pronoun;
#                                  "书记那顺来嘎查": after a title, a person's)


_NA_PRONOUN = set("个些里边时位座片条年天次样么儿般一两几会小")     # "那洪村", "那楼坡村": Zhuang 那 (field)
#                                           opens a village's name of two or three (not "那个村", "那些村", "那几年村里")
#   and ends one after a syllable of the name ("丫那村", "岜那村"; not "驻那村", "到那村": that village)


def _walk_left(text: str, start: int, ends: set[int], levels_at_end: dict[int, str], level: str | None,
               limit: int, stop_words: Words) -> int:
    """Where a name that ends at `start` begins."""
    j = start
    while j > 0 and start - j < limit:
        ch = text[j - 1]
        if ch == " " and start - j <= 1 and level in ("Township", "Village") and j >= 3 and j - 1 not in ends \
                and is_name_char(text[j - 2]) and is_name_char(text[j - 3]) and not _PLACE_SUFS.ending(text, j - 1) \
                and not (j == start and (_LEVEL_ORGAN.match(text, start) or text[j - 3] in STOP_CHARS)):
            j -= 1          # "东八号 乡", "好力 宝嘎查": an OCR space inside a name too short to end there
            continue        # (not "乡镇 村（社区）", a table's head; not "王某 镇党委委员": a name's cell, then a post's;
            #                 not "同上 镇综治中心主任": a cell saying "as above", then a post's)
        if j in ends or not is_name_char(ch):
            break
        if stop_words.ending(text, j):
            break
        if ch in "年月" and j >= 2 and text[j - 2].isdigit():
            break           # "当了11年Y村党支部书记": a time, then the name
        if ch == "来" and j >= 2 and text[j - 2] in "年月天以":
            break           # "两年来Y村把…", "近年来Y村": a time, then the name
        if ch in WEAK_STOPS:
            before = j - 1
            prev = levels_at_end.get(before)
            joins_list = before in ends and not (prev and level and LEVEL_RANK[prev] < LEVEL_RANK[level])
            if before == 0 or joins_list or not is_name_char(text[before - 1]) or _ORG_SUFS.ending(text, before) \
                    or text[before - 1] == "组":
                break       # "县审计局和县统计局": after a unit, 和 joins a list (and after a group: "工作组和Y村")
        elif (ch in STOP_CHARS or ch == "个") and not name_word(text[j - 1:j + 1]) and not _inner_syllable(text, j - 1) \
                and not (ch in SURNAMES and text[j:j + 1] == "家" and j < start - 1) \
                and not (ch == "那" and text[j:j + 1] in _AFTER_NA and not text.endswith(_TITLES, 0, j - 1)) \
                and not (ch == "那" and start - 2 <= j < start and level == "Village" and text[j] not in _NA_PRONOUN
                         and not text.endswith(_TITLES, 0, j - 1)) \
                and not (ch == "那" and j == start and level == "Village" and j >= 2 and is_name_char(text[j - 2])
                         and text[j - 2] not in STOP_CHARS and not common(text[j - 2])) \
                and not (ch == "都" and j == start and j >= 2 and is_name_char(text[j - 2]) and text[j - 2] not in STOP_CHARS
                         and not common(text[j - 3:j - 1])):
            break           # (but "宝日温都嘎查": 都 right before the level word ends the name, as no adverb does;
            #                 a surname then 家 opens one: "驻于家窝棚村", "向家坪村")
        j -= 1
    if start - j >= limit:        # no boundary found: the name is at most the last few characters,
        return start - MAX_PLACE_NAME     # after the verbs among them (cut_after_verbs)
    return j

