"""The board as a newcomer met it: the cursor starts where the bookings are, keys on an empty
column say why nothing moved, and a booking moved on and back keeps its days in the stage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.desk.shipments import move_shipment
from csdesk.rules.stages import BOARD_STAGES
from csdesk.screens.board_forms import NoteModal
from tests.conftest import TODAY
from tests.desk.shipment_fixtures import NOW, book, customer
from tests.ui.test_board_screen import open_board, settle
from tests.ui.test_unexpected_errors import toasts


@pytest.fixture
def late_board(db_path: Path, desk: Desk) -> Path:
    """Two bookings, both past the first two stages: the first columns are empty."""
    plain = customer(desk, "宁波海天国际贸易有限公司", owner="li")
    with desk.session() as session:
        for booking_no in ("COSU6300001", "COSU6300002"):
            shipment = book(
                session, plain, booking_no, containers=[{"type": "40HQ", "number": "CSQU3054383"}]
            )
            assert shipment.id is not None
            move_shipment(session, shipment.id, "gated_in", now=NOW - dt.timedelta(days=2))
    return db_path


async def test_the_cursor_starts_on_the_first_column_with_bookings(late_board: Path) -> None:
    app = CSDeskApp(db=late_board, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        screen = await open_board(pilot)
        assert BOARD_STAGES[screen.column_index] == "gated_in"
        assert screen.current_card() is not None
        await pilot.press("ctrl+j")  # a note: Ctrl+B is tmux's prefix and never arrives
        await settle(pilot)
        assert isinstance(app.screen, NoteModal)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("h")  # to an empty column, where ] cannot move anything
        await settle(pilot)
        assert screen.current_card() is None
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert any("没有订舱" in line for line in toasts(app)), toasts(app)


def test_a_move_undone_keeps_the_days_in_the_stage_and_both_moves_in_history(
    desk: Desk,
) -> None:
    from sqlalchemy import select
    from sqlmodel import col

    from csdesk.models import Shipment, StageChange

    plain = customer(desk, "宁波海天国际贸易有限公司", owner="li")
    entered = NOW - dt.timedelta(days=5)
    with desk.session() as session:
        shipment = book(
            session,
            plain,
            "COSU6300001",
            containers=[{"type": "40HQ", "number": "CSQU3054383"}],
            now=entered - dt.timedelta(days=3),
        )
        shipment_id = shipment.id or 0
        move_shipment(session, shipment_id, "gated_in", now=entered)
        move_shipment(session, shipment_id, "sailed", now=NOW - dt.timedelta(hours=2))
        move_shipment(session, shipment_id, "gated_in", reason="点错了", now=NOW)
        moved = session.get(Shipment, shipment_id)
        assert moved is not None and moved.stage == "gated_in"
        assert moved.stage_since == entered  # 5 days in the stage, not 0
        history = session.execute(
            select(col(StageChange.from_stage), col(StageChange.to_stage), col(StageChange.reason))
            .where(col(StageChange.shipment_id) == shipment_id)
            .order_by(col(StageChange.id))
        ).all()
        assert [tuple(row) for row in history][-2:] == [
            ("gated_in", "sailed", None),
            ("sailed", "gated_in", "点错了"),
        ]
        # Back further than the last move: a new stay in that stage, counted from now.
        move_shipment(session, shipment_id, "booked", reason="改船", now=NOW)
        again = session.get(Shipment, shipment_id)
        assert again is not None and again.stage_since == NOW
