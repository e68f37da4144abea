"""Files -> Page: decode, simplify, repair OCR line breaks, split sentences.

``Page.text`` is built character by character from ``Page.raw`` and every kept
character remembers where it came from (``Page.index``), so a sentence found in
the cleaned text can always be cited by its offset in the original file.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

from graph import regexes
from graph.lexicon import freq
from graph.model import Page, Sentence
from graph.vocab import SURNAMES, table, words


class ReadError(Exception):
    """A file that cannot be loaded; the message is one line naming the file."""


log = logging.getLogger("kg")     # decoding warnings; the CLI prints them as "kg: warning: ..."


class EmptyFile(ReadError):
    """Nothing but white space: the file's document is left with no facts."""


BLOCK = 1 << 20     # bytes read at a time
PIECE = 1 << 18     # the longest piece of decoded text handed on at once (characters)


# ---------------------------------------------------------------- files

def find_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """(file, doc) for every file argument and every *.txt under a directory."""
    found: list[tuple[Path, str]] = []
    for path in map(Path, paths):
        if path.is_dir():
            files = [f for f in path.rglob("*") if f.is_file() and f.suffix.lower() == ".txt"
                     and not any(part.startswith(".") for part in f.relative_to(path).parts)]
            found += sorted(((f, f.relative_to(path).as_posix()) for f in files), key=lambda t: t[1])
        elif path.is_file():
            found.append((path, path.name))
        else:
            raise ReadError(f"no such file or directory: {path}")
    return found


def identity(path: Path) -> str:
    """The resolved absolute path: what a store knows a file by."""
    return str(Path(path).resolve())


def read_page(path: Path, doc: str) -> Page:
    """A whole file as one Page (graph.pipeline extracts a big file piece by piece instead)."""
    digest, warnings = hashlib.sha256(), []
    raw = "".join(pieces(path, digest, warnings))
    return page(raw, doc, digest.hexdigest(), identity(path), tuple(warnings))


def page(raw: str, doc: str, digest: str = "", path: str = "", warnings: tuple[str, ...] = ()) -> Page:
    text, index = clean(raw)
    return Page(doc=doc, raw=raw, text=text, index=tuple(index), digest=digest, path=path, warnings=warnings)


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def pieces(path: Path, digest, warnings: list[str] | None = None) -> Iterator[str]:
    """The decoded text of a file in pieces of at most PIECE characters, each ending
    after a line break where there is one (else after a sentence), read BLOCK bytes
    at a time, so memory does not grow with the file. Joined, the pieces are the
    decoded file; `digest` (a hashlib object) sees every byte. The first block
    decides the encoding; the others are read in it."""
    try:
        with open(path, "rb") as f:
            blank, encoding, bom = True, None, b""
            for n, block in enumerate(_blocks(f, digest)):
                if n == 0:
                    bom = next((b for b in _BOMS if block.startswith(b)), b"")
                    block = block[len(bom):]
                # a UTF-16 block needs the byte order mark again to decode on its own
                text, repaired, encoding = _decode(bom + block if bom != _BOMS[0] else block, path, encoding)
                for warning in repaired:        # (the CLI prints the kg logger's warnings)
                    log.warning(warning)
                if warnings is not None:
                    warnings.extend(repaired)
                blank = blank and not text.strip()
                yield from _cut(text)
            if blank:
                raise EmptyFile(f"{path}: empty file")
    except OSError as e:
        raise ReadError(f"{path}: cannot read: {e.strerror or e}") from None


def _blocks(f: BinaryIO, digest) -> Iterator[bytes]:
    """About BLOCK bytes at a time, each cut after a line break (in UTF-16, two bytes
    at an even offset) when more follows."""
    head = f.read(2)
    nl = {b"\xff\xfe": b"\n\x00", b"\xfe\xff": b"\x00\n"}.get(head, b"\n")
    buf = bytearray(head)
    digest.update(head)
    searched = 0        # buf[:searched] has no line break
    while chunk := f.read(BLOCK):
        digest.update(chunk)
        if len(buf) >= BLOCK:
            cut = _last_break(buf, nl, searched)
            if cut:
                yield bytes(buf[:cut])
                del buf[:cut]
            searched = max(0, len(buf) - len(nl) + 1)
        buf.extend(chunk)
    if buf:
        yield bytes(buf)


def _last_break(buf: bytearray, nl: bytes, start: int) -> int:
    """Position after the last line break in buf[start:], or 0."""
    i = buf.rfind(nl, start)
    while i >= 0 and len(nl) == 2 and i % 2:
        i = buf.rfind(nl, start, i + 1)
    return i + len(nl) if i >= 0 else 0


_SENTENCE_ENDS = "。！？!?；;"


def _cut(text: str) -> Iterator[str]:
    start = 0
    while len(text) - start > PIECE:
        end = start + PIECE
        cut = text.rfind("\n", start, end) + 1
        if cut <= start:
            cut = max(text.rfind(c, start, end) for c in _SENTENCE_ENDS) + 1
        if cut <= start:
            cut = end
        yield text[start:cut]
        start = cut
    if start < len(text):
        yield text[start:]


# What Chinese news files come in. Detection among these only: a short GBK page
# must not pass for Korean or Shift-JIS.
ENCODINGS = ("utf_8", "gb18030", "big5", "utf_16_le", "utf_16_be")
FEW = 0.01     # more undecodable (or NUL) bytes than this share: not a text file


def _decode(data: bytes, path: Path, encoding: str | None = None) -> tuple[str, list[str], str | None]:
    """The text of one block of a file, warnings (one line each, naming the file)
    about what had to be repaired (undecodable bytes replaced, NUL bytes removed),
    and the encoding: detected, unless the file's first block already decided it.
    A block of white space is empty text (the caller tells an empty file)."""
    if not data.strip(b" \t\r\n\x00\x0b\x0c"):
        return _newlines(data.decode(encoding or "ascii", errors="ignore").replace("\x00", "")), [], encoding
    binary = ReadError(f"{path}: not a text file (binary?)")
    warnings = []
    decoded = _utf16(data) if encoding is None or encoding.startswith("utf_16") else None
    if encoding and encoding.startswith("utf_16") and decoded is None:
        decoded = _lenient(data, encoding)
    if decoded is None and b"\x00" in data:
        nuls = data.count(0)
        if nuls > max(8, FEW * len(data)):
            raise binary
        data = data.replace(b"\x00", b"")
        warnings.append(f"{path}: {nuls} NUL byte(s) removed")
    if decoded is None:
        decoded = _lenient(data, encoding) if encoding else _text(data)
    if decoded is None:
        raise binary
    text, bad, found = decoded
    if bad:
        warnings.append(f"{path}: {bad} undecodable byte sequence(s) replaced with U+FFFD (read as {found})")
    text = _newlines(text.lstrip("\ufeff"))
    # GB18030 decodes almost any byte string, so junk shows up as control characters.
    junk = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn")
               and ch not in "\n\t\f\v")
    if junk > 0.1 * len(text.strip()):
        raise binary
    return text, warnings, found


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_Decoded = tuple[str, int, str]      # text, replaced sequences, encoding


def _utf16(data: bytes) -> _Decoded | None:
    """UTF-16 with a BOM (Windows "Unicode" text) or without one: NUL bytes there are not binary."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return _lenient(data, "utf_16")
    if b"\x00" not in data:
        return None
    best = charset_normalizer.from_bytes(data, cp_isolation=["utf_16_le", "utf_16_be"]).best()
    decoded = _lenient(data, best.encoding) if best else None
    return decoded if decoded and _chinese_or_ascii(decoded[0]) else None


def _chinese_or_ascii(text: str) -> bool:
    """Almost any even-length byte string is UTF-16: without a BOM, believe it
    only when it reads as Chinese or ASCII text."""
    ok = sum(1 for ch in text if ch.isascii() and (ch.isprintable() or ch.isspace())
             or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return ok >= 0.9 * len(text)


def _text(data: bytes) -> _Decoded | None:
    try:
        return data.decode("utf-8-sig"), 0, "utf_8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=list(ENCODINGS)).best()
    tries = ([best.encoding] if best else []) + ["utf_8", "gb18030"]   # a stray byte in UTF-8 is no GBK
    return next(filter(None, (_lenient(data, e) for e in tries)), None)


def _lenient(data: bytes, encoding: str) -> _Decoded | None:
    """Decoded with undecodable bytes replaced, if there are only a few."""
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    return (text, bad, encoding) if bad <= max(1, FEW * len(data)) else None   # 1: a cut last character


def simplified(name: str) -> str:
    """A typed name in Simplified characters, converted as the text is."""
    return _convert(name) if not name.isascii() else name


# ---------------------------------------------------------------- cleaning

_FW_ALNUM = {**{c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)},
             **{c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)},
             **{c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)}}
_SPACES = "\t\f\v\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_MIDDLE_DOTS = "\u2022\u2027\u2219\u22c5\u30fb\uff65"    # typed for the · of 阿卜杜·托合提
_TO_ASCII = {**_FW_ALNUM, **{ord(c): " " for c in _SPACES}, **{ord(c): "·" for c in _MIDDLE_DOTS}}
# Invisible characters and control characters (Unicode's Cc) but the line break and
# the spaces above (\t \v \f).
_DROPPED = regexes.compile(f"[{_INVISIBLE}\x00-\x08\x0d-\x1f\x7f-\x9f]+|"
                      + "".join(f"(?<={w[:k]})[ \u3000](?={w[k:]})|" for w in words("unspaced_words") for k in range(1, len(w))) +
                      "(?<=\t[\u4e00-\u9fff])\u3000{1,2}(?=[\u4e00-\u9fff](?:\t|\r?\n|$))|"   # a tab cell's "王　强"
                      "(?<=[\u4e00-\u9fff])[ \u3000](?=·[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]·)[ \u3000](?=[\u4e00-\u9fff])")
# (OCR: "买买提江 ·吐尔地", a space beside a name's dot)
# A label of two characters spaced out to a column's width ("队　　长：张某", "姓　　名：")
_SPACED_LABEL = regexes.compile("^[ \u3000\t]*[\u4e00-\u9fff]([ \u3000]{1,4})[\u4e00-\u9fff][：:]", re.M)
# A surname and one character padded to the width of three in a list or a table's
# cell ("王　林", "王  兵（第一书记）"): a name of two, as the typesetter kept columns
# even. Only the padding (group 1) is dropped, where the line says it is a row
# (_padded_in_row); the cell starts after a gap or a line's start and ends before
# one, or before its note in brackets.
_NAME_PAD = regexes.compile(f"(?:^|(?<=[\\t \\u3000|｜]))[{''.join(sorted(s for s in SURNAMES if len(s) == 1))}](\\u3000{{1,2}}| {{2}})"
                       "[\\u4e00-\\u9fff](?=[\\t \\u3000|｜（(：:]|\\r?$)", re.M)      # (or bars: "3｜林　立｜X局")

TERMINAL = "。！？!?；;…"          # a paragraph ending here ended its sentence
CLOSERS = "”’」』）)】》\"'"      # may follow the terminal mark: …说。”
_SOFT_END = "，,、：:"             # a paragraph ending here was cut mid-sentence
_NO_START = "，,、。．；;：:！？!?）)」』”’%％的们么吗呢吧啊"   # cannot open a sentence
_NO_END = "和与及对把被从向将"    # function words that cannot close a sentence or headline
_MEASURE_WORDS = "个名户人万元亩"     # a number's measure word opens no line of its own
_PAIRS = ("“”", "《》", "（）", "「」", "『』")
_NUMERALS = "一二三四五六七八九十〇零两"
# 张三(右二)…: only photo captions mark who stands where
PHOTO_POSITION = regexes.compile(r"[(（](?:前排|后排|中排)?[左右][一二三四五六七八九十\d]{1,2}[)）]")
_ONE_CHAR = regexes.compile(r"[\u4e00-\u9fff][，,、：:。；;”’）)」』]")   # "式,在…": the tail of a cut word
LONG = 30   # a paragraph this long without a full stop ran to the end of its column


# "鎮(zhèn)", "內(nèi)蒙古": pages that gloss characters with their pinyin in brackets
PINYIN_GLOSS = regexes.compile("(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


def clean(raw: str) -> tuple[str, list[int]]:
    """Cleaned text and, for each of its characters, the position in ``raw``."""
    dropped = sorted([m.span() for m in PINYIN_GLOSS.finditer(raw)] + [m.span() for m in _DROPPED.finditer(raw)]
                     + [m.span(1) for m in _NAME_PAD.finditer(raw) if _padded_in_row(raw, m)]
                     + [m.span(1) for m in _SPACED_LABEL.finditer(raw)])
    kept, pos, at = [], [], 0
    for start, end in dropped + [(len(raw), len(raw))]:
        if start > at:
            kept.append(raw[at:start])
            pos += range(at, start)
        at = max(at, end)
    chars = _unbarred(_unconfused(_simplify("".join(kept).translate(_TO_ASCII))))
    lines = _cell_rows(_lines(chars, pos))
    column = _column_width(lines)
    paras = _repair(_paragraphs(lines, raw, column), raw, column)
    text, index = [], []
    for n, (ptext, ppos, _) in enumerate(paras):
        if n:
            text.append("\n")
            index.append(raw.find("\n", index[-1]))   # the line break that ended the paragraph
        text.append(ptext)
        index += ppos
    return _unconfused("".join(text)), index      # (again: a wrapped line may have split a slip, 网|恪)


def _unbarred(s: str) -> str:
    """A table drawn with bars ("| 1 | 东河镇 | 柳树村 |"), box-drawing lines ("│1│东河镇│")
    or commas ("1,东河镇,柳树村,县财政局") read as one of cells set apart with spaces, as
    most tables are (one character for one: positions hold)."""
    s = _BOX_BORDER.sub(lambda m: " " * len(m.group()), s).translate(_BOX_BARS)
    if s.count(",") >= 6:       # (two rows of four cells at least)
        s = _COMMA_ROWS.sub(lambda m: m.group().replace(",", "｜"), s)
    return _PIPE_LINE.sub(_unpiped, _PIPE_ROWS.sub(_unpiped, s))


def _unpiped(m: re.Match) -> str:
    return m.group().replace("|", " ").replace("｜", " ")


# a table's border drawn with corners and joints ("┌──┬──┐"; a bare "────" is a rule, no table)
_BOX_BORDER = regexes.compile("^[ \t]*[\u2500-\u257f]*[\u250c-\u254b\u2552-\u256c][\u2500-\u257f]*[ \t]*$", re.M)
_BOX_BARS = {ord(c): "｜" for c in "│┃║"}
# Rows of a spreadsheet pasted in: numbered lines ("1,东河镇,柳树村,韩某"), maybe under
# a heading row ("序号,乡镇,村,姓名"), each with as many commas, short cells and no stop
_CELLS = "(?:,[^,，。；;.\n]{0,24}){%d}[ \t]*"
_COMMA_ROWS = regexes.compile("|".join(
    f"^(?:[ \t]*[^,，。；;.\n\\d][^,，。；;.\n]{{0,23}}{_CELLS % n}|[ \t]*\\d{{1,3}}{_CELLS % n})(?:\n[ \t]*\\d{{1,3}}{_CELLS % n})+$"
    for n in range(12, 2, -1)), re.M)
# (bars around the cells, or only between them: "1｜Y村｜X局｜王某")
# (three cells, two bars, on two lines or more: "Y村｜X局｜王某")
_PIPE_ROW = r"[^|｜\n]+[|｜][^|｜\n]+[|｜][^|｜\n]+"
_PIPE_ROWS = regexes.compile(f"^{_PIPE_ROW}(?:\n{_PIPE_ROW})+$", re.M)
_PIPE_LINE = regexes.compile(r"^[ \t]*[|｜].*[|｜][ \t]*$|^[^|｜\n]+(?:[|｜][^|｜\n]*){3,}$", re.M)    # (the last may be empty)


def _padded_in_row(raw: str, m: re.Match) -> bool:
    """Whether the padding is a name's in a row of cells set apart some other way ("1 Y村 X局
    王　林", tabs, two spaces), or in a line that opens with the name and goes on with one
    long cell ("王　林　Y镇Z村第一书记（X局）"). Where every gap is the padding's, the line may
    be spaced out as a whole ("本报记者　王　林　通讯员　李　强"): no telling."""
    start, end = raw.rfind("\n", 0, m.start()) + 1, raw.find("\n", m.end())
    line = (raw[start:m.start(1)] + raw[m.end(1):len(raw) if end < 0 else end]).strip()
    gaps = re.findall("[ \u3000\t|｜]+", line)     # (bars set cells apart too: "3｜林　立｜X局")
    if any(g != m.group(1) for g in gaps) or raw[m.end():m.end() + 1] in "（(":
        return True     # (and a letter-spaced word has no note in brackets)
    opens = not raw[start:m.start()].strip()
    return opens and len(gaps) == 1 and len(line.split(gaps[0])[1]) >= 6


_OCR_CONFUSIONS = table("ocr_confusions")      # 嘎査 -> 嘎查, 第—书记 -> 第一书记


# 己 (self) where OCR meant 已 (already): before a verb, and not in a word of its own (自己, 知己)
_SELF_FOR_ALREADY = regexes.compile("(?<![自知异利舍克为])己(?=[回返于被有在到成完调退离与经将超])")


# a letter OCR read for a digit, after a digit and before a digit or what is counted ("3l个", "1O户", "2O23年")
_LETTER_FOR_DIGIT = regexes.compile("(?<=\\d)[lIOo](?=\\d|[个户名人万元年月日次家处条座所项批期%])")
_LETTERS = set("lIOo")


def _unconfused(s: str) -> str:
    for printed, meant in _OCR_CONFUSIONS.items():
        s = s.replace(printed, meant)
    s = _LETTER_FOR_DIGIT.sub(lambda m: "0" if m.group() in "Oo" else "1", s) if _LETTERS.intersection(s) else s
    s = _PERIOD_FOR_DOT.sub(_dot_between_names, s) if "." in s or "．" in s else s
    return _SELF_FOR_ALREADY.sub("已", s) if "己" in s else s


_PERIOD_FOR_DOT = regexes.compile("(?<=[\u4e00-\u9fff]{2})[.．](?=[\u4e00-\u9fff]{2})")


def _dot_between_names(m: re.Match) -> str:
    """"努尔兰.巴合提别克": a full stop typed or read for the dot between a name's parts, where no
    common word ends before it or opens after it and no number is just before it ("会议召开.县长王刚出席",
    "卖了3万斤.网址是…" end sentences)."""
    s, p, common = m.string, m.start(), freq()
    ends = common.get(s[p - 2:p], 0) >= 500 or common.get(s[p + 1:p + 3], 0) >= 500 or \
        any(c.isdigit() for c in s[max(p - 4, 0):p])
    return m.group() if ends else "·"


@functools.cache
def _converter():
    import opencc   # loaded once, on first use
    return opencc.OpenCC("hk2s")     # (t2s and the HK variants: 衞 -> 卫)


def _simplify(s: str) -> str:
    """Traditional -> Simplified without changing the length (the index depends
    on it). A Simplified page keeps a stray variant as printed (菴 in a place
    name): only Traditional lines, or all lines of a Traditional page, change."""
    if s.isascii():
        return s
    lines = s.split("\n")
    convs = [_convert(line) for line in lines]
    if convs == lines:
        return s
    changed = [sum(a != b for a, b in zip(line, conv)) for line, conv in zip(lines, convs)]
    cjk = [sum("\u4e00" <= ch <= "\u9fff" for ch in line) for line in lines]
    page = sum(changed) >= max(2, 0.05 * sum(cjk))
    return "\n".join(conv if page or n >= max(2, 0.1 * k) else line
                     for line, conv, n, k in zip(lines, convs, changed, cjk))


def _convert(line: str) -> str:
    conv = _converter().convert(line)
    if len(conv) != len(line):   # a phrase changed length: fall back to single characters
        conv = "".join(c if len(c := _converter().convert(ch)) == 1 else ch for ch in line)
    return _PARTICLE_著.sub("着", conv) if conv != line else conv


# "帶著村民": Traditional writes the particle 着 as 著, which the converter keeps (but 著名, 著作)
_PARTICLE_著 = regexes.compile("(?<=[\u4e00-\u9fff])著(?![名作称述])")


# A piece of text with the raw position of each character and the number of
# line breaks that separated it from the previous piece.
_Piece = tuple[str, list[int], int]


def _lines(chars: str, pos: list[int]) -> list[_Piece]:
    lines: list[_Piece] = []
    breaks, start = 1 << 30, 0   # the page start counts as a very wide gap
    for i in range(len(chars) + 1):
        if i < len(chars) and chars[i] != "\n":
            continue
        line = chars[start:i]
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if body:
            lines.append((body, pos[start + lead:start + lead + len(body)], breaks))
            breaks = 0
        breaks += 1
        start = i + 1
    return lines


def _cell_rows(lines: list[_Piece]) -> list[_Piece]:
    """A table copied from a web page a cell to a line ("序号", "姓名", "单位", "1",
    "王某", "X局", "2", …): its head and each row back on one line, cells spaced."""
    out: list[_Piece] = []
    n = 0
    while n < len(lines):
        width, starts = _cell_table(lines, n)
        if not width:
            out.append(lines[n])
            n += 1
            continue
        out.append(_row(lines[n:n + width]))
        n += width
        row = 1
        while n < len(lines) and starts(lines[n][0], row) and n + 1 < len(lines):
            end = min(n + width, len(lines))
            if end < len(lines) and not starts(lines[end][0], row + 1):     # (a row whose last cells are empty is shorter)
                end = next((j for j in range(n + 1, end) if starts(lines[j][0], row + 1)), end)
            out.append(_row(lines[n:end]))
            n, row = end, row + 1
    return out


def _cell_table(lines: list[_Piece], n: int) -> tuple[int, Callable[[str, int], bool]]:
    """The number of columns of a table flattened a cell to a line that starts at line n,
    and how a row's first cell reads: its head is a few short labels opening with 序号
    (rows open with their number), with 姓名 (with a name), or with a place's column,
    乡镇 or 村 (with a place of that level: "东河镇", "柳树村")."""
    first = lines[n][0]
    if first in ("序号", "编号"):
        def starts(line: str, row: int) -> bool:
            return line == str(row)
    elif first == "姓名":
        def starts(line: str, row: int) -> bool:
            return _name_line(line)
    elif level := _PLACE_COLUMN.fullmatch(first):
        def starts(line: str, row: int) -> bool:
            return _place_line(line, level.group(1))
    else:
        return 0, _no_start
    width = next((k for k in range(3, 10) if n + k < len(lines) and starts(lines[n + k][0], 1)), 0)
    head = [text for text, _, _ in lines[n + 1:n + width]]
    return (width if all(len(t) <= 16 and not re.search(r"[\d，,。；;]", t) for t in head) else 0), starts


def _no_start(line: str, row: int) -> bool:
    return False


# the head of a column of places: 乡镇, 苏木乡镇, 镇（街道）, 村, 村名, 嘎查村, 帮扶村 (a level word, a short label)
_PLACE_COLUMN = regexes.compile(r"[^\d\s，,。]{0,2}?(镇|乡|苏木|村|嘎查|社区)[^\d\s，,。]{0,4}")
_PLACE_ENDS = {"镇": ("镇", "乡", "苏木", "街道"), "乡": ("镇", "乡", "苏木", "街道"), "苏木": ("镇", "乡", "苏木", "街道"),
               "村": ("村", "嘎查", "社区"), "嘎查": ("村", "嘎查", "社区"), "社区": ("村", "嘎查", "社区")}


def _place_line(line: str, level: str) -> bool:
    """A line that is a place of the column's level, and nothing more."""
    return 3 <= len(line) <= 12 and line.endswith(_PLACE_ENDS[level]) and re.fullmatch(r"[\u4e00-\u9fff]+", line) is not None


def _name_line(line: str) -> bool:
    """A line that is a person's name in a table's first column: a surname, then one to three characters."""
    return 2 <= len(line) <= 4 and line[0] in SURNAMES and re.fullmatch(r"[\u4e00-\u9fff]+", line) is not None


def _row(cells: list[_Piece]) -> _Piece:
    text, pos = cells[0][0], list(cells[0][1])
    for cell_text, cell_pos, _ in cells[1:]:
        text += " " + cell_text
        pos += [cell_pos[0] - 1] + list(cell_pos)      # (the space stands where the line broke)
    return text, pos, cells[0][2]


def _paragraphs(lines: list[_Piece], raw: str, column: int) -> list[_Piece]:
    """Join lines wrapped inside a paragraph. When most single line breaks follow
    a finished sentence, the file writes one paragraph a line: keep them all. On a
    page whose paragraphs open indented and whose wrapped lines don't, an indented
    line opens a paragraph (after a headline that runs into no text). A page with
    no blank line (an OCR'd column) joins only what an indented line opened. `column`:
    the width of a full line, where the page was printed in a narrow column (_column_width)."""
    ends = [closed(lines[n - 1][0]) for n in range(1, len(lines)) if lines[n][2] == 1]
    indented = [raw[max(0, p[0] - 2):p[0]] in _INDENTS for _, p, _ in lines]
    opens = 0 < sum(indented) < len(lines) / 2
    # (every paragraph a line, each indented: a line indented as a paragraph opens one too, not a
    # table's cell wrapped far to the right)
    most = 2 * sum(indented) >= len(lines)
    paragraph_indent = [_opens_indented(raw, p[0]) for _, p, _ in lines]
    blank = any(1 < gap < 1 << 30 for _, _, gap in lines)
    if 2 * sum(ends) > len(ends) or not (blank or opens):
        return _indented_wraps(lines, indented) if most else lines
    out: list[_Piece] = []
    opened: list[bool] = []     # each paragraph of `out`: did an indented line open it?
    listed = _list_items([text for text, _, _ in lines], column)
    for n, (text, pos, gap) in enumerate(lines):
        nxt = lines[n + 1][0] if n + 1 < len(lines) else None
        item_closed = n - 1 in listed and out and out[-1][0].endswith(("）", ")"))     # "3．A——B（note）": done
        if out and gap == 1 and n not in listed and not item_closed and not (opens and indented[n] or most and paragraph_indent[n]) and \
                (blank or opened[-1]) and _continues(out[-1][0], text, nxt, "wrap"):
            out[-1] = _glue(out[-1], (text, pos, gap))
        else:
            # (a sentence that ends at a line's end leaves the paragraph an indented line opened open:
            # the next line's own wraps join it too, where no even column lets _repair join them)
            within = bool(out) and opened[-1] and gap == 1 and not indented[n] and n not in listed and \
                closed(out[-1][0]) and not is_header(text, prefix=True) and column == LONG
            out.append((text, pos, gap))
            opened.append(indented[n] or within)
    return out


def _opens_indented(raw: str, p: int) -> bool:
    """The line starting at p in ``raw`` opens a paragraph with an indent (not a table's cell
    wrapped far to the right, after more spaces)."""
    return raw[max(0, p - 2):p] in _INDENTS and (p < 3 or raw[p - 3] not in " \u3000\t")


def _indented_wraps(lines: list[_Piece], indented: list[bool]) -> list[_Piece]:
    """A page of indented paragraphs, one a line, a few of them wrapped ("　　Y乡党委书记邝" /
    "晏清介绍，…"): a line not indented, right after an indented one left open, continues it."""
    out: list[_Piece] = []
    for n, (text, pos, gap) in enumerate(lines):
        if out and gap == 1 and indented[n - 1] and not indented[n] and \
                not _kind(text, _NOTE.sub("", text)) and _continues(out[-1][0], text, None, "wrap"):
            out[-1] = _glue(out[-1], (text, pos, gap))
        else:
            out.append((text, pos, gap))
    return out


# lines of a list: "一、X镇", "（二）…", "X嘎查：A局、B局", "X村——A局" (a label, a colon and what
# it lists), and the rows of a table flattened to text ("1 王某 男 汉族 X局 Y村")
_ENUMERATED = regexes.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．](?!\d))"
                         r"(?:[^，,。；;]{1,30}|[^，,。；;]{2,12}[，,][^，,。；;]{2,12})$")     # "一、高位推动，压实责任"
_NUMBER = regexes.compile(r"\s*(\d{1,2})[.、．](?!\d)")
_LABELLED = regexes.compile(r"[^，,。；;：:“”\"]{2,15}(?:[：:]|——)[^，,。；;：:“”\"]{1,60}$")
# "X镇Y村　第一书记：王某（…）　工作队员：…": a cell, a wide gap, then labels and what they hold
_CELL_LABEL = regexes.compile(r"[^\s，,。；;：:]{2,16} +[\u4e00-\u9fff、]{2,10}[：:]\S")
# "X镇Y村　王某（X局派驻）": a cell, a wide gap, then a name and a note on the person
_CELL_NAME = regexes.compile(r"[^\s，,。；;：:]{2,16} +[\u4e00-\u9fff·]{2,8}[（(][^（）()]{2,30}[）)]$")
# "2015.08—2018.02　X局驻Y村第一书记": an entry of a career, dated (a 简历's line)
_CAREER_LINE = regexes.compile(r"\d{4}(?:[.．]\d{1,2}|年(?:\d{1,2}月)?)[ \u3000]*[—–\-~～至到]")
_DATE_LINE = regexes.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[ \u3000]+[^\s，,。；;]{1,8}){0,3}$")   # a diary's "12月3日 晴"
# "X局—Y村—王某", "1. X局—王某—Y镇Z村（…）": a roster's row, its cells set apart by dashes
_DASHED = regexes.compile(r"(?:\d{1,3}[.．、]\s*)?[^—\s，,。；;“”]{2,20}(?:——?[^—\s，,。；;“”]{2,20}){2,5}$")
# "刘某　X局驻Y村第一书记": a name, a wide space, what the person is (a list of people)
_NAME_CELL = regexes.compile(r"[\u4e00-\u9fff]{2,4} +[^\s，,。；;！？!?]{2,40}$")     # (its posts: "第一书记、工作队队长")
# "X局驻Y村第一书记　王某": what the person is, a wide space, the name (a list of people the other way round)
_CELL_THEN_NAME = regexes.compile(r"[^\s，,。；;！？!?：:]{4,40}(?:书记|队长|队员|主任|网格长|网格员)[ \u3000]+[\u4e00-\u9fff]{2,4}$")
_ROW = regexes.compile(r"(?=(?:.*[^\s，,。；;]{2}){2})[^\s，,。；;]{1,20}(?:[ \u3000]+[^\s，,。；;]{1,20}){1,}"
                  r"[ \u3000]+[^\s。；;]{1,40}$")   # (not "分 享 至 手 机"; the last cell may be a note: "修坝1座，…")


# a note in brackets, which may hold commas inside a row's cell ("王某（X局干部，新任）")
_NOTE = regexes.compile(r"[（(][^（）()]*[）)]")
# a row that opens with its number, its cells set apart by wide gaps, whatever they hold, or by single
# spaces, four cells or more without a clause's punctuation ("4 王某 女 X局第二分局副局长 Y镇Z村")
_NUMBERED_ROW = regexes.compile(r"\d{1,3}(?:[ \u3000]{2,}[^ \u3000]+){3,}$|\d{1,3}(?:[ \u3000]+[^\s，,。；;]+){4,}$")
# a person's row: the name, then three cells or more, one of which may hold a comma
# ("王某 镇党委副书记、镇长 主持镇政府全面工作，分管财政 联系Y村")
_NAMED_ROW = regexes.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[^\s。；;]{1,30}){3,}$")
_INDENTS = ("\u3000\u3000", "  ", "\t")


def _kind(line: str, noteless: str) -> str:
    """"row" for a table's row, "item" for a list's item or heading, "" for a line of text;
    `noteless`: the line with its notes emptied (a note may hold commas: "王某（X局干部，新任）",
    "帮扶单位：X行（原由Y局帮扶，3月调整）")."""
    if (_ROW.match(noteless) or _NUMBERED_ROW.match(line) or _NAMED_ROW.match(line)) and not dateline(line):
        return "row"        # (not "本报讯（通讯员 赵 琳）6月12日，…")
    if _ENUMERATED.match(line) or _LABELLED.match(noteless) or _DATE_LINE.match(line) or \
            _CELL_LABEL.match(line) or _CELL_NAME.match(line) or _DASHED.match(noteless) or _CAREER_LINE.match(line) \
            or _CELL_THEN_NAME.match(line):
        return "item"
    return ""


def _list_items(lines: list[str], column: int = LONG) -> set[int]:
    """Lines that stay lines of their own: the items of a list or the rows of a table
    (two or more in a row), the line after a list (not after a row: a row's cell may
    go on there), and a numbered or dated heading ("三、工作要求", "12月26日 晴") and the line after it.
    `column`: the width of a line that ran to the end of the page's narrow column (no heading)."""
    kinds = [_kind(line, _NOTE.sub("（）", line)) for line in lines]
    numbers = [int(m.group(1)) if (m := _NUMBER.match(line)) else None for line in lines]
    for n, number in enumerate(numbers):      # "1．Y村：王某，X局干部" / "2．…": numbered one after another
        if number is not None and (n and numbers[n - 1] == number - 1 or
                                   n + 1 < len(lines) and numbers[n + 1] == number + 1):
            kinds[n] = kinds[n] or "item"
    for n, line in enumerate(lines):      # (after a row, the rest of its wrapped cell: "育局 Y镇Z嘎查")
        if not kinds[n] and _NAME_CELL.match(line) and not (n and kinds[n - 1] == "row") and \
                not is_header(line, prefix=True):       # ("本报讯 X县Y镇…": a dateline, no name)
            kinds[n] = "item"
    out = set()
    for n, kind in enumerate(kinds):
        wrapped = n and lines[n - 1][-1] in "、，,"        # ("4.Y村：A局、B局、" then "C局": one item, wrapped)
        if kind and (n and kinds[n - 1] or n + 1 < len(lines) and kinds[n + 1]):
            out.add(n)
        elif not kind and n > 1 and kinds[n - 1] == kinds[n - 2] == "item" and not wrapped:
            out.add(n)
        elif not kind and n and kinds[n - 1] == "row" and (lines[n][0] in "“‘「\"" or "。" in lines[n]):
            out.add(n)      # after a row, a sentence of the text again, no rest of a cell
        if kind == "item" and (len(lines[n]) <= min(20, column - 1) or _ENUMERATED.match(lines[n])) and \
                lines[n][-1] not in "；;。：:、，,":
            out.update((n, n + 1))      # a heading
    return out


def _repair(paras: list[_Piece], raw: str, column: int = LONG) -> list[_Piece]:
    """Join a sentence that the OCR broke across a paragraph boundary. `column`: the
    width of the page's lines, where they were printed in a narrow column (a paragraph
    of one line as wide as that ran on too). A paragraph that opens indented opens
    a sentence, unless the one before was cut mid-clause ("——记X驻Y村第一书记张某" /
    "　　Y村位于…": a profile's subtitle, then its text)."""
    normal = usual_gap([g for _, _, g in paras[1:]])
    full = min(column, _column_width(paras))
    out: list[_Piece] = []
    listed = _list_items([text for text, _, _ in paras])
    for n, piece in enumerate(paras):
        nxt = paras[n + 1][0] if n + 1 < len(paras) else None
        gap = "block" if piece[2] > normal or piece[1] and _opens_indented(raw, piece[1][0]) else "para"
        row = n and _kind(paras[n - 1][0], _NOTE.sub("（）", paras[n - 1][0])) == "row"
        after_row = gap == "block" and row
        if out and n not in listed and not after_row and \
                _continues(out[-1][0], piece[0], nxt, gap, len(paras[n - 1][0]) >= full and not row, len(piece[0]) >= full):
            #  (a table's last row, a blank line, then text: "… 联系Y村" / "附：各村第一书记")
            out[-1] = _glue(out[-1], piece)
        else:
            out.append(piece)
    return out


def _column_width(paras: list[_Piece]) -> int:
    """How long a line is that ran to the end of its column: on a page printed in
    narrow columns (most lines one or two lengths, shorter than LONG), that width."""
    lengths = [len(text) for text, _, _ in paras]
    if len(lengths) < 6:
        return LONG
    width = max(set(lengths), key=lambda k: (lengths.count(k) + lengths.count(k - 1), k))
    share = (lengths.count(width) + lengths.count(width - 1)) / len(lengths)
    return width - 1 if share >= 0.4 and 10 <= width < LONG else LONG


def usual_gap(gaps: list[int]) -> int:
    """The most common number of line breaks between paragraphs; wider is a layout gap."""
    return min(set(gaps), key=lambda g: (-gaps.count(g), g)) if gaps else 1


def _glue(a: _Piece, b: _Piece) -> _Piece:
    text, pos = a[0], list(a[1])
    if text[-1].isascii() and text[-1].isalnum() and b[0][0].isascii() and b[0][0].isalnum() and \
            not (text[-1].isdigit() and b[0][0].isdigit()):
        text, pos = text + " ", pos + [pos[-1] + 1]   # two Latin words: keep them apart (not a number's digits)
    return text + b[0], pos + b[1], a[2]


def _continues(a: str, b: str, after_b: str | None, gap: str, full: bool = False, b_full: bool = False) -> bool:
    """Does paragraph ``b`` continue the sentence left open at the end of ``a``?"""
    if (closed(a) or is_header(a) or is_header(b, prefix=True)
            or _BRACKET_CREDIT.match(b) or PHOTO_POSITION.search(a) or FURNITURE.search(a) or FURNITURE.search(b)):
        return False   # (a photo caption, "张三(右二)…", is complete as printed)
    if after_b is not None and is_header(after_b, prefix=True) and not closed(b):
        return False   # b is the headline of the next article
    if _BRACKET_LABEL.match(b) and (a[-1] in "：:" or _BRACKET_LABEL.match(a)):
        return False   # "…如下：" / "【帮扶单位】X局" / "【第一书记】张某": a notice's block, a line an item
    if _BRACKET_HEAD.match(a):
        return False   # "【西集镇】驻村工作队扎根柳树村": a bulletin's item heading, then its text
    if b[0] in _BULLETS and (b[0] not in "·•" or a[0] == b[0] or len(a) <= 12 and not re.search("[，,。；;]", a)):
        return False   # "本版其他文章" / "·A" / "·B": a list's items, one a line ("▶…" opens one, wherever it
        #                follows; a dot may be a name's, wrapped: "艾尼瓦尔|·依明")
    if a[0] in HEADING_MARKS + _CIRCLED and not re.search("[，,。；;]", a) and \
            (len(a) <= 24 or len(a) <= 40 and not re.search("[：:（(]", a)):
        return False   # "▌全村划成4个网格", "▶X局驻Y村第一书记王某", "①东河镇柳树村": a section's heading, then its text
    if gap == "wrap" or a[-1].isdigit() and b[0] in _MEASURE_WORDS:
        return True     # ("划分为53" then "个网格": a number and its measure word)
    if (a[-1] in _SOFT_END or a[-1] in _NO_END or b[0] in _NO_START or _open_pair(a)
            or (_ONE_CHAR.match(b) and b[0] not in _NUMERALS and _body_like(a))):
        return True
    # A long paragraph, or a line as wide as the page's column (`full`), is body text that
    # stopped at the end of a column; a column-wide line runs on into the next column-wide one
    # even without punctuation. Across a layout gap (photo, box) only the strong signals above
    # are trusted.
    punctuated = re.search(r"[，,、；;：:。]" if full else r"[，,、；;：:]", a) is not None
    return gap == "para" and (len(a) >= LONG or full) and a[-1] not in CLOSERS and (punctuated or full and b_full)


_BULLETS = "·•●■▶◆"
_CIRCLED = "".join(map(chr, range(0x2460, 0x2474)))      # ① … ⑳
HEADING_MARKS = "▌▍■◆◇●▲★▶►"     # what opens a section's heading ("▌全村划成4个网格", "◆ 柳树村")
# a bracketed place or topic, then a headline without a sentence's punctuation
_BRACKET_HEAD = regexes.compile("【[^】]{2,10}】[^，,。；;：:！!？?]{4,30}$")

# "【第一书记】张某", "第一书记：张某": a label, then its value
_BRACKET_LABEL = regexes.compile("(?:【[\u4e00-\u9fff]{2,8}】|[\u4e00-\u9fff、]{2,12}[：:])\\S")


# a web page's line about the page ("来源：X网　发布时间：2023-07-14"), a document's number
# ("X政发〔2023〕12号"): neither continues a sentence nor is continued
FURNITURE = regexes.compile(r"(?:^|[\s|｜])(?:发布时间|发布日期|来源|责任编辑|浏览(?:量|次数)?|点击(?:量|数)?|阅读(?:量|数))[：:]|"
                        r"^(?:[\u4e00-\u9fff][ \u3000]){2,7}报$|"     # a masthead spaced out: "青 江 日 报"
                        r"^[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$|"
                        r"^(?:【(?:打印|关闭|打印本页|关闭窗口)】\s*)+$|^(?:相关新闻|相关阅读|上一篇|下一篇)[：:]|"
                        r"^[^，,。；;>＞]{2,20}[>＞][^，,。；;>＞]{2,12}[>＞]|"     # a site's path: "X局 > 工作动态 > …"
                        # a paper's page line: "X日报　2024-10-22　第3版：…　记者 张某"
                        r"\d{4}(?:年|-|\.|/)\d{1,2}[^，,。；;]{1,16}第\s*[0-9０-９]{1,3}\s*版")


def _body_like(s: str) -> bool:
    return len(s) >= LONG or re.search(r"[，,、；;：:]", s) is not None


def _open_pair(s: str) -> bool:
    return any(s.count(o) > s.count(c) for o, c in _PAIRS)


# ---------------------------------------------------------------- line kinds
# Shared with graph.articles: bylines, datelines, labels and credits both stop
# the OCR repair and mark where articles begin.

_ROLE = regexes.compile(r"^(?:本报|本刊|本台|本网)?(?:特约|首席|见习|实习)?(?:摄影记者|记者|通讯员|实习生|撰稿人?|撰文)")
_NAME = regexes.compile(r"[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8})+")
_DATELINE = regexes.compile(
    r"^(?:(?P<own>(?:本报|本刊|本台|本网|又)讯)"                  # 本报讯
    r"|[\u4e00-\u9fff]{2,8}讯(?=\s*[(（]|\s+\S|[:：])"      # 树林召讯 …
    r"|[\u4e00-\u9fff]{2,15}\d{1,2}月\d{1,2}日电)"          # 新华社北京3月1日电
    r"\s*(?:[(（](?P<who>[^()（）]{0,40})[)）])?[\s:：]*")
_REPORTED = regexes.compile(r"((?:本报)?(?:特约|见习|实习)?(?:记者|通讯员)[^，,。：:；;！!？?]{1,24}?报道)[\s:：，,]*")
_LABEL = regexes.compile(r"^(?:[" + HEADING_MARKS + r"]\s*\S{1,12}|【[^】]{1,12}】|简讯|短讯|快讯|图片新闻|新闻速递|动态)$")
_BRACKET_CREDIT = regexes.compile(
    r"[(（][^()（）]*(?:图|摄|来源|稿|提供|编辑|责编|记者|通讯员|转载|下转|上接)[^()（）]*[)）]$")
_PHOTO_CREDIT = regexes.compile(
    r"(?:^|[\s。！？!?）)”])(?:(?:摄影|供图|图片|图|摄)\s*[:：/／]|(?:摄影|摄)\s+)[\u4e00-\u9fff·\s]{2,20}$"
    r"|\s摄影?$")


# two or three characters, each set apart by spaces from the text around it
_SPACED_NAME = regexes.compile(r"(?<!\S)[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,2}(?!\S)")
_NOT_NAME = set("了到从获悉说是的这那们")   # "记者了解到" is a sentence, not a byline
_NON_NAMES = ("文", "图", "文图", "摄", "摄影", "报道")


def _byline_tokens(s: str) -> tuple[list[str], bool, bool]:
    """(names, a role word was seen, every token was a name or a role word)."""
    found, role, pure = [], False, True
    s = _SPACED_NAME.sub(lambda m: "".join(m.group().split()), s)      # "记者 刘 畅": a name spaced out
    for tok in re.split(r"[\s、,，/／:：;；]+", s):
        if not tok:
            continue
        name = re.sub(r"报道$", "", _ROLE.sub("", tok))
        role = role or name != tok or tok in _NON_NAMES
        if not name or name in _NON_NAMES:
            continue
        if _NAME.fullmatch(name) and not set(name) & _NOT_NAME:
            found.append(name)
        else:
            pure = False
    return found, role, pure


def names(s: str) -> list[str]:
    """Personal names in a byline, role words dropped (记者 白晶晶 -> [白晶晶])."""
    return _byline_tokens(s)[0]


def dateline(s: str) -> tuple[str, int] | None:
    """("names", length of the dateline) for 本报讯(记者 X)…, XX讯 …, or None."""
    m = _DATELINE.match(s)
    if not m:
        return None
    who, end = m.group("who") or "", m.end()
    if not m.group("own") and who and not names(who) and not _ROLE.match(who):
        return None   # "…讯(…)" whose brackets hold no reporter is ordinary text
    if not who and (r := _REPORTED.match(s, end)):
        who, end = r.group(1), r.end()   # 本报讯 记者张三报道：…
    return " ".join(names(who)), end


def reporters(s: str) -> str | None:
    """Names of a paragraph that is only a byline (本报记者 王晓丽, □玉琢 乔祥)."""
    marked = s[:1] in "□◎"
    body = s.lstrip("□◎ ")
    if not body or len(body) > 40 or re.search(r"(?:^|\s)摄影?$", body):
        return None   # "… 摄" credits a photo, it is no byline
    if marked and body.endswith(("村", "嘎查", "社区", "镇", "乡", "苏木")):
        return None   # "◎ 巴彦乌拉嘎查": a section's village, no reporter
    found, role, pure = _byline_tokens(body)
    return " ".join(found) if (marked or role) and pure and found else None


def is_label(s: str) -> bool:
    return _LABEL.match(s) is not None


def is_header(s: str, prefix: bool = False) -> bool:
    """A byline, dateline or section label; with ``prefix`` also a dateline opening a paragraph."""
    d = dateline(s)
    return (is_label(s) or reporters(s) is not None
            or (d is not None and (prefix or d[1] >= len(s))))


def closed(s: str) -> bool:
    """The paragraph ends a sentence (。 ！ ? …, maybe quoted) or with a credit line."""
    core = s.rstrip(CLOSERS + " ")
    return ((bool(core) and core[-1] in TERMINAL) or _BRACKET_CREDIT.search(s) is not None
            or _PHOTO_CREDIT.search(s) is not None)


# ---------------------------------------------------------------- sentences

_CUT = "。！？!?；;﹔﹖﹗"


def _full_stop(text: str, i: int) -> bool:
    """A half-width point that ends a Chinese sentence ("…召开.中国气象局…"), not a
    decimal point or an abbreviation."""
    after = text[i + 1:i + 2]
    return i > 0 and ("\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] in CLOSERS) and \
        not (after.isascii() and after.isalnum())


def sentences(page: Page, start: int, end: int) -> list[Sentence]:
    """Sentences of page.text[start:end], cut after 。！？!?；; (with their closing
    quotes) and at paragraph ends."""
    text, out = page.text, []

    def emit(a: int, b: int) -> None:
        piece = text[a:b]
        body = piece.strip()
        if body:
            at = a + len(piece) - len(piece.lstrip())
            out.append(Sentence(text=body, start=at, offset=page.raw_offset(at)))

    begin, i = start, start
    while i < end:
        if text[i] == "\n":
            emit(begin, i)
            begin = i = i + 1
        elif text[i] in _CUT or text[i] == "." and _full_stop(text, i):
            j = i + 1
            while j < end and (text[j] in _CUT or text[j] in CLOSERS):
                j += 1
            emit(begin, j)
            begin = i = j
        else:
            i += 1
    emit(begin, end)
    return out
