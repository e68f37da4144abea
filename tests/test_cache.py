"""The compiled-data cache (graph/cache.py)."""
from graph import cache


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
