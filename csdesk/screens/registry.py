"""The main screens, their keys (digit and F-key) and titles."""

from __future__ import annotations

from csdesk.keymap import KeySpec
from csdesk.screens.accounts import AccountsScreen
from csdesk.screens.base import DeskScreen
from csdesk.screens.board import BoardScreen
from csdesk.screens.calls import CallsScreen
from csdesk.screens.customers import CustomersScreen
from csdesk.screens.inquiries import InquiriesScreen

# mode -> (screen class, title key); the order is the order of keys 1-5 and F5-F9.
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
