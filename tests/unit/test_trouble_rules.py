"""Trouble kinds: required data, advice, hold release, status moves, cut-offs, free days, documents."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.trouble import (
    KINDS,
    ChaseFacts,
    advice,
    board_order_key,
    chase_missing,
    detail_problems,
    document_due,
    document_overdue,
    free_days_flag,
    near_cutoffs,
    release_needs_supervisor,
    status_problems,
)

TZ = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ)


def test_every_kind_of_the_issue_is_known() -> None:
    assert set(KINDS) == {
        "rolled",
        "late_gate_in",
        "inspection",
        "shut_out",
        "bl_held",
        "shipper_changed",
        "cargo_problem",
        "complaint",
        "dg_fees_unconfirmed",
        "cutoff_near",
    }


@pytest.mark.parametrize(
    ("kind", "details", "note", "fields"),
    [
        ("rolled", {}, None, {"reason", "new_vessel"}),
        ("rolled", {"reason": "船公司接了大货", "new_vessel": "OOCL TOKYO"}, None, set()),
        ("late_gate_in", {}, None, set()),
        ("late_gate_in", {"chase": True}, None, {"chase_fee"}),
        ("late_gate_in", {"chase": "yes", "chase_fee": "CNY 500"}, None, set()),
        ("inspection", {"way": "swim"}, None, {"way"}),
        ("shut_out", {"way": "cancel_redeclare"}, None, set()),
        ("bl_held", {}, None, {"holder", "reason"}),
        ("bl_held", {"holder": "us", "reason": "fees_unpaid"}, None, {"reason"}),
        ("bl_held", {"holder": "booking_agent", "reason": "fees_unpaid"}, None, set()),
        ("bl_held", {"holder": "us", "reason": "account_overdue"}, None, set()),
        ("shipper_changed", {}, None, {"new_shipper"}),
        ("cargo_problem", {}, " ", {"note"}),
        ("complaint", {}, "客户说提单晚了三天", set()),
        ("dg_fees_unconfirmed", {}, None, set()),
        ("cutoff_near", {"cutoff": "gate"}, None, set()),
        ("weather", {}, None, {"kind"}),
    ],
)
def test_detail_problems(
    kind: str, details: dict[str, object], note: str | None, fields: set[str]
) -> None:
    assert set(detail_problems(kind, details, note)) == fields


@pytest.mark.parametrize(
    ("facts", "missing"),
    [
        (ChaseFacts(0, 0, None, None, None), ["container_numbers", "customs_no", "vessel_voyage"]),
        (
            ChaseFacts(2, 1, "223320260001234567", "EVER GIVEN", None),
            ["container_numbers", "vessel_voyage"],
        ),
        (ChaseFacts(1, 1, "223320260001234567", "EVER GIVEN", "1234W"), []),
    ],
)
def test_chasing_needs_numbers_declaration_and_vessel(
    facts: ChaseFacts, missing: list[str]
) -> None:
    assert chase_missing(facts) == missing


def test_advice_for_late_gate_in_names_what_the_chaser_lacks() -> None:
    facts = ChaseFacts(1, 0, None, "EVER GIVEN", "1234W")
    keys = advice("late_gate_in", {"chase": True, "chase_fee": "500"}, facts)
    assert keys[0][0] == "trouble.advice.late_gate_in"
    assert keys[1] == (
        "trouble.advice.chase_needs",
        {"fields": ["container_numbers", "customs_no"]},
    )


@pytest.mark.parametrize(
    ("kind", "details", "first_key", "count"),
    [
        ("rolled", {"new_vessel": "X"}, "trouble.advice.rolled", 1),
        ("inspection", {}, "trouble.advice.inspection", 3),
        ("shut_out", {}, "trouble.advice.shut_out", 3),
        (
            "bl_held",
            {"holder": "us", "reason": "agreement_expired"},
            "trouble.advice.bl_held.us.agreement_expired",
            1,
        ),
        ("cutoff_near", {"cutoff": "si"}, "trouble.advice.cutoff_near.si", 1),
        ("dg_fees_unconfirmed", {}, "trouble.advice.dg_fees_unconfirmed", 1),
    ],
)
def test_advice_keys(kind: str, details: dict[str, object], first_key: str, count: int) -> None:
    keys = advice(kind, details)
    assert keys[0][0] == first_key
    assert len(keys) == count


@pytest.mark.parametrize(
    ("holder", "reason", "vip", "ownership", "needs"),
    [
        ("us", "account_overdue", False, "private", False),
        ("us", "account_overdue", True, "private", True),
        ("us", "agreement_expired", False, "soe", True),
        ("us", "account_overdue", False, "central_soe", True),
        ("booking_agent", "fees_unpaid", True, "soe", False),
        ("booking_agent", "agreement_expired", False, None, False),
        ("booking_agent", "other", False, None, True),
    ],
)
def test_hold_release_rules(
    holder: str, reason: str, vip: bool, ownership: str | None, needs: bool
) -> None:
    assert release_needs_supervisor({"holder": holder, "reason": reason}, vip, ownership) is needs


@pytest.mark.parametrize(
    ("kind", "current", "target", "supervisor", "outcome", "details", "locked", "keys"),
    [
        ("rolled", "open", "closed", False, None, {}, False, []),
        ("rolled", "closed", "open", True, None, {}, False, ["trouble.bad_transition"]),
        ("complaint", "open", "escalated", False, None, {}, False, []),
        ("complaint", "escalated", "handled", True, None, {}, False, ["trouble.bad_transition"]),
        (
            "complaint",
            "escalated",
            "closed",
            False,
            "赔偿运费",
            {},
            False,
            ["trouble.supervisor_decides"],
        ),
        ("complaint", "escalated", "closed", True, "赔偿运费", {}, False, []),
        ("cargo_problem", "handled", "closed", False, "", {}, False, ["trouble.outcome_needed"]),
        ("inspection", "open", "closed", False, None, {}, False, ["trouble.way_needed"]),
        ("inspection", "open", "closed", False, None, {"way": "paid_late_loading"}, False, []),
        ("bl_held", "open", "closed", False, None, {}, True, ["trouble.release_needs_supervisor"]),
        ("bl_held", "open", "closed", True, None, {}, True, []),
        ("bl_held", "open", "finished", True, None, {}, False, ["error.choice"]),
    ],
)
def test_status_problems(
    kind: str,
    current: str,
    target: str,
    supervisor: bool,
    outcome: str | None,
    details: dict[str, object],
    locked: bool,
    keys: list[str],
) -> None:
    problems = status_problems(
        kind,
        current,
        target,
        by_supervisor=supervisor,
        outcome=outcome,
        details=details,
        release_locked=locked,
    )
    assert [key for key, _ in problems] == keys


@pytest.mark.parametrize(
    ("now", "gate", "si", "stage", "near"),
    [
        # Monday 23:30; gate-in cut-off Tuesday 23:00: inside 24 hours across midnight.
        ("2026-11-30 23:30", "2026-12-01 23:00", None, "stuffing", {"gate"}),
        ("2026-11-30 23:30", "2026-12-02 00:00", None, "stuffing", set()),
        # 00:10 the day after: a cut-off 23:50 the same evening is near.
        ("2026-12-01 00:10", "2026-12-01 23:50", None, "booked", {"gate"}),
        # Both cut-offs near before gate-in; none once gated in.
        ("2026-11-30 10:00", "2026-11-30 18:00", "2026-12-01 09:00", "stuffing", {"gate", "si"}),
        ("2026-11-30 10:00", "2026-11-30 18:00", "2026-12-01 09:00", "gated_in", set()),
        # A cut-off already passed is the most urgent of all.
        ("2026-11-30 10:00", "2026-11-29 18:00", None, "stuffing", {"gate"}),
        # Friday 17:00: Monday 09:00 is 64 hours away but nobody is at the desk in between.
        ("2026-12-04 17:00", "2026-12-07 09:00", None, "stuffing", {"gate"}),
        ("2026-12-04 17:00", "2026-12-07 18:00", None, "stuffing", set()),
        # The eve of National Day: the week off stretches the window to 8 October.
        ("2026-09-30 15:00", "2026-10-08 10:00", None, "pre_allocated", {"gate"}),
        ("2026-09-30 15:00", "2026-10-09 10:00", None, "pre_allocated", set()),
        # Saturday 10 October 2026 is a swapped working day: no stretching on Friday the 9th.
        ("2026-10-09 12:00", "2026-10-10 13:00", None, "booked", set()),
    ],
)
def test_cutoff_near_around_midnight_and_holidays(
    now: str, gate: str, si: str | None, stage: str, near: set[str]
) -> None:
    found = near_cutoffs(stage, at(si) if si else None, at(gate), at(now), CAL, TZ)
    assert set(found) == near


def test_cutoff_window_uses_desk_time_whatever_the_zone_of_now() -> None:
    now_utc = at("2026-12-04 17:00").astimezone(dt.UTC)
    assert set(near_cutoffs("booked", None, at("2026-12-07 09:00"), now_utc, CAL, TZ)) == {"gate"}


@pytest.mark.parametrize(
    ("origin", "destination", "flagged"),
    [(21, 14, True), (14, 14, False), (14, 21, False), (None, 14, False), (21, None, False)],
)
def test_free_days_destination_shorter_than_origin(
    origin: int | None, destination: int | None, flagged: bool
) -> None:
    flag = free_days_flag(origin, destination)
    assert (flag is not None) is flagged
    if flag:
        assert flag[1]["gap"] == 7


@pytest.mark.parametrize(
    ("sent", "due"),
    [
        ("2026-11-30", "2026-12-03"),  # Monday -> Thursday
        ("2026-12-03", "2026-12-08"),  # Thursday -> over the weekend to Tuesday
        ("2026-09-29", "2026-10-09"),  # Tuesday before National Day -> 30 Sep, 8 Oct, 9 Oct
    ],
)
def test_documents_wait_three_working_days(sent: str, due: str) -> None:
    assert document_due(dt.date.fromisoformat(sent), CAL) == dt.date.fromisoformat(due)


def test_document_overdue_only_when_unreceived_after_the_due_day() -> None:
    sent = dt.date(2026, 11, 30)
    assert not document_overdue(sent, None, dt.date(2026, 12, 3), CAL)
    assert document_overdue(sent, None, dt.date(2026, 12, 4), CAL)
    assert not document_overdue(sent, dt.date(2026, 12, 2), dt.date(2026, 12, 9), CAL)


def test_board_order_trouble_first_then_nearest_time() -> None:
    soon, later = at("2026-12-01 09:00"), at("2026-12-20 09:00")
    cards = [
        ((), soon, 1),
        (("complaint",), later, 2),
        ((), later, 3),
        (("rolled", "bl_held"), soon, 4),
        ((), soon, 0),
    ]
    ordered = sorted(cards, key=lambda card: board_order_key(*card))
    assert [card[2] for card in ordered] == [4, 2, 0, 1, 3]
