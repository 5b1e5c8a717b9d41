"""Rates: importing a sheet as a new version (H43), looking up what may be offered (H10), margins.

Only the quote screen reads a rate's minimum sell price; `rate_json` and the import's diff leave
it out, and so does everything built on them (H8).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select, update

from csdesk.desk import audit
from csdesk.desk.errors import DeskError, NotFoundError
from csdesk.desk.reference import port_index
from csdesk.rules.pricing import DEFAULT_MARGIN_PERCENT, LCL, money_text
from csdesk.store.core_tables import rate as rate_table
from csdesk.store.engine import saving_login

if TYPE_CHECKING:
    from sqlmodel import Session

    from csdesk.desk.context import AgentInfo
    from csdesk.models import Customer, CustomerMargin, Rate

LIST_LIMIT = 1000


def offerable(day: dt.date, c: Any = None) -> list[Any]:
    """SQL conditions of a rate that may be offered on `day`: current, valid, company or approved
    (a self-sourced rate waits for the company's approval, H10). Expired rates are never offered.
    `c` is the columns of the table read: the Rate class's by default."""
    if c is None:
        from csdesk.models import Rate

        c = Rate.__table__.c  # type: ignore[attr-defined]
    return [
        c.current.is_(True),
        c.valid_from <= day,
        c.valid_to >= day,
        or_(c.source == "company", c.approved.is_(True)),
    ]


def valid_rates(
    session: Session, pol: str, pod: str, containers: list[str], day: dt.date
) -> list[Rate]:
    """The rates a quote on this lane and equipment may use today (index ix_rate_lookup)."""
    from sqlmodel import col

    from csdesk.models import Rate

    if not containers:
        return []
    statement = select(Rate).where(
        col(Rate.pol) == pol,
        col(Rate.pod) == pod,
        col(Rate.container).in_(containers),
        *offerable(day),
    )
    return list(session.execute(statement).scalars())


def latest_rate(session: Session, pol: str, pod: str, container: str) -> Rate | None:
    """The most recent rate for a lane and equipment, however old: the basis of a provisional
    quote when this week's rate is not published yet (H62)."""
    from sqlmodel import col

    from csdesk.models import Rate

    statement = (
        select(Rate)
        .where(col(Rate.pol) == pol, col(Rate.pod) == pod, col(Rate.container) == container)
        .where(or_(col(Rate.source) == "company", col(Rate.approved).is_(True)))
        .order_by(col(Rate.valid_to).desc(), col(Rate.id).desc())
        .limit(1)
    )
    return session.execute(statement).scalars().first()


def resolve_port_code(session: Any, text: str | None) -> str | None:
    """A port as typed ("宁波", "Lagos", "CNNGB") to its UN/LOCODE; unknown names are refused."""
    if not text:
        return None
    index = port_index(session)
    port = index.get(text.strip().upper()) or index.resolve(text)
    if port is None:
        guesses = " ".join(guess.locode for guess in index.suggest(text)) or "-"
        raise DeskError("rates.unknown_port", value=text, guesses=guesses)
    return port.locode


@dataclass(frozen=True)
class RateRow:
    """A rate as `csdesk rates` lists it, read with Core: no minimum sell price (H8)."""

    id: int
    import_id: int | None
    carrier: str
    pol: str
    pod: str
    container: str
    buy_minor: int
    sell_minor: int
    currency: str
    valid_from: dt.date
    valid_to: dt.date
    source: str
    approved: bool
    transit_days: int | None
    surcharges: list[dict[str, Any]]


def list_rates(
    session: Any,
    day: dt.date,
    pol: str | None = None,
    pod: str | None = None,
    limit: int = LIST_LIMIT,
) -> list[RateRow]:
    """Rates that may be offered on `day`, by lane, equipment and price; `session` is a Session
    or a Core Connection."""
    c = rate_table.c
    statement = select(
        c.id, c.import_id, c.carrier, c.pol, c.pod, c.container, c.buy_minor, c.sell_minor,
        c.currency, c.valid_from, c.valid_to, c.source, c.approved, c.transit_days, c.surcharges,
    ).where(*offerable(day, c))  # fmt: skip
    if pol:
        statement = statement.where(c.pol == pol)
    if pod:
        statement = statement.where(c.pod == pod)
    statement = statement.order_by(c.pol, c.pod, c.container, c.sell_minor, c.id).limit(limit)
    return [RateRow(*row) for row in session.execute(statement)]


def rate_json(rate: Rate | RateRow) -> dict[str, Any]:
    """A rate for --json and exports: the minimum sell price is left out (H8)."""
    return {
        "id": rate.id,
        "carrier": rate.carrier,
        "pol": rate.pol,
        "pod": rate.pod,
        "container": rate.container,
        "basis": "w/m" if rate.container == LCL else "container",
        "currency": rate.currency,
        "buy": rate.buy_minor / 100,
        "sell": rate.sell_minor / 100,
        "valid_from": rate.valid_from,
        "valid_to": rate.valid_to,
        "source": rate.source,
        "approved": rate.approved,
        "transit_days": rate.transit_days,
        "surcharges": [
            {
                "name": line["name"],
                "amount": line["amount_minor"] / 100,
                "currency": line["currency"],
                "per": line["per"],
            }
            for line in rate.surcharges
        ],
        "import_id": rate.import_id,
    }


def surcharges_text(rate: Rate | RateRow) -> str:
    return "; ".join(
        f"{line['name']} {money_text(line['amount_minor'], line['currency'])}"
        + ("/B/L" if line["per"] == "shipment" else "")
        for line in rate.surcharges
    )


def approve_rate(session: Session, rate_id: int, supervisor_id: int) -> Rate:
    """A self-sourced rate becomes offerable once a supervisor approves it (H10)."""
    from sqlmodel import col

    from csdesk.models import Agent, Rate

    supervisor = session.get(Agent, supervisor_id)
    if supervisor is None or supervisor.role != "supervisor":
        raise DeskError("rates.error.approve_supervisor")
    rate = session.get(Rate, rate_id)
    if rate is None:
        raise NotFoundError("rates.not_found", ref=rate_id)
    session.execute(
        update(Rate)
        .where(col(Rate.id) == rate_id)
        .values(approved=True, approved_by_id=supervisor_id, version=rate.version + 1)
        .values(updated_by=saving_login(session))
    )
    session.refresh(rate)
    return rate


@dataclass(frozen=True)
class Margin:
    percent: float
    per_customer: bool  # False: the group's default


def _group_key(group: str) -> str:
    return f"quotes.margin_percent.{group}"


def group_margin(session: Session, group: str) -> float:
    from csdesk.desk.settings import get_value

    value = get_value(session, _group_key(group))
    return float(value) if value else DEFAULT_MARGIN_PERCENT


def set_group_margin(
    session: Session, group: str, percent: float, *, actor: AgentInfo | None
) -> None:
    """A desk setting: the supervisor's (H34), audited."""
    from csdesk.desk.settings import get_value, set_value

    supervisor = audit.require_supervisor(actor, "settings.change")
    if not 0 <= percent <= 500:
        raise DeskError("rates.error.margin", value=percent)
    before = {"percent": get_value(session, _group_key(group))}
    set_value(session, _group_key(group), f"{percent:g}")
    audit.record(session, supervisor, "settings.change", _group_key(group), before,
                 {"percent": f"{percent:g}"})  # fmt: skip


def customer_margin(session: Session, customer: Customer) -> Margin:
    """The customer's own margin, else the default of the owner's group (H34)."""
    from csdesk.models import Agent, CustomerMargin

    own = session.get(CustomerMargin, customer.id)
    if own is not None:
        return Margin(own.percent, True)
    owner = session.get(Agent, customer.owner_id) if customer.owner_id else None
    return Margin(group_margin(session, owner.group if owner else "direct"), False)


def set_customer_margin(
    session: Session, customer_id: int, percent: float, note: str | None = None
) -> CustomerMargin:
    from csdesk.models import Customer, CustomerMargin

    if not 0 <= percent <= 500:
        raise DeskError("rates.error.margin", value=percent)
    if session.get(Customer, customer_id) is None:
        raise NotFoundError("error.not_found.customer", ref=customer_id)
    margin = session.get(CustomerMargin, customer_id)
    if margin is None:
        margin = CustomerMargin(customer_id=customer_id, percent=percent, note=note)
    else:
        margin.percent, margin.note, margin.version = percent, note, margin.version + 1
    session.add(margin)
    session.flush()
    return margin
