"""The demo has money in every state (issue 13), and its sums hold."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from csdesk.desk.context import Desk, open_desk
from csdesk.desk.demo import build_demo
from csdesk.desk.money import ageing_totals
from csdesk.models import BlRelease, CustomerAccount, Deposit, Invoice, Rebate, Task, Trouble
from tests.conftest import fresh_store

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    desk = open_desk(fresh_store(tmp_path_factory.mktemp("money-demo") / "demo.db"), today=TODAY)
    with desk.session() as session:
        build_demo(session, 1500, 7, today=TODAY)
    yield desk
    desk.engine.dispose()


def test_invoices_in_every_state(demo: Desk) -> None:
    with demo.session() as session:
        invoices = list(session.execute(select(Invoice)).scalars())
        totals = ageing_totals(session, TODAY).buckets
    paid = [i for i in invoices if i.status == "paid"]
    open_ = [i for i in invoices if i.status == "open"]
    assert len(paid) > len(open_) > 0  # most are paid
    assert any(0 < i.paid_minor < i.amount_minor for i in open_)  # partly paid
    assert any(TODAY < i.due_on <= TODAY + dt.timedelta(days=7) for i in open_)  # this week
    overdue_days = {(TODAY - i.due_on).days for i in open_ if i.due_on < TODAY}
    assert any(d < 15 for d in overdue_days) and any(15 <= d < 30 for d in overdue_days)
    assert any(d > 90 for d in overdue_days)
    assert totals["USD"]["over_90"] > 0 and totals["USD"]["not_due"] > 0


def test_holds_releases_deposits_rebates_and_the_chase(demo: Desk) -> None:
    with demo.session() as session:
        count = session.execute(select(func.count()).select_from(BlRelease)).scalar_one()
        held = session.execute(
            select(Trouble).where(col(Trouble.kind) == "bl_held", col(Trouble.note).like("%H56%"))
        ).all()
        deposit = session.execute(select(Deposit)).scalars().first()
        statuses = {r.status: r for r in session.execute(select(Rebate)).scalars()}
        kinds = set(
            session.execute(
                select(col(Task.kind)).where(col(Task.kind).like("money_%")).distinct()
            ).scalars()
        )
        credit = session.execute(select(func.sum(CustomerAccount.credit_minor))).scalar_one()
    assert count > 0 and held
    assert deposit is not None and deposit.refund_task_id is not None
    assert {"requested", "approved"} <= set(statuses)
    assert {"money_chase", "money_visit", "money_hold", "money_refund", "money_rebate"} <= kinds
    assert credit and credit > 0
