"""The main screens and their titles; their keys are in keymap (goto.*)."""

from __future__ import annotations

from csdesk.screens.accounts import AccountsScreen
from csdesk.screens.base import DeskScreen
from csdesk.screens.board import BoardScreen
from csdesk.screens.calls import CallsScreen
from csdesk.screens.customers import CustomersScreen
from csdesk.screens.inquiries import InquiriesScreen

# mode -> (screen class, title key), in the order of keys F5-F9 (and 1-5).
MAIN_SCREENS: dict[str, tuple[type[DeskScreen], str]] = {
    "calls": (CallsScreen, "screen.calls"),
    "inquiries": (InquiriesScreen, "screen.inquiries"),
    "board": (BoardScreen, "screen.board"),
    "customers": (CustomersScreen, "screen.customers"),
    # Issue 13: the fifth screen takes F9 and 5 (the lead's choice; keymap reconciled at merge).
    "accounts": (AccountsScreen, "screen.accounts"),
}
_NAMES_EN = {
    "calls": "Calls",
    "inquiries": "Inquiries",
    "board": "Board",
    "customers": "Customers",
    "accounts": "Accounts",
}
_NAMES_ZH = {
    "calls": "通话",
    "inquiries": "询价",
    "board": "操作看板",
    "customers": "客户",
    "accounts": "账款",
}
