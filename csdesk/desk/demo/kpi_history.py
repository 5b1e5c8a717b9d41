"""A year of sailed shipments behind the KPI screen, with the seasons of a Chinese forwarder: the
rush before Chinese New Year (December, January), the holiday itself (February), the push before
National Day (September) and its golden week (October). Agents differ in strength, and the new
hire ramps up over their first three months. Each month has USD and EUR rates into CNY, and each
agent has targets for this month and the two before. The sailings of the last months that a demo
quote won point back to it (csdesk.desk.demo.quote_history); the rest are repeat bookings.

A demo extension (csdesk.desk.demo.EXTENSIONS); `write_history` is also what the KPI benchmark
builds its stores with. Rows go in through BulkInsert, in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session, col

from csdesk.desk.demo.bulk import BulkInsert
from csdesk.desk.demo.records import DemoCustomer
from csdesk.models import Agent, FxRate, KpiTarget, Shipment
from csdesk.rules.kpi_period import month_end
from csdesk.rules.tiers import add_months, month_start
from csdesk.rules.zone import DESK_TZ

MONTHS = 12
# Shipments a month per customer with a booking history, before the season and the agent.
SEASON = {
    1: 1.35,
    2: 0.5,
    3: 0.95,
    4: 1.0,
    5: 1.05,
    6: 1.0,
    7: 0.95,
    8: 1.1,
    9: 1.3,
    10: 0.65,
    11: 1.05,
    12: 1.25,
}
RAMP_DAYS = 90
LANES = (
    ("CNNGB", "NGLOS", 2300),
    ("CNNGB", "DEHAM", 1850),
    ("CNSHA", "USLAX", 2950),
    ("CNSZX", "AEJEA", 1450),
    ("CNNGB", "BRSSZ", 3600),
    ("CNTAO", "VNSGN", 650),
)
BOXES = (("40HQ", 50), ("20GP", 25), ("40GP", 14), ("45HQ", 5), ("40RF", 6))
CARRIERS = ("COSCO", "MSC", "MAERSK", "CMA CGM", "ONE", "EVERGREEN")
STAMP = ("created_at", "updated_at", "version")
SHIPMENT_COLUMNS = (
    *STAMP, "booking_no", "customer_id", "agent_id", "carrier", "vessel", "voyage", "pol", "pod",
    "etd", "eta", "stage", "stage_since", "dg", "dg_fees_confirmed", "trouble_kinds",
    "trouble_rank", "sort_at", "search_text",
)  # fmt: skip
CONTAINER_COLUMNS = (*STAMP, "shipment_id", "type_code")
CHARGE_COLUMNS = (
    *STAMP, "shipment_id", "side", "name", "amount_minor", "currency", "all_in", "covers",
)  # fmt: skip


@dataclass(frozen=True)
class Booker:
    agent_id: int
    strength: float  # 0.6 (weak) .. 1.5 (strong)
    hired_on: dt.date | None
    customers: tuple[int, ...]

    def weight(self, day: dt.date) -> float:
        """The agent's share of the desk's bookings on `day`: none before they were hired."""
        if self.hired_on is None:
            return self.strength
        days = (day - self.hired_on).days
        return 0.0 if days < 0 else self.strength * min(1.0, (days + 7) / RAMP_DAYS)


def bookers(
    session: Session, rng: random.Random, customers: Sequence[DemoCustomer]
) -> list[Booker]:
    """Every agent who owns customers, each with a strength; A and B customers book most."""
    owned: dict[int, list[int]] = {}
    for customer in customers:
        repeats = {"A": 6, "B": 3, "C": 1, "D": 0}[customer.tier]
        owned.setdefault(customer.owner_id, []).extend([customer.id] * repeats)
    rows = session.execute(
        select(col(Agent.id), col(Agent.hired_on)).where(col(Agent.role) == "agent")
    ).all()
    found = []
    for agent_id, hired_on in sorted(rows):
        if owned.get(agent_id):
            strength = round(rng.uniform(0.6, 1.5), 2)
            found.append(Booker(agent_id, strength, hired_on, tuple(owned[agent_id])))
    return found


class HistoryWriter:
    def __init__(self, session: Session, now: dt.datetime) -> None:
        self.session = session
        self.shipments = BulkInsert(session, "shipment", SHIPMENT_COLUMNS)
        stored_now = self.shipments.converter("created_at")(now)
        self.stamp: tuple[object, ...] = (stored_now, stored_now, 1)
        self.boxes = BulkInsert(session, "shipmentcontainer", CONTAINER_COLUMNS)
        self.charges = BulkInsert(session, "chargeline", CHARGE_COLUMNS)
        self.convert = {
            name: writer.converter(name)
            for writer in (self.shipments,)
            for name in ("stage_since", "sort_at", "etd", "eta")
        }
        self.next_id = _next_shipment_id(session)


def _next_shipment_id(session: Session) -> int:
    return (
        int(session.execute(select(func.coalesce(func.max(col(Shipment.id)), 0))).scalar_one()) + 1
    )


def _sail_days(month: dt.date, today: dt.date) -> list[dt.date]:
    last = min(month_end(month), today)
    return [month + dt.timedelta(days=n) for n in range((last - month).days + 1)]


def write_month(
    writer: HistoryWriter, rng: random.Random, month: dt.date, today: dt.date,
    agents: Sequence[Booker], count: int,
) -> int:  # fmt: skip
    """`count` sailed shipments of `month` (up to today), shared by agents' weights that day."""
    days = _sail_days(month, today)
    rows, boxes, charges = [], [], []
    for _ in range(count):
        day = rng.choice(days)
        weights = [agent.weight(day) for agent in agents]
        if not any(weights):
            continue
        agent = rng.choices(agents, weights)[0]
        shipment_id = writer.next_id
        writer.next_id += 1
        lane = rng.choice(LANES)
        rows.append(_shipment_row(writer, rng, shipment_id, agent, day, today, lane))
        types = [rng.choices([c for c, _ in BOXES], [w for _, w in BOXES])[0]]
        types += types * (rng.random() < 0.35)
        boxes += [(*writer.stamp, shipment_id, code) for code in types]
        charges += _charge_rows(writer, rng, shipment_id, len(types), lane)
    writer.shipments.write(rows)
    writer.boxes.write(boxes)
    writer.charges.write(charges)
    return len(rows)


def _vessel(carrier: str, shipment_id: int) -> str:
    """One of the carrier's real ships (picked without a draw: the rest of the demo stays)."""
    from csdesk.desk.demo.shipment_data import CARRIERS as FLEETS

    fleet = next(f for f in FLEETS if f.name.upper() == carrier.upper())
    return fleet.vessels[shipment_id % len(fleet.vessels)]


def _shipment_row(
    writer: HistoryWriter, rng: random.Random, shipment_id: int, agent: Booker, day: dt.date,
    today: dt.date, lane: tuple[str, str, int],
) -> tuple[object, ...]:  # fmt: skip
    pol, pod, _freight = lane
    eta = day + dt.timedelta(days=rng.randint(14, 40))
    stage = (
        "closed"
        if eta < today - dt.timedelta(days=10)
        else ("arrived" if eta <= today else "in_transit")
    )
    since = dt.datetime.combine(min(eta, today), dt.time(10), tzinfo=DESK_TZ)
    c = writer.convert
    booking = f"KH{shipment_id:08d}"
    customer, carrier = rng.choice(agent.customers), rng.choice(CARRIERS)
    return (
        *writer.stamp, booking, customer, agent.agent_id, carrier, _vessel(carrier, shipment_id),
        f"{day.isocalendar().week:02d}{rng.choice('EW')}", pol, pod,
        c["etd"](day), c["eta"](eta), stage, c["stage_since"](since), False, False, "", 1,
        c["sort_at"](since), booking.lower(),
    )  # fmt: skip


def _charge_rows(
    writer: HistoryWriter,
    rng: random.Random,
    shipment_id: int,
    boxes: int,
    lane: tuple[str, str, int],
) -> list[tuple[object, ...]]:
    _pol, pod, per_box = lane
    freight = per_box * 100 * boxes
    freight += rng.randint(-20, 20) * 1000 * boxes
    buy = int(freight * rng.uniform(0.82, 0.95))
    currency = "EUR" if pod == "DEHAM" else "USD"  # Europe is billed in euros
    base = (*writer.stamp, shipment_id)
    return [
        (*base, "receivable", "O/F", freight, currency, False, ""),
        (*base, "receivable", "THC", 105_000 * boxes, "CNY", False, ""),
        (*base, "payable", "O/F", buy, currency, False, ""),
        (*base, "payable", "THC", 98_000 * boxes, "CNY", False, ""),
    ]


def write_history(
    session: Session, rng: random.Random, today: dt.date, agents: Sequence[Booker],
    per_month: int, months: int = MONTHS,
) -> int:  # fmt: skip
    """`per_month` shipments a month (before the season) for `months` months up to today."""
    now = dt.datetime.combine(today, dt.time(8), tzinfo=DESK_TZ)
    writer = HistoryWriter(session, now)
    written = 0
    for back in range(months - 1, -1, -1):
        month = add_months(month_start(today), -back)
        count = round(per_month * SEASON[month.month])
        if month == month_start(today):
            count = round(count * today.day / month_end(today).day)
        written += write_month(writer, rng, month, today, agents, count)
    return written


def write_rates(session: Session, rng: random.Random, today: dt.date, months: int) -> None:
    """USD and EUR into CNY for each month, drifting a little month to month."""
    usd, eur = 7.15, 7.80
    for back in range(months - 1, -1, -1):
        month = add_months(month_start(today), -back)
        usd = round(usd + rng.uniform(-0.04, 0.04), 4)
        eur = round(eur + rng.uniform(-0.06, 0.06), 4)
        for currency, rate in (("USD", usd), ("EUR", eur)):
            micros = round(rate * 1_000_000)
            session.add(FxRate(month=month, currency=currency, cny_per_unit_micros=micros))


def _teu_by_agent(session: Session, month: dt.date) -> dict[int, int]:
    from csdesk.desk.kpi.rows import shipment_rows
    from csdesk.desk.reference import container_catalog
    from csdesk.rules.kpi_period import month_period

    teu_of = {spec.code: spec.teu for spec in container_catalog(session).specs}
    totals: dict[int, int] = {}
    for row in shipment_rows(session, month_period(month), DESK_TZ):
        if row.agent_id is not None:
            teu = sum(teu_of.get(code, 0) for code in row.containers)
            totals[row.agent_id] = totals.get(row.agent_id, 0) + teu
    return totals


def write_targets(
    session: Session, rng: random.Random, today: dt.date, agents: Sequence[Booker]
) -> None:
    """This month's and the two before, set around what each agent could ship: some beat
    theirs, some fall short."""
    for back in range(3):
        month = add_months(month_start(today), -back)
        shipped = _teu_by_agent(session, month)
        for agent in agents:
            teu = max(2, round(shipped.get(agent.agent_id, 0) * rng.uniform(0.8, 1.3)))
            session.add(
                KpiTarget(
                    agent_id=agent.agent_id,
                    month=month,
                    teu=teu,
                    revenue_cny_minor=teu * 950_000,
                    profit_cny_minor=teu * 110_000,
                )
            )


def generate(
    session: Session, rng: random.Random, today: dt.date, customers: Sequence[DemoCustomer]
) -> None:
    agents = bookers(session, rng, customers)
    if not agents:
        return
    per_month = max(30, len(customers) // 10)
    write_history(session, rng, today, agents, per_month)
    write_rates(session, rng, today, MONTHS)
    session.flush()
    write_targets(session, rng, today, agents)
