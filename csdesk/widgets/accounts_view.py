"""How money reads on the Accounts screen: an ageing row, the totals, one customer's detail.
Customer text is appended as plain text, never parsed as markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text

from csdesk.i18n import t
from csdesk.rules.money import format_amount
from csdesk.rules.money_chase import BUCKETS
from csdesk.widgets.customer_rows import fit

if TYPE_CHECKING:
    from csdesk.desk.money import AgeingTotals, CustomerAgeing
    from csdesk.desk.money.detail import AccountDetail

AMOUNT_CELLS = 18
TOTAL_CELLS = 13
HELD_CELLS = 6
OVERDUE = ("d1_30", "d31_60", "d61_90", "over_90")


def _overdue_style(buckets: dict[str, int]) -> str:
    if buckets.get("over_90") or buckets.get("d61_90"):
        return "bold red"
    if buckets.get("d31_60"):
        return "red"
    if buckets.get("d1_30"):
        return "yellow"
    return ""


def render_ageing_row(row: CustomerAgeing, width: int) -> Text:
    """Name, oldest due date, then per currency what is overdue and what is not yet due."""
    line = Text(no_wrap=True, overflow="crop")
    amounts = sorted(row.buckets.items())
    name_cells = max(10, width - 12 - HELD_CELLS - AMOUNT_CELLS * max(1, len(amounts)))
    line.append(fit(row.name, name_cells))
    line.append(f" {row.oldest_due_on.isoformat()} ", style="dim")
    for currency, buckets in amounts:
        overdue = sum(buckets[name] for name in OVERDUE)
        shown = overdue or buckets["not_due"]
        line.append(
            fit(format_amount(shown, currency), AMOUNT_CELLS), style=_overdue_style(buckets)
        )
    if row.oldest_held is not None:
        line.append(t("accounts.held_mark"), style="bold red")
    return line


def _minor(amount: int) -> str:
    units, cents = divmod(abs(amount), 100)
    return f"{'-' if amount < 0 else ''}{units:,}.{cents:02d}"


def _right(text: str, cells: int) -> str:
    """`text` right-aligned in `cells` terminal cells (CJK counts double)."""
    return " " * max(0, cells - cell_len(text)) + text


def totals_text(scope: str, totals: AgeingTotals) -> Text:
    """A small table: one column per bucket, one row per currency (never added together)."""
    text = Text(scope, style="bold")
    if not totals.buckets:
        text.append(f"  {t('money.ar.none')}")
    else:
        text.append("\n" + fit("", 4))
        for name in BUCKETS:
            text.append(_right(t(f"money.bucket.{name}"), TOTAL_CELLS), style="dim")
    for currency, buckets in sorted(totals.buckets.items()):
        text.append("\n" + fit(currency, 4))
        for name, amount in buckets.items():
            text.append(_right(_minor(amount), TOTAL_CELLS), style=_overdue_style({name: amount}))
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
    text.append(f"\n\n{t('accounts.section.invoices')}", style="bold")
    for invoice in detail.invoices:
        amount = format_amount(invoice.amount_minor, invoice.currency)
        status = t(f"money.status.{invoice.status}")
        text.append(f"\n {invoice.number}  {invoice.due_on.isoformat()}  {status}")
        text.append(f"\n   {amount}  {_minor(invoice.open_minor)}")
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
