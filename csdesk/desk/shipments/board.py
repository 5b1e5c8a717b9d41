"""The board: one column per open stage, each paged in SQL by (trouble rank, sort time, id).

Each column is one indexed query (`ix_shipment_board`, or `ix_shipment_agent_board` for one
agent) walked from a keyset cursor, so the first page of a column costs the same with 200 open
shipments or 20,000. Filtering joins the customer for its name and pinyin.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, literal, select, tuple_, union
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ
from csdesk.desk.shipments.common import split_kinds
from csdesk.models import Agent, Customer, Shipment, Trouble
from csdesk.models.base import UTCDateTime
from csdesk.rules.names import fold
from csdesk.rules.stages import BOARD_STAGES, NO_DEADLINE, days_in_stage
from csdesk.rules.trouble import ACTIVE_STATUSES

PAGE_SIZE = 50
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
)


def _prefix_range(column: Any, prefix: str) -> Any:
    """`column` starts with `prefix`, as an index range."""
    return and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def _customer_matches(query: str) -> list[Any]:
    """Selects of customer ids matching `query`, each reading one index: the name's for Chinese
    or Latin text, the initials' as a range and the pinyin's for Latin letters."""
    selects: list[Any] = [
        select(col(Customer.id)).where(col(Customer.name).contains(query, autoescape=True))
    ]
    compact = query.replace(" ", "")
    if compact.isascii() and compact.isalnum():
        selects.append(
            select(col(Customer.id)).where(_prefix_range(col(Customer.name_initials), compact))
        )
        selects.append(
            select(col(Customer.id)).where(
                col(Customer.name_pinyin).contains(compact, autoescape=True)
            )
        )
    return selects


def _text_matches(text: str) -> Any:
    """Ids of shipments whose booking, carrier, vessel, boxes or customer match `text`.

    A UNION rather than an OR: each part then reads an index (the search text's covering index,
    the customer's name and pinyin indexes, the shipment's customer index), where an OR would
    read every wide shipment row.
    """
    query = fold(text)
    customers = union(*_customer_matches(query))
    return union(
        select(col(Shipment.id)).where(col(Shipment.search_text).contains(query, autoescape=True)),
        select(col(Shipment.id)).where(col(Shipment.customer_id).in_(customers)),
    )


def _with_trouble(kind: str) -> Any:
    """Ids of shipments with an open trouble of `kind` (every held B/L), by the trouble index."""
    return select(col(Trouble.shipment_id)).where(
        col(Trouble.kind) == kind, col(Trouble.status).in_(ACTIVE_STATUSES)
    )


# A filter matching at most this many shipments is resolved to ids once per board load.
MATCH_LIST_LIMIT = 2000


def matching_ids(session: Session, flt: BoardFilter) -> list[int] | None:
    """The ids a text or trouble filter selects, read once for all nine statements of a board
    load; None without such a filter or when it matches too many to pass as a list."""
    conditions: list[Any] = []
    if flt.text and flt.text.strip():
        conditions.append(col(Shipment.id).in_(_text_matches(flt.text.strip())))
    if flt.trouble:
        conditions.append(col(Shipment.id).in_(_with_trouble(flt.trouble)))
    if not conditions:
        return None
    statement = select(col(Shipment.id)).where(*conditions).limit(MATCH_LIST_LIMIT + 1)
    ids = list(session.execute(statement).scalars())
    return ids if len(ids) <= MATCH_LIST_LIMIT else None


def _filtered(statement: Any, flt: BoardFilter, matches: list[int] | None = None) -> Any:
    if flt.agent_id is not None:
        statement = statement.where(col(Shipment.agent_id) == flt.agent_id)
    if matches is not None:
        return statement.where(col(Shipment.id).in_(matches))
    if flt.trouble:
        statement = statement.where(col(Shipment.id).in_(_with_trouble(flt.trouble)))
    if flt.text and flt.text.strip():
        statement = statement.where(col(Shipment.id).in_(_text_matches(flt.text.strip())))
    return statement


def _card(row: Any, today: dt.date, tz: ZoneInfo) -> BoardCard:
    (id_, booking, customer, carrier, vessel, voyage, login, stage, since) = row[:9]
    (kinds, rank, sort_at, cutoff_at, eta, version) = row[9:]
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
    matches: list[int] | None = None,
) -> list[BoardCard]:
    """One page of a column: trouble first, then the nearest cut-off or ETA; `after` is the last
    card's cursor of the previous page."""
    statement = (
        select(*_CARD_COLUMNS)
        .join(Customer, col(Customer.id) == col(Shipment.customer_id))
        .outerjoin(Agent, col(Agent.id) == col(Shipment.agent_id))
        .where(col(Shipment.stage) == stage)
        .order_by(col(Shipment.trouble_rank), col(Shipment.sort_at), col(Shipment.id))
        .limit(limit)
    )
    if after is not None:
        rank, sort_at, last_id = after
        key = tuple_(col(Shipment.trouble_rank), col(Shipment.sort_at), col(Shipment.id))
        statement = statement.where(key > tuple_(rank, literal(sort_at, UTCDateTime()), last_id))
    rows = session.execute(_filtered(statement, flt, matches)).all()
    return [_card(row, today, tz) for row in rows]


def column_counts(
    session: Session, flt: BoardFilter, matches: list[int] | None = None
) -> dict[str, int]:
    statement = (
        select(col(Shipment.stage), func.count())
        .where(col(Shipment.stage).in_(BOARD_STAGES))
        .group_by(col(Shipment.stage))
    )
    rows = session.execute(_filtered(statement, flt, matches)).all()
    counts = {stage: count for stage, count in rows}
    return {stage: int(counts.get(stage, 0)) for stage in BOARD_STAGES}


def load_board(
    session: Session,
    flt: BoardFilter,
    *,
    today: dt.date,
    tz: ZoneInfo = DESK_TZ,
    limit: int = PAGE_SIZE,
) -> list[BoardColumn]:
    """The first page of every open column, booked to arrived, with each column's count."""
    matches = matching_ids(session, flt)
    counts = column_counts(session, flt, matches)
    return [
        BoardColumn(
            stage,
            board_column(session, stage, flt, today=today, tz=tz, limit=limit, matches=matches),
            counts[stage],
        )
        for stage in BOARD_STAGES
    ]
