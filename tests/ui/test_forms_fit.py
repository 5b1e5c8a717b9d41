"""Every form fits its fields: each focusable field is on screen, inside its scrolling box, when
it has focus, at 80x24 and at 120x36. A field that takes focus while clipped (the 甩箱 form's
新航次) silently receives what the agent meant for another field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.css.query import NoMatches
from textual.errors import NoWidget
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList

from csdesk.app import CSDeskApp
from csdesk.desk.context import open_desk
from csdesk.desk.customers import customer_card, resolve_customer
from csdesk.desk.shipments.board import BoardCard
from csdesk.rules.trouble import KINDS
from tests.conftest import TODAY
from tests.ui.test_shell_and_customers import settle

SIZES = [(80, 24), (120, 36)]
NOW = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)


def _card() -> BoardCard:
    return BoardCard(
        id=1, booking_no="COSU6300001 [/] [b]", customer="备注 [/] 结束", carrier="COSCO",
        vessel=None, voyage=None, agent_login="li", stage="booked", days_in_stage=0, trouble=(),
        trouble_rank=0, sort_at=NOW, cutoff_at=None, eta=None, version=1,
    )  # fmt: skip


def _forms(db: Path) -> dict[str, Callable[[], Screen[Any]]]:
    from csdesk.screens.board_forms import MoveBackModal, NoteModal, StageDataModal
    from csdesk.screens.contact_form import ContactFormModal
    from csdesk.screens.customer_form import CustomerFormModal
    from csdesk.screens.import_modal import ImportModal
    from csdesk.screens.quote_modals import LostReasonModal, ReturnCommentModal
    from csdesk.screens.rate_import import RateImportModal
    from csdesk.screens.search import SearchModal
    from csdesk.screens.trouble_forms import TroubleStatusModal

    desk = open_desk(db, today=TODAY)
    with desk.session() as session:
        card = customer_card(session, resolve_customer(session, "中国银行").id or 0)
    desk.engine.dispose()
    every_need = ["shipper", "consignee", "commodity", "containers", "stuffing", "vessel",
                  "voyage", "container_numbers"]  # fmt: skip
    boxes = [(1, "40HQ"), (2, "40HQ"), (3, "20GP")]
    return {
        "customer_new": lambda: CustomerFormModal(None),
        "customer_edit": lambda: CustomerFormModal(card),
        "contact_add": lambda: ContactFormModal(card, None),
        "contact_edit": lambda: ContactFormModal(card, card.contacts[0]),
        "stage_data": lambda: StageDataModal(_card(), "sailed", every_need, boxes),
        "move_back": lambda: MoveBackModal(_card()),
        "note": lambda: NoteModal(1, "COSU6300001"),
        "trouble_status_bl": lambda: TroubleStatusModal(1, 1, "bl_held", "open"),
        "trouble_status_dg": lambda: TroubleStatusModal(1, 1, "dg_fees_unconfirmed", "open"),
        "import": ImportModal,
        "rates": RateImportModal,
        "search": SearchModal,
        "lost_reason": LostReasonModal,
        "return_comment": ReturnCommentModal,
    }


def _invisible(screen: Screen[Any], widget: Widget) -> str | None:
    """Why `widget` cannot be seen, or None when all of it is in view."""
    try:
        geometry = screen.find_widget(widget)
    except NoWidget:
        return "not drawn"
    region, clip = geometry.region, geometry.clip
    if not screen.region.contains_region(clip):
        return f"clip {clip} off the screen"
    if region.height <= clip.height and not clip.contains_region(region):
        return f"{region} outside its box {clip}"
    if not region.overlaps(clip):
        return f"{region} outside its box {clip}"
    return None


async def walk_focus(pilot: Pilot[None], limit: int = 40) -> list[str]:
    """Tab through every focusable field; the fields that were not visible with focus."""
    app = pilot.app
    screen = app.screen
    problems: list[str] = []
    first = screen.focused
    assert first is not None, "the form opens with a field focused"
    seen: list[Widget] = []
    for _ in range(limit):
        focused = screen.focused
        if focused is None or (focused in seen):
            break
        seen.append(focused)
        reason = _invisible(screen, focused)
        if reason:
            problems.append(f"{focused!r}: {reason}")
        await pilot.press("tab")
        await pilot.pause()
        await pilot.pause()
    return problems


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x36"])
async def test_every_form_shows_the_field_that_has_focus(
    ui_db: Path, size: tuple[int, int]
) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    problems: dict[str, list[str]] = {}
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for name, make in _forms(ui_db).items():
            await app.push_screen(make())
            await settle(pilot)
            found = await walk_focus(pilot)
            if found:
                problems[name] = found
            app.pop_screen()
            await settle(pilot)
    assert not problems, "\n".join(f"{name}: {found}" for name, found in problems.items())


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x36"])
async def test_every_trouble_kind_fits_its_detail_fields(
    ui_db: Path, size: tuple[int, int]
) -> None:
    from csdesk.screens.trouble_forms import TroubleFormModal

    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    problems: dict[str, list[str]] = {}
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for index, kind in enumerate(KINDS):
            await app.push_screen(TroubleFormModal(1, "COSU6300001"))
            await settle(pilot)
            kinds = app.screen.query_one("#f-kind", OptionList)
            assert app.screen.focused is kinds  # the form opens on its first field
            kinds.highlighted = index
            await settle(pilot)
            found = await walk_focus(pilot)
            if found:
                problems[kind] = found
            app.pop_screen()
            await settle(pilot)
    assert not problems, "\n".join(f"{name}: {found}" for name, found in problems.items())


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x36"])
async def test_the_intake_form_shows_the_field_that_has_focus(
    ui_db: Path, size: tuple[int, int]
) -> None:
    from csdesk.screens.intake import IntakeScreen

    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await app.push_screen(IntakeScreen())
        await settle(pilot)
        try:
            first = app.screen.query_one("#f-pol")
        except NoMatches:
            first = None
        assert app.screen.focused is not None and first is not None
        problems = await walk_focus(pilot, limit=60)
        assert not problems, "\n".join(problems)
