"""Streaming extraction: a file is read in blocks and extracted in pieces, with
bounded articles and sentences, and in worker processes with the output of one."""
import codecs
import hashlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

import graph.read as read
from graph.articles import MAX_ARTICLE, MAX_SENTENCE, bounded, split_articles
from graph import pipeline
from graph.pipeline import extract_file, extract_files, extract_page
from graph.read import EmptyFile, pieces, read_page

SEEDS = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))


@pytest.fixture()
def small_pieces(monkeypatch):
    """Blocks of 2,000 bytes and pieces of 3,000 characters: a seed page is several."""
    monkeypatch.setattr(read, "BLOCK", 2000)
    monkeypatch.setattr(read, "PIECE", 3000)


def joined_seeds(tmp_path: Path) -> Path:
    f = tmp_path / "archive.txt"
    f.write_text("\n\n\n".join(s.read_text(encoding="utf-8") for s in SEEDS), encoding="utf-8")
    return f


# ------------------------------------------------------------ reading in pieces

ENCODINGS = {"utf-8": b"", "utf-8-sig": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet="村镇的了。，！\n\r 　ab1", min_size=1, max_size=300).filter(lambda t: t.strip(" \n\r　")),
       encoding=st.sampled_from(sorted(ENCODINGS)), block=st.integers(2, 40), piece=st.integers(1, 50))
@example(text="a\r\n\r\n\r\n\r\na", encoding="utf-8", block=2, piece=50)    # a block of line breaks alone
def test_pieces_join_to_the_decoded_file(tmp_path, monkeypatch, text, encoding, block, piece):
    monkeypatch.setattr(read, "BLOCK", block)
    monkeypatch.setattr(read, "PIECE", piece)
    f = tmp_path / "p.txt"
    data = ENCODINGS[encoding] + text.encode(encoding)
    f.write_bytes(data)
    sha = hashlib.sha256()
    got = list(pieces(f, sha))
    assert "".join(got) == read._decode(data, f)[0]
    assert sha.hexdigest() == hashlib.sha256(data).hexdigest()
    assert all(0 < len(p) <= piece for p in got)
    for p in got[:-1]:      # cut after a line break, else after a sentence, else where the piece is full
        assert p.endswith(("\n", "。", "！")) or len(p) == piece


def test_a_gb18030_file_in_blocks(tmp_path, small_pieces):
    f = tmp_path / "gb.txt"
    text = SEEDS[0].read_text(encoding="utf-8").replace("\n", "\r\n")
    f.write_bytes(text.encode("gb18030"))
    assert "".join(pieces(f, hashlib.sha256())) == text.replace("\r\n", "\n")


@pytest.mark.parametrize("data", [b"", b" \n\r\n\t", "\ufeff\n".encode("utf-8"), codecs.BOM_UTF16_LE + " \n".encode(
    "utf-16-le"), b"\n" * 5000])
def test_an_empty_file_is_empty_however_it_is_read(tmp_path, small_pieces, data):
    f = tmp_path / "blank.txt"
    f.write_bytes(data)
    with pytest.raises(EmptyFile, match=r"blank\.txt: empty file"):
        list(pieces(f, hashlib.sha256()))
    with pytest.raises(EmptyFile, match=r"blank\.txt: empty file"):
        read_page(f, "blank.txt")


def test_white_space_between_blocks_stays_with_the_text(tmp_path, small_pieces):
    f = tmp_path / "gap.txt"
    f.write_text("第一段。" + "\n" * 5000 + "第二段。", encoding="utf-8")
    assert "".join(pieces(f, hashlib.sha256())) == f.read_text(encoding="utf-8")


# ------------------------------------------------------------ extracting in pieces

def test_a_small_file_extracts_as_one_page(tmp_path):
    for seed in SEEDS:
        assert extract_file(seed, seed.name) == extract_page(read_page(seed, seed.name))


def test_pieces_give_the_articles_of_the_whole_file(tmp_path, small_pieces, monkeypatch):
    f = joined_seeds(tmp_path)
    graph = extract_file(f, "archive.txt")
    page = read_page(f, "archive.txt")
    spans = [(a.start, a.end, a.title, a.byline) for a in split_articles(page)]
    assert [(a.start, a.end, a.title, a.byline) for a in graph.articles] == spans
    assert [a.id for a in graph.articles] == [f"archive.txt#{n}" for n in range(1, len(spans) + 1)]
    raw = f.read_text(encoding="utf-8")
    for fact in graph.facts:
        found = re.sub(r"\s", "", raw[fact.offset:fact.offset + 3 * len(fact.evidence) + 20])
        assert found.startswith(re.sub(r"\s", "", fact.evidence)[:6]), fact
    assert graph.digest == hashlib.sha256(f.read_bytes()).hexdigest() and graph.path == str(f)


def test_an_article_or_sentence_beyond_the_bound_is_cut_with_a_warning(tmp_path):
    clause = "青山镇红石村的村民们在合作社里忙着分拣蔬菜和水果" * 40 + "，"          # 961 characters
    f = tmp_path / "line.txt"
    f.write_text(clause * 60, encoding="utf-8")         # one line, one sentence, no header
    graph = extract_file(f, "line.txt")
    assert graph.warnings == [f"line.txt: 1 article(s) longer than {MAX_ARTICLE:,} characters were cut",
                              f"line.txt: 1 sentence(s) longer than {MAX_SENTENCE:,} characters were cut"]
    assert [(a.id, a.start, a.end) for a in graph.articles] == [          # 20 clauses of 961 in each
        ("line.txt#1", 0, 19220), ("line.txt#2", 19220, 38440), ("line.txt#3", 38440, 57660)]
    page = read_page(f, "line.txt")
    assert all(len(s.text) == 961 for a in bounded(page, split_articles(page))[0] for s in a.sentences)


def test_an_article_whose_reading_fails_costs_only_that_article(monkeypatch):
    whole = extract_file(SEEDS[0], SEEDS[0].name)
    real = pipeline.read_article

    def broken(article, **kw):
        if article.id.endswith("#2"):
            raise IndexError("string index out of range")
        return real(article, **kw)
    monkeypatch.setattr(pipeline, "read_article", broken)
    graph = extract_file(SEEDS[0], SEEDS[0].name)
    assert graph.warnings == [f"{SEEDS[0].name}#2 (IndexError: string index out of range): extraction of this "
                              f"article failed; please report it with this file"]
    kept = {f.key for f in graph.facts}
    assert kept and kept < {f.key for f in whole.facts}
    assert not any(f.article == f"{SEEDS[0].name}#2" for f in graph.facts)


# ------------------------------------------------------------ many files

def test_workers_give_the_results_of_one_process_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_FILES", 2)      # several chunks, so that both workers get some
    tasks = [(s, s.name, None) for s in SEEDS * 2] + [(tmp_path / "missing.txt", "missing.txt", None)]
    one, two = list(extract_files(tasks, 1)), list(extract_files(tasks, 2))
    assert one == two
    assert [r.doc for r in two] == [s.name for s in SEEDS * 2] + ["missing.txt"]
    assert two[-1].error.endswith("missing.txt: cannot read: No such file or directory")
    known = [(s, s.name, hashlib.sha256(s.read_bytes()).hexdigest()) for s in SEEDS]
    assert [r.graph for r in extract_files(known, 2)] == [None] * len(SEEDS)      # unchanged: not extracted


def test_work_that_fits_in_one_chunk_starts_no_workers(monkeypatch):
    # one worker would do all of it while this process waits: forking costs more than it saves
    def no_workers(method):
        raise AssertionError("workers started")
    monkeypatch.setattr(pipeline.multiprocessing, "get_context", no_workers)
    tasks = [(s, s.name, None) for s in SEEDS]
    assert [r.doc for r in extract_files(tasks, 2)] == [s.name for s in SEEDS]
    monkeypatch.setattr(pipeline, "CHUNK_FILES", 2)
    with pytest.raises(AssertionError, match="workers started"):
        list(extract_files(tasks, 2))
