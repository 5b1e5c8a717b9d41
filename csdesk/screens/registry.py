"""The four main screens, their keys (digit and F-key) and titles."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from csdesk.keymap import KeySpec

if TYPE_CHECKING:
    from csdesk.screens.base import DeskScreen

# mode -> ("module:class", title key); the order is the order of keys 1-4 and F5-F8. A screen's
# module is imported when the screen is first shown: start-up builds the Calls screen only.
MAIN_SCREENS: dict[str, tuple[str, str]] = {
    "calls": ("csdesk.screens.calls:CallsScreen", "screen.calls"),
    "inquiries": ("csdesk.screens.inquiries:InquiriesScreen", "screen.inquiries"),
    "board": ("csdesk.screens.board:BoardScreen", "screen.board"),
    "customers": ("csdesk.screens.customers:CustomersScreen", "screen.customers"),
}
_NAMES_EN = {"calls": "Calls", "inquiries": "Inquiries", "board": "Board", "customers": "Customers"}
_NAMES_ZH = {"calls": "通话", "inquiries": "询价", "board": "操作看板", "customers": "客户"}


def screen_class(mode: str) -> type[DeskScreen]:
    module, name = MAIN_SCREENS[mode][0].split(":")
    screen: type[DeskScreen] = getattr(importlib.import_module(module), name)
    return screen


def screen_factory(mode: str) -> Callable[[], DeskScreen]:
    """What the app's MODES hold: builds the screen, importing its module on first use."""
    return lambda: screen_class(mode)()


def main_screen_specs() -> list[KeySpec]:
    return [
        KeySpec(
            f"app.screen.{mode}",
            f"f{5 + index},{index + 1}",
            f"goto('{mode}')",
            _NAMES_ZH[mode],
            _NAMES_EN[mode],
        )
        for index, mode in enumerate(MAIN_SCREENS)
    ]
