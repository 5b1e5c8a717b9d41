"""Compiled patterns kept between runs (csdesk.rules.pattern_store): a pattern made from its
kept program matches exactly what `re.compile` of the same text matches."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import csdesk.rules.message_parser  # noqa: F401  (every reader's patterns made)
from csdesk.rules import fastre, pattern_store
from csdesk.rules.textnorm import normalize
from tests.unit.intake_corpus import CORPUS

TEXTS = [normalize(text) for text, _ in CORPUS[::3]]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CSDESK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_store, "_loaded", [])
    monkeypatch.setattr(pattern_store, "_added", [])
    yield tmp_path


def _lazy() -> list[fastre.LazyPattern]:
    # Frozen objects (the CLI and the TUI call gc.freeze() once started, and earlier tests in
    # the same process run them) are not in gc.get_objects(): unfrozen first.
    gc.unfreeze()
    return [item for item in gc.get_objects() if isinstance(item, fastre.LazyPattern)]


def _found(pattern: re.Pattern[str], text: str) -> list[object]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_kept_programs_match_as_re_compiles(store: Path) -> None:
    patterns = _lazy()
    assert len(patterns) > 200
    for lazy in patterns:
        fastre._stored(lazy._source, lazy._flags, lazy._plain)
    pattern_store.save()
    assert len(list(store.glob("patterns-*.marshal"))) == 1
    pattern_store._loaded.clear()  # as a new process: every pattern from the file
    for lazy in patterns:
        key = (lazy._source, int(lazy._flags), lazy._plain)
        assert pattern_store.get(key) is not None
        made = fastre._stored(*key)
        expected = re.compile(made.pattern, lazy._flags)
        assert (made.pattern, made.flags, made.groupindex) == (
            expected.pattern,
            expected.flags,
            expected.groupindex,
        )
        for text in TEXTS:
            assert _found(made, text) == _found(expected, text), made.pattern
    assert not pattern_store._added  # nothing compiled again, nothing to write


def _tons(pattern: re.Pattern[str]) -> str | None:
    match = pattern.search("重 12 吨")
    return match.group(1) if match else None


def test_a_damaged_file_or_entry_is_compiled_again(store: Path) -> None:
    fastre._stored(r"(\d+)\s*吨", 0, False)
    pattern_store.save()
    (path,) = store.glob("patterns-*.marshal")
    path.write_bytes(b"\x00garbage")
    pattern_store._loaded.clear()
    assert _tons(fastre._stored(r"(\d+)\s*吨", 0, False)) == "12"
    key = (r"(\d+)\s*吨", 0, False)
    entry = pattern_store.get(key)
    assert entry is not None
    pattern_store.put(key, (entry[0], entry[1], [*entry[2][:3], 999999], *entry[3:]))
    assert _tons(fastre._stored(*key)) == "12"
    assert key in pattern_store._added  # the damaged entry replaced at the next save


def test_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSDESK_CACHE_DIR", "")
    monkeypatch.setattr(pattern_store, "_added", [("x", 0, True)])
    assert pattern_store.file_path() is None
    pattern_store.save()  # nothing written, nothing raised
