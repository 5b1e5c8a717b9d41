"""Reading a period's plain rows for the KPI rules, each through an index on its date column, so
a month costs the month's rows however many years of history the store holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, case, exists, func, literal_column, select

from csdesk.rules.kpi import ChargeRow, FxRates, ShipmentRow
from csdesk.rules.kpi_period import Period
from csdesk.rules.kpi_service import InquiryRow, TaskRow, TroubleRow
from csdesk.rules.kpi_targets import GroupChangeRow
from csdesk.rules.stages import STAGES, stage_index
from csdesk.rules.vocab import REACHED_OUTCOMES
from csdesk.store import core_tables

# The tables read, as Core columns (csdesk.store.core_tables): the report needs no ORM.
AGENT = core_tables.agent
CHARGE_LINE = core_tables.charge_line
CUSTOMER = core_tables.customer
FX_RATE = core_tables.fx_rate
GROUP_CHANGE = core_tables.group_change
INQUIRY = core_tables.inquiry
INTERACTION = core_tables.interaction
QUOTE = core_tables.quote
SHIPMENT = core_tables.kpi_shipment
SHIPMENT_CONTAINER = core_tables.shipment_container
STAGE_CHANGE = core_tables.stage_change
TASK = core_tables.task
TROUBLE = core_tables.kpi_trouble

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


def _connection(session: Any) -> Connection:
    """The Core Connection a read runs on: itself, or a Session's (rows without the ORM)."""
    return session if isinstance(session, Connection) else session.connection()


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for offset in range(0, len(ids), CHUNK):
        yield ids[offset : offset + CHUNK]


def _by_shipment(session: Any, ids: Sequence[int], *columns: Any) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = {}
    owner = columns[0]
    for chunk in _chunks(ids):
        for row in _connection(session).execute(select(*columns).where(owner.in_(chunk))):
            found.setdefault(row[0], []).append(tuple(row[1:]))
    return found


def _sailed_filter(statement: Any, period: Period, agent_id: int | None) -> Any:
    """Shipments past sailing with an ETD in the period: the month's rows of ix_shipment_kpi_etd.
    The stage is tested through coalesce() so no planner walks the board's stage index instead,
    which would read every closed shipment of the history."""
    statement = statement.where(SHIPMENT.c.etd.between(period.start, period.end)).where(
        func.coalesce(SHIPMENT.c.stage, "").in_(SAILED_STAGES)
    )
    if agent_id is not None:
        statement = statement.where(_same_agent(SHIPMENT.c.agent_id, agent_id))
    return statement


SHIPMENT_COLUMNS = (
    SHIPMENT.c.id,
    SHIPMENT.c.booking_no,
    SHIPMENT.c.agent_id,
    SHIPMENT.c.customer_id,
    CUSTOMER.c.tier,
    SHIPMENT.c.pol,
    SHIPMENT.c.pod,
    SHIPMENT.c.stage,
)


def _dated(session: Any, period: Period, agent_id: int | None) -> list[tuple[Any, ...]]:
    """(shipment columns..., sail day), boxes and charges of the dated shipments, each read in
    one statement joined to the shipment rows the index finds."""
    statement = select(*SHIPMENT_COLUMNS, SHIPMENT.c.etd).join(
        CUSTOMER, CUSTOMER.c.id == SHIPMENT.c.customer_id
    )
    return list(_connection(session).execute(_sailed_filter(statement, period, agent_id)))


def _dated_children(
    session: Any, period: Period, agent_id: int | None, *columns: Any
) -> dict[int, list[Any]]:
    statement = select(*columns).join(SHIPMENT, SHIPMENT.c.id == columns[0])
    found: dict[int, list[Any]] = {}
    for row in _connection(session).execute(_sailed_filter(statement, period, agent_id)):
        found.setdefault(row[0], []).append(tuple(row[1:]))
    return found


def _undated(
    session: Any, period: Period, agent_id: int | None, tz: dt.tzinfo
) -> list[tuple[Any, ...]]:
    """Shipments past sailing without an ETD: their sail day is the day of their last move to
    sailed. Candidates are the moves in the period (index on to_stage, at); only their own
    history is then read for a later move."""
    start, end = utc_bounds(period, tz)
    statement = (
        select(*SHIPMENT_COLUMNS)
        .distinct()
        .select_from(STAGE_CHANGE)
        .join(SHIPMENT, SHIPMENT.c.id == STAGE_CHANGE.c.shipment_id)
        .join(CUSTOMER, CUSTOMER.c.id == SHIPMENT.c.customer_id)
        .where(STAGE_CHANGE.c.to_stage == "sailed")
        .where(STAGE_CHANGE.c.at >= start, STAGE_CHANGE.c.at < end)
        .where(SHIPMENT.c.etd.is_(None), SHIPMENT.c.stage.in_(SAILED_STAGES))
    )
    if agent_id is not None:
        statement = statement.where(_same_agent(SHIPMENT.c.agent_id, agent_id))
    candidates = {row[0]: tuple(row) for row in session.execute(statement).all()}
    last: dict[int, dt.datetime] = {}
    for chunk in _chunks(list(candidates)):
        moves = session.execute(
            select(STAGE_CHANGE.c.shipment_id, func.max(STAGE_CHANGE.c.at))
            .where(STAGE_CHANGE.c.shipment_id.in_(chunk), STAGE_CHANGE.c.to_stage == "sailed")
            .group_by(STAGE_CHANGE.c.shipment_id)
        ).all()
        last.update({shipment_id: at for shipment_id, at in moves})
    found = []
    for shipment_id, row in candidates.items():
        day = last[shipment_id].astimezone(tz).date()
        if period.contains(day):
            found.append((*row, day))
    return found


def shipment_rows(
    session: Any, period: Period, tz: dt.tzinfo, agent_id: int | None = None
) -> list[ShipmentRow]:
    """Shipments that sailed in the period (optionally one agent's), with boxes and charges."""
    box_columns = (SHIPMENT_CONTAINER.c.shipment_id, SHIPMENT_CONTAINER.c.type_code)
    charge_columns = (
        CHARGE_LINE.c.shipment_id,
        CHARGE_LINE.c.side,
        CHARGE_LINE.c.amount_minor,
        CHARGE_LINE.c.currency,
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
    session: Any, period: Period, tz: dt.tzinfo, agent_id: int | None = None
) -> list[ShipmentRow]:
    """Only the shipments without an ETD that sailed in the period (see `_undated`)."""
    undated = _undated(session, period, agent_id, tz)
    ids = [row[0] for row in undated]
    boxes = _by_shipment(
        session, ids, SHIPMENT_CONTAINER.c.shipment_id, SHIPMENT_CONTAINER.c.type_code
    )
    lines = _by_shipment(
        session,
        ids,
        CHARGE_LINE.c.shipment_id,
        CHARGE_LINE.c.side,
        CHARGE_LINE.c.amount_minor,
        CHARGE_LINE.c.currency,
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
    etd = SHIPMENT.c.etd
    whens: list[tuple[Any, Any]] = [
        (etd < day, literal_column(str(n))) for n, day in enumerate(starts[1:])
    ]
    return case(*whens, else_=literal_column(str(len(starts) - 1))).label(STRETCH)


def _summed_rows(
    session: Any, starts: Sequence[dt.date], counts: Any, boxes: Any, charges: Any
) -> list[ShipmentRow]:
    connection = _connection(session)
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
    session: Any,
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
    key = (SHIPMENT.c.agent_id, _stretch(starts))
    grouped: tuple[Any, ...] = (SHIPMENT.c.agent_id, literal_column(STRETCH))
    counts = select(*key, func.count()).group_by(*grouped)
    boxes = (
        select(*key, SHIPMENT_CONTAINER.c.type_code, func.count())
        .join(SHIPMENT, SHIPMENT.c.id == SHIPMENT_CONTAINER.c.shipment_id)
        .group_by(*grouped, SHIPMENT_CONTAINER.c.type_code)
    )
    charges = (
        select(*key, CHARGE_LINE.c.side, CHARGE_LINE.c.currency)
        .add_columns(func.sum(CHARGE_LINE.c.amount_minor))
        .join(SHIPMENT, SHIPMENT.c.id == CHARGE_LINE.c.shipment_id)
        .group_by(*grouped, CHARGE_LINE.c.side, CHARGE_LINE.c.currency)
    )
    read = [_sailed_filter(statement, period, agent_id) for statement in (counts, boxes, charges)]
    summed = _summed_rows(session, starts, *read)
    return summed + shipment_rows_undated(session, period, tz, agent_id)


def inquiry_rows(
    session: Any, period: Period, tz: dt.tzinfo, agent_id: int | None = None
) -> list[InquiryRow]:
    start, end = utc_bounds(period, tz)
    quoted = exists().where(QUOTE.c.inquiry_id == INQUIRY.c.id, QUOTE.c.sent_at.is_not(None))
    booked = exists().where(QUOTE.c.inquiry_id == INQUIRY.c.id, QUOTE.c.shipment_id.is_not(None))
    statement = select(
        INQUIRY.c.id,
        INQUIRY.c.agent_id,
        INQUIRY.c.received_at,
        INQUIRY.c.sla_due_at,
        INQUIRY.c.first_response_at,
        quoted,
        booked,
    ).where(INQUIRY.c.received_at >= start, INQUIRY.c.received_at < end)
    if agent_id is not None:
        statement = statement.where(INQUIRY.c.agent_id == agent_id)
    return [InquiryRow(*row) for row in session.execute(statement).all()]


def follow_up_rows(
    session: Any, period: Period, tz: dt.tzinfo, agent_id: int | None = None
) -> list[TaskRow]:
    start, end = utc_bounds(period, tz)
    statement = select(TASK.c.id, TASK.c.agent_id, TASK.c.due_at, TASK.c.done_at).where(
        TASK.c.kind == FOLLOW_UP, TASK.c.due_at >= start, TASK.c.due_at < end
    )
    if agent_id is not None:
        statement = statement.where(_same_agent(TASK.c.agent_id, agent_id))
    return [TaskRow(*row) for row in session.execute(statement).all()]


def trouble_rows(
    session: Any, period: Period, tz: dt.tzinfo, agent_id: int | None = None
) -> list[TroubleRow]:
    """Troubles opened in the period, and those whose status changed in it (closed complaints)."""
    start, end = utc_bounds(period, tz)
    found: dict[int, TroubleRow] = {}
    for column in (TROUBLE.c.opened_at, TROUBLE.c.status_at):
        statement = (
            select(
                TROUBLE.c.id,
                TROUBLE.c.shipment_id,
                SHIPMENT.c.agent_id,
                TROUBLE.c.kind,
                TROUBLE.c.status,
                TROUBLE.c.opened_at,
                TROUBLE.c.status_at,
            )
            .join(SHIPMENT, SHIPMENT.c.id == TROUBLE.c.shipment_id)
            .where(column >= start, column < end)
        )
        if agent_id is not None:
            statement = statement.where(_same_agent(SHIPMENT.c.agent_id, agent_id))
        for row in session.execute(statement).all():
            found[row[0]] = TroubleRow(*row)
    return list(found.values())


def _owners(session: Any, owner_id: int | None) -> list[int]:
    """The owners to look at: one, or every agent (so the customer index is used by owner)."""
    if owner_id is not None:
        return [owner_id]
    return list(session.execute(select(AGENT.c.id)).scalars())


def due_customers(session: Any, owner_id: int | None = None) -> dict[int | None, set[int]]:
    """Today's A and B customers (due every working day, H89) by owner, read by owner and tier
    through the customer index, not by scanning every customer."""
    statement = select(CUSTOMER.c.owner_id, CUSTOMER.c.id).where(
        CUSTOMER.c.owner_id.in_(_owners(session, owner_id)),
        CUSTOMER.c.tier.in_(("A", "B")),
    )
    found: dict[int | None, set[int]] = {}
    for owner, customer_id in session.execute(statement).all():
        found.setdefault(owner, set()).add(customer_id)
    return found


def reached_days(
    session: Any, period: Period, tz: dt.tzinfo, owner_id: int | None = None
) -> list[tuple[int | None, int, dt.date]]:
    """(owner, customer, day) for every conversation with an A or B customer in the period: from
    the A/B customers to their interactions by (customer, time), so C and D calls are never read."""
    start, end = utc_bounds(period, tz)
    statement = (
        select(CUSTOMER.c.owner_id, INTERACTION.c.customer_id, INTERACTION.c.at)
        .select_from(CUSTOMER)
        .join(INTERACTION, INTERACTION.c.customer_id == CUSTOMER.c.id)
        .where(CUSTOMER.c.owner_id.in_(_owners(session, owner_id)))
        .where(CUSTOMER.c.tier.in_(("A", "B")))
        .where(INTERACTION.c.at >= start, INTERACTION.c.at < end)
        .where(INTERACTION.c.outcome.in_(sorted(REACHED_OUTCOMES)))
    )
    return [(owner, cid, at.astimezone(tz).date()) for owner, cid, at in session.execute(statement)]


def fx_rates(session: Any, months: Iterable[dt.date]) -> FxRates:
    wanted = list(months)
    statement = select(FX_RATE.c.month, FX_RATE.c.currency, FX_RATE.c.cny_per_unit_micros)
    rows = session.execute(statement.where(FX_RATE.c.month.in_(wanted))).all()
    return {(month, currency): micros for month, currency, micros in rows}


def group_changes(session: Any) -> list[GroupChangeRow]:
    statement = select(
        GROUP_CHANGE.c.agent_id,
        GROUP_CHANGE.c.old_group,
        GROUP_CHANGE.c.new_group,
        GROUP_CHANGE.c.effective_on,
    ).order_by(GROUP_CHANGE.c.effective_on, GROUP_CHANGE.c.id)
    return [GroupChangeRow(*row) for row in session.execute(statement).all()]
