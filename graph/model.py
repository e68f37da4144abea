"""The data that flows through kg: text -> articles -> mentions -> facts -> store.

Every step takes and returns these small typed records, so each module can be
read and tested on its own. Offsets are character offsets into the decoded
file (``Page.raw``), so evidence can always be found again in the original.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Node labels and relationship types of shared/graph-model.md.
PERSON, ORG, PLACE, GRID, ARTICLE = "Person", "Organization", "Place", "GridSystem", "Article"
NODE_LABELS = (PERSON, ORG, PLACE, GRID, ARTICLE)
PLACE_LEVELS = ("Province", "City", "County", "Township", "Village", "Group")
FACT_TYPES = ("SUPPORTS", "FIRST_SECRETARY_OF", "WORKS_FOR", "HOLDS_POSITION",
              "LOCATED_IN", "DIVIDED_INTO")
MENTIONED_IN = "MENTIONED_IN"


@dataclass(frozen=True)
class Page:
    """One decoded file. ``text`` is the cleaned text the extractor reads;
    ``index[i]`` is the position in ``raw`` of ``text[i]``."""
    doc: str            # name the facts cite (file name, relative to the loaded folder)
    raw: str            # the file as decoded, offsets refer to this
    text: str           # Simplified Chinese, OCR line breaks repaired
    index: tuple[int, ...]
    digest: str         # sha256 of the file's bytes: unchanged files are skipped on reload
    warnings: tuple[str, ...] = ()   # what decoding repaired (bytes replaced, NULs removed)
    path: str = ""      # the file's resolved absolute path: its identity in a store

    def raw_offset(self, pos: int) -> int:
        if not self.index:
            return 0
        return self.index[min(pos, len(self.index) - 1)]


@dataclass(frozen=True)
class Sentence:
    text: str           # cleaned text of the sentence
    start: int          # position in Page.text
    offset: int         # position in Page.raw (what facts cite)


@dataclass(frozen=True)
class Article:
    id: str             # "<doc>#<n>", n counting from 1 in page order
    doc: str
    title: str
    byline: str         # the reporters' names as printed ("本报记者 王晓丽" -> "王晓丽")
    start: int          # span in Page.raw
    end: int
    sentences: tuple[Sentence, ...]     # the body
    headline: tuple[Sentence, ...] = ()  # the headline's sentences ("——记X村驻村第一书记Y" names who it is about)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.sentences)

    @property
    def read(self) -> tuple[Sentence, ...]:
        """What extraction reads: the headline, then the body."""
        return self.headline + self.sentences


@dataclass(frozen=True)
class Mention:
    """A name found in a sentence, as written (after Simplified conversion)."""
    label: str          # PERSON, ORG or PLACE
    surface: str
    start: int          # position in Sentence.text
    end: int
    level: str | None = None   # Place level
    kind: str | None = None    # Organization kind; "coref" for 该村, 全镇 ...; "former" for 原Y村 (before a merger), "nearby" for 邻近的Y村
    division: int | None = None    # Place: its id in the register, when grounded
    canonical: str | None = None   # Place: its official name, when the register knows it


@dataclass
class Entity:
    """``id`` is "<Label>:<key>", deterministic across runs and stores. The key is
    the canonical name, except for places: a place grounded in the register of
    divisions is keyed by its code (two 红旗村 in two counties are two nodes), an
    ungrounded one by its name qualified by its county ("Place:海伦市/红旗村")."""
    id: str
    label: str
    name: str
    aliases: set[str] = field(default_factory=set)
    level: str | None = None
    kind: str | None = None
    count: int | None = None    # GridSystem
    levels: int | None = None   # GridSystem
    code: str | None = None     # Place: official division code (12 digits) when grounded
    parents: tuple[str, ...] = ()   # Place: the names of the places it lies in, top down

    def props(self) -> dict:
        """Node properties as stored (lists, not sets, so both stores agree)."""
        p = {"id": self.id, "name": self.name, "aliases": sorted(self.aliases - {self.name})}
        for k in ("level", "kind", "count", "levels", "code"):
            if getattr(self, k) is not None:
                p[k] = getattr(self, k)
        if self.parents:
            p["parents"] = list(self.parents)
        return p


@dataclass(frozen=True)
class Fact:
    type: str
    head: str           # canonical names
    tail: str
    head_label: str
    tail_label: str
    props: tuple[tuple[str, object], ...]   # sorted (key, value) pairs; hashable
    doc: str
    article: str
    evidence: str
    offset: int
    inferred: bool = False      # true when the text does not state it (e.g. the register)
    pattern: str = ""           # id of the rule that produced it (kg extract --explain)
    head_id: str = ""           # entity ids; default "<label>:<name>"
    tail_id: str = ""

    def __post_init__(self):
        if not self.head_id:
            object.__setattr__(self, "head_id", f"{self.head_label}:{self.head}")
        if not self.tail_id:
            object.__setattr__(self, "tail_id", f"{self.tail_label}:{self.tail}")

    @property
    def key(self) -> str:
        """One relationship per (type, head, tail, doc): the first evidence wins."""
        return f"{self.type}|{self.head_id}|{self.tail_id}|{self.doc}"

    def prop(self, name: str, default=None):
        return dict(self.props).get(name, default)

    def to_json(self) -> dict:
        d = {"type": self.type, "head": self.head, "tail": self.tail,
             "props": dict(self.props), "doc": self.doc, "article": self.article,
             "evidence": self.evidence, "offset": self.offset,
             "head_label": self.head_label, "tail_label": self.tail_label}
        if self.inferred:
            d["inferred"] = True
        if self.pattern:
            d["pattern"] = self.pattern
        if self.head_id != f"{self.head_label}:{self.head}":
            d["head_id"] = self.head_id
        if self.tail_id != f"{self.tail_label}:{self.tail}":
            d["tail_id"] = self.tail_id
        return d


@dataclass
class DocGraph:
    """Everything one file contributes to the graph: the unit of (re)loading.
    A store knows the file by ``path``; ``doc`` is the short name facts cite."""
    doc: str
    digest: str
    articles: list[Article]
    entities: list[Entity]
    facts: list[Fact]
    mentions: dict[str, list[str]]   # article id -> ids of the entities it mentions
    path: str = ""                   # resolved absolute path; defaults to doc
    warnings: list[str] = field(default_factory=list)   # one line each: what extraction had to cut

    def __post_init__(self):
        if not self.path:
            self.path = self.doc


@dataclass(frozen=True)
class Document:
    """A loaded file as a store records it."""
    path: str       # resolved absolute path: the identity
    name: str       # the short name that facts and articles cite
    digest: str     # sha256 of the file as loaded


@dataclass(frozen=True)
class StoredDocument:
    """What a store keeps of one loaded file besides its graph (``Store.stored_documents``):
    enough to write the Neo4j store's per-file bookkeeping for it elsewhere
    (``kg export neo4j-admin``)."""
    path: str                             # the file's identity (Document.path)
    doc: str                              # its short name
    digest: str
    declares: dict[str, frozenset[str]]   # entity id -> the aliases this file gives it (not its name)
    touched: tuple[str, ...]              # every entity id the file declares or links, sorted

    @classmethod
    def of(cls, graph: DocGraph) -> StoredDocument:
        declares: dict[str, frozenset[str]] = {}
        for e in graph.entities:
            declares[e.id] = declares.get(e.id, frozenset()) | (e.aliases - {e.name})
        ids = set(declares) | {i for f in graph.facts for i in (f.head_id, f.tail_id)}
        ids |= {i for mentioned in graph.mentions.values() for i in mentioned}
        return cls(graph.path, graph.doc, graph.digest, declares, tuple(sorted(ids)))
