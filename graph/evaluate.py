"""Extraction quality: facts scored against a hand-annotated gold file.

The gold format is graph-model.md's ("Gold file format"): one fact a line with
``doc, type, head, head_aliases, tail, tail_aliases, props``. A predicted fact
matches a gold fact when the type is equal and head and tail each name the gold
entity: its canonical name or, unless strict, one of its aliases (collected per
document, then over the corpus). DIVIDED_INTO also needs an equal count. Facts
are compared as sets of (type, head, tail[, count]) over the whole corpus, and
facts marked inferred (not stated by the text) are not scored.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .answers import KgError
from .model import FACT_TYPES, Fact

Key = tuple


@dataclass
class TypeScore:
    type: str
    gold: int
    predicted: int
    correct: int
    missed: list[Key] = field(default_factory=list)
    spurious: list[Key] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict:
        return {"type": self.type, "gold": self.gold, "pred": self.predicted, "tp": self.correct,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "missed": [list(k) for k in self.missed], "spurious": [list(k) for k in self.spurious]}


def read_gold(path: Path) -> list[dict]:
    """The gold file's facts; a line that is not JSON is a one-line error naming it."""
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise KgError(f"{path}: cannot read the gold file: {e}") from None
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise KgError(f"{path}:{n}: not JSON: {e.msg}") from None
        if not isinstance(row, dict) or not {"type", "head", "tail"} <= row.keys():
            raise KgError(f"{path}:{n}: a gold fact needs type, head and tail")
        rows.append(row)
    return rows


def _norm(name) -> str:
    return re.sub(r"\s+", "", str(name or ""))


def _doc(doc) -> str:
    return str(doc or "").replace("\\", "/").rsplit("/", 1)[-1]


def score(gold: list[dict], predicted: Iterable[Fact], strict: bool = False) -> list[TypeScore]:
    """One score per fact type, then "ALL"."""
    per_doc: dict[str, dict[str, str]] = {}
    corpus: dict[str, str] = {}
    for g in gold:
        for side in ("head", "tail"):
            canon = _norm(g[side])
            names = [canon] if strict else [canon] + [_norm(a) for a in g.get(side + "_aliases", [])]
            for name in names:
                per_doc.setdefault(_doc(g.get("doc")), {}).setdefault(name, canon)
                corpus.setdefault(name, canon)

    def key(type_: str, doc, head, tail, props: dict) -> Key:
        d = _doc(doc)
        resolve = lambda name: per_doc.get(d, {}).get(_norm(name)) or corpus.get(_norm(name)) or _norm(name)
        k = (type_, resolve(head), resolve(tail))
        return k + (_count(props),) if type_ == "DIVIDED_INTO" else k

    gold_keys = {key(g["type"], g.get("doc"), g["head"], g["tail"], g.get("props") or {}) for g in gold}
    pred_keys = {key(f.type, f.doc, f.head, f.tail, dict(f.props)) for f in predicted if not f.inferred}
    out = []
    for t in list(FACT_TYPES) + ["ALL"]:
        gk = {k for k in gold_keys if t == "ALL" or k[0] == t}
        pk = {k for k in pred_keys if t == "ALL" or k[0] == t}
        out.append(TypeScore(t, len(gk), len(pk), len(gk & pk), sorted(gk - pk, key=str), sorted(pk - gk, key=str)))
    return out


def _count(props: dict):
    try:
        return int(props.get("count"))
    except (TypeError, ValueError):
        return props.get("count")
