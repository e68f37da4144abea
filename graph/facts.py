"""Article -> claims: the relations each sentence states, with names as written.

A sentence is rewritten as a skeleton in which every mention is one token
(a place of some level, a unit, a person), and relations are read with a few
families of patterns over that skeleton: "X包联Y村", "Y村包联单位X", "X驻Y村第一书记Z",
"Y社区与X文明结对", title chains ("Y村党支部书记兼主任Z") and place chains
("X镇Y村"). "该村", "全镇", "驻村" point at the place in focus: the last one
of that level named in the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .mentions import add_known_people, find_mentions, outermost
from .places import article_places
from .model import ORG, PERSON, PLACE, PLACE_LEVELS, Article, Mention, Sentence
from .vocab import (COREF, LEVEL_RANK, SELF_COUNTY, TITLE_ORGANS, TITLE_PREFIXES, TITLES,
                    cn_number)


@dataclass(frozen=True)
class Ref:
    """An entity as a sentence names it. kind "self" = the paper's own county (我旗);
    division and canonical: what the register says it is (graph/places.py)."""
    label: str
    surface: str
    level: str | None = None
    kind: str | None = None
    division: int | None = None
    canonical: str | None = None


@dataclass(frozen=True)
class Claim:
    type: str
    head: Ref
    tail: Ref
    props: tuple[tuple[str, object], ...]
    sentence: Sentence
    pattern: str = ""


@dataclass
class Reading:
    """What one article says: its claims and every entity it mentions."""
    article: Article
    claims: list[Claim] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)


# ---------------------------------------------------------------- skeleton

_LEVEL_CH = {lvl: chr(0xE000 + i) for i, lvl in enumerate(PLACE_LEVELS)}
_ORG_CH, _PER_CH = "\ue006", "\ue007"
_IDX0 = 0xE100
_CLASSES = {
    "P": "[\ue000-\ue005]", "V": "[\ue004]", "T": "[\ue003]", "C": "[\ue001\ue002]",
    "O": _ORG_CH, "R": _PER_CH, "X": "[\ue000-\ue007]",
}
_TOKEN_CHARS = "\ue000-\ue007\ue100-\ue8ff"


def compile_pattern(p: str) -> re.Pattern:
    """{O:org} is a unit token captured as "org"; {P} any place; {V} a village ..."""
    def token(m: re.Match) -> str:
        body = f"{_CLASSES[m.group(1)]}[\ue100-\ue8ff]"
        return f"(?P<{m.group(2)}>{body})" if m.group(2) else f"(?:{body})"
    return re.compile(re.sub(r"\{([PVTCORX])(?::(\w+))?\}", token, p))


class Skeleton:
    def __init__(self, text: str, tokens: list[tuple[Mention, Ref]]):
        parts, self.refs, self.starts, pos = [], [], [], 0
        for m, ref in tokens:
            parts.append(text[pos:m.start])
            ch = _PER_CH if ref.label == PERSON else _ORG_CH if ref.label == ORG else _LEVEL_CH[ref.level]
            self.starts.append(sum(map(len, parts)))
            parts.append(ch + chr(_IDX0 + len(self.refs)))
            self.refs.append(ref)
            pos = m.end
        parts.append(text[pos:])
        self.text = "".join(parts)

    def ref(self, token: str | None) -> Ref | None:
        return self.refs[ord(token[1]) - _IDX0] if token else None

    def token_at(self, pos: int) -> Ref | None:
        if 0 <= pos < len(self.text) - 1 and "\ue000" <= self.text[pos] <= "\ue007":
            return self.ref(self.text[pos:pos + 2])
        return None


# ---------------------------------------------------------------- the patterns

MODES = "牵头包联|结对帮扶|定点帮扶|对口帮扶|挂钩帮扶|包联帮扶|包村联户|包联|帮扶|结对|对口支援"
_CHAIN = "(?:{P}(?:的)?)*"
# Unit before verb before place: lists on either side count ("A局、B局共同包联C村和D村").
VERB_PATTERNS = [compile_pattern(p) for p in (
    # X承担了Y村的包联工作
    "{O:org}[^。；;]{0,20}?承担(?:了|起)?" + _CHAIN + "{P:place}的?(?P<mode>" + MODES + ")(?:工作|任务)",
    # X(2018年)包联/帮扶Y村
    "{O:org}[^，,。；;：:\ue006\ue007]{0,14}?(?P<mode>" + MODES + ")(?:了|的)?(?:村|嘎查|社区)?" + _CHAIN + "{P:place}",
)]
SUPPORT_PATTERNS = [compile_pattern(p) for p in (
    # Y村包联单位X / Y村的帮扶单位是X
    _CHAIN + "{P:place}的?(?P<mode>" + MODES + "|共建)单位(?:是|为|有)?[:：]?{O:org}",
    # Y社区与X文明结对 / X与Y村结对
    "{P:place}[^。；;\ue000-\ue007]{0,8}?与{O:org}[^。；;\ue000-\ue007]{0,14}?(?P<mode>(?:文明|党建)?(?:结对|共建|结伴|结亲))",
    "{O:org}[^。；;\ue000-\ue007]{0,8}?与" + _CHAIN + "{P:place}[^。；;\ue000-\ue007]{0,14}?(?P<mode>(?:文明|党建)?(?:结对|共建|结伴|结亲))",
    # Y镇与文明共建单位X
    "{P:place}[^。；;\ue000-\ue007]{0,10}?与(?P<mode>(?:文明|党建)?(?:共建|结对|帮扶|包联))单位{O:org}",
    # X驻Y村(第一书记|工作队)
    "{O:org}(?:派?驻|选派到|派驻到)" + _CHAIN + "{P:place}(?:的)?(?P<mode>)(?:驻村)?(?:第一书记|工作队|驻村工作队|干部|工作组)",
)]
# Clauses that go on from a sentence's subject: "X..., 牵头包联Y镇, 并直接包联该镇Z村".
SUBJECT_VERB = compile_pattern("(?P<mode>" + MODES + ")(?:了|的)?(?:村|嘎查|社区)?" + _CHAIN + "{P:place}")
# "包联单位X" with no place before it: the unit of the village in focus.
UNIT_OF_FOCUS = compile_pattern("(?P<mode>包联|帮扶|结对|对口帮扶)单位(?:是|为|有)?[:：]?{O:org}")

WORKS_PATTERNS = [compile_pattern(p) for p in (
    "{O:org}的?(?:驻村干部|帮扶干部|包联干部|选派干部|派驻干部|干部|职工|员工|工作人员)?{R:person}",
    "{R:person}(?:所在的|来自|就职于|供职于|任职于)" + "{O:org}",
    "{O:org}(?:选派|派驻|下派|委派|选派到[^，,。\ue000-\ue007]{0,8})的?[^，,。\ue000-\ue007]{0,8}?{R:person}",
    "来自{O:org}的[^，,。\ue007]{0,6}?{R:person}",
)]
SECRETARY_PATTERNS = [compile_pattern(p) for p in (
    "{O:org}(?:派?驻|选派到|派驻到)" + _CHAIN + "{P:place}(?:的)?(?:驻村)?第一书记{R:person}",
)]
SECRETARY_OF_FOCUS = compile_pattern("{R:person}(?:作为|任|担任|是|系|现任)(?:驻村|驻[^，,。]{0,4}村)?第一书记")
IS_TITLE = [compile_pattern(p) for p in (
    # "Z是X副主任", "Z被选派为Y村第一书记"
    "{R:person}(?:是|系|现任|任|兼任|担任|出任|(?:被)?(?:选派|任命|派驻|下派|推选|选举)为)(?P<rest>[^，,。；;\ue007]{2,40})",
    # "Z（Y村党支部书记）"
    "{R:person}[（(](?P<rest>[^）)\ue007]{2,30})[）)]",
)]
TAKES_POST = re.compile("(?:担任|出任|兼任)(?P<rest>[^，,。；;\ue007]{2,40})")
CONTAINS = [compile_pattern(p) for p in (
    "{P:child}(?:地处[^。]{0,30}?，?|[^。，,]{0,2})(?:位于|地处|隶属于?|属于)" + _CHAIN + "{P:parent}",
    "{P:child}[^。\ue000-\ue007]{0,30}?是{P:parent}[^。，,\ue000-\ue007]{0,16}?之一",
)]
GOVERNS = compile_pattern("{P:parent}(?:共|现)?(?:下辖|辖|管辖)(?:有)?[^。，,\ue000-\ue007]{0,8}?[:：]?{P:place}")
CHAIN_JOINERS = ("", "的", "境内的", "境内", "辖区", "辖区内的")
_JOIN_RE = re.compile("^(?:[东南西北中]部的?|" + "|".join(j for j in CHAIN_JOINERS if j) + ")?$")

NUM = "\\d+|[一二三四五六七八九十百千两零]+"
GRID_PATTERNS = [re.compile(p) for p in (
    "划分(?:成|为|出)?了?(?P<n>" + NUM + ")个(?:(?P<lv>[一二三四五六七八九\\d])级)?[^，,。；;]{0,4}?网格(?![员长化])",
    "(?:(?P<lv>[一二三四五六七八九\\d])级)?网格(?:共计?|总数)?(?P<n>" + NUM + ")个",
    "(?:设立|设置|建立|划定|共有|共设|组建)了?(?P<n>" + NUM + ")个[^，,。；;]{0,6}?网格(?![员长化])",
)]
GRID_TIERS = re.compile("(?P<lv>[一二三四五六七八九\\d])级网格(?P<n>" + NUM + ")个")
GRID_LEVELS = re.compile("(?P<lv>[一二三四五六七八九\\d])级网格")


# ---------------------------------------------------------------- reading an article

def read_article(article: Article, extra_people: frozenset[str] = frozenset(), home: tuple[int, ...] = ()
                 ) -> Reading:
    places = article_places([s.text for s in article.sentences], home)
    found = [find_mentions(s.text, places=p) for s, p in zip(article.sentences, places)]
    people = frozenset(extra_people | _people_named(article, found))
    reading = Reading(article)
    focus: dict[str, Ref] = {}
    for sentence, mentions in zip(article.sentences, found):
        mentions = add_known_people(sentence.text, mentions, people)
        tokens = _resolve_corefs(mentions, focus)
        outer = set(outermost([m for m, _ in tokens]))
        sk = Skeleton(sentence.text, [t for t in tokens if t[0] in outer])
        claims = _read_sentence(sk, sentence, tokens, focus)
        reading.claims.extend(claims)
        reading.refs.extend(ref for _, ref in tokens if ref.kind != "coref")
    return reading


def _people_named(article: Article, found: list[list[Mention]]) -> set[str]:
    """Names found behind a title or role anywhere in the article: they are
    recognised again where they recur bare ("杨玉桩是…")."""
    names = set(article.byline.split())
    for mentions in found:
        names.update(m.surface for m in mentions if m.label == PERSON)
    return {n for n in names if len(n) >= 2}


# A village's own organs stand for the village when it pairs with a unit ("X村党支部与Y局结对").
VILLAGE_ORGANS = ("党支部", "党总支", "党委", "联合党委", "村委会", "居委会", "两委")


def _organs_as_places(mentions: list[Mention]) -> list[Mention]:
    places = [m for m in mentions if m.label == PLACE]
    out = []
    for m in mentions:
        inner = next((p for p in places if p.start == m.start and p.end < m.end), None)
        if m.label == ORG and inner and m.surface[len(inner.surface):] in VILLAGE_ORGANS:
            continue
        out.append(m)
    return out


def _resolve_corefs(mentions: list[Mention], focus: dict[str, Ref]) -> list[tuple[Mention, Ref]]:
    """Replace 该村/全镇/我旗 by the place they point at, and move the focus along."""
    out = []
    for m in _organs_as_places(mentions):
        if m.kind == "coref":
            ref = _coref_target(m.surface, focus)
            if ref is None:
                continue
        else:
            ref = Ref(m.label, m.surface, m.level, m.kind, m.division, m.canonical)
        if m.label == PLACE:
            focus[ref.level] = ref
        out.append((m, ref))
    return out


def _coref_target(word: str, focus: dict[str, Ref]) -> Ref | None:
    level = COREF[word]
    if word in SELF_COUNTY or (level == "County" and level not in focus):
        return Ref(PLACE, "我旗", "County", "self")
    if level == "City" and level not in focus:
        return Ref(PLACE, "我市", "City", "self")
    return focus.get(level)


def _read_sentence(sk: Skeleton, sentence: Sentence, tokens, focus) -> list[Claim]:
    claims: list[Claim] = []

    def add(type_: str, head: Ref | None, tail: Ref | None, **props):
        if head and tail and head != tail or type_ == "DIVIDED_INTO" and head:
            claims.append(Claim(type_, head, tail, tuple(sorted(props.items())), sentence))

    _supports(sk, focus, add)
    _people(sk, focus, add)
    _containment(sentence.text, tokens, sk, add)
    _grids(sentence.text, tokens, add)
    return claims


def _supports(sk: Skeleton, focus, add) -> None:
    for pat in VERB_PATTERNS:
        for m in pat.finditer(sk.text):
            for unit in [sk.ref(m.group("org"))] + _units_listed_before(sk, m.start("org")):
                for place in [sk.ref(m.group("place"))] + _places_listed_after(sk, m.end("place")):
                    add("SUPPORTS", unit, place, mode=m.group("mode"))
    for pat in SUPPORT_PATTERNS:
        for m in pat.finditer(sk.text):
            add("SUPPORTS", sk.ref(m.group("org")), sk.ref(m.group("place")), mode=m.group("mode") or "驻村")
    subject = _subject(sk)
    if subject:
        for m in SUBJECT_VERB.finditer(sk.text):
            if not _org_between(sk.text, m.start()):
                for place in [sk.ref(m.group("place"))] + _places_listed_after(sk, m.end("place")):
                    add("SUPPORTS", subject, place, mode=m.group("mode"))
    village = focus.get("Village")
    for m in UNIT_OF_FOCUS.finditer(sk.text):
        if not sk.token_at(m.start() - 2):
            add("SUPPORTS", sk.ref(m.group("org")), village, mode=m.group("mode"))


_LIST_SEP = "(?:、|和|与|及|以及)"
_UNIT_BEFORE = re.compile(f"({_ORG_CH}[\ue100-\ue8ff]){_LIST_SEP}$")
_PLACE_AFTER = compile_pattern("(?:、|和|及|以及)" + _CHAIN + "{P:place}")


def _units_listed_before(sk: Skeleton, start: int) -> list[Ref]:
    """"县财政局、县审计局共同包联…": the units listed before the matched one."""
    units = []
    while m := _UNIT_BEFORE.search(sk.text, 0, start):
        units.append(sk.ref(m.group(1)))
        start = m.start()
    return units


def _places_listed_after(sk: Skeleton, end: int) -> list[Ref]:
    """"…包联杏花村和桃园村": the places listed after the matched one."""
    places = []
    while m := _PLACE_AFTER.match(sk.text, end):
        places.append(sk.ref(m.group("place")))
        end = m.end()
    return places


def _subject(sk: Skeleton) -> Ref | None:
    """The unit a sentence is about: one that opens a clause ("旗纪委监委深入…")."""
    for clause in re.finditer(r"(?:^|[，,；;。：:])[^，,；;。：:]*", sk.text):
        start = clause.start() + (1 if clause.group().startswith(tuple("，,；;。：:")) else 0)
        ref = sk.token_at(start)
        if ref and ref.label == ORG:
            return ref
    return None


def _org_between(text: str, end: int) -> bool:
    """A unit named earlier in the same clause is that clause's own subject."""
    clause_start = max(text.rfind(c, 0, end) for c in "，,；;。：:")
    return _ORG_CH in text[clause_start + 1:end]


def _people(sk: Skeleton, focus, add) -> None:
    village = focus.get("Village")
    for pat in SECRETARY_PATTERNS:
        for m in pat.finditer(sk.text):
            person, org, place = sk.ref(m.group("person")), sk.ref(m.group("org")), sk.ref(m.group("place"))
            add("FIRST_SECRETARY_OF", person, place)
            add("WORKS_FOR", person, org)
    for m in SECRETARY_OF_FOCUS.finditer(sk.text):
        add("FIRST_SECRETARY_OF", sk.ref(m.group("person")), village)
    for pat in WORKS_PATTERNS:
        for m in pat.finditer(sk.text):
            add("WORKS_FOR", sk.ref(m.group("person")), sk.ref(m.group("org")))
    for i, ch in enumerate(sk.text):
        if ch == _PER_CH:
            _posts(sk, sk.ref(sk.text[i:i + 2]), sk.text[:i], focus, add)
    for m in (m for pat in IS_TITLE for m in pat.finditer(sk.text)):
        _posts(sk, sk.ref(m.group("person")), _trim_clause(m.group("rest")), focus, add)
    for m in TAKES_POST.finditer(sk.text):
        person = _last_person_before(sk, m.start())
        if person:
            _posts(sk, person, _trim_clause(m.group("rest")), focus, add)


def _trim_clause(rest: str) -> str:
    return re.sub("(?:以来|期间|以后|后|时|的)$", "", rest)


def _last_person_before(sk: Skeleton, pos: int) -> Ref | None:
    i = sk.text.rfind(_PER_CH, 0, pos)
    return sk.ref(sk.text[i:i + 2]) if i >= 0 else None


def _posts(sk: Skeleton, person: Ref, left: str, focus: dict[str, Ref], add) -> None:
    """Read the title chain that ends where `left` ends: "Y村党支部书记兼主任" ->
    Y村: 党支部书记、主任. Parts without a holder belong to the holder before them."""
    groups: list[tuple[Ref | None, list[str]]] = []
    for holder, title in parse_title_chain(left, sk):
        if holder is None and groups:
            groups[-1][1].append(title)
        else:
            groups.append((holder or _implicit_holder(title, focus), [title]))
    village = focus.get("Village")
    for holder, titles in groups:
        posts = [t for t in titles if not t.endswith("第一书记")]
        if len(posts) < len(titles):
            _first_secretary(person, holder, village, add)
        if posts and holder:
            add("HOLDS_POSITION", person, holder, title="、".join(posts))


def _implicit_holder(title: str, focus: dict[str, Ref]) -> Ref | None:
    """"村党支部书记" with no village named: the village being talked about."""
    for prefix, level in (("嘎查", "Village"), ("社区", "Village"), ("村", "Village"),
                          ("苏木", "Township"), ("镇", "Township"), ("乡", "Township")):
        if title.startswith(prefix) and not title.startswith("村民"):
            return focus.get(level)
    return None


def _first_secretary(person: Ref, holder: Ref | None, village: Ref | None, add) -> None:
    if holder and holder.label == PLACE and holder.level in ("Village", "Group"):
        add("FIRST_SECRETARY_OF", person, holder)
        return
    add("FIRST_SECRETARY_OF", person, village)
    if holder and holder.label == ORG:        # "X局第一书记": sent by X to the village in focus
        add("WORKS_FOR", person, holder)
        add("SUPPORTS", holder, village, mode="驻村")


DEPARTMENTS = [o for o in TITLE_ORGANS if o.endswith(("部", "办", "办公室"))]
_TITLE_RE = re.compile(
    "(?:" + "|".join(TITLE_ORGANS) + ")?(?:" + "|".join(TITLE_PREFIXES) + ")?(?:" + "|".join(TITLES) + ")")


def parse_title_chain(left: str, sk: Skeleton) -> list[tuple[Ref | None, str]]:
    segments: list[tuple[Ref | None, str]] = []
    end = len(left)
    while (start := _title_start(left, end)) is not None:
        title, holder = left[start:end], _token_ending(left, start, sk)
        if holder and holder.label in (ORG, PLACE):
            start -= 2
            holder, title = _department(holder, title)
        else:
            holder = None
            # a free description before the title, inside a 、-separated part ("基础设施投融资专家")
            d = re.search("[\u4e00-\u9fff]{1,8}$", left[:start])
            if d and d.start() > 0 and left[d.start() - 1] in "、兼":
                title, start = d.group() + title, d.start()
        segments.append((holder, title))
        if start == 0 or left[start - 1] not in "、兼":
            break
        end = start - 1
    return segments[::-1]


def _token_ending(s: str, pos: int, sk: Skeleton) -> Ref | None:
    if pos >= 2 and "\ue000" <= s[pos - 2] <= "\ue007":
        return sk.ref(s[pos - 2:pos])
    return None


def _department(holder: Ref, title: str) -> tuple[Ref, str]:
    """"旗委统战部常务副部长": the department right after a unit is part of the unit."""
    dept = next((d for d in DEPARTMENTS if title.startswith(d)), None)
    if holder.label != ORG or not dept or len(title) == len(dept):
        return holder, title
    return Ref(ORG, holder.surface + dept, kind=holder.kind), title[len(dept):]


def _title_start(left: str, end: int) -> int | None:
    """Start of the longest title phrase (organ + prefix + title) ending at `end`."""
    for start in range(max(0, end - 14), end):
        if _TITLE_RE.fullmatch(left, start, end):
            return start
    return None


def _containment(text: str, tokens, sk: Skeleton, add) -> None:
    places = sorted(((m, r) for m, r in tokens if r.label == PLACE), key=lambda t: t[0].start)
    for (m1, r1), (m2, r2) in zip(places, places[1:]):
        joiner = text[m1.end:m2.start]
        if _JOIN_RE.match(joiner) and LEVEL_RANK[r1.level] < LEVEL_RANK[r2.level]:
            add("LOCATED_IN", r2, r1)
    for pat in CONTAINS:
        for m in pat.finditer(sk.text):
            child, parent = sk.ref(m.group("child")), sk.ref(m.group("parent"))
            if LEVEL_RANK[child.level] > LEVEL_RANK[parent.level]:
                add("LOCATED_IN", child, parent)
    for m in GOVERNS.finditer(sk.text):        # "X镇下辖A村、B村"
        parent = sk.ref(m.group("parent"))
        for child in [sk.ref(m.group("place"))] + _places_listed_after(sk, m.end("place")):
            if LEVEL_RANK[child.level] > LEVEL_RANK[parent.level]:
                add("LOCATED_IN", child, parent)


def _grids(text: str, tokens, add) -> None:
    tiers = list(GRID_TIERS.finditer(text))
    if len(tiers) > 1:        # "一级网格1个、二级网格12个、三级网格86个": the grids of all tiers
        place = _place_before(tokens, tiers[0].start())
        counts = [cn_number(t.group("n")) or 0 for t in tiers]
        levels = max(cn_number(t.group("lv")) or 0 for t in tiers)
        if place and sum(counts):
            add("DIVIDED_INTO", place, place, count=sum(counts), levels=levels)
        return
    for pat in GRID_PATTERNS:
        m = pat.search(text)
        if not m:
            continue
        count = cn_number(m.group("n"))
        levels = GRID_LEVELS.search(text)
        lv = m.groupdict().get("lv") or (levels.group("lv") if levels else None)
        place = _place_before(tokens, m.start())
        if place and count:
            props = {"count": count}
            if lv:
                props["levels"] = cn_number(lv)
            add("DIVIDED_INTO", place, place, **props)
        return


def _place_before(tokens, pos: int) -> Ref | None:
    before = [r for m, r in tokens if r.label == PLACE and m.start < pos and r.level != "Group"]
    return before[-1] if before else None
