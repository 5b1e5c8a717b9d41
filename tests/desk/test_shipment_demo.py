"""The demo's shipments: every stage, every kind of trouble, valid boxes, a consistent board."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from sqlalchemy import func, select
from sqlmodel import col

from csdesk.desk.context import Desk
from csdesk.desk.demo.shipments import generate
from csdesk.desk.shipments import BoardFilter, board_column, shipment_detail
from csdesk.models import Customer, Shipment, ShipmentContainer, Task, Trouble
from csdesk.rules.containers import check_container_number
from csdesk.rules.stages import BOARD_STAGES
from csdesk.rules.trouble import KINDS, board_order_key
from tests.desk.shipment_fixtures import customer


def test_demo_covers_every_stage_and_every_trouble(desk: Desk) -> None:
    for number in range(60):
        customer(
            desk, f"演示客户{number:02d}", owner=("li", "zhao")[number % 2], tier="ABCD"[number % 4]
        )
    with desk.session() as session:
        customers = list(session.execute(select(Customer)).scalars())
        generate(session, random.Random(6), desk.today, customers)
    with desk.session() as session:
        assert session.execute(select(func.count()).select_from(Shipment)).scalar_one() == 40
        stages = set(session.execute(select(col(Shipment.stage))).scalars())
        kinds = set(session.execute(select(col(Trouble.kind))).scalars())
        numbers = [n for n in session.execute(select(col(ShipmentContainer.number))).scalars() if n]
        trouble_tasks = session.execute(
            select(func.count()).where(col(Task.kind) != "document_chase")
        ).scalar_one()
        trouble_count = session.execute(select(func.count()).select_from(Trouble)).scalar_one()
        columns = {
            stage: board_column(session, stage, BoardFilter(), today=desk.today)
            for stage in BOARD_STAGES
        }
        a_shipment = session.execute(select(col(Shipment.id)).limit(1)).scalar_one()
        detail = shipment_detail(session, a_shipment, today=desk.today, calendar=desk.calendar)
    assert stages == set(BOARD_STAGES)
    assert kinds == set(KINDS)
    assert numbers and all(check_container_number(number)[0] for number in numbers)
    assert trouble_tasks == trouble_count
    for cards in columns.values():
        assert cards == sorted(cards, key=lambda c: board_order_key(c.trouble, c.sort_at, c.id))
    history = detail.history
    assert history[0].to_stage == "booked" and history[-1].to_stage == detail.shipment.stage
    assert all(a.at <= b.at for a, b in itertools.pairwise(history))


def test_demo_accepts_customer_ids_and_continues_numbering(desk: Desk) -> None:
    ids = [customer(desk, f"客户{n}") for n in range(5)]
    with desk.session() as session:
        generate(session, random.Random(1), desk.today, ids)
        generate(session, random.Random(2), desk.today + dt.timedelta(days=1), ids)
        total = session.execute(select(func.count()).select_from(Shipment)).scalar_one()
    assert total == 80
