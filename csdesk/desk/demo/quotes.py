"""Demo rates and quotes: two rate sheet versions for the main lanes (and a lane whose new rate
is not out yet), and quotes in every state, made through the same desk functions agents use, so
follow-ups, reviews, bookings and reminders are exactly what the desk would have made.

A demo extension (csdesk.desk.demo.EXTENSIONS): `generate(session, rng, today, customers)` reads
each customer's id, owner and kind only. Deterministic for a seed and `today`: times are derived
from `today`, and the rows' created/updated stamps are rewritten from them at the end.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import func, insert, select, update
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ, AgentInfo
from csdesk.desk.demo.quote_data import (
    BOXES,
    COMMODITIES,
    LANES,
    LCL_BASE,
    LOST_NOTES,
    ORIGINS,
    RETURN_COMMENT,
    SURCHARGES,
)
from csdesk.desk.errors import DeskError
from csdesk.desk.quote_flow import (
    approve_quote,
    expire_due_quotes,
    lose_quote,
    return_quote,
    send_quote,
    win_quote,
)
from csdesk.desk.quote_options import quote_options
from csdesk.desk.quotes import QuoteRequest, new_quote
from csdesk.models import Agent, Inquiry, InquiryContainer, Quote, Rate, RateImport, Shipment, Task
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.pricing import LOST_REASONS
from csdesk.rules.rate_rows import parse_surcharges

PEER_LANES = ("NGLOS", "GHTEM", "KEMBA", "TZDAR", "ZADUR", "EGPSD", "BRSSZ", "CLSAI", "MXZLO")
# Lanes of the first sheet only: on them today has no valid rate, so quotes are provisional (H62).
NOT_YET_PUBLISHED = ("DEHAM", "USLAX")
# A lane of the second sheet only: before it, its quotes were provisional and got replaced.
NEW_IN_SECOND = ("CLSAI",)
OLD_STATES = ("expired", "expired", "won", "lost", "replaced_basis")
NEW_STATES = (
    "draft", "new_staff", "below_minimum", "returned", "approved", "sent_today", "sent_overdue",
    "won", "lost", "provisional",
)  # fmt: skip


class QuotingCustomer(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def owner_id(self) -> int | None: ...

    @property
    def kind(self) -> str: ...


def _round10(value: float) -> int:
    return int(round(value / 10) * 10)


def _rate_row(
    rng: random.Random, pol: str, pod: str, carrier: str, box: str, window: tuple[dt.date, dt.date]
) -> dict[str, Any]:
    """Cost and sell in whole tens, the minimum just above cost ending in 5 (LCL in .50)."""
    carriers, base, transit = LANES[pod]
    if box == "LCL":
        buy = LCL_BASE[pod] + rng.randint(-3, 3)
        sell, minimum = buy + round(buy * 0.3), buy * 100 + 50
        buy_minor, sell_minor = buy * 100, sell * 100
    else:
        buy = _round10(base * BOXES[box] * rng.uniform(0.94, 1.06))
        sell = buy + _round10(buy * rng.uniform(0.15, 0.25)) + 10
        buy_minor, sell_minor = buy * 100, sell * 100
        minimum = (buy + _round10(buy * 0.03) + 5) * 100
    return {
        "carrier": carrier, "pol": pol, "pod": pod, "container": box,
        "buy_minor": buy_minor, "sell_minor": sell_minor, "min_sell_minor": minimum,
        "currency": "USD", "valid_from": window[0], "valid_to": window[1], "source": "company",
        "approved": True, "transit_days": transit + carriers.index(carrier) * 2,
        "surcharges": parse_surcharges(SURCHARGES[box], "CNY") or [], "current": True,
    }  # fmt: skip


def _sheet(
    session: Session,
    rng: random.Random,
    name: str,
    lanes: Sequence[str],
    window: tuple[dt.date, dt.date],
    at: dt.datetime,
) -> int:
    """One imported version: every origin, carrier and box of `lanes`, replacing the same keys."""
    batch = RateImport(file_name=name, imported_at=at)
    session.add(batch)
    session.flush()
    rows = []
    for pod in lanes:
        boxes = [*BOXES, "LCL"] if pod in LCL_BASE else list(BOXES)
        for pol in ORIGINS:
            for carrier in LANES[pod][0]:
                rows += [_rate_row(rng, pol, pod, carrier, box, window) for box in boxes]
    session.execute(
        update(Rate)
        .where(col(Rate.pod).in_(list(lanes)), col(Rate.current).is_(True))
        .values(current=False, replaced_by_import_id=batch.id)
    )
    stamp = {"import_id": batch.id, "created_at": at, "updated_at": at, "version": 1}
    session.execute(insert(Rate), [row | stamp for row in rows])
    batch.rows = len(rows)
    return batch.id or 0


def _self_sourced(session: Session, window: tuple[dt.date, dt.date], at: dt.datetime) -> None:
    """Two rates an agent found themselves (H10): one approved, one still waiting."""
    for carrier, approved in (("WANHAI", True), ("GOLD STAR", False)):
        row = _rate_row(random.Random(carrier), "CNNGB", "KEMBA", "PIL", "40HQ", window)
        row |= {"carrier": carrier, "source": "self", "approved": approved}
        row |= {"created_at": at, "updated_at": at, "version": 1}
        session.execute(insert(Rate), [row])


@dataclass
class _People:
    supervisor: AgentInfo
    new_hire: AgentInfo | None
    by_id: dict[int, AgentInfo]


def _people(session: Session, today: dt.date) -> _People | None:
    agents = [AgentInfo.of(agent) for agent in session.execute(select(Agent)).scalars()]
    supervisors = [agent for agent in agents if agent.is_supervisor]
    if not supervisors:
        return None
    recent = [a for a in agents if a.hired_on and (today - a.hired_on).days < 90]
    return _People(supervisors[0], recent[0] if recent else None, {a.id: a for a in agents})


def _moment(day: dt.date, rng: random.Random, start: int = 9, end: int = 17) -> dt.datetime:
    minute = rng.randint(start * 60, end * 60 - 1)
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=DESK_TZ)


def _inquiry(
    session: Session, rng: random.Random, customer: QuotingCustomer, agent_id: int,
    pod: str, received: dt.datetime,
) -> int:  # fmt: skip
    lcl = pod in LCL_BASE and rng.random() < 0.25
    inquiry = Inquiry(
        customer_id=customer.id, agent_id=agent_id, received_at=received, channel="wechat",
        status="open", mode="LCL" if lcl else "FCL", pol=rng.choice(ORIGINS), pod=pod,
        commodity=rng.choice(COMMODITIES), weight_kg=rng.randint(2, 18) * 1000.0,
        volume_cbm=round(rng.uniform(1.5, 12), 1) if lcl else None,
        sla_due_at=received + dt.timedelta(minutes=5),
        first_response_at=received + dt.timedelta(minutes=rng.uniform(1, 4.5)),
        created_at=received, updated_at=received,
    )  # fmt: skip
    session.add(inquiry)
    session.flush()
    assert inquiry.id is not None
    if not lcl:
        box = rng.choice(list(BOXES))
        session.add(
            InquiryContainer(inquiry_id=inquiry.id, type_code=box, quantity=rng.randint(1, 3))
        )
        session.flush()
    return inquiry.id


@dataclass
class _Maker:
    session: Session
    rng: random.Random
    calendar: WorkCalendar
    people: _People
    today: dt.date

    def quote(self, inquiry: int, author: AgentInfo, day: dt.date, **request: Any) -> Quote:
        return new_quote(
            self.session, inquiry, QuoteRequest(**request), actor=author, today=day,
            calendar=self.calendar,
        )  # fmt: skip

    def send(self, quote: Quote, at: dt.datetime) -> None:
        send_quote(self.session, quote.id or 0, now=at, calendar=self.calendar)


def _make(maker: _Maker, state: str, inquiry: int, author: AgentInfo, at: dt.datetime) -> None:
    """Take one quote on `inquiry` to `state`, as agents and the supervisor would have."""
    day, session, rng = at.date(), maker.session, maker.rng
    supervisor = maker.people.supervisor
    if state == "provisional":
        maker.quote(inquiry, author, day, sailing_on=day + dt.timedelta(days=rng.randint(3, 8)))
        return
    if state == "below_minimum":
        option = quote_options(session, inquiry, day)[0]
        cut = option.minimum_minor - 500
        maker.quote(inquiry, author, day, rate_id=option.rate_id, price_minor=cut)
        return
    quote = maker.quote(inquiry, author, day)
    later = at + dt.timedelta(minutes=rng.randint(3, 40))
    if state == "returned":
        return_quote(session, quote.id or 0, RETURN_COMMENT, actor=supervisor, now=later)
    elif state == "approved":
        approve_quote(session, quote.id or 0, actor=supervisor, now=later)
    elif state in ("sent_today", "sent_overdue", "won", "lost", "expired"):
        if quote.status == "in_review":  # a new colleague's quote: reviewed before it went out
            approve_quote(session, quote.id or 0, actor=supervisor, now=later)
        maker.send(quote, later)
    if state == "won":
        win_quote(session, quote.id or 0, actor=author, now=later + dt.timedelta(hours=20))
    elif state == "lost":
        reason = rng.choice(LOST_REASONS)
        lose_quote(session, quote.id or 0, reason, now=later + dt.timedelta(hours=26),
                   note=LOST_NOTES[reason])  # fmt: skip


def _author(maker: _Maker, state: str, owner: AgentInfo) -> AgentInfo:
    new_hire = maker.people.new_hire
    if state in ("new_staff", "returned", "approved") and new_hire is not None:
        return new_hire
    return owner


def _pick(
    rng: random.Random, customers: Sequence[QuotingCustomer], lanes: Sequence[str]
) -> tuple[QuotingCustomer, str]:
    """A customer and a lane it may ask for: peers only on the lanes the peer group quotes (H90)."""
    customer = rng.choice(customers)
    allowed = [lane for lane in lanes if lane in PEER_LANES] if customer.kind != "direct" else []
    if customer.kind != "direct" and not allowed:
        direct = [c for c in customers if c.kind == "direct"] or list(customers)
        customer = rng.choice(direct)
    pool = allowed if customer.kind != "direct" and allowed else list(lanes)
    return customer, rng.choice(pool)


def _round(
    maker: _Maker, customers: Sequence[QuotingCustomer], states: Sequence[str],
    lanes: Sequence[str], days: Callable[[str], dt.date],
) -> None:  # fmt: skip
    rng = maker.rng
    for state in states:
        customer, pod = _pick(rng, customers, NEW_IN_SECOND if state == "replaced_basis" else lanes)
        owner = maker.people.by_id[customer.owner_id or 0]
        author = _author(maker, state, owner)
        day = days(state)
        at = _moment(day, rng, 9, 10 if day >= maker.today else 17)  # today: before the moment
        inquiry = _inquiry(
            maker.session, rng, customer, author.id, pod, at - dt.timedelta(minutes=2)
        )
        # One odd draw (a lane without the box asked for) must not cost the whole demo.
        try:
            with maker.session.begin_nested():
                if state == "replaced_basis":
                    price = rng.randint(160, 190) * 1000
                    maker.quote(inquiry, author, day, price_minor=price)
                else:
                    _make(maker, state, inquiry, author, at)
        except DeskError:
            continue


def _replace_provisionals(maker: _Maker, today: dt.date) -> None:
    """The CLSAI rate is out: the agents quote those inquiries again on it (H62)."""
    statement = select(Quote).where(
        col(Quote.provisional).is_(True), col(Quote.pod).in_(NEW_IN_SECOND)
    )
    for quote in maker.session.execute(statement).scalars().all():
        author = maker.people.by_id.get(quote.agent_id or 0) or maker.people.supervisor
        maker.quote(quote.inquiry_id, author, today)


def _restamp(session: Session, quotes_after: int, tasks_after: int, shipments_after: int) -> None:
    """Desk functions stamp new rows with the real clock; the demo's rows get the times they
    stand for: a quote when its inquiry came in, a task when its quote was sent."""
    inquiry_time = (
        select(col(Inquiry.received_at))
        .where(col(Inquiry.id) == col(Quote.inquiry_id))
        .scalar_subquery()
    )
    session.execute(
        update(Quote)
        .where(col(Quote.id) > quotes_after)
        .values(created_at=inquiry_time, updated_at=inquiry_time)
    )
    sent_time = (
        select(func.coalesce(col(Quote.sent_at), col(Quote.created_at)))
        .where(col(Quote.id) == col(Task.source_id), col(Task.source_table) == "quote")
        .scalar_subquery()
    )
    session.execute(
        update(Task)
        .where(col(Task.id) > tasks_after)
        .values(created_at=func.coalesce(sent_time, col(Task.due_at)))
        .values(updated_at=func.coalesce(col(Task.done_at), sent_time, col(Task.due_at)))
    )
    session.execute(
        update(Shipment)
        .where(col(Shipment.id) > shipments_after)
        .values(created_at=col(Shipment.stage_since), updated_at=col(Shipment.stage_since))
    )


def _last_id(session: Session, model: Any) -> int:
    return int(session.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one())


def generate(
    session: Session, rng: random.Random, today: dt.date, customers: Sequence[QuotingCustomer]
) -> None:
    """Rates for the main lanes and about one quote per 100 customers (17 to 150), every state."""
    owned = [customer for customer in customers if customer.owner_id is not None]
    people = _people(session, today)
    if not owned or people is None:
        return
    owned = [customer for customer in owned if customer.owner_id in people.by_id]
    marks = (_last_id(session, Quote), _last_id(session, Task), _last_id(session, Shipment))
    calendar = WorkCalendar()
    maker = _Maker(session, rng, calendar, people, today)
    day = dt.timedelta(days=1)
    first = (today - 40 * day, today - day)
    second = (today - 9 * day, today + 25 * day)
    old_lanes = [lane for lane in LANES if lane not in NEW_IN_SECOND]
    _sheet(session, rng, "运价 上月版.xlsx", old_lanes, first, _moment(today - 40 * day, rng))
    extra = max(0, min(150, len(customers) // 100) - len(OLD_STATES) - len(NEW_STATES))
    old = [*OLD_STATES, *(rng.choice(("expired", "won", "lost")) for _ in range(extra // 3))]
    _round(maker, owned, old, old_lanes, lambda _s: today - rng.randint(10, 20) * day)
    new_lanes = [lane for lane in LANES if lane not in NOT_YET_PUBLISHED]
    _sheet(session, rng, "运价 本期.xlsx", new_lanes, second, _moment(today - 9 * day, rng))
    _self_sourced(session, second, _moment(today - 9 * day, rng))
    _replace_provisionals(maker, today - 9 * day)
    new = [*NEW_STATES, *(rng.choice(NEW_STATES) for _ in range(extra - extra // 3))]
    recent = {"sent_today": 0, "draft": 0, "new_staff": 0, "below_minimum": 0}
    _round(maker, owned, new, new_lanes, lambda s: today - (recent.get(s, rng.randint(1, 8))) * day)
    _round(maker, owned, ["provisional", "provisional"], NOT_YET_PUBLISHED, lambda _s: today)
    expire_due_quotes(session, today, now=_moment(today, rng, 8, 9))
    _restamp(session, *marks)
