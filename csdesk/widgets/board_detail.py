"""A shipment's detail as rich `Text` for the detail screen: the booking, then each section.
Everything a customer or colleague typed is appended as plain text, never parsed as markup."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from rich.text import Text

from csdesk.i18n import t
from csdesk.rules.money import format_amount

if TYPE_CHECKING:
    from csdesk.desk.shipments import ShipmentDetail
    from csdesk.desk.shipments.detail import TroubleView


def _when(moment: dt.datetime | None, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%m-%d %H:%M") if moment else "-"


def _pair(text: Text, label_key: str, value: object) -> None:
    text.append(f"{t(label_key)}: ", style="dim")
    text.append(f"{value if value not in (None, '') else '-'}   ")


def render_summary(detail: ShipmentDetail, tz: ZoneInfo) -> Text:
    shipment = detail.shipment
    text = Text()
    text.append(shipment.booking_no, style="bold")
    text.append(f"  {t(f'stage.{shipment.stage}')}  ", style="bold reverse")
    text.append(f"  {detail.customer.name}\n")
    vessel = " ".join(part for part in (shipment.vessel, shipment.voyage) if part) or "-"
    text.append(f"{shipment.carrier}  {vessel}  {shipment.pol} > {shipment.pod}  ")
    text.append(f"ETD {shipment.etd or '-'}  ETA {shipment.eta or '-'}\n")
    _pair(text, "shipment.field.si_cutoff", _when(shipment.si_cutoff, tz))
    _pair(text, "shipment.field.gate_cutoff", _when(shipment.gate_cutoff, tz))
    _pair(text, "shipment.field.customs_no", shipment.customs_no)
    text.append("\n")
    _pair(text, "shipment.field.shipper", shipment.shipper)
    _pair(text, "shipment.field.consignee", shipment.consignee)
    _pair(text, "shipment.field.commodity", shipment.commodity)
    if shipment.dg:
        text.append(f"DG {shipment.dg_un_number or ''} {shipment.dg_class or ''}", style="bold red")
    text.append("\n")
    text.append_text(_stuffing(detail))
    text.append("\n")
    for box in detail.containers:
        text.append(f"{box.type_code} {box.number or '-'} {box.seal or ''}   ")
    return text


def _stuffing(detail: ShipmentDetail) -> Text:
    shipment = detail.shipment
    text = Text()
    if shipment.stuffing == "trucking":
        price = format_amount(shipment.trucking_price_minor or 0, "CNY")
        text.append(
            f"{t('stuffing.trucking')}: {shipment.pickup_factories or '-'} x "
            f"{shipment.trucker or '-'} {price}"
        )
    elif shipment.stuffing == "warehouse":
        fee = format_amount(shipment.warehouse_fee_minor or 0, "CNY")
        text.append(f"{t('stuffing.warehouse')}: {shipment.warehouse or '-'} {fee}")
    return text


def render_trouble_row(view: TroubleView, width: int) -> Text:
    trouble = view.trouble
    line = Text(no_wrap=True, overflow="crop")
    style = "bold red" if trouble.status != "closed" else "dim"
    line.append(f"#{trouble.id} {t(f'trouble.kind.{trouble.kind}')} ", style=style)
    line.append(f"[{t(f'trouble.status.{trouble.status}')}] ")
    line.append(trouble.note or "")
    return line


def render_trouble_advice(view: TroubleView | None) -> Text:
    if view is None:
        return Text()
    trouble = view.trouble
    text = Text()
    for name, value in trouble.details.items():
        if value not in (None, ""):
            text.append(f"{t(f'shipment.field.{name}')}: ", style="dim")
            text.append(f"{_detail_value(name, value)}\n")
    if trouble.status == "closed":
        text.append(f"{t('shipment.field.outcome')}: ", style="dim")
        text.append(trouble.outcome or "-")
        return text
    for line in view.advice:
        text.append(f"{line}\n", style="italic")
    if view.release_needs_supervisor:
        text.append(t("trouble.release_needs_supervisor"), style="bold")
    return text


# Detail values that are vocabulary, shown in the user's language.
_VALUE_PREFIX = {
    "holder": "trouble.holder",
    "reason": "trouble.reason",
    "way": "trouble.way",
    "cutoff": "trouble.cutoff",
}


def _detail_value(name: str, value: object) -> str:
    if isinstance(value, bool):
        return t("board.yes") if value else t("board.no")
    prefix = _VALUE_PREFIX.get(name)
    if prefix and isinstance(value, str):
        translated = t(f"{prefix}.{value}")
        return value if translated == f"{prefix}.{value}" else translated
    return str(value)


def render_sections(detail: ShipmentDetail, tz: ZoneInfo) -> Text:
    text = Text()
    text.append(t("board.section.history") + "\n", style="bold underline")
    for change in detail.history:
        source = t(f"stage.{change.from_stage}") + " > " if change.from_stage else ""
        text.append(f"{_when(change.at, tz)}  {source}{t(f'stage.{change.to_stage}')}  ")
        text.append(detail.login(change.agent_id) or "-", style="dim")
        if change.reason:
            text.append(f"  ({change.reason})")
        text.append("\n")
    text.append("\n" + t("board.section.notes") + "\n", style="bold underline")
    for note in detail.notes:
        text.append(f"{_when(note.at, tz)} {detail.login(note.agent_id) or '-'}: ", style="dim")
        text.append(f"{note.text}\n")
    text.append("\n" + t("board.section.charges") + "\n", style="bold underline")
    for line in detail.charges:
        text.append(f"{t(f'charge.side.{line.side}')}  {line.name}  ")
        text.append(format_amount(line.amount_minor, line.currency))
        if line.all_in:
            text.append("  " + t("charge.all_in", covers=line.covers.replace("|", ", ")))
        text.append("\n")
    text.append_text(_free_days_and_documents(detail))
    return text


def _free_days_and_documents(detail: ShipmentDetail) -> Text:
    text = Text()
    text.append("\n" + t("board.section.free_days") + "\n", style="bold underline")
    for view in detail.free_days:
        request = view.request
        text.append(
            f"{request.carrier} {request.requested_days} > "
            f"{request.origin_days or '-'}/{request.destination_days or '-'}\n"
        )
        if view.flag:
            text.append(f"{view.flag}\n", style="bold yellow")
    text.append("\n" + t("board.section.documents") + "\n", style="bold underline")
    for doc in detail.documents:
        dispatch = doc.dispatch
        text.append(f"{t(f'document.kind.{dispatch.kind}')} {dispatch.courier} ")
        text.append(f"{dispatch.tracking_no}  ")
        if dispatch.received_on:
            text.append(t("document.received", day=dispatch.received_on), style="dim")
        else:
            text.append(t("document.waiting", day=doc.due))
        if doc.overdue:
            text.append("  " + t("document.overdue"), style="bold red")
        text.append("\n")
    return text
