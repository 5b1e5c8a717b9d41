from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session, col

from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import DESK_TZ, Desk
from csdesk.desk.customers import create_customer
from csdesk.desk.demo.inquiries import generate
from csdesk.desk.inquiries import inquiry_detail
from csdesk.desk.inquiry_queue import list_inquiries
from csdesk.models import Inquiry, InquiryContainer, Interaction
from tests.conftest import TODAY


@dataclass
class Someone:
    id: int
    owner_id: int | None
    kind: str
    vip: bool


def _book(session: Session, prefix: str = "") -> list[Someone]:
    li = agent_by_login(session, "li").id
    people = []
    for index, kind in enumerate(("direct", "peer", "direct")):
        customer = create_customer(
            session, {"name": f"{prefix}客户{index}", "kind": kind, "owner_id": li}
        )
        people.append(Someone(customer.id or 0, li, kind, False))
        for days in (2, 15, 40, 200):
            at = dt.datetime.combine(TODAY - dt.timedelta(days=days), dt.time(10), tzinfo=DESK_TZ)
            session.add(Interaction(customer_id=customer.id or 0, agent_id=li, at=at,
                                    outcome="inquiry"))  # fmt: skip
    session.flush()
    return people


def _generate(desk: Desk, seed: str, prefix: str = "") -> list[tuple[object, ...]]:
    with desk.session() as session:
        generate(session, random.Random(seed), TODAY, _book(session, prefix))
        rows = session.execute(
            select(Inquiry.customer_id, Inquiry.pol, Inquiry.pod, Inquiry.raw_text)
        ).all()
    return [tuple(row) for row in rows]


def test_every_recent_inquiry_call_gets_an_inquiry_and_today_has_a_queue(desk: Desk) -> None:
    _generate(desk, "demo")
    with desk.session() as session:
        total = session.execute(select(func.count()).select_from(Inquiry)).scalar_one()
        history = session.execute(
            select(func.count()).where(col(Inquiry.received_at) < dt.datetime(2026, 11, 30, tzinfo=DESK_TZ))
        ).scalar_one()  # fmt: skip
        assert history == 9  # three customers, three calls each within 90 days
        assert 3 <= total - history <= 6
        lines = session.execute(select(func.count()).select_from(InquiryContainer)).scalar_one()
        assert lines > 0
        now = dt.datetime.combine(TODAY, dt.time(17), tzinfo=DESK_TZ)
        queue = list_inquiries(session, now)
        assert queue and queue[0].rank in (0, 1)  # this morning's unanswered ones, late by 17:00
        assert all(row.rank != 3 for row in queue), "the demo leaves no inquiry open for days"
        stored = session.execute(select(Inquiry)).scalars().all()
        for inquiry in stored:
            detail = inquiry_detail(session, inquiry.id or 0, TODAY)
            assert "|".join(detail.check.missing) == inquiry.missing
            assert inquiry.raw_text


def test_the_same_seed_gives_the_same_inquiries(desk: Desk) -> None:
    # The second build gets a fresh book of the same shape; only its customers are handed in.
    first = _generate(desk, "seed-1")
    with desk.session() as session:
        session.execute(InquiryContainer.__table__.delete())  # type: ignore[attr-defined]
        session.execute(Inquiry.__table__.delete())  # type: ignore[attr-defined]
    again = _generate(desk, "seed-1", prefix="新")  # one company, one record: new names
    assert [row[1:] for row in first] == [row[1:] for row in again]


def test_an_incomplete_demo_inquiry_lacks_in_its_message_what_the_queue_says_it_lacks(
    desk: Desk,
) -> None:
    """The queue's 待补充 and the form agree: the message does not say what is missing (the
    missing fields are stored for every inquiry; the queue shows them while it is open)."""
    from csdesk.desk.intake import message_parser

    with desk.session() as session:
        generate(session, random.Random("said"), TODAY, _book(session))
        parser = message_parser(session)
        rows = session.execute(
            select(col(Inquiry.raw_text), col(Inquiry.missing)).where(col(Inquiry.missing) != "")
        ).all()
        assert rows
        for raw_text, missing in rows:
            said = set(parser.parse(raw_text or "", TODAY).fields)
            assert not said & set(missing.split("|")), (raw_text, missing)


def test_demo_shipments_name_real_ships_and_charge_codes(tmp_path: Path) -> None:
    """Past sailings read "HISTORY VOYAGER" on the board, and an ALL IN covered "封条费", a
    Chinese word among the charge codes that the English desk showed as it was."""
    import re

    from csdesk.desk.context import open_desk
    from csdesk.desk.demo import build_demo
    from csdesk.desk.demo.shipment_data import CARRIERS
    from csdesk.models import ChargeLine, Shipment

    ships = {vessel for carrier in CARRIERS for vessel in carrier.vessels}
    desk = open_desk(tmp_path / "demo.db", today=TODAY)
    with desk.session() as session:
        build_demo(session, 300, 5, today=TODAY)
        vessels = set(session.execute(select(col(Shipment.vessel)).distinct()).scalars())
        vessels.discard(None)  # a booking not yet given a ship
        charges = session.execute(
            select(col(ChargeLine.name), col(ChargeLine.covers)).distinct()
        ).all()
    desk.engine.dispose()
    assert vessels and vessels <= ships, vessels - ships
    assert not [row for row in charges if re.search(r"[\u4e00-\u9fff]", "".join(row))]
