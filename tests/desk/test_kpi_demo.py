"""The demo's year of sailings: seasons, agents of different strengths, the new hire ramping,
and a rate for every month, so the KPI charts have something to show."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlmodel import col

from csdesk.desk.context import Desk, open_desk
from csdesk.desk.demo import build_demo
from csdesk.desk.demo.roster import NEW_HIRE
from csdesk.desk.kpi import KpiClock, Scope, desk_kpis
from csdesk.models import Agent, FxRate, KpiTarget, Shipment
from csdesk.rules.kpi_period import Period, parse_period
from csdesk.rules.zone import DESK_TZ
from tests.conftest import TODAY, fresh_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    desk = open_desk(fresh_store(tmp_path_factory.mktemp("kpi-demo") / "demo.db"), today=TODAY)
    with desk.session() as session:
        build_demo(session, 1500, 11, today=TODAY)
    yield desk
    desk.engine.dispose()


def history_by_month(desk: Desk) -> Counter[str]:
    with desk.session() as session:
        etds = session.execute(
            select(col(Shipment.etd)).where(col(Shipment.booking_no).like("KH%"))
        ).scalars()
        return Counter(etd.strftime("%Y-%m") for etd in etds if etd)


def test_seasons_show_in_a_year_of_sailings(demo: Desk) -> None:
    months = history_by_month(demo)
    assert len(months) == 12
    assert months["2026-01"] > 1.8 * months["2026-02"]  # before Chinese New Year, then the holiday
    assert months["2026-09"] > 1.5 * months["2026-10"]  # before National Day, then golden week


def test_the_new_hire_ramps_up_and_agents_differ(demo: Desk) -> None:
    with demo.session() as session:
        hire = session.execute(select(Agent).where(col(Agent.login) == NEW_HIRE[0])).scalar_one()
        assert hire.hired_on is not None
        rows = session.execute(
            select(col(Shipment.agent_id), col(Shipment.etd)).where(
                col(Shipment.booking_no).like("KH%")
            )
        ).all()
    before = [etd for agent, etd in rows if agent == hire.id and etd < hire.hired_on]
    assert before == []
    first_weeks = Period(hire.hired_on, hire.hired_on + dt.timedelta(days=13))
    later = Period(hire.hired_on + dt.timedelta(days=21), TODAY)
    early = sum(1 for a, etd in rows if a == hire.id and first_weeks.contains(etd)) / 14
    recent = sum(1 for a, etd in rows if a == hire.id and later.contains(etd)) / (
        (later.end - later.start).days + 1
    )
    assert recent > early
    per_agent = Counter(agent for agent, _etd in rows if agent != hire.id)
    assert max(per_agent.values()) > 1.4 * min(per_agent.values())


def test_every_month_has_rates_and_agents_have_targets(demo: Desk) -> None:
    with demo.session() as session:
        rates = session.execute(select(col(FxRate.month), col(FxRate.currency))).all()
        targets = session.execute(select(col(KpiTarget.month))).scalars().all()
        clock = KpiClock(dt.datetime(2026, 11, 30, 18, tzinfo=DESK_TZ), demo.calendar, DESK_TZ)
        report = desk_kpis(session, None, Scope("desk"), parse_period("2026-03"), clock)
    assert len(rates) == 24 and {currency for _m, currency in rates} == {"USD", "EUR"}
    assert {month.strftime("%Y-%m") for month in targets} == {"2026-09", "2026-10", "2026-11"}
    assert report.money.revenue_cny.amount_minor and not report.money.missing_rates
