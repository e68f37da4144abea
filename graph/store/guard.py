"""Whether a Cypher query may run without --write: a tokenizer, not a regex.

Neo4j enforces read-only transactions itself, but ArcadeDB (and who knows
what other Bolt server) runs writes in them anyway, so `kg cypher` reads the
query first. It splits the text the way a Cypher lexer does (strings, names in
backticks, `//` and `/* */` comments) and then looks at the words left:

- a write clause (CREATE, MERGE, SET, DELETE, REMOVE, DROP, INSERT ...),
  unless the word is a name: after `.`, `$`, `:` or AS, or before `:`;
- an administration command (TERMINATE TRANSACTIONS, ALTER, GRANT ...);
- LOAD CSV, which reads the server's files and any URL;
- a procedure (CALL x.y) that is not on the read-only list below.

Where lexers could disagree, the text is read every way and refused if any
reading finds a write: a `//` comment ends at any line ending (\\n, \\r,
U+2028 ...), and strings are read both with and without backslash escapes.
A refusal can be wrong the safe way (a variable named `set` used bare).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

WRITE_CLAUSES = {"CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "INSERT", "FOREACH"}
# Administration commands that change the server or other sessions, with the
# word that must follow them (None: any).
ADMIN = {"TERMINATE": {"TRANSACTION", "TRANSACTIONS"}, "ALTER": None, "GRANT": None, "DENY": None,
         "REVOKE": None, "RENAME": None, "START": {"DATABASE"}, "STOP": {"DATABASE"},
         "ENABLE": {"SERVER"}, "DEALLOCATE": {"DATABASE", "DATABASES"}, "REALLOCATE": {"DATABASE", "DATABASES"}}
READ_PROCEDURES = {
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.info", "db.ping",
    "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships", "db.awaitindex",
    "db.awaitindexes", "dbms.components", "dbms.info", "dbms.listconfig", "dbms.showcurrentuser",
}
LINE_ENDS = "\n\r\u2028\u2029\x85\x0b\x0c"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Token:
    kind: str       # "word", "name" (in backticks), "string" or "punct"
    text: str
    start: int      # where it starts in the query


def tokens(query: str, escapes: bool = True) -> list[Token]:
    """The query's words, quoted names, strings and punctuation; comments dropped."""
    out: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if query.startswith("//", i):
            i = _line_end(query, i)
        elif query.startswith("/*", i):
            end = query.find("*/", i + 2)
            i = n if end < 0 else end + 2
        elif c in "'\"":
            start = i
            i, text = _string(query, i, escapes)
            out.append(Token("string", text, start))
        elif c == "`":
            end = query.find("`", i + 1)
            end = n if end < 0 else end
            out.append(Token("name", query[i + 1:end], i))
            i = end + 1
        elif c.isalnum() or c == "_":
            m = _WORD.match(query, i)
            out.append(Token("word", m.group(), i))
            i = m.end()
        else:
            if not c.isspace():
                out.append(Token("punct", c, i))
            i += 1
    return out


def _line_end(query: str, i: int) -> int:
    ends = [p for p in (query.find(e, i) for e in LINE_ENDS) if p >= 0]
    return min(ends) if ends else len(query)


def _string(query: str, i: int, escapes: bool) -> tuple[int, str]:
    quote, j, text = query[i], i + 1, []
    while j < len(query) and query[j] != quote:
        if escapes and query[j] == "\\" and j + 1 < len(query):
            j += 1
        text.append(query[j])
        j += 1
    return j + 1, "".join(text)


def refusal(query: str) -> str | None:
    """Why `query` needs --write, or None when it only reads."""
    for escapes in (True, False):
        if reason := _refusal(tokens(query, escapes)):
            return reason
    return None


def _refusal(toks: list[Token]) -> str | None:
    for i, t in enumerate(toks):
        if t.kind != "word" or _is_name(toks, i):
            continue
        word, after = t.text.upper(), _word(toks, i + 1)
        if word in WRITE_CLAUSES:
            return f"the query writes ({word})"
        if word in ADMIN and (ADMIN[word] is None or after in ADMIN[word]):
            return f"the query is an administration command ({word})"
        if word == "LOAD" and after == "CSV":
            return "the query reads files or URLs on the server (LOAD CSV)"
        if word == "CALL" and (name := _procedure(toks, i + 1)) and name.lower() not in READ_PROCEDURES:
            return f"the query calls procedure {name}, which is not on kg's read-only list"
    return None


def _is_name(toks: list[Token], i: int) -> bool:
    """A property key, parameter, label, map key or alias spelled like a keyword."""
    before = toks[i - 1] if i else None
    after = toks[i + 1] if i + 1 < len(toks) else None
    if before and before.kind == "punct" and before.text in "$:":
        return True
    if before and before.text == "." and before.kind == "punct" and i >= 2 and not toks[i - 2].text[:1].isdigit():
        return True     # n.set, but not 1.SET (a float to some lexers)
    if before and before.kind == "word" and before.text.upper() == "AS":
        return True
    return bool(after and after.kind == "punct" and after.text == ":" and before is not None
                and before.kind == "punct" and before.text in "{,")


def _word(toks: list[Token], i: int) -> str | None:
    return toks[i].text.upper() if i < len(toks) and toks[i].kind == "word" else None


def _procedure(toks: list[Token], i: int) -> str | None:
    """The dotted name after CALL; None for a subquery (CALL { ... } or CALL (x) { ... })."""
    parts: list[str] = []
    while i < len(toks) and toks[i].kind in ("word", "name"):
        parts.append(toks[i].text)
        if i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].kind == "punct":
            i += 2
        else:
            break
    return ".".join(parts) or None


def explained(query: str) -> str | None:
    """`query` under EXPLAIN (a PROFILE becomes EXPLAIN), or None if it is an EXPLAIN already."""
    first = next(iter(tokens(query)), None)
    if first is None or first.kind != "word" or first.text.upper() not in ("EXPLAIN", "PROFILE"):
        return "EXPLAIN " + query
    if first.text.upper() == "EXPLAIN":
        return None
    return query[:first.start] + "EXPLAIN" + query[first.start + len("PROFILE"):]
