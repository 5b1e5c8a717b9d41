"""How money reads on the Accounts screen: an ageing row, the totals, one customer's detail.
Customer text is appended as plain text, never parsed as markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from csdesk.i18n import t
from csdesk.rules.money import format_amount
from csdesk.rules.money_chase import BUCKETS
from csdesk.widgets.customer_rows import fit
from csdesk.widgets.guard import Guarded

Buckets = dict[str, dict[str, int]]

if TYPE_CHECKING:
    from csdesk.desk.money import AgeingTotals, CustomerAgeing
    from csdesk.desk.money.detail import AccountDetail

AMOUNT_CELLS = 17  # "USD 1,234,567.89 ": amounts are never cropped, the name gives way
DATE_CELLS = 11  # " 2026-10-21"
MIN_NAME_CELLS = 12
OVERDUE = ("d1_30", "d31_60", "d61_90", "over_90")
# Narrower screens merge the oldest buckets rather than crop an amount: each grouping is
# (label key, buckets added together), tried in turn until the table fits.
GROUPINGS: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...] = (
    tuple((f"money.bucket.{name}", (name,)) for name in BUCKETS),
    (
        ("money.bucket.not_due", ("not_due",)),
        ("money.bucket.d1_30", ("d1_30",)),
        ("money.bucket.d31_60", ("d31_60",)),
        ("money.bucket.over_60", ("d61_90", "over_90")),
    ),
    (
        ("money.bucket.not_due", ("not_due",)),
        ("money.bucket.d1_30", ("d1_30",)),
        ("money.bucket.over_30", ("d31_60", "d61_90", "over_90")),
    ),
    (("money.bucket.not_due", ("not_due",)), ("money.bucket.overdue", OVERDUE)),
)


def _overdue_style(buckets: dict[str, int]) -> str:
    if buckets.get("over_90") or buckets.get("d61_90"):
        return "bold red"
    if buckets.get("d31_60"):
        return "red"
    if buckets.get("d1_30"):
        return "yellow"
    return ""


def _name_cells(width: int, amount_cells: int) -> tuple[int, bool]:
    """The name's cells and whether the oldest due date is shown, beside `amount_cells`. The
    held mark's cells are kept on every row, so the amounts end in one column under their title."""
    room = width - amount_cells - cell_len(t("accounts.held_mark"))
    show_date = room - DATE_CELLS >= MIN_NAME_CELLS
    return max(4, room - (DATE_CELLS if show_date else 0)), show_date


def render_ageing_row(row: CustomerAgeing, width: int) -> Text:
    """Name, oldest due date (when there is room), then per currency what is overdue, else
    what is not yet due, with its currency. Amounts stay whole; the name gives way first."""
    line = Text(no_wrap=True, overflow="crop")
    amounts = []
    for currency, buckets in sorted(row.buckets.items()):
        overdue = sum(buckets[name] for name in OVERDUE)
        amounts.append((format_amount(overdue or buckets["not_due"], currency), buckets))
    amount_cells = sum(max(AMOUNT_CELLS, cell_len(text) + 1) for text, _ in amounts)
    name_cells, show_date = _name_cells(width, amount_cells)
    line.append(fit(row.name, name_cells))
    if show_date:
        line.append(f" {row.oldest_due_on.isoformat()} ", style="dim")
    else:
        line.append(" ")
    for text, buckets in amounts:
        line.append(" " * max(0, AMOUNT_CELLS - 1 - cell_len(text)))
        line.append(text, style=_overdue_style(buckets))
        line.append(" ")
    if row.oldest_held is not None:
        line.append(t("accounts.held_mark"), style="bold red")
    return line


def ageing_header(width: int) -> Text:
    """The column titles over the ageing rows, laid out as a row with one currency is."""
    name_cells, show_date = _name_cells(width, AMOUNT_CELLS)
    line = Text(no_wrap=True, overflow="crop", style="bold dim")
    line.append(fit(t("accounts.col.customer"), name_cells))
    line.append(f" {fit(t('accounts.col.oldest'), DATE_CELLS - 1)} " if show_date else " ")
    line.append(_right(t("accounts.col.amount"), AMOUNT_CELLS - 1) + " ")
    line.append(" " + fit(t("accounts.col.held"), cell_len(t("accounts.held_mark")) - 1))
    return line


class AgeingHeader(Guarded, Widget):
    """The column titles above the Accounts list, drawn at the list's width."""

    DEFAULT_CSS = "AgeingHeader { height: 1; }"

    def render(self) -> Text:
        return ageing_header(self.size.width - 1)  # the list keeps a cell for its scrollbar


def _minor(amount: int) -> str:
    units, cents = divmod(abs(amount), 100)
    return f"{'-' if amount < 0 else ''}{units:,}.{cents:02d}"


def _right(text: str, cells: int) -> str:
    """`text` right-aligned in `cells` terminal cells (CJK counts double)."""
    return " " * max(0, cells - cell_len(text)) + text


def _grouped(
    buckets: Buckets, grouping: tuple[tuple[str, tuple[str, ...]], ...]
) -> dict[str, list[tuple[str, int]]]:
    """currency -> [(label key, amount)] with the grouping's buckets added together."""
    return {
        currency: [(label, sum(row[name] for name in names)) for label, names in grouping]
        for currency, row in sorted(buckets.items())
    }


def _column_cells(grouped: dict[str, list[tuple[str, int]]], index: int, label: str) -> int:
    amounts = [cell_len(_minor(rows[index][1])) for rows in grouped.values()]
    return max([cell_len(t(label)), *amounts]) + 1


def totals_text(scope: str, totals: AgeingTotals, width: int = 200) -> Text:
    """A small table: one column per bucket, one row per currency (never added together). A
    narrow screen merges the oldest buckets so every amount stays whole on one line."""
    text = Text(scope, style="bold", no_wrap=True, overflow="crop")
    if not totals.buckets:
        text.append(f"  {t('money.ar.none')}")
    for grouping in GROUPINGS:
        grouped = _grouped(totals.buckets, grouping)
        cells = [_column_cells(grouped, i, label) for i, (label, _) in enumerate(grouping)]
        if 4 + sum(cells) <= width:
            break
    if totals.buckets:
        text.append("\n" + fit("", 4))
        for (label, _), column in zip(grouping, cells, strict=True):
            text.append(_right(t(label), column), style="dim")
    for currency, rows in grouped.items():
        text.append("\n" + fit(currency, 4))
        for (_, names), (_, amount), column in zip(grouping, rows, cells, strict=True):
            style = _overdue_style({names[-1]: amount})
            text.append(_right(_minor(amount), column), style=style)
    held = totals.oldest_held
    if held is not None:
        since = held.since.date().isoformat()
        text.append("\n")
        text.append(
            t("money.ar.oldest_held", booking=held.booking_no, customer=held.customer, since=since),
            style="red",
        )
    return text


def detail_text(detail: AccountDetail) -> Text:
    text = Text(detail.name, style="bold")
    for currency, owed in sorted(detail.overdue.items()):
        text.append(f"\n{t('accounts.overdue')} {format_amount(owed, currency)}", style="red")
    if detail.held_bookings:
        text.append(f"\n{t('accounts.held')} {', '.join(detail.held_bookings)}", style="bold red")
    if detail.proposals:
        text.append(f"\n{t('accounts.proposals')}", style="bold yellow")
    for proposal in detail.proposals:
        text.append(f"\n #{proposal.id} {proposal.booking_no} ({proposal.proposed_by or '-'}) ")
        text.append(proposal.reason)
    text.append(f"\n\n{t('accounts.section.invoices')}", style="bold")
    for invoice in detail.invoices:
        amount = format_amount(invoice.amount_minor, invoice.currency)
        left = format_amount(invoice.open_minor, invoice.currency)
        status = t(f"money.status.{invoice.status}")
        text.append(f"\n {invoice.number}  {invoice.due_on.isoformat()}  {status}")
        bl_no = detail.bl_numbers.get(invoice.shipment_id)
        if bl_no:
            text.append(f"  B/L {bl_no}")
        text.append(f"\n   {amount}  {left}")
    text.append(f"\n\n{t('accounts.section.payments')}", style="bold")
    for payment in detail.payments:
        amount = format_amount(payment.amount_minor, payment.currency)
        mark = f"  {t('accounts.reversed')}" if payment.reversed_at else ""
        credit = (
            format_amount(payment.credit_minor, payment.currency) if payment.credit_minor else ""
        )
        text.append(f"\n #{payment.id} {payment.received_on.isoformat()}  {amount}  ")
        text.append(payment.reference)
        text.append(f"  {credit}{mark}")
    text.append(f"\n\n{t('accounts.section.deposits')}", style="bold")
    for deposit in detail.deposits:
        state = (
            deposit.refunded_on.isoformat() if deposit.refunded_on else t("accounts.held_deposit")
        )
        amount = format_amount(deposit.amount_minor, deposit.currency)
        text.append(f"\n #{deposit.id} {amount}  {state}")
    text.append(f"\n\n{t('accounts.section.rebates')}", style="bold")
    for rebate in detail.rebates:
        amount = format_amount(rebate.amount_minor, rebate.currency)
        due = rebate.due_on.isoformat() if rebate.due_on else ""
        text.append(f"\n #{rebate.id} {amount}  ")
        text.append(rebate.payee)
        text.append(f"  {t(f'accounts.rebate.{rebate.status}')} {due}")
    return text
