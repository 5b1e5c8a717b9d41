"""What a booking's fields must satisfy before saving, and the text the board filter searches."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from csdesk.rules.containers import check_container_number, normalise_container_number
from csdesk.rules.stages import Problem

STUFFING_MODES = ("trucking", "warehouse")
_BOOKING_NO = re.compile(r"^[A-Z0-9][A-Z0-9\-/]{2,39}$")
_LOCODE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")
_CUSTOMS_NO = re.compile(r"^\d{18}$")  # 报关单号: 18 digits
_UN_NUMBER = re.compile(r"^(UN)?\d{4}$")
TEXT_LIMITS = {
    "carrier": 40,
    "vessel": 80,
    "voyage": 20,
    "shipper": 200,
    "consignee": 200,
    "commodity": 200,
    "trucker": 100,
    "warehouse": 100,
    "dg_class": 10,
}
SHIPMENT_FIELDS = (
    "booking_no",
    "carrier",
    "vessel",
    "voyage",
    "pol",
    "pod",
    "etd",
    "eta",
    "shipper",
    "consignee",
    "commodity",
    "dg",
    "dg_un_number",
    "dg_class",
    "dg_fees_confirmed",
    "customs_no",
    "bl_no",
    "si_cutoff",
    "gate_cutoff",
    "stuffing",
    "pickup_factories",
    "trucker",
    "trucking_price_minor",
    "warehouse",
    "warehouse_fee_minor",
)


def _format_problems(fields: Mapping[str, Any], problems: dict[str, Problem]) -> None:
    patterns = {
        "booking_no": _BOOKING_NO,
        "pol": _LOCODE,
        "pod": _LOCODE,
        "customs_no": _CUSTOMS_NO,
        "dg_un_number": _UN_NUMBER,
    }
    for name, pattern in patterns.items():
        value = fields.get(name)
        if value and not pattern.match(str(value)):
            problems[name] = (f"shipment.bad_{name}", {"value": value})


def shipment_problems(fields: Mapping[str, Any]) -> dict[str, Problem]:
    """field -> problem for a whole booking as it would be saved."""
    problems: dict[str, Problem] = {}
    for name in ("booking_no", "carrier", "pol", "pod"):
        if not fields.get(name):
            problems[name] = ("error.required", {})
    _format_problems(fields, problems)
    for name, limit in TEXT_LIMITS.items():
        value = fields.get(name)
        if isinstance(value, str) and len(value) > limit:
            problems[name] = ("error.too_long", {"max": limit})
    etd, eta = fields.get("etd"), fields.get("eta")
    if isinstance(etd, dt.date) and isinstance(eta, dt.date) and eta < etd:
        problems["eta"] = ("shipment.eta_before_etd", {})
    for name in ("si_cutoff", "gate_cutoff"):
        value = fields.get(name)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            problems[name] = ("shipment.naive_time", {})
    stuffing = fields.get("stuffing")
    if stuffing and stuffing not in STUFFING_MODES:
        problems["stuffing"] = ("error.choice", {"choices": " ".join(STUFFING_MODES)})
    factories = fields.get("pickup_factories")
    if factories is not None and (not isinstance(factories, int) or factories < 1):
        problems["pickup_factories"] = ("shipment.bad_factories", {})
    for name in ("trucking_price_minor", "warehouse_fee_minor"):
        value = fields.get(name)
        if value is not None and (not isinstance(value, int) or value < 0):
            problems[name] = ("shipment.bad_amount", {})
    return problems


_COUNT = re.compile(r"^(\d{1,2})\s*[xX*×]\s*(.+)$")


def parse_container_specs(specs: Iterable[str]) -> list[dict[str, str | None]]:
    """Boxes as agents list them: `2x40HQ`, `40HQ`, `40HQ:CSQU3054383` or `40HQ:CSQU3054383:SEAL`;
    several may share one text separated by commas or spaces ("2x40HQ, 1x20GP")."""
    boxes: list[dict[str, str | None]] = []
    for text in specs:
        for spec in re.split(r"[,，;；\s]+", text.strip()):
            if not spec:
                continue
            counted = _COUNT.match(spec)
            if counted:
                boxes.extend({"type": counted.group(2)} for _ in range(int(counted.group(1))))
                continue
            parts = [part.strip() or None for part in spec.split(":")]
            parts += [None] * (3 - len(parts))
            boxes.append({"type": parts[0], "number": parts[1], "seal": parts[2]})
    return boxes


def container_number_problem(text: str) -> Problem | None:
    """A wrong check digit names the right one, so the agent can tell a typo from a wrong box."""
    number = normalise_container_number(text)
    ok, expected = check_container_number(number)
    if ok:
        return None
    if expected is None:
        return ("shipment.container.bad_format", {"number": number})
    return ("shipment.container.bad_check_digit", {"number": number, "expected": expected})


def search_text(
    booking_no: str,
    carrier: str,
    vessel: str | None,
    voyage: str | None,
    customs_no: str | None,
    container_numbers: Iterable[str | None],
) -> str:
    """Lower-cased words the board filter matches with LIKE; the customer's name is joined in."""
    parts = [booking_no, carrier, vessel, voyage, customs_no, *container_numbers]
    return " ".join(part.lower() for part in parts if part)
