"""Reading a pasted WeChat or e-mail message into inquiry fields, each with where it was read and
how sure the reader is, so the intake form can mark it until the agent confirms it.

A field the parser is unsure of stays empty rather than wrong: anything read with a confidence
below `MIN_CONFIDENCE` is dropped. The parser never raises on any text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from csdesk.i18n import t
from csdesk.rules.commodities import CommodityTable
from csdesk.rules.hanzi import ANY_TRADITIONAL, as_written, simplified
from csdesk.rules.inquiry_fields import FIELD_NAMES, Dimensions, InquiryFields, fields_to_json
from csdesk.rules.lookups import ContainerLookup, PortLookup
from csdesk.rules.message_address import read_exw_place
from csdesk.rules.message_address_blocks import read_address_blocks, read_bare_address
from csdesk.rules.message_boxes import read_containers
from csdesk.rules.message_bulk import cargo_list, read_cargo_items
from csdesk.rules.message_cargo import read_pieces, read_volume, read_weight
from csdesk.rules.message_codes import read_codes
from csdesk.rules.message_corrections import set_aside_taken_back, set_aside_unpicked
from csdesk.rules.message_dates import read_cargo_date
from csdesk.rules.message_dg import HintFinder, read_dg, read_un_number
from csdesk.rules.message_doc_dates import set_aside_doc_dates
from csdesk.rules.message_door import pod_from_door, read_door_address
from csdesk.rules.message_door_port import drop_port_as_door, set_aside_sender_city
from csdesk.rules.message_each_port import count_each, destinations_each, no_single_pod
from csdesk.rules.message_extras import add_extras, set_aside_extras
from csdesk.rules.message_goods import read_commodity
from csdesk.rules.message_incoterm import read_incoterm
from csdesk.rules.message_lanes import lanes_apart
from csdesk.rules.message_mode import read_mode
from csdesk.rules.message_money import read_money
from csdesk.rules.message_past import set_aside_past
from csdesk.rules.message_piece_groups import pieces_by_size
from csdesk.rules.message_ports import read_ports, read_unknown_ports
from csdesk.rules.message_quoted import set_aside_quoted
from csdesk.rules.message_reefer import read_temperature
from csdesk.rules.message_remarks import set_aside_remarks
from csdesk.rules.message_rest_same import set_aside_rest_same
from csdesk.rules.message_revision import merge, questions, revision_parts
from csdesk.rules.message_scan import ParsedField, Question, Scan
from csdesk.rules.message_sizes import largest_piece, read_dimensions, volume_from_dimensions
from csdesk.rules.message_table import read_table, read_table_columns
from csdesk.rules.message_terms import read_labelled
from csdesk.rules.message_thread import set_aside_thread
from csdesk.rules.message_units import read_units_of_goods
from csdesk.rules.message_volume_said import read_volume_said_first
from csdesk.rules.ocr_slips import ANY_SLIP, unslipped
from csdesk.rules.records import Record
from csdesk.rules.textnorm import normalize

MIN_CONFIDENCE = 0.55


class ParseResult(Record):
    text: str
    fields: dict[str, ParsedField]
    # A port named after a clear cue that no index knows ("宁波到Lagoss"): kept as written so
    # the check can offer the closest ports, never passed off as a UN/LOCODE.
    unresolved: dict[str, ParsedField]
    # Readings offered to the agent rather than chosen ("NSA": Nansha or Nhava Sheva?).
    questions: list[Question]
    _fields = ("text", "fields", "unresolved", "questions")

    def __init__(
        self,
        text: str,
        fields: dict[str, ParsedField],
        unresolved: dict[str, ParsedField] | None = None,  # a new empty dict when not given
        questions: list[Question] | None = None,  # a new empty list when not given
    ) -> None:
        # (set one by one, not by `_assign`: a class compiled by mypyc has no __dict__)
        self.text, self.fields = text, fields
        self.unresolved = {} if unresolved is None else unresolved
        self.questions = [] if questions is None else questions

    def values(self, with_unresolved: bool = False) -> InquiryFields:
        values = InquiryFields()
        for name, parsed in self.fields.items():
            setattr(values, name, parsed.value)
        if with_unresolved:
            for name, parsed in self.unresolved.items():
                setattr(values, name, parsed.value)
        return values

    def as_json(self) -> dict[str, Any]:
        read = {
            name: {
                "spans": [list(span) for span in parsed.spans],
                "text": parsed.source(self.text),
                "confidence": parsed.confidence,
            }
            for name, parsed in self.fields.items()
        }
        unresolved = {name: parsed.value for name, parsed in self.unresolved.items()}
        questions = [
            {
                "field": question.name,
                "spans": [list(span) for span in question.spans],
                "text": question.source(self.text),
                "readings": [_json_value(reading) for reading in question.readings],
                "reason": question.reason,
            }
            for question in self.questions
        ]
        return {
            "fields": fields_to_json(self.values()),
            "read": read,
            "unresolved": unresolved,
            "questions": questions,
        }


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _shown(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{value:,.0f}"
    return str(_json_value(value))


def describe_question(question: Question, text: str, lang: str | None = None) -> str:
    """One line asking the agent about an ambiguous reading, in the user's language; the
    customer's words are quoted as plain text (the caller shows it without markup)."""
    return t(
        f"intake.question.{question.reason}",
        lang,
        field=t(f"intake.field.{question.name}", lang),
        written=" ".join(question.source(text).split())[:40],
        readings=t("intake.question.or", lang).join(_shown(value) for value in question.readings),
    )


# The names a customer wrote keep their own characters ("傢俱", not the 家俱 read).
_WRITTEN_NAMES = ("commodity", "shipper", "pickup_address", "delivery_address")


def _as_written(result: ParseResult, text: str) -> ParseResult:
    """`result` of the simplified `text`, for `text` itself: its names as written."""
    read, written = normalize(result.text), normalize(text)
    fields = dict(result.fields)
    for name in _WRITTEN_NAMES:
        field = fields.get(name)
        if field is None or not isinstance(field.value, str):
            continue
        value = field.value
        for start, end in field.spans:
            value = as_written(value, read[start:end], written[start:end])
        fields[name] = field._replace(value=value)
    return ParseResult(text, fields, result.unresolved, result.questions)


class MessageParser:
    def __init__(
        self,
        ports: PortLookup | None = None,
        containers: ContainerLookup | None = None,
        commodities: CommodityTable | None = None,
        dg_hints: HintFinder | None = None,
    ) -> None:
        self.ports = ports
        self.containers = containers
        self.commodities = commodities
        self.dg_hints = dg_hints

    def _read_boxes(self, scan: Scan) -> bool:
        """The containers; whether any of them is special equipment (reefer, open top...)."""
        if self.containers is None:
            return False
        read_containers(scan, self.containers)
        boxes = scan.found.get("containers")
        return bool(boxes) and any(
            getattr(self.containers.resolve(line.type), "special", False)
            for line in boxes.value  # type: ignore[union-attr]
        )

    def parse(self, text: str, received: dt.date) -> ParseResult:
        # "報個價 寧波…": traditional characters read as simplified; "1x4OHQ": OCR's slips righted
        # (a search for each tells the few messages holding either)
        traditional, slipped = ANY_TRADITIONAL.search(text), ANY_SLIP.search(text)
        read = text if traditional is None and slipped is None else unslipped(simplified(text))
        parts = revision_parts(read)
        if parts is None:
            result = self._parse(read, received)
            return result if read is text else _as_written(result, text)
        # A reply changing part of the request it quotes: each read alone, then merged.
        reply, quoted = (self._parse(part, received) for part in parts)
        fields = merge(reply.fields, quoted.fields, parts[0], parts[1])
        asked = questions(reply.questions, quoted.questions, reply.fields)
        return ParseResult(text, fields, {**quoted.unresolved, **reply.unresolved}, asked)

    def _parse(self, text: str, received: dt.date) -> ParseResult:
        scan = Scan(text)
        set_aside_thread(scan)
        set_aside_past(scan)
        set_aside_remarks(scan)
        set_aside_rest_same(scan)
        set_aside_quoted(scan)
        set_aside_taken_back(scan)
        set_aside_unpicked(scan)
        set_aside_doc_dates(scan)
        extras = set_aside_extras(scan)
        if "2)" in scan.norm or "2）" in scan.norm or "2、" in scan.norm:
            lanes_apart(scan, self.ports)  # (a numbered list: most messages hold none)
        special_boxes = self._read_boxes(scan)
        if "\t" in text:
            read_table(scan)  # (rows pasted from a spreadsheet)
        each_port = destinations_each(scan, self.ports)
        count_each(scan, each_port)
        sizes: list[Dimensions] = []
        dimension_spans = read_dimensions(scan, sizes)
        read_cargo_date(scan, received)
        read_money(scan)
        read_temperature(scan)
        read_codes(scan)
        read_un_number(scan)
        read_cargo_items(scan)
        read_units_of_goods(scan)
        read_pieces(scan)
        read_weight(scan)
        add_extras(scan, extras)
        read_volume(scan)
        read_volume_said_first(scan)
        read_dg(scan, self.dg_hints)
        read_incoterm(scan)
        if "\t" in text:
            read_table_columns(scan)  # a header and a row pasted from a spreadsheet
        read_labelled(scan, ["pickup_address", "delivery_address", "shipper", "handling"])
        drop_port_as_door(scan)
        read_bare_address(scan)
        read_door_address(scan)
        read_address_blocks(scan)
        read_exw_place(scan)
        unresolved: dict[str, ParsedField] = {}
        if self.ports is not None:
            set_aside_sender_city(scan)
            read_ports(scan, self.ports)
            unresolved = read_unknown_ports(scan)
            pod_from_door(scan, self.ports)
            no_single_pod(scan, each_port)
        read_mode(scan, special_boxes)
        pieces_by_size(scan, sizes, dimension_spans)
        volume_from_dimensions(scan, sizes)
        read_commodity(scan, self.commodities)
        if scan.found.get("mode") and scan.found["mode"].value == "BREAKBULK":
            cargo_list(scan, dimension_spans)
            largest_piece(scan, dimension_spans)
        found = scan.found
        kept = {
            name: found[name]
            # (the few names read picked out in C: a message reads a few of the 26)
            for name in filter(found.__contains__, FIELD_NAMES)
            if found[name].confidence >= MIN_CONFIDENCE
        }
        return ParseResult(text, kept, unresolved, scan.questions)
