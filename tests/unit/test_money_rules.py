"""Due dates, terms, allocation, ageing, chase levels, the B/L release and rebates (table tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money_chase import (
    DEFAULT_LEVELS,
    LevelError,
    age,
    bucket,
    chase_steps,
    level_of,
    parse_levels,
)
from csdesk.rules.money_release import ReleaseFacts, rebate_refusal, release_decision
from csdesk.rules.money_terms import (
    OpenItem,
    Terms,
    allocate,
    due_date,
    effective_terms,
    rebate_due,
)

CAL = WorkCalendar()
D = dt.date


@pytest.mark.parametrize(
    ("issued", "day", "expected"),
    [
        # Day 31 in February: the last day, 2026-02-28, a swapped working Saturday.
        (D(2026, 1, 15), 31, D(2026, 2, 28)),
        (D(2026, 1, 31), 31, D(2026, 2, 28)),
        (D(2025, 1, 10), 31, D(2025, 2, 28)),
        (D(2024, 1, 5), 30, D(2024, 2, 29)),  # leap year
        # National Day: 1 October 2026 is a holiday until the 7th.
        (D(2026, 9, 20), 1, D(2026, 10, 8)),
        (D(2026, 9, 1), 3, D(2026, 10, 8)),
        # 10 October 2026 is a Saturday worked in exchange: due that day, not moved.
        (D(2026, 9, 5), 10, D(2026, 10, 10)),
        (D(2026, 8, 1), 27, D(2026, 9, 28)),  # a Sunday moves to Monday
        (D(2026, 1, 20), 16, D(2026, 2, 24)),  # Spring Festival
        (D(2026, 12, 3), 15, D(2027, 1, 15)),  # December rolls into next year
        (D(2026, 4, 30), 31, D(2026, 6, 1)),  # Sunday 31 May -> Monday
    ],
)
def test_monthly_due_date(issued: dt.date, day: int, expected: dt.date) -> None:
    assert due_date(Terms("monthly", day), issued, CAL) == expected


def test_prepaid_is_due_on_issue() -> None:
    assert due_date(Terms("prepaid", None), D(2026, 10, 3), CAL) == D(2026, 10, 3)


@pytest.mark.parametrize(
    ("terms", "end", "kind", "first", "expected", "why"),
    [
        ("monthly", D(2027, 1, 1), "direct", True, "prepaid", "money.terms_why.first_shipment"),
        ("monthly", D(2027, 1, 1), "direct", False, "monthly", None),
        ("monthly", D(2026, 11, 29), "direct", False, "prepaid", "money.terms_why.agreement_ended"),
        ("monthly", D(2026, 11, 30), "direct", False, "monthly", None),  # ends today: in force
        ("monthly", None, "direct", False, "prepaid", "money.terms_why.agreement_ended"),
        ("prepaid", None, "direct", False, "prepaid", None),
        ("prepaid", None, "agent", False, "prepaid", "money.terms_why.no_arrangement"),
        ("monthly", D(2027, 6, 30), "agent", False, "monthly", None),
    ],
)
def test_effective_terms(
    terms: str, end: dt.date | None, kind: str, first: bool, expected: str, why: str | None
) -> None:
    result = effective_terms(terms, 25, end, kind, first, D(2026, 11, 30))
    assert (result.terms, result.why) == (expected, why)


@pytest.mark.parametrize(
    ("approved", "expected"),
    [
        (D(2026, 9, 29), D(2026, 10, 9)),  # across National Day
        (D(2026, 10, 9), D(2026, 10, 13)),  # the swapped Saturday counts
        (D(2026, 11, 27), D(2026, 12, 2)),  # a Friday: Mon, Tue, Wed
    ],
)
def test_rebate_due_three_working_days(approved: dt.date, expected: dt.date) -> None:
    assert rebate_due(approved, CAL) == expected


def test_allocate_oldest_first_partial_and_credit() -> None:
    items = [OpenItem(2, D(2026, 10, 1), 500), OpenItem(1, D(2026, 9, 1), 300)]
    assert allocate(600, items) == ([(1, 300), (2, 300)], 0)
    assert allocate(1000, items) == ([(1, 300), (2, 500)], 200)
    assert allocate(100, items, named=2) == ([(2, 100)], 0)
    assert allocate(0, items) == ([], 0)
    with pytest.raises(ValueError):
        allocate(-1, items)


@given(
    st.integers(min_value=0, max_value=10**9),
    st.lists(st.integers(min_value=0, max_value=10**7), max_size=20),
)
def test_allocation_loses_nothing(amount: int, opens: list[int]) -> None:
    items = [OpenItem(i, D(2026, 1, 1) + dt.timedelta(days=i % 7), v) for i, v in enumerate(opens)]
    applied, credit = allocate(amount, items)
    assert sum(part for _, part in applied) + credit == amount
    assert credit >= 0
    by_id = {item.invoice_id: item.open_minor for item in items}
    assert all(0 < part <= by_id[invoice_id] for invoice_id, part in applied)
    assert credit == 0 or sum(part for _, part in applied) == sum(opens)


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (D(2026, 11, 30), "not_due"),
        (D(2026, 12, 5), "not_due"),
        (D(2026, 11, 29), "d1_30"),
        (D(2026, 10, 31), "d1_30"),
        (D(2026, 10, 30), "d31_60"),
        (D(2026, 10, 1), "d31_60"),
        (D(2026, 9, 30), "d61_90"),
        (D(2026, 9, 1), "d61_90"),
        (D(2026, 8, 31), "over_90"),
    ],
)
def test_bucket(due: dt.date, expected: str) -> None:
    assert bucket(due, D(2026, 11, 30)) == expected


def test_age_keeps_currencies_apart() -> None:
    today = D(2026, 11, 30)
    items = [("USD", D(2026, 11, 1), 100), ("CNY", D(2026, 11, 1), 700), ("USD", today, 5)]
    result = age(items, today)
    assert result["USD"]["d1_30"] == 100 and result["USD"]["not_due"] == 5
    assert result["CNY"]["d1_30"] == 700 and sum(result["CNY"].values()) == 700


def _kinds(due: dt.date, today: dt.date, monthly: bool = True) -> list[str]:
    return [step.kind for step in chase_steps(due, monthly, today, CAL)]


@pytest.mark.parametrize(
    ("due", "today", "monthly", "expected"),
    [
        (D(2026, 12, 7), D(2026, 11, 30), True, ["money_statement"]),  # 7 days before
        (D(2026, 12, 8), D(2026, 11, 30), True, []),
        (D(2026, 12, 7), D(2026, 11, 30), False, []),  # no statement on prepaid
        (D(2026, 11, 30), D(2026, 11, 30), True, ["money_confirm"]),
        (D(2026, 11, 27), D(2026, 11, 30), True, ["money_chase"]),
        (D(2026, 11, 27), D(2026, 11, 29), True, []),  # a Sunday: no daily chase
        (D(2026, 11, 15), D(2026, 11, 30), True, ["money_visit", "money_chase"]),
        (D(2026, 10, 31), D(2026, 11, 30), True, ["money_hold", "money_chase"]),
        # National Day: no chase on the holiday, again on the swapped Saturday.
        (D(2026, 9, 30), D(2026, 10, 3), True, []),
        (D(2026, 9, 30), D(2026, 10, 10), True, ["money_chase"]),
    ],
)
def test_chase_steps(due: dt.date, today: dt.date, monthly: bool, expected: list[str]) -> None:
    assert _kinds(due, today, monthly) == expected


def test_daily_chase_key_is_the_day_and_levels_are_configurable() -> None:
    steps = chase_steps(D(2026, 11, 27), True, D(2026, 11, 30), CAL)
    assert [step.key for step in steps] == ["2026-11-30"]
    levels = parse_levels({"visit": "10", "hold": 20})
    assert _kinds_with(D(2026, 11, 20), levels) == ["money_visit", "money_chase"]
    assert level_of(D(2026, 11, 1), D(2026, 11, 30), levels) == "hold"
    assert level_of(D(2026, 12, 20), D(2026, 11, 30)) == "not_due"


def _kinds_with(due: dt.date, levels: dict[str, int]) -> list[str]:
    return [step.kind for step in chase_steps(due, True, D(2026, 11, 30), CAL, levels)]


@pytest.mark.parametrize(
    "bad",
    [{"visit": "40"}, {"statement": "3"}, {"chase": "0"}, {"hold": "x"}, {"nope": "1"}],
)
def test_levels_refuse_nonsense(bad: dict[str, str]) -> None:
    with pytest.raises(LevelError):
        parse_levels(bad)
    assert parse_levels({}) == dict(DEFAULT_LEVELS)


def _facts(**changes: object) -> ReleaseFacts:
    values: dict[str, object] = {
        "invoiced": True,
        "open_by_currency": {"USD": 1000},
        "deposit_by_currency": {},
        "monthly": False,
        "oldest_overdue_days": 0,
        "hold_level_days": 30,
        "held": False,
        "supervised_customer": False,
    }
    return ReleaseFacts(**(values | changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "supervisor", "reason", "basis", "refusal"),
    [
        ({"open_by_currency": {"USD": 0}}, False, None, "paid", None),
        ({}, False, None, None, "money.release.unpaid"),
        ({}, True, None, None, "money.release.reason_needed"),
        ({}, True, "老客户, 经理同意", "supervisor", None),
        ({"monthly": True, "oldest_overdue_days": 12}, False, None, "within_terms", None),
        ({"monthly": True, "oldest_overdue_days": 30}, False, None, None, "money.release.unpaid"),
        ({"deposit_by_currency": {"USD": 1000}}, False, None, "deposit", None),
        # A CNY deposit never covers a USD invoice.
        ({"deposit_by_currency": {"CNY": 999999}}, False, None, None, "money.release.unpaid"),
        ({"held": True, "monthly": True}, False, None, None, "money.release.held"),
        ({"held": True, "open_by_currency": {}}, False, None, "paid", None),
        (
            {"held": True, "supervised_customer": True, "open_by_currency": {}},
            False,
            None,
            None,
            "money.release.supervisor_hold",
        ),
        ({"invoiced": False}, False, None, None, "money.release.not_invoiced"),
    ],
)
def test_release_decision(
    changes: dict[str, object],
    supervisor: bool,
    reason: str | None,
    basis: str | None,
    refusal: str | None,
) -> None:
    decision = release_decision(_facts(**changes), supervisor, reason)
    assert (decision.basis, decision.refusal) == (basis, refusal)


def test_rebate_refusal() -> None:
    assert rebate_refusal(1, 0) == "money.rebate.shipment_unpaid"
    assert rebate_refusal(0, 5) == "money.rebate.customer_overdue"
    assert rebate_refusal(0, 0) is None


@pytest.mark.parametrize("cell", ["0001-01-01", "1899-12-31", "9999-12-31", "2101-01-01"])
def test_a_payment_date_outside_the_desks_years_is_no_date(cell: str) -> None:
    from csdesk.rules.money_import import parse_date

    assert parse_date(cell) is None
    assert parse_date("2026-11-30") == dt.date(2026, 11, 30)
