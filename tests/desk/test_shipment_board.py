"""The board query: per-column keyset pages, ordering, filters, mine vs all."""

from __future__ import annotations

import datetime as dt
import random

from csdesk.desk.context import Desk
from csdesk.desk.money import release_bl
from csdesk.desk.shipments import (
    BoardCard,
    BoardFilter,
    board_column,
    column_counts,
    load_board,
    move_shipment,
    record_trouble,
)
from csdesk.rules.stages import BOARD_STAGES
from csdesk.rules.trouble import board_order_key
from tests.desk.shipment_fixtures import NOW, agent, book, customer


def all_pages(desk: Desk, stage: str, flt: BoardFilter, limit: int) -> list[BoardCard]:
    cards: list[BoardCard] = []
    with desk.session() as session:
        while True:
            after = cards[-1].cursor if cards else None
            page = board_column(session, stage, flt, today=desk.today, after=after, limit=limit)
            cards.extend(page)
            if len(page) < limit:
                return cards


def test_pages_walk_a_column_in_board_order_without_gaps(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    rng = random.Random(6)
    with desk.session() as session:
        for number in range(130):
            # Many equal cut-offs, so the id must break ties for the cursor.
            cutoff = NOW + dt.timedelta(hours=rng.choice([30, 30, 48, 72, 200]))
            shipment = book(session, owner, f"PAGE{number:04d}", gate_cutoff=cutoff, si_cutoff=None)
            if number % 9 == 0:
                assert shipment.id is not None
                record_trouble(session, shipment.id, "cargo_problem", note="箱子破损", now=NOW)
    cards = all_pages(desk, "booked", BoardFilter(), limit=17)
    assert len(cards) == len({card.id for card in cards}) == 130
    expected = sorted(cards, key=lambda card: board_order_key(card.trouble, card.sort_at, card.id))
    assert cards == expected
    assert all(card.trouble for card in cards[:15]) and not cards[15].trouble


def test_mine_and_all(desk: Desk) -> None:
    lis = customer(desk, "宁波华光", owner="li")
    zhaos = customer(desk, "Lagos Star Trading", owner="zhao", kind="peer")
    with desk.session() as session:
        book(session, lis, "MINE1")
        book(session, zhaos, "THEIRS1")
    li = agent(desk, "li")
    mine = all_pages(desk, "booked", BoardFilter(agent_id=li.id), limit=50)
    everyone = all_pages(desk, "booked", BoardFilter(), limit=50)
    assert [card.booking_no for card in mine] == ["MINE1"]
    assert {card.booking_no for card in everyone} == {"MINE1", "THEIRS1"}


def test_filter_by_customer_carrier_vessel_booking_or_container(desk: Desk) -> None:
    ningbo = customer(desk, "宁波华光进出口")
    lagos = customer(desk, "Lagos Star Trading")
    with desk.session() as session:
        book(session, ningbo, "COSU7001", containers=[{"type": "40HQ", "number": "MSCU1234566"}])
        book(session, lagos, "MAEU7002", carrier="MAERSK", vessel="MAERSK ESSEN", voyage="247S")
    cases = {
        "华光": ["COSU7001"],
        "nbhg": ["COSU7001"],  # pinyin initials of 宁波华光
        "lagos star": ["MAEU7002"],
        "maersk": ["MAEU7002"],
        "essen": ["MAEU7002"],
        "cosu70": ["COSU7001"],
        "mscu123": ["COSU7001"],
        "7": ["COSU7001", "MAEU7002"],
        "100%_": [],
    }
    for text, bookings in cases.items():
        found = all_pages(desk, "booked", BoardFilter(text=text), limit=50)
        assert sorted(card.booking_no for card in found) == bookings, text


def test_board_leaves_closed_out_and_counts_each_column(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        done = book(session, owner, "DONE1", containers=[{"type": "20GP", "number": "TEMU6138040"}])
        book(session, owner, "OPEN1")
        transit = book(
            session, owner, "SEA1", containers=[{"type": "40HQ", "number": "SEGU4712110"}]
        )
        assert done.id is not None and transit.id is not None
        lead = agent(desk, "lead")
        for shipment_id, target in ((done.id, "closed"), (transit.id, "in_transit")):
            # No receivable charges: past the B/L only once a supervisor released it.
            move_shipment(session, shipment_id, "bl_issued", now=NOW)
            release_bl(session, shipment_id, today=desk.today, actor=lead, reason="费用另开账单")
            move_shipment(session, shipment_id, target, now=NOW)
        columns = load_board(session, BoardFilter(), today=desk.today)
        counts = column_counts(session, BoardFilter(text="sea"))
    assert [column.stage for column in columns] == list(BOARD_STAGES)
    assert {column.stage: column.count for column in columns if column.count} == {
        "booked": 1,
        "in_transit": 1,
    }
    assert [card.booking_no for card in columns[0].cards] == ["OPEN1"]
    assert counts["in_transit"] == 1 and counts["booked"] == 0


def test_days_in_stage_count_from_the_last_move(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = book(session, owner, "DAYS1", now=NOW - dt.timedelta(days=6))
        assert shipment.id is not None
        move_shipment(session, shipment.id, "pre_allocated", now=NOW - dt.timedelta(days=2))
        [card] = board_column(session, "pre_allocated", BoardFilter(), today=desk.today)
    assert card.days_in_stage == 2


def test_a_filtered_board_in_one_statement_matches_its_column_pages(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    other = customer(desk, "Lagos Star Trading")
    with desk.session() as session:
        for number in range(9):
            shipment = book(session, owner if number % 3 else other, f"COSU80{number}")
            assert shipment.id is not None
            if number % 2:
                move_shipment(session, shipment.id, "pre_allocated", now=NOW)
            if number % 4 == 0:
                record_trouble(session, shipment.id, "complaint", note="晚了", now=NOW)
        for flt in (
            BoardFilter(text="cosu80"),
            BoardFilter(text="华光"),
            BoardFilter(trouble="complaint"),
        ):
            board = load_board(session, flt, today=desk.today, limit=3)
            for column in board:
                page = board_column(session, column.stage, flt, today=desk.today, limit=3)
                assert column.cards == page, (flt, column.stage)
                assert column.count == column_counts(session, flt)[column.stage]
    assert [len(column.cards) for column in board[:2]] == [3, 0] and board[0].count == 3
