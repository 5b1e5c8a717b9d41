"""How a customer reads as one line in a list."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rich.text import Text

from csdesk.i18n import t
from csdesk.rules.zone import DESK_TZ
from csdesk.widgets.columns import Column, fit, fit_words, widths

if TYPE_CHECKING:
    from csdesk.desk.customers import CustomerRow

COLUMNS = (
    Column("col.tier", 3),
    Column("col.customer", 12, 1.0),
    Column("col.kind", 7),
    Column("col.vip", 4),
    Column("col.owner", 7),
    Column("col.last_contact", 11),
)


def short_time(moment: dt.datetime | None) -> str:
    if moment is None:
        return t("customers.never")
    return moment.astimezone(DESK_TZ).strftime("%Y-%m-%d")


def render_customer_row(row: CustomerRow, width: int) -> Text:
    line = Text(no_wrap=True, overflow="crop")
    _tier, name, kind, vip, owner, _last = widths(COLUMNS, width)
    line.append(f" {row.tier} ", style="bold")
    line.append(fit(row.name, name - 1) + " ")
    # A space after the kind: "direct" ran into "VIP" ("directVIP"), "overseas agent" was "overse".
    line.append(fit_words(t(f"kind_short.{row.kind}"), kind - 1) + " ")
    line.append(fit("VIP" if row.vip else "", vip))
    line.append(fit(row.owner_login or "-", owner))
    line.append(short_time(row.last_contact_at), style="dim")
    return line
