"""Article -> claims: the relations each sentence states, with names as written.

Each sentence becomes a skeleton (graph/patterns.py) in which every mention is one
token, and relations are read in two ways: the patterns of
graph/data/patterns.jsonl (support, first secretaries, membership), and a few
families that need more than a regular expression, each with its own id:
title chains ("Y村党支部书记兼主任Z", "X局党委副书记、局长Z"), place chains
("X镇Y村"), containment (位于, 下辖) and grids. "该村", "全镇", "该校", "他"
point at what the article is talking about: the last place of that level, the
last unit of that kind, the person it names most.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from . import regexes
from .lexicon import freq, tags
from .mentions import GRID_NUMBER, MEMBER_ROLES, TEAM_OF_AREA, add_known_people, element_name_end, find_mentions, openings, outermost, person_ends, tagged_sentences
from .model import ORG, PERSON, PLACE, Article, Mention, Sentence
from .patterns import ITEM_NUMBER, LEVEL_CH, LEVEL_WORDS, MACROS, NUMBERED_BRANCH, QUOTES, ORG_CH, PER_CH, Pattern, Skeleton, alternation, compile_pattern, load
from .places import TITLE_WORDS, article_places
from .read import HEADING_MARKS
from .register import register
from .vocab import COREF, LEVEL_RANK, ORG_COREF, SELF_COUNTY, SEND_VERBS, SURNAMES, TITLE_ORGANS, TITLE_PREFIXES, TITLES, cn_number, words


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
    first_seen: dict[Ref, Sentence] = field(default_factory=dict)    # the first sentence naming each


@cache
def patterns() -> tuple[Pattern, ...]:
    return tuple(load())


# a date and a span of years ("2018年3月", "2019年3月至2022年2月", "2016.08—今")
DATE = r"\d{4}[年.](?:\d{1,2}月?)?"
YEARS = f"{DATE}(?:(?:至|—|-|－|~)(?:今|{DATE}))?"

DISABLED: set[str] = set()      # pattern or family ids switched off (the tests use it to show each rule counts)


# ---------------------------------------------------------------- reading an article

def read_article(article: Article, extra_people: frozenset[str] = frozenset(), home: tuple[int, ...] = (),
                 words: list | None = None, site: tuple[Mention, ...] = ()) -> Reading:
    """`words`: the tagger's words of each sentence (`tagged_sentences`), if the
    caller has them; `site`: the units the page says publish it (`publishers`)."""
    texts = [s.text for s in article.read]
    words = tagged_sentences(texts, openings([article])) if words is None else words
    places = article_places(texts, home, person_ends(texts, words))
    found = _short_names(texts, [find_mentions(t, places=p, words=w) for t, p, w in zip(texts, places, words)])
    cards = _name_lines(texts, found)
    people = frozenset(extra_people | _people_named(article, found))
    reading = Reading(article)
    focus = Focus(protagonist=_protagonist(article, found, people), site=site)
    author = _author(article, texts)
    speaker = _self_named(texts, found)
    profiled = labelled = None
    for k, (sentence, mentions) in enumerate(zip(article.read, found)):
        focus.next_text = texts[k + 1] if k + 1 < len(texts) else ""
        focus.continued = _line_goes_on(texts, k)
        mentions = _no_place_across_a_name(sentence.text, add_known_people(sentence.text, mentions, people))
        labelled = _labelled(sentence.text, mentions, labelled)
        mentions += _pronouns(sentence.text, mentions, profiled) + _the_author(sentence.text, author) + \
            _the_speaker(sentence.text, mentions, labelled or speaker) + _the_profiled(sentence.text, mentions, profiled) + \
            _the_carded(sentence.text, mentions, cards.get(k - 1))
        mentions = sorted(mentions + _org_corefs(sentence.text, mentions), key=lambda m: (m.start, -m.end))
        profiled = _profiled_next(sentence.text, mentions, profiled)
        if (village := _speakers_village(sentence.text, mentions, focus.next_text, found[k + 1] if k + 1 < len(found) else [])):
            focus.move_to(village)
        tokens = _departments_of_focus(sentence.text, focus.resolve(mentions))
        if heading := _SECTION_HEADING.match(sentence.text):
            focus.section = _village_heading(heading, tokens)
        outer = set(outermost([m for m, _ in tokens]))
        sk = Skeleton(sentence.text, [t for t in tokens if t[0] in outer])
        claims = _read_sentence(sk, sentence, tokens, focus)
        reading.claims.extend(claims)
        focus.secretary_of.update((c.head, c.tail) for c in claims if c.type == "FIRST_SECRETARY_OF")
        if focus.section is not None:       # (a village a line of the section names is that line's own)
            focus.places["Village"] = focus.section
        named = [ref for _, ref in tokens if ref.kind not in ("coref", "pronoun")]
        reading.refs.extend(named)
        for ref in named:
            reading.first_seen.setdefault(ref, sentence)
    return reading


# "二、Y镇Z村", "◆ Z村", "（三）其他事项": a heading of a notice's section; a village's heading makes
# its section about that village
_SECTION_HEADING = regexes.compile("^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.．、]|"
                                   "[" + HEADING_MARKS + "])\\s*(?P<name>[^，,。；;：:！？!?]{1,24})$")


_WITHHELD = "某"
ASIDE = ("former", "nearby")     # kinds of places named but not in focus (graph.places._aside)


def _village_heading(heading: re.Match, tokens) -> Ref | None:
    """The village a section's heading names when it names nothing else ("二、Y镇Z村")."""
    places = [(m, r) for m, r in tokens if m.label == PLACE and m.start >= heading.start("name")]
    rest = heading.group("name")
    if not places or sum(m.end - m.start for m, _ in places) != len(re.sub(r"\s", "", rest)):
        return None
    last = places[-1][1]
    return last if getattr(last, "level", None) == "Village" else None


_SHORT_NAME = regexes.compile("[（(](?:以下)?简称[:：]?[“\"「]?(?P<short>[^”\"」（）()，,。]{2,12}?)[”\"」]?[）)]")
# the legal forms a company's full name ends in, longest first (their 集团 stays in the short name)
_COMPANY_FORMS = ("集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司")
_PARTY_ORGANS = ("党委", "党总支", "党支部")


def _short_names(texts: list[str], found: list[list[Mention]]) -> list[list[Mention]]:
    """Where the article names a unit again by a short name, it names that unit: a
    short name it declares ("X大学附属第二医院（以下简称“X二院”）") or a company's
    trade name ("青江金石矿业有限公司", then "金石矿业", "金石公司", "金石矿业党委")."""
    declared, traded, spans = {}, {}, set()
    found = list(found)
    for k, (text, mentions) in enumerate(zip(texts, found)):
        for m in _SHORT_NAME.finditer(text):
            unit = next((u for u in mentions if u.label == ORG and u.end == m.start()), None)
            if unit:
                declared[m.group("short")] = unit
                spans.add((k, m.start("short")))
                # (the short name where it is declared names no unit of its own: "公司" after it is the unit's)
                found[k] = mentions = [u for u in mentions if not m.start("short") <= u.start < m.end("short")]
        for unit in mentions:
            for short in _trade_names(unit, mentions):
                traded.setdefault(short, unit)
    short_names = {**traded, **declared}
    if not short_names:
        return found
    out = []
    for k, (text, mentions) in enumerate(zip(texts, found)):
        kept = list(mentions)
        for short, unit in short_names.items():
            for m in re.finditer(re.escape(short), text):
                inside = [x for x in kept if m.start() <= x.start and x.end <= m.end()     # (湖南 of 湖南农大)
                          or x.label == ORG and x.start == m.start() and text[m.end():x.end] in _PARTY_ORGANS]
                if (k, m.start()) not in spans and not any(x.start < m.end() and m.start() < x.end
                                                           for x in kept if x not in inside):
                    kept = [x for x in kept if x not in inside] + [replace(unit, start=m.start(), end=m.end())]
        out.append(sorted(kept, key=lambda m: (m.start, -m.end)))
    return out


def _trade_names(unit: Mention, mentions: list[Mention]) -> list[str]:
    """A company's name without the places before it and its legal form after:
    青江金石矿业有限公司 -> 金石矿业 and 金石公司; 青江海川集团有限公司 -> 海川集团."""
    form = next((f for f in _COMPANY_FORMS if unit.label == ORG and unit.surface.endswith(f)), None)
    if form is None:
        return []
    start = unit.start
    while (place := next((p for p in mentions if p.label == PLACE and p.start == start and p.end < unit.end), None)):
        start = place.end
    core = unit.surface[start - unit.start: -len(form)]
    if form.startswith("集团"):
        return [core + "集团"] if len(core) >= 2 else []
    return [core, core[:-2] + "公司"] if len(core) >= 4 else []


def _departments_of_focus(text: str, tokens: list[tuple[Mention, Ref]]) -> list[tuple[Mention, Ref]]:
    """"是该校林学院副研究员": a department named right after the unit in focus is that
    unit's department (X大学林学院); so is one named right after the unit sends its member
    ("X大学选派动物科技学院副教授张某")."""
    out: list[tuple[Mention, Ref]] = []
    for m, ref in tokens:
        if out and ref.label == ORG and out[-1][1].label == ORG and m.canonical is None and \
                _SENDS_FROM_DEPARTMENT.fullmatch(text, out[-1][0].end, m.start) and \
                m.surface.endswith(_DEPARTMENT_ENDS) and not _PLACE_LEVEL_CH & set(m.surface):
            unit = out[-1][1]
            ref = Ref(ORG, unit.surface + m.surface, kind=ref.kind, canonical=(unit.canonical or unit.surface) + m.surface)
        if out and ref.label == ORG and m.kind != "coref" and out[-1][0].kind == "coref" and \
                out[-1][1].label == ORG and out[-1][0].end == m.start and m.canonical is None:
            unit_m, unit = out.pop()
            m, ref = replace(m, start=unit_m.start), Ref(ORG, unit.surface + m.surface, kind=ref.kind,
                                                        canonical=(unit.canonical or unit.surface) + m.surface)
        out.append((m, ref))
    return out


_SENDS_FROM_DEPARTMENT = regexes.compile("(?:选派|派出|下派|委派)了?")
_DEPARTMENT_ENDS = ("学院", "系", "研究所", "处", "科", "室", "中心")
_PLACE_LEVEL_CH = set("省市县区州旗盟")


def _no_place_across_a_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """"孟和那顺和嘎查“两委”商量": a name, then 和, is no part of a place ("顺和嘎查")."""
    ends = {m.end for m in mentions if m.label == PERSON and text[m.end:m.end + 1] in "和与同"}
    return [m for m in mentions if not (m.label == PLACE and any(m.start < e < m.end for e in ends))]


# "01\n韩某\nX局派驻Y村第一书记", "韩某\n职务：镇长", "姓名：韩某\n职务：镇长": a card opens on a line of its name
_NAME_LINE = regexes.compile(f"\\s*(?:{ITEM_NUMBER})?\\s*(?:姓\\s*名[：:]\\s*)?(?P<name>[\u4e00-\u9fff]{{2,4}})\\s*")


def _name_lines(texts: list[str], found: list[list[Mention]]) -> dict[int, str]:
    """The lines that are only a name, a post's title on the line after them (by number; the
    name joins the line's mentions)."""
    cards = {}
    for k, (text, mentions) in enumerate(zip(texts, found)):
        line = _NAME_LINE.fullmatch(text)
        if line is None or k + 1 == len(texts) or not TITLE_WORDS.starts(texts[k + 1]) \
                or any(m.label == PERSON for m in found[k + 1]):
            continue
        name = Mention(PERSON, line.group("name"), line.start("name"), line.end("name"))
        if mentions == [name]:
            cards[k] = name.surface     # (the name the tagger knew)
        elif all(m.label == PERSON and m.start == name.start for m in mentions) and _card_name(name.surface):
            mentions[:] = [name]        # (or cut short: 祁远 of 祁远舟, a line to itself)
            cards[k] = name.surface
    return cards


def _card_name(name: str) -> bool:
    """A Han name of two or three (of four after a surname of two), or a Mongolian or Tibetan
    one; not a heading ("相关新闻", "二、包村安排")."""
    if element_name_end(name, 0) == len(name):
        return True
    surname = 2 if name[:2] in SURNAMES else 1
    return name[:surname] in SURNAMES and len(name) - surname <= 2 and not freq().get(name) and \
        not (freq().get(name[:2], 0) >= 100 and not tags().get(name[:2], "").startswith("nr"))


def _the_carded(text: str, mentions: list[Mention], name: str | None) -> list[Mention]:
    """The line after a card's name, naming no one: its subject, where its title chain ends."""
    if name is None or any(m.label == PERSON for m in mentions) or \
            _SPEAKER_LABEL.match(text.lstrip()) and not text.lstrip().startswith("职务"):
        return []       # ("选派单位及职务：X局": a label of its own, read with the name before it)
    end = len(text.rstrip("。；;，, \n"))
    return [Mention(PERSON, "", end, end, kind="pronoun", canonical=name)]


def _people_named(article: Article, found: list[list[Mention]]) -> set[str]:
    """Names found anywhere in the article: they are recognised again where they recur bare."""
    names = set(article.byline.split())
    for mentions in found:
        names.update(m.surface for m in mentions if m.label == PERSON)
    return {n for n in names if len(n) >= 2}


_LEVEL_WORDS_AFTER = "县旗市区盟州镇乡"


def _protagonist(article: Article, found: list[list[Mention]], people: frozenset[str]) -> Ref | None:
    """The person an article is about: the one it names most (at least twice), not a reporter."""
    byline = set(article.byline.split())
    counts = Counter()
    for sentence in article.read:
        for name in people - byline:        # (not where the name opens a place's: "罗田：…", then "罗田县")
            text = sentence.text
            counts[name] += text.count(name) - sum(text.count(name + level) for level in _LEVEL_WORDS_AFTER)
    for name in list(counts):       # 斯琴 inside 斯琴毕力格 is not another mention of 斯琴
        counts[name] -= sum(counts[longer] for longer in counts if name in longer and name != longer)
    top = sorted(counts.items(), key=lambda nc: (nc[1], len(nc[0])), reverse=True)[:2]
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1] or top[1][0] in top[0][0]):
        return Ref(PERSON, top[0][0])       # (乌云毕力格, not the 乌云 people call him as often)
    return None


# ("这位“90后”瑶族姑娘是X局选派的第一书记": 这位 and what she is, the one in focus)
PRONOUNS = regexes.compile("(?:他|她)(?![们人])|这位(?:“?\\d0后”?)?(?:[\u4e00-\u9fff]{1,2}族)?[男女]?"
                           "(?:姑娘|小伙子?|年轻人|青年|干部|同志|大学生|博士|汉子|老党员|党员)?")


def _pronouns(text: str, mentions: list[Mention], profiled: str | None = None) -> list[Mention]:
    """他 and 她, each with the name it points back to where the clause before introduces
    someone ("还有工作队员李某，她是X局的干部"): its canonical (else the person in focus).
    `profiled`: the person a profile opened on just before, whom the sentence's first 他 or
    她 is, before anyone else is named ("张某，X局高级农艺师。2018年，他曾在Y村担任第一书记")."""
    taken = [(m.start, m.end) for m in mentions]
    ends = {m.end: m for m in mentions if m.label == PERSON}
    first_named = min((m.start for m in mentions if m.label == PERSON), default=len(text))
    out = []
    for m in PRONOUNS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        named = ends.get(m.start() - 1) if text[m.start() - 1:m.start()] in "，," else None
        introduced = named.surface if named and _INTRODUCED.search(text, 0, named.start) else None
        if not out and introduced is None and m.start() < first_named and m.group() in ("他", "她"):
            introduced = profiled
        out.append(Mention(PERSON, m.group(), m.start(), m.end(), kind="pronoun", canonical=introduced))
    return out


_INTRODUCED = regexes.compile("(?:还有|就是|名叫|叫)[^，,。；;！？!?]{0,12}$")


# "作者：张某" on the page, then "（作者系X局派驻Y村第一书记）" at the end of the column he wrote
# ("文｜张某（作者系…）": a column's byline and its note; "【作者系…】")
_AUTHOR_LINE = regexes.compile("(?:作者[：:]|(?:^|(?<=\\s))文[｜|/／：:]) ?"
                               "(?P<name>[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff·]{2,8}?)(?=[\\s|｜（(]|$)")
_AUTHOR_NOTE = regexes.compile("(?<=[（(【])作者(?=系|为|是|现任)")


def _author(article: Article, texts: list[str]) -> str | None:
    """The one author an article's lines name ("作者：张某"), else the one name of its byline ("□ 张某")."""
    names = {"".join(m.group("name").split()) for t in texts for m in _AUTHOR_LINE.finditer(t)}     # ("张 恒")
    if len(names) == 1:
        return names.pop()
    return article.byline if article.byline and " " not in article.byline else None


def _the_author(text: str, author: str | None) -> list[Mention]:
    m = _AUTHOR_NOTE.search(text) if author else None
    return [Mention(PERSON, "作者", m.start(), m.end(), kind="pronoun", canonical=author)] if m else []


# "本人张某，现任X局…" (a report written in the first person: 述职报告, 工作总结): then "我" is he
_SELF_NAMED = regexes.compile("(?:^|(?<=[。！？!?])|(?<=报告|总结|汇报))本人(?=[\u4e00-\u9fff]{2,8}[，,])")      # (after a title run in)
_I = regexes.compile("我(?![们国县市旗区镇乡村省盟厅局])")


def _self_named(texts: list[str], found: list[list[Mention]]) -> str | None:
    names = {m.surface for t, ms in zip(texts, found) for i in (s.end() for s in _SELF_NAMED.finditer(t))
             for m in ms if m.label == PERSON and m.start == i and t[m.end:m.end + 1] in "，,"}
    return names.pop() if len(names) == 1 else None


def _the_speaker(text: str, mentions: list[Mention], speaker: str | None) -> list[Mention]:
    """我, outside quotes, in an article whose writer names himself."""
    if not speaker or "我" not in text:
        return []
    taken = [(m.start, m.end) for m in mentions]
    return [Mention(PERSON, "我", m.start(), m.end(), kind="pronoun", canonical=speaker) for m in _I.finditer(text)
            if text.count("“", 0, m.start()) <= text.count("”", 0, m.start())
            and not any(s <= m.start() < e for s, e in taken)]


# "“全村划了8个网格。”Y村党支部书记张某说": a quote, then who said it (in the sentence, or opening the next)
_QUOTE_THEN_SPEAKER = regexes.compile("“(?P<quote>[^“”]{4,})”(?P<speaker>[^“”。！？!?；]{2,40}?)(?:说|表示|介绍|告诉)")
_ENDING_QUOTE = regexes.compile("“(?P<quote>[^“”]{4,})”\\s*$")
_SPEAKER_OPENS = regexes.compile("^(?P<speaker>[^“”。！？!?；]{2,40}?)(?:说|表示|介绍|告诉)")


def _speakers_village(text: str, mentions: list[Mention], next_text: str, next_mentions: list[Mention]) -> Mention | None:
    """The village of the speaker a quote is attributed to after it, where the quote
    speaks of its village (全村, 村里) without naming one: the village the quote means."""
    if m := _QUOTE_THEN_SPEAKER.search(text):
        quote, speaker, said = m.group("quote"), m.span("speaker"), mentions
    elif (m := _ENDING_QUOTE.search(text)) and (s := _SPEAKER_OPENS.match(next_text)):
        quote, speaker, said = m.group("quote"), s.span("speaker"), next_mentions
    else:
        return None
    if not _OUR_VILLAGE.search(quote) or any(m.start("quote") <= x.start < m.end("quote") for x in _villages(mentions)):
        return None
    return next((x for x in reversed(_villages(said)) if speaker[0] <= x.start < speaker[1]), None)


def _villages(mentions: list[Mention]) -> list[Mention]:
    """The villages named (not 全村, not a village named aside)."""
    return [x for x in mentions if x.label == PLACE and x.level == "Village" and x.kind not in ASIDE + ("coref",)]


def _labelled(text: str, mentions: list[Mention], before: str | None) -> str | None:
    """Who speaks in an interview's answer ("何某：我来自X医院，…"), from its label on: the
    person it names (a label naming no one, "记者：", ends the answer before)."""
    label = _SPEAKER_LABEL.match(text)
    if label is None:
        return before
    return next((m.surface for m in mentions if m.label == PERSON and m.start == 0 and m.end == label.end() - 1), None)


_SPEAKER_LABEL = regexes.compile("[\u4e00-\u9fff·]{2,8}[：:]")


def _the_profiled(text: str, mentions: list[Mention], profiled: str | None) -> list[Mention]:
    """The person a profile's cells open on ("张某，男，汉族，1986年6月生。"), where a sentence
    after them opens with a post and no subject ("现任X镇副镇长。", "2019年至2022年，曾任Y村第一书记",
    "2009年8月参加工作，现任…"):
    a subject of no width, where the sentence begins after its date."""
    m = _NO_SUBJECT.match(text) if profiled else None
    if m is None or any(p.label == PERSON for p in mentions):
        return []
    starts = [m.end()] + [c.end() for c in _CLAUSE_OF_POST.finditer(text, m.end())]   # ("现任A，曾任B")
    return [Mention(PERSON, "", k, k, kind="pronoun", canonical=profiled) for k in starts]


def _profiled_next(text: str, mentions: list[Mention], profiled: str | None) -> str | None:
    """Who the next sentence's profile is about: the person this one opens on with the cells
    of a profile, else the one it was about while no one else is named."""
    people = [m for m in mentions if m.label == PERSON and m.kind != "pronoun"]
    if people and _PROFILE_OPENING.fullmatch(text, 0, people[0].start) and \
            (_PROFILE_CELLS.match(text, people[0].end) or _unit_cell_after(text, people[0], mentions)):
        return people[0].surface
    return None if any(p.surface != profiled for p in people) else profiled


def _unit_cell_after(text: str, person: Mention, mentions: list[Mention]) -> bool:
    """"张某，X局高级农艺师。": after the name, a comma and the unit of the person's post."""
    return text[person.end:person.end + 1] in ("，", ",") and \
        any(m.label == ORG and m.start == person.end + 1 for m in mentions)


_PROFILE_OPENING = regexes.compile(r"\s*" + ITEM_NUMBER + r"\s*")
_PROFILE_CELLS = regexes.compile("[，,](?:[男女]|[\u4e00-\u9fff]{1,4}族|\\d{4}年(?:\\d{1,2}月)?出?生)[，,]")   # ("张某，1978年生，…")
_CLAUSE_OF_POST = regexes.compile("[，,](?=现任|曾任|历任|先后任|原任)")
_NO_SUBJECT = regexes.compile(f"(?:{DATE}参加工作[，,])?(?:{YEARS}(?:起|以来)?[，,]?)?(?=现任|曾任|历任|先后任|原任|由(?!于)|任(?!期|务)|担任)")


# A village's own organs stand for the village when it pairs with a unit ("X村党支部与Y局结对").
VILLAGE_ORGANS = ("党支部", "党总支", "党委", "联合党委", "村委会", "居委会", "两委")
_ORG_COREF_RE = regexes.compile("|".join(sorted(ORG_COREF, key=len, reverse=True)))
# A bare unit word that opens a clause (or follows 被/由) and sends someone, supports or
# pairs with a place, heads a title or has a party organ is the unit in focus too
# ("研究所派驻Y村第一书记Z", "学校定点帮扶Y县", "学校与Y村签订共建协议", "被学校选派", "见到了医院派驻该村的第一书记",
# "公司董事长Z", "合作社理事长Z", "厅机关党委还与Y村结对"): the word -> endings of that unit's name.
BARE_UNITS = {"集团": ("集团", "集团有限公司", "集团有限责任公司", "集团股份有限公司", "集团公司"), "公司": ("公司",),
              "学校": ("大学", "学院", "学校"), "大学": ("大学",),
              "校": ("大学", "学院", "学校"),
              "学院": ("学院",), "研究所": ("所",), "所": ("所",), "研究院": ("院",), "医院": ("医院", "附院", "卫生院"), "院": ("院",),
              "分行": ("分行", "银行"), "支行": ("支行",), "分局": ("分局",), "总局": ("总局",), "法院": ("法院",), "检察院": ("检察院",), "厅": ("厅",), "局": ("局",), "合作社": ("合作社",),
              "中心": ("中心",), "委": ("委", "委员会")}
_BARE_UNIT_RE = regexes.compile("(?:(?<![\u4e00-\u9fff])|(?<=[被由是为任])|(?<=[到望取]了))(?:" +
                           "|".join(sorted(BARE_UNITS, key=len, reverse=True)) +
                           ")(?=(?:党委|党组)?(?:“[^”]{1,8}”)?(?:还|也|又|则)?"     # (学校“访惠聚”驻Y村工作队)
                           "(?:先后|相继|陆续)?(?:向[^，,。；;]{2,12}?)?"    # ("公司先后向Y村派驻了三任第一书记")
                           "(?:派驻|选派|下派|派出|驻|派(?=他|她)|定点帮扶|对口帮扶|结对帮扶|联村帮扶|包联|与|同|跟)|"
                           "(?:党委|党组|[\u4e00-\u9fff]{1,6}?[科股处室])?(?:副|常务副)?" + alternation(TITLES + ["负责人"]) + "|"
                           "机关(?:党委|党支部)|(?:在职)?(?:员工|职工|干部(?=[\u4e00-\u9fff]{2}))|(?:[\u4e00-\u9fff]{1,6}?[科股处室]|团委)?的(?:一名)?(?:青年|年轻)?(?:员工|职工|干部))")
# ("工作队员、分行员工张某", "医院护士张某", "Y村由X局包抓，局干部张某任…", "张某是学校的一名青年职工",
#  "张某是学校资产管理处的干部")
# "任满后回到学校，现任科学技术处副处长": back in the unit in focus
_HEADS_OF_DIVISIONS = ("学校", "学院", "医院", "公司", "集团", "分行", "支行", "厅", "校", "局", "委", "院")
_BACK_TO_BARE_UNIT = regexes.compile("(?<=回到|返回|调回)" + alternation(_HEADS_OF_DIVISIONS) + "(?=[，,。；;]|工作)")
# "来自学校后勤管理处", "医院财务处的张某", "回到分行个人金融部工作": a division of the unit in focus
_DIVISION_CHAR = "(?!选派|派出|党组|里)[^\\W\\d_的]"
_DIVISION_NAME = "(?!任|从事)(?:(?:" + _DIVISION_CHAR + "){2,8}?(?:处|科|室|(?<![干支])部|中心|学院|系|研究所)|" \
                 "(?:(?!结对|帮扶)" + _DIVISION_CHAR + "){9,12}?(?:处|科))"       # (a long one a 处 or 科: 食品生产安全监督管理科)
# ("院属X研究所": one the academy has, "局机关X科" the bureau's own, but 机关服务中心 a division of its own)
_NOT_A_DIVISION = "(?!属|机关(?!服务|事务))"
_BARE_UNIT_DIVISION = regexes.compile("(?:(?<![\u4e00-\u9fff])|(?<=来自|回到|返回|调回|还有)|(?<=是|在|有|到|由))" +
                                      alternation(_HEADS_OF_DIVISIONS) + _NOT_A_DIVISION + "(?:" + _DIVISION_NAME + "|团委)(?=的|[，,。；;、]|工作|任|后|以后|$|[一二三四]级|干部)")
_BARE_LEVEL_WORDS = ("自治区", "省", "市", "州", "盟", "地区", "旗", "县", "区", "镇", "乡")
_DIVISION_OF_HEAD = regexes.compile(_NOT_A_DIVISION + "(?:" + _DIVISION_NAME + "|[^\\W\\d_的]{0,8}?(?:学院|医院|团委))")     # ("学校团委")


def _parent_unit(unit: Ref, endings: tuple[str, ...]) -> Ref | None:
    """"该院" after "X省农业科学院Y研究所": the academy the institute belongs to."""
    name = unit.canonical or unit.surface
    k = max((name.rfind(e, 0, len(name) - 1) + len(e) for e in endings if name.rfind(e, 0, len(name) - 1) > 1), default=0)
    return Ref(ORG, name[:k], kind=unit.kind) if k else None


def _unit_of_division(unit: Ref) -> Ref:
    """A division supports no village, its unit does: "X检察院第二检察部" (a roster's cell of the
    person's post, "X院第二检察部检察官助理") -> X检察院 (not 县委组织部, a unit of its own)."""
    m = _DIVISION_OF_UNIT.fullmatch(unit.surface)
    if not m:
        return unit
    canonical = unit.canonical and unit.canonical[: len(unit.canonical) - len(m.group(2))]
    return replace(unit, surface=m.group(1), canonical=canonical)


_DIVISION_OF_UNIT = regexes.compile("(.+(?:院|局|公司|银行|分行|支行|中心|厅|集团))"
                                    "((?:第[一二三四五六七八九十]+)?[\u4e00-\u9fff]{0,6}?(?<!营业)(?<!管理)(?<!支)(?:部|办|办公室|科|处|股|室))")
#   (a bank's 营业部, a centre's 管理部 and a party branch, 党支部, are units of their own)


def _university_of(unit: Ref) -> Ref:
    """"学校", "该校" after "X大学Y学院" or "X学院Y学院": the school is the university, not its college."""
    school = next((w for w in ("大学", "学院") if 0 <= unit.surface.find(w) < len(unit.surface) - 2), None)
    if school is None or not unit.surface.endswith("学院"):
        return unit
    name = unit.canonical or unit.surface
    return Ref(ORG, unit.surface[:unit.surface.index(school) + 2], kind=unit.kind,
               canonical=name[:name.find(school) + 2] if unit.canonical else None)


def _bare_college(unit: Ref) -> bool:
    """"植物保护学院": a college named without its university (no place opens its name, as in 铜仁学院)."""
    name = unit.canonical or unit.surface
    return name.endswith("学院") and "大学" not in name and not register().opens(name)


def _college_of_a_university(unit: Ref) -> bool:
    """"园艺学院", "经济与管理学院": a discipline's college (its name opens with a common word), not a
    school of its own ("青江师范学院", "X职业技术学院")."""
    name = unit.canonical or unit.surface
    return _bare_college(unit) and freq().get(name[:2] if len(name) > 4 else name[:1], 0) >= 100 and \
        not any(w in name for w in ("师范", "职业", "专科"))


@dataclass
class Focus:
    """What the article is talking about at this point: the last place of each
    level, the last unit, and the person it is about."""
    places: dict[str, Ref] = field(default_factory=dict)
    units: list[Ref] = field(default_factory=list)
    protagonist: Ref | None = None
    last: Ref | None = None         # the place named last, of any level from county down
    last_person: Ref | None = None  # the person named last ...
    person_age: int = 9             # ... and how many sentences ago
    before: dict[str, Ref] = field(default_factory=dict)   # the places in focus when the sentence began
    listing: str = ""       # the support a notice lists ("部门包联嘎查安排如下：" -> 包联)
    said: str = ""          # the last word of support the sentence before said
    roster: bool = False    # a list of first secretaries was announced ("驻村第一书记名单")
    table: list[str] = field(default_factory=list)     # the header of the roster's table
    secretaries: bool = False   # the article has named a first secretary
    team: Ref | None = None     # the unit whose work team the article named last
    sender: tuple[Ref, int] | None = None      # a notice's "派驻单位：X" line, and its sentence's number
    pending: list[tuple[Ref, str]] = field(default_factory=list)    # (unit, mode) of a line naming only a unit
    next_text: str = ""     # the text of the next sentence
    continued: tuple[str, ...] = ()     # the next sentences that carry the sentence's line on after its ；
    tiers_carried: int = 0      # how many of those a tier list begun here has taken ("一级网格1个；二级网格8个；…")
    section: Ref | None = None      # the village whose section of a notice this is ("二、Y镇Z村")
    secretary_of: dict[Ref, Ref] = field(default_factory=dict)     # each first secretary named so far, his village
    line_place: Ref | None = None   # the village that labels the line the sentence is on ("2.Y村：…；网格4个")
    line_open: bool = False         # the sentence before ended in ；, and its line goes on
    role_heading: str = ""          # the role a line lists each village's people in ("各村包村干部：A村为…；")
    village_table: list[str] = field(default_factory=list)     # the head of a table of villages (and grids)
    people_table: list[str] = field(default_factory=list)      # the head of a table of people and their posts
    committee: bool = False     # the sentence is about a village's committee ("村“两委”班子成员为：…")
    named: list[Ref] = field(default_factory=list)      # the places the sentence has named so far
    townships: dict[str, Ref] = field(default_factory=dict)     # the last 镇, 乡, 苏木, 街道 named, by that word
    people: list[tuple[Ref, int]] = field(default_factory=list)     # people named, with the sentence's number
    seen: set[str] = field(default_factory=set)     # everyone named so far
    site: tuple[Mention, ...] = ()      # the page's publishers: who 我校 is when the article names no school
    sentence: int = 0       # how many sentences were resolved (how recent `people` are)
    genders: dict[str, str] = field(default_factory=dict)      # person -> 他 or 她, as the article has called them
    in_sentence: list[Ref] = field(default_factory=list)       # the people the sentence has named so far
    units_before: int = 0   # how many units were named before the sentence
    terms_at: int = -9      # the sentence that counted the village's first secretaries ("先后派驻了三任第一书记")
    card_person: Ref | None = None      # a profile card's person ("姓名：张某") and unit ("派出单位：X局")
    card_unit: Ref | None = None
    card_village: Ref | None = None     # ("派驻地点：Y镇Z村")
    heading: tuple[Ref, int] | None = None      # "【Y镇Z村】张某": the person and the sentence
    alone: Ref | None = None        # the one person the sentence before named

    def area_team(self) -> Ref | None:
        """The last team a committee or a city sent to a county that the article named
        ("X省委驻Y县帮扶工作队"): a bare 工作队 after it is that team."""
        return next((u for u in reversed(self.units) if u.kind == "team" and TEAM_OF_AREA.search(u.surface)), None)

    def resolve(self, mentions: list[Mention]) -> list[tuple[Mention, Ref]]:
        """Replace 该村/全镇/我旗/该校/他 by what they point at, and move the focus along."""
        out, self.before, self.named, self.in_sentence = [], dict(self.places), [], []
        self.units_before = len(self.units)
        for m in _organs_as_places(mentions):
            ref = self._target(m)
            if ref is None:
                continue
            if m.label == PLACE:
                self.named.append(ref)
                if m.kind not in ASIDE:      # ("原Y村": merged into the village in focus, which stays in
                    self._move_to(ref)      # focus; "邻近的Y村": beside it)
            elif m.label == ORG and m.kind != "coref" and ref.surface == m.surface:
                self.units.append(ref)      # (not a college read as the school's, "学校数学学院": the school stays in focus)
            elif m.label == PERSON and m.kind != "pronoun":
                self.last_person, self.person_age = ref, 0
                self.in_sentence.append(ref)
                self.seen.add(ref.surface)
                self.people = [(p, n) for p, n in self.people[-3:] if p.surface != ref.surface] + [(ref, self.sentence)]
            out.append((m, ref))
        self.alone = self.in_sentence[0] if len(self.in_sentence) == 1 else None
        self.person_age += 1
        self.sentence += 1
        return out

    def move_to(self, place: Mention) -> None:
        """Put a place the sentence names later in focus before the sentence is read."""
        if (ref := self._target(place)) is not None:
            self._move_to(ref)

    def _move_to(self, place: Ref) -> None:
        self.places[place.level] = place
        if place.level == "Township":
            self.townships[_township_word(place.canonical or place.surface)] = place
        if LEVEL_RANK[place.level] >= LEVEL_RANK["County"] and place.level != "Group":
            self.last = place

    def named_before(self) -> list[Ref]:
        """The person the sentence before named last, where this one names no one: the one a
        notice's label line is about ("第一书记：张某" / "派出单位：X局")."""
        last = self.people[-1:] if not self.in_sentence else []
        return [p for p, n in last if n == self.sentence - 2]

    def subject(self) -> list[Ref]:
        """The person a career's dated entries are about: the one named last, a few sentences
        back, and no one named since ("张某，男，…" / "2015.08—2018.02 X局驻Y村第一书记")."""
        last = self.people[-1:] if not self.in_sentence else []
        return [p for p, n in last if n >= self.sentence - 6]

    def pair(self) -> list[Ref]:
        """"两人均来自X局": the last two people named, in this sentence or the one before."""
        recent = [p for p, n in self.people if n >= self.sentence - 2]
        return recent[-2:] if len(recent) >= 2 else []

    def _target(self, m: Mention) -> Ref | None:
        if m.kind == "pronoun":
            if m.canonical and self.last_person and self.last_person.surface == m.canonical:
                return self.last_person
            if m.surface == "作者":
                return Ref(PERSON, m.canonical)
            recent = self.last_person if self.person_age <= 1 else None
            # "赵某是个老驻村，…，他曾任Y村第一书记": the one person the sentence has named
            # (a protagonist the article has yet to name only where no one was named just before:
            # "…来自X院的医生张某。她接替…" is 张某)
            unseen = self.protagonist and self.protagonist.surface not in self.seen
            person = self.in_sentence[0] if len(self.in_sentence) == 1 else \
                (recent or self.protagonist) if unseen or recent == self.alone else self.protagonist or recent
            # ("张某2022年由X局选派到Y村。按照安排，他将回到X局": the one person the sentence before named)
            if person and m.surface in ("他", "她") and self.genders.get(person.surface, m.surface) != m.surface:
                # "他" has been the protagonist: "她" is the woman just named ("村委会主任周某…。她原在…")
                person = recent if recent and self.genders.get(recent.surface, m.surface) == m.surface else None
            if person and m.surface in ("他", "她"):
                self.genders[person.surface] = m.surface
            return person
        if m.label == ORG and (head := next((h for h in _HEADS_OF_DIVISIONS if m.surface.startswith(h)), None)) \
                and _DIVISION_OF_HEAD.fullmatch(m.surface, len(head)) and (unit := self._unit_of_head(head)):
            rest = m.surface[len(head):]        # "学校后勤管理处", "医院信息中心": the division of the unit in focus
            # (a unit named with a bare level word, 省人民医院, is named in full later, its division with it)
            named = unit.canonical or (None if unit.surface.startswith(_BARE_LEVEL_WORDS) else unit.surface)
            return Ref(ORG, unit.surface + rest, kind=m.kind, canonical=named and named + rest)
        if m.label == ORG and m.kind == "coref":
            # (我局, 集团公司 and a bare 局 are the publisher's own where the page is a unit's site; 该局 and
            # 局里 the one named last: "X局包保Y村，局里选派的第一书记")
            # (a bare unit's division with no unit in focus, "学校后勤管理处" on a page naming no school: nothing)
            bare = ORG_COREF.get(m.surface) or BARE_UNITS.get(m.surface)
            return bare and self.unit_for(bare, not m.surface.startswith("该") and not m.surface.endswith("里"))
        if m.kind == "coref":
            return self.place_for(m.canonical or m.surface)     # (a bare 社区 opening a sentence stands for 该社区)
        return Ref(m.label, m.surface, m.level, None if m.kind in ASIDE else m.kind, m.division, m.canonical)

    def _unit_of_head(self, head: str) -> Ref | None:
        """The unit in focus a bare 医院, 公司 names ("学校": a university, else the 学院 whose site it is)."""
        if head != "学校":
            return self.unit_for(BARE_UNITS[head])
        if university := self.unit_for(("大学",)):
            return university
        college = self.unit_for(("学院",), publisher=True)
        if college and _college_of_a_university(college) and all(u.surface != college.surface for u in self.site):
            return None     # "园艺学院讲师…，来自学校资产管理处": a college of a university no sentence names
        return college and _university_of(college)

    def unit_for(self, endings: tuple[str, ...], publisher: bool = False) -> Ref | None:
        """The unit in focus that `endings` fit (该局: a 局); `publisher`: the page's own first (我局)."""
        site = next((Ref(ORG, u.surface, kind=u.kind, canonical=u.canonical) for u in self.site
                     if u.surface.endswith(endings)), None)
        # (a division the sentence itself names points at its parent before any unit named earlier:
        # "农科院…。X省农业科学院Y研究所的…，该院" is the academy of the institute)
        named = next((p for u in reversed(self.units[self.units_before:]) if not u.surface.endswith(endings)
                      and (p := _parent_unit(u, endings))), None) or \
            next((u for u in reversed(self.units) if u.surface.endswith(endings)), None) or \
            next((p for u in reversed(self.units) if (p := _parent_unit(u, endings))), None)
        if named and "大学" in endings and _bare_college(named):
            # ("学校选派动物科学技术学院副教授张某", then "校党委书记": the university, not its college)
            named = next((u for u in reversed(self.units) if u.surface.endswith("大学")), named)
        # ("由下属的X公司包联，公司派驻的第一书记": the company the sentence has just named, not the page's)
        just_named = any(u is named for u in self.units[self.units_before:])
        unit = (site or named) if publisher and not just_named else (named or site)
        return _university_of(unit) if unit and "大学" in endings else unit

    def place_for(self, word: str) -> Ref | None:
        level = COREF[word]
        if word.endswith("市") and (city := self.county_level_city()):
            return city         # "全市" in an article about 和龙市 (a county-level city)
        if word in SELF_COUNTY or (level == "County" and level not in self.places):
            return Ref(PLACE, word, "County", "self")      # 我区 and 全旗 name the district, the banner
        if level in ("City", "Province") and level not in self.places:
            return Ref(PLACE, "我市" if level == "City" else "我省", level, "self")
        kind = next((k for k in ("嘎查", "社区", "村") if k in word), None) if level == "Village" else None
        last = self.places.get(level)
        if kind and last is not None and not (last.canonical or last.surface).endswith(kind):
            # "Y村已划入Z社区，撤销X局对该村的包联": 该村 is the 村 the sentence named, not the 社区
            return next((p for p in reversed(self.named) if (p.canonical or p.surface).endswith(kind)), last)
        return last


    def county_level_city(self, county: Ref | None = None) -> Ref | None:
        county = county or self.places.get("County")
        return county if county is not None and (county.canonical or county.surface).endswith("市") else None


def _organs_as_places(mentions: list[Mention]) -> list[Mention]:
    """"清泉县李家庄村党支部": a village's organ, named with the village, is the village; so is
    "Y村委会", where the village reads to its committee's end."""
    places = [m for m in mentions if m.label == PLACE and m.kind != "coref"]
    committees = {p: m for m in mentions for p in places if m.label == ORG and p.level == "Village" and
                  p.end > m.start and m.end - p.end <= 2 and m.surface[p.end - m.start - 1:] in ("村委会", "村委")}
    out = []
    for m in mentions:
        if m in committees.values():
            continue
        if m in committees:
            m = replace(m, surface=m.surface + committees[m].surface[m.end - committees[m].start:],
                        end=committees[m].end, canonical=m.canonical or m.surface)
        elif m.label == ORG and any(p.start >= m.start and m.surface[p.end - m.start:] in VILLAGE_ORGANS
                                    and p.level in ("Village", "Township", "Group") for p in places):
            continue
        out.append(m)
    return out


def _org_corefs(text: str, mentions: list[Mention]) -> list[Mention]:
    taken = [(m.start, m.end) for m in mentions]
    found = [*_ORG_COREF_RE.finditer(text), *_BARE_UNIT_RE.finditer(text), *_BACK_TO_BARE_UNIT.finditer(text),
             *_BARE_UNIT_DIVISION.finditer(text)]
    return [Mention(ORG, m.group(), m.start(), m.end(), kind="coref") for m in found
            if not any(s < m.end() and m.start() < e for s, e in taken)]


# ---------------------------------------------------------------- one sentence

_WHOLE_SCOPE = regexes.compile("全[省市州盟县区旗]")     # 全省, 全县: the whole area, where cadres are sent across
# "2.Y村：包联单位X局；…；网格4个": a line a village labels, its clauses parted by ；
_LINE_LABEL = compile_pattern("^(?:\\d{1,2}[.．、]\\s*|【)?{CHAIN}{V:place}[：:】]")
_SUCCESSOR_OPENS = regexes.compile(f"^({PER_CH}[\ue100-\ue8ff])(?:同志)?(?:接替|的前任|接过)")


def _read_sentence(sk: Skeleton, sentence: Sentence, tokens, focus: Focus) -> list[Claim]:
    claims: list[Claim] = []
    # the places the sentence names only as a whole area (全省, 全县), not by name outside a unit's
    wholes = {ref for m, ref in tokens if m.kind == "coref" and _WHOLE_SCOPE.fullmatch(m.surface)}
    scopes = wholes - {ref for m, ref in tokens if not _WHOLE_SCOPE.fullmatch(m.surface) and m.label == PLACE and
                       not any(o.label == ORG and o.start <= m.start < o.end for o, _ in tokens)}

    def add(pattern: str, type_: str, head: Ref | None, tail: Ref | None, **props):
        if pattern in DISABLED:
            return
        if type_ == "HOLDS_POSITION" and tail:
            type_, tail, props = _where_held(tail, props, focus)
        if type_ == "SUPPORTS" and head and head.label == ORG:
            head = _unit_of_division(head)
        if type_ == "SUPPORTS" and tail in scopes and props.get("mode") in SEND_VERBS:
            return      # "向全省选派驻村干部": where it sends them from, no place it supports
        if _WITHHELD in getattr(head, "surface", "") + getattr(tail, "surface", ""):
            return      # "第一书记李某", "某村", "县某局": a name the paper withholds names no one
        if head and tail and head != tail or type_ == "DIVIDED_INTO" and head:
            claims.append(Claim(type_, head, tail, tuple(sorted(props.items())), sentence, pattern))

    focus.committee = "两委" in sk.text or "班子" in sk.text
    if label := _LINE_LABEL.match(sk.text):
        focus.line_place = sk.ref(label.group("place"))
    elif not focus.line_open:
        focus.line_place = None
    if heading := _ROLE_HEADING.search(sk.text):
        focus.role_heading = heading.group("role")
    elif not focus.line_open:
        focus.role_heading = ""
    focus.line_open = sk.text.rstrip().endswith(("；", ";"))
    if (m := _SUCCESSOR_OPENS.match(sk.text)) and m.group(1)[1] not in sk.pronouns and \
            (village := focus.secretary_of.get(sk.ref(m.group(1)))):
        focus.places["Village"] = village       # "X接替的是原第一书记Z": X's village, whichever was named last
    if ORG_CH in sk.text or PER_CH in sk.text:     # every pattern relates a unit or a person
        chars = set(sk.text)
        for p in patterns():
            if p.needs <= chars and p.id not in DISABLED:
                _apply(p, sk, focus, add)
    _subject_clauses(sk, add)
    _unit_of_focus(sk, focus, add)
    _units_of_place(sk, add)
    _notice_list(sk, focus, add)
    _roster(sk, focus, add)
    _successor(sk, focus, add)
    _predecessor(sk, focus, add)
    _people(sk, focus, add)
    _containment(sentence.text, tokens, sk, add)
    _same_township(sk, focus, add)
    _grids(sentence.text, tokens, focus, add)
    _village_table(sk, focus, add)
    _people_table(sentence.text, sk, focus, add)
    _career_post(sk, focus, add)
    _heading_posts(sk, focus, add)
    if "分别由" in sk.text:
        _teams_led_respectively(sk, add)
    if "分别" in sk.text and "第一书记" in sk.text:
        _units_people_sent_respectively(sk, add)
        _secretaries_respectively(sk, claims, add)
    if "队长" in sk.text:
        _leader_of_the_team(sk, focus, add)
    _sender_line(sk, focus, add)
    if "：" in sk.text or ":" in sk.text:
        _card(sk, focus, add)
    if "工作" in sk.text:
        _team_of_focus(sk, focus)
    if "第一书记" in sk.text:
        _secretaries_listed(sk, focus, add)
    if "：" in sk.text or ":" in sk.text:
        _listed_by_village(sk, add)
    if "任" in sk.text:
        _terms_of_secretaries(sk, focus, add)
    return claims


def _where_held(tail: Ref, props: dict, focus: Focus) -> tuple[str, Ref, dict]:
    """A post as the title chain gave it, held where it is held: "Y村二组网格员" in the village,
    "X厅综合处副处长" in the division, and a unit's 包村干部 a membership of the unit."""
    title = props.get("title", "")
    if tail.level == "Group" and _NUMBERED_GROUP.fullmatch(tail.surface) and (village := focus.places.get("Village")):
        return "HOLDS_POSITION", village, {"title": tail.surface + title}
    if tail.label == ORG and title in VILLAGE_ASSIGNMENTS:
        return "WORKS_FOR", tail, {}
    if tail.label == ORG and (post := _division_post(title)):
        return "HOLDS_POSITION", _with_division(tail, post[0]), {"title": post[1]}
    return "HOLDS_POSITION", tail, props


_NUMBERED_GROUP = regexes.compile("[一二三四五六七八九十\\d]{1,3}[组社]")      # a village's group known by its number


def _apply(p: Pattern, sk: Skeleton, focus: Focus, add) -> None:
    for m in p.regex.finditer(sk.text):
        groups = m.groupdict()
        mode = groups.get("mode") or ""
        for type_, head_name, tail_name, *title in p.facts:
            heads = _refs(sk, m, head_name, focus, p)
            if type_ in _POSTS and not head_name.startswith("@") and m.start(head_name) == m.start() and (successor := _successor_before(sk, m.start())):
                heads = [successor]     # "张某接替期满的李某，担任Y村第一书记": 张某's post, not 李某's
            tails = _refs(sk, m, tail_name, focus, p)
            if type_ == "WORKS_FOR" and len(tails) == 1 and tail_name in m.groupdict():
                tails = [_with_department(sk, m.end(tail_name), tails[0], heads)]
                if mode in SEND_VERBS and (sent := _with_department(sk, m.end("mode"), tails[0], heads)) is not tails[0]:
                    tails = [sent]      # "X厅选派生态保护修复处干部Z": a member of the division the unit sent
            if type_ == "HOLDS_POSITION" and title and len(tails) == 1 and tail_name in m.groupdict():
                tails = [_division_headed(sk, m.end(tail_name), tails[0], _title(m, title[0]))]
            if type_ == "SUPPORTS" and mode.endswith(_POINT_LEVELS):
                tails = _of_level(sk, m, tails, mode)
            props = {"mode": mode or "驻村"} if type_ == "SUPPORTS" else {"title": _title(m, title[0])} if title else {}
            for head, tail in _pairs(heads, tails, "分别" in m.group() or "依次" in m.group()):
                add(p.id, type_, head, tail, **props)
        if p.sender:
            _sent_by_own_unit(p, sk, m, mode, add)


# "X局农村科技处干部张某", "来自X厅综合规划处，", "张某（X局公路科）": the department written after the
# unit, then a member's word or the end of the clause
# (局里的X科 is the unit in focus's: "回到局里的林业改革发展处"; a division before 的 and a person is that
# person's: "选派财务处的张某到Y村", "来自该厅X处的张某", not "李某接替返回X局Y科的张某" 李某's;
# "X局把Y科干部张某派到…": 把, 将 or 被 after the unit is its verb, no division's first character)
_DEPARTMENT = regexes.compile(f"的?((?![把将被])(?:(?!{'|'.join(words('send_verbs'))}|的|在|以后)[\u4e00-\u9fff]){{1,10}}?(?<!干)(?:处|科|室|股|系|中心))"
                              f"(?=的?(?:一名)?(?:青年|年轻)?(?:{'|'.join(words('member_roles'))})|工作|上班|以后|[，,。；;）)]|$|"
                              f"的({PER_CH}[\ue100-\ue8ff]))")


def _with_department(sk: Skeleton, end: int, unit: Ref, members: list[Ref]) -> Ref:
    """A member of the department written after his unit works for the department, as written
    ("X厅农村科技处干部Z" -> X厅农村科技处; the unit alone when none is written)."""
    m = _DEPARTMENT.match(sk.text, end)
    if not m or unit.label != ORG or m.group(2) and sk.ref(m.group(2)).surface not in {p.surface for p in members}:
        return unit
    return _with_division(unit, m.group(1))


def _division_headed(sk: Skeleton, end: int, unit: Ref, title: str) -> Ref:
    """"在X局规划科当了两年科长": the head of the division written after the unit heads the
    division, not the unit."""
    m = _DIVISION_AFTER.match(sk.text, end)
    if not m or unit.label != ORG or not re.fullmatch(f"副?{m.group(2)}长", title):
        return unit
    return _with_division(unit, m.group(1))


_DIVISION_AFTER = regexes.compile("的?([\u4e00-\u9fff]{1,10}?(处|科|股))(?![长员])")


# "X厅农村科技处副处长": a post in a division of a unit is held in the division (X厅农村科技处)
_DIVISION_TITLE = regexes.compile("([\u4e00-\u9fff]{2,10}?(?<!办事)处)((?:副|常务副|[一二三四]级)?(?:" + alternation(TITLES) + "))|"
                                  # "X局综合规划科副科长": a section's own post (not a clinic's: "麻醉科主治医师")
                                  "([\u4e00-\u9fff]{2,10}?(?<![内外专学百本])科)(副?科长|(?:[一二三四]级)?(?:主任)?科员)|"
                                  # "X县财政局预算股副股长": a county bureau's section (股), held there as a 科's post is
                                  "([\u4e00-\u9fff]{2,10}?(?<!控)股)(副?股长)")


_OFFICE_TITLE = regexes.compile("[\u4e00-\u9fff]{0,6}办公室副?主任")     # (a unit's office: no village has one)


def _division_post(title: str) -> tuple[str, str] | None:
    """"综合处副处长" -> (综合处, 副处长): the division and the post held in it."""
    m = _DIVISION_TITLE.fullmatch(title)
    return tuple(g for g in m.groups() if g) if m else None      # (one alternative's pair matched)


def _with_division(unit: Ref, division: str) -> Ref:
    """The unit's division, named after it (X厅 + 农村科技处; X局 + 局储备处, the bureau's own)."""
    if division[0] in "局厅委" and unit.surface.endswith(division[0]) and len(division) > 3:
        division = division[1:]
    return replace(unit, surface=unit.surface + division, canonical=unit.canonical and unit.canonical + division)


def _title(m: re.Match, title: str) -> str:
    """A pattern's title as written, or "@group": the words its group matched."""
    return _OF_ONE.sub("", m.group(title[1:])) if title.startswith("@") else title


_OF_ONE = regexes.compile("的(?:一名|一位)?|(?<=[处科室股])(?:担任|任)")
#   ("X处的一名二级主任科员": the post is 处二级主任科员; "回到X厅预算处任副处长": 预算处副处长)


_LEVEL_OF_POINT = {"村": "Village", "嘎查": "Village", "社区": "Village", "县": "County"}
_POINT_LEVELS = tuple(_LEVEL_OF_POINT)


def _of_level(sk: Skeleton, m: re.Match, tails: list[Ref], mode: str) -> list[Ref]:
    """"在Y县，Z村是X局的帮扶村", "Z村地处Y镇东部，是X局的帮扶村": what the place is
    called (帮扶村) says its level; the place of that level named last before it."""
    level = next(lvl for w, lvl in _LEVEL_OF_POINT.items() if mode.endswith(w))
    if all(getattr(t, "level", level) == level for t in tails):
        return tails
    places = [sk.ref(t) for t in re.findall("[\ue000-\ue005][\ue100-\ue8ff]", sk.text[:m.start("mode")])]
    return [p for p in places if getattr(p, "level", None) == level][-1:] or tails


_POSTS = ("FIRST_SECRETARY_OF", "HOLDS_POSITION")
_SUCCEEDS = regexes.compile(f"({PER_CH}[\ue100-\ue8ff])(?:同志)?(?:接替|接过)[^，,。；;！？!?\ue000-\ue007]{{0,12}}$")


def _successor_before(sk: Skeleton, pos: int) -> Ref | None:
    """The person who succeeds the one named at `pos` ("张某接替期满返校的|李某")."""
    m = _SUCCEEDS.search(sk.text, 0, pos)
    return sk.ref(m.group(1)) if m else None


def _pairs(heads: list[Ref], tails: list[Ref], respectively: bool) -> list[tuple[Ref, Ref]]:
    """Every head with every tail; but "A局、B局分别包联C村、D村" pairs them in order
    (both lists are in the order the sentence names them)."""
    if respectively and len(heads) > 1 and len(tails) > 1:
        return list(zip(heads, tails))      # (in order, as far as both lists were read)
    return [(h, t) for h in heads for t in tails]


def _refs(sk: Skeleton, m: re.Match, name: str, focus: Focus, p: Pattern) -> list[Ref]:
    if name == "@pair":
        return focus.pair()
    if name == "@person":
        return focus.named_before()
    if name == "@subject":
        return focus.subject()
    if name.startswith("@"):
        ref = focus.section if name == "@Village" and focus.section else focus.places.get(name[1:])
        return [ref] if ref else []
    ref = sk.ref(m.group(name))
    out = [ref]
    if p.lists and ref.label == ORG:
        out = _units_listed_before(sk, m.start(name))[::-1] + out       # in the order they are named
    if p.units and ref.label == ORG:
        out = [u for u in out if u.kind in p.units]     # "X公司向Y村捐赠": a company's gift is no support
    if p.lists and ref.label == PLACE:
        out += _places_listed_after(sk, m.end(name))
    if p.people and ref.label == PERSON:
        out += _listed_after(sk, m.end(name), _PERSON_AFTER, "person")
    return out


def _sent_by_own_unit(p: Pattern, sk: Skeleton, m: re.Match, mode: str, add) -> None:
    """"X局副局长张某下派到Y村任第一书记", "X局干部张某被选派到Y村": the unit where
    the person holds a post or works, named before the name, sent them, so it
    supports the village."""
    place = sk.ref(m.group("place"))
    start = m.start("person")
    units = [holder for holder, _ in parse_title_chain(sk.text[:start], sk) if holder is not None]
    if member := _MEMBER_BEFORE.search(sk.text, 0, start):      # "X局干部张某被选派到Y村"
        sender = _SENDER_WITH_把.search(sk.text, 0, member.start())
        units.append(sk.ref((sender or member).group("org")))   # "X大学把Y学院干部张某派到Z村": X sends
    for before in (_FROM_BEFORE, _WORKED_BEFORE) if "派" in mode else ():
        if member := before.search(sk.text, 0, start):
            units.append(sk.ref(member.group("org")))   # "来自X局的张某被选派到Y村" (not "…驻Y村")
    for unit in units:
        if unit.label == ORG:
            add(p.id, "SUPPORTS", unit, place, mode=mode or "派驻")


# "X局干部张某", "来自X局的张某", "X局把Y科干部张某": the person's own unit, named right before the name
_MEMBER_BEFORE = compile_pattern("{O:org}(?:把|将)?{DEPT}的?(?:一名)?(?:青年|年轻)?(?:{@member_roles})(?:同志)?$")
_SENDER_WITH_把 = compile_pattern("{O:org}[^，,。；;\ue000-\ue007]{0,8}?把$")
_FROM_UNIT = "来自{O:org}{DEPT}的"
_FROM_BEFORE = compile_pattern(_FROM_UNIT + "{N8}$")      # (and "来自X局的90后干部张某")
_WORKED_BEFORE = compile_pattern("在{O:org}{DEPT}(?:工作|任职)了?{N8}的$")     # "在X局工作了十二年的张某"
_LIST_SEP = "(?:、|和|与|及|以及)"
# (each maybe with its party organ: "A局机关党支部、B局机关党支部分别与X村党支部、Y村党支部结对")
_UNIT_BEFORE = regexes.compile(f"({ORG_CH}[\ue100-\ue8ff]){MACROS['UNIT_ORGAN']}{_LIST_SEP}$")
_PLACE_AFTER = compile_pattern("{PLACE_ORGAN}(?:、|和|及|以及){CHAIN}{P:place}")
_PERSON_AFTER = compile_pattern("(?:、|和|及)(?:同志|工作队员|队员|{CHAIN}{V}(?:驻村)?第一书记|现任的|新任的)?{R:person}")
# ("队长张某和队员李某、王某", "A村第一书记张某、B村第一书记李某", "A、B和现任的C")


def _units_listed_before(sk: Skeleton, start: int) -> list[Ref]:
    """"县财政局、县审计局共同包联…": the units listed before the matched one."""
    units = []
    while m := _UNIT_BEFORE.search(sk.text, 0, start):
        units.append(sk.ref(m.group(1)))
        start = m.start()
    return units


def _places_listed_after(sk: Skeleton, end: int) -> list[Ref]:
    """"…包联杏花村和桃园村": the places listed after the matched one."""
    return _listed_after(sk, end, _PLACE_AFTER, "place")


def _listed_after(sk: Skeleton, end: int, item: re.Pattern, group: str | int) -> list[Ref]:
    refs = []
    while m := item.match(sk.text, end):
        refs.append(sk.ref(m.group(group)))
        end = m.end()
    return refs


# ---------------------------------------------------------------- support families in code

MODES = "|".join(sorted(words("support_verbs"), key=len, reverse=True))
# Clauses that go on from a sentence's subject: "X…, 牵头包联Y镇, 并直接包联该镇Z村".
SUBJECT_VERB = compile_pattern("(?P<mode>" + MODES + ")(?:了|的)?(?:村|嘎查|社区)?{CHAIN}{P:place}")
# "…，与Y村、Z村结成帮扶对子": the unit the sentence is about pairs with the places
SUBJECT_PAIRS = compile_pattern("(?<=[，,])(?:还|也|并)?(?:与|同){CHAIN}{P:place}(?=(?:{PLACE_ORGAN}[、和及]{CHAIN}{P})*"
                                "{PLACE_ORGAN}{G16}(?P<mode>{@pairing_verbs}))")
# "…，并向Y村派驻第一书记": the unit the sentence is about sends people to the place
SUBJECT_SENDS = compile_pattern("向{CHAIN}{P:place}(?P<mode>{@send_verbs})了?{N8}(?:{@team_words})")
# "包联单位X", "帮扶责任单位X", "派出单位：X", "由派出单位X另行选派": the unit of the village
# named before it or in focus (but not "由各派驻单位报X备案": each unit, none named); "Y村的帮扶单位换成了X局".
# "1．Y村：网格8个；网格长 张某；结对单位 X局": a line's cell, its label and the unit a space apart
UNIT_CELL = compile_pattern("^(?P<mode>" + MODES + ")单位、{O:org}{UNIT_ORGAN}$")
# (not "X局作为后援单位的Y镇Z村", "作为后盾单位帮扶的Z村": the place it names)
UNIT_AS_UNIT = compile_pattern("{O:org}{UNIT_ORGAN}(?:作为|是)(?P<mode>" + MODES + ")(?:责任)?(?:单位|部门)(?!(?:帮扶|包联)?的?{P})")
UNIT_OF_FOCUS = compile_pattern("(?P<mode>" + MODES + "|(?<!各)(?:派出|派驻|选派)(?=单位))(?:(?:责任)?单位(?:还|也|则|就)?(?:是|为|调整为|改为|换成了?|变成了?|有(?:[两二三四五几\\d]家)?)?(?:[:：]|——|—)?|"
                                "部门(?:还|也|则|就)?(?:是|为|[:：])|企业(?:还|也|则|就)?(?:是|为))"      # "Y村的结对帮扶企业是X公司", "Y村的包联部门是X局", "包联部门：X局"
                                #                                  (帮扶企业X: helping a firm)
                                "{O:org}")


def _subject_clauses(sk: Skeleton, add) -> None:
    subject, at = _subject(sk)
    if not subject:
        return
    for m in (*SUBJECT_VERB.finditer(sk.text), *SUBJECT_SENDS.finditer(sk.text), *SUBJECT_PAIRS.finditer(sk.text)):
        if m.start() > at and not _org_between(sk.text, m.start()) and "分别" not in sk.text[at:m.end()]:
            # (what goes on from it, not what comes before; "A、B、C…，分别帮扶X村、Y村和Z村": each its own)
            for place in [sk.ref(m.group("place"))] + _places_listed_after(sk, m.end("place")):
                add("support.subject_clause", "SUPPORTS", subject, place, mode=m.group("mode"))


# "组团帮扶Y镇的单位包括A局、B公司和C学院": the units named for the place
UNITS_OF_PLACE = compile_pattern("(?P<mode>" + MODES + ")(?:的)?{CHAIN}{P:place}的(?:成员|责任)?单位(?:包括|有|是|为)[：:]?{O:org}")


def _units_of_place(sk: Skeleton, add) -> None:
    for m in UNITS_OF_PLACE.finditer(sk.text):
        for unit in [sk.ref(m.group("org"))] + _units_after(sk, m.end("org")):
            add("support.units_of_place", "SUPPORTS", unit, sk.ref(m.group("place")), mode=m.group("mode"))


def _unit_of_focus(sk: Skeleton, focus: Focus, add) -> None:
    """"Y村的帮扶单位是X局", "包联单位X局", "X局作为联村单位": the unit of the village being
    talked about (the last one named before these words). A notice's block may name the unit
    on a line of its own before the village's line ("帮扶单位：X局" / "派驻村：Y镇Z村"): the
    unit waits for that line."""
    pending, focus.pending = focus.pending, []
    if pending and (line := _VILLAGE_LINE.match(sk.text)):
        for unit, mode in pending:
            add("support.unit_of_focus", "SUPPORTS", unit, sk.ref(line.group("place")), mode=mode)
    waits = _UNIT_LINE.match(sk.text) and _VILLAGE_LINE_NEXT.match(focus.next_text)
    for m in (*UNIT_OF_FOCUS.finditer(sk.text), *UNIT_AS_UNIT.finditer(sk.text), *UNIT_CELL.finditer(sk.text)):
        if _PLACE_LISTED.match(sk.text, m.end("org")):
            continue        # "包联单位：A局—Y镇Z村": the list's own place (_notice_list)
        village = _place_owning(sk, m.start()) or _village_before(sk, m.start()) or \
            m.group("mode") in SEND_VERBS and _village_after(sk, m.end()) or focus.before.get("Village")
        #   ("…，派出单位：X局，…拟任Y村第一书记": a profile's sender, the village of its own line)
        now = _NOW_CHANGED_TO.match(sk.text, m.end("org"))       # "原帮扶单位为A局，现调整为B局"
        for unit in [sk.ref(m.group("org"))] + _units_after(sk, m.end("org")) + ([sk.ref(now.group(1))] if now else []):
            if waits:
                focus.pending.append((unit, m.group("mode")))
            else:
                add("support.unit_of_focus", "SUPPORTS", unit, village, mode=m.group("mode"))


_PLACE_LISTED = regexes.compile("(?:—{1,2}|－)[\ue000-\ue005]")      # (a unit, a dash, a place: a list's line)
_UNIT_LINE = compile_pattern("^{ITEM}[^：:，,。；;\ue000-\ue007]{2,8}[：:]{O}{UNIT_ORGAN}(?:[、和]{O}{UNIT_ORGAN})*$")
_VILLAGE_LINE = compile_pattern("^{ITEM}[^：:，,。；;\ue000-\ue007]{2,8}[：:]{CHAIN}{V:place}$")      # (labelled: "派驻村：Y村")
_VILLAGE_LINE_NEXT = regexes.compile("^(?:【[\u4e00-\u9fff]{2,8}】|[\u4e00-\u9fff]{2,8}[：:])[\u4e00-\u9fff]{2,20}(?:村|嘎查|社区)$")


_NOW_CHANGED_TO = regexes.compile(f"[，,](?:现|后|今年)?(?:调整为|改为|变更为|更换为)({ORG_CH}[\ue100-\ue8ff])")


_TEAM = f"({ORG_CH}[\ue100-\ue8ff])[^、，,。；;\ue007]{{0,12}}?驻(?:[\ue000-\ue005][\ue100-\ue8ff]的?)*" \
        f"([\ue000-\ue005][\ue100-\ue8ff])[^、，,。；;\ue000-\ue007]{{0,8}}?工作[队组]"
_TEAMS_LED = regexes.compile(f"(?:{_TEAM}[、和及])+{_TEAM}分别由(?P<people>(?:{PER_CH}[\ue100-\ue8ff][、和及]?)+)(?:同志)?"
                        "(?:担任|任)(?P<title>队长|组长|第一书记)")


# "新选派的第一书记中，有3人到了金寨：A局的张某到X镇Y村，B局的李某到…": after a colon
# that follows 第一书记, each person who goes to a village is its first secretary
_LISTED_AFTER = regexes.compile("第一书记[^。；;：:\ue007]{0,30}[：:]")
_GOES_TO = compile_pattern("{R:person}(?:同志)?(?:到|赴|去|派驻|驻)了?{CHAIN}{V:place}(?=[，,；;。]|$)")


# "驻村第一书记分别为：A村张某（X局干部），B村李某", "各村包村干部为：A村张某，B村李某": each village,
# then who holds the post there
_NAMED_AFTER = regexes.compile("(?:第一书记|(?:各(?:村|嘎查|社区)|(?<![\u4e00-\u9fff]))(?P<title>" + alternation(TITLES) +
                               "))(?:分别)?(?:为|是|如下)[：:]")
_PLACE_THEN_PERSON = compile_pattern("{CHAIN}{V:place}{R:person}(?:同志)?(?=[（(，,、；;。]|$)")


def _secretaries_listed(sk: Skeleton, focus: Focus, add) -> None:
    if m := _LISTED_AFTER.search(sk.text):
        for g in _GOES_TO.finditer(sk.text, m.end()):
            add("secretary.listed", "FIRST_SECRETARY_OF", sk.ref(g.group("person")), sk.ref(g.group("place")))
    village = focus.places.get("Village")
    if village and (m := _SUCCESSIONS.search(sk.text)):      # "先后迎来了四任第一书记：A局的甲、B局的乙…"
        for g in _OF_UNIT.finditer(sk.text, m.end()):
            add("secretary.listed", "FIRST_SECRETARY_OF", sk.ref(g.group("person")), village)


def _listed_by_village(sk: Skeleton, add) -> None:
    if m := _NAMED_AFTER.search(sk.text):
        for g in _PLACE_THEN_PERSON.finditer(sk.text, m.end()):
            person, village = sk.ref(g.group("person")), sk.ref(g.group("place"))
            if "第一书记" in (title := m.group("title") or "第一书记"):
                add("secretary.listed", "FIRST_SECRETARY_OF", person, village)
            else:
                add("post.listed_by_village", "HOLDS_POSITION", person, village, title=title)


_SUCCESSIONS = regexes.compile("(?:先后|历任|前后)[^。；;：:\ue007]{0,12}?[两三四五六七八九十\\d]+任(?:驻村)?第一书记[：:]")
_OF_UNIT = compile_pattern("(?:{O}{DEPT}的)?{R:person}(?=[、，,和及。；;]|$)")


def _terms_of_secretaries(sk: Skeleton, focus: Focus, add) -> None:
    """"X院先后向Y村派驻了三任第一书记。从第一任的甲，到第二任的乙，再到现任的丙…", "前两任——甲和乙":
    after the village's first secretaries are counted, the people named by their term held the post."""
    if _TERMS_COUNTED.search(sk.text):
        focus.terms_at = focus.sentence
    village = focus.before.get("Village") or focus.places.get("Village")     # (not one this sentence names in passing)
    if village is None or focus.sentence - focus.terms_at > 1:
        return
    for m in _BY_TERM.finditer(sk.text):
        for person in [sk.ref(m.group("person"))] + _listed_after(sk, m.end("person"), _PERSON_AFTER, "person"):
            add("secretary.by_term", "FIRST_SECRETARY_OF", person, village)


_TERMS_COUNTED = regexes.compile("[两三四五六七八九十\\d]任(?:驻村|驻嘎查)?第一书记")
_BY_TERM = compile_pattern("(?:第[一二三四五六七八九十\\d]任|首任|上一任|现任|前[两三四五]任)的?(?:[——－:：，,]{1,2})?{R:person}")


def _teams_led_respectively(sk: Skeleton, add) -> None:
    """"A局驻X村工作队、B局驻Y村工作队分别由甲、乙担任队长": each person works for
    the unit of his team and leads it in its village."""
    for m in _TEAMS_LED.finditer(sk.text):
        teams = re.findall(_TEAM, sk.text[m.start():m.start("people")])
        people = re.findall(f"{PER_CH}[\ue100-\ue8ff]", m.group("people"))
        if len(teams) != len(people):
            continue
        for (unit, place), person in zip(teams, people):
            who, org, where = sk.ref(person), sk.ref(unit), sk.ref(place)
            add("team.led_respectively", "WORKS_FOR", who, org)
            if m.group("title") != "第一书记":
                add("team.led_respectively", "HOLDS_POSITION", who, where, title="工作队" + m.group("title"))
            else:
                add("team.led_respectively", "FIRST_SECRETARY_OF", who, where)


_VILLAGE_TOKEN = compile_pattern("{V}")
_TOWNSHIP_TOKEN = compile_pattern("{T}")
_MENTION_TOKEN = compile_pattern("{X}")      # any name's token
_UNIT_S_PERSON = compile_pattern("{O:org}的{R:person}")
_SENT_RESPECTIVELY = compile_pattern("(?:{O}的{R}[、和及])+{O}的{R}(?:同志)?分别(?:派驻|选派到|下派到|派到|到|驻|赴)"
                                     "(?P<places>(?:{CHAIN}{V}[、和及])+{CHAIN}{V})[^。；;，,]{0,6}?(?:任|担任)?(?:驻村)?第一书记")


def _units_people_sent_respectively(sk: Skeleton, add) -> None:
    """"A局的甲、B局的乙、C院的丙分别派驻X村、Y村和Z村任第一书记": in order, each person is
    the first secretary of the village in the same place in its list, and his unit's member."""
    for m in _SENT_RESPECTIVELY.finditer(sk.text):
        items = list(_UNIT_S_PERSON.finditer(sk.text, m.start(), m.start("places")))
        villages = _VILLAGE_TOKEN.findall(m.group("places"))
        if len(items) != len(villages):
            continue
        for item, place in zip(items, villages):
            who, org, village = sk.ref(item.group("person")), sk.ref(item.group("org")), sk.ref(place)
            add("secretary.sent_respectively", "FIRST_SECRETARY_OF", who, village)
            add("secretary.sent_respectively", "WORKS_FOR", who, org)
            add("secretary.sent_respectively", "SUPPORTS", org, village, mode="派驻")


_PEOPLE = "{R}(?:[（(][^（）()]{0,16}[）)])?(?:(?:、|和|及){R}(?:[（(][^（）()]{0,16}[）)])?)+"
_VILLAGES = "(?:{CHAIN}{V}(?:、|和|及))+{CHAIN}{V}"
_SECRETARIES_RESPECTIVELY = [compile_pattern(p) for p in (
    f"(?P<people>{_PEOPLE})(?:同志)?分别(?:担任|任|为|是)(?P<places>{_VILLAGES})的?(?:驻村)?第一书记",
    f"分别(?:派驻|选派到|下派到|派到|派往|到|驻|在)?(?P<places>{_VILLAGES})(?:担任|任)?的(?:驻村)?第一书记(?P<people>{_PEOPLE})")]


def _secretaries_respectively(sk: Skeleton, claims: list[Claim], add) -> None:
    """"张某、李某分别担任X村、Y村第一书记", "分别派驻X村、Y村的第一书记张某、李某": in order,
    each the first secretary of the village in the same place in its list, and of no other in it
    (the post, then its holders: post.names_after)."""
    for m in (m for p in _SECRETARIES_RESPECTIVELY for m in p.finditer(sk.text)):
        people = [sk.ref(t) for t in re.findall(f"{PER_CH}[\ue100-\ue8ff]", m.group("people"))]
        villages = [sk.ref(t) for t in _VILLAGE_TOKEN.findall(m.group("places"))]
        if len(people) != len(villages):
            continue
        claims[:] = [c for c in claims if not (c.type == "FIRST_SECRETARY_OF" and c.head in people and c.tail in villages)]
        for who, village in zip(people, villages):
            add("secretary.respectively", "FIRST_SECRETARY_OF", who, village)


# "X局选派的工作队进驻Y村，队长、第一书记张某…", "…，队长兼第一书记张某": the leader of the team just named
TEAM_THEN_LEADER = compile_pattern("{O:org}{UNIT_ORGAN}[^。；;，,\ue006\ue007]{0,16}?(?:工作队|工作组)"
                                   "[^。；;\ue006\ue007]{0,20}?[，,](?:工作队)?队长(?:[、兼](?:驻村)?第一书记)?{R:person}")
# "X局驻Y村工作队", "X局向Y村派驻工作队", "X局选派的工作队": a unit's team, which the article may go on
# about (not a team sent to a county, drawn from many units: "X省委驻Y县帮扶工作队")
TEAM_OF_UNIT = compile_pattern("{O:org}{UNIT_ORGAN}(?:{G12}驻{CHAIN}{V}|{G8}向{CHAIN}{V}(?:派驻|派出|选派|下派)|"
                               "(?:派驻|选派|派出|下派)的|驻村){N10}(?:工作队|工作组)")
# "工作队队长、第一书记张某", "第一书记兼工作队队长张某": the leader of the team in focus
LEADER_OF_FOCUS = compile_pattern("(?:^|[，,；;])(?:(?:驻村)?第一书记[、兼])?(?:驻村|帮扶|乡村振兴)?工作队(?:队长|长)"
                                  "(?:[、兼](?:驻村)?第一书记)?{R:person}")


def _leader_of_the_team(sk: Skeleton, focus: Focus, add) -> None:
    for m in TEAM_THEN_LEADER.finditer(sk.text):
        person, unit = sk.ref(m.group("person")), sk.ref(m.group("org"))
        add("team.leader", "WORKS_FOR", person, unit)
        village = _village_before(sk, m.start("person")) or focus.places.get("Village")
        if village is not None:
            add("team.leader", "HOLDS_POSITION", person, village, title="工作队队长")
    if focus.team is not None and ORG_CH not in sk.text:    # (a sentence that names a unit says whose he is)
        for m in LEADER_OF_FOCUS.finditer(sk.text):
            add("team.leader_of_focus", "WORKS_FOR", sk.ref(m.group("person")), focus.team)
    village = focus.section or focus.places.get("Village")
    if focus.team is not None and village is not None and (m := _LEADER_LABEL.match(sk.text)):
        add("team.leader_label", "HOLDS_POSITION", sk.ref(m.group("person")), village, title="工作队队长")


# "驻村工作队：X局驻Y村工作队" / "队长：张某": the label line of the leader of the team in focus
_LEADER_LABEL = compile_pattern("^队长[：:]{R:person}")


def _sender_line(sk: Skeleton, focus: Focus, add) -> None:
    """"派驻单位：X局" / "第一书记：张某" or "队长：张某（第一书记）": the person the line after
    a notice's sender line names is the sender's (the other way round: works.sender_line)."""
    if m := _SENDER_LABEL.match(sk.text) or _SENDER_HEADING.match(sk.text) or _TEAM_HEADING.search(sk.text):
        focus.sender = (sk.ref(m.group("org")), focus.sentence)
        focus.team = focus.sender[0]        # (the unit that sends the village's team: "队长：张某" leads it)
        return
    if not focus.sender or focus.sender[1] != focus.sentence - 1 or ORG_CH in sk.text:
        return
    if sent := _SENT_TO_LABEL.match(sk.text):
        add("support.sender_heading", "SUPPORTS", focus.sender[0], sk.ref(sent.group("place")), mode="派驻")
    if sent or _POST_LABEL.match(sk.text) or sk.text.startswith(("队员", "工作队员")):
        for person in re.findall(f"{PER_CH}[\ue100-\ue8ff]", sk.text):      # (the team's members too)
            add("team.sender_label", "WORKS_FOR", sk.ref(person), focus.sender[0])
        focus.sender = (focus.sender[0], focus.sentence)        # (the block goes on: "…；" / "队员 李某、王某")


_SENDER_LABEL = compile_pattern("^(?:派出|派驻|选派)单位[：:]{O:org}$")
# "一、X局（3人）" / "派驻Y镇Z村：第一书记兼队长 张某；队员 李某": a notice's section headed by the unit
# (the note with the head count is the reader's to drop)
_SENDER_HEADING = compile_pattern("^{NUMBER}{O:org}$")
# "▲X局驻Y镇Z村工作队" / "第一书记、队长：张某" / "队员：李某、王某": a roster's heading names the team by its unit
_TEAM_HEADING = compile_pattern("(?:^|[：:])[▲■◆●★]?{NUMBER}?{O:org}{UNIT_ORGAN}(?:驻|派驻){CHAIN}{V}的?(?:驻村)?工作队$")
_SENT_TO_LABEL = compile_pattern("^(?:派驻|进驻|驻)(?:到)?{CHAIN}{V:place}[：:]")
_POST_LABEL = compile_pattern("^(?:(?:驻村)?第一书记|(?:工作)?队长)(?:[、兼](?:驻村)?(?:第一书记|工作队?长|工作队队长|队长))?[：:]{R:person}")


def _card(sk: Skeleton, focus: Focus, add) -> None:
    """A profile card, a line a field: "姓名：张某" / "派出单位：X局" / "原任职务：四级主任科员" /
    "现任职务：Y镇Z村第一书记、驻村工作队队长"."""
    if m := _CARD_NAME.match(sk.text):
        focus.card_person = sk.ref(m.group("person")) if m.group("person") else _cell_person(m.group("bare"), sk)
        focus.card_unit = focus.card_village = None
        return
    if not focus.card_person:
        return
    if m := _CARD_UNIT.match(sk.text):
        focus.card_unit = sk.ref(m.group("org"))      # (with no post, he works for it: works.sender_line)
        if (title := m.group("title")) and title.endswith(_TITLE_ENDS):       # "选派单位及职务：X局 二级主任科员"
            add("card.unit_post", "HOLDS_POSITION", focus.card_person, focus.card_unit, title=title)
        elif title:
            add("card.unit_post", "WORKS_FOR", focus.card_person, focus.card_unit)
        return
    if m := _CARD_PLACE.match(sk.text):
        focus.card_village = sk.ref(m.group("place"))
        return
    if not (m := _CARD_POST.match(sk.text)):
        return
    person, post, unit = focus.card_person, m.group("post"), focus.card_unit
    if unit is None and (sent := _SENT_IN_POST.match(post)):
        unit = sk.ref(sent.group("org"))        # "职务：X局驻Y村第一书记": the post names who sent him
        add("card.post", "WORKS_FOR", person, unit)
    if unit is None:
        return
    if village := next((r for r in map(sk.ref, re.findall("[\ue000-\ue005].", post)) if r.level == "Village"),
                       focus.card_village):
        if "第一书记" in post:
            add("card.post", "FIRST_SECRETARY_OF", person, village)
            add("card.post", "SUPPORTS", unit, village, mode="派驻")
        if "队长" in post:
            add("card.post", "HOLDS_POSITION", person, village, title="工作队队长")
    elif post.endswith(_TITLE_ENDS) and not re.search("[\ue000-\ue007]", post):
        add("card.post", "HOLDS_POSITION", person, unit, title=post)     # "原任职务：四级主任科员": in the unit


_SENT_IN_POST = compile_pattern("{O:org}{UNIT_ORGAN}(?:派驻|选派|下派)?(?:到|驻)")
_CARD_NAME = compile_pattern("^姓\\s*名[：:](?:{R:person}|(?P<bare>[\u4e00-\u9fff·]{2,8}))$")
_CARD_UNIT = compile_pattern("^(?:派出|选派|派驻|推荐|工作)?单位(?P<and_post>(?:及|和|与)职务)?[：:]{O:org}"
                             "(?(and_post)、?(?P<title>[^、\ue000-\ue007]{1,12}))$")
_CARD_PLACE = compile_pattern("^(?:派驻|驻村|拟派驻|帮扶)(?:地点|村|嘎查村|村（社区）)[：:]{CHAIN}{V:place}$")
_CARD_POST = regexes.compile("^(?:(?:现任|原任|现|原|拟任|驻村)?职\\s*务|(?:任职|派驻|驻)村(?:及职务)?)[：:](?P<post>.+?)[。；;]?$")
#   ("任职村：Y乡Z村第一书记": the village and the post there)


def _team_of_focus(sk: Skeleton, focus: Focus) -> None:
    """The unit whose work team the sentence names becomes the team in focus."""
    teams = list(TEAM_OF_UNIT.finditer(sk.text))
    if teams:
        focus.team = sk.ref(teams[-1].group("org"))


def _place_owning(sk: Skeleton, pos: int) -> Ref | None:
    """"Y镇的包联单位": the place of any level right before, whose the words at pos are."""
    m = _OWNER_BEFORE.search(sk.text, 0, pos)
    return sk.ref(m.group(1)) if m else None


_OWNER_BEFORE = regexes.compile("([\ue000-\ue005][\ue100-\ue8ff])的$")


def _village_after(sk: Skeleton, pos: int) -> Ref | None:
    return _village_token(sk, sk.text.find(LEVEL_CH["Village"], pos))


def _village_before(sk: Skeleton, pos: int) -> Ref | None:
    return _village_token(sk, max(sk.text.rfind(LEVEL_CH["Village"], 0, pos), sk.text.rfind(LEVEL_CH["Group"], 0, pos)))


def _village_token(sk: Skeleton, i: int) -> Ref | None:
    ref = sk.ref(sk.text[i:i + 2]) if i >= 0 else None
    return ref if ref is not None and ref.level == "Village" else None


# A notice that lists who supports what, a line each: "…包联嘎查安排如下：" / "X嘎查：A局、B局" / "A局：X村、Y村"
LIST_INTRO = regexes.compile("(?P<mode>" + MODES + ")(?:[^。；;！？!?]{0,30}(?:如下|名单|安排$)|单位(?=[：:]))")
#  ("一、调整后的包联安排"; "县直包联单位：A局—Y村；B局—Z村", a label)
_LIST_MARK = "(?:[：:]|—{1,2}|－)"       # "X嘎查：A局", "X村——A局"
# (each maybe with its party organ: "A局机关党支部——X镇Y村党支部", a list of pairings)
LIST_PLACE_UNITS = compile_pattern("{ITEM}{CHAIN}{P:place}{PLACE_ORGAN}" + _LIST_MARK + "{O:org}{UNIT_ORGAN}")
LIST_UNIT_PLACES = compile_pattern("{ITEM}(?:{O}{UNIT_ORGAN}[、和])*{O:org}{UNIT_ORGAN}" + _LIST_MARK + "{CHAIN}{P:place}{PLACE_ORGAN}")
# a numbered table row of the list: "3 X局党总支 Y村党总支 Z镇 续签" (the cells a space apart, read as 、)
TABLE_UNIT_PLACE = compile_pattern("\\d{1,3}[、.．](?!\\d)(?:{O}{UNIT_ORGAN}、)*{O:org}{UNIT_ORGAN}、{CHAIN}{P:place}{PLACE_ORGAN}")     # (may end in a note: 续签)
#   ("4 A局、B局 Y镇Z村": a cell of two units, its comma and the cells' gaps alike; "4．X局　Y镇Z村": numbered as a list)
TABLE_ROW_UNIT_PLACE = compile_pattern("{O:org}{UNIT_ORGAN}、{CHAIN}{P:place}{PLACE_ORGAN}")      # a row and nothing else
_SUPPORT_LIST_HEADING = regexes.compile("(?:名单|情况|安排|结果)[^。；;！？!?]{0,6}如下[^。；;！？!?]{0,12}[：:]$")


# "悦来镇：永发村（县委办、县政府办），新民村（县发改局）；": villages, each with its units in brackets
_VILLAGE_UNITS = regexes.compile(f"([\ue004\ue005][\ue100-\ue8ff])[（(]((?:{ORG_CH}[\ue100-\ue8ff][、和及]?)+)[）)][，,、；;。]?")
_TOWN_LABEL = compile_pattern("{ITEM}{CHAIN}{T:town}[：:]")


def _villages_with_units(sk: Skeleton, start: int, focus: Focus, add) -> bool:
    town = _TOWN_LABEL.match(sk.text, start)
    items, end = [], town.end() if town else start
    while m := _VILLAGE_UNITS.match(sk.text, end):
        items.append(m)
        end = m.end()
    if not items or end < len(sk.text):
        return False
    for m in items:
        village = sk.ref(m.group(1))
        for unit in re.findall(f"{ORG_CH}.", m.group(2)):
            add("support.notice_list", "SUPPORTS", sk.ref(unit), village, mode=focus.listing)
        if town:
            add("place.list_label", "LOCATED_IN", village, sk.ref(town.group("town")))
    return True


def _notice_list(sk: Skeleton, focus: Focus, add) -> None:
    start = 0
    said, focus.said = focus.said, (re.findall(MODES, sk.text) or [""])[-1]
    if m := LIST_INTRO.search(sk.text):
        focus.listing = m.group("mode")
        if not sk.text.startswith(("：", ":"), m.end()):
            return
        start = m.end() + 1     # "…如下：1. X镇Y村：A局": the list's first line, glued to its heading
    elif said and _SUPPORT_LIST_HEADING.search(sk.text):
        focus.listing = said    # "对X单位挂点帮扶村进行调整。现将名单公布如下：": the support said just before
        return
    if not focus.listing or _villages_with_units(sk, start, focus, add):
        return
    if (m := LIST_PLACE_UNITS.match(sk.text, start)) and \
            _list_runs_to_end(sk, m.end(), _UNIT_AFTER, (note := _SECRETARY_NOTE.search(sk.text)) and note.start()):
        units, place = [sk.ref(m.group("org"))] + _units_after(sk, m.end()), sk.ref(m.group("place"))
        for unit in units:
            add("support.notice_list", "SUPPORTS", unit, place, mode=focus.listing)
        for person in re.findall(f"{PER_CH}.", note.group("people")) if note else ():
            person = sk.ref(person)     # "Y村：X局（第一书记张某）", "Y村——X局（包村干部：张某、李某）"
            if note.group("role") == "第一书记":
                add("secretary.notice_list", "FIRST_SECRETARY_OF", person, place)
            if len(units) == 1:
                add("secretary.notice_list", "WORKS_FOR", person, units[0])
    elif (m := LIST_UNIT_PLACES.match(sk.text, start)) and \
            _list_runs_to_end(sk, m.end(), _PLACE_AFTER, (note := _SECRETARY_TAIL.search(sk.text) or _LINE_NOTE.search(sk.text))
                              and note.start()) or \
            (m := TABLE_UNIT_PLACE.match(sk.text, start)) or (m := TABLE_ROW_UNIT_PLACE.fullmatch(sk.text, start)):
        units = re.findall(f"{ORG_CH}.", sk.text[:m.end("org")])      # ("A局、B局——Y镇Z村": both)
        if m.re is LIST_UNIT_PLACES and note:
            units += re.findall(f"原由({ORG_CH}.)", note.group())    # "（原由C局机关党支部结对，…）": the unit before
        first, *after = [sk.ref(m.group("place"))] + _places_listed_after(sk, m.end())
        if after and LEVEL_RANK[after[0].level] > LEVEL_RANK[first.level]:
            add("place.table_row", "LOCATED_IN", after[0], first)      # "X局 Y镇 Z村": the town's cell, then the village's
            first, after = after[0], after[1:]
        for place in [first] + after:
            if LEVEL_RANK[place.level] < LEVEL_RANK[first.level]:      # a table's next cell: where it lies
                add("place.table_row", "LOCATED_IN", first, place)
                continue
            for unit in units:
                add("support.notice_list", "SUPPORTS", sk.ref(unit), place, mode=focus.listing)
        if m.re is LIST_UNIT_PLACES and note and note.re is _SECRETARY_TAIL:
            person = sk.ref(note.group("person"))       # "1.X局——Y镇Z村，第一书记张某": the one it sent
            add("secretary.notice_list", "FIRST_SECRETARY_OF", person, first)
            if len(units) == 1:
                add("secretary.notice_list", "WORKS_FOR", person, sk.ref(units[0]))


_THE_FOLLOWING = regexes.compile("以下(?:[\\d一二三四五六七八九十]+名)?同志")     # ("拟选派以下3名同志…")


def _roster(sk: Skeleton, focus: Focus, add) -> None:
    """A roster of first secretaries and work teams flattened to text, a row a line:
    "序号 姓名 性别 民族 派出单位 派驻嘎查村" / "1 王某 男 汉族 X局 Y镇Z村", or with the post
    in a column of its own ("… 派出单位 驻村职务" / "… X局 第一书记、队长")."""
    if (dashed := _DASHED_HEAD.search(sk.text)) and \
            _roster_head(cells := [_spelled(c, sk) for c in _DASH.split(dashed.group(1))]):
        focus.roster, focus.table = True, cells        # "名单如下（选派单位—驻村嘎查村—姓名）：", a line a row
        return
    if ("单位" in sk.text or "第一书记" in sk.text) and _roster_head(cells := _head_cells(sk)):
        focus.roster, focus.table = True, cells        # a table's head says it is a roster
        return
    if m := ROSTER_FORMER.search(sk.text):
        _roster_line(sk, m, add, "secretary.roster_former", sent=False)
        return
    focus.roster = focus.roster or ("第一书记" in sk.text or focus.secretaries) and \
        ("名单" in sk.text or _THE_FOLLOWING.search(sk.text) or _LIST_HEADING.fullmatch(sk.text))     # (拟选派以下同志担任第一书记;
    #                                                         "…选派的4名第一书记到村报到。名单如下：")
    if not focus.roster:
        return
    if m := ROSTER_LINE.search(sk.text) or ROSTER_UNIT_FIRST.match(sk.text) or ROSTER_NAME_FIRST.match(sk.text):
        _roster_line(sk, m, add, "secretary.roster_line")
        return
    if m := ROSTER_VILLAGE_FIRST.match(sk.text):     # (the unit sends him only if the line says so)
        _roster_line(sk, m, add, "secretary.roster_village_first", sent=bool(m.group("sent")))
        return
    if m := SECRETARY_ITEM.match(sk.text):       # "Y村：王某（X局）"
        person, village, unit = sk.ref(m.group("person")), sk.ref(m.group("place")), sk.ref(m.group("org"))
        add("secretary.roster", "FIRST_SECRETARY_OF", person, village)
        if unit:
            add("secretary.roster", "WORKS_FOR", person, unit)
        if unit and not m.group("member"):
            add("secretary.roster", "SUPPORTS", unit, village, mode="派驻")
        return
    cells = _cells(sk)
    head = focus.table
    if head and len(cells) < len(head) == len(sk.printed or ()):
        cells = list(sk.printed)        # "王某 X局副局长 Y镇Z村": three cells under a head of three
    if head and len(cells) > len(head):
        cells = _unit_then_post(cells, head)
    if head and len(cells) < len(head) and (dashed := _DASHED_ROW.match(sk.text)):
        cells = [_CELL_NOTE.sub("", c) for c in _DASH.split(dashed.group(1))]
    if head and len(cells) < len(head) and any(h == "姓名" or "第一书记" in h for h in head):
        # "第一书记 王某": a post's cell and a name's, which the skeleton read as a typeset title
        cells = [part for c in cells for part in _post_then_name(c)]
    if head and len(cells) < len(head):
        cells = _aligned(cells, head) or cells + [""]       # empty cells (the last: "备注")
    if not head or len(cells) < len(head):
        return
    cells = _units_in_one_cell(cells, len(head))
    row = dict(zip(head, cells[:len(head) - 1] + ["、".join(cells[len(head) - 1:])]))   # (the last may list)
    village = _row_village(sk, row)
    _merged_township(sk, row, village, focus, add)
    if _secretaries_with_units(sk, row, village, add):
        _supporting_units(sk, row, village, add)
        return
    # ("原第一书记 新任第一书记": the row's current secretary is the one its unit has now, if named)
    people_heads = sorted((h for h in head if h == "姓名" or "第一书记" in h and "单位" not in h and not _home_post_head(h)),
                          key=lambda h: h.startswith(("原", "前任")))
    person_head, person = next(((h, p) for h in people_heads      # (with a note: "王某（X局干部，新任）")
                                if (p := _cell_person(_CELL_NOTE.sub("", row.get(h, "")), sk))),
                               (people_heads[0] if people_heads else "", None))
    units = [(h, sk.ref(u), m.group("mode")) for h, cell in row.items() if "单位" in h and
             (m := _UNITS_CELL.fullmatch(_CELL_NOTE.sub("", cell)))    # (a note after it: "X局（…）")
             for u in re.findall(f"{ORG_CH}.", m.group("units"))]
    # "派出单位及职务": the unit and the person's post in it ("X局预算股股长") in one cell
    held = next(((h, m) for h, c in row.items() if "单位" in h and "职务" in h and
                 (m := re.fullmatch(f"({ORG_CH}.)([^\ue000-\ue007，,]+)(?:[，,].*)?", c))), None)
    units += [(held[0], sk.ref(held[1].group(1)), None)] if held else []
    # (the sender's column before a supporting unit's, "包联单位 派出单位 第一书记", and the present
    # unit's before a former one's, "原包联单位 现包联单位 第一书记")
    pairs = [(h, u) for h, u, _ in units]
    current = [(h, u) for h, u in pairs if not h.startswith(("原", "前"))] or pairs
    unit = next((u for h, u in current if _SENDER_HEAD.search(h)), current[0][1] if current else None)
    # (of two columns of posts, "现任职务 … 拟任职务", the one that names the post in the village)
    posts = [(h, c) for h, c in row.items() if "职务" in h and "单位" not in h and h != person_head]
    post_head, post = next(((h, c) for h, c in posts if _VILLAGE_POST.search(c)), posts[0] if posts else ("", "第一书记"))
    if not _VILLAGE_POST.search(post):      # "… 职务 驻村情况" / "… 干部 Y镇Z村第一书记": the post at home, then in the village
        post_head, post = next(((h, c) for h, c in row.items() if h.startswith("驻村") and _VILLAGE_POST.search(c)),
                               (post_head, post))
    # ("… 派出单位 姓名 驻村职务 单位职务": the post at home in a column of its own)
    in_unit = held[1].group(2) if held else next((c for h, c in row.items() if ("单位职务" in h or h in _HOME_POST_HEADS
                                                  or (h, c) in posts and h != post_head) and not c.startswith(ORG_CH)), "")
    if not in_unit and (note := _CELL_NOTE.search(row.get(person_head, ""))) and \
            (re.search("[（(]职务[）)]", person_head) or _is_post(note.group()[1:-1])):
        in_unit = note.group()[1:-1]        # "第一书记（职务）": "王某（四级主任科员）", his post in the unit
        #                                     (a post's note needs no head to say so)
    if post_head and not post_head.startswith("驻村") and not _VILLAGE_POST.search(post) and focus.roster:
        in_unit, post = post, "第一书记"     # "姓名 派出单位 职务 驻村": a roster of first secretaries, their posts at home
    if home := re.fullmatch(f"({ORG_CH}.)([^\ue000-\ue007]+)", in_unit):
        unit, in_unit = unit or sk.ref(home.group(1)), home.group(2)     # "X局国库股股长": the post in its unit
    if person and unit and in_unit.endswith(_TITLE_ENDS):     # (not 干部, 职工: members)
        add("secretary.roster", "HOLDS_POSITION", person, unit, title=in_unit)
    elif person and unit and ("队" in person_head or _SENDER_HEAD.search(person_head) or
                              not all(_SUPPORT_UNIT.search(h) and not _SENDER_HEAD.search(h) for h, _ in current)):
        add("secretary.roster", "WORKS_FOR", person, unit)      # (a supporting unit's column beside a first
        #   secretary's says nothing of who sent him, unless it or his says he was sent, "包联单位（派出单位）",
        #   "包联单位 包联村 派驻第一书记"; its team is its own)
    for head_cell, cell in row.items() if village else ():
        if head_cell.endswith(("工作队长", "工作队队长", "网格长")) and (leader := _cell_person(cell, sk)):
            add("secretary.roster", "HOLDS_POSITION", leader, village, title=head_cell)     # "驻村工作队长",
            #                                                       "二级网格长": of the row's village
    if "第一书记" not in post:
        if person and village and post in ("队长", "工作队队长", "驻村工作队队长"):
            add("secretary.roster", "HOLDS_POSITION", person, village, title=post)     # a team's leader only
        return
    if person and village:
        add("secretary.roster", "FIRST_SECRETARY_OF", person, village)
        if "队长" in post or "队长" in person_head:    # "第一书记、队长": the leader of the village's team as well
            add("secretary.roster", "HOLDS_POSITION", person, village, title="工作队队长")
        for other in re.split("[兼、]", post)[1:]:      # "第一书记兼村党支部书记": the village's own post as well
            if other.startswith(("村", "嘎查", "社区")) and other.endswith(_TITLE_ENDS):
                add("secretary.roster", "HOLDS_POSITION", person, village, title=other)
    for head_cell, unit, written in units if village else ():
        mode = _SUPPORT_UNIT.search(head_cell)
        add("secretary.roster" if person else "support.table", "SUPPORTS", unit, village,
            mode=written or (mode.group()[:-2] if mode else "派驻"))


# "X局定点帮扶" under a head "联村单位": the unit, then how it supports the row's village
_UNITS_CELL = regexes.compile(f"(?P<units>(?:{ORG_CH}.、?)+)(?P<mode>{MODES})?")


_SENDER_HEAD = regexes.compile("派出|派驻|选派")
_VILLAGE_POST = regexes.compile("第一书记|(?<![大中])队长|队员")     # (not 大队长, 中队长: a brigade's head at home)
_PERSON_OF_UNIT = regexes.compile(f"({PER_CH}.)[（(]({ORG_CH}.)[）)]")


def _is_post(note: str) -> bool:
    """A note that is a post and nothing else ("四级主任科员"; not "X局", "新任", "队长、X局干部")."""
    return 2 <= len(note) <= 12 and note.endswith(_TITLE_ENDS) and not re.search("[\ue000-\ue007，,、]", note)


def _secretaries_with_units(sk: Skeleton, row: dict[str, str], village: Ref | None, add) -> bool:
    """"帮包村 原第一书记（派驻单位） 新任第一书记（派驻单位）" / "Y村 王某（X局） 李某（Z局）", or
    "嘎查村 原第一书记 原派出单位 新任第一书记 新派出单位" / "Y村 王某 X局 李某 Z局": each first
    secretary of the row's village, a member of the unit beside his name."""
    columns = list(row.items())
    # the post at home in a column of its own ("现任职务": "三级主任科员", "个人金融部客户经理")
    home = next((_spelled(c, sk) for h, c in columns if _home_post_head(h) and not re.search("[\ue000-\ue005\ue007]", c)
                 and not re.search("第一书记|队长|队员", c)), "")
    pairs = []      # (person, unit or None, post in the unit)
    for k, (head, cell) in enumerate(columns):
        if "第一书记" not in head or _home_post_head(head):
            continue        # ("新任第一书记现任职务": the new secretary's post at home, no secretary)
        if m := _PERSON_OF_UNIT.fullmatch(cell):
            pairs.append((sk.ref(m.group(1)), sk.ref(m.group(2)), ""))
        elif "单位" not in head and (person := _cell_person(cell, sk)):
            unit_head, unit_cell = columns[k + 1] if k + 1 < len(columns) else ("", "")
            held = re.fullmatch(f"({ORG_CH}.)([^\ue000-\ue007]*)", unit_cell) if "单位" in unit_head else None
            pairs.append((person, sk.ref(held.group(1)) if held else None, held and held.group(2) or home))
    for person, unit, post in pairs if village else ():
        add("secretary.roster", "FIRST_SECRETARY_OF", person, village)
        if unit is None:
            continue
        if post.endswith(_TITLE_ENDS):        # "X局副局长": a post in the unit (not 干部, a member)
            add("secretary.roster", "HOLDS_POSITION", person, unit, title=post)
        else:
            add("secretary.roster", "WORKS_FOR", person, unit)
        add("secretary.roster", "SUPPORTS", unit, village, mode="派驻")
    return bool(village and any(unit for _, unit, _ in pairs))


def _supporting_units(sk: Skeleton, row: dict[str, str], village: Ref | None, add) -> None:
    """"包村单位: A局、B局" beside a secretary of one of them: every unit of the column supports the village."""
    for head, cell in row.items() if village else ():
        if (mode := _SUPPORT_UNIT.search(head)) and re.fullmatch(f"(?:{ORG_CH}.、?)+", cell):
            for unit in re.findall(f"{ORG_CH}.", cell):
                add("secretary.roster", "SUPPORTS", sk.ref(unit), village, mode=mode.group()[:-2])


def _home_post_head(head: str) -> bool:
    """A column of posts at home: "现任职务", or "职务" beside the unit ("派出单位 职务")."""
    return head in _HOME_POST_HEADS or head.endswith("职务") and not head.startswith("驻村") and "单位" not in head


def _row_village(sk: Skeleton, row: dict[str, str]) -> Ref | None:
    """The village of a table's row: a cell of places ending in a village, under a head about one
    (or about the grids a town's villages are: "二级网格")."""
    return next((sk.ref(c[-2:]) for h, c in row.items() if (_VILLAGE_COLUMN.search(h) or h.endswith("网格")) and "单位" not in h
                 and re.fullmatch("(?:[\ue000-\ue005].)+", c) and c[-2] in LEVEL_CH["Village"]), None) or \
        next((sk.ref(m.group(1)[-2:]) for h, c in row.items() if ("职务" in h or _VILLAGE_COLUMN.search(h)) and "单位" not in h
              # ("驻村职务", "驻村情况", "拟任职嘎查村": "Y镇Z村第一书记")
              and (m := _PLACES_THEN_POST.fullmatch(c)) and m.group(1)[-2] in LEVEL_CH["Village"]), None) or \
        next((sk.ref(m.group(1)[-2:]) for h, c in row.items() if "职务" in h    # "工作单位及职务": "X局科员，驻Y镇Z村第一书记"
              and (m := _SENT_AFTER_POST.search(c)) and m.group(1)[-2] in LEVEL_CH["Village"]), None) or \
        next((sk.ref(m.group(1)[-2:]) for h, c in row.items() if "工作队" in h     # "驻村工作队": "X局驻Y乡Z村工作队"
              and (m := _TEAM_OF_VILLAGE.fullmatch(c)) and m.group(1)[-2] in LEVEL_CH["Village"]), None)


_VILLAGE_COLUMN = regexes.compile("驻|村|嘎查|社区")
_SENT_AFTER_POST = regexes.compile(f"[，,](?:{ORG_CH}.)?(?:驻|派驻)((?:[\ue000-\ue005].)+)(?:驻村)?第一书记$")
_TEAM_OF_VILLAGE = regexes.compile(f"(?:{ORG_CH}.)?(?:驻|派驻)((?:[\ue000-\ue005].)+)(?:驻村)?工作队")
_PLACES_THEN_POST = regexes.compile("((?:[\ue000-\ue005].)+)(?:驻村)?(?:第一书记|工作队队?长|队长)[^\ue000-\ue007]*")


def _cells(sk: Skeleton) -> list[str]:
    """A table row's cells: as printed, where the row's spaces say (Skeleton.cells), else the
    skeleton's 、 apart."""
    if sk.cells:
        return list(sk.cells)
    cells = re.sub(r"^(\d{1,3})(?=[^\s、])", r"\1、", sk.text)
    return re.sub("([\ue000-\ue005][\ue100-\ue8ff])(?=\ue007)", r"\1、", cells).split("、")   # (the cells "Y村 王某")


def _aligned(cells: list[str], head: list[str]) -> list[str] | None:
    """A row with empty cells, which a page copied as nothing ("2 Y乡 Z村 X局", under
    "序号 乡镇 村 帮扶单位 第一书记 备注"): each cell in the first column left that can
    hold it (numbers, places, units and people each their own column), the rest empty;
    None if a cell fits no column."""
    out, k = [""] * len(head), 0
    for cell in cells:
        kind = _cell_kind(cell)
        if kind == "unit" and k and _cell_kind(out[k - 1]) == "unit" and \
                not any(kind in _column_kinds(h) for h in head[k:]):
            out[k - 1] += "、" + cell       # "Y村 A局、B局 王某": units side by side share their column
            continue
        while k < len(head) and kind not in _column_kinds(head[k]):
            k += 1
        if k == len(head):
            return None
        out[k], k = cell, k + 1
    return out


def _cell_kind(cell: str) -> str:
    if re.fullmatch(r"\d{1,3}", cell):
        return "number"
    if re.fullmatch("(?:[\ue000-\ue005].)+", cell):
        return "village" if cell[-2] in "\ue004\ue005" else "area"
    if cell.startswith(ORG_CH):
        return "unit"
    return "person" if cell.startswith(PER_CH) or _NAME_CELL.fullmatch(cell) and cell[0] in SURNAMES \
        else "text"     # ("王某（X局）": a person and the unit beside the name)


_NAME_CELL = regexes.compile("[\u4e00-\u9fff]{2,4}(?<![村镇乡户点类])")


def _column_kinds(head_cell: str) -> tuple[str, ...]:
    core = _CELL_NOTE.sub("", head_cell)       # "第一书记（派出单位）": a person's column, his unit noted
    if re.search("序号|编号", head_cell):
        return ("number",)
    if "单位" in core and not core.endswith("单位职务"):     # (the post at home: "四级主任科员")
        return ("unit",)
    if core == "姓名" or "第一书记" in head_cell:      # (and "工作队队长（第一书记）")
        return ("person",)
    if re.search("村|嘎查|社区", core):
        return ("village",)
    if re.search("乡|镇|苏木|街道", core):
        return ("area",)
    return ("text", "person", "number")


def _merged_township(sk: Skeleton, row: dict[str, str], village: Ref | None, focus: Focus, add) -> None:
    """A row whose township cell is empty: the cell was merged over the rows of one
    township, so the row's village lies in the township of the row above. (A township's
    cell after the village's, "Y村 X镇", says the same of its own row.)"""
    cells = [c for h, c in row.items() if _column_kinds(h) == ("area",)]
    town = focus.places.get("Township") if "" in cells else \
        next((sk.ref(c) for c in cells if re.fullmatch(f"{LEVEL_CH['Township']}.", c)), None)
    if cells and village is not None and town is not None:
        add("place.table_row", "LOCATED_IN", village, town)


def _unit_then_post(cells: list[str], head: list[str]) -> list[str]:
    """Under "派出单位及职务", "X局 科员": the unit and the post after it, a space apart, are one cell."""
    i = next((i for i, h in enumerate(head) if "单位" in h and "职务" in h), len(cells))
    if i + 1 < len(cells) and re.fullmatch(f"{ORG_CH}.", cells[i]) and \
            (_is_post(cells[i + 1]) or cells[i + 1] in MEMBER_ROLES):
        return cells[:i] + [cells[i] + cells[i + 1]] + cells[i + 2:]
    return cells


def _units_in_one_cell(cells: list[str], n: int) -> list[str]:
    """"旗水利局、X供电分公司" in the 包联单位 column: units side by side in a row
    that has more cells than its table has columns are one cell."""
    cells = list(cells)
    k = 0
    while len(cells) > n and k + 1 < len(cells):
        if re.fullmatch(f"(?:{ORG_CH}.、?)+", cells[k]) and re.fullmatch(f"{ORG_CH}.", cells[k + 1]):
            cells[k:k + 2] = [cells[k] + "、" + cells[k + 1]]
        else:
            k += 1
    return cells


# a roster's head in brackets, its cells set apart by dashes, and a row of it ("1. X局—张某—Y镇Z村（…）")
_DASHED_HEAD = regexes.compile("[（(]([^—（）()，,。]{2,6}(?:——?[^—（）()，,。]{2,6}){2,5})[）)][：:]?$")
_DASHED_ROW = regexes.compile("^(?:\\d{1,3}[.．、]\\s*)?([^—]+(?:——?[^—]+){2,5})$")
_DASH = regexes.compile("——?")      # (one dash or two between cells: "Y村——王某——X局")


def _roster_head(cells: list[str]) -> bool:
    """A head of people and their units, or of villages and the units that support them
    ("乡镇 帮扶村 省直帮扶单位 市直帮扶单位")."""
    if not any("单位" in c for c in cells):     # (but "村名 原第一书记 新任第一书记": a rotation's head)
        return sum("第一书记" in c for c in cells) >= 2 and any(_VILLAGE_HEAD.search(c) for c in cells)
    return any(c == "姓名" or c.endswith("第一书记") or c.startswith("第一书记") or "第一书记" in c and "单位" in c
               for c in cells) or \
        any(_SUPPORT_UNIT.search(c) for c in cells) and any(_VILLAGE_HEAD.search(c) for c in cells)


_HEAD_CELLS = {"第一书记姓名": "第一书记", "述职人": "姓名"}      # a column's head, as the roster reads it
#   ("述职人 所驻村 派出单位 测评等次": who reported, in a table of a meeting's reports)
_HOME_POST_HEADS = ("现任职务", "现职务")      # beside 驻村职务: the post at home
_POST_THEN_NAME = regexes.compile(f"([^\ue000-\ue007]+)({PER_CH}.)")
_SUPPORT_UNIT = regexes.compile("(?:" + MODES + ")(?:责任)?单位")
_VILLAGE_HEAD = regexes.compile("^[^单位]{0,4}(?:村|嘎查|社区)")


def _head_cells(sk: Skeleton) -> list[str]:
    """A table's head as printed: a column's head that reads like a place's name ("驻点村")
    is still the head."""
    cells = _cells(sk)
    if cells and not cells[0].isdigit():       # (a row opens with its number)
        cells = [_spelled(c, sk) for c in cells]
    return [_HEAD_CELLS.get(c, c).replace("部门", "单位") for c in cells]    # ("旗直包联部门": the units' column)


def _spelled(cell: str, sk: Skeleton) -> str:
    """A cell as printed, its names written out."""
    return _MENTION_TOKEN.sub(lambda m: sk.ref(m.group()).surface, cell)


def _post_then_name(cell: str) -> tuple[str, ...]:
    """"第一书记王某" -> 第一书记, 王某: a post's cell and a name's."""
    m = _POST_THEN_NAME.fullmatch(cell)
    return m.groups() if m else (cell,)


_LIST_HEADING = regexes.compile("(?:驻村)?第一书记[：:]")
# ("Y村：王某（X局）", "Y村　王某（X局派驻，新任）", "Y村　王某（X行员工）": a member, not said to be sent)
SECRETARY_ITEM = compile_pattern("{ITEM}{CHAIN}{V:place}(?:[：:、]|——){R:person}(?:[（(]{O:org}{DEPT}(?:(?P<member>{@member_roles})|"
                                 "派驻|选派|下派|派出)?(?:[，,][^（）()，,\ue000-\ue005\ue007]{1,16})?[）)])?[；;。]?$")
#                                 (a note may name the unit again: "（X院派驻，该院外科医师）")

# "1.王某，男，1986年6月出生，X局副局长，驻Y镇Z村；": a roster written a person a line
# (without the sex and birth fields, the line says what the post is: "王某，X局副局长，派驻Y村任第一书记")
ROSTER_LINE = compile_pattern("(?:^|[：:])" + "{ITEM}{R:person}(?:[（(][男女][）)])?[，,](?P<sex>[男女][，,]{S40}[，,])?"
                              "{O:org}{DEPT}(?P<post>[^，,。；;\ue000-\ue007]{0,10})[，,](?:派)?驻{CHAIN}{V:place}"
                              "(?(sex)|(?:任|担任)(?:驻村)?第一书记)")


# "1. X局　驻Y镇Z村　王某（第一书记、工作队队长）": a list's line, the unit first
ROSTER_UNIT_FIRST = compile_pattern("^{ITEM}{O:org}{DEPT}、(?:派)?驻{CHAIN}{V:place}、(?:{R:person}|(?P<name>[\u4e00-\u9fff]{2,4}))"
                                    "(?:[（(][^）)\ue000-\ue007]{0,20}[）)])?[。；;]?$")


# "1.王某（X局副局长）——Y镇Z村": a list's line, the name first, the unit in brackets
ROSTER_NAME_FIRST = compile_pattern("^{ITEM}{R:person}[（(]{O:org}{DEPT}(?P<post>[^）)，,。；;\ue000-\ue007]{0,10})[）)]"
                                    "(?:——?|－|[：:])(?:派?驻)?{CHAIN}{V:place}[；;。]?$")


# "1．Y镇Z村：王某，X局四级主任科员" / "Z村（续任）：王某（女），X局派驻": a list's line, the village first
ROSTER_VILLAGE_FIRST = compile_pattern("^{ITEM}{CHAIN}{V:place}(?:[（(][^）)\ue000-\ue007]{1,6}[）)])?[：:]"
                                       "(?:{R:person}|(?P<name>[\u4e00-\u9fff]、?[\u4e00-\u9fff]{1,2}))"
                                       "(?:[（(][男女][）)])?[，,]{O:org}{DEPT}(?P<sent>派驻|选派|下派|派出)?"
                                       "(?P<post>[^，,。；;\ue000-\ue007]{0,10})(?:[，,][^，,。；;]{1,20})?[；;。]?$")


# "1. 王某，X局副局长，原任Y镇Z村驻村第一书记，因…召回": a notice's line about a (former) first secretary
ROSTER_FORMER = compile_pattern("^{ITEM}{R:person}[，,]{O:org}{DEPT}(?P<post>[^，,。；;\ue000-\ue007]{0,10})[，,]"
                                "(?:原任|曾任|现任)(?:驻)?{CHAIN}{V:place}(?:驻村)?第一书记")


def _roster_line(sk: Skeleton, m: re.Match, add, family: str, sent: bool = True) -> None:
    person, unit, village = sk.ref(m.group("person")), sk.ref(m.group("org")), sk.ref(m.group("place"))
    post = m.groupdict().get("post") or ""      # (a line that opens with the unit names no post in it)
    if (name := m.groupdict().get("name")) and name[0] in SURNAMES:
        person = Ref(PERSON, name.replace("、", ""))      # (a roster's cell is a name, whether or not the tagger
        #                                                    knows it, maybe with an OCR's space inside: "王 磊")
    if not post or re.fullmatch(_MEMBER_WORDS, post):
        add(family, "WORKS_FOR", person, unit)
    elif _TITLE_RE.fullmatch(post):
        add(family, "HOLDS_POSITION", person, unit, title=post)
    add(family, "FIRST_SECRETARY_OF", person, village)
    if sent:        # (a line of those recalled, or of a unit and a post, says who they are, not that the unit sent them)
        add(family, "SUPPORTS", unit, village, mode="选派")


# "接替他的是Z", "，接任队长、第一书记的是Z", "在村里任第一书记的是Z"; "接替李某的Z也来自X局";
# "接替李某任第一书记的是Z"
# ("接过接力棒的是Z": secretary.cleft_successor)
SUCCESSORS = (regexes.compile(f"(?:接替(?:{PER_CH}[\ue100-\ue8ff]|他|她)(?:担?任(?:[\ue000-\ue005][\ue100-\ue8ff])*(?:驻村)?第一书记)?|"
                              f"(?:^|(?<=[，,]))接任(?:[^，,。；;的{PER_CH}]{{0,10}}第一书记)?|"
                              f"(?:^|(?<=[，,]))在(?:村里|该村|[\ue004][\ue100-\ue8ff])(?:担任|任)(?:驻村)?第一书记)"
                              f"的[，,]?(?:是|为)(?P<gap>(?:{PER_CH}[\ue100-\ue8ff](?=在))?[^。；;！？!?{PER_CH}]{{0,20}}?)"
                              f"(?P<person>{PER_CH}[\ue100-\ue8ff])"),     # ("…的是他在X局的同事Z")
              regexes.compile(f"接替(?:{PER_CH}[\ue100-\ue8ff]|他|她)(?:同志)?的(?P<gap>)(?P<person>{PER_CH}[\ue100-\ue8ff])"))
_MEMBER_WORDS = "|".join(words("member_roles"))


def _successor(sk: Skeleton, focus: Focus, add) -> None:
    """"…第一书记郭某任期届满，接替他的是该局干部王某" (", 接任的是…"): the successor holds the post in the
    village in focus and is a member of the unit named before the name."""
    focus.secretaries = focus.secretaries or "第一书记" in sk.text
    for m in (m for pattern in SUCCESSORS for m in pattern.finditer(sk.text)):
        person = sk.ref(m.group("person"))
        units = re.findall(f"{ORG_CH}[\ue100-\ue8ff]", m.group("gap"))
        if units and re.search(_MEMBER_WORDS, m.group("gap")):
            add("works.successor", "WORKS_FOR", person, sk.ref(units[-1]))
        if focus.secretaries and focus.places.get("Village"):
            add("secretary.successor", "FIRST_SECRETARY_OF", person, focus.places["Village"])


# "他的前任、同样由X局派来的干部Z", "从前任Z手中接过", "接替任期届满的Z": Z held the post before;
# so did Z in "继Z之后", "从Z手中接过", "接过了Z的担子" and "Z任期届满后，…接任" (someone took it over)
PREDECESSORS = (regexes.compile(f"(?:前任|接替)(?:{PER_CH}[\ue100-\ue8ff]的(?:老)?(?:同事|战友|同学|校友))?(?P<gap>[^，,。；;！？!?{PER_CH}]{{0,20}}?)(?P<person>{PER_CH}[\ue100-\ue8ff])"),
                regexes.compile(f"(?:继|从)(?P<gap>)(?P<person>{PER_CH}[\ue100-\ue8ff])(?:同志)?(?:之后|的?手中接过)"),
                regexes.compile(f"接过了?(?P<gap>)(?P<person>{PER_CH}[\ue100-\ue8ff])(?:同志)?的(?:担子|接力棒|重担|班)"),
                # "接替的是已回院工作的骨科医生Z": whom she took over from, whatever he does now
                regexes.compile(f"接替的(?:是|为)[^，,。；;！？!?{PER_CH}]{{0,20}}?(?P<gap>)(?P<person>{PER_CH}[\ue100-\ue8ff])"),
                regexes.compile(f"(?P<gap>)(?P<person>{PER_CH}[\ue100-\ue8ff])(?:同志)?的?任期(?:届满|已满|结束)"
                           "(?=[^。；;！？!?]*(?:接任|接替|接过))"))
_TAKING_OVER = ("前任", "接替", "接任", "接过", "之后")
_TITLE_IN_UNIT = regexes.compile(f"[、，,]?{ORG_CH}[\ue100-\ue8ff][\u4e00-\u9fff]{{1,8}}")


def _predecessor(sk: Skeleton, focus: Focus, add) -> None:
    """The first secretary before the one the article is about was first secretary of
    the same village (a 前任 of another post, "前任村党支部书记Z", is not). (The unit he is
    said to come from: works.sent_by, works.from_before.)"""
    village = focus.places.get("Village")
    if not (focus.secretaries and village and any(w in sk.text for w in _TAKING_OVER)):
        return
    for m in (m for pattern in PREDECESSORS for m in pattern.finditer(sk.text)):
        gap = m.group("gap").replace("第一书记", "")
        if _TITLE_RE.search(gap) and not _TITLE_IN_UNIT.fullmatch(gap) or m.group("person")[1] in sk.pronouns:
            continue        # ("接替他的是Z": 他 is whoever the article was about, not a name here;
            #               "前任、市中院法官Z": a post in his own unit is no other post here)
        # ("接替Z任Y村第一书记，…": the village his successor's clause names, not the sentence's last)
        named = _VILLAGE_TOKEN.search(_CLAUSE_AFTER.match(sk.text, m.end()).group())
        add("secretary.predecessor", "FIRST_SECRETARY_OF", sk.ref(m.group("person")),
            sk.ref(named.group()) if named else village)


_CLAUSE_AFTER = regexes.compile("[^，,。；;！？!?]*")


def _cell_person(cell: str, sk: Skeleton) -> Ref | None:
    if re.fullmatch(f"{PER_CH}.", cell):
        return sk.ref(cell)
    if re.fullmatch(f"[\u4e00-\u9fff]{{0,4}}{PER_CH}.[\u4e00-\u9fff]{{0,4}}", cell):
        cell = _spelled(cell, sk)       # "那木吉拉图": the name's cell is the name, where the tagger took part of it
    return Ref(PERSON, cell) if re.fullmatch("[\u4e00-\u9fff·]{2,8}", cell) and not _NO_ONE.match(cell) else None


_CELL_NOTE = regexes.compile("(?<=.)[（(][^（）()]*[）)]$")


_NO_ONE = regexes.compile("暂缺|空缺|待定|暂无|待选派|缺|暂未|未到岗|由[^，,。；;]{1,8}兼任")      # a post's cell left open, or held by another post


def _list_runs_to_end(sk: Skeleton, end: int, item: re.Pattern, stop: int | None = None) -> bool:
    """Nothing but more items of the list follows (the line is the list's line), up to `stop`."""
    while m := item.match(sk.text, end):
        end = m.end()
    return end == (stop or len(sk.text.rstrip("。；;")))


# "Y村：X局（第一书记张某）；": the people the unit sent, in brackets at the end of a list's line
_SECRETARY_NOTE = regexes.compile(f"[（(](?:驻村)?(?P<role>第一书记|包村干部)[：:]?"
                             f"(?P<people>{PER_CH}.(?:[、和]{PER_CH}.)*)[）)][；;。]?$")


# "X局——Y村，第一书记张某": the first secretary the unit sent, at the end of a list's line
_SECRETARY_TAIL = regexes.compile(f"[，,；;]\\s*(?:驻村|驻嘎查|驻社区)?第一书记[：:]?(?P<person>{PER_CH}.)(?:[（(][^（）()]*[）)])?[；;。]?$")
_UNIT_AFTER = regexes.compile(f"(?:、|和|及)({ORG_CH}[\ue100-\ue8ff])")
_LINE_NOTE = regexes.compile("[（(][^（）()]+[）)][；;。]?$")      # a list's line may end in a note


def _units_after(sk: Skeleton, end: int) -> list[Ref]:
    return _listed_after(sk, end, _UNIT_AFTER, 1)


def _subject(sk: Skeleton) -> tuple[Ref | None, int]:
    """The unit a sentence is about: one that opens a clause ("旗纪委监委深入…"), and where."""
    for clause in re.finditer(r"(?:^|[，,；;。：:])[^，,；;。：:]*", sk.text):
        start = clause.start() + (1 if clause.group().startswith(tuple("，,；;。：:")) else 0)
        ref = sk.token_at(start)
        if ref and ref.label == ORG and PER_CH not in clause.group():
            return ref, start       # (not "县委常委、副县长张某到Y镇调研": the unit of someone's title)
    return None, -1


def _org_between(text: str, end: int) -> bool:
    """A unit named earlier in the same clause is that clause's own subject."""
    clause_start = max(text.rfind(c, 0, end) for c in "，,；;。：:")
    return ORG_CH in text[clause_start + 1:end]


# ---------------------------------------------------------------- people: posts

IS_TITLE = [compile_pattern(p) for p in (
    # "Z是X副主任", "Z原是X副主任", "Z原为X副主任", "Z，是X副经理", "Z被选派为Y村第一书记", "Z同时也是Y村党支部书记",
    # "Z被安排为第五网格网格指导员", "Z被聘为Y村网格员",
    # "Z在Y村的职务是X队长", "Z，如今是X行行长" (a first secretary that way: secretary.is_of_focus),
    # "Z，驻村前是X局副局长", "Z，此前任X局股长": a post before the village; "Z，原职务为X局副局长";
    # "Z同志2018年3月至2021年4月任X局驻Y村第一书记": when; "Z来自X委，原任Y医院副院长": where he came from first
    "(?<!接替){R:person}(?:同志)?(?:[，,]?来自{O}[^，,。；;\ue007]{0,8}[，,])?(?:" + YEARS + "[，,]?)?"
    "(?:同时|也|还|同时也|已经?|就|正)?(?:原|曾经?)?(?:是|系|现任|任|兼任|担任|出任|当|(?:在[^，,。]{0,12}?)?的?职务是|"
    "(?<=原)为|现为|为(?=[\ue000-\ue006])|[，,](?:同时|也|还|同时也)?是|[，,]现任|[，,]?原职务(?:为|是)|[，,]?(?:如今|现在|目前)(?:已经?)?是(?![^，,。；;]*第一书记)|"
    "[，,](?:他|她)?(?:(?:驻村|到村|入村|下派|选派)(?:之)?前|此前|之前|以前|原来)[，,]?(?:曾经?)?(?:是|任|担任)|"
    "(?:被)?(?:选派|任命|派驻|下派|推选|选举|安排|聘|聘任|确定|明确)为)(?P<rest>[^，,。；;\ue007]{2,40})",
    # "张某作为X局派驻Y村的第一书记、驻村工作队队长来到村里": the posts he came as
    "{R:person}(?:同志)?[，,]?(?:[^，,。；;作\ue000-\ue007]{2,12}[，,])?作为(?P<rest>[^，,。；;\ue007]{2,40}?)(?=来到|来|到|进驻|扎根|[，,。；;]|$)",
    # "Z接过接力棒，成为X局驻Y村第一书记": the posts he came to hold
    "{R:person}(?:同志)?(?:[^，,。；;\ue000-\ue007]{0,12}[，,])?(?:正式|光荣地?)?成为(?P<rest>[^，,。；;\ue007]{2,40})",
    # "免去张某同志的Y村第一书记、工作队长职务": posts he held until the notice
    "免去{R:person}(?:同志)?的(?P<rest>[^，,。；;\ue007]{2,40}?)(?=职务)",
    # "Z是X局派驻Y村的第一书记，也是驻村工作队队长": a second post of the clause's subject
    "{R:person}(?:同志)?[，,]?(?:是|系)[^。；;！？!?\ue007]{2,40}?[，,](?:也|还|同时也|同时)是(?![^，,。；;]*第一书记)(?P<rest>[^，,。；;\ue007]{2,40})",
    #   (a first secretary after 也是: secretary.also_is, secretary.also_is_sent_to)
    # "Z：X局党委副书记", "Z同志：镇长" (but an interview's "Z：X镇党委书记Y来村里时说", where the post is Y's)
    "{R:person}(?:同志)?[:：](?P<rest>[^，,。；;\ue007]{2,40})(?![^，,。；;]*?\ue007)",
    # "第一书记：Z，X局四级调研员。": a label line, the name, then the post at home
    "[：:]{R:person}[，,](?P<rest>[^，,。；;\ue007]{2,40})[。；;]?$",
    # "Z（Y村党支部书记）", and the first of its cells: "Z（X局四级主任科员，由X局选派）"
    "{R:person}[（(](?P<rest>[^）)\ue007]{2,30})[）)]",
    "{R:person}[（(](?P<rest>[^）)，,\ue007]{2,30})[，,][^）)\ue007]*[）)]",
    # "作为Y村第一书记、驻村工作队队长，张某…": the posts of a place, then whose they are
    # (without a place: secretary.as_of_focus, secretary.as_sent_by_unit_of_focus)
    "(?:^|[，,])作为(?P<rest>[^，,。；;\ue007]{0,20}[\ue000-\ue005][^，,。；;\ue007]{1,30})[，,]{R:person}",
    # "刘某　X局驻Y村第一书记": a line of a list, the name and a wide space, then the post (and
    # its unit in brackets: "刘某　Y镇Z村第一书记（X局）", "（X医院干部）"; the team's leader too:
    # "刘某　X局派驻Y村第一书记、工作队队长")
    "^(?:[^、，,。；;\ue000-\ue007]{1,8}、?)?{R:person}、(?P<rest>[^、，,。；;（(\ue007]{4,40}(?:、(?:驻村)?工作队队?长)?)(?:[（(]{O}{DEPT}(?:派驻|选派|下派|派出|{@member_roles})?[）)])?[。；;]?$",
    # "林某　镇党委书记，主持镇党委全面工作": a leaders' division of work, the name, a wide space, the post,
    # then what the post has him do
    # ("二、关某，镇党委副书记、镇长，主持…", "魏某　镇党委副书记、镇长。主持…": numbered, or a chain of posts)
    "^{ITEM}{R:person}[、，,](?P<rest>[^、，,。；;（(\ue007]{2,20}(?:、[^、，,。；;（(\ue007]{1,20})*)[，,。](?=(?:负责|分管|主持|协助|联系|督导|主抓|分工))",
    # "Z是X局派到Y村的第一书记，也是驻村工作队队长": a second post of the same subject
    "^{R:person}(?:同志)?是[^。；;!?！？\ue007]{2,40}?[，,](?:同时)?(?:也是|还是|又是)(?![^，,。；;]*第一书记)(?P<rest>[^，,。；;\ue007]{2,30})",
    # (a first secretary as the second post: secretary.also_is)
)]
# an item of a list of profiles: the name, then the cells of a profile, then posts, a cell each
# (a unit's post, "X局副局长", or a place's, "X镇党委委员、副镇长")
_NOTE_CLOSED = regexes.compile("^([^（(]*)[）)]$")      # "Y村（第一书记：张某，X局副局长）": the note his cells are in ends
_STATIONED_IN = regexes.compile("^驻(?=[\ue000-\ue005])")
_NOW_HOLDS = regexes.compile("^(?:现任|现为|现系|系)")     # a profile's cell of the post he holds now
_UNIT_AND_POST = regexes.compile("(?:[\ue000-\ue005][\ue100-\ue8ff])*[\ue000-\ue006][\ue100-\ue8ff](?!.*(?:由|担任|现任|出任|是))[^\ue000-\ue007]{2,16}")
_POSTED = "(?:拟|被|已|原)?"      # a posting proposed, done or past, before its verb (拟派驻, 原派驻)
_POSTED_TO = _POSTED + "(?P<mode>派驻|选派|下派)(?:到|至)?(?:[\ue000-\ue003][\ue100-\ue8ff])*(?P<place>[\ue004\ue005][\ue100-\ue8ff])"
_POSTED_TO_VILLAGE = regexes.compile(_POSTED_TO)       # "拟派驻Y镇Z村"
_SENT_TO_VILLAGE = regexes.compile(_POSTED_TO + "(?:任|担任)?(?:驻村)?第一书记$")     # "拟派驻Y村任第一书记"
_NOTE_OPENS = regexes.compile("[（(][^）)]*$")
_UNIT_THEN_POSTING = regexes.compile("(?P<org>(?:[\ue000-\ue005][\ue100-\ue8ff])*\ue006[\ue100-\ue8ff])"
                                     "(?P<posting>" + _POSTED + "(?:派驻|选派|下派).+第一书记)")
# a profile's cells, and a posting run on after the post with 、 ("X医院党办副主任、派驻Y村第一书记")
_PROFILE_CELLS = regexes.compile("[，,]|、(?=" + _POSTED + "(?:派驻|选派|下派))")
_MEMBER_CELL = compile_pattern("{O:org}{DEPT}的?(?:一名)?(?:青年|年轻)?(?:{@member_roles})")
_CELL_NOTE_AT_END = regexes.compile("[（(](?:[^（）()\ue000-\ue007]{1,8}|接替[^（）()]{1,20})[）)]$")     # "（接替李某）"
# (after a label or the village's post the posts may follow the name: "第一书记：张某，X局副局长",
# "现任第一书记张某，X局四级主任科员，…")
PROFILE = compile_pattern("(?:^|(?P<label>(?<=[：:])|(?P<titled>(?<=第一书记)))){ITEM}{R:person}(?:同志)?(?(label)(?:[，,]{BIO})*|(?:[，,]{BIO})+)[，,]")
# "张某，X局副局长，2023年到Y村任第一书记": a name opens the sentence, its unit and post follow (or
# follow a feature's "他叫张某，X局副局长")
NAME_THEN_POSTS = compile_pattern("(?:^(?:(?:[他她]|{R})(?:名叫|叫))?|(?<=如下[：:])){ITEM}{R:person}(?:同志)?(?:[（(][^（）()]{1,30}[）)])?(?:[，,]|、(?=[\ue000-\ue006]))")    # (a list's "1. 张某　X镇副镇长";
#   a bracket after the name, "张某（X局干部），Y村第一书记，考核优秀": his unit, then his post)
def _name_then_posts(sk: Skeleton) -> re.Match | None:
    """(Not a table's row, "3 张某 X镇综治中心 专职网格员", whose cells the roster reads.)"""
    m = NAME_THEN_POSTS.search(sk.text)
    return m if m and (m.group().endswith(("，", ",")) or sk.cells is None) else None


# "网格长分别为A、B、C", "村里的网格员是A和B": a post, then the people who hold it
_WHICH_PART = "(?:[（(][^（）()，,。；;\ue000-\ue007]{1,10}[）)])"
_OWN_ROLE = f"(?:[^，,。；;\ue007、]{{1,24}}?(?:{alternation(MEMBER_ROLES)}))"     # "、镇社保所干部B": a later name's own unit
TITLE_THEN_NAMES = regexes.compile(f"(?:分别|依次)?(?:为|是)[：:]?(?P<who>[^，,。；;\ue007]{{1,24}}?(?:{alternation([*TITLES, *MEMBER_ROLES])}))?"
                                   f"(?P<names>{PER_CH}.(?:{_WHICH_PART}?[、和及]{_OWN_ROLE}?{PER_CH}.)*){_WHICH_PART}?(?![\ue000-\ue006])")
#   ("柳树村的包村干部是镇农业服务中心干部张某": who he is, then the name; a first secretary's unit
#   there, the secretary patterns read: secretary.of_focus_is)
#   ("网格员分别是：甲（一、二组）、乙（三组）": each with the part of the village that is hers)
_CLAUSE_START = regexes.compile("[^，,。；;：:\ue007]*$")
_VILLAGE_ONLY = regexes.compile("[\ue004\ue005][\ue100-\ue8ff]")
_ROLE_HEADING = regexes.compile(f"各(?:村|嘎查|社区|村（社区）)的?(?P<role>{alternation(TITLES)})[：:]")


def _role_listed(before: str, focus: Focus) -> str:
    """The role a heading lists the villages' people in ("各村包村干部："), in this sentence or
    in the line it opened, which goes on after its ；."""
    return heading.group("role") if (heading := _ROLE_HEADING.search(before)) else focus.role_heading


_THROUGH_PLACES = regexes.compile("^.*[\ue000-\ue005][\ue100-\ue8ff]的?")     # ("派驻A村、B村的第一书记": its post)
_TITLE_ENDS = tuple(TITLES)
# "第一书记、工作队队长由X厅干部Z担任": the post, then who holds it
# "作为X局副局长，张某…": the post the person is named in, set before the name
AS_TITLE = compile_pattern("(?:^|(?<=[，,。；;]))作为(?P<rest>[^，,。；;\ue007]{2,30}?)[，,]{R:person}")
HELD_BY = compile_pattern("(?P<rest>[^，,。；;由\ue007]{2,40}?)(?:岗位|职务)?[，,]?(?:暂|仍|现)?由[^，,。；;\ue007]{0,20}?{R:person}(?:同志)?(?:[（(][^）)，,。]{1,30}[）)])?(?:担任|兼任|接任)")
# "第二网格网格长由A调整为B": B holds the post now, A held it before
_HANDING = "(?:调整|变更|更换|改)为"
_HANDING_OVER = regexes.compile(_HANDING)
HANDED_OVER = compile_pattern("(?P<rest>[^，,。；;：:由\ue007]{2,40}?)由[^，,。；;\ue007]{0,20}?{R:old}(?:同志)?"
                              + _HANDING + "[^，,。；;（(\ue007]{0,20}?{R:person}")
TAKES_POST = regexes.compile("(?:担任|出任|兼任|现任|起任|调任|转任|升任|提任|接任|连任|留任|挂职(?:担任|任)?|挂任|当选为?|当上了?|提拔为|"
                              "(?<=[\ue100-\ue8ff，,])任|(?<=此次|这次|再次|随后|后来)任|(?<=\\d年)任(?!命)|(?<=到村)任|(?<=到嘎查)任)(?P<rest>[^，,。；;\ue007]{2,40}?)"
                              "(?=已|以来|至今|并|[一二两三四五六七八九十\\d]{1,2}年[，,。；;\ue007]|[，,。；;\ue007]|[）)]?$)")
# ("（作者系X医院医师，现任Y村第一书记）": a note's bracket closes the post)
# ("当选Y村党支部副书记并兼任村妇联主席": each post its own)
# ("选派Z到村任第一书记、驻村工作队队长": 任 after 到村, the posts of the village in focus)
# ("在Y镇挂职任党委副书记", "到Y县挂职副县长两年")
_GOES_TO_PLACE = compile_pattern("(?:到|赴|在){CHAIN}{P:place}(?:挂职[，,])?$")    # ("在Y县挂职，任副县长")
_BACK_TO_UNIT = compile_pattern("(?:回到|返回|调回|回){O:org}$")
_IN_DIVISION = compile_pattern("在(?P<unit>{O}[\u4e00-\u9fff]{1,8}?(?:处|科|股|室|所|中心))$")


def _titled_for(place: Ref, title: str) -> bool:
    """Where someone goes to take a post, the post is that place's: any post in a
    village ("到Y村担任第一书记"), a post that names the level above ("在Y镇挂职副镇长")."""
    return place.level in ("Village", "Group") or any(place.surface.endswith(w) and w in title for w in LEVEL_WORDS)
TEAM_TITLES = ("工作队队长", "工作队长", "工作队员", "工作队队员", "帮扶组组长")
_ANY_TEAM = TEAM_TITLES + ("队长",)      # (not a team with a name: "X大学村庄复兴工作队队长")


def _people(sk: Skeleton, focus: Focus, add) -> None:
    for i, ch in enumerate(sk.text):
        if ch == PER_CH:        # "党支部书记李某", and in a list of posts "党支部书记：李某"
            left = _TEAM_NOTE.sub("、工作队队长", _NAMES_AT_END.sub("", sk.text[:i]).rstrip("：:"))   # "第一书记（队长）：张某"
            left = _NOTE_AT_END.sub("", left)      # "副县长（挂职）张某"
            left = _ROLE_AT_END.sub("", left)       # "X镇副镇长、包村干部张某": a role after the posts
            left = _GRID_LABEL_AT_END.sub(r"\1网格员", left)     # "第二网格张某": that grid's 网格员
            left = _GRID_POST_OF.sub(r"\1", left)      # "第四网格的联户长张某": that grid's 联户长
            if joined := _AND_BARE_LEVEL.search(left):
                left = left[joined.end():]      # "X局党员和村党支部书记张某": the village's post, not the unit's
            person = sk.ref(sk.text[i:i + 2])
            if holder_of := _HOLDER_OF.search(left):
                own = left[holder_of.start("of") + 1:]      # "担任Y村队长的X局副局长张某": his post at home too
                if own.endswith(_TITLE_ENDS):
                    _posts("post.before_name", sk, person, own, focus, add)
                left = _DURATION_AT_END.sub("", left[:holder_of.start("of")])   # "现任Y村第一书记的张某": the one who holds the post
            family = "post.came_from" if _CAME_FROM.search(left) else "post.before_name"
            _posts(family, sk, person, left, _own_village(sk, i, left, focus), add)
    for m in (m for pat in IS_TITLE for m in pat.finditer(sk.text)):
        if sk.text.startswith(PER_CH, m.end("rest")):
            continue        # "她是Y村第一书记李某的妻子": the title of the name after it
        rest = _SENT_BY_UNIT.sub("", _trim_clause(m.group("rest")))     # "是X医院派驻的主治医师": X医院主治医师
        if _VILLAGE_AT_END.search(rest) and _SECRETARIES_LABEL.search(sk.text, 0, m.start()):
            rest += "第一书记"     # "优秀驻村第一书记：张某（X局驻Y村）": the list's post, of the village in brackets
        person = _successor_before(sk, m.start("person")) or sk.ref(m.group("person"))   # "张某接过前任李某的担子，成为…"
        _posts("post.after_name", sk, person, rest, focus, add,
               before=sk.text[:m.start()])    # ("Y村 6 张某（村党支部书记）": a table's row names the village)
    if profile := PROFILE.search(sk.text) or _name_then_posts(sk):   # "1.张某，男，1986年3月生，X局干部"
        units_only = profile.re is NAME_THEN_POSTS or profile.group("titled") is not None
        unit = None
        for cell in _PROFILE_CELLS.split(sk.text[profile.end():]):
            cell = _CELL_NOTE_AT_END.sub("", _NOTE_CLOSED.sub(r"\1", cell.rstrip("。；;")))    # "X局二级主任科员（新任）"
            cell = _NOTE_OPENS.sub("", cell)        # "…第一书记（2024年10月任期届满，…）": a note the split cut
            cell = _STATIONED_IN.sub("", cell)     # "驻Y镇Z村第一书记": the post in the village
            held = _NOW_HOLDS.sub("", cell)     # "现任X局四级主任科员"
            if PER_CH in cell:
                break       # (a line run into the next, "张某　X大学副教授，…李某　Y村党支部书记": his cells end)
            if sender := _UNIT_THEN_POSTING.fullmatch(cell):    # "X局原派驻Y村第一书记": his unit sent him
                unit, cell = sk.ref(sender.group("org")), sender.group("posting")
                add("works.profile", "WORKS_FOR", sk.ref(profile.group("person")), unit)
            if units_only and not _UNIT_AND_POST.fullmatch(cell) and not (unit and _SENT_TO_VILLAGE.match(cell)):
                continue        # ("第一书记张某，把全村划分为7个网格，每个网格由…担任网格员": no post of his)
            if cell.endswith(_TITLE_ENDS):
                _posts("post.profile", sk, sk.ref(profile.group("person")), cell, focus, add)
                if unit and (sent := _SENT_TO_VILLAGE.match(cell)):     # "…，X局干部，拟派驻Y村任第一书记": X sends him
                    add("support.profile", "SUPPORTS", unit, sk.ref(sent.group("place")), mode=sent.group("mode"))
                elif held.startswith(ORG_CH):
                    unit = sk.ref(held[:2])     # "X法院四级法官助理"
            elif unit and focus.roster and (sent := _POSTED_TO_VILLAGE.fullmatch(cell)):
                # "拟选派以下同志担任第一书记：1.张某，…，X局干部，拟派驻Y镇Z村": the list's post, in that village
                village = sk.ref(sent.group("place"))
                add("secretary.profile_posted", "FIRST_SECRETARY_OF", sk.ref(profile.group("person")), village)
                add("secretary.profile_posted", "SUPPORTS", unit, village, mode=sent.group("mode"))
            elif member := _MEMBER_CELL.fullmatch(held):       # "1.张某，男，1986年3月生，X局干部"
                unit = sk.ref(member.group("org"))
                add("works.profile", "WORKS_FOR", sk.ref(profile.group("person")), unit)
    for m in TITLE_THEN_NAMES.finditer(sk.text):
        left = _CLAUSE_START.search(sk.text, 0, m.start()).group()
        if _VILLAGE_ONLY.fullmatch(left) and (role := _role_listed(sk.text[:m.start()], focus)):
            left += role     # "各村包村干部：A村为张某；B村为李某": the heading's role, in each village
        titled = left.endswith(_TITLE_ENDS) and not (m.group("who") and left.endswith("第一书记"))
        people = re.findall(f"{PER_CH}.", m.group("names")) if titled else []
        villages = re.findall("[\ue004\ue005][\ue100-\ue8ff]", sk.text[:m.start()])
        if m.group().startswith(("分别", "依次")) and len(people) == len(villages) > 1:
            title = _THROUGH_PLACES.sub("", left)     # "A村、B村、C村的第一书记分别为X、Y、Z": one each, in order
            for person, village in zip(people, villages):
                _posts("post.names_after", sk, sk.ref(person), village + title, focus, add)
            continue
        for person in people:
            _posts("post.names_after", sk, sk.ref(person), left, focus, add, before=sk.text[:m.start() - len(left)])
    held = None
    for m in HELD_BY.finditer(sk.text) if "由" in sk.text else ():
        rest = m.group("rest")
        if held and m.group().endswith("接任") and not rest.endswith(_TITLE_ENDS):
            rest = held     # "Y村第一书记由A担任，今年3月起由B接任": B takes the post A held
        _posts("post.held_by", sk, sk.ref(m.group("person")), rest, focus, add)
        held = rest
    for m in AS_TITLE.finditer(sk.text) if "作为" in sk.text else ():
        # (a unit's post, or a grid's: "作为第二网格网格长，他…"; a place's, "作为Y村党支部书记，张某", and
        # "作为驻村第一书记，张某…" other patterns read)
        if m.group("rest").endswith(_TITLE_ENDS) and "第一书记" not in m.group("rest") and \
                (ORG_CH in m.group("rest") or "网格" in m.group("rest")):
            _posts("post.as_title", sk, sk.ref(m.group("person")), m.group("rest"), focus, add)
    for m in HANDED_OVER.finditer(sk.text) if _HANDING_OVER.search(sk.text) else ():
        rest = m.group("rest")
        _posts("post.handed_over", sk, sk.ref(m.group("person")), rest, focus, add)
        _posts("post.handed_over", sk, sk.ref(m.group("old")), "原" + rest, focus, add)
    for m in TAKES_POST.finditer(sk.text):
        succeeding = _SUCCEEDING.search(sk.text, 0, m.start())     # "张某接替李某担任第一书记": 张某's post, not 李某's
        person = _last_person_before(sk, succeeding.start() if succeeding else m.start())
        if sk.text.startswith(PER_CH, m.end()):
            continue        # "原挂职Y村第一书记张某", "挂职的副县长李某": the title of the name after it (and
            #                 "李某期满回到局里，接任Y村第一书记的张某…": 张某's, not 李某's)
        between = sk.text[sk.text.rfind(PER_CH, 0, m.start()):m.start()]
        if person and "由" not in _SENT_BY.sub("", between) and not _OTHER_SUBJECT.search(between):   # "由党员担任网格员"
            rest = _trim_clause(m.group("rest"))
            at = _GOES_TO_PLACE.search(sk.text, 0, m.start())      # "到Y村担任第一书记、工作队队长": Y村's
            if at and (_titled_for(sk.ref(at.group("place")), rest) or m.group().startswith("挂职")):
                rest = at.group("place") + rest     # ("在Y镇挂职任党委副书记": seconded there, to a post of Y镇)
            elif back := _BACK_TO_UNIT.search(sk.text, 0, m.start()):
                rest = back.group("org") + rest     # "期满后回到X局担任副局长": a post of X局
            elif within := _IN_DIVISION.search(sk.text, 0, m.start()):
                rest = within.group("unit") + rest     # "在X厅农业处担任副处长": a post of X厅农业处
            for holder in _listed_holders(sk, m.start()) or [person]:
                _posts("post.takes", sk, holder, rest, focus, add, before=sk.text[:m.start()])


_AND_BARE_LEVEL = regexes.compile("(?<=党员|干部|职工|群众|队员|代表)(?:和|与|及)"
                                  "(?=(?:村|嘎查|社区|镇|乡|苏木|街道)[^和与及，,。；;\ue000-\ue006]{1,30}$)")
_GRID_POST_OF = regexes.compile(f"({GRID_NUMBER})的(?=[^的，,。；;：:\ue000-\ue007]{{2,6}}$)")
_GRID_LABEL_AT_END = regexes.compile(f"({GRID_NUMBER})[：:\\s、]{{0,2}}$")
# "来自X局的第一书记张某": the unit he comes from, which the sentence does not say sent him
_CAME_FROM = compile_pattern(_FROM_UNIT + "{N8}$")
# a role after the posts, which ends the chain ("X镇副镇长、包村干部张某")
_ROLE_AT_END = regexes.compile("(?<=[\u4e00-\u9fff])、(?:" + "|".join([
    "(?:包村|包联|驻村)干部",
    f"\ue006[\ue100-\ue8ff](?:{_MEMBER_WORDS})",                                   # 、X局干部
    f"(?:来自\ue006[\ue100-\ue8ff]|\ue006[\ue100-\ue8ff](?:选派|派驻|下派))的[\u4e00-\u9fff]{{0,4}}?(?:{_MEMBER_WORDS})",
    #                                                   、来自X局的青年干部, 、X局选派的干部
    "(?:[\ue000-\ue005][\ue100-\ue8ff])?包联[旗县市区盟]领导",                   # 、Y苏木包联旗领导: his own 包联
    f"[\u4e00-\u9fff]{{0,2}}?(?:{alternation(words('roles'))})",                  # 、老党员, 、种粮大户: who he is
]) + ")$")
# "委员张某、李某": 李某 a 委员 too; "网格员：张某（一组）、李某（二组）"
_NAMES_AT_END = regexes.compile(f"(?<=[\u4e00-\u9fff：:])(?:{PER_CH}[\ue100-\ue8ff](?:[（(][^（）()\ue007]{{1,8}}[）)])?、)+$")
_TEAM_NOTE = regexes.compile("[（(]兼?(?:驻村)?(?:工作)?队?队长[）)]$")
_SENT_BY_UNIT = regexes.compile(f"(?<={ORG_CH}[\ue100-\ue8ff])(?:派驻|选派|下派|派出)的(?=[^，,。；;的\ue000-\ue007]{{2,10}}$)")
_NOTE_AT_END = regexes.compile("[（(][^（）()\ue000-\ue007]{1,6}[）)]$")
# how long a post was held: "在Y村任第一书记三年的张某", "兼任村党支部书记一年多", "半年", "8个月"
_DURATION = "[一二三四五六七八九十两半\\d]+个?多?(?:年|月)多?了?"
_DURATION_AT_END = regexes.compile(f"(?:{_DURATION}|多年)$")
_CLAUSE_END = regexes.compile(f"(?:{_DURATION}|以来|期间|以后|后|时|的)$")
_HOLDER_OF = regexes.compile("(?:现任|时任|曾任|担任|兼任|接任|挂职|(?<=[\ue100-\ue8ff])任|当了(?:[一二三四五六七八九十两\\d]+年)?)[^，,。；;：:\ue007]{2,24}(?P<of>的(?:\ue006[\ue100-\ue8ff](?:" +
                        "|".join(words("member_roles")) + "|[^，,。；;：:\ue000-\ue007]{1,10}))?)$")     # "挂职副县长的X厅干部张某"


def _trim_clause(rest: str) -> str:
    """What ends the clause and is no part of the post: "…以来", "…的", and how long ("兼任村党支部书记一年多")."""
    return _CLAUSE_END.sub("", rest)


# "张某由X局选派到Y村任…": who sent him, not who holds the post
_SENT_BY = regexes.compile("由\ue006[\ue100-\ue8ff][^，,。；;\ue000-\ue007]{0,6}?(?:选派|派驻|下派|委派|派)")
_SECRETARIES_LABEL = regexes.compile("第一书记(?:的|名单)?(?:有|是|为|如下)?[：:]")
_VILLAGE_AT_END = regexes.compile("[\ue004\ue005][\ue100-\ue8ff]$")


# "张某接替李某担任…", "张某接替期满的李某，成为…，同时担任…", "张某接过前任李某的接力棒，任…":
# 张某's post (no other person after 李某)
_SUCCEEDING = regexes.compile(f"(?:接替[^，,。；;！？!?\ue007]{{0,20}}|接过[^，,。；;！？!?\ue007]{{0,20}}(?<!的))"
                               f"{PER_CH}[\ue100-\ue8ff][^。；;！？!?\ue007]*$")
#   (not "接过接力棒的张某是…，担任Y村第一书记": the one who took over is the subject; but "接替期满的李某" is
#   the one he succeeds)


# "镇长Z说，驻村第一书记同时担任网格指导员", "Z介绍，今年又有5名干部到村任第一书记": a clause whose
# subject is people in general or counted, not Z
_OTHER_SUBJECT = regexes.compile("[，,；;](?:[^，,；;\ue000-\ue007]*?)(?:第一书记|干部|队员|党员|成员)[^，,；;\ue000-\ue007]{0,4}?(?:们|都|均|普遍|全部|同时|也)|"
                                 "[，,；;][^，,；;\ue000-\ue007]*?[\\d一二三四五六七八九十两几多][名位][^，,；;\ue000-\ue007]{0,10}?"
                                 "(?:第一书记|干部|队员|党员|成员)|"
                                 "[，,；;][^，,；;\ue000-\ue007]*?(?:成员|代表|骨干|党员|群众|们)(?:分别|都|均|也|轮流)?$")
# (the first: "新任第一书记到村后同时担任所在村的网格指导员", a few words between; the last: a clause whose subject is a group, right before the verb: "村“两委”成员分别担任网格长",
#  "党员和村民代表担任网格长", "屯长们都兼任网格员")


# "A、B当选村委会委员": each of the listed names takes the post (but "A、B分别当选X、Y")
_LISTED_HOLDERS = regexes.compile(f"(?:{PER_CH}[\ue100-\ue8ff][、和及与])+"
                                  f"{PER_CH}[\ue100-\ue8ff](?:同志)?$")


def _listed_holders(sk: Skeleton, pos: int) -> list[Ref]:
    listed = _LISTED_HOLDERS.search(sk.text, 0, pos)
    return [sk.ref(p) for p in re.findall(f"{PER_CH}.", listed.group())] if listed else []


def _last_person_before(sk: Skeleton, pos: int) -> Ref | None:
    i = sk.text.rfind(PER_CH, 0, pos)
    return sk.ref(sk.text[i:i + 2]) if i >= 0 else None


# villages listed before the one post their person holds in each ("A村、B村两个村的第一书记")
_VILLAGES_OF_ONE_POST = regexes.compile("(?P<villages>(?:[\ue004\ue005][\ue100-\ue8ff][、和及])+[\ue004\ue005][\ue100-\ue8ff])"
                                        "(?:[两二三四五六七八九十\\d]个(?:村|嘎查|社区))?的?(?=(?:驻村)?第一书记)")


# "驻村工作队长（第一书记）": the post in brackets is his as well
_SECRETARY_IN_BRACKETS = regexes.compile("(?<=[长员])[（(](?:驻村)?第一书记[）)]")
# "任Y村第一书记、工作队长（X局选派）": who sent him, a note on the posts that is none of them
_SENT_NOTE_AT_END = regexes.compile("[（(][^（）()]{1,30}(?:选派|派驻|下派|派出|委派)[）)]$")
# "县委常委、宣传部部长、Y镇包联县级领导": the town a leader links with, no post of its own
_LINKED_TOWN_AT_END = compile_pattern("、{P}*{T}(?:包联|包抓|联系|挂点)[县旗市区]级?领导$")


def _posts(family: str, sk: Skeleton, person: Ref, left: str, focus: Focus, add, before: str = "") -> None:
    """Read the title chain that ends where `left` ends: "Y村党支部书记兼主任" ->
    Y村: 党支部书记、主任. Parts without a holder belong to the holder before them,
    or, for a title that names its level (旗长, 村主任), to that place (named in
    `left`, else in `before`, the sentence before the person, else earlier)."""
    if (listed := _VILLAGES_OF_ONE_POST.search(left)) and "分别" not in left[:listed.start()]:
        # "担任A村、B村和C村3个村的第一书记": each village's (but "分别派驻A村、B村的第一书记张某、李某")
        for village in re.findall("[\ue004\ue005][\ue100-\ue8ff]", listed.group("villages")):
            _posts(family, sk, person, left[:listed.start()] + village + left[listed.end():], focus, add, before)
        return
    left = _SECRETARY_IN_BRACKETS.sub("、第一书记", _SENT_NOTE_AT_END.sub("", _LINKED_TOWN_AT_END.sub("", left)))
    left = _UNIT_THEN_把.sub(r"\1", left)      # "X局把Y科科长Z派到…": X局's division (把 is X局's verb)
    groups: list[tuple[Ref | None, list[str]]] = []
    chain = parse_title_chain(_NEWLY.sub("", left), sk)
    if chain and chain[0][0] is None:
        holder, level_word = _enumerated_holder(left, chain, sk), _head_of_level(chain[0][1])
        if holder is not None and holder.label == ORG and level_word:
            holder = _place_of_organ(holder, level_word, focus)     # "X县委书记A、县长B": B heads the county
        chain[0] = (holder, chain[0][1])
    for holder, title in chain:
        if holder is not None and holder.label == PLACE and (lw := _head_of_level(title)) \
                and not (holder.canonical or holder.surface).endswith(lw):
            holder = None       # "包联Y镇的副县长": a 县长 heads no 镇 (the place is what the post takes charge of)
        implicit = _implicit_holder(title, focus, groups, _places_in(before + left, sk), before + left)
        if holder is None and implicit is None and groups and groups[-1][0] is not None and \
                groups[-1][0].label == PLACE and (title.endswith(_UNIT_RANKS) or _DIVISION_TITLE.fullmatch(title)
                                                   or _OFFICE_TITLE.fullmatch(title)):
            if unit := _last_unit(left, sk):        # "X局派驻Y村的第一书记、四级主任科员Z": X局's rank
                #                                     ("…第一书记、教务处副处长Z": a post in X校's division)
                groups.append((unit, [title]))
            continue
        if holder is None and implicit is None and groups:
            groups[-1][1].append(title)
        elif member_of := _committee_of(holder, groups):
            titles, office = member_of
            titles.append(office + title)
        else:
            groups.append((holder or implicit, [title]))
    village = focus.places.get("Village")
    # the village a first secretary in the chain serves: the team he leads there is its team (队长、第一书记)
    served = next((h if h and h.label == PLACE and h.level in ("Village", "Group") else village
                   for h, titles in groups if any(t.endswith("第一书记") for t in titles)), None)
    for holder, titles in groups:
        posts = [t for t in titles if not t.endswith("第一书记")]
        if len(posts) < len(titles):
            _first_secretary(family, person, holder, village, add)
        team = [t for t in posts if t.endswith(TEAM_TITLES) or served and t == "队长"]
        if team and holder and holder.label == ORG:
            add(family, "WORKS_FOR", person, holder)      # a unit's work team: the person belongs to the unit
        if team and (holder is None or holder.label == ORG):
            posts = [t for t in posts if t not in team]
            # "X局驻嘎查工作队队长", "X厅派来的驻村工作队队长", "工作队队长、第一书记由Z担任": the team of the village
            at = served or (village if any(_STATIONED.search(t) for t in team) else None)
            held = [_team_title(t) for t in team if _STATIONED.search(t) or served and _team_title(t) in _ANY_TEAM]
            if at and held:
                add(family, "HOLDS_POSITION", person, at, title="、".join(held))
            elif holder is None and not served and (area_team := focus.area_team()):
                add(family, "HOLDS_POSITION", person, area_team, title="、".join(team))     # "帮促工作队队长、X厅副厅长Z"
        if posts and holder:
            add(family, "HOLDS_POSITION", person, holder, title="、".join(posts))


_UNIT_THEN_把 = regexes.compile(f"({ORG_CH}.)[把将](?=[\u4e00-\u9fff]{{2,10}}?(?:处|科|股|室|中心))")


def _committee_of(holder: Ref | None, groups) -> tuple[list[str], str] | None:
    """"县委常委、县委办主任", "区委常委、区委社会工作部部长": a standing member's posts in the
    committee's own offices are posts in the committee, as a bare "组织部部长" after 常委 is
    (not its party school, a unit with a head of its own: "县委常委、县委党校校长")."""
    if holder is None or holder.label != ORG:
        return None
    for unit, titles in groups:
        if unit is not None and unit.label == ORG and unit.surface.endswith("委") and any(t.endswith("常委") for t in titles) \
                and holder.surface.startswith(unit.surface) and len(holder.surface) > len(unit.surface) \
                and not holder.surface.startswith("党校", len(unit.surface)):
            return titles, holder.surface[len(unit.surface):]
    return None


_UNIT_RANKS = tuple(words("unit_ranks"))
_VILLAGE_NOTE = regexes.compile("[（(](?:[\ue000-\ue003][\ue100-\ue8ff])*(?P<place>[\ue004\ue005][\ue100-\ue8ff])[）)]")


def _own_village(sk: Skeleton, i: int, left: str, focus: Focus) -> Focus:
    """"原第一书记A（Y村）、B（Z村）": each secretary's village is in the brackets after his
    name, not the village the sentence names last."""
    note = _VILLAGE_NOTE.match(sk.text, i + 2)
    if not left.endswith("第一书记"):
        return focus
    if not note:
        # "X局包抓Y村并派驻第一书记张某，Z局包抓W村": the village named before the title, not after it
        before = [m for m in _VILLAGE_TOKEN.finditer(sk.text, 0, i) if not _BETWEEN_CLAUSES.search(sk.text, m.end(), i)]
        return replace(focus, places={**focus.places, "Village": sk.ref(before[-1].group())}) if before else focus
    return replace(focus, places={**focus.places, "Village": sk.ref(note.group("place"))})


_BETWEEN_CLAUSES = regexes.compile("[，,。；;：:、（）()\ue007]")     # (or another person between)


def _last_unit(left: str, sk: Skeleton) -> Ref | None:
    """The unit named last in `left`."""
    k = left.rfind(ORG_CH)
    return sk.ref(left[k:k + 2]) if k >= 0 else None


def _team_title(title: str) -> str:
    """"派来的驻村工作队队长" -> 驻村工作队队长; "选派的工作队队长" -> 工作队队长."""
    m = _STATIONED.search(title)
    return m.group() if m else title[title.rfind("的") + 1:]


_STATIONED = regexes.compile("驻(?:村|嘎查|社区).*")
_NEWLY = regexes.compile("(?<=[\ue100-\ue8ff、兼队])新任")      # "Y镇新任党委书记", "X局工作队新任队长": the post all the same


def _enumerated_holder(left: str, chain, sk: Skeleton) -> Ref | None:
    """"X军区政治委员A、副政治委员B": in a list of people the unit named for the
    first holds for the next ones too."""
    start = len(left) - sum(len(t) for _, t in chain) - (len(chain) - 1)
    before = left[:start]
    if not (before.endswith("、") and len(before) >= 3 and before[-3] == PER_CH):
        return None
    previous = parse_title_chain(before[:-3], sk)
    return next((h for h, _ in previous if h is not None), None)


VILLAGE_ASSIGNMENTS = tuple(words("village_assignments"))
VILLAGE_STAFF = ("网格员", "网格长", "网格指导员", "网格督导员", "网格管理员", "片长", "片区长", "楼栋长", "联户长") + \
    VILLAGE_ASSIGNMENTS
UNIT_HEADS = {"校长": ("大学", "学院", "学校", "中学", "小学"), "院长": ("院",), "行长": ("银行", "分行", "支行"),
              "局长": ("局",), "所长": ("所",), "站长": ("站",), "馆长": ("馆",),
              "理事长": ("合作社",), "合作社理事长": ("合作社",), "董事长": ("公司", "集团"), "总经理": ("公司", "集团")}
LEVEL_TITLES = (("自治区", "Province"), ("省", "Province"), ("市", "City"), ("盟", "City"), ("州", "City"),
                ("旗", "County"), ("县", "County"), ("区", "County"),
                ("苏木", "Township"), ("镇", "Township"), ("乡", "Township"), ("街道", "Township"),
                ("嘎查", "Village"), ("社区", "Village"), ("村务", "Village"), ("嘎查务", "Village"), ("居务", "Village"),
                # the village's committee (村委会主任, 社区居委会主任)
                ("村民委员会", "Village"), ("居民委员会", "Village"), ("村委会", "Village"), ("居委会", "Village"),
                ("嘎查委员会", "Village"), ("党总支", "Village"), ("党支部", "Village"),
                ("村委", "Village"), ("村", "Village"), ("屯", "Group"))
HEAD_TITLES = ("长", "达", "人大代表", "人大主席", "委书记", "委副书记", "委常委", "主席", "副主席", "常务副主席", "主任", "副主任", "书记",
               "党支部书记", "党委书记", "党总支书记", "支书", "党支书")


def _places_in(left: str, sk: Skeleton) -> dict[str, Ref]:
    """The last place of each level named in `left`."""
    return {ref.level: ref for ref in map(sk.ref, re.findall("[\ue000-\ue005].", left))}


def _implicit_holder(title: str, focus: Focus, groups, named_before: dict[str, Ref], said: str = "") -> Ref | None:
    """"村党支部书记", "副旗长", "嘎查长" with no place named: the place of that
    level named before it in the sentence, else the one the article was talking
    about ("X镇党委书记A、镇长B到Y镇考察": B is X镇's), or for a county the one an
    earlier part of the chain names ("区委副书记、区长"); a 旗长 is the head of a 旗,
    not of a 区."""
    core = title.lstrip("原前代副常务执行")
    if _UNIT_BRANCH_RE.match(core):       # "机关第三党支部书记": of the unit being talked about
        return focus.units[-1] if focus.units else None
    if core.startswith("驻村"):         # 驻村第一书记, 驻村工作队长: of the village being talked about
        return next((h for h, _ in reversed(groups) if h is not None and h.label == PLACE and h.level == "Village"),
                    focus.places.get("Village"))     # (or the one the chain has named: "Y村第一书记、驻村工作队队长")
    if core.endswith(TEAM_TITLES) and "Village" in named_before:
        return named_before["Village"]   # "在Y村，工作队队长、第一书记张某": the team of the village just named
    if core in ("组长", "小组长", "村民小组长") and "Group" in named_before:
        return named_before["Group"]     # "在Y村X组，组长张某": the head of the group just named
    if core.endswith(VILLAGE_STAFF):     # 网格员, 片长: of the village (or town) being talked about,
        if groups and groups[-1][0] is not None and groups[-1][0].label == PLACE:
            return None                  # or of the place whose post comes first ("Y组组长、网格员")
        if _TOWN_HEAD_BEFORE.search(said) and (town := named_before.get("Township") or focus.places.get("Township")):
            return town     # "街道党工委书记张某任一级网格长": the grid post of the town he heads
        if "Township" in named_before and "Village" not in named_before and \
                not re.search("村|嘎查|社区", re.split("[\ue000-\ue007].", said)[-1]):
            return named_before["Township"]     # "X是东河镇的包联领导": of the town the sentence names
            #                                     (not "…是我们村的包村领导")
        return focus.places.get("Village") or focus.places.get("Township")
    if core == "委员" and focus.committee:     # "村“两委”班子成员为：…，委员张某、李某": of the village's committee
        return focus.places.get("Village")
    if core in UNIT_HEADS:               # 校长, 行长: of the unit being talked about, or none of its own where an
        if any(h is not None and h.label == ORG and h.surface.endswith(UNIT_HEADS[core]) for h, _ in groups):
            return None     # earlier part of the chain names that unit ("X院党委书记、院长": one post of X院)
        return next((u for u in reversed(focus.units) if u.surface.endswith(UNIT_HEADS[core])), None)
    for prefix, level in LEVEL_TITLES:
        rest = core[len(prefix):]
        if core.startswith(prefix) and (rest.startswith(HEAD_TITLES) or _TITLE_RE.fullmatch(rest)) \
                and not (core.startswith("村民") and prefix != "村民委员会"):
            for holder, _ in reversed(groups):
                if holder is not None and holder.label == PLACE and holder.level == level:
                    return holder
                if holder is not None and holder.label == ORG:      # "宜都市委副书记、市长": of 宜都市
                    named = _place_of_organ(holder, prefix, focus)
                    if named:
                        return named
            here = named_before.get(level) or focus.before.get(level) or focus.places.get(level)
            if level == "Township" and here is not None and _township_word(here.canonical or here.surface) != prefix:
                here = focus.townships.get(prefix, here)    # "苏木党委书记" after a 镇 was named: of the 苏木
            if prefix == "市" and not named_before.get("City"):      # "副市长" in 和龙市, not 延边州
                here = focus.county_level_city(named_before.get("County") or focus.before.get("County")) or here
            if level in ("County", "City", "Province"):
                if level == "County" and not named_before.get(level):
                    # a bare 副县长 is of the county the article is about, not of one named in passing
                    return Ref(PLACE, "我" + prefix, "County", "self")
                if here is not None and (here.canonical or here.surface).endswith(prefix):
                    return here
                return focus.place_for({"County": "我" + prefix, "City": "我市", "Province": "全省"}[level])
            return here
    return None


_TOWN_HEAD_BEFORE = regexes.compile("(?:(?:镇|乡|苏木|街道)(?:党委|党工委)副?书记|副?镇长|副?乡长|苏木达|街道(?:办事处)?副?主任)"
                                    "(?:" + PER_CH + "[\ue100-\ue8ff])?(?:同志)?(?:任|兼任|担任)?[^，,。；;、和与及\ue000-\ue007]{0,4}网格[^，,。；;、\ue000-\ue007]{1,3}$")


def _township_word(name: str) -> str:
    return next((w for w in ("苏木", "街道", "镇", "乡") if name.endswith(w)), "")


def _head_of_level(title: str) -> str | None:
    """The level word of a title that heads a place (县长 -> 县, 副旗长 -> 旗, 苏木达 -> 苏木)."""
    core = title.lstrip("原前代副常务执行")
    return next((prefix for prefix, _ in LEVEL_TITLES if core.startswith(prefix) and core[len(prefix):] in ("长", "达")), None)


def _place_of_organ(organ: Ref, level_word: str, focus: Focus) -> Ref | None:
    """The place the article names whose name opens the organ's (宜都市 of 宜都市委) and
    ends in the title's level word (市): a county-level city's 市长 is its own."""
    name = organ.canonical or organ.surface
    return next((p for p in focus.places.values() if (p.canonical or p.surface).endswith(level_word)
                 and name.startswith(p.canonical or p.surface)), None)


def _first_secretary(family: str, person: Ref, holder: Ref | None, village: Ref | None, add) -> None:
    if holder and holder.label == PLACE and holder.level in ("Village", "Group"):
        add(family, "FIRST_SECRETARY_OF", person, holder)
        return
    add(family, "FIRST_SECRETARY_OF", person, village)
    if holder and holder.label == ORG:        # "X局第一书记": sent by X to the village in focus
        add(family, "WORKS_FOR", person, holder)
        if family != "post.came_from":
            add(family, "SUPPORTS", holder, village, mode="驻村")


# a unit's department after it is part of its name; its party branch (党支部) is the unit's own
DEPARTMENTS = [o for o in TITLE_ORGANS if o.endswith(("部", "办", "办公室")) and o not in words("unit_organs")]
# "机关党委书记", "机关第三党支部书记": a post in the party organ of a unit's own offices
_UNIT_BRANCH = "(?:" + NUMBERED_BRANCH + "|机关(?:党委|党总支|党支部))"
_UNIT_BRANCH_RE = regexes.compile(_UNIT_BRANCH)
_TITLE_RE = regexes.compile(
    "(?:" + _UNIT_BRANCH + "|" + "|".join(TITLE_ORGANS) + ")?(?:" + "|".join(TITLE_PREFIXES) + ")?(?:" + "|".join(TITLES) + ")")
_DESCRIPTION = regexes.compile("[\u4e00-\u9fff]{1,6}$")
_DIVISION_DESCRIPTION = regexes.compile("[\u4e00-\u9fff]{2,10}(?:处|中心|学院|系|大队|支队|科|股)$")
_NOT_DESCRIBING = set("由被是为在兼、了")     # "合作社理事长由村党支部书记张某兼任": a clause, no description;
#                                           "第一书记兼工作队队长": two posts; "在X乡政府见到了乡党委书记张某": a deed
# "X院选派青年教师张某": sent, not a post in the unit
_SENDS = regexes.compile(alternation([v for v in words("send_verbs") if len(v) == 2]))


def parse_title_chain(left: str, sk: Skeleton) -> list[tuple[Ref | None, str]]:
    """(holder, title) parts of the title chain that ends where `left` ends."""
    segments: list[tuple[Ref | None, str]] = []
    end = len(left)
    while (start := _title_start(left, end)) is not None:
        title, holder = left[start:end], _token_ending(left, start, sk)
        if holder is None and (grid := _GRID_LABEL_BEFORE.search(left, 0, start)) and _token_ending(left, grid.start(), sk):
            title, start = grid.group() + title, grid.start()      # "Y村第二网格网格员": Y村's, that grid's
            holder = _token_ending(left, start, sk)
        if holder is None and left[start - 1:start] == "的" and _token_ending(left, start - 1, sk):
            start -= 1              # "X社区的网格员": the holder, then 的
            holder = _token_ending(left, start, sk)
        if holder is None:
            # a description between the unit and the title ("X学院摄影系教师", "X部驻昆明特派员");
            # "X院(儿科)的一名医生" is one of its members (works.one_of), and "X集团选派的挂职副县长"
            # holds the post where he is sent, as "X院选派青年教师张某" is a member sent (but "X局选派的
            # 第一书记" is the unit's)
            d = _DESCRIPTION.search(left, max(0, start - 6), start)
            if d and not _token_ending(left, d.start(), sk):      # ("X厅农村水利水电处一级主任科员": a longer division)
                d = _DIVISION_DESCRIPTION.search(left, max(0, start - 12), start) or d
            sent_to_serve = title.endswith(("第一书记",) + TEAM_TITLES)
            owner = _token_ending(left, d.start(), sk) if d else None
            if d and d.group() in ("担任", "任") and owner is not None and owner.label == ORG:
                start, holder = d.start(), owner        # "在X厅担任一级主任科员的张某": X厅's post, not "担任一级主任科员"
                d = None
            if d and (sent_to_serve or "的" not in d.group() and not _SENDS.search(d.group())) and "一名" not in d.group() and \
                    not _NOT_DESCRIBING & set(d.group()) and \
                    owner is not None and (owner.label == ORG or title.endswith(TEAM_TITLES) and owner.label == PLACE):
                # (and "驻Y镇乡村振兴工作队队长": the team stationed in the place)
                title, start = d.group() + title, d.start()
                holder = _token_ending(left, start, sk)
        if holder and holder.label in (ORG, PLACE):
            start -= 2
            holder, title = _department(holder, title)
            if title.startswith(("委会", "务")) and holder.surface.endswith(("村", "嘎查")):
                # "Y村委会主任", "Y村务监督委员会主任": the village's name ends in the 村 of 村委会
                title = ("嘎查" if holder.surface.endswith("嘎查") else "村") + title
        else:
            holder = None
            # a description inside a 、- or 兼-separated part ("基础设施投融资专家", "兼二级网格长")
            k = max(left.rfind("、", 0, start), left.rfind("兼", 0, start))
            if k >= 0 and 0 < start - k - 1 <= 8 and re.fullmatch("[\u4e00-\u9fff]+", left[k + 1:start]):
                title, start = left[k + 1:start] + title, k + 1
        segments.append((holder, title))
        while holder and holder.label == PLACE and _is_place_token(left, start - 2):
            start -= 2          # "X局副局长、驻Y镇Z村第一书记": the chain before the place
        if left[start - 1:start] in ("驻", "原") and left[start - 2:start - 1] in ("、", "兼"):
            start -= 1          # "X局副局长、驻Y村第一书记", "X局局长、原Y镇党委书记"
        elif left[start - 2:start] == "现任" and left[start - 3:start - 2] in ("、", "，", ","):
            start -= 2          # "原X局副局长、现任Y村第一书记"
        if start == 0 or left[start - 1] not in "、兼,，" or \
                left[start - 1] in ",，" and (not _title_start(left, start - 1) or _has_holder(left, start - 1)):
            break
        end = start - 1
    return segments[::-1]


_GRID_LABEL_BEFORE = regexes.compile(f"{GRID_NUMBER}$")


def _has_holder(left: str, comma: int) -> bool:
    """The clause before a comma names its own person ("Z任Y村第一书记，X院医师W"): no chain across it."""
    opening = max(left.rfind(p, 0, comma) for p in "，,。；;")
    return PER_CH in left[opening + 1:comma]


def _is_place_token(s: str, pos: int) -> bool:
    return pos >= 0 and "\ue000" <= s[pos] <= "\ue005"


def _token_ending(s: str, pos: int, sk: Skeleton) -> Ref | None:
    if pos >= 2 and "\ue000" <= s[pos - 2] <= "\ue007":
        return sk.ref(s[pos - 2:pos])
    return None


def _department(holder: Ref, title: str) -> tuple[Ref, str]:
    """"旗委统战部常务副部长": the department right after a unit is part of the unit."""
    dept = next((d for d in DEPARTMENTS if title.startswith(d)), None)
    if holder.label != ORG or not dept or len(title) == len(dept) or holder.surface.endswith(("部", "办", "办公室")):
        return holder, title        # (after a department, "办公室主任" is the title: 统战部办公室主任)
    canonical = holder.canonical + dept if holder.canonical else None
    return Ref(ORG, holder.surface + dept, kind=holder.kind, canonical=canonical), title[len(dept):]


def _title_start(left: str, end: int) -> int | None:
    """Start of the longest title phrase (organ + prefix + title) ending at `end`,
    with a bare level word before its organ ("（镇党委副书记）": the town's)."""
    for start in range(max(0, end - 14), end):
        if _TITLE_RE.fullmatch(left, start, end):
            level = next((w for w, _ in LEVEL_TITLES if left.endswith(w, 0, start)), "")
            if level and left.startswith(_LEVEL_ORGANS, start) and \
                    (start == len(level) or not "\u4e00" <= left[start - len(level) - 1] <= "\u9fff"
                     or left[start - len(level) - 1] in "是为由任和与及兼"):    # ("网格长是村妇联主席Z")
                start -= len(level)
            return start
    return None


_LEVEL_ORGANS = tuple(TITLE_ORGANS)


# ---------------------------------------------------------------- places

# (pattern, how many levels the parent may be above the child)
CONTAINS = [(compile_pattern(p), gap) for p, gap in (
    ("{P:child}(?:地处[^。]{0,30}?，?|[^。，,]{0,2})(?:位于|地处|隶属于?|属于){CHAIN}{P:parent}", 5),
    ("{P:child}[^。\ue000-\ue007]{0,30}?是{P:parent}[^。，,\ue000-\ue007]{0,16}?之一", 5),
    ("{P:child}[（(](?:属于?|隶属于?|位于){CHAIN}{P:parent}[）)]", 5),      # "Y村(属X镇)"
    # "Y村是X镇最偏远的村", "Y村,就是X县一个较大的村子"; a village said to be one of a
    # prefecture's ("…是新疆喀什地区的一座村庄") skips what lies between: no fact
    ("{P:child}[，,]?(?:就|也)?是{CHAIN}{P:parent}的?[^。，,\ue000-\ue007]{0,12}?"
     "(?:行政村|自然村|村子|村庄|村|嘎查|社区|屯|乡镇|镇|乡|苏木|街道)(?![\u4e00-\u9fff])", 2),
)]
_ANOTHER = "(?:另一个|另外一个|另一|又一个|另外[两三四几]个)(?:行政村|村|嘎查|社区)(?:——|—|[，,：:])?"
# "Y镇另一个村——Z村": a village of the township just named
ANOTHER_OF = compile_pattern("{T:parent}(?:的|里)?" + _ANOTHER + "{V:place}")
GOVERNS = compile_pattern("{P:parent}(?:共|现)?(?:下辖|辖|管辖)(?:有)?[^。，,\ue000-\ue007]{0,8}?[:：]?{P:place}")
def _listed_with(text: str, places: list) -> list[tuple[Ref, str]]:
    """The places listed right after the first of `places` (mention, ref), at its
    level, each with the word that joins it to the list."""
    out, (prev, first) = [], places[0]
    for m, r in places[1:]:
        joiner = text[prev.end:m.start]
        if not _LIST_JOIN.fullmatch(joiner) or r.level != first.level or joiner == "与" and m.kind in ("coref", "pronoun"):
            break       # ("X市Y区与我县协作": the page's own county, no part of a list under X市)
        out.append((r, joiner))
        prev = m
    return out


def _register_denies(child: Ref, parent: Ref) -> bool:
    """Both are divisions of the register, and the child lies elsewhere."""
    if child.division is None or parent.division is None:
        return False
    return parent.division not in register().ancestors(child.division)


_LIST_JOIN = regexes.compile("、|和|及|以及|与")
CHAIN_JOINERS = ("", "的", "境内的", "境内", "辖区", "辖区内的", "所辖的")
# "X苏木(蒙语:乡)Y嘎查": a note in brackets between the two; "X镇 Y村": a stray space
_JOIN_RE = regexes.compile("^ *(?:\t)?(?:[（(][^（）()]{0,12}[）)])?(?:[东南西北中]部的?|" + "|".join(j for j in CHAIN_JOINERS if j) + ")?$")


# "同镇的Y村", "在同乡的Y村", "镇里另一个村Y村", "苏木另一个嘎查Y嘎查", "乡里的Y村", "镇上的Y村": a village of the township the
# sentences before are about (镇里 is itself the town in focus: coref.tsv)
_SAME_TOWNSHIP = regexes.compile("(?:同(?:一个)?(?:镇|乡|街道|苏木)的?|(?:乡|苏木|街道)里的|(?:镇|乡)上的|(?:镇|乡|苏木|街道)(?:里的?|的)?" + _ANOTHER + ")"
                                 f"({LEVEL_CH['Village']}[\ue100-\ue8ff])")


def _same_township(sk: Skeleton, focus: Focus, add) -> None:
    for m in _SAME_TOWNSHIP.finditer(sk.text):
        # (the township named earlier in the sentence: "Y乡乡长张某介绍，乡里的Z村由X局帮扶")
        named = [t.group() for t in _TOWNSHIP_TOKEN.finditer(sk.text, 0, m.start())]
        if town := sk.ref(named[-1]) if named else focus.before.get("Township"):
            add("place.same_township", "LOCATED_IN", sk.ref(m.group(1)), town)


def _containment(text: str, tokens, sk: Skeleton, add) -> None:
    places = sorted(((m, r) for m, r in tokens if r.label == PLACE), key=lambda t: t[0].start)
    companies = [(m.start, m.end) for m, r in tokens if r.label == ORG and m.kind == "enterprise"]
    for k, ((m1, r1), (m2, r2)) in enumerate(zip(places, places[1:])):
        joiner = text[m1.end:m2.start]
        if r2.division is None and any(s <= m2.start and m2.end <= e for s, e in companies):
            continue        # "安远县橙乡果业有限公司": a brand in a company's name, no place the register knows
        if _JOIN_RE.match(joiner) and LEVEL_RANK[r1.level] < LEVEL_RANK[r2.level]:
            add("place.chain", "LOCATED_IN", r2, r1)
            for listed, joiner in _listed_with(text, places[k + 1:]):     # "X镇的A村、B村和C村"
                if joiner != "与" or not _register_denies(listed, r1):   # "天津市河东区与会宁县结对"
                    add("place.chain", "LOCATED_IN", listed, r1)
    # ("Y村是全县有名的…村之一": a ranking within the county in focus, which the annotators
    # don't read as the village's place)
    only_coref = {r for m, r in tokens if m.kind == "coref"} - {r for m, r in tokens if m.kind != "coref"}
    for pat, gap in CONTAINS:
        for m in pat.finditer(sk.text):
            child, parent = sk.ref(m.group("child")), sk.ref(m.group("parent"))
            if parent in only_coref:
                continue
            if 0 < LEVEL_RANK[child.level] - LEVEL_RANK[parent.level] <= gap:
                add("place.lies_in", "LOCATED_IN", child, parent)
    for pattern, rule in ((GOVERNS, "place.governs"), (ANOTHER_OF, "place.another_of")):
        for m in pattern.finditer(sk.text):        # "X镇下辖A村、B村", "X镇另一个村——Y村"
            parent = sk.ref(m.group("parent"))
            for child in [sk.ref(m.group("place"))] + _places_listed_after(sk, m.end("place")):
                if LEVEL_RANK[child.level] > LEVEL_RANK[parent.level]:
                    add(rule, "LOCATED_IN", child, parent)


# ---------------------------------------------------------------- grids

NUM = "\\d+|[一二三四五六七八九十百千两零]+"
SPACE = "[ \u3000]?"     # an OCR's stray space around a count ("三级网格 74个", "划分为 12 个网格")
DIVIDES = "(?:划分|划(?=[了出])|[划分编]进|组成|分(?=了)|分为|分成|细分|划入|划为|划成|划定|分设|编为|编成|编入|细化|调整|(?:整合|合并)(?=[成为])|整合进)(?:成|为|出)?了?"
#   ("将全村14个村民小组整合为6个网格", "13个行政村被整合进58个网格": the places merged into grids)
_GRIDS_DONE = "已经?(?:覆盖|实现|全部)"     # "该镇33个网格已实现全覆盖": the grids, then what they already do
GRID_PATTERNS = [regexes.compile(p) for p in (
    DIVIDES + "的?" + SPACE + "(?P<n>" + NUM + ")" + SPACE + "(?:个|(?=网格))(?:(?P<lv>[一二三四五六七八九\\d])级)?[^，,。；;、]{0,4}?网格(?![员长化群])",
    #   ("划分为5个管区、网格198个": other areas counted first)
    "(?:(?P<lv>[一二三四五六七八九\\d])级)?网格(?:共计?|(?:总数|数量?)[：:]?)?(?:由(?:原来的|原)?)?" + SPACE + "(?P<n>" + NUM + ")" + SPACE + "个",
    #   ("网格数：9个", "网格数由78个调整为64个")
    "(?:设立|设置|建立|划定|共有|共设|组建|现有|现设|(?<![建开假])设)了?(?P<n>" + NUM + ")个[^，,。；;]{0,6}?网格(?![员长化群])",
    # "Y村的9个组级网格，由…", "负责Y社区全部5个网格", "我们社区有7个网格", "把社区8个网格全部走了一遍"
    "(?:(?<=[村查区镇乡木道])|(?<=村里|镇里))(?:的|有|全部的?|所有的?)(?P<n>" + NUM + ")个[^，,。；;]{0,4}?网格(?![员长化群])",
    "(?:(?<=[村查区镇乡木道])|(?<=村里|镇里))(?P<n>" + NUM + ")个网格(?=" + _GRIDS_DONE + "|全部|都|每个|各|也?由|的网格[员长]|覆盖|[，,。；;]|$)",
    #   ("全村5个网格。", "村里5个网格，", "全村7个网格每个网格都有…", "村里6个网格由村干部分片包干",
    #    "该村5个网格的网格员大多是…", "全村6个网格也由他担任网格指导员")
    # "清单上列着全村4个网格、368户", "把全村6个网格的水渠走了一遍", "全乡64个网格被标成三色": all of the
    #   place's grids, whatever follows
    #   (not the grids a finer tier is cut from: "全村6个网格细分为23个微网格")
    #   (and after its other counts: "全村8个村民组、7个网格")
    "(?:(?<=全村)|(?<=全嘎查)|(?<=全社区)|(?<=全镇)|(?<=全乡)|(?<=全苏木)|(?<=全街道))(?:共有|共|有)?(?:(?:" + NUM + ")[个户人名][\u4e00-\u9fff]{0,4}[、，,])?"
    "(?P<n>" + NUM + ")个网格(?![员长化]|[^，,。；;]{0,4}?(?:细分|下设|分设|再分))",
    # "在Y社区，9个网格覆盖了辖区3200户", "在Y社区，8个网格由…分片包干": the place, then its grids as the subject
    #   ("在Y镇，42个网格已覆盖全镇", "在Y镇，31个网格把9个村全部覆盖")
    "(?<=[村查区镇乡木道][，,])(?P<n>" + NUM + ")个网格(?=" + _GRIDS_DONE + "|由|覆盖|分别|各|全部|都|把)",
    # "把原来的4个网格调整为6个", "网格由原来的58个调整为76个": the grids as they are now
    "网格(?:数量|总数)?已?(?:[由从](?:原来的|原先的|原|去年的|以前的)?(?:" + NUM + ")个)?(?:优化|进一步)?(?:调整|优化|增加|扩充|扩大|减少|缩减)(?:为|到|至)"
    "(?P<n>" + NUM + ")个",
    # "原来只有3个网格，今年细分为8个": the grids as they are now
    "原来?(?:只|仅)?有(?:" + NUM + ")个网格[，,][^，,。；;]{0,6}?(?:细分|调整|增加|扩大|拆分)(?:为|到|至|成)(?P<n>" + NUM + ")个",
    # "Y镇13个村已全部完成网格划分，共61个网格": the division as a noun, then the count
    "网格划分(?:工作)?[，,](?:共计?|共有|总计)(?P<n>" + NUM + ")个[^，,。；;]{0,4}?网格(?![员长化群])",
    # "该村近期完成了6个网格的划分": the grids, then their division as a noun
    "(?P<n>" + NUM + ")个网格的(?:划分|划定|设置)",
    # a heading's count in brackets: "二、Y村（共6个综合网格）"
    "(?<=[村查区镇乡木道][（(])(?:共|共有|共划分|划分)?(?P<n>" + NUM + ")个[^（）()，,]{0,4}?网格(?![员长化群])(?=[）)])",
)]
# tiers listed one by one: "一级网格1个、二级网格12个", "镇级网格1个,村级网格25个、自然村网格222个"
GRID_TIERS = regexes.compile("(?:(?P<lv>[一二三四五六七八九\\d])级|[\u4e00-\u9fff]{1,3}?级?)网格(?:[（(][^（）()]{1,6}[）)])?" + SPACE + "(?P<n>" + NUM + ")" + SPACE + "个")
#   (and a tier's other name in brackets: "三级网格（微网格）203个")
# "划分网格8个": grids counted after the verb, not a tier's name
_DIVIDING = regexes.compile("(?:划分|划|设置|设立|设|建立|组建|共有|现有|共|有|新增|增设|增加)(?:了|为)?网格")
GRID_LEVELS = regexes.compile("(?P<lv>[一二三四五六七八九\\d])级网格")
# tiers with the count first: "细分为12个二级网格、48个三级网格", "28个一级网格、196个微网格", "…和31个基础网格",
# "设1个总网格、3个片区网格、12个基础网格"
GRID_TIERS_COUNT_FIRST = regexes.compile("(?P<n>" + NUM + ")个(?:(?P<lv>[一二三四五六七八九\\d])级|[\u4e00-\u9fff]{1,3}?级|微|基础|大|小|总|片区)网格")
# "划分为8个网格、32个微网格", "把3个综合网格细分成14个微网格", "划分为96个网格，并在网格下设置微网格412个": plain grids, then the
# micro-grids inside them, maybe a few clauses on ("…，每个网格配备1名网格员，共设微网格58个",
# "…，又在网格之下按楼栋细分出418个微网格")
GRID_THEN_MICRO = regexes.compile("(?P<n>" + NUM + ")个(?:全科|综合)?网格(?:(?:[、和及]|(?:又|再)?细分[为出成])(?P<m>" + NUM + ")个(?:楼栋|院落)?微网格|"
                             "[，,](?:网格下)?(?:又|再|并)?(?:下设|下分|分设|细分[为出成]|再细分为)(?P<m3>" + NUM + ")个微网格|"
                             "[，,][^。；;]{0,40}?微网格(?P<m2>" + NUM + ")个|"
                             "[，,][^。；;]{0,24}?(?:细分|下设|分设|划分)[为出成]?(?P<m4>" + NUM + ")个(?:[^，,。；;]{0,4}的)?微网格)")

# "划分为11个片区、68个网格", "11个网格片区、64个基础网格": areas, and the grids inside them
GRID_AREAS = regexes.compile("(?:" + NUM + ")个(?:网格)?片区[、和及，,](?:下设|细分为)?(?P<n>" + NUM + ")个(?:基础)?网格"
                             "(?:[、和及](?P<micro>" + NUM + ")个微网格)?")     # ("…、11个网格、42个微网格": three tiers)


_PUNCTUATED = regexes.compile("[，,。；;！？!?]")
_GRID_HEADS = ("网格", "网格名称")      # a table of the grids of the village in focus
_GRID_NAME = regexes.compile("第?[一二三四五六七八九十\\d]{1,3}(?:号)?网格")     # a row of the grids of the village in focus


_POST_HEADS = ("职务", "职位", "现任职务", "担任职务")


def _people_table(text: str, sk: Skeleton, focus: Focus, add) -> None:
    """A table of people and their posts flattened to text ("姓名 职务 分工" / "王某 村党支部书记、
    村委会主任 主持全面工作"): each person holds the posts of the row (their places as a title
    chain names them, else the village in focus)."""
    cells = text.split()
    if "姓名" in cells and any(c in _POST_HEADS for c in cells) and not any("单位" in c for c in cells):
        focus.people_table = cells
        return
    row = dict(zip(focus.people_table, cells))
    name, post = row.get("姓名", ""), next((row[h] for h in _POST_HEADS if h in row), "")
    person = next((r for r in sk.refs if r.label == PERSON and r.surface.replace(" ", "") == name), None) or \
        (Ref(PERSON, name) if 2 <= len(name) <= 4 and name[0] in SURNAMES else None)
    if person is None or not post:
        focus.people_table = []
        return
    _posts("table.people", sk, person, post, focus, add)


def _career_post(sk: Skeleton, focus: Focus, add) -> None:
    """A dated entry of a career, a line of a 简历: "2018.02—2021.09 Y乡党委书记" (the person
    named last holds the posts it names, as a title chain reads them)."""
    if (m := _CAREER_POST.match(sk.text)) and (person := focus.subject()) and "驻" not in m.group("left"):
        _posts("post.career_entry", sk, person[0], m.group("left"), focus, add)
        #   (an entry of a first secretary sent by his unit: secretary.career_entry)


def _heading_posts(sk: Skeleton, focus: Focus, add) -> None:
    """A card headed by the village and the person ("【Y镇Z村】张某"), whose next line opens
    with the person's posts there ("党支部书记、村委会主任。1978年生，…")."""
    if (m := _VILLAGE_HEADING.match(sk.text)) and \
            (person := sk.ref(m.group("person")) if m.group("person") else _cell_person(m.group("bare"), sk)):
        focus.heading = (person, focus.sentence)        # (the village is in focus now)
        return
    if not focus.heading or focus.heading[1] != focus.sentence - 1 or not (m := _POSTS_FIRST.match(sk.text)):
        return
    _posts("post.village_heading", sk, focus.heading[0], m.group("left"), focus, add)


_VILLAGE_HEADING = compile_pattern("^【{CHAIN}{V:place}】(?:{R:person}|(?P<bare>[\u4e00-\u9fff]{2,4}))$")
_POSTS_FIRST = regexes.compile("^(?P<left>[\u4e00-\u9fff、]{2,24}?)[。；;，,]")
_CAREER_POST = compile_pattern("^{YEARS}(?:任|担任)?(?P<left>[\ue000-\ue006][\ue100-\ue8ff][^；;。，,\ue007]*?)(?:（兼）)?[；;。]?$")
_UNIT_WORDS = ("企业", "单位", "公司")
_AND_OTHERS = regexes.compile("等[\\d一二三四五六七八九十]{1,3}[人名]$")
_LINK_ROLES = ("包村", "包联", "包抓", "联村")      # a column of linking is no post, but the town's village posts are
_NOTED_HEAD = regexes.compile("[（(]([^（）()]{2,10})[）)]$")


_COUNTED_HEAD = "(?:数|[（(]个[）)])"
_GRID_COUNT_HEAD = regexes.compile("网格.*" + _COUNTED_HEAD + "|^[一二三四\\d]级网格$")     # "网格数", "三级网格（个）", "三级网格"
_LEVEL_NOTE = regexes.compile("[（(](?:[村镇乡组社]|[一二三四\\d])级[）)]$")
_NOTE_HEADS = ("备注", "说明")
_UNIT_NOTED = regexes.compile(f"({ORG_CH}.)(包联|包保|包抓|帮扶|结对帮扶|定点帮扶|[^，,。；;]{{0,5}}驻村工作队)")


_TOWN_HEAD = regexes.compile("^(?:(?:苏木)?乡镇|镇|乡)(?:[（(](?:街道|乡|镇)[）)])?(?:名|名称)?$")
_COUNT_HEAD = regexes.compile(_COUNTED_HEAD + "$")     # "村（社区）数": no village's column


def _village_table(sk: Skeleton, focus: Focus, add) -> None:
    """A table of villages flattened to text, a row a line ("村名 驻村工作队派出单位 工作队队长
    网格数" / "Y村 X局 王某 6"): the row's village, the units its unit columns name, the
    people in the posts their columns name (a unit's team leader a member of the unit), its grids."""
    if not focus.village_table and _PUNCTUATED.search(sk.text):
        return      # (a table's head is no sentence)
    cells = sk.cells or re.split("、(?![^（()）]*[）)])", "、".join(_cells(sk)))     # (not inside a note: "王某（书记、主任）")
    if (any(_VILLAGE_HEAD.search(c) or _TOWN_HEAD.search(c) for c in cells) or cells[0] in _GRID_HEADS) and \
            any(_GRID_COUNT_HEAD.search(c) or c.endswith(_TITLE_ENDS) for c in cells) and \
            not (focus.village_table and _MENTION_TOKEN.search(sk.text)):
        #   (a row that names a place or a person is no head: "1 Y村 6 张某 村党支部书记")
        focus.village_table = [_spelled(c, sk) for c in cells]
        return
    head = focus.village_table
    # (a village's row, or its grid's in a table of grids: "Y镇Z村网格")
    # (the village's column, after a number's and a town's: "序号 街道 社区 包联单位 网格数")
    #   (or a town's, in a table of towns: "序号 乡镇 村（社区）数 网格数")
    column = next((i for i, h in enumerate(head) if _VILLAGE_HEAD.search(h) and not _COUNT_HEAD.search(h)),
                  next((i for i, h in enumerate(head) if _TOWN_HEAD.search(h)), 0)) if head else 0
    first = cells[min(column, len(cells) - 1)]
    own = re.fullmatch(f"(?:[\ue000-\ue005].)*([{LEVEL_CH['Township']}{LEVEL_CH['Village']}].)(?:网格)?", first)
    village = sk.ref(own.group(1)) if own and (own.end(1) == len(first) or head and head[0] in _GRID_HEADS) else \
        focus.places.get("Village") if head and head[0] in _GRID_HEADS and \
        _GRID_NAME.fullmatch(_CELL_NOTE.sub("", cells[0])) else None     # (its area noted: "第一网格（北街片区）")
    if not head or len(cells) < len(head) - 1 or village is None:
        focus.village_table = []
        return
    cells = cells[:len(head) - 1] + ["、".join(cells[len(head) - 1:])]     # (the last may list: "王某、李某")
    units = [sk.ref(c) for h, c in zip(head, cells) if "单位" in h and re.fullmatch(f"{ORG_CH}.", c)]
    tiers = [h for h in head if _GRID_COUNT_HEAD.search(h) and "级" in h]
    numbered = [cn_number(lv.group(1)) for t in tiers if (lv := re.search("([一二三四\\d])级", t))]
    levels = {"levels": max(numbered + [len(tiers)])} if len(tiers) > 1 else {}     # (of the finest tier's column)
    for column, cell in zip(head, cells):
        column = _NOTED_HEAD.sub(r"、\1", _LEVEL_NOTE.sub("", column))     # "总网格长（村党支部书记）": both
        #                                                   posts (but "网格长（村级）" is the post at its level)
        if column in _NOTE_HEADS and (unit := _UNIT_NOTED.fullmatch(cell)):
            mode = "驻村" if unit.group(2).endswith("工作队") else unit.group(2)
            add("table.villages", "SUPPORTS", sk.ref(unit.group(1)), village, mode=mode)
            continue        # "备注：X局包联", "X局驻村工作队": the village's unit
        if _GRID_COUNT_HEAD.search(column) and (count := re.fullmatch(r"(\d+)个?", cell)):
            if column in tiers[:-1]:
                continue        # (a column a tier: the finest tier's are the grids)
            add("table.villages", "DIVIDED_INTO", village, village, count=int(count.group(1)),
                **(levels if column in tiers else {}))     # ("12个")
        elif ("单位" in column or column.endswith("企业")) and re.fullmatch(f"{ORG_CH}.", cell) and not focus.table:
            #   (a roster's: _roster; "帮扶企业": the paired companies)
            mode = _SUPPORT_UNIT.search(column) or _SENDER_HEAD.search(column)
            add("table.villages", "SUPPORTS", sk.ref(cell), village, mode=mode.group()[:2] if mode else "包联")
        elif column.endswith(_TITLE_ENDS) and not column.endswith("第一书记") and \
                (not any(r in column for r in _LINK_ROLES) or column in VILLAGE_ASSIGNMENTS):   # ("县级包联领导")
            for part in _AND_OTHERS.sub("", cell).split("、"):     # "A、B等7人": those named
                person = _cell_person(_CELL_NOTE.sub("", part), sk)
                if not person or person.surface[0] not in SURNAMES and "·" not in person.surface or \
                        person.surface.endswith(_TITLE_ENDS):
                    continue        # (with a note: "王某（村党支部书记）"; a post is no one: "原村党支部书记";
                    #                 a name with a dot is one: "吐尔逊·阿不都")
                if column.startswith(_UNIT_WORDS):      # "企业负责人 王某（董事长）": a post in the row's unit
                    row_units = [c for c in cells if re.fullmatch(f"{ORG_CH}.", c)]
                    note = _CELL_NOTE.search(part)
                    if row_units:
                        add("table.villages", "HOLDS_POSITION", person, sk.ref(row_units[-1]),
                            title=note.group()[1:-1] if note else column[2:])
                    continue
                add("table.villages", "HOLDS_POSITION", person, village, title=column)
                for unit in units if column.endswith(TEAM_TITLES) else ():
                    add("table.villages", "WORKS_FOR", person, unit)


def _place_opens_clause(text: str, tokens, start: int, end: int) -> bool:
    return any(start <= m.start < end and text[m.start - 1] in "，,；;" and m.kind != "coref" for m, r in tokens
               if r.label == PLACE)     # (not "全村", the same place again)


_TOTAL_AFTER = regexes.compile("[，,、]?(?:共计?|合计|总计)(?P<n>" + NUM + ")个网格")
_SHARE_OF = regexes.compile("(?:负责|联系|分管|包联|包抓|挂)[^，,。；;]{0,8}$")


def _a_share(text: str, m: re.Match) -> bool:
    """"负责联系村里的两个网格": some of the place's grids, a person's share (not "负责Y社区全部5个网格")."""
    return m.group().startswith("的") and bool(_SHARE_OF.search(text, max(0, m.start() - 12), m.start()))


def _grids(text: str, tokens, focus: Focus, add) -> None:
    """A place divided into grids. When tiers are listed, the grids are those of the
    finest tier (every household is in one of them) and levels the number of tiers."""
    if "网" not in text or "格" not in text:      # (every grid pattern names 网格)
        return
    if focus.tiers_carried:
        focus.tiers_carried -= 1
        return      # (its tier was counted with the sentence that began the list)
    text, tokens = _unquoted(text, tokens)
    # (either way of writing a tier, and both in one sentence: "3个一级网格、12个二级网格，…设立微网格46个")
    tiers = _tiers_in(text)
    among = text.find("其中")
    kinds = [t for t in tiers if t.start() > among] if among >= 0 else []
    if all(_DIVIDING.search(t.group()) for t in tiers) or \
            any(_place_opens_clause(text, tokens, a.end(), b.start()) for a, b in zip(tiers, tiers[1:])):
        tiers = []      # (no tier is named: "A村划分网格8个，B村划分网格6个" counts two places'; nor are tiers
        #               of one place counted by two: "A镇划分为二级网格74个，B镇划分网格41个")
    elif kinds and not _levelled(kinds):
        tiers = [t for t in tiers if t.start() < among]     # "共划分网格42个，其中村网格35个、社区网格7个",
        #   "共划分基础网格23个，其中农村网格9个、社区网格14个": kinds of grid in the total, no tiers
    elif len(kinds) >= 2:
        tiers = kinds       # "共划分网格42个，其中一级网格1个、二级网格6个、三级网格35个": the total, then its tiers
    if len(tiers) >= 2 and _SPECIAL_GRIDS.search(tiers[-1].group()):
        tiers = tiers[:-1]      # "…组级网格76个，另设学校、卫生院等专属网格4个": grids set for one purpose, no tier
    if tiers and not _levelled(tiers) and (total := _TOTAL_AFTER.match(text, tiers[-1].end())):
        if place := _grid_place(text, tokens, tiers[0].start(), focus):     # "陆上网格5个、水上网格3个，共8个网格":
            add("grid.count", "DIVIDED_INTO", place, place, count=cn_number(total.group("n")))     # kinds, then the total
        return
    if tiers and text.rstrip().endswith(("；", ";")):
        more, focus.tiers_carried = _carried_tiers(tiers, focus.continued)
        tiers += more
    if len(tiers) < 2 and (areas := GRID_AREAS.search(text)):
        place = _grid_place(text, tokens, areas.start(), focus)
        if place:
            micro = areas.group("micro")
            add("grid.tiers", "DIVIDED_INTO", place, place, count=cn_number(micro or areas.group("n")), levels=3 if micro else 2)
        return
    if len(tiers) < 2 and (micro := GRID_THEN_MICRO.search(text)):
        place = _grid_place(text, tokens, micro.start(), focus)
        if place:
            micro_count = micro.group("m") or micro.group("m2") or micro.group("m3") or micro.group("m4")
            add("grid.tiers", "DIVIDED_INTO", place, place, count=cn_number(micro_count), levels=2)
        return
    if len(tiers) > 1:
        place = _grid_place(text, tokens, tiers[0].start(), focus)
        count = cn_number(tiers[-1].group("n"))
        numbered = [cn_number(t.group("lv")) for t in tiers if t.group("lv")]
        if place and count:     # "二级…、三级网格": the first tier is the place itself
            add("grid.tiers", "DIVIDED_INTO", place, place, count=count, levels=max(numbered + [len(tiers)]))
        return
    if (tiered := _TIER_COUNTS.search(text)) and \
            len(counts := re.findall("[\\d一二三四五六七八九十百]+", tiered.group("counts"))) == cn_number(tiered.group("lv")):
        if place := _grid_place(text, tokens, tiered.start(), focus):     # "按乡、村、组三级共划分网格1个、14个、63个"
            add("grid.tiers", "DIVIDED_INTO", place, place, count=cn_number(counts[-1]), levels=len(counts))
        return
    if respective := _respective_counts(text, tokens):
        for place, count in respective:
            add("grid.respectively", "DIVIDED_INTO", place, place, count=count)
        return
    # the first count the sentence gives, and the places counted after it ("全镇共划分网格76个，Y村划分为5个网格")
    found = (m for pat in GRID_PATTERNS if (m := pat.search(text)) and not _a_share(text, m))
    m = min(found, key=lambda m: m.start(), default=None)
    if m is None:
        return
    count = cn_number(m.group("n"))
    now = _COUNT_NOW.search(text, m.end())
    if now and ("原" in text[max(0, m.start() - 4):m.start() + 3] or "由" in m.group() or now.start() == m.end()):
        count = cn_number(now.group("n"))   # "原设3个网格，…现调整为5个网格", "把过去的12个网格细化为43个":
        #                                     the grids there are now
    elif later := _COUNT_LATER.match(text, m.end()):
        count = cn_number(later.group("n"))     # "去年划成4个网格，今年又细分为9个网格": as they are now
    elif text.endswith(_ADDED, 0, m.start()):
        if (total := _TOTAL_LATER.match(text, m.end())) is None:
            return      # "新增网格6个": grids added, not how many there are
        count = cn_number(total.group("n"))     # "新增网格9个，全镇网格总数达到118个"
    levels = GRID_LEVELS.search(text)
    lv = m.groupdict().get("lv") or (levels.group("lv") if levels else None)
    place = _grid_place(text, tokens, m.start(), focus)
    if place and count:
        props = {"count": count}
        if lv:
            props["levels"] = cn_number(lv)
        add("grid.count", "DIVIDED_INTO", place, place, **props)
        _more_counts(text, tokens, m.end(), add)


def _unquoted(text: str, tokens) -> tuple[str, list]:
    """The sentence without its quotes ("按“一社一格”划分"), and its names where they now are."""
    if not QUOTES.search(text):
        return text, tokens
    at, removed = [], 0
    for ch in text + " ":
        at.append(len(at) - removed)
        removed += bool(QUOTES.fullmatch(ch))
    return QUOTES.sub("", text), [(replace(m, start=at[m.start], end=at[m.end]), r) for m, r in tokens]


def _tiers_in(text: str) -> list[re.Match]:
    """The tiers a sentence counts, written either way, in order."""
    return sorted([*GRID_TIERS.finditer(text), *GRID_TIERS_COUNT_FIRST.finditer(text)], key=lambda m: m.start())


def _levelled(tiers: list[re.Match]) -> bool:
    """Tiers by level (一级, 镇级, 微网格; a 总网格 over the rest), not kinds of grid side by side (陆上网格, 社区网格)."""
    return any("级" in t.group() or "微" in t.group() or "总网格" in t.group() for t in tiers)


_SPECIAL_GRIDS = regexes.compile("专属|专项|专业|特殊")


def _carried_tiers(tiers: list[re.Match], continued: tuple[str, ...]) -> tuple[list[re.Match], int]:
    """The tiers a list goes on to count after its ；, each in a sentence of its own, each
    the tier after the last ("设一级网格1个，由…；二级网格8个，由…；三级网格64个"), and how
    many sentences they took."""
    def level(tier: re.Match) -> int | None:     # (GRID_TIERS may take a verb in: "分为一级网格1个")
        lv = GRID_LEVELS.search(tier.group())
        return cn_number(lv.group("lv")) if lv else None

    if not all(map(level, tiers)):
        return [], 0
    last, more = level(tiers[-1]), []
    for text in continued:
        found = _tiers_in(text)
        if not found or level(found[0]) != last + 1:
            break
        more.append(found[0])
        last += 1
    return more, len(more)


def _line_goes_on(texts: list[str], k: int, most: int = 3) -> tuple[str, ...]:
    """The sentences after texts[k] that its ；carries on (at most `most`)."""
    out = []
    while len(out) < most and k + 1 < len(texts) and texts[k].rstrip().endswith(("；", ";")):
        k += 1
        out.append(texts[k])
    return tuple(out)


_TIER_COUNTS = regexes.compile("(?P<lv>[二三四两])级[^。；;，,]{0,6}?(?:共)?(?:划分|设置|设立|建立|设)了?网格"
                               "(?P<counts>[\\d一二三四五六七八九十百]+个(?:[、和及][\\d一二三四五六七八九十百]+个)+)")
_COUNT_LATER = regexes.compile("[^。；;]{0,6}?[，,][^，,。；;]{0,8}?又[^，,。；;]{0,8}?(?:细分|调整|增加|扩大|拆分|划分)(?:为|到|至|成)(?P<n>"
                               + NUM + ")个(?!微|[一二三四五六七八九\\d]级)")
_ADDED = ("新增", "增设", "增加")
_TOTAL_LATER = regexes.compile("[^。；;]{0,20}?(?:总数|总量|总计|共计)(?:达到|达|为|增至|增加到)?了?(?P<n>" + NUM + ")个")
_COUNT_NOW = regexes.compile("(?:调整|增加|优化|合并|扩大|细化|细分|整合|精简|缩减|减少|压缩|增|减)(?:为|到|至|成)(?P<n>[\\d一二三四五六七八九十百]+)个(?:网格)?")
_RESPECTIVE_COUNTS = regexes.compile("(?:网格数量?)?(?:[已均都]|已经)?分别(?:被?(?:划分|设置|设立|设|划)为?成?了?|为|是)(?:网格)?"
                                     "((?:[\\d一二三四五六七八九十]+个(?:、|和|及)?)+)(?:网格)?")
# ("A村、B村已分别划分5个、6个网格", "分别被划分为4个和6个网格", "A村、B村网格数分别为4个、3个")


def _respective_counts(text: str, tokens) -> list[tuple[Ref, int]]:
    """"A村、B村、C村分别划分网格6个、5个、8个": each place, its count."""
    m = _RESPECTIVE_COUNTS.search(text)
    if not m:
        return []
    places, end = [], m.start()
    for mention, ref in sorted(((mm, r) for mm, r in tokens if r.label == PLACE), key=lambda t: -t[0].start):
        if mention.end != end:
            continue
        places.insert(0, ref)
        end = mention.start - 1 if text[mention.start - 1:mention.start] in "、和及" else -1
    counts = [cn_number(n) for n in re.findall("([\\d一二三四五六七八九十]+)个", m.group(1))]
    return list(zip(places, counts)) if len(places) == len(counts) > 1 else []


_NEXT_COUNT = regexes.compile("[、，,]?(?:其中)?")
_COUNT_AFTER = regexes.compile("(?:[^，,。；;\\d]{0,6}?(?:划分[为成]?|划[为成]|分[为成]|设|有))?(?:网格)?([\\d一二三四五六七八九十百]+)个(?:网格)?")


def _more_counts(text: str, tokens, end: int, add) -> None:
    """"Y村划分三级网格11个、Z村9个", "全镇共划分网格126个，其中Y村9个", "…，Y村按院落划成7个网格":
    the places and counts listed after the first."""
    places = {m.start: (m, r) for m, r in tokens if r.label == PLACE and r.kind not in ("coref", "pronoun")}

    def place_at(i: int):       # the last of a chain ("其中X镇Y村划分为3个网格": Y村's count)
        while (named := places.get(i)) and named[0].end in places:
            i = named[0].end
        return places.get(i)
    while (sep := _NEXT_COUNT.match(text, end)) and (named := place_at(sep.end())) and \
            (n := _COUNT_AFTER.match(text, named[0].end)):
        add("grid.count", "DIVIDED_INTO", named[1], named[1], count=cn_number(n.group(1)))
        end = n.end()
    # ("全镇划分为63个网格，每个网格配备网格员1名，Y村划分为5个网格": a clause between, then a place's own)
    for clause in _LATER_CLAUSE.finditer(text, end):
        if (named := place_at(clause.end())) and (n := _GRIDS_AFTER.match(text, named[0].end)):
            add("grid.count", "DIVIDED_INTO", named[1], named[1], count=cn_number(n.group("n") or n.group("n2")))


_LATER_CLAUSE = regexes.compile("[，,](?=[^。；;]*网格)")
# "划分为5个网格", "全乡划分网格46个", "按照3个屯划分为5个网格", "按居住片区分成5个网格": the place's own
# count, however it is divided
_GRIDS_AFTER = regexes.compile("(?:全[村乡镇])?(?:按照?[^，,。；;]{1,8}?)?(?:划分[为成]?|划[为成]|分[为成])"
                               "(?:(?P<n>[\\d一二三四五六七八九十百]+)个网格(?![员长])|网格(?P<n2>[\\d一二三四五六七八九十百]+)个)")


_SUBJECT_DIVIDED = regexes.compile("^[^，,。；;]+?(?:是|位于|地处)[^。；;]*[，,](?:[^，,。；;]*[，,])?(?:被|共|全部)?(?=划分|划为|分为)")
# "X街道辖A社区、B社区等9个社区，目前共划分网格86个": the place that governs those listed
_SUBJECT_GOVERNS = regexes.compile("^[^，,。；;]+?(?:下辖|管辖|辖)[^。；;]*?个(?:行政村|村|社区|嘎查)[^。；;]*?[，,]"
                                   "(?:目前|现|已)?(?:共|全部)?(?=划分|划为|分为)")
_PER_RULE = regexes.compile("(?:按照|根据|依据)[^，,。；;]*$")     # "村里按照全乡统一部署划分为4个网格": whose rule, not whose grids
_BARE_LEVEL = regexes.compile("(?:^|(?<=[，,；;：:。])|(?<=[们他她，,][把将]))(嘎查|村|社区|苏木|镇|乡|街道)(?![委民两干])")
#   ("他们把嘎查划分为…", "…一起，把社区划分为…"; not 火把社区)


def _grid_place(text: str, tokens, pos: int, focus: Focus) -> Ref | None:
    """The place whose grids a sentence counts at pos: the place named last before it,
    unless a clause after that opens with a bare level word ("Y社区是X街道的老社区，
    社区划分为8个网格", "嘎查以牧户居住点为单元划分为4个网格"): the place of that level
    in focus; with neither, the place named last in the article."""
    units = [(m.start, m.end) for m, r in tokens if r.label == ORG]
    before = [(m.start, r) for m, r in tokens if r.label == PLACE and m.start < pos and r.level != "Group"
              and not any(s <= m.start and m.end <= e for s, e in units) and not _PER_RULE.search(text, 0, m.start)]
    bare = [m for m in _BARE_LEVEL.finditer(text, 0, pos)]
    if bare and (not before or bare[-1].start() > before[-1][0]):
        return focus.places.get(COREF.get("该" + bare[-1].group(1))) or (before[-1][1] if before else None)
    if before and before[0][0] == 0 and _SUBJECT_DIVIDED.search(text, 0, pos + 2) and \
            LEVEL_RANK[before[0][1].level] > LEVEL_RANK[before[-1][1].level]:
        return before[0][1]     # "Y社区是X镇人口最多的社区，…，被划分为10个网格": the subject, not the town
    if before and before[0][0] == 0 and _SUBJECT_GOVERNS.search(text, 0, pos + 2) and \
            LEVEL_RANK[before[0][1].level] < LEVEL_RANK[before[-1][1].level]:
        return before[0][1]
    if not before and (_OUR_VILLAGE.search(text, 0, pos) or _VILLAGE_PARTS.search(text, 0, pos)):
        # ("工作队…把12个屯划成9个网格": a village's parts, so the village in focus, not the county last named)
        return focus.places.get("Village") or (focus.last if focus.last and focus.last.level == "Village" else None)
    return before[-1][1] if before else focus.line_place or focus.last


_VILLAGE_PARTS = regexes.compile("[\\d一二三四五六七八九十两]+个(?:自然)?(?:屯|村民小组|自然村|村民组|组|浩特)")
# "“我们村划分为6个网格。”Y村党支部书记张某说": a village the page has not named yet is no county
_OUR_VILLAGE = regexes.compile("|".join(w for w, level in COREF.items() if level == "Village"))

