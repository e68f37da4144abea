"""re.compile, with what the compiler built kept on disk between runs; and the
characters that every match of a pattern contains.

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
    from re import _compiler, _constants as sre, _parser
    _NAME = f"regexes-{sys.implementation.cache_tag}-{_sre.MAGIC}.pickle"
except (ImportError, AttributeError):       # (not CPython's re)
    _sre = None

# what _sre.compile takes after the pattern (flags, code, groups, groupindex, indexgroup),
# then the characters every match contains
Program = tuple
_programs: dict[tuple[str, int], Program] | None = None
_used: set[tuple[str, int]] = set()
_added = False
_OWNER = os.getpid()      # forked workers compile nothing new and leave the file to the parent


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile, from the cached program when there is one; a program _sre refuses
    (a damaged cache) is built again from the pattern."""
    for fresh in (False, True):
        program = _program_of(pattern, flags, fresh)
        if program is None:
            break
        try:
            return _sre.compile(pattern, *program[:5])
        except (TypeError, ValueError, RuntimeError):
            pass
    return re.compile(pattern, flags)


def required_chars(pattern: str, flags: int = 0) -> frozenset[str]:
    """Characters that every match of `pattern` contains (some of them: literals
    outside alternatives, optional parts and assertions). A text that lacks one
    has no match, which a set test finds far faster than a search."""
    program = _program_of(pattern, flags)
    return program[5] if program else frozenset()


def _program_of(pattern: str, flags: int, fresh: bool = False) -> Program | None:
    if _sre is None:
        return None
    programs, key = _loaded(), (pattern, flags)
    _used.add(key)
    program = programs.get(key)
    if program is None or len(program) != 6 or fresh:
        try:
            program = _program(pattern, flags)
        except (TypeError, ValueError, AttributeError, re.error):
            return None
        _remember(programs, key, program)
    return program


def _program(pattern: str, flags: int) -> Program:
    """What re._compiler.compile hands to _sre.compile (Python 3.11 to 3.13)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]     # (some are named constants, which don't pickle)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    needs = frozenset() if flags & re.IGNORECASE else frozenset(_required(parsed))
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup), needs


def _required(items) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(chr(av))
        elif op is sre.IN and len(av) == 1 and av[0][0] is sre.LITERAL:
            out.add(chr(av[0][1]))
        elif op is sre.SUBPATTERN:
            out |= _required(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            out |= _required(av[2])
        elif op is sre.BRANCH:
            out |= set.intersection(*(_required(branch) for branch in av[1]))
    return out


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
