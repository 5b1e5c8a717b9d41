"""A short simulated team day (bench/team.py) on the test's store: agents at once, clients killed
mid-transaction; nothing acknowledged is lost, nobody calls a customer another agent holds."""

from __future__ import annotations

from pathlib import Path

from bench.team import Journal, _double_calls, run_day


def test_a_short_day_loses_nothing_and_never_double_calls(db_path: Path) -> None:
    report = run_day(db_path, "test", agents=4, actions=15, seed=3, kill_rate=0.2)
    assert report.unhandled_errors == []
    assert (report.lost_writes, report.phantom_writes, report.double_calls) == (0, 0, 0)
    assert report.kills > 0, "the day must have killed some clients mid-transaction"
    # How many of the 60 actions are refused (another agent holds the customer) depends on how
    # the threads interleave, more on a loaded machine: 20 writes were seen under two suites at
    # once. Half of the day refused would still be a day's work.
    assert report.writes >= 10
    assert report.conflicts == report.conflicts_shown


def test_the_double_call_check_sees_an_overlap() -> None:
    journal = Journal()
    journal.claims[1] = [(0.0, 10.0, "li"), (5.0, 6.0, "zhao")]  # zhao inside li's call
    journal.claims[2] = [(0.0, 300.0, "li"), (1.0, 2.0, "li"), (400.0, 401.0, "zhao")]
    journal.claims[3] = [(0.0, 1.0, "li"), (1.0, 2.0, "zhao"), (1.5, 3.0, "wang")]
    assert _double_calls(journal) == 2
