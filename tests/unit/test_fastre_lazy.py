"""compile_fast puts the work off to the first use and then answers as the compiled pattern."""

from __future__ import annotations

import copy
import pickle
import re
import subprocess
import sys

import pytest

from csdesk.rules import message_parser
from csdesk.rules.fastre import LazyPattern, compile_fast

_SOURCE = r"(?<![a-z])(\d+)\s*(?P<unit>吨|tons?)"
_TEXT = "宁波 18吨, 2 tons 40HQ"


def _both() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lazy = compile_fast(_SOURCE, re.I)
    assert isinstance(lazy, LazyPattern)
    return lazy, lazy.compiled()


def test_nothing_is_compiled_before_the_first_use() -> None:
    broken = compile_fast("(unclosed")
    with pytest.raises(re.error):
        broken.search("x")


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    lazy, compiled = compile_fast(_SOURCE, re.I), re.compile(_SOURCE, re.I)
    # compile_fast's look-ahead changes the pattern's text, never what it finds.
    assert [m.span() for m in lazy.finditer(_TEXT)] == [m.span() for m in compiled.finditer(_TEXT)]
    assert lazy.findall(_TEXT) == compiled.findall(_TEXT)
    assert lazy.sub("#", _TEXT) == compiled.sub("#", _TEXT)
    assert lazy.subn("#", _TEXT) == compiled.subn("#", _TEXT)
    assert lazy.split(_TEXT) == compiled.split(_TEXT)
    found = lazy.search(_TEXT, 5)
    assert found is not None and found.group("unit") == "tons"
    assert lazy.match(_TEXT) is None and lazy.fullmatch("18吨") is not None
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        compiled.flags,
        compiled.groups,
        dict(compiled.groupindex),
    )


def test_it_compares_copies_and_pickles_as_its_pattern() -> None:
    lazy, compiled = _both()
    assert lazy == compiled and hash(lazy) == hash(compiled) and repr(lazy) == repr(compiled)
    assert copy.copy(lazy) is lazy and copy.deepcopy(lazy) is lazy
    assert pickle.loads(pickle.dumps(lazy)) == compiled


def test_after_the_first_use_a_method_is_the_compiled_patterns_own() -> None:
    """No proxy call in the parser's hot path: `pattern.search` is re's bound method."""
    lazy, compiled = _both()
    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
        method = getattr(lazy, name)
        assert method.__self__ is compiled and method.__name__ == name


def _held(value: object) -> list[LazyPattern]:
    if isinstance(value, LazyPattern):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, tuple | list | frozenset | set):
        return [pattern for item in value for pattern in _held(item)]
    return []


def test_every_pattern_of_the_parser_compiles() -> None:
    """What compiling at import used to prove: every pattern of the parser's modules is valid,
    those held in tables and tuples too."""
    modules = [module for name, module in sys.modules.items() if name.startswith("csdesk.rules.")]
    assert message_parser in modules
    lazy = [
        pattern for module in modules for value in vars(module).values() for pattern in _held(value)
    ]
    assert len(lazy) >= 150
    for pattern in lazy:
        assert isinstance(pattern.compiled(), re.Pattern)


def test_importing_the_parser_compiles_none_of_its_patterns() -> None:
    probe = (
        "import gc, csdesk.rules.message_parser\n"
        "from csdesk.rules.fastre import LazyPattern\n"
        "lazy = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
        "print(len(lazy), sum(o._compiled is not None for o in lazy))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    made, compiled = (int(part) for part in done.stdout.split())
    assert made >= 150 and compiled == 0
