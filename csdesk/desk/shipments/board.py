"""The board: one column per open stage, each paged in SQL by (trouble rank, sort time, id).

Each column is one indexed query (`ix_shipment_board`, or `ix_shipment_agent_board` for one
agent) walked from a keyset cursor, so the first page of a column costs the same with 200 open
shipments or 20,000. A text or trouble filter finds its matches through their own indexes (the
search text's, the customer's, the trouble's) and reads the whole filtered board at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, literal, literal_column, or_, select, tuple_, union
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ
from csdesk.desk.shipments.common import split_kinds
from csdesk.models import Agent, Customer, CustomerAccount, Shipment, Trouble
from csdesk.models.base import UTCDateTime
from csdesk.models.money import ALL_CURRENCIES
from csdesk.rules.names import fold
from csdesk.rules.stages import BOARD_STAGES, NO_DEADLINE, days_in_stage
from csdesk.rules.trouble import ACTIVE_STATUSES
from csdesk.store import search_index
from csdesk.store.trigram import name_holds, plan_for_these_values

PAGE_SIZE = 30  # cards per column page; about six show at once
Cursor = tuple[int, dt.datetime, int]


@dataclass(frozen=True)
class BoardFilter:
    agent_id: int | None = None  # None: the whole desk (a supervisor's view)
    text: str | None = None  # customer, carrier, vessel, booking or container number
    trouble: str | None = None  # one trouble kind, e.g. bl_held: every held B/L


@dataclass(frozen=True)
class BoardCard:
    id: int
    booking_no: str
    customer: str
    carrier: str
    vessel: str | None
    voyage: str | None
    agent_login: str | None
    stage: str
    days_in_stage: int
    trouble: tuple[str, ...]
    trouble_rank: int
    sort_at: dt.datetime
    cutoff_at: dt.datetime | None
    eta: dt.date | None
    version: int
    bl_no: str | None = None
    # The customer owes money past its due date (issue 13): money trouble at a glance.
    overdue: bool = False

    @property
    def cursor(self) -> Cursor:
        return (self.trouble_rank, self.sort_at, self.id)

    @property
    def deadline(self) -> dt.datetime | None:
        return None if self.sort_at == NO_DEADLINE else self.sort_at


@dataclass(frozen=True)
class BoardColumn:
    stage: str
    cards: list[BoardCard]
    count: int


_CARD_COLUMNS = (
    col(Shipment.id),
    col(Shipment.booking_no),
    col(Customer.name),
    col(Shipment.carrier),
    col(Shipment.vessel),
    col(Shipment.voyage),
    col(Agent.login),
    col(Shipment.stage),
    col(Shipment.stage_since),
    col(Shipment.trouble_kinds),
    col(Shipment.trouble_rank),
    col(Shipment.sort_at),
    col(Shipment.cutoff_at),
    col(Shipment.eta),
    col(Shipment.version),
    col(Shipment.bl_no),
    col(CustomerAccount.oldest_due_on),
)


def _with_account(statement: Any) -> Any:
    """The customer's oldest open due date in any currency: one primary-key read per card."""
    return statement.outerjoin(
        CustomerAccount,
        and_(
            col(CustomerAccount.customer_id) == col(Shipment.customer_id),
            col(CustomerAccount.currency) == ALL_CURRENCIES,
        ),
    )


def _prefix_range(column: Any, prefix: str) -> Any:
    """`column` starts with `prefix`, as an index range."""
    return and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def _contains(column: Any, needle: str, trigram: bool) -> Any:
    """`column` contains `needle` (LIKE, as always). On SQLite, 3+ characters are first looked
    up in the column's FTS5 trigram index and one or two of a customer name in its pairs index
    (store.search_index): candidates by index, the same LIKE decides."""
    condition = column.contains(needle, autoescape=True)
    index = {"name": "customer_search", "name_pinyin": "customer_search"}.get(
        column.name, "shipment_search"
    )
    if not trigram:  # PostgreSQL: its trigram indexes serve the LIKE; a name's grams 1-2 chars
        if column.name == "name" and len(needle) <= 2 and not needle.isascii():
            return and_(name_holds(column, needle), condition)
        return condition
    if len(needle) >= 3:
        match = search_index.phrase(column.name, needle)
    elif column.name == "name" and not needle.isascii():
        quoted = '"' + needle.replace('"', '""') + '"'
        index, match = search_index.PAIRS, quoted if len(needle) == 2 else quoted + "*"
    else:
        return condition
    return and_(column.table.c.id.in_(search_index.matching_rowids(index, match)), condition)


def _customer_matches(query: str, trigram: bool) -> list[Any]:
    """Selects of customer ids matching `query`, each reading one index: the name's for Chinese
    or Latin text, the initials' as a range and the pinyin's for Latin letters."""
    selects: list[Any] = [
        select(col(Customer.id)).where(_contains(col(Customer.name), query, trigram))
    ]
    compact = query.replace(" ", "")
    if compact.isascii() and compact.isalnum():
        selects.append(
            select(col(Customer.id)).where(_prefix_range(col(Customer.name_initials), compact))
        )
        selects.append(
            select(col(Customer.id)).where(_contains(col(Customer.name_pinyin), compact, trigram))
        )
    return selects


def _text_matches(text: str, trigram: bool) -> Any:
    """Shipments whose booking, carrier, vessel, boxes or customer match `text`.

    Candidates come from indexes alone: on SQLite with 3+ characters the search text's trigram
    look-up and the shipment's customer index, read once each, and each candidate's row is
    then read once for the exact test. Otherwise a UNION of ids, each part reading an index
    (the search text's, the customer's name and pinyin indexes, the shipment's customer
    index), where an OR would read every wide shipment row.
    """
    query = fold(text)
    customers = union(*_customer_matches(query, trigram))
    by_customer = col(Shipment.customer_id).in_(customers)
    if trigram and len(query) >= 3:
        found = search_index.phrase("search_text", query)
        candidates = union(
            search_index.matching_rowids("shipment_search", found),
            select(col(Shipment.id)).where(by_customer),
        )
        exact = col(Shipment.search_text).contains(query, autoescape=True)
        return and_(col(Shipment.id).in_(candidates), or_(exact, by_customer))
    return col(Shipment.id).in_(
        union(
            select(col(Shipment.id)).where(_contains(col(Shipment.search_text), query, trigram)),
            select(col(Shipment.id)).where(by_customer),
        )
    )


def _with_trouble(kind: str) -> Any:
    """Ids of shipments with an open trouble of `kind` (every held B/L), by the trouble index."""
    return select(col(Trouble.shipment_id)).where(
        col(Trouble.kind) == kind, col(Trouble.status).in_(ACTIVE_STATUSES)
    )


def _narrows(flt: BoardFilter) -> bool:
    """Whether the filter picks shipments by text or trouble (rather than only by agent)."""
    return bool(flt.trouble or (flt.text and flt.text.strip()))


def _filtered(statement: Any, flt: BoardFilter, trigram: bool = False) -> Any:
    if flt.agent_id is not None:
        statement = statement.where(col(Shipment.agent_id) == flt.agent_id)
    if flt.trouble:
        statement = statement.where(col(Shipment.id).in_(_with_trouble(flt.trouble)))
    if flt.text and flt.text.strip():
        statement = statement.where(_text_matches(flt.text.strip(), trigram))
    return statement


def _prepared_for(session: Session, flt: BoardFilter) -> bool:
    """Whether the store has the FTS5 indexes; a text filter on PostgreSQL is planned for its
    pattern (store.trigram), so its LIKE reads the trigram index."""
    if flt.text and flt.text.strip():
        plan_for_these_values(session)
    return _trigram(session)


def _card(row: Any, today: dt.date, tz: ZoneInfo) -> BoardCard:
    (id_, booking, customer, carrier, vessel, voyage, login, stage, since) = row[:9]
    (kinds, rank, sort_at, cutoff_at, eta, version, bl_no, oldest_due) = row[9:]
    return BoardCard(
        id=id_,
        booking_no=booking,
        customer=customer,
        carrier=carrier,
        vessel=vessel,
        voyage=voyage,
        agent_login=login,
        stage=stage,
        days_in_stage=days_in_stage(since, today, tz),
        trouble=split_kinds(kinds),
        trouble_rank=rank,
        sort_at=sort_at,
        cutoff_at=cutoff_at,
        eta=eta,
        version=version,
        bl_no=bl_no,
        overdue=oldest_due is not None and oldest_due < today,
    )


def board_column(
    session: Session,
    stage: str,
    flt: BoardFilter,
    *,
    today: dt.date,
    tz: ZoneInfo = DESK_TZ,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> list[BoardCard]:
    """One page of a column: trouble first, then the nearest cut-off or ETA; `after` is the last
    card's cursor of the previous page."""
    statement = (
        _with_account(
            select(*_CARD_COLUMNS)
            .join(Customer, col(Customer.id) == col(Shipment.customer_id))
            .outerjoin(Agent, col(Agent.id) == col(Shipment.agent_id))
        )
        .where(col(Shipment.stage) == stage)
        .order_by(col(Shipment.trouble_rank), col(Shipment.sort_at), col(Shipment.id))
        .limit(limit)
    )
    if after is not None:
        rank, sort_at, last_id = after
        key = tuple_(col(Shipment.trouble_rank), col(Shipment.sort_at), col(Shipment.id))
        statement = statement.where(key > tuple_(rank, literal(sort_at, UTCDateTime()), last_id))
    rows = session.execute(_filtered(statement, flt, _prepared_for(session, flt))).all()
    return [_card(row, today, tz) for row in rows]


def column_counts(session: Session, flt: BoardFilter) -> dict[str, int]:
    statement = (
        select(col(Shipment.stage), func.count())
        .where(col(Shipment.stage).in_(BOARD_STAGES))
        .group_by(col(Shipment.stage))
    )
    statement = _filtered(statement, flt, _prepared_for(session, flt))
    counts = {stage: count for stage, count in session.execute(statement).all()}
    return {stage: int(counts.get(stage, 0)) for stage in BOARD_STAGES}


def _trigram(session: Session) -> bool:
    """Whether the store has the FTS5 search indexes (SQLite, migration 0008)."""
    return session.get_bind().dialect.name == "sqlite"


def _not_by_index(column: Any) -> Any:
    """`column` as an expression no index serves (`stage || ''`): the planner then starts from
    the filter's matches (found by their own indexes) instead of walking the whole board index
    and testing every open shipment against them."""
    return column.op("||")(literal_column("''"))


def _narrowed_board(
    session: Session, flt: BoardFilter, today: dt.date, tz: ZoneInfo, limit: int
) -> list[BoardColumn]:
    """A filtered board in one statement: the matches are found once (through their indexes),
    numbered and counted per stage by window functions over the narrow board index, and only
    the first `limit` of each stage joined to their customer and agent. Nine statements would
    each find the matches again; joining every match first would read thousands of rows."""
    order = (col(Shipment.trouble_rank), col(Shipment.sort_at), col(Shipment.id))
    numbered = _filtered(
        select(
            col(Shipment.id).label("shipment_id"),
            func.row_number().over(partition_by=col(Shipment.stage), order_by=order).label("n"),
            func.count().over(partition_by=col(Shipment.stage)).label("total"),
        ).where(_not_by_index(col(Shipment.stage)).in_(BOARD_STAGES)),
        flt,
        _prepared_for(session, flt),
    ).subquery()
    first = select(numbered).where(numbered.c.n <= limit).subquery()
    rows = session.execute(
        _with_account(
            select(*_CARD_COLUMNS, first.c.total)
            .select_from(first)
            .join(Shipment, col(Shipment.id) == first.c.shipment_id)
            .join(Customer, col(Customer.id) == col(Shipment.customer_id))
            .outerjoin(Agent, col(Agent.id) == col(Shipment.agent_id))
        ).order_by(col(Shipment.stage), first.c.n)
    ).all()
    cards: dict[str, list[BoardCard]] = {stage: [] for stage in BOARD_STAGES}
    totals: dict[str, int] = {}
    for row in rows:
        card = _card(row[: len(_CARD_COLUMNS)], today, tz)
        cards[card.stage].append(card)
        totals[card.stage] = int(row.total)
    return [BoardColumn(stage, cards[stage], totals.get(stage, 0)) for stage in BOARD_STAGES]


def load_board(
    session: Session,
    flt: BoardFilter,
    *,
    today: dt.date,
    tz: ZoneInfo = DESK_TZ,
    limit: int = PAGE_SIZE,
) -> list[BoardColumn]:
    """The first page of every open column, booked to arrived, with each column's count."""
    if _narrows(flt):
        return _narrowed_board(session, flt, today, tz, limit)
    counts = column_counts(session, flt)
    return [
        BoardColumn(
            stage,
            board_column(session, stage, flt, today=today, tz=tz, limit=limit),
            counts[stage],
        )
        for stage in BOARD_STAGES
    ]
