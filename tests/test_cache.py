"""The compiled-data cache (graph/cache.py) and the compiled-regex cache (graph/regexes.py)."""
import pickle
import re

import pytest

from graph import cache, regexes


def test_a_new_version_of_a_data_file_replaces_the_old_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "cache_dir", lambda: tmp_path / "cache")
    source = tmp_path / "words.tsv"
    source.write_text("a\n", encoding="utf-8")
    assert cache.compiled(source, 1, lambda data: data.decode()) == "a\n"
    first = list((tmp_path / "cache").glob("words-*.pickle"))
    source.write_text("b\n", encoding="utf-8")
    assert cache.compiled(source, 1, lambda data: data.decode()) == "b\n"
    second = list((tmp_path / "cache").glob("words-*.pickle"))
    assert len(first) == len(second) == 1 and first != second
    # and a later run reads the cache without building
    assert cache.compiled(source, 1, lambda data: 1 / 0) == "b\n"


def test_a_new_version_of_a_file_the_build_reads_rebuilds(tmp_path, monkeypatch):
    # the register's build reads vocabulary files: a changed one must not leave the old build in use
    monkeypatch.setattr(cache, "cache_dir", lambda: tmp_path / "cache")
    source, vocab = tmp_path / "names.tsv", tmp_path / "stop.txt"
    source.write_text("a\n", encoding="utf-8")
    vocab.write_text("x\n", encoding="utf-8")
    build = lambda data: data.decode() + vocab.read_text(encoding="utf-8")     # noqa: E731
    assert cache.compiled(source, 1, build, depends=(vocab,)) == "a\nx\n"
    vocab.write_text("y\n", encoding="utf-8")
    assert cache.compiled(source, 1, build, depends=(vocab,)) == "a\ny\n"


# ---------------------------------------------------------------- compiled regular expressions

PATTERN = "(?P<unit>[\u4e00-\u9fff]{2,8}局)(?:驻|派驻)(?P<village>[\u4e00-\u9fff]{2,6}村)"
TEXT = "市林业局派驻石桥村的第一书记"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder, and nothing compiled yet in this process."""
    monkeypatch.setattr(cache, "cache_dir", lambda: tmp_path)
    monkeypatch.setattr(regexes, "_programs", None)
    monkeypatch.setattr(regexes, "_used", set())
    return tmp_path


def test_a_regex_from_the_cache_matches_as_one_compiled_from_source(fresh, monkeypatch):
    first = regexes.compile(PATTERN)
    regexes.save()
    monkeypatch.setattr(regexes, "_programs", None)       # a later run: the cache is read from disk

    def from_source(pattern, flags):
        raise AssertionError("compiled from source")
    monkeypatch.setattr(regexes, "_program", from_source)
    again = regexes.compile(PATTERN)
    assert again.search(TEXT).groupdict() == first.search(TEXT).groupdict() == {"unit": "市林业局", "village": "石桥村"}
    assert again.groupindex == first.groupindex and again.pattern == PATTERN


def test_a_damaged_cache_is_compiled_anew(fresh):
    (fresh / regexes._NAME).write_bytes(b"not a pickle")
    assert regexes.compile(PATTERN).search(TEXT).group("village") == "石桥村"


def test_a_program_that_sre_refuses_is_compiled_anew(fresh):
    # (a cache written by another build of the same Python, say): _sre checks what it is given
    (fresh / regexes._NAME).write_bytes(pickle.dumps({(PATTERN, 0): (0, [1, 2, 3], 2, {}, (None,), frozenset())}))
    assert regexes.compile(PATTERN).search(TEXT).group("unit") == "市林业局"


def test_the_characters_every_match_contains():
    assert regexes.required_chars("X局(?:驻|派驻)[^，]{0,4}(?P<v>Y村)的?(?:第一书记|书记)+") == set("X局驻Y村书记")      # (驻 is in both alternatives)
    assert regexes.required_chars("(?=A)B|BC") == {"B"}      # (not in a lookahead; in both branches)
    assert regexes.required_chars("ab", re.IGNORECASE) == set()
