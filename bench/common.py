"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    seconds: float
    baseline_name: str
    baseline_seconds: float
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline_seconds if self.baseline_seconds else float("inf")


def timed(function: Callable[[], object], repeat: int = 1) -> float:
    """Median wall time of `repeat` calls, in seconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def print_results(results: list[Result]) -> None:
    for result in results:
        print(
            f"  {result.name:<48} {result.seconds * 1000:10.1f} ms  "
            f"x{result.ratio:7.2f} of {result.baseline_name} "
            f"({result.baseline_seconds * 1000:.1f} ms) {result.note}"
        )


def alternate(cases: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """Medians of each case's seconds, the cases run in turn (A, B, A, B ...), so a busy machine
    slows all of them alike. Each case returns the seconds it measured."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, case in cases.items():
            samples[name].append(case())
    return {name: statistics.median(values) for name, values in samples.items()}


def parser_in_use() -> str:
    """One line saying which parser the benchmarks measure. The compiled one is measured unless
    CSDESK_PURE_PARSER is set: when it is not built, or does not match its sources, this exits
    with one line rather than measure the pure parser under the compiled one's name."""
    import csdesk.rules.message_parser  # noqa: F401  (loads the parser as the desk does)
    from csdesk import compiled

    if compiled.active():
        modules = len((compiled.read_manifest() or ("", {}))[1])
        return f"parser: compiled (mypyc, {modules} modules, csdesk/_compiled)"
    if os.environ.get(compiled.PURE_ENV):
        return f"parser: pure Python ({compiled.PURE_ENV} is set)"
    why = "is not built" if compiled.read_manifest() is None else "does not match its sources"
    raise SystemExit(
        f"bench: the compiled parser {why}; run `make compiled`, "
        f"or set {compiled.PURE_ENV}=1 to measure the pure one"
    )
