"""A carrier's rate increase (GRI, H57): which open quotes and bookings it touches, a task per
agent and customer to tell them, and the notice text.

The notice says what happened: the carrier raised its rate (H94). csdesk keeps no "vessel full"
template (H58 suggests one for awkward customers; the desk does not help deceive a customer).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from csdesk.desk.errors import DeskError, ValidationError
from csdesk.desk.quote_common import OPEN_STATUSES
from csdesk.desk.reference import port_index
from csdesk.i18n import t
from csdesk.models import Agent, CarrierIncrease, Customer, Lane, Port, Quote, Shipment, Task
from csdesk.rules.money import AmountError, parse_amount
from csdesk.rules.pricing import money_text

# A booking still before sailing feels an increase; after sailing the freight is settled.
UNSAILED_STAGES = ("booked", "pre_allocated", "stuffing", "gated_in")


@dataclass(frozen=True)
class Touched:
    kind: str  # quote | booking
    ref: int
    label: str  # quote id or booking number
    customer_id: int
    customer: str
    agent_id: int | None
    agent_login: str | None
    pol: str
    pod: str
    container: str
    etd: dt.date | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.ref,
            "label": self.label,
            "customer_id": self.customer_id,
            "customer": self.customer,
            "agent": self.agent_login,
            "pol": self.pol,
            "pod": self.pod,
            "container": self.container,
            "etd": self.etd,
        }


@dataclass
class IncreaseImpact:
    increase: CarrierIncrease
    touched: list[Touched] = field(default_factory=list)
    task_ids: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        increase = self.increase
        return {
            "id": increase.id,
            "carrier": increase.carrier,
            "lanes": increase.lanes.split("|"),
            "container": increase.container,
            "amount": increase.amount_minor / 100,
            "currency": increase.currency,
            "effective_on": increase.effective_on,
            "touched": [item.as_json() for item in self.touched],
            "tasks": self.task_ids,
        }


def resolve_lanes(session: Session, texts: list[str]) -> list[str]:
    """Lane codes from codes or names as agents write them ("WAF", "西非", "West Africa")."""
    lanes = list(session.execute(select(Lane).order_by(col(Lane.code))).scalars())
    found: list[str] = []
    for text in texts:
        wanted = text.strip().lower()
        match = next(
            (
                lane.code
                for lane in lanes
                if wanted in {lane.code.lower(), lane.name_zh.lower(), lane.name_en.lower()}
            ),
            None,
        )
        if match is None:
            codes = " ".join(lane.code for lane in lanes)
            raise DeskError("gri.unknown_lane", lane=text, lanes=codes)
        if match not in found:
            found.append(match)
    return found


def _lane_ports(lanes: list[str]) -> Any:
    return select(col(Port.locode)).where(col(Port.lane_code).in_(lanes))


def _touched_quotes(session: Session, increase: CarrierIncrease, lanes: list[str]) -> list[Touched]:
    statement = (
        select(Quote, col(Customer.name), col(Agent.login))
        .join(Customer, col(Customer.id) == col(Quote.customer_id))
        .outerjoin(Agent, col(Agent.id) == col(Quote.agent_id))
        .where(
            func.upper(col(Quote.carrier)) == increase.carrier,
            col(Quote.status).in_(OPEN_STATUSES),
            col(Quote.pod).in_(_lane_ports(lanes)),
        )
        .order_by(col(Quote.id))
    )
    if increase.container:
        statement = statement.where(col(Quote.container) == increase.container)
    return [
        Touched(
            "quote",
            quote.id or 0,
            f"#{quote.id}",
            quote.customer_id,
            name,
            quote.agent_id,
            login,
            quote.pol,
            quote.pod,
            quote.container,
        )
        for quote, name, login in session.execute(statement).all()
    ]


def _touched_bookings(
    session: Session, increase: CarrierIncrease, lanes: list[str]
) -> list[Touched]:
    statement = (
        select(Shipment, col(Customer.name), col(Agent.login))
        .join(Customer, col(Customer.id) == col(Shipment.customer_id))
        .outerjoin(Agent, col(Agent.id) == col(Shipment.agent_id))
        .where(
            func.upper(col(Shipment.carrier)) == increase.carrier,
            col(Shipment.stage).in_(UNSAILED_STAGES),
            col(Shipment.pod).in_(_lane_ports(lanes)),
        )
        .where((col(Shipment.etd).is_(None)) | (col(Shipment.etd) >= increase.effective_on))
        .order_by(col(Shipment.id))
    )
    return [
        Touched(
            "booking",
            shipment.id or 0,
            shipment.booking_no,
            shipment.customer_id,
            name,
            shipment.agent_id,
            login,
            shipment.pol,
            shipment.pod,
            "",
            shipment.etd,
        )
        for shipment, name, login in session.execute(statement).all()
    ]


def _parse_amount(text: str) -> tuple[int, str]:
    try:
        minor, currency = parse_amount(text, "USD")
    except AmountError:
        raise ValidationError({"amount": t("gri.error.amount", value=text)}) from None
    if minor <= 0:
        raise ValidationError({"amount": t("gri.error.amount", value=text)})
    return minor, currency


def record_increase(
    session: Session,
    carrier: str,
    lanes: list[str],
    amount: str,
    effective_on: dt.date,
    *,
    container: str | None = None,
    note: str | None = None,
    actor_id: int | None = None,
    now: dt.datetime,
) -> IncreaseImpact:
    """Record the increase, list what it touches, and give each agent a task per customer."""
    if not lanes:
        raise ValidationError({"lanes": t("gri.error.no_lanes")})
    codes = resolve_lanes(session, lanes)
    minor, currency = _parse_amount(amount)
    increase = CarrierIncrease(
        carrier=carrier.strip().upper(),
        lanes="|".join(codes),
        container=container,
        amount_minor=minor,
        currency=currency,
        effective_on=effective_on,
        note=note,
        recorded_by_id=actor_id,
        recorded_at=now,
    )
    session.add(increase)
    session.flush()
    impact = IncreaseImpact(increase)
    impact.touched = _touched_quotes(session, increase, codes)
    impact.touched += _touched_bookings(session, increase, codes)
    impact.task_ids = _notify(session, increase, impact.touched, now)
    return impact


def _notify(
    session: Session, increase: CarrierIncrease, touched: list[Touched], now: dt.datetime
) -> list[int]:
    """One task per agent and customer, whatever number of quotes and bookings they share."""
    note = t(
        "gri.task",
        carrier=increase.carrier,
        amount=money_text(increase.amount_minor, increase.currency),
        day=increase.effective_on.isoformat(),
        ref=increase.id,
    )
    seen: set[tuple[int | None, int]] = set()
    task_ids = []
    for item in touched:
        if (item.agent_id, item.customer_id) in seen:
            continue
        seen.add((item.agent_id, item.customer_id))
        task = Task(
            customer_id=item.customer_id,
            agent_id=item.agent_id,
            kind="gri_notice",
            due_at=now,
            source_table="carrierincrease",
            source_id=increase.id,
            note=note,
        )
        session.add(task)
        session.flush()
        task_ids.append(task.id or 0)
    return task_ids


def notice_text(session: Session, increase: CarrierIncrease, customer: str, lang: str) -> str:
    """The truthful notice to a customer (H94): the carrier's increase, and what we do about it."""
    lanes = session.execute(
        select(Lane).where(col(Lane.code).in_(increase.lanes.split("|"))).order_by(col(Lane.code))
    ).scalars()
    names = ", ".join(lane.name_zh if lang == "zh" else lane.name_en for lane in lanes)
    return t(
        "gri.notice",
        lang,
        customer=customer,
        carrier=increase.carrier,
        day=increase.effective_on.isoformat(),
        lanes=names,
        amount=money_text(increase.amount_minor, increase.currency),
    )


def lane_label(session: Session, pol: str, pod: str, lang: str = "zh") -> str:
    index = port_index(session)
    names = []
    for code in (pol, pod):
        port = index.get(code)
        names.append((port.name_zh if lang == "zh" else port.name_en) if port else code)
    return "-".join(names)
