"""The shipment board and bookings: `csdesk board`, `csdesk shipment add|move|trouble|show|...`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import typer

from csdesk.commands.common import (
    desk_command,
    echo_json,
    open_cli_desk,
    parse_date,
    scope_agent_id,
)

if TYPE_CHECKING:
    from csdesk.desk.context import Desk

shipment_app = typer.Typer(
    help="订舱跟踪 / shipments from booking to arrival.", no_args_is_help=True
)

Details = Annotated[
    list[str] | None, typer.Option("--detail", help="KEY=VALUE, e.g. new_vessel='OOCL TOKYO'.")
]


def parse_details(pairs: list[str] | None) -> dict[str, str]:
    from csdesk.i18n import t

    details: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(t("cli.bad_detail", value=pair))
        details[key.strip()] = value.strip()
    return details


def parse_local_time(value: str | None, desk: Desk) -> dt.datetime | None:
    """`2026-12-01 17:00` in the desk's zone (Asia/Shanghai) unless the text names a zone."""
    from csdesk.i18n import t

    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(t("cli.bad_time", value=value)) from None
    from csdesk.commands.calls import in_range

    return in_range(parsed if parsed.tzinfo else parsed.replace(tzinfo=desk.tz))


def _amount(text: str | None) -> int | None:
    from csdesk.i18n import t
    from csdesk.rules.money import AmountError, parse_amount

    if text is None:
        return None
    try:
        return parse_amount(text, "CNY")[0]
    except AmountError:
        raise typer.BadParameter(t("charge.bad_amount", value=text)) from None


def _marks(kinds: tuple[str, ...] | list[str]) -> str:
    from csdesk.i18n import t

    return " ".join(t(f"trouble.kind.{kind}") for kind in kinds)


@desk_command
def board(
    agent: Annotated[str | None, typer.Option(help="One agent's shipments (login).")] = None,
    everyone: Annotated[bool, typer.Option("--all", help="The whole desk's shipments.")] = False,
    search: Annotated[
        str | None, typer.Option(help="Customer, carrier, vessel, booking or container no.")
    ] = None,
    trouble: Annotated[str | None, typer.Option(help="Only this trouble, e.g. bl_held.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="Cards per column.")] = 200,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """The shipment board: open shipments by stage, trouble first, then nearest cut-off or ETA."""
    from csdesk.desk.shipments import BoardFilter, load_board, sweep_when_due
    from csdesk.i18n import t

    desk = open_cli_desk()
    agent_id = None if everyone else scope_agent_id(desk, agent)
    sweep_when_due(desk)
    flt = BoardFilter(agent_id=agent_id, text=search, trouble=trouble)
    with desk.engine.connect() as connection:
        columns = load_board(connection, flt, today=desk.today, tz=desk.tz, limit=limit)
    if as_json:
        echo_json({"columns": [_column_document(column) for column in columns]})
        return
    for column in columns:
        count = f"{column.count}+" if column.at_least else str(column.count)
        typer.echo(f"{t(f'stage.{column.stage}')} ({count})")
        for card in column.cards:
            vessel = " ".join(part for part in (card.vessel, card.voyage) if part) or "-"
            days = t("board.days", days=card.days_in_stage)
            line = f"  {card.id:>6}  {card.booking_no}  {card.customer}  {vessel}  {days}"
            typer.echo(f"{line}  {_marks(card.trouble)}".rstrip())


def _column_document(column: Any) -> dict[str, Any]:
    return {
        "stage": column.stage,
        "count": column.count,
        # A broad filter's count is a floor: the column has at least `count` shipments.
        "count_at_least": column.at_least,
        "shipments": [
            {
                "id": card.id,
                "booking_no": card.booking_no,
                "customer": card.customer,
                "vessel": card.vessel,
                "trouble": list(card.trouble),
                "days_in_stage": card.days_in_stage,
            }
            for card in column.cards
        ],
    }


@shipment_app.command("add")
@desk_command
def shipment_add(
    customer: Annotated[str, typer.Option(help="Customer id or exact name.")],
    booking_no: Annotated[str, typer.Option(help="Booking number.")],
    carrier: Annotated[str, typer.Option(help="Carrier, e.g. COSCO.")],
    pol: Annotated[str, typer.Option(help="Port of loading, UN/LOCODE.")],
    pod: Annotated[str, typer.Option(help="Port of discharge, UN/LOCODE.")],
    container: Annotated[
        list[str] | None, typer.Option(help="2x40HQ, or 40HQ:CSQU3054383[:SEAL].")
    ] = None,
    owner: Annotated[str | None, typer.Option(help="Agent login; default the customer's.")] = None,
    vessel: str | None = None,
    voyage: str | None = None,
    etd: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    eta: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    shipper: str | None = None,
    consignee: str | None = None,
    commodity: str | None = None,
    dg: Annotated[bool, typer.Option("--dg", help="Dangerous goods.")] = False,
    un_number: str | None = None,
    dg_class: str | None = None,
    dg_fees_confirmed: bool = False,
    customs_no: str | None = None,
    si_cutoff: Annotated[str | None, typer.Option(help="YYYY-MM-DD HH:MM, desk time.")] = None,
    gate_cutoff: Annotated[str | None, typer.Option(help="YYYY-MM-DD HH:MM, desk time.")] = None,
    stuffing: Annotated[str | None, typer.Option(help="trucking | warehouse")] = None,
    factories: Annotated[int | None, typer.Option(help="Pickup factories (trucking).")] = None,
    trucker: str | None = None,
    trucking_price: Annotated[str | None, typer.Option(help="CNY amount.")] = None,
    warehouse: str | None = None,
    warehouse_fee: Annotated[str | None, typer.Option(help="Inbound fee, CNY.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Book a shipment; it starts at `booked`."""
    from csdesk.desk.agents import agent_by_login
    from csdesk.desk.customers import resolve_customer
    from csdesk.desk.shipments import create_shipment
    from csdesk.rules.shipments import parse_container_specs

    desk = open_cli_desk()
    fields = {
        "booking_no": booking_no,
        "carrier": carrier,
        "pol": pol,
        "pod": pod,
        "vessel": vessel,
        "voyage": voyage,
        "etd": parse_date(etd),
        "eta": parse_date(eta),
        "shipper": shipper,
        "consignee": consignee,
        "commodity": commodity,
        "dg": dg,
        "dg_un_number": un_number,
        "dg_class": dg_class,
        "dg_fees_confirmed": dg_fees_confirmed,
        "customs_no": customs_no,
        "si_cutoff": parse_local_time(si_cutoff, desk),
        "gate_cutoff": parse_local_time(gate_cutoff, desk),
        "stuffing": stuffing,
        "pickup_factories": factories,
        "trucker": trucker,
        "trucking_price_minor": _amount(trucking_price),
        "warehouse": warehouse,
        "warehouse_fee_minor": _amount(warehouse_fee),
    }
    with desk.session() as session:
        customer_id = resolve_customer(session, customer).id
        assert customer_id is not None
        owner_id = agent_by_login(session, owner).id if owner else None
        shipment = create_shipment(
            session,
            customer_id,
            owner_id,
            fields,
            containers=parse_container_specs(container or []),
            actor_id=desk.agent.id if desk.agent else None,
            now=desk.now(),
            tz=desk.tz,
        )
        shipment_id, number = shipment.id, shipment.booking_no
    if as_json:
        echo_json({"id": shipment_id, "booking_no": number})
    else:
        typer.echo(shipment_id)


@shipment_app.command("move")
@desk_command
def shipment_move(
    shipment: Annotated[str, typer.Argument(help="Shipment id or booking number.")],
    stage: Annotated[str, typer.Argument(help="Target stage, e.g. gated_in.")],
    reason: Annotated[str | None, typer.Option(help="Why (needed to move back).")] = None,
) -> None:
    """Move a shipment to another stage (back needs --reason)."""
    from csdesk.desk.shipments import move_shipment
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        moved = move_shipment(
            session,
            shipment,
            stage,
            actor_id=desk.agent.id if desk.agent else None,
            reason=reason,
            now=desk.now(),
            tz=desk.tz,
        )
        typer.echo(t("board.moved", booking_no=moved.booking_no, stage=t(f"stage.{moved.stage}")))


@shipment_app.command("trouble")
@desk_command
def shipment_trouble(
    shipment: Annotated[str, typer.Argument(help="Shipment id or booking number.")],
    kind: Annotated[str, typer.Argument(help="rolled, late_gate_in, inspection, shut_out, ...")],
    note: Annotated[str | None, typer.Option(help="What happened.")] = None,
    detail: Details = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Record trouble on a shipment; the owning agent gets a task to tell the customer."""
    from csdesk.desk.shipments import record_trouble

    desk = open_cli_desk()
    with desk.session() as session:
        trouble = record_trouble(
            session,
            shipment,
            kind,
            details=parse_details(detail),
            note=note,
            actor_id=desk.agent.id if desk.agent else None,
            now=desk.now(),
            tz=desk.tz,
        )
        trouble_id, task_id = trouble.id, trouble.task_id
    if as_json:
        echo_json({"id": trouble_id, "task_id": task_id})
    else:
        typer.echo(trouble_id)


def register(app: typer.Typer) -> None:
    from csdesk.commands import board_records

    app.command("board")(board)
    board_records.register(shipment_app)
    app.add_typer(shipment_app, name="shipment")
