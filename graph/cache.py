"""Data files compiled once into a pickle under ~/.cache/kg, so later runs load
them in milliseconds. The cache is keyed by the data file's digest and a format
number; a machine where it cannot be written compiles on each run."""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    return Path.home() / ".cache" / "kg"


def compiled(source: Path, fmt: int, build: Callable[[bytes], T], depends: tuple[Path, ...] = ()) -> T:
    """`build(source bytes)`, from the cache when it has this version of `source` (and of
    the vocabulary files in `depends` that the build reads)."""
    data = source.read_bytes()
    salt = b"".join(p.read_bytes() for p in depends) + f"{fmt}|{pickle.HIGHEST_PROTOCOL}".encode()
    tag = hashlib.sha256(data + salt).hexdigest()[:16]
    path = cache_dir() / f"{source.name.split('.')[0]}-{tag}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build(data)
    save(value, path)
    _forget_others(path)
    return value


def _forget_others(path: Path) -> None:
    """The caches of earlier versions of the same data file (10 MB each for the register)."""
    stem = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{stem}-*.pickle"):
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass


def save(value, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
