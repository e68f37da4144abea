"""re.compile, with what the compiler built kept on disk between runs.

Compiling the relation patterns costs a quarter of a second at every start, and
almost all of it is the re module's Python code building lookup tables for
character classes beyond Latin-1 ([\u4e00-\u9fff], the skeleton's tokens). What
it builds is a list of ints that _sre turns into a pattern object; that list is
kept in a pickle beside the other caches (graph.cache), keyed by the Python
version and _sre's format number, and handed straight to _sre on later runs.
_sre checks the program it is given. Anything unexpected (another Python's
internals, an unreadable cache) falls back to plain re.compile.
"""
from __future__ import annotations

import atexit
import os
import pickle
import re
import sys

from . import cache

try:
    import _sre
    from re import _compiler, _parser
    _NAME = f"regexes-{sys.implementation.cache_tag}-{_sre.MAGIC}.pickle"
except (ImportError, AttributeError):       # (not CPython's re)
    _sre = None

Program = tuple       # what _sre.compile takes after the pattern: flags, code, groups, groupindex, indexgroup
_programs: dict[tuple[str, int], Program] | None = None
_used: set[tuple[str, int]] = set()
_added = False
_OWNER = os.getpid()      # forked workers compile nothing new and leave the file to the parent


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    if _sre is None:
        return re.compile(pattern, flags)
    programs, key = _loaded(), (pattern, flags)
    _used.add(key)
    program = programs.get(key)
    if program is not None:
        try:
            return _sre.compile(pattern, *program)
        except (TypeError, ValueError, RuntimeError):
            pass
    try:
        program = _program(pattern, flags)
        compiled = _sre.compile(pattern, *program)
    except (TypeError, ValueError, RuntimeError, AttributeError):
        return re.compile(pattern, flags)
    _remember(programs, key, program)
    return compiled


def _program(pattern: str, flags: int) -> Program:
    """What re._compiler.compile hands to _sre.compile (Python 3.11 to 3.13)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]     # (some are named constants, which don't pickle)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _loaded() -> dict[tuple[str, int], Program]:
    global _programs
    if _programs is None:
        try:
            with open(cache.cache_dir() / _NAME, "rb") as f:
                _programs = pickle.load(f)
            if not isinstance(_programs, dict):
                _programs = {}
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            _programs = {}
    return _programs


def _remember(programs: dict, key: tuple[str, int], program: Program) -> None:
    global _added
    programs[key] = program
    if not _added:
        _added = True
        atexit.register(save)


KEEP = 5000     # programs kept from earlier versions of the patterns, at most


def save() -> None:
    """Write the programs compiled so far (at exit, once something new was compiled)."""
    if os.getpid() != _OWNER or not _programs:
        return
    kept = _programs if len(_programs) <= KEEP else {k: v for k, v in _programs.items() if k in _used}
    cache.save(kept, cache.cache_dir() / _NAME)
