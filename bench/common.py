"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

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
