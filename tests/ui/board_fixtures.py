"""A small store for the board's TUI tests: a few bookings in known stages, a VIP hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from csdesk.desk.context import Desk
from csdesk.desk.money import release_bl
from csdesk.desk.shipments import add_note, move_shipment, record_trouble
from tests.desk.shipment_fixtures import NOW, agent, book, customer

BOOKED = NOW - dt.timedelta(days=20)


@pytest.fixture
def board_db(db_path: Path, desk: Desk) -> Path:
    plain = customer(desk, "宁波海天国际贸易有限公司", owner="li")
    hostile = customer(desk, "备注 [/] 结束 [urgent] 贸易", owner="li")
    vip = customer(desk, "中国银行", owner="li", vip=True)
    peer = customer(desk, "Lagos Freight Services Ltd", owner="zhao", kind="peer")
    with desk.session() as session:
        ready = book(
            session,
            plain,
            "COSU6300001",
            containers=[{"type": "40HQ", "number": "CSQU3054383"}],
            gate_cutoff=NOW + dt.timedelta(days=4),
        )
        book(
            session,
            plain,
            "OOLU2300002",
            containers=["40HQ"],
            carrier="OOCL",
            vessel="OOCL JAPAN",
            voyage="123E",
            gate_cutoff=NOW + dt.timedelta(days=3),
        )
        odd = book(
            session,
            hostile,
            "MEDU7700003",
            containers=[{"type": "20GP", "number": "MSCU1234566"}],
            carrier="MSC",
            vessel="MSC OSCAR",
            voyage="FA248S",
            now=BOOKED,
        )
        held = book(
            session,
            vip,
            "EGLV1400004",
            containers=[{"type": "40HQ", "number": "TEMU6138040"}],
            carrier="Evergreen",
            vessel="EVER ACE",
            voyage="0123W",
            now=BOOKED,
        )
        theirs = book(
            session,
            peer,
            "MAEU9100005",
            containers=[{"type": "40HQ", "number": "SEGU4712110"}],
            carrier="Maersk",
            vessel="MAERSK ESSEN",
            voyage="247S",
            pod="TZDAR",
            now=BOOKED,
        )
        assert ready.id and odd.id and held.id and theirs.id
        move_shipment(session, held.id, "bl_issued", now=NOW - dt.timedelta(days=3))
        # No receivable charges: past the B/L only with a supervisor's release (issue 13).
        move_shipment(session, odd.id, "bl_issued", now=NOW - dt.timedelta(days=12))
        lead = agent(desk, "lead")
        release_bl(session, odd.id, today=desk.today, actor=lead, reason="费用另开账单")
        move_shipment(session, odd.id, "in_transit", now=NOW - dt.timedelta(days=12))
        move_shipment(session, theirs.id, "sailed", now=NOW - dt.timedelta(days=1))
        record_trouble(
            session,
            held.id,
            "bl_held",
            details={"holder": "us", "reason": "account_overdue"},
            now=NOW,
        )
        add_note(session, odd.id, "备注 [/] 结束, 客户说 [urgent]", now=NOW)
        add_note(session, held.id, "客户说 [/] 下午付款 [urgent]", now=NOW)
    return db_path
