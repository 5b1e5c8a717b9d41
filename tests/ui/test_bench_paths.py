"""The benches drive the app with the key table's keys: a bench that presses a key whose meaning
changed measures nothing (the intake bench pressed F2 for "new" after F2 came to mean save)."""

from __future__ import annotations

from pathlib import Path

from bench.bench_intake import _in_app_seconds, _queue_store


async def test_the_intake_bench_reaches_the_form_and_times_keystrokes(tmp_path: Path) -> None:
    store = _queue_store(tmp_path / "intake-small.db", 50)
    seconds = await _in_app_seconds(store)
    assert seconds > 0
