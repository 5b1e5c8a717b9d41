"""A small store for the KPI tests: shipments at the month's edges, a cancelled one, a 45HQ,
a currency without a rate, an agent who moves group mid-month."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlmodel import Session

from csdesk.desk.context import DESK_TZ, Desk
from csdesk.desk.kpi import move_to_group, set_fx_rate, set_target
from csdesk.desk.shipments import add_charge
from csdesk.desk.shipments.booking import fill_and_move, move_shipment
from csdesk.desk.shipments.common import containers_of
from csdesk.rules.containers import iso6346_check_digit
from csdesk.rules.kpi_period import parse_period
from tests.desk.shipment_fixtures import agent, book, customer

NOV = parse_period("2026-11")
CLOCK_AT = dt.datetime(2026, 11, 30, 18, 0, tzinfo=DESK_TZ)


def numbers(first: int = 100001) -> Iterator[str]:
    for serial in itertools.count(first):
        first10 = f"CSQU{serial:06d}"
        yield f"{first10}{iso6346_check_digit(first10)}"


@dataclass
class Booked:
    """What the test booked, to sum independently of the KPI code."""

    rows: list[dict[str, object]] = field(default_factory=list)

    def expected(self, counted: set[str], side: str) -> dict[str, int]:
        totals: dict[str, int] = {}
        for row in self.rows:
            if row["booking_no"] in counted and row["side"] == side:
                currency = str(row["currency"])
                totals[currency] = totals.get(currency, 0) + int(row["amount"])  # type: ignore[call-overload]
        return totals


def ship(
    session: Session,
    booked: Booked,
    boxes: Iterator[str],
    spec: tuple[int, str, int, list[str], str | None, list[tuple[str, int, str]]],
) -> int:
    customer_id, booking_no, agent_id, types, sail_to, charges = spec
    etd = dt.date.fromisoformat(sail_to) if sail_to else dt.date(2026, 11, 10)
    made = book(session, customer_id, booking_no, types, agent_id=agent_id, etd=etd)
    assert made.id is not None
    for side, amount, currency in charges:
        add_charge(session, made.id, side, "O/F", amount, currency=currency)
        booked.rows.append(
            {"booking_no": booking_no, "side": side, "amount": amount, "currency": currency}
        )
    if sail_to:
        ids = {box.id: next(boxes) for box in containers_of(session, made.id) if box.id}
        at = dt.datetime.combine(etd, dt.time(9), tzinfo=DESK_TZ)
        fill_and_move(session, made.id, "sailed", numbers=ids, now=at)
    return made.id


def build_store(desk: Desk) -> Booked:
    booked = Booked()
    li, zhao, lead = agent(desk, "li"), agent(desk, "zhao"), agent(desk, "lead")
    acme = customer(desk, "宁波华光 [/] 进出口", tier="A")
    beta = customer(desk, "义乌小商品", owner="zhao", tier="B")
    boxes = numbers()
    with desk.session() as session:
        specs = [
            (
                acme,
                "KPI-LAST",
                li.id,
                ["40HQ", "40HQ", "45HQ"],
                "2026-11-30",
                [
                    ("receivable", 300_000, "USD"),
                    ("payable", 250_000, "USD"),
                    ("receivable", 50_000, "CNY"),
                ],
            ),
            (acme, "KPI-DEC1", li.id, ["20GP"], "2026-12-01", [("receivable", 99_900, "USD")]),
            (acme, "KPI-BOOKED", li.id, ["40HQ"], None, [("receivable", 77_700, "USD")]),
            (
                beta,
                "KPI-PEER",
                zhao.id,
                ["20GP", "20GP"],
                "2026-11-13",
                [("receivable", 120_000, "USD"), ("payable", 100_000, "CNY")],
            ),
            (beta, "KPI-DIRECT", zhao.id, ["40HQ"], "2026-11-20", [("receivable", 80_000, "EUR")]),
        ]
        for spec in specs:
            ship(session, booked, boxes, spec)  # type: ignore[arg-type]
        cancelled = ship(
            session,
            booked,
            boxes,
            (acme, "KPI-CANCEL", li.id, ["40HQ"], "2026-11-05", [("receivable", 55_500, "USD")]),
        )
        move_shipment(session, cancelled, "gated_in", reason="客户取消, 退关", now=CLOCK_AT)
        set_fx_rate(session, lead, dt.date(2026, 11, 1), "USD", "7.12")
        move_to_group(session, lead, "zhao", "direct", dt.date(2026, 11, 16))
        set_target(session, lead, "li", NOV.start, revenue_cny_minor=10_000_000, teu=10)
    return booked
