"""Money recorded on a shipment: `deposit add|refund`, `rebate request|approve|pay`,
and `bl` (in commands.bl). Each created record prints its id; a refusal is one line, exit 1."""

from __future__ import annotations

from typing import Annotated

import typer

from csdesk.commands.common import desk_command, echo_json, open_cli_desk
from csdesk.commands.money import AsJson, money_amount, money_date

deposit_app = typer.Typer(help="押金 / deposits against the B/L (H100).", no_args_is_help=True)
rebate_app = typer.Typer(help="退佣 / commission rebates (H99).", no_args_is_help=True)
ShipmentRef = Annotated[str, typer.Argument(help="Shipment id or booking number.")]


def _done(as_json: bool, key: str, record_id: int | None, **params: object) -> None:
    from csdesk.i18n import t

    if as_json:
        echo_json({"id": record_id, **params})
    else:
        typer.echo(t(key, id=record_id, **params))


@deposit_app.command("add")
@desk_command
def deposit_add(
    shipment: ShipmentRef,
    amount: Annotated[str, typer.Argument(help="Amount, e.g. 5000 or 'USD 500'.")],
    currency: Annotated[str | None, typer.Option("--currency")] = None,
    received: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD.")] = None,
    as_json: AsJson = False,
) -> None:
    """Record a deposit held against the shipment's B/L."""
    from csdesk.desk.money import add_deposit

    desk = open_cli_desk()
    minor, code = money_amount(amount, currency)
    day = money_date(received, desk.today)
    with desk.session() as session:
        deposit = add_deposit(
            session, shipment, minor, code, day, today=desk.today, actor=desk.agent
        )
        deposit_id = deposit.id
    _done(as_json, "money.deposit.recorded", deposit_id)


@deposit_app.command("refund")
@desk_command
def deposit_refund(
    deposit_id: Annotated[int, typer.Argument(help="Deposit id.")],
    refunded: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD.")] = None,
    as_json: AsJson = False,
) -> None:
    """Record a deposit as refunded; its refund task closes."""
    from csdesk.desk.money import refund_deposit

    desk = open_cli_desk()
    day = money_date(refunded, desk.today)
    with desk.session() as session:
        refund_deposit(session, deposit_id, day, today=desk.today, now=desk.now())
    _done(as_json, "money.deposit.refunded", deposit_id)


@rebate_app.command("request")
@desk_command
def rebate_request(
    shipment: ShipmentRef,
    amount: Annotated[str, typer.Option("--amount", help="e.g. 'USD 50'.")],
    payee: Annotated[str, typer.Option("--payee", help="Who receives it.")],
    currency: Annotated[str | None, typer.Option("--currency")] = None,
    as_json: AsJson = False,
) -> None:
    """Request a rebate; refused while the shipment is unpaid or anything is overdue (H99)."""
    from csdesk.desk.money import request_rebate

    desk = open_cli_desk()
    minor, code = money_amount(amount, currency)
    with desk.session() as session:
        rebate = request_rebate(
            session, shipment, minor, code, payee, today=desk.today, actor=desk.agent
        )
        rebate_id = rebate.id
    _done(as_json, "money.rebate.requested", rebate_id)


@rebate_app.command("approve")
@desk_command
def rebate_approve(
    rebate_id: Annotated[int, typer.Argument(help="Rebate id.")], as_json: AsJson = False
) -> None:
    """A supervisor approves; it is due 3 working days later (H99)."""
    from csdesk.desk.money import approve_rebate

    desk = open_cli_desk()
    with desk.session() as session:
        rebate = approve_rebate(
            session, rebate_id, today=desk.today, calendar=desk.calendar, actor=desk.agent
        )
        due = rebate.due_on.isoformat() if rebate.due_on else "-"
    _done(as_json, "money.rebate.approved", rebate_id, due=due)


@rebate_app.command("pay")
@desk_command
def rebate_pay(
    rebate_id: Annotated[int, typer.Argument(help="Rebate id.")],
    paid: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD.")] = None,
    as_json: AsJson = False,
) -> None:
    """Record an approved rebate as paid."""
    from csdesk.desk.money import pay_rebate

    desk = open_cli_desk()
    day = money_date(paid, desk.today)
    with desk.session() as session:
        pay_rebate(session, rebate_id, day, today=desk.today, now=desk.now())
    _done(as_json, "money.rebate.paid", rebate_id)


def register(app: typer.Typer) -> None:
    app.add_typer(deposit_app, name="deposit")
    app.add_typer(rebate_app, name="rebate")
    from csdesk.commands.bl import bl_app

    app.add_typer(bl_app, name="bl")
