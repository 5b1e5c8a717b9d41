"""How a customer reads as one line in a list."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text

from csdesk.i18n import t
from csdesk.rules.zone import DESK_TZ

if TYPE_CHECKING:
    from csdesk.desk.customers import CustomerRow

# Cells taken by everything but the name: tier, kind, VIP, owner, last contact, spacing.
OTHER_CELLS = 38


def fit(text: str, cells: int) -> str:
    """`text` cut or padded to exactly `cells` terminal cells (CJK counts double)."""
    out = ""
    for char in text:
        if cell_len(out + char) > cells:
            break
        out += char
    return out + " " * (cells - cell_len(out))


def short_time(moment: dt.datetime | None) -> str:
    if moment is None:
        return t("customers.never")
    return moment.astimezone(DESK_TZ).strftime("%Y-%m-%d")


def render_customer_row(row: CustomerRow, width: int) -> Text:
    line = Text(no_wrap=True, overflow="crop")
    line.append(f" {row.tier} ", style="bold")
    line.append(fit(row.name, max(12, width - OTHER_CELLS)))
    line.append(" ")
    line.append(fit(t(f"kind.{row.kind}"), 8))
    line.append(fit("VIP" if row.vip else "", 4))
    line.append(fit(row.owner_login or "-", 10))
    line.append(short_time(row.last_contact_at), style="dim")
    return line
