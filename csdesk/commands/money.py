"""Money commands: `ar`, `invoices`, `payment add|reverse`, `payments import`, `statement`,
`chase`, `chase-levels` (and, in money_records, `deposit`, `rebate`, `bl`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from csdesk.commands.common import desk_command, echo_json, open_cli_desk, scope_agent_id

if TYPE_CHECKING:
    from csdesk.desk.money import AgeingTotals

payment_app = typer.Typer(help="付款 / payments received.", no_args_is_help=True)
payments_app = typer.Typer(help="付款表导入 / finance's payment sheet.", no_args_is_help=True)
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def money_date(value: str | None, default: dt.date) -> dt.date:
    """A date option; a bad one is one line in the user's language (exit 1), not a usage box."""
    from csdesk.commands.common import EARLIEST, LATEST
    from csdesk.desk.errors import DeskError
    from csdesk.rules.money_import import parse_date

    if value is None:
        return default
    parsed = parse_date(value)
    if parsed is None:
        raise DeskError("money.error.date", value=value)
    if not EARLIEST <= parsed <= LATEST:
        raise DeskError("store.out_of_range")
    return parsed


def money_amount(text: str, currency: str | None) -> tuple[int, str]:
    from csdesk.desk.errors import DeskError
    from csdesk.rules.money import AmountError, parse_amount

    try:
        minor, parsed = parse_amount(text, (currency or "CNY").upper())
    except AmountError:
        raise DeskError("money.error.amount", value=text) from None
    return minor, (currency.upper() if currency else parsed)


def _amounts(buckets: dict[str, dict[str, int]]) -> list[str]:
    from csdesk.i18n import t
    from csdesk.rules.money import format_amount

    lines = []
    for currency, row in sorted(buckets.items()):
        cells = [
            f"{t(f'money.bucket.{name}')} {format_amount(v, currency)}" for name, v in row.items()
        ]
        lines.append("  " + "  ".join(cells))
    return lines


def _totals_lines(totals: AgeingTotals) -> list[str]:
    from csdesk.i18n import t

    lines = _amounts(totals.buckets) or [t("money.ar.none")]
    held = totals.oldest_held
    if held is not None:
        since = held.since.date().isoformat()
        lines.append(
            t("money.ar.oldest_held", booking=held.booking_no, customer=held.customer, since=since)
        )
    return lines


@desk_command
def ar(
    agent: Annotated[str | None, typer.Option("--agent", help="One agent's customers.")] = None,
    everyone: Annotated[bool, typer.Option("--all", help="The whole desk.")] = False,
    as_json: AsJson = False,
) -> None:
    """Receivable ageing: the totals, then customers owing, oldest due first."""
    from csdesk.desk.money import ageing_totals, customer_ageing_page

    desk = open_cli_desk()
    agent_id = None if everyone else scope_agent_id(desk, agent)
    with desk.engine.connect() as connection:
        totals = ageing_totals(connection, desk.today, agent_id)
        rows = customer_ageing_page(connection, desk.today, owner_id=agent_id)
    if as_json:
        held = totals.oldest_held
        echo_json(
            {
                "date": desk.today,
                "totals": totals.buckets,
                "oldest_held_bl": held.booking_no if held else None,
                "customers": [row.to_json() for row in rows],
            }
        )
        return
    for line in _totals_lines(totals):
        typer.echo(line)
    for row in rows:
        typer.echo(f"#{row.customer_id} {row.name}  {row.oldest_due_on.isoformat()}")
        for line in _amounts(row.buckets):
            typer.echo(f"  {line}")


def _invoice_json(invoice: Any, bl_no: str | None) -> dict[str, Any]:
    return {
        "id": invoice.id,
        "number": invoice.number,
        "shipment_id": invoice.shipment_id,
        "bl_no": bl_no,
        "currency": invoice.currency,
        "terms": invoice.terms,
        "issued_on": invoice.issued_on,
        "due_on": invoice.due_on,
        "amount_minor": invoice.amount_minor,
        "paid_minor": invoice.paid_minor,
        "open_minor": invoice.open_minor,
        "status": invoice.status,
        "replaces_id": invoice.replaces_id,
    }


@desk_command
def invoices(
    customer: Annotated[str, typer.Argument(help="Customer id or exact name.")],
    history: Annotated[bool, typer.Option("--history", help="Include replaced ones.")] = False,
    as_json: AsJson = False,
) -> None:
    """A customer's invoices, oldest first."""
    from csdesk.desk.customer_ref import customer_id_of
    from csdesk.desk.money.invoice_rows import customer_invoices
    from csdesk.i18n import t
    from csdesk.rules.money import format_amount

    desk = open_cli_desk()
    with desk.engine.connect() as connection:
        found_invoices, numbers = customer_invoices(
            connection, customer_id_of(connection, customer), history
        )
        rows = [_invoice_json(i, numbers.get(i.shipment_id)) for i in found_invoices]
    if as_json:
        echo_json(rows)
        return
    if not rows:
        typer.echo(t("money.invoices.none"))
    for row in rows:
        amount, left = (
            format_amount(row["amount_minor"], row["currency"]),
            format_amount(row["open_minor"], row["currency"]),
        )
        status = t(f"money.status.{row['status']}")
        bl_no = row["bl_no"] or "-"
        typer.echo(f"{row['number']}  B/L {bl_no}  {row['due_on']}  {amount}  {left}  {status}")


@payment_app.command("add")
@desk_command
def payment_add(
    customer: Annotated[str, typer.Argument(help="Customer id or exact name.")],
    amount: Annotated[str, typer.Argument(help="Amount, e.g. 1250.50 or 'USD 1250.50'.")],
    reference: Annotated[str, typer.Option("--ref", help="Finance's reference (流水号).")],
    currency: Annotated[str | None, typer.Option("--currency", help="CNY USD EUR.")] = None,
    received: Annotated[str | None, typer.Option("--date", help="Received on, YYYY-MM-DD.")] = None,
    invoice: Annotated[
        str | None, typer.Option("--invoice", help="Pay this invoice first.")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Record a payment from finance's notice; applied oldest invoice first, the rest is credit."""
    from csdesk.desk.money import PaymentInput, record_payment
    from csdesk.i18n import t
    from csdesk.rules.money import format_amount

    desk = open_cli_desk()
    minor, code = money_amount(amount, currency)
    entry = PaymentInput(
        customer, minor, code, money_date(received, desk.today), reference, invoice
    )
    with desk.session() as session:
        payment = record_payment(session, entry, today=desk.today, actor=desk.agent, now=desk.now())
        applied, credit, payment_id = minor - payment.credit_minor, payment.credit_minor, payment.id
    if as_json:
        echo_json({"id": payment_id, "applied_minor": applied, "credit_minor": credit})
        return
    typer.echo(
        t(
            "money.payment.recorded",
            id=payment_id,
            applied=format_amount(applied, code),
            credit=format_amount(credit, code),
        )
    )


@payment_app.command("reverse")
@desk_command
def payment_reverse(
    payment_id: Annotated[int, typer.Argument(help="Payment id.")],
    reason: Annotated[str | None, typer.Option("--reason")] = None,
) -> None:
    """Reverse a payment recorded in error; its invoices open again."""
    from csdesk.desk.money import reverse_payment
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        reverse_payment(session, payment_id, reason, now=desk.now())
    typer.echo(t("money.payment.reversed", id=payment_id))


@payments_app.command("import")
@desk_command
def payments_import(
    file: Annotated[Path, typer.Argument(help=".xlsx or .csv from finance.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check only.")] = False,
    as_json: AsJson = False,
) -> None:
    """Import finance's sheet: all or nothing; every bad row is listed."""
    from csdesk.desk.money import import_payments
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        outcome = import_payments(
            session, file, today=desk.today, actor=desk.agent, dry_run=dry_run
        )
    if as_json:
        echo_json(
            {"dry_run": outcome.dry_run, "rows": len(outcome.rows), "ids": outcome.payment_ids}
        )
        return
    key = "money.import.dry_run" if dry_run else "money.import.done"
    typer.echo(t(key, count=len(outcome.rows)))


@desk_command
def statement(
    customer: Annotated[str, typer.Argument(help="Customer id or exact name.")],
    start: Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD.")] = None,
    xlsx: Annotated[Path | None, typer.Option("--xlsx", help="Write an .xlsx file.")] = None,
    text: Annotated[
        bool, typer.Option("--text", help="Text for WeChat or e-mail (default).")
    ] = False,
) -> None:
    """The statement of account (对账单) for a customer and period (default: the last 90 days)."""
    from csdesk.desk.money import build_statement, export_statement, statement_text
    from csdesk.i18n import t

    desk = open_cli_desk()
    last = money_date(end, desk.today)
    first = money_date(start, last - dt.timedelta(days=90))
    with desk.session() as session:
        found = build_statement(session, customer, first, last)
    if xlsx is not None and not text:
        rows = export_statement(found, xlsx)
        typer.echo(t("money.statement.written", path=str(xlsx), rows=rows))
        return
    typer.echo(statement_text(found))


@desk_command
def chase(
    agent: Annotated[str | None, typer.Option("--agent", help="One agent's customers.")] = None,
    as_json: AsJson = False,
) -> None:
    """Raise today's money tasks (statement, confirm, chase, visit, hold proposed; refunds and
    rebates due) in the agents' call lists. Running it twice a day adds nothing twice."""
    from csdesk.desk.money import sweep_chase, sweep_rebates, sweep_refunds
    from csdesk.i18n import t

    desk = open_cli_desk()
    agent_id = scope_agent_id(desk, agent)
    now = desk.now()
    with desk.session() as session:
        swept = sweep_chase(session, desk.calendar, now.date(), now, agent_id)
        others = sweep_refunds(session, now) + sweep_rebates(session, now.date(), now)
    if as_json:
        echo_json({"added": swept.added + others, "customers": swept.customers})
        return
    typer.echo(t("money.chase.swept", added=swept.added + others, customers=swept.customers))


@desk_command
def chase_levels(
    changes: Annotated[list[str] | None, typer.Argument(help="level=days, e.g. visit=10.")] = None,
    as_json: AsJson = False,
) -> None:
    """Show the chase levels (days from the due date); a supervisor may change them."""
    from csdesk.desk.errors import DeskError

    desk = open_cli_desk()
    pairs = [change.split("=", 1) for change in changes or []]
    if any(len(pair) != 2 for pair in pairs):
        raise DeskError("money.error.levels", detail=" ".join(changes or []))
    if pairs:
        from csdesk.desk.money import set_chase_levels

        with desk.session() as session:
            levels = set_chase_levels(
                session, dict((k.strip(), v.strip()) for k, v in pairs), desk.agent
            )
    else:
        from csdesk.desk.money.due import LEVELS_KEY, levels_from
        from csdesk.desk.opening import setting_value

        with desk.engine.connect() as connection:
            levels = levels_from(setting_value(connection, LEVELS_KEY))
    if as_json:
        echo_json(levels)
        return
    for name, days in levels.items():
        typer.echo(f"{name}\t{days}")


def register(app: typer.Typer) -> None:
    from csdesk.commands import money_records

    app.command("ar")(ar)
    app.command("invoices")(invoices)
    app.command("statement")(statement)
    app.command("chase")(chase)
    app.command("chase-levels")(chase_levels)
    app.add_typer(payment_app, name="payment")
    app.add_typer(payments_app, name="payments")
    money_records.register(app)
