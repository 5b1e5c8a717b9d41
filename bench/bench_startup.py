"""Start-up against the smallest thing of its kind, in fresh processes, cases taken in turn.

- TUI: the desk on the 100,000-customer demo store until the Calls screen has drawn its list and
  the first card (settled), its first frame, and its resident memory when settled, against a
  minimal Textual app (one Static) started and measured the same way (bench/tui_probe.py). The
  desk runs as the `csdesk` command (cli.main) and from byte-code, as installed. Wall-time ratios
  are the goal; the notes give the CPU-time ratios, which vary less on busy shared cores.
- CLI: every listing and logging command on the same store, from process start to exit, against
  `python -c pass`; wall-time ratios, with the CPU-time ratios in the notes.
"""

from __future__ import annotations

import compileall
import functools
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import Result, alternate
from bench.fixtures import TODAY, demo_store, scratch_copy

CUSTOMERS = 100_000
TUI_ROUNDS = 7
CLI_ROUNDS = 7
PROBE = Path(__file__).resolve().parent / "tui_probe.py"
AGENT = "li"
# Every listing and logging command (issue 11: each within 12x of `python -c pass`). Commands
# named "(writes)" run on a scratch copy of the store.
CLI_COMMANDS: dict[str, tuple[str, ...]] = {
    "calls --json": ("calls", "--json"),
    "calls": ("calls",),
    "log-call (writes)": ("log-call", "1", "--outcome", "no_answer"),
    "customers --search 海天": ("customers", "--search", "海天", "--json"),
    "customers (first page)": ("customers",),
    "agents": ("agents",),
    "tiers review": ("tiers", "review"),
    "inquiries": ("inquiries",),
    "inquiry add (writes)": ("inquiry", "add", "宁波到汉堡 2x40HQ 家具 下周走", "--customer", "1"),
    "quotes": ("quotes",),
    "rates --pol CNNGB": ("rates", "--pol", "CNNGB"),
    "board": ("board",),
    "ar": ("ar",),
    "invoices 210": ("invoices", "210"),
    "chase-levels": ("chase-levels",),
    "bl proposals": ("bl", "proposals"),
    "audit": ("audit",),
    "kpi": ("kpi",),
    "ports --search 宁波": ("ports", "--search", "宁波"),
    "containers": ("containers",),
}


def _probe(*args: str) -> dict[str, float]:
    start = time.time()
    done = subprocess.run(
        [sys.executable, str(PROBE), *args], check=True, capture_output=True, text=True
    )
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "first_frame": marks["first_frame"] - start,
        "settled": marks["settled"] - start,
        "cpu": marks["cpu"],
        "first_frame_cpu": marks["first_frame_cpu"],
        "rss": marks["rss_kb"] / 1024,
    }


def _compile_csdesk() -> None:
    """Byte-code for csdesk as an installed package has it: an editable install under
    PYTHONDONTWRITEBYTECODE=1 would compile every module from source in every probe."""
    import csdesk

    compileall.compile_dir(Path(csdesk.__file__).parent, quiet=1)


def _tui_results(db: Path) -> list[Result]:
    _compile_csdesk()
    runs: dict[str, list[dict[str, float]]] = {"minimal": [], "csdesk": []}
    probes: dict[str, Callable[[], float]] = {
        "minimal": lambda: _record(runs["minimal"], _probe("minimal")),
        "csdesk": lambda: _record(
            runs["csdesk"], _probe("csdesk", str(db), TODAY.isoformat(), AGENT)
        ),
    }
    alternate(probes, TUI_ROUNDS)
    results = []
    for key, name in (("settled", "settled Calls screen"), ("first_frame", "first frame")):
        minimal, desk = (_median([run[key] for run in runs[case]]) for case in runs)
        results.append(Result(f"TUI {name} @100k", desk, "minimal Textual app", minimal))
    # CPU time is steadier than wall time on shared cores: the same work, whatever the others do.
    for result, key in zip(results, ("cpu", "first_frame_cpu"), strict=True):
        minimal_cpu, desk_cpu = (_median([run[key] for run in runs[case]]) for case in runs)
        result.note = (
            f"CPU time x{desk_cpu / minimal_cpu:.2f} "
            f"({desk_cpu * 1000:.0f} ms vs {minimal_cpu * 1000:.0f} ms)"
        )
    minimal_mb, desk_mb = (_median([run["rss"] for run in runs[case]]) for case in runs)
    results.append(
        Result(
            "TUI RSS settled @100k (MB, not ms)",
            desk_mb / 1000,
            "minimal Textual app",
            minimal_mb / 1000,
            f"{desk_mb:.0f} MB vs {minimal_mb:.0f} MB",
        )
    )
    return results


def _record(runs: list[dict[str, float]], marks: dict[str, float]) -> float:
    runs.append(marks)
    return marks["settled"]


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _timed_run(command: list[str], cpu: list[float]) -> float:
    """Wall seconds of one run of `command`; its CPU seconds (user + system) go to `cpu`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return seconds


def _cli_results(db: Path, scratch: Path) -> list[Result]:
    python = [sys.executable, "-c", "pass"]
    cpu: dict[str, list[float]] = {"python -c pass": []}
    cases: dict[str, Callable[[], float]] = {
        "python -c pass": functools.partial(_timed_run, python, cpu["python -c pass"])
    }
    for name, args in CLI_COMMANDS.items():
        store = scratch if "writes" in name else db
        command = [sys.executable, "-m", "csdesk", "--db", str(store), "--agent", AGENT,
                   "--today", TODAY.isoformat(), *args]  # fmt: skip
        cpu[name] = []
        cases[name] = functools.partial(_timed_run, command, cpu[name])
    medians = alternate(cases, CLI_ROUNDS)
    baseline = medians.pop("python -c pass")
    baseline_cpu = _median(cpu["python -c pass"])
    # CPU time, steadier than wall time on shared cores, as the TUI's notes give it.
    return [Result(f"CLI {name} @100k", seconds, "python -c pass", baseline,
                   f"CPU time x{_median(cpu[name]) / baseline_cpu:.2f}")
            for name, seconds in medians.items()]  # fmt: skip


def run(workdir: Path) -> list[Result]:
    db = demo_store(CUSTOMERS)
    scratch = scratch_copy(db, workdir)
    # The desk's caches (compiled patterns, port index, reference tables: user_cache.py) kept
    # for this run alone: other csdesk versions on the machine write theirs to the user's
    # cache, and a command that finds its own gone builds it again. The first round fills it.
    previous = os.environ.get("CSDESK_CACHE_DIR")
    os.environ["CSDESK_CACHE_DIR"] = str(workdir / "user-cache")
    try:
        return [*_tui_results(db), *_cli_results(db, scratch)]
    finally:
        if previous is None:
            os.environ.pop("CSDESK_CACHE_DIR", None)
        else:
            os.environ["CSDESK_CACHE_DIR"] = previous
