"""`make bench`: a compressed team day (bench/team.py) on SQLite (8 agents) and PostgreSQL (50).

The ratio compares the two stores' wall time for their days in this run; the day's checks (lost
writes, double calls, unhandled errors) are printed in the note and fail loudly when not zero.
"""

from __future__ import annotations

from pathlib import Path

from bench.common import Result
from bench.team import DayReport, run_day


def _note(report: DayReport) -> str:
    bad = report.lost_writes + report.phantom_writes + report.double_calls
    if bad or report.unhandled_errors:
        raise AssertionError("\n".join(report.lines()))
    return (
        f"{report.writes} writes, {report.per_agent_per_minute:.0f}/agent-min,"
        f" {report.conflicts} conflicts, {report.kills} killed, 0 lost, 0 double"
    )


def run(workdir: Path) -> list[Result]:
    sqlite = run_day(workdir / "team-day.db", "SQLite", agents=8, actions=40)
    results = [Result("team day SQLite 8 agents", sqlite.seconds, "itself", sqlite.seconds,
                      _note(sqlite))]  # fmt: skip
    from tests.pg.cluster import ClusterUnavailable, start_cluster

    try:
        cluster = start_cluster()
    except ClusterUnavailable as missing:
        print(f"  PostgreSQL skipped: {missing}")
        return results
    try:
        pg = run_day(cluster.url(), "PostgreSQL", agents=50, actions=40)
    finally:
        cluster.stop()
    results.append(Result("team day PostgreSQL 50 agents", pg.seconds,
                          "team day SQLite 8 agents", sqlite.seconds, _note(pg)))  # fmt: skip
    return results
