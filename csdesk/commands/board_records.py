"""`csdesk shipment show` and what is recorded on a booking from the command line: trouble status,
notes, container numbers, charges, free days, documents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from csdesk.commands.board import Details, parse_details
from csdesk.commands.common import desk_command, echo_json, open_cli_desk, parse_date

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from csdesk.desk.shipments import ShipmentDetail

ShipmentRef = Annotated[str, typer.Argument(help="Shipment id or booking number.")]


@desk_command
def show(shipment: ShipmentRef, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """A shipment with its containers, history, trouble, notes, charges, free days, documents."""
    from csdesk.desk.shipments import detail_document, shipment_detail

    desk = open_cli_desk()
    with desk.session() as session:
        detail = shipment_detail(session, shipment, today=desk.today, calendar=desk.calendar)
    if as_json:
        echo_json(detail_document(detail))
        return
    for line in detail_lines(detail, desk.tz):
        typer.echo(line)


def detail_lines(detail: ShipmentDetail, tz: ZoneInfo) -> list[str]:
    from csdesk.i18n import t

    shipment = detail.shipment
    vessel = " ".join(part for part in (shipment.vessel, shipment.voyage) if part) or "-"
    lines = [
        f"{shipment.booking_no}  {detail.customer.name}  {t(f'stage.{shipment.stage}')}",
        f"{shipment.carrier}  {vessel}  {shipment.pol} -> {shipment.pod}  "
        f"ETD {shipment.etd or '-'}  ETA {shipment.eta or '-'}",
    ]
    lines += [
        f"  {box.type_code}  {box.number or '-'}  {box.seal or ''}" for box in detail.containers
    ]
    for title, section in (
        ("board.section.history", _history_lines),
        ("board.section.trouble", _trouble_lines),
        ("board.section.notes", _note_lines),
        ("board.section.charges", _charge_lines),
        ("board.section.free_days", _free_days_lines),
        ("board.section.documents", _document_lines),
    ):
        lines.append(t(title))
        lines += section(detail, tz)
    return lines


def _history_lines(detail: ShipmentDetail, tz: ZoneInfo) -> list[str]:
    from csdesk.i18n import t

    lines = []
    for change in detail.history:
        source = t(f"stage.{change.from_stage}") if change.from_stage else ""
        who = detail.login(change.agent_id) or "-"
        reason = f"  ({change.reason})" if change.reason else ""
        at = change.at.astimezone(tz)
        lines.append(
            f"  {at:%Y-%m-%d %H:%M}  {source} > {t(f'stage.{change.to_stage}')}  {who}{reason}"
        )
    return lines


def _trouble_lines(detail: ShipmentDetail, tz: ZoneInfo) -> list[str]:
    from csdesk.i18n import t

    lines = []
    for view in detail.troubles:
        trouble = view.trouble
        lines.append(
            f"  #{trouble.id} {t(f'trouble.kind.{trouble.kind}')}  "
            f"{t(f'trouble.status.{trouble.status}')}  {trouble.note or ''}".rstrip()
        )
        if trouble.status != "closed":
            lines += [f"      {text}" for text in view.advice]
        elif trouble.outcome:
            lines.append(f"      {trouble.outcome}")
    return lines


def _note_lines(detail: ShipmentDetail, tz: ZoneInfo) -> list[str]:
    return [
        f"  {item.at.astimezone(tz):%m-%d %H:%M} {detail.login(item.agent_id) or '-'}: {item.text}"
        for item in detail.notes
    ]


def _charge_lines(detail: ShipmentDetail, tz: ZoneInfo) -> list[str]:
    from csdesk.i18n import t
    from csdesk.rules.money import format_amount

    lines = []
    for line in detail.charges:
        covers = (
            f"  {t('charge.all_in', covers=line.covers.replace('|', ', '))}" if line.all_in else ""
        )
        amount = format_amount(line.amount_minor, line.currency)
        lines.append(f"  {t(f'charge.side.{line.side}')}  {line.name}  {amount}{covers}")
    return lines


def _free_days_lines(detail: ShipmentDetail, tz: ZoneInfo) -> list[str]:
    lines = []
    for view in detail.free_days:
        request = view.request
        granted = f"{request.origin_days or '-'}/{request.destination_days or '-'}"
        lines.append(f"  #{request.id} {request.carrier} {request.requested_days} > {granted}")
        lines += [f"      {view.flag}"] if view.flag else []
    return lines


def _document_lines(detail: ShipmentDetail, tz: ZoneInfo) -> list[str]:
    from csdesk.i18n import t

    lines = []
    for doc in detail.documents:
        dispatch = doc.dispatch
        state = (
            t("document.received", day=dispatch.received_on)
            if dispatch.received_on
            else t("document.waiting", day=doc.due)
        )
        kind = t(f"document.kind.{dispatch.kind}")
        lines.append(f"  #{dispatch.id} {kind} {dispatch.courier} {dispatch.tracking_no}  {state}")
        lines += [f"      {t('document.overdue')}"] if doc.overdue else []
    return lines


@desk_command
def trouble_status(
    trouble: Annotated[int, typer.Argument(help="Trouble record id.")],
    status: Annotated[str, typer.Argument(help="handled | escalated | closed")],
    outcome: Annotated[str | None, typer.Option(help="How it ended (closing).")] = None,
    detail: Details = None,
) -> None:
    """Handle, escalate or close a trouble (closing a held B/L releases it)."""
    from csdesk.desk.shipments import change_trouble_status
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        changed = change_trouble_status(
            session,
            trouble,
            status,
            actor=desk.agent,
            outcome=outcome,
            details=parse_details(detail),
            now=desk.now(),
            tz=desk.tz,
        )
        typer.echo(t(f"trouble.status.{changed.status}"))


@desk_command
def note(shipment: ShipmentRef, text: Annotated[str, typer.Argument(help="The note.")]) -> None:
    """Add a note to the booking's thread."""
    from csdesk.desk.shipments import add_note

    desk = open_cli_desk()
    with desk.session() as session:
        added = add_note(
            session, shipment, text, actor_id=desk.agent.id if desk.agent else None, now=desk.now()
        )
        typer.echo(added.id)


@desk_command
def box(
    container: Annotated[int, typer.Argument(help="Container id (shipment show lists them).")],
    number: Annotated[str, typer.Argument(help="Container number, ISO 6346.")],
    seal: Annotated[str | None, typer.Option(help="Seal number.")] = None,
) -> None:
    """Give a container its number and seal."""
    from csdesk.desk.shipments import set_container_number

    desk = open_cli_desk()
    with desk.session() as session:
        typer.echo(set_container_number(session, container, number, seal, tz=desk.tz).number)


@desk_command
def charge(
    shipment: ShipmentRef,
    side: Annotated[str, typer.Argument(help="receivable | payable")],
    name: Annotated[str, typer.Argument(help="Charge, e.g. O/F, THC, ALL IN.")],
    amount: Annotated[str, typer.Argument(help="e.g. 'USD 1,250' or 1250.")],
    currency: Annotated[str | None, typer.Option(help="CNY, USD or EUR.")] = None,
    covers: Annotated[str | None, typer.Option(help="What an ALL IN covers: 'O/F, THC'.")] = None,
) -> None:
    """Add a receivable or payable charge line; an ALL IN needs --covers (H48)."""
    from csdesk.desk.shipments import add_charge

    desk = open_cli_desk()
    with desk.session() as session:
        line = add_charge(
            session,
            shipment,
            side,
            name,
            amount,
            currency=currency,
            all_in=covers is not None or name.strip().upper().replace(" ", "") == "ALLIN",
            covers=covers,
        )
        typer.echo(line.id)


@desk_command
def free_days(
    shipment: ShipmentRef,
    days: Annotated[int, typer.Argument(help="Free days requested.")],
    origin: Annotated[int | None, typer.Option(help="Days granted at origin.")] = None,
    destination: Annotated[int | None, typer.Option(help="Days granted at destination.")] = None,
) -> None:
    """Record a free-days request (and its grant); a shorter destination grant is flagged."""
    from csdesk.desk.shipments import record_free_days_grant, request_free_days
    from csdesk.rules.trouble import free_days_flag

    desk = open_cli_desk()
    with desk.session() as session:
        request = request_free_days(session, shipment, days, requested_on=desk.today)
        assert request.id is not None
        if origin is not None or destination is not None:
            record_free_days_grant(session, request.id, origin, destination)
        typer.echo(request.id)
    flag = free_days_flag(origin, destination)
    if flag:
        from csdesk.desk.shipments.common import problem_text

        typer.echo(problem_text(flag), err=True)


@desk_command
def document(
    shipment: ShipmentRef,
    kind: Annotated[str, typer.Argument(help="invoice | bl")],
    courier: Annotated[str, typer.Option(help="Courier, e.g. 顺丰.")],
    tracking_no: Annotated[str, typer.Option(help="Tracking number.")],
    address: Annotated[str, typer.Option(help="Address the customer confirmed.")],
    confirmed: Annotated[bool, typer.Option(help="The customer confirmed the address.")] = False,
    sent: Annotated[str | None, typer.Option(help="YYYY-MM-DD, default today.")] = None,
) -> None:
    """Record a document couriered to the customer (H67)."""
    from csdesk.desk.shipments import send_document

    desk = open_cli_desk()
    with desk.session() as session:
        dispatch = send_document(
            session,
            shipment,
            kind,
            address=address,
            address_confirmed=confirmed,
            courier=courier,
            tracking_no=tracking_no,
            sent_on=parse_date(sent) or desk.today,
        )
        typer.echo(dispatch.id)


@desk_command
def received(
    dispatch: Annotated[int, typer.Argument(help="Document dispatch id.")],
    day: Annotated[str | None, typer.Option("--on", help="YYYY-MM-DD, default today.")] = None,
) -> None:
    """The customer has the document."""
    from csdesk.desk.shipments import mark_document_received

    desk = open_cli_desk()
    with desk.session() as session:
        typer.echo(mark_document_received(session, dispatch, parse_date(day) or desk.today).id)


def register(shipment_app: typer.Typer) -> None:
    shipment_app.command("show")(show)
    shipment_app.command("trouble-status")(trouble_status)
    shipment_app.command("note")(note)
    shipment_app.command("box")(box)
    shipment_app.command("charge")(charge)
    shipment_app.command("free-days")(free_days)
    shipment_app.command("document")(document)
    shipment_app.command("received")(received)
