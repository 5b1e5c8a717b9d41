"""Reading a period's plain rows for the KPI rules, each through an index on its date column, so
a month costs the month's rows however many years of history the store holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import case, exists, func, literal_column, select
from sqlmodel import Session, col

from csdesk.models import (
    Agent,
    ChargeLine,
    Customer,
    FxRate,
    GroupChange,
    Inquiry,
    Interaction,
    Quote,
    Shipment,
    ShipmentContainer,
    StageChange,
    Task,
    Trouble,
)
from csdesk.rules.kpi import ChargeRow, FxRates, ShipmentRow
from csdesk.rules.kpi_period import Period
from csdesk.rules.kpi_service import InquiryRow, TaskRow, TroubleRow
from csdesk.rules.kpi_targets import GroupChangeRow
from csdesk.rules.stages import STAGES, stage_index
from csdesk.rules.vocab import REACHED_OUTCOMES

SAILED_STAGES = STAGES[stage_index("sailed") :]
FOLLOW_UP = "quote_follow_up"
CHUNK = 500  # ids per IN (...), well under SQLite's bound-parameter limit


def utc_bounds(period: Period, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the period's days in the desk's zone, as aware datetimes."""
    start = dt.datetime.combine(period.start, dt.time(), tzinfo=tz)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return start, end


def _same_agent(column: Any, agent_id: int) -> Any:
    """agent = X without letting the planner walk an (agent, ...) index over all the agent's
    history: the period's date index is the one that bounds the rows read."""
    return func.coalesce(column, 0) == agent_id


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for offset in range(0, len(ids), CHUNK):
        yield ids[offset : offset + CHUNK]


def _by_shipment(session: Session, ids: Sequence[int], *columns: Any) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = {}
    owner = columns[0]
    for chunk in _chunks(ids):
        for row in session.connection().execute(select(*columns).where(owner.in_(chunk))):
            found.setdefault(row[0], []).append(tuple(row[1:]))
    return found


def _sailed_filter(statement: Any, period: Period, agent_id: int | None) -> Any:
    """Shipments past sailing with an ETD in the period: the month's rows of ix_shipment_kpi_etd.
    The stage is tested through coalesce() so no planner walks the board's stage index instead,
    which would read every closed shipment of the history."""
    statement = statement.where(col(Shipment.etd).between(period.start, period.end)).where(
        func.coalesce(col(Shipment.stage), "").in_(SAILED_STAGES)
    )
    if agent_id is not None:
        statement = statement.where(_same_agent(col(Shipment.agent_id), agent_id))
    return statement


SHIPMENT_COLUMNS = (
    col(Shipment.id),
    col(Shipment.booking_no),
    col(Shipment.agent_id),
    col(Shipment.customer_id),
    col(Customer.tier),
    col(Shipment.pol),
    col(Shipment.pod),
    col(Shipment.stage),
)


def _dated(session: Session, period: Period, agent_id: int | None) -> list[tuple[Any, ...]]:
    """(shipment columns..., sail day), boxes and charges of the dated shipments, each read in
    one statement joined to the shipment rows the index finds."""
    statement = select(*SHIPMENT_COLUMNS, col(Shipment.etd)).join(
        Customer, col(Customer.id) == col(Shipment.customer_id)
    )
    return list(session.connection().execute(_sailed_filter(statement, period, agent_id)))


def _dated_children(
    session: Session, period: Period, agent_id: int | None, *columns: Any
) -> dict[int, list[Any]]:
    statement = select(*columns).join(Shipment, col(Shipment.id) == columns[0])
    found: dict[int, list[Any]] = {}
    for row in session.connection().execute(_sailed_filter(statement, period, agent_id)):
        found.setdefault(row[0], []).append(tuple(row[1:]))
    return found


def _undated(
    session: Session, period: Period, agent_id: int | None, tz: dt.tzinfo
) -> list[tuple[Any, ...]]:
    """Shipments past sailing without an ETD: their sail day is the day of their last move to
    sailed. Candidates are the moves in the period (index on to_stage, at); only their own
    history is then read for a later move."""
    start, end = utc_bounds(period, tz)
    statement = (
        select(*SHIPMENT_COLUMNS)
        .distinct()
        .select_from(StageChange)
        .join(Shipment, col(Shipment.id) == col(StageChange.shipment_id))
        .join(Customer, col(Customer.id) == col(Shipment.customer_id))
        .where(col(StageChange.to_stage) == "sailed")
        .where(col(StageChange.at) >= start, col(StageChange.at) < end)
        .where(col(Shipment.etd).is_(None), col(Shipment.stage).in_(SAILED_STAGES))
    )
    if agent_id is not None:
        statement = statement.where(_same_agent(col(Shipment.agent_id), agent_id))
    candidates = {row[0]: tuple(row) for row in session.execute(statement).all()}
    last: dict[int, dt.datetime] = {}
    for chunk in _chunks(list(candidates)):
        moves = session.execute(
            select(col(StageChange.shipment_id), func.max(col(StageChange.at)))
            .where(col(StageChange.shipment_id).in_(chunk), col(StageChange.to_stage) == "sailed")
            .group_by(col(StageChange.shipment_id))
        ).all()
        last.update({shipment_id: at for shipment_id, at in moves})
    found = []
    for shipment_id, row in candidates.items():
        day = last[shipment_id].astimezone(tz).date()
        if period.contains(day):
            found.append((*row, day))
    return found


def shipment_rows(
    session: Session, period: Period, tz: dt.tzinfo, agent_id: int | None = None
) -> list[ShipmentRow]:
    """Shipments that sailed in the period (optionally one agent's), with boxes and charges."""
    box_columns = (col(ShipmentContainer.shipment_id), col(ShipmentContainer.type_code))
    charge_columns = (
        col(ChargeLine.shipment_id),
        col(ChargeLine.side),
        col(ChargeLine.amount_minor),
        col(ChargeLine.currency),
    )
    dated = _dated(session, period, agent_id)
    boxes = _dated_children(session, period, agent_id, *box_columns)
    lines = _dated_children(session, period, agent_id, *charge_columns)
    undated = _undated(session, period, agent_id, tz)
    if undated:
        ids = [row[0] for row in undated]
        boxes.update(_by_shipment(session, ids, *box_columns))
        lines.update(_by_shipment(session, ids, *charge_columns))
    return _rows([*dated, *undated], boxes, lines)


def shipment_rows_undated(
    session: Session, period: Period, tz: dt.tzinfo, agent_id: int | None = None
) -> list[ShipmentRow]:
    """Only the shipments without an ETD that sailed in the period (see `_undated`)."""
    undated = _undated(session, period, agent_id, tz)
    ids = [row[0] for row in undated]
    boxes = _by_shipment(
        session, ids, col(ShipmentContainer.shipment_id), col(ShipmentContainer.type_code)
    )
    lines = _by_shipment(
        session,
        ids,
        col(ChargeLine.shipment_id),
        col(ChargeLine.side),
        col(ChargeLine.amount_minor),
        col(ChargeLine.currency),
    )
    return _rows(undated, boxes, lines)


def _rows(
    found: list[tuple[Any, ...]], boxes: dict[int, list[Any]], lines: dict[int, list[Any]]
) -> list[ShipmentRow]:
    return [
        ShipmentRow(
            shipment_id=row[0],
            booking_no=row[1],
            agent_id=row[2],
            customer_id=row[3],
            tier=row[4],
            pol=row[5],
            pod=row[6],
            stage=row[7],
            sailed_on=row[8],
            containers=tuple(sorted(code for (code,) in boxes.get(row[0], []))),
            charges=tuple(ChargeRow(*line) for line in lines.get(row[0], [])),
        )
        for row in sorted(found, key=lambda row: (row[8], row[0]))
    ]


STRETCH = "kpi_stretch"  # the label the summed reads group by (no table has such a column)


def stretch_starts(period: Period, cuts: Iterable[dt.date] = ()) -> list[dt.date]:
    """The first days of the stretches a period is summed in: the period's first day, every
    month's first day (a month has one exchange rate) and each of `cuts` inside the period."""
    inside = {day for day in (*period.months(), *cuts) if period.start < day <= period.end}
    return sorted({period.start, *inside})


def _stretch(starts: Sequence[dt.date]) -> Any:
    """The stretch number of a shipment's ETD, as a column labelled STRETCH."""
    if len(starts) == 1:
        return literal_column("0").label(STRETCH)
    etd = col(Shipment.etd)
    whens: list[tuple[Any, Any]] = [
        (etd < day, literal_column(str(n))) for n, day in enumerate(starts[1:])
    ]
    return case(*whens, else_=literal_column(str(len(starts) - 1))).label(STRETCH)


def _summed_rows(
    session: Session, starts: Sequence[dt.date], counts: Any, boxes: Any, charges: Any
) -> list[ShipmentRow]:
    connection = session.connection()
    found: dict[tuple[Any, int], dict[str, Any]] = {}
    for agent, stretch, count in connection.execute(counts):
        found[(agent, stretch)] = {"count": count, "boxes": [], "charges": []}
    for agent, stretch, code, count in connection.execute(boxes):
        found[(agent, stretch)]["boxes"] += [code] * count
    for agent, stretch, side, currency, amount in connection.execute(charges):
        found[(agent, stretch)]["charges"].append(ChargeRow(side, int(amount), currency))
    ordered = sorted(found.items(), key=lambda item: (item[0][1], item[0][0] or 0))
    return [
        ShipmentRow(0, "", agent, 0, "", "", "", "sailed", starts[stretch],
                    tuple(sorted(parts["boxes"])), tuple(parts["charges"]), parts["count"])
        for (agent, stretch), parts in ordered
    ]  # fmt: skip


def summary_rows(
    session: Session,
    period: Period,
    tz: dt.tzinfo,
    agent_id: int | None = None,
    cuts: Iterable[dt.date] = (),
) -> list[ShipmentRow]:
    """The same shipments as `shipment_rows`, summed in SQL per agent and stretch of days (see
    `stretch_starts`): one row per (agent, stretch) with its shipment count, boxes and charge
    totals, its sail day the stretch's first. A few hundred rows for a month of a desk, where
    one per shipment or per day means thousands, each a fetch a busy UI thread slows down.
    Lanes and tiers are not kept."""
    starts = stretch_starts(period, cuts)
    key = (col(Shipment.agent_id), _stretch(starts))
    grouped: tuple[Any, ...] = (col(Shipment.agent_id), literal_column(STRETCH))
    counts = select(*key, func.count()).group_by(*grouped)
    boxes = (
        select(*key, col(ShipmentContainer.type_code), func.count())
        .join(Shipment, col(Shipment.id) == col(ShipmentContainer.shipment_id))
        .group_by(*grouped, col(ShipmentContainer.type_code))
    )
    charges = (
        select(*key, col(ChargeLine.side), col(ChargeLine.currency))
        .add_columns(func.sum(col(ChargeLine.amount_minor)))
        .join(Shipment, col(Shipment.id) == col(ChargeLine.shipment_id))
        .group_by(*grouped, col(ChargeLine.side), col(ChargeLine.currency))
    )
    read = [_sailed_filter(statement, period, agent_id) for statement in (counts, boxes, charges)]
    summed = _summed_rows(session, starts, *read)
    return summed + shipment_rows_undated(session, period, tz, agent_id)


def inquiry_rows(
    session: Session, period: Period, tz: dt.tzinfo, agent_id: int | None = None
) -> list[InquiryRow]:
    start, end = utc_bounds(period, tz)
    quoted = exists().where(
        col(Quote.inquiry_id) == col(Inquiry.id), col(Quote.sent_at).is_not(None)
    )
    booked = exists().where(
        col(Quote.inquiry_id) == col(Inquiry.id), col(Quote.shipment_id).is_not(None)
    )
    statement = select(
        col(Inquiry.id),
        col(Inquiry.agent_id),
        col(Inquiry.received_at),
        col(Inquiry.sla_due_at),
        col(Inquiry.first_response_at),
        quoted,
        booked,
    ).where(col(Inquiry.received_at) >= start, col(Inquiry.received_at) < end)
    if agent_id is not None:
        statement = statement.where(col(Inquiry.agent_id) == agent_id)
    return [InquiryRow(*row) for row in session.execute(statement).all()]


def follow_up_rows(
    session: Session, period: Period, tz: dt.tzinfo, agent_id: int | None = None
) -> list[TaskRow]:
    start, end = utc_bounds(period, tz)
    statement = select(col(Task.id), col(Task.agent_id), col(Task.due_at), col(Task.done_at)).where(
        col(Task.kind) == FOLLOW_UP, col(Task.due_at) >= start, col(Task.due_at) < end
    )
    if agent_id is not None:
        statement = statement.where(_same_agent(col(Task.agent_id), agent_id))
    return [TaskRow(*row) for row in session.execute(statement).all()]


def trouble_rows(
    session: Session, period: Period, tz: dt.tzinfo, agent_id: int | None = None
) -> list[TroubleRow]:
    """Troubles opened in the period, and those whose status changed in it (closed complaints)."""
    start, end = utc_bounds(period, tz)
    found: dict[int, TroubleRow] = {}
    for column in (col(Trouble.opened_at), col(Trouble.status_at)):
        statement = (
            select(
                col(Trouble.id),
                col(Trouble.shipment_id),
                col(Shipment.agent_id),
                col(Trouble.kind),
                col(Trouble.status),
                col(Trouble.opened_at),
                col(Trouble.status_at),
            )
            .join(Shipment, col(Shipment.id) == col(Trouble.shipment_id))
            .where(column >= start, column < end)
        )
        if agent_id is not None:
            statement = statement.where(_same_agent(col(Shipment.agent_id), agent_id))
        for row in session.execute(statement).all():
            found[row[0]] = TroubleRow(*row)
    return list(found.values())


def _owners(session: Session, owner_id: int | None) -> list[int]:
    """The owners to look at: one, or every agent (so the customer index is used by owner)."""
    if owner_id is not None:
        return [owner_id]
    return list(session.execute(select(col(Agent.id))).scalars())


def due_customers(session: Session, owner_id: int | None = None) -> dict[int | None, set[int]]:
    """Today's A and B customers (due every working day, H89) by owner, read by owner and tier
    through the customer index, not by scanning every customer."""
    statement = select(col(Customer.owner_id), col(Customer.id)).where(
        col(Customer.owner_id).in_(_owners(session, owner_id)),
        col(Customer.tier).in_(("A", "B")),
    )
    found: dict[int | None, set[int]] = {}
    for owner, customer_id in session.execute(statement).all():
        found.setdefault(owner, set()).add(customer_id)
    return found


def reached_days(
    session: Session, period: Period, tz: dt.tzinfo, owner_id: int | None = None
) -> list[tuple[int | None, int, dt.date]]:
    """(owner, customer, day) for every conversation with an A or B customer in the period: from
    the A/B customers to their interactions by (customer, time), so C and D calls are never read."""
    start, end = utc_bounds(period, tz)
    statement = (
        select(col(Customer.owner_id), col(Interaction.customer_id), col(Interaction.at))
        .select_from(Customer)
        .join(Interaction, col(Interaction.customer_id) == col(Customer.id))
        .where(col(Customer.owner_id).in_(_owners(session, owner_id)))
        .where(col(Customer.tier).in_(("A", "B")))
        .where(col(Interaction.at) >= start, col(Interaction.at) < end)
        .where(col(Interaction.outcome).in_(sorted(REACHED_OUTCOMES)))
    )
    return [(owner, cid, at.astimezone(tz).date()) for owner, cid, at in session.execute(statement)]


def fx_rates(session: Session, months: Iterable[dt.date]) -> FxRates:
    wanted = list(months)
    statement = select(col(FxRate.month), col(FxRate.currency), col(FxRate.cny_per_unit_micros))
    rows = session.execute(statement.where(col(FxRate.month).in_(wanted))).all()
    return {(month, currency): micros for month, currency, micros in rows}


def group_changes(session: Session) -> list[GroupChangeRow]:
    statement = select(
        col(GroupChange.agent_id),
        col(GroupChange.old_group),
        col(GroupChange.new_group),
        col(GroupChange.effective_on),
    ).order_by(col(GroupChange.effective_on), col(GroupChange.id))
    return [GroupChangeRow(*row) for row in session.execute(statement).all()]
