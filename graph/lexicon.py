"""What kg knows about ordinary words: which strings are frequent words and with which
part of speech, and a fast lookup of a fixed vocabulary at a text position.

Names are told apart from phrases with it: a name never starts with a common verb
("设立白柜村"), and a run after a title that starts with a common word is no name.
The frequencies and tags are the frequent words of jieba's dictionary (MIT),
taken out of it by tools/build_lexicon.py.
"""
from __future__ import annotations

import functools
import lzma
from pathlib import Path

import ahocorasick

from .cache import compiled

LEXICON = Path(__file__).parent / "data" / "lexicon.tsv.xz"


@functools.cache
def _lexicon() -> tuple[dict[str, int], dict[str, str]]:
    def build(data: bytes):
        freqs, tag_of = {}, {}
        for line in lzma.decompress(data).decode("utf-8").splitlines()[1:]:
            word, freq, tag = line.split("\t")
            freqs[word], tag_of[word] = int(freq), tag
        return freqs, tag_of
    return compiled(LEXICON, 1, build)


def freq() -> dict[str, int]:
    """Word frequencies of the frequent words (tools/build_lexicon.py, from jieba's dictionary)."""
    return _lexicon()[0]


def tags() -> dict[str, str]:
    """The part-of-speech tag of each frequent word."""
    return _lexicon()[1]


class Words:
    """A fixed vocabulary, asked which of its words starts or ends at a position
    (a set lookup per distinct word length), or where its words are in a text
    (one Aho-Corasick automaton pass)."""

    def __init__(self, words):
        self.words = frozenset(words)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)
        self.automaton = ahocorasick.Automaton()
        for w in self.words:
            self.automaton.add_word(w, len(w))
        if self.words:
            self.automaton.make_automaton()

    def starts(self, text: str) -> dict[int, str]:
        """Start -> the longest word starting there, for every word in text."""
        out: dict[int, int] = {}
        if self.words:
            for end, n in self.automaton.iter(text):
                start = end + 1 - n
                if n > out.get(start, 0):
                    out[start] = n
        return {i: text[i:i + n] for i, n in out.items()}

    def scan(self, text: str) -> list[tuple[int, str]]:
        """The longest words from left to right, not overlapping: (start, word)."""
        found, taken = [], 0
        for i, w in sorted(self.starts(text).items()):
            if i >= taken:
                found.append((i, w))
                taken = i + len(w)
        return found

    def at(self, text: str, i: int) -> str | None:
        """The longest word starting at i."""
        return next((text[i:i + n] for n in self.lengths if text[i:i + n] in self.words), None)

    def ending(self, text: str, j: int) -> str | None:
        """The longest word ending at j."""
        return next((text[j - n:j] for n in self.lengths if n <= j and text[j - n:j] in self.words), None)


# A name never starts with a common verb, adverb or function word ("设立白柜村",
# "充分发挥基层党组"). Rare words that jieba tags as verbs are name syllables (达来诺日镇).
LEADING_TAGS = {"v", "d", "ad", "c", "p", "r", "m", "q", "u"}     # not "vn": 建设银行, 管理局
LEADING_CHARS = set("能均有既也还又就把被让")
VERB_TAGS = {"v", "d", "ad", "c", "p"}
NAME_TAGS = {"n", "nr", "nrt", "ns", "nz", "a"}


def common(word: str, tag_set: set[str] = LEADING_TAGS) -> bool:
    """A frequent word with one of these parts of speech."""
    return tags().get(word) in tag_set and freq().get(word, 0) >= 100


def common_word(s: str) -> bool:
    """A whole name body that is a common verb, adverb or function word ("纳入", "发挥")."""
    return s in LEADING_CHARS or common(s)


def strip_leading_words(text: str, start: int, end: int, keep: int = 2, protect=()) -> int:
    """Move `start` past common verbs and function words at the front of a name,
    keeping at least `keep` characters before `end`; `protect`: words (or a table keyed by them)
    a name may open with, never cut."""
    protect = tuple(protect)
    while end - start > keep:
        word = next((w for n in (4, 3, 2) if start + n <= end - keep
                     and common(w := text[start:start + n])
                     and not any(p.startswith(w) for p in protect)), None)
        if word is None and text[start] in LEADING_CHARS and end - start - 1 >= keep and not text.startswith(protect, start):
            word = text[start]
        if word is None:
            return start
        start += len(word)
    return start


def cut_after_verbs(text: str, start: int, end: int, skip: frozenset[int] = frozenset()) -> int:
    """"群体纳入社区", "该村设立白柜村": a common verb inside the run ends what comes
    before it. A name that *is* such a word (前进村, 团结村) stays: only a verb
    with something before it cuts. `skip`: where no verb starts (inside a word of a
    transliterated name)."""
    cut = start
    for i in (i for i in range(start + 1, end - 1) if i not in skip):
        for n in (2, 3, 4):
            if i + n <= end and common(text[i:i + n], VERB_TAGS):
                cut = max(cut, i + n)
    return cut


def name_word(w: str) -> bool:
    """"向阳", "和平", "同心": a function character that starts a noun is part of a name."""
    return tags().get(w) in NAME_TAGS


def is_name_char(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or ch == "〇"       # (一〇一地质大队)


@functools.lru_cache(maxsize=65536)
def frequent_inside(s: str, at_least: int = 100, but_names: bool = False) -> bool:
    """"解决实际困难": a run with a frequent word in it is a phrase, not a name.
    `but_names`: personal names (乌日图 in 那顺乌日图) don't count."""
    f, t = freq(), tags()
    return any(f.get(w, 0) >= at_least and not (but_names and t.get(w, "").startswith("nr"))
               for i in range(len(s)) for j in range(i + 2, len(s) + 1) for w in (s[i:j],))
