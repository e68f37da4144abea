"""Page -> articles: where each article of a newspaper page starts, its title,
its byline and its sentences.

An article starts at a header: headline lines followed by a byline or dateline
(本报讯(记者 X), XX讯, 本报记者 X, □X Y), a section label (■视点), or a headline
that a layout gap separates from its long first paragraph. Everything between
two starts belongs to the first one, so the articles tile the page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from graph import regexes
from graph.model import Article, Page, Sentence
from graph.read import (CLOSERS, HEADING_MARKS, PHOTO_POSITION, closed, dateline, is_label, reporters, sentences,
                        usual_gap)

HEAD_MAX = 50    # longest headline paragraph
BODY_MIN = 60    # a paragraph this long is running text, not a caption or headline
SHOUT_MAX = 30   # longest headline that ends in ！ or ？
HEAD_SPAN = 4    # headline/label paragraphs a byline may claim above it
# A longer "article" (no header found, a file without line breaks) or "sentence" (no
# punctuation) is cut, so that the work on each stays bounded.
MAX_ARTICLE = 20_000
MAX_SENTENCE = 1_000


@dataclass(frozen=True)
class _Para:
    start: int      # span in page.text
    end: int
    text: str
    gap: int        # line breaks in raw before it; the page start counts as a wide gap
    kind: str       # head, label, dateline, reporter or body
    names: str = ""
    skip: int = 0   # length of the byline opening the paragraph

    @property
    def only_byline(self) -> bool:
        return self.kind in ("dateline", "reporter") and self.skip >= len(self.text)


@dataclass(frozen=True)
class _Header:
    first: int      # paragraph indices, inclusive
    last: int


def split_articles(page: Page) -> list[Article]:
    paras = _paragraphs(page)
    if not paras:
        return []
    normal = usual_gap([p.gap for p in paras[1:]])
    heads = _headers(paras, normal)
    if not heads:   # no signal: one article, titled by its first line if that is a headline
        return [_article(page, paras, 1, 0, len(paras),
                         _Header(0, 0) if paras[0].kind == "head" else None)]
    starts = _starts(paras, heads, normal)
    starts[0] = 0   # whatever precedes the first header (photos, banners) joins it
    out = []
    for n, (start, head) in enumerate(zip(starts, heads)):
        end = starts[n + 1] if n + 1 < len(starts) else len(paras)
        out.append(_article(page, paras, n + 1, start, end, head))
    return out


def _paragraphs(page: Page) -> list[_Para]:
    out: list[_Para] = []
    pos = 0
    for line in page.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        gap = (page.raw.count("\n", page.index[out[-1].end - 1], page.index[start])
               if out else 1 << 30)
        out.append(_classify(start, line, gap))
    return out


def _classify(start: int, text: str, gap: int) -> _Para:
    end = start + len(text)
    if (d := dateline(text)) is not None:
        return _Para(start, end, text, gap, "dateline", d[0], d[1])
    if (r := reporters(text)) is not None:
        return _Para(start, end, text, gap, "reporter", r, len(text))
    if is_label(text):
        return _Para(start, end, text, gap, "label")
    if (len(text) <= HEAD_MAX and not closed(text) and text[-1] not in "，,、：:；;"
            and not PHOTO_POSITION.search(text)):
        return _Para(start, end, text, gap, "head")
    return _Para(start, end, text, gap, "body")


def _headers(paras: list[_Para], normal: int) -> list[_Header]:
    out: list[_Header] = []
    free, i, n = 0, 0, len(paras)   # paragraphs before ``free`` are claimed
    while i < n:
        p = paras[i]
        if p.kind in ("dateline", "reporter"):
            first = _climb(paras, i, free, HEAD_SPAN)
            last = i
            while (last + 1 < n and paras[last].only_byline
                   and paras[last + 1].kind in ("dateline", "reporter")):
                last += 1   # a byline printed over several lines
            out.append(_Header(first, last))
            free = i = last + 1
            continue
        if p.kind == "label" and _section_title(paras, i):
            i += 1      # "【第一把钥匙：水】" between two paragraphs of a feature: a section of it
            continue
        if p.kind == "label":
            k = i
            while k + 1 < n and paras[k + 1].kind == "head" and k - i < HEAD_SPAN - 1:
                k += 1
            if k + 1 < n and paras[k + 1].kind in ("dateline", "reporter"):
                i = k + 1   # the byline below will claim the label
                continue
            out.append(_Header(i, k))
            free = i = k + 1
            continue
        if (p.kind == "head" and i + 1 < n and paras[i + 1].kind == "body"
                and paras[i + 1].gap > normal and _running(paras[i + 1].text)):
            # A headline cut off from its first paragraph by a layout gap, no byline.
            first = _climb(paras, i, free, HEAD_SPAN - 1)
            if first == 0 or closed(paras[first - 1].text):
                out.append(_Header(first, i))
                free = i + 1
        i += 1
    return out


def _section_title(paras: list[_Para], i: int) -> bool:
    """"【第一把钥匙：水】" between two paragraphs of a feature, "◆ 柳树村" or "【柳树村】" over a village's
    lines in a notice: a section of the article, no article of its own."""
    if (_PLACE_HEADING.match(paras[i].text) or _LIST_TITLE.search(paras[i].text)) and 0 < i < len(paras) - 1:
        return True     # ("▲部分网格员名单" over the list's lines)
    return paras[i].text.startswith("【") and 0 < i < len(paras) - 1 and \
        paras[i - 1].kind == paras[i + 1].kind == "body" and _running(paras[i - 1].text)


_PLACE_HEADING = regexes.compile("^(?:[" + HEADING_MARKS + "]\\s*|【)[\u4e00-\u9fff]{1,15}(?:村|嘎查|社区|镇|乡|苏木)】?"
                                 "(?:[（(][^（）()]{1,16}[）)])?$")     # ("◆ 柳树村（二级网格）")


_LIST_TITLE = regexes.compile("(?:名单|名录|一览表?)$")
_TABLE_ROW = regexes.compile("\\S\\s{2,}\\S.*\\S\\s{2,}\\S")


def _climb(paras: list[_Para], i: int, free: int, span: int) -> int:
    """First of the headline/label paragraphs right above paragraph i."""
    first = i
    while first > free and i - first < span:
        above = paras[first - 1]
        # A short exclamation or question right above a byline is its headline too.
        shout = (first == i and len(above.text) <= SHOUT_MAX and "。" not in above.text
                 and above.text.rstrip(CLOSERS)[-1:] in ("！", "？", "!", "?"))
        if above.kind not in ("head", "label") and not shout or _TABLE_ROW.search(above.text):
            break       # (a table's row, cells between wide gaps, is no headline: "X局  张某  Y乡Z村")
        first -= 1
    return first


def _starts(paras: list[_Para], heads: list[_Header], normal: int) -> list[int]:
    """Paragraph where each header's article starts: usually the header itself.
    Two headers with no text between them mean the first was printed below its
    own body (an OCR layout quirk); that body is the text after the last layout
    gap before the header, if it began without a header of its own."""
    starts = []
    for n, h in enumerate(heads):
        start = h.first
        adjacent = n + 1 < len(heads) and heads[n + 1].first == h.last + 1
        if adjacent and paras[h.last].only_byline:
            low = heads[n - 1].last + 1 if n else 0
            for c in range(h.first - 1, low - 1, -1):
                p = paras[c]
                if (p.kind == "body" and _running(p.text) and p.gap > normal
                        and (c == 0 or closed(paras[c - 1].text))):
                    start = c
                    break
        starts.append(start)
    return starts


def _running(text: str) -> bool:
    """Running text rather than a photo caption: long, or several sentences."""
    return len(text) >= BODY_MIN or len(re.findall(r"[。！？!?]+", text)) >= 2


def _article(page: Page, paras: list[_Para], n: int, start: int, end: int,
             head: _Header | None) -> Article:
    header = range(head.first, head.last + 1) if head else range(0)
    sents: list[Sentence] = []
    for i in range(start, end):
        p = paras[i]
        skip = 0
        if i in header:
            if i != header[-1] or p.kind not in ("dateline", "reporter") or p.only_byline:
                continue
            skip = p.skip   # body text follows the dateline in the same paragraph
        sents += [u for s in sentences(page, p.start + skip, p.end) for u in _unmarked(page, s)]
    in_header = [paras[i] for i in header]
    headline = [u for p in in_header if p.kind == "head" for s in sentences(page, p.start, p.end)
                if len(s.text) <= MAX_SENTENCE for u in _unmarked(page, s)]
    titles = [p.text for p in in_header if p.kind in ("head", "body")]   # body: a ！ headline
    if not titles:
        titles = [p.text.strip(HEADING_MARKS + "【】 ") for p in in_header if p.kind == "label"]
    raw_end = page.index[paras[end].start] if end < len(paras) else page.index[-1] + 1
    return Article(id=f"{page.doc}#{n}", doc=page.doc, title=" ".join(titles),
                   byline=" ".join(dict.fromkeys(" ".join(p.names for p in in_header).split())),
                   start=page.index[paras[start].start], end=raw_end,
                   sentences=tuple(sents), headline=tuple(headline))


_PROFILE_MARK = regexes.compile("[—－-]{1,2}\\s*(?:追记|侧记|记|访)")     # (追记: of one who died)


def _unmarked(page: Page, s: Sentence) -> list[Sentence]:
    """A profile's subtitle ("好书记——记X局驻Y村第一书记Z") is a sentence of its own,
    without its mark."""
    m = _PROFILE_MARK.search(s.text) if ("—" in s.text or "－" in s.text or "-" in s.text) else None
    if not m:
        return [s]
    before, after = s.text[:m.start()].rstrip(), s.text[m.end():]
    at = s.start + m.end()
    return ([Sentence(text=before, start=s.start, offset=s.offset)] if before else []) + \
        ([Sentence(text=after, start=at, offset=page.raw_offset(at))] if after else [])


def bounded(page: Page, articles: list[Article]) -> tuple[list[Article], int, int]:
    """The articles with every sentence cut to MAX_SENTENCE and every article to
    MAX_ARTICLE characters (ids renumbered if anything was cut), and how many
    articles and sentences were cut."""
    out: list[Article] = []
    cut_articles = cut_sentences = 0
    for a in articles:
        sents: list[Sentence] = []
        for s in a.sentences:
            if len(s.text) > MAX_SENTENCE:
                cut_sentences += 1
                sents += _cut_sentence(page, s)
            else:
                sents.append(s)
        groups = _groups(sents)
        cut_articles += len(groups) > 1
        for k, group in enumerate(groups):
            start = a.start if k == 0 else group[0].offset
            end = groups[k + 1][0].offset if k + 1 < len(groups) else a.end
            out.append(replace(a, start=start, end=end, sentences=tuple(group), headline=a.headline if k == 0 else ()))
    if cut_articles or cut_sentences:
        out = [replace(a, id=f"{page.doc}#{n}") for n, a in enumerate(out, 1)]
    return out, cut_articles, cut_sentences


def _cut_sentence(page: Page, s: Sentence) -> list[Sentence]:
    """Pieces of at most MAX_SENTENCE characters, cut after a comma where there is one."""
    out, i, text = [], 0, s.text
    while i < len(text):
        j = i + MAX_SENTENCE
        if j < len(text):
            comma = max(text.rfind(c, i, j) for c in "，,、 ") + 1
            j = comma if comma > i else j
        piece = text[i:j]
        body = piece.strip()
        if body:
            at = s.start + i + len(piece) - len(piece.lstrip())
            out.append(Sentence(text=body, start=at, offset=page.raw_offset(at)))
        i = j
    return out


def _groups(sents: list[Sentence]) -> list[list[Sentence]]:
    groups: list[list[Sentence]] = [[]]
    size = 0
    for s in sents:
        if groups[-1] and size + len(s.text) > MAX_ARTICLE:
            groups.append([])
            size = 0
        groups[-1].append(s)
        size += len(s.text)
    return groups
