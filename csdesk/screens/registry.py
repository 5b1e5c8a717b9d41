"""The main screens and their titles; their keys are in keymap (goto.*)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from csdesk.screens.base import DeskScreen

# mode -> ("module:class", title key), in the order of keys F5-F10 (and 1-6). A screen's module is
# imported when the screen is first shown: start-up builds the Calls screen only.
MAIN_SCREENS: dict[str, tuple[str, str]] = {
    "calls": ("csdesk.screens.calls:CallsScreen", "screen.calls"),
    "inquiries": ("csdesk.screens.inquiries:InquiriesScreen", "screen.inquiries"),
    "board": ("csdesk.screens.board:BoardScreen", "screen.board"),
    "customers": ("csdesk.screens.customers:CustomersScreen", "screen.customers"),
    "accounts": ("csdesk.screens.accounts:AccountsScreen", "screen.accounts"),
    "kpi": ("csdesk.screens.kpis:KpiScreen", "screen.kpi"),
}


def screen_class(mode: str) -> type[DeskScreen]:
    module, name = MAIN_SCREENS[mode][0].split(":")
    screen: type[DeskScreen] = getattr(importlib.import_module(module), name)
    return screen


def screen_factory(mode: str) -> Callable[[], DeskScreen]:
    """What the app's MODES hold: builds the screen, importing its module on first use."""
    return lambda: screen_class(mode)()
