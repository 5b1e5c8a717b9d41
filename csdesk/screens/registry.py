"""The four main screens, their keys (digit and F-key) and titles."""

from __future__ import annotations

from csdesk.keymap import KeySpec
from csdesk.screens.base import DeskScreen
from csdesk.screens.board import BoardScreen
from csdesk.screens.calls import CallsScreen
from csdesk.screens.customers import CustomersScreen
from csdesk.screens.inquiries import InquiriesScreen
from csdesk.screens.kpis import KpiScreen

# mode -> (screen class, title key); the order is the order of keys 1-4 and F5-F8.
MAIN_SCREENS: dict[str, tuple[type[DeskScreen], str]] = {
    "calls": (CallsScreen, "screen.calls"),
    "inquiries": (InquiriesScreen, "screen.inquiries"),
    "board": (BoardScreen, "screen.board"),
    "customers": (CustomersScreen, "screen.customers"),
    "kpi": (KpiScreen, "screen.kpi"),  # issue 14: F10 / 6 (F9 / 5 is the money screen's)
}
_NAMES_EN = {"calls": "Calls", "inquiries": "Inquiries", "board": "Board", "customers": "Customers"}
_NAMES_ZH = {"calls": "通话", "inquiries": "询价", "board": "操作看板", "customers": "客户"}
_NAMES_EN["kpi"], _NAMES_ZH["kpi"] = "KPIs", "业绩指标"
_KEYS = {"kpi": "f10,6"}


def main_screen_specs() -> list[KeySpec]:
    return [
        KeySpec(
            f"app.screen.{mode}",
            _KEYS.get(mode, f"f{5 + index},{index + 1}"),
            f"goto('{mode}')",
            _NAMES_ZH[mode],
            _NAMES_EN[mode],
        )
        for index, mode in enumerate(MAIN_SCREENS)
    ]
