"""The answers as terminal tables (rich measures a CJK character as two columns).

Every cell is a rich Text, never markup: names and modes may hold brackets.
"""
from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from .answers import EntityFacts, Evidence, Stats, UnitSupports, WhoSupports


def who_supports(a: WhoSupports) -> RenderableType:
    head = Text(f"{a.place} ({a.level or 'place'})", style="bold")
    if a.located_in:
        head.append("  lies in " + " → ".join(s.place for s in a.located_in), style="")
    return Group(
        head, SPACE,
        _table("supported by", ("unit", "mode"),
               [((s.unit, s.mode), s.evidence) for s in a.supporters]), SPACE,
        _table("first secretary", ("person", "from"),
               [((s.person, ", ".join(s.units)), s.evidence) for s in a.secretaries]), SPACE,
        _table("location", ("lies in", "level"),
               [((s.place, s.level or ""), s.evidence) for s in a.located_in]),
    )


def unit_supports(a: UnitSupports) -> RenderableType:
    return Group(Text(f"{a.unit} (unit)", style="bold"), SPACE,
                 _table("supports", ("place", "mode"), [((s.place, s.mode), s.evidence) for s in a.supports]))


def show(f: EntityFacts) -> RenderableType:
    extra = ", ".join(f"{k}={_value(v)}" for k, v in f.properties.items()
                      if k not in ("id", "name", "aliases", "parents") and v not in (None, []))
    parts: list[RenderableType] = [Text(f"{f.name} ({f.label}{', ' + extra if extra else ''})", style="bold")]
    if f.properties.get("parents"):         # a place grounded in the register of divisions
        parts.append(Text("lies in " + " → ".join(reversed(f.properties["parents"]))))
    if f.properties.get("aliases"):
        parts.append(Text("also written: " + ", ".join(f.properties["aliases"])))
    rows = []
    for r in f.relations:
        arrow = f"-{r.type}->" if r.direction == "out" else f"<-{r.type}-"
        props = ", ".join(f"{k}={_value(v)}" for k, v in r.props)
        rows.append(((arrow, r.other + (f"\n{props}" if props else "")), r.evidence))
    parts += [SPACE, _table("facts", ("relation", "other"), rows), SPACE]
    parts.append(Text(f"mentioned in {len(f.articles)} article(s)"))
    return Group(*parts)


def stats(s: Stats) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, title=f"{s.documents} document(s)", title_justify="left")
    table.add_column("nodes")
    table.add_column("count", justify="right")
    table.add_column("relationships")
    table.add_column("count", justify="right")
    nodes, rels = list(s.nodes.items()), list(s.relationships.items())
    for i in range(max(len(nodes), len(rels))):
        n = nodes[i] if i < len(nodes) else ("", "")
        r = rels[i] if i < len(rels) else ("", "")
        table.add_row(*(Text(str(x)) for x in (*n, *r)))
    return table


SPACE = Text("")


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[tuple[str, ...], Evidence]]) -> RenderableType:
    if not rows:
        return Text(f"{title}: none found", style="dim")
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
    for c in columns:
        table.add_column(c, no_wrap=True)
    table.add_column("evidence", ratio=1, min_width=32, overflow="fold")
    for cells, evidence in rows:
        table.add_row(*(Text(c) for c in cells), _evidence(evidence))
    return table


def _evidence(e: Evidence) -> Text:
    text = Text(f"“{e.sentence}”\n")
    text.append(f"{e.doc}@{e.offset}" + (" (inferred)" if e.inferred else ""), style="dim")
    return text


def _value(v) -> str:
    return ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v)
