"""What a rate import says, the same on the command line and in the TUI: per lane and container
the old price, the new one and the change (H43), or every bad row. Never the minimum (H8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len

from csdesk.i18n import t
from csdesk.rules.pricing import money_text

if TYPE_CHECKING:
    from csdesk.desk.rate_import import ImportResult, PriceChange

WIDTHS = (12, 6, 8, 6, 12, 12)
_COLUMNS = ("lane", "container", "carrier", "source", "old", "new", "change")


def pad(text: str, cells: int) -> str:
    """Pad to a width in terminal cells: a Chinese character takes two."""
    return text + " " * max(cells - cell_len(text), 0)


def change_line(change: PriceChange) -> str:
    old = (
        money_text(change.old_sell_minor, change.old_currency or change.currency)
        if change.old_sell_minor is not None
        else t("rates.import.new_lane")
    )
    delta = change.change_minor
    difference = ""
    if delta is not None:
        sign = "+" if delta > 0 else ""
        difference = f"{sign}{money_text(delta, change.currency)} ({sign}{change.change_percent}%)"
    cells = (
        f"{change.pol}-{change.pod}",
        change.container,
        change.carrier,
        t(f"rates.source.{change.source}"),
        old,
        money_text(change.new_sell_minor, change.currency),
    )
    line = "  ".join(pad(cell, width) for cell, width in zip(cells, WIDTHS, strict=True))
    return f"{line}  {difference}".rstrip()


def report_lines(result: ImportResult) -> list[str]:
    """The refusal with every bad row, or the changes and what was (or would be) written."""
    if not result.ok:
        refused = t("rates.import.refused", count=len({p.row for p in result.problems}))
        return [refused, *(f"  {line}" for line in result.problem_lines())]
    header = [t(f"rates.column.{name}") for name in _COLUMNS]
    lines = ["  ".join(pad(cell, width) for cell, width in zip(header, (*WIDTHS, 0), strict=True))]
    lines += [change_line(change) for change in result.changes]
    if result.import_id is None:
        lines.append(t("rates.import.dry_run", rows=len(result.changes)))
    else:
        done = t(
            "rates.import.done", rows=len(result.changes), id=result.import_id,
            replaced=result.replaced,
        )  # fmt: skip
        lines.append(done)
    return lines
