"""The board screen through Pilot: move a shipment through every stage with the keys, record
trouble and see it on top, release a held B/L (refused for a VIP unless a supervisor), filter."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widgets import Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import DESK_TZ, open_desk
from csdesk.desk.money import release_bl
from csdesk.desk.shipments import resolve_shipment
from csdesk.models import StageChange, Task
from csdesk.screens.board import BoardScreen
from csdesk.screens.board_forms import StageDataModal
from csdesk.screens.shipment import ShipmentScreen
from csdesk.widgets.board_column import BoardColumnView, CardList
from csdesk.widgets.calls_list import CallRows, render_entry
from tests.conftest import TODAY
from tests.ui.board_fixtures import board_db
from tests.ui.keys import wait_for_workers

__all__ = ["board_db"]


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(4):
        await pilot.pause()
        await wait_for_workers(pilot)
    await pilot.pause()


async def open_board(pilot: Pilot[None]) -> BoardScreen:
    await settle(pilot)
    await pilot.press("f7")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, BoardScreen)
    if os.environ.get("CSDESK_SHOT"):
        pilot.app.save_screenshot(filename="board.svg", path=os.environ["CSDESK_SHOT"])
    return screen


def column(screen: BoardScreen, stage: str) -> CardList:
    return screen.query_one(f"#column-{stage}", BoardColumnView).card_list


def stage_of(db: Path, booking_no: str) -> str:
    desk = open_desk(db, today=TODAY)
    try:
        with desk.session() as session:
            return resolve_shipment(session, booking_no).stage
    finally:
        desk.engine.dispose()


async def test_board_shows_my_columns_with_trouble_first(board_db: Path) -> None:
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        booked = [card.booking_no for card in column(screen, "booked").cards]
        assert booked == ["OOLU2300002", "COSU6300001"]  # nearest gate-in cut-off first
        assert [card.booking_no for card in column(screen, "bl_issued").cards] == ["EGLV1400004"]
        assert column(screen, "sailed").cards == []  # zhao's booking is not mine
        status = str(screen.query_one("#board-status", Static).render())
        assert "我的订舱" in status and "4" in status


async def test_advance_a_shipment_through_every_stage_with_the_keys(board_db: Path) -> None:
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        await pilot.press("j")  # COSU6300001, the second card of 订舱
        assert column(screen, "booked").current.booking_no == "COSU6300001"  # type: ignore[union-attr]
        seen = []

        async def advance(key: str) -> None:
            await pilot.press(key)
            await settle(pilot)
            card = screen.current_card()
            assert card is not None and card.booking_no == "COSU6300001", key
            seen.append(card.stage)

        for key in ["right_square_bracket", "】", "]", "]"]:
            await advance(key)
        # The B/L step asks for the B/L number (issue 13); the board card shows it.
        await pilot.press("］")
        await settle(pilot)
        assert isinstance(app.screen, StageDataModal)
        await pilot.press(*"COSU6301234567", "ctrl+s")
        await settle(pilot)
        card = screen.current_card()
        assert card is not None and (card.stage, card.bl_no) == ("bl_issued", "COSU6301234567")
        # No receivable charge was entered: the B/L stage waits for a supervisor's release.
        await pilot.press("]")
        await settle(pilot)
        assert stage_of(board_db, "COSU6300001") == "bl_issued"
        store = open_desk(board_db, agent_login="lead", today=TODAY)
        with store.session() as session:
            release_bl(session, "COSU6300001", today=TODAY, actor=store.agent, reason="另开账单")
        store.engine.dispose()
        for key in ["]", "]"]:
            await advance(key)
        assert seen == [
            "pre_allocated",
            "stuffing",
            "gated_in",
            "sailed",
            "in_transit",
            "arrived",
        ]
        await pilot.press("]")
        await settle(pilot)
        assert all(
            card.booking_no != "COSU6300001"
            for view in screen.query(CardList)
            for card in view.cards
        )
    assert stage_of(board_db, "COSU6300001") == "closed"


async def test_a_stage_asks_for_container_numbers_then_moves_back_with_a_reason(
    board_db: Path,
) -> None:
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        assert screen.current_card().booking_no == "OOLU2300002"  # type: ignore[union-attr]
        await pilot.press("]", "]")
        await settle(pilot)
        await pilot.press("]")  # gated in needs the container number: a form asks for it
        await settle(pilot)
        form = app.screen
        assert form.__class__.__name__ == "StageDataModal"
        await pilot.press(*"OOLU6279681")  # a wrong check digit first
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "ISO 6346" in str(form.query_one("#form-errors", Static).render())
        await pilot.press("backspace", "8")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen)
        assert screen.current_card().stage == "gated_in"  # type: ignore[union-attr]
        await pilot.press("[")
        await settle(pilot)
        await pilot.press(*"客户改船期", "ctrl+s")
        await settle(pilot)
        assert screen.current_card().stage == "stuffing"  # type: ignore[union-attr]
    desk = open_desk(board_db, today=TODAY)
    with desk.session() as session:
        shipment = resolve_shipment(session, "OOLU2300002")
        last = (
            session.execute(
                select(StageChange)
                .where(col(StageChange.shipment_id) == shipment.id)
                .order_by(col(StageChange.id).desc())
            )
            .scalars()
            .first()
        )
    desk.engine.dispose()
    assert last is not None and (last.from_stage, last.to_stage, last.reason) == (
        "gated_in",
        "stuffing",
        "客户改船期",
    )


async def test_record_a_rolled_box_puts_it_on_top_and_tasks_the_owner(board_db: Path) -> None:
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        await pilot.press("j")  # COSU6300001 sorts second: its cut-off is later
        await pilot.press("x")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "TroubleFormModal"
        await pilot.press("tab")  # the kind list starts on 甩箱 (rolled); on to its reason
        await pilot.press(*"爆仓", "tab", *"CSCL STAR", "tab", *"071W")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen)
        top = column(screen, "booked").cards[0]
        assert (top.booking_no, top.trouble, top.vessel) == (
            "COSU6300001",
            ("rolled",),
            "CSCL STAR",
        )
        first_lines = "".join(
            line.text for line in column(screen, "booked").render_lines(Region(0, 0, 20, 4))
        )
        assert "COSU6300001" in first_lines and "甩" in first_lines
    desk = open_desk(board_db, today=TODAY)
    with desk.session() as session:
        shipment = resolve_shipment(session, "COSU6300001")
        tasks = (
            session.execute(select(Task).where(col(Task.source_id) == shipment.id)).scalars().all()
        )
    desk.engine.dispose()
    assert [(task.kind, task.source_table, task.agent_id) for task in tasks] == [
        ("shipment_trouble", "shipment", shipment.agent_id)
    ]
    assert tasks[0].due_at.astimezone(DESK_TZ).date() == TODAY
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)  # the owner's call list, next login
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        calls = [render_entry(entry, 200).plain for entry in app.screen.query_one(CallRows).rows]
    assert any("宁波海天国际贸易有限公司" in line and "订舱异常" in line for line in calls), calls


async def release_held_bl(db: Path, agent: str) -> tuple[str, str]:
    """Open the VIP's held B/L from the board and try to release it; (errors, board stage)."""
    app = CSDeskApp(db=db, agent=agent, today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        await pilot.press("ctrl+backslash")  # held B/Ls only
        await settle(pilot)
        held = [card.booking_no for view in screen.query(CardList) for card in view.cards]
        assert held == ["EGLV1400004"]
        assert screen.current_card().booking_no == "EGLV1400004"  # type: ignore[union-attr]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ShipmentScreen)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("down", "down")  # handled, escalated, release
        await pilot.press("tab", *"主管同意放单", "ctrl+s")
        await settle(pilot)
        errors = ""
        if app.screen.__class__.__name__ == "TroubleStatusModal":
            errors = str(app.screen.query_one("#form-errors", Static).render())
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        marks = [card.trouble for view in screen.query(CardList) for card in view.cards]
        return errors, repr(marks)


async def test_a_vip_hold_is_released_by_a_supervisor_not_by_the_agent(board_db: Path) -> None:
    errors, marks = await release_held_bl(board_db, "li")
    assert "主管" in errors and "bl_held" in marks
    errors, marks = await release_held_bl(board_db, "lead")
    assert errors == "" and marks == "[]"


async def test_filter_as_you_type_and_customer_text_is_never_markup(board_db: Path) -> None:
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        await pilot.press("ctrl+f", *"[/]", "enter")  # Enter filters at once, back on the cards
        await settle(pilot)
        shown = [card.booking_no for view in screen.query(CardList) for card in view.cards]
        assert shown == ["MEDU7700003"]
        assert screen.current_card().customer == "备注 [/] 结束 [urgent] 贸易"  # type: ignore[union-attr]
        await pilot.press("enter")
        await settle(pilot)
        sections = str(app.screen.query_one("#sections", Static).render())
        assert "备注 [/] 结束, 客户说 [urgent]" in sections


async def test_mine_or_all_is_for_supervisors(board_db: Path) -> None:
    app = CSDeskApp(db=board_db, agent="lead", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        assert [card.booking_no for card in column(screen, "sailed").cards] == ["MAEU9100005"]
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert column(screen, "sailed").cards == []


async def test_help_lists_the_board_keys_with_their_ime_twins(board_db: Path) -> None:
    from csdesk.screens.help import help_text

    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        text = help_text(screen).plain
        await pilot.press("l", "l")
        assert screen.column_index == 2
        await pilot.press("left")
        assert screen.column_index == 1
    for words in [
        "推进一环节",
        "]",
        "】",
        "退回一环节",
        "【",
        "记录异常",
        "Ctrl+X",
        "加备注",
        "Ctrl+J",
        "打开订舱",
    ]:
        assert words in text, words
    # F9 and F10 open Accounts and KPIs from every screen: the board keeps neither for itself.
    from csdesk import keymap

    board_keys = {
        key
        for scope in ("board", "board_column")
        for s in keymap.specs(scope)
        for key in s.key_list
    }
    assert not {"f9", "f10"} & board_keys
