"""KPIs over a real store agree with sums the test makes itself from what it booked."""

from __future__ import annotations

import datetime as dt

import pytest

from csdesk.desk.context import DESK_TZ, Desk
from csdesk.desk.errors import DeskError
from csdesk.desk.kpi import (
    KpiClock,
    KpiReport,
    Scope,
    TargetProgress,
    desk_kpis,
    move_to_group,
    set_fx_rate,
    set_target,
    target_progress,
    tier_drift_counts,
)
from csdesk.desk.shipments.booking import fill_and_move
from csdesk.desk.shipments.common import containers_of
from csdesk.models import Inquiry, Interaction
from csdesk.rules.kpi import series
from csdesk.rules.kpi_period import Period, bucket_starts, parse_period
from tests.desk.kpi_fixtures import CLOCK_AT, NOV, Booked, build_store, numbers
from tests.desk.shipment_fixtures import agent, book, customer

TEU = {"20GP": 1, "40HQ": 2, "45HQ": 2}


@pytest.fixture
def store(desk: Desk) -> Booked:
    return build_store(desk)


def report(
    desk: Desk, scope: Scope, period: Period = NOV, actor: str | None = "lead"
) -> tuple[KpiReport, TargetProgress | None]:
    clock = KpiClock(CLOCK_AT, desk.calendar, DESK_TZ)
    with desk.session() as session:
        found = desk_kpis(session, agent(desk, actor) if actor else None, scope, period, clock)
        return found, target_progress(session, found, clock)


def test_an_agents_month_agrees_with_the_lines_booked(desk: Desk, store: Booked) -> None:
    li = agent(desk, "li")
    found, progress = report(desk, Scope("agent", agent_id=li.id))
    counted = {"KPI-LAST"}
    assert {row.booking_no for row in found.shipments} == counted
    assert found.money.revenue == store.expected(counted, "receivable")
    usd = store.expected(counted, "receivable")["USD"]
    cny = store.expected(counted, "receivable")["CNY"]
    assert found.money.revenue_cny.amount_minor == round(usd * 7.12) + cny
    payable = store.expected(counted, "payable")["USD"]
    assert found.money.profit_cny.amount_minor == round((usd - payable) * 7.12) + cny
    assert found.volume.teu == 2 + 2 + TEU["45HQ"]
    assert found.volume.containers == {"40HQ": 2, "45HQ": 1}
    assert progress is not None and progress.teu is not None
    assert progress.teu.target == 10 and progress.teu.actual == found.volume.teu
    assert progress.revenue is not None and progress.revenue.elapsed_share == 1.0


def test_the_desk_names_the_month_without_a_euro_rate(desk: Desk, store: Booked) -> None:
    found, _ = report(desk, Scope("desk"))
    counted = {"KPI-LAST", "KPI-PEER", "KPI-DIRECT"}
    assert {row.booking_no for row in found.shipments} == counted
    assert found.money.revenue == store.expected(counted, "receivable")
    assert found.money.revenue_cny.amount_minor is None
    assert found.money.revenue_cny.missing == ((dt.date(2026, 11, 1), "EUR"),)
    assert found.volume.shipments == 3 and found.volume.teu == 6 + 2 + 2
    assert found.ranking is not None
    assert {row.agent_id for row in found.ranking} == {agent(desk, "li").id, agent(desk, "zhao").id}


def test_an_agent_who_moved_group_mid_month_counts_for_both(desk: Desk, store: Booked) -> None:
    peer, _ = report(desk, Scope("group", group="peer"))
    direct, _ = report(desk, Scope("group", group="direct"))
    assert {row.booking_no for row in peer.shipments} == {"KPI-PEER"}
    assert {row.booking_no for row in direct.shipments} == {"KPI-LAST", "KPI-DIRECT"}


def test_december_has_the_first_of_the_month_sailing(desk: Desk, store: Booked) -> None:
    found, progress = report(desk, Scope("desk"), parse_period("2026-12"))
    assert [row.booking_no for row in found.shipments] == ["KPI-DEC1"]
    assert found.money.revenue_cny.missing == ((dt.date(2026, 12, 1), "USD"),)
    assert progress is not None and progress.teu is None  # no December targets


def test_an_agent_sees_own_numbers_and_the_desk_only(desk: Desk, store: Booked) -> None:
    zhao = agent(desk, "zhao")
    with pytest.raises(DeskError) as refused:
        report(desk, Scope("agent", agent_id=zhao.id), actor="li")
    assert refused.value.key == "kpi.error.own_only"
    with pytest.raises(DeskError):
        report(desk, Scope("group", group="peer"), actor="li")
    found, _ = report(desk, Scope("desk"), actor="li")
    assert found.ranking is None


def test_someone_unnamed_is_not_taken_for_a_supervisor(desk: Desk, store: Booked) -> None:
    found, _ = report(desk, Scope("desk"), actor=None)
    assert found.ranking is None and found.volume.teu == 10
    li = agent(desk, "li")
    for scope in (Scope("agent", agent_id=li.id), Scope("group", group="direct")):
        with pytest.raises(DeskError) as refused:
            report(desk, scope, actor=None)
        assert refused.value.key == "kpi.error.who"
    supervised, _ = report(desk, Scope("desk"), actor="lead")
    assert supervised.ranking is not None and len(supervised.ranking) == 2


def test_supervisor_only_settings_are_refused_for_agents(desk: Desk, store: Booked) -> None:
    li = agent(desk, "li")
    with desk.session() as session:
        for attempt in (
            lambda: set_fx_rate(session, li, NOV.start, "USD", "7.2"),
            lambda: set_target(session, li, "li", NOV.start, teu=99),
            lambda: move_to_group(session, li, "li", "peer", NOV.start),
        ):
            with pytest.raises(DeskError) as refused:
                attempt()
            assert refused.value.key == "kpi.error.supervisor_only"


def test_service_rates_from_inquiries_and_calls(desk: Desk, store: Booked) -> None:
    li = agent(desk, "li")
    acme = customer(desk, "舟山渔具", tier="A")
    received = dt.datetime(2026, 11, 30, 9, 0, tzinfo=DESK_TZ)
    with desk.session() as session:
        for minutes in (3, 4, 12):
            session.add(
                Inquiry(
                    customer_id=acme,
                    agent_id=li.id,
                    received_at=received,
                    sla_due_at=received + dt.timedelta(minutes=5),
                    first_response_at=received + dt.timedelta(minutes=minutes),
                )
            )
        session.add(Interaction(customer_id=acme, agent_id=li.id, at=received, outcome="reached"))
        session.add(Interaction(customer_id=acme, agent_id=li.id, at=received, outcome="no_answer"))
    found, _ = report(desk, Scope("agent", agent_id=li.id))
    assert (found.full_service.reply.hit, found.full_service.reply.counted) == (2, 3)
    assert found.full_service.conversion.inquiries == 3
    workdays = sum(1 for day in NOV.days() if desk.calendar.is_workday(day))
    # li owns two A customers, each due every working day; one reached once.
    assert (found.full_service.cadence.hit, found.full_service.cadence.counted) == (1, 2 * workdays)


def test_tier_drift_counts_the_tier_review_rows(desk: Desk, store: Booked) -> None:
    li = agent(desk, "li")
    customer(desk, "从未出货的A客户", tier="A")
    with desk.session() as session:
        drift = tier_drift_counts(session, dt.date(2026, 11, 30), DESK_TZ)
    # acme shipped in November only: the data says B, not A; the new A customer says D.
    assert drift[li.id] == 2


def test_a_shipment_without_etd_sails_on_the_day_of_its_move(desk: Desk, store: Booked) -> None:
    li = agent(desk, "li")
    acme = customer(desk, "无ETD客户", tier="B")
    boxes = numbers(900001)
    moves = {
        "NOETD-LATE": dt.datetime(2026, 11, 30, 23, 30, tzinfo=DESK_TZ),  # 15:30 UTC
        "NOETD-DEC": dt.datetime(2026, 12, 1, 0, 30, tzinfo=DESK_TZ),  # still 30 Nov in UTC
    }
    with desk.session() as session:
        for booking_no, at in moves.items():
            made = book(session, acme, booking_no, ["20GP"], agent_id=li.id, etd=None)
            assert made.id is not None
            ids = {box.id: next(boxes) for box in containers_of(session, made.id) if box.id}
            fill_and_move(session, made.id, "sailed", numbers=ids, now=at)
    november, _ = report(desk, Scope("agent", agent_id=li.id))
    december, _ = report(desk, Scope("agent", agent_id=li.id), parse_period("2026-12"))
    assert "NOETD-LATE" in {row.booking_no for row in november.shipments}
    assert "NOETD-DEC" not in {row.booking_no for row in november.shipments}
    assert "NOETD-DEC" in {row.booking_no for row in december.shipments}


@pytest.mark.parametrize(
    "scope",
    [Scope("desk"), Scope("group", group="peer"), Scope("group", group="direct"), "li"],
)
def test_summed_rows_give_the_same_tiles_as_shipments_one_by_one(
    desk: Desk, store: Booked, scope: Scope | str
) -> None:
    chosen = Scope("agent", agent_id=agent(desk, "li").id) if scope == "li" else scope
    assert isinstance(chosen, Scope)
    clock = KpiClock(CLOCK_AT, desk.calendar, DESK_TZ)
    lead = agent(desk, "lead")
    with desk.session() as session:
        full = desk_kpis(session, lead, chosen, NOV, clock, with_service=False)
        summed = desk_kpis(session, lead, chosen, NOV, clock, with_service=False, summed=True)
    assert summed.money == full.money
    assert summed.volume == full.volume
    assert summed.ranking == full.ranking


@pytest.mark.parametrize("scope", [Scope("desk"), Scope("group", group="direct"), "li"])
def test_charts_summed_per_week_match_shipments_one_by_one(
    desk: Desk, store: Booked, scope: Scope | str
) -> None:
    """The KPI screen's charts read shipments summed per agent and week: each week's and each
    month's TEU and CNY revenue are those of the shipments read one by one."""
    chosen = Scope("agent", agent_id=agent(desk, "li").id) if scope == "li" else scope
    assert isinstance(chosen, Scope)
    clock = KpiClock(CLOCK_AT, desk.calendar, DESK_TZ)
    lead = agent(desk, "lead")
    span = Period(dt.date(2026, 10, 1), dt.date(2026, 12, 6))
    weeks = bucket_starts(span, "week")
    with desk.session() as session:
        full = desk_kpis(session, lead, chosen, span, clock, with_service=False)
        summed = desk_kpis(
            session, lead, chosen, span, clock, with_service=False, summed=True, cuts=weeks
        )
    for size in ("week", "month"):
        buckets = bucket_starts(span, size)
        expected = series(full.shipments, buckets, size, TEU, full.rates)
        assert series(summed.shipments, buckets, size, TEU, summed.rates) == expected
    assert any(teu for _start, teu, _cny in series(full.shipments, weeks, "week", TEU, full.rates))
