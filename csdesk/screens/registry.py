"""The four main screens and their titles; their keys are in keymap (goto.*)."""

from __future__ import annotations

from csdesk.screens.base import DeskScreen
from csdesk.screens.board import BoardScreen
from csdesk.screens.calls import CallsScreen
from csdesk.screens.customers import CustomersScreen
from csdesk.screens.inquiries import InquiriesScreen

# mode -> (screen class, title key), in the order of keys F5-F8 (and 1-4).
MAIN_SCREENS: dict[str, tuple[type[DeskScreen], str]] = {
    "calls": (CallsScreen, "screen.calls"),
    "inquiries": (InquiriesScreen, "screen.inquiries"),
    "board": (BoardScreen, "screen.board"),
    "customers": (CustomersScreen, "screen.customers"),
}
