"""The board: one column per open stage, each paged in SQL by (trouble rank, sort time, id).

Read with SQLAlchemy Core (csdesk.store.core_tables): `csdesk board` and the Board screen import
no ORM to draw it (issue 11). Each column is one indexed walk (`ix_shipment_board`, or
`ix_shipment_agent_board` for one agent, or the held B/Ls' partial index `ix_shipment_held`)
from a keyset cursor, so the first page of a column costs the same with 200 open shipments or
20,000; the first pages of all columns are one statement. A text filter (board_filtered) finds
up to COUNT_CAP matches through their own indexes and counts them exactly; a broader one walks
each column in order, testing each card, and counts a full page "at least" (BoardColumn).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, literal, literal_column, select, tuple_, union_all

from csdesk.desk.shipments.board_match import INDEXED_KINDS, text_matches, trouble_matches
from csdesk.rules.stages import BOARD_STAGES, NO_DEADLINE, days_in_stage
from csdesk.rules.zone import DESK_TZ
from csdesk.store import core_tables
from csdesk.store.coltypes import UTCDateTime
from csdesk.store.core_tables import dialect_name
from csdesk.store.trigram import plan_for_these_values

PAGE_SIZE = 12  # cards per column page: a screenful (about six show at once) and the next few
Cursor = tuple[int, dt.datetime, int]
CARDS_PER_READ = 500  # ids bound in one read of a filtered board's cards
# The account row holding a customer's oldest due date in any currency (models.money).
ALL_CURRENCIES = "*"
S = core_tables.shipment.c
C = core_tables.customer.c
A = core_tables.agent.c
ACCOUNT = core_tables.customer_account.c


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
    # The count is a floor ("at least"): a filter matched more than board_filtered.COUNT_CAP
    # shipments, and this column more than its first page; shown as "120+".
    at_least: bool = False


_CARD_COLUMNS = (
    S.id,
    S.booking_no,
    C.name,
    S.carrier,
    S.vessel,
    S.voyage,
    A.login,
    S.stage,
    S.stage_since,
    S.trouble_kinds,
    S.trouble_rank,
    S.sort_at,
    S.cutoff_at,
    S.eta,
    S.version,
    S.bl_no,
    ACCOUNT.oldest_due_on,
)
_ORDER = (S.trouble_rank, S.sort_at, S.id)


def _with_names(statement: Any) -> Any:
    """The card's customer and agent, and the customer's oldest open due date in any currency:
    one primary-key read each per card."""
    return (
        statement.join(core_tables.customer, C.id == S.customer_id)
        .outerjoin(core_tables.agent, A.id == S.agent_id)
        .outerjoin(
            core_tables.customer_account,
            and_(ACCOUNT.customer_id == S.customer_id, ACCOUNT.currency == ALL_CURRENCIES),
        )
    )


def _conditions(flt: BoardFilter, trigram: bool = False, by_text: Any = text_matches) -> list[Any]:
    """The filter's conditions; `by_text(text, trigram)` is the text's: its matches looked up by
    index (text_matches), or the test on each row (text_holds). Built once per statement: a
    board statement holds a page per column, and building the text's look-ups is not free."""
    conditions = []
    if flt.agent_id is not None:
        conditions.append(S.agent_id == flt.agent_id)
    if flt.trouble:
        conditions.append(trouble_matches(flt.trouble))
    if flt.text and flt.text.strip():
        conditions.append(by_text(flt.text.strip(), trigram))
    return conditions


def _filtered(statement: Any, flt: BoardFilter, trigram: bool = False) -> Any:
    return statement.where(*_conditions(flt, trigram))


def prepared_for(session: Any, flt: BoardFilter) -> bool:
    """Whether the store has the FTS5 indexes (SQLite, migration 0008); a text filter on
    PostgreSQL is planned for its pattern (store.trigram), so its LIKE reads the trigram index."""
    if flt.text and flt.text.strip():
        plan_for_these_values(session)
    return dialect_name(session) == "sqlite"


def _card(row: Any, today: dt.date, tz: ZoneInfo) -> BoardCard:
    (id_, booking, customer, carrier, vessel, voyage, login, stage, since) = row[:9]
    (kinds, rank, sort_at, cutoff_at, eta, version, bl_no, oldest_due) = row[9:17]
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
        trouble=tuple(kind for kind in kinds.split("|") if kind),
        trouble_rank=rank,
        sort_at=sort_at,
        cutoff_at=cutoff_at,
        eta=eta,
        version=version,
        bl_no=bl_no,
        overdue=oldest_due is not None and oldest_due < today,
    )


def board_column(
    session: Any,
    stage: str,
    flt: BoardFilter,
    *,
    today: dt.date,
    tz: ZoneInfo = DESK_TZ,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> list[BoardCard]:
    """One page of a column: trouble first, then the nearest cut-off or ETA; `after` is the last
    card's cursor of the previous page. `session` is a Session or a Core Connection."""
    statement = (
        _with_names(select(*_CARD_COLUMNS).select_from(core_tables.shipment))
        .where(S.stage == stage)
        .order_by(*_ORDER)
        .limit(limit)
    )
    if after is not None:
        rank, sort_at, last_id = after
        key = tuple_(*_ORDER)
        statement = statement.where(key > tuple_(rank, literal(sort_at, UTCDateTime()), last_id))
    trigram = prepared_for(session, flt)
    by_text = text_matches
    if flt.text and flt.text.strip():  # a broad filter walks the column, as its first page did
        from csdesk.desk.shipments.board_filtered import text_test

        by_text = text_test(session, flt, trigram)
    rows = session.execute(statement.where(*_conditions(flt, trigram, by_text))).all()
    return [_card(row, today, tz) for row in rows]


def column_counts(session: Any, flt: BoardFilter) -> dict[str, int]:
    statement = (
        select(S.stage, func.count())
        .select_from(core_tables.shipment)
        .where(S.stage.in_(BOARD_STAGES))
        .group_by(S.stage)
    )
    statement = _filtered(statement, flt, prepared_for(session, flt))
    counts = {stage: count for stage, count in session.execute(statement).all()}
    return {stage: int(counts.get(stage, 0)) for stage in BOARD_STAGES}


def not_by_index(column: Any) -> Any:
    """`column` as an expression no index serves (`stage || ''`): the planner then starts from
    the filter's matches (found by their own indexes) instead of walking the whole board index
    and testing every open shipment against them."""
    return column.op("||")(literal_column("''"))


def cards_by_id(session: Any, ids: list[int], today: dt.date, tz: ZoneInfo) -> dict[int, Any]:
    """The cards of `ids` (primary-key reads), in chunks that stay under SQLite's bound limit."""
    cards = {}
    for start in range(0, len(ids), CARDS_PER_READ):
        statement = _with_names(select(*_CARD_COLUMNS).select_from(core_tables.shipment)).where(
            S.id.in_(ids[start : start + CARDS_PER_READ])
        )
        for row in session.execute(statement).all():
            cards[row[0]] = _card(row, today, tz)
    return cards


def first_pages_statement(conditions: list[Any], limit: int) -> Any:
    """The first `limit` cards of every column kept to `conditions`, in one statement: each page
    a walk of its stage's stretch of the board index (the agent's, or the held B/Ls' partial
    index) that stops after `limit` cards. Nine statements cost nine round trips."""
    pages = [
        select(S.id.label("shipment_id"))
        .where(S.stage == stage, *conditions)
        .order_by(*_ORDER)
        .limit(limit)
        .subquery()
        for stage in BOARD_STAGES
    ]
    first = union_all(*(select(page) for page in pages)).subquery()
    return _with_names(
        select(*_CARD_COLUMNS)
        .select_from(first)
        .join(core_tables.shipment, S.id == first.c.shipment_id)
    ).order_by(*_ORDER)


def cards_by_stage(rows: Any, today: dt.date, tz: ZoneInfo) -> dict[str, list[BoardCard]]:
    """The cards of `rows` (read in board order) by column."""
    cards: dict[str, list[BoardCard]] = {stage: [] for stage in BOARD_STAGES}
    for row in rows:
        card = _card(row, today, tz)
        cards[card.stage].append(card)
    return cards


def first_pages(
    session: Any, flt: BoardFilter, today: dt.date, tz: ZoneInfo, limit: int
) -> dict[str, list[BoardCard]]:
    """The first page of every column (first_pages_statement)."""
    conditions = _conditions(flt, prepared_for(session, flt))
    rows = session.execute(first_pages_statement(conditions, limit)).all()
    return cards_by_stage(rows, today, tz)


def _paged_board(
    session: Any, flt: BoardFilter, today: dt.date, tz: ZoneInfo, limit: int
) -> list[BoardColumn]:
    """The first pages by index walks, and the counts in one more statement."""
    cards = first_pages(session, flt, today, tz, limit)
    counts = column_counts(session, flt)
    return [BoardColumn(stage, cards[stage], counts[stage]) for stage in BOARD_STAGES]


def _by_text_or_scattered(flt: BoardFilter) -> bool:
    """Whether the filter's matches are found apart from the board index (a text, a trouble
    kind without a partial index): then they are found once and numbered, not walked."""
    if flt.text and flt.text.strip():
        return True
    return bool(flt.trouble) and flt.trouble not in INDEXED_KINDS


def load_board(
    session: Any,
    flt: BoardFilter,
    *,
    today: dt.date,
    tz: ZoneInfo = DESK_TZ,
    limit: int = PAGE_SIZE,
) -> list[BoardColumn]:
    """The first page of every open column, booked to arrived, with each column's count.

    `session` is a Session or a Core Connection: the read is Core (no ORM imported).
    """
    if _by_text_or_scattered(flt):
        from csdesk.desk.shipments.board_filtered import filtered_board

        return filtered_board(session, flt, today, tz, limit)
    return _paged_board(session, flt, today, tz, limit)
