"""The fields of an inquiry as the intake, the parser, the checks and the JSON exchange them.

JSON names are the ones `csdesk inquiry check` documents; `missing` lists use the same names.
Reading a document never raises: a value that cannot be read becomes an error finding.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

from csdesk.rules.findings import Finding, field_label
from csdesk.rules.records import FrozenRecord, Record
from csdesk.rules.textnorm import normalize, parse_count, parse_number

MODES = ("FCL", "LCL", "SPECIAL", "BREAKBULK")
STATUSES = ("incomplete", "open", "quoted", "won", "lost", "declined", "handed_over")
OPEN_STATUSES = ("incomplete", "open")
# Statuses that answer the customer, so they stop the 5-minute clock (H20).
RESPONSE_STATUSES = ("quoted", "declined", "handed_over")
INCOTERMS = (
    "EXW",
    "FCA",
    "FAS",
    "FOB",
    "CFR",
    "CIF",
    "CPT",
    "CIP",
    "DAP",
    "DPU",
    "DDP",
    "DDU",
)
CURRENCIES = ("USD", "CNY", "EUR")
CHANNELS = ("phone", "wechat", "email", "visit")

TEXT_FIELDS = (
    "commodity",
    "shipper",
    "un_number",
    "dg_class",
    "pickup_address",
    "delivery_address",
    "hs_code",
    "cargo_list",
    "handling",
)
TEXT_LIMITS = {"commodity": 200, "shipper": 200, "pickup_address": 300, "delivery_address": 300}
FLOAT_FIELDS = ("weight_kg", "volume_cbm", "target_price", "temperature_c", "cargo_value")
INT_FIELDS = ("pieces", "pickup_factories")
# Numbers that must be above zero (a temperature may be anything).
POSITIVE_FIELDS = (
    "weight_kg",
    "pieces",
    "volume_cbm",
    "target_price",
    "cargo_value",
    "pickup_factories",
)


class ContainerLine(FrozenRecord):
    type: str
    qty: int
    _fields = ("type", "qty")

    def __init__(self, type: str, qty: int) -> None:
        self._assign(type, qty)


class Dimensions(FrozenRecord):
    l: float  # noqa: E741  (length, width, height are the trade's names)
    w: float
    h: float
    _fields = ("l", "w", "h")

    def __init__(self, l: float, w: float, h: float) -> None:  # noqa: E741
        self._assign(l, w, h)


class InquiryFields(Record):
    mode: str | None
    pol: str | None  # UN/LOCODE once resolved, else the words as written
    pod: str | None
    containers: list[ContainerLine]
    commodity: str | None
    weight_kg: float | None
    pieces: int | None
    volume_cbm: float | None
    dimensions_cm: Dimensions | None
    incoterm: str | None
    cargo_ready: dt.date | None
    shipper: str | None
    target_price: float | None
    currency: str | None
    dg: bool
    un_number: str | None
    dg_class: str | None
    temperature_c: float | None
    pickup_address: str | None
    pickup_factories: int | None
    delivery_address: str | None
    hs_code: str | None
    cargo_value: float | None
    cargo_value_currency: str | None
    cargo_list: str | None
    handling: str | None
    _fields = (
        "mode",
        "pol",
        "pod",
        "containers",
        "commodity",
        "weight_kg",
        "pieces",
        "volume_cbm",
        "dimensions_cm",
        "incoterm",
        "cargo_ready",
        "shipper",
        "target_price",
        "currency",
        "dg",
        "un_number",
        "dg_class",
        "temperature_c",
        "pickup_address",
        "pickup_factories",
        "delivery_address",
        "hs_code",
        "cargo_value",
        "cargo_value_currency",
        "cargo_list",
        "handling",
    )

    def __init__(
        self,
        mode: str | None = None,
        pol: str | None = None,
        pod: str | None = None,
        containers: list[ContainerLine] | None = None,  # a new empty list when not given
        commodity: str | None = None,
        weight_kg: float | None = None,
        pieces: int | None = None,
        volume_cbm: float | None = None,
        dimensions_cm: Dimensions | None = None,
        incoterm: str | None = None,
        cargo_ready: dt.date | None = None,
        shipper: str | None = None,
        target_price: float | None = None,
        currency: str | None = None,
        dg: bool = False,
        un_number: str | None = None,
        dg_class: str | None = None,
        temperature_c: float | None = None,
        pickup_address: str | None = None,
        pickup_factories: int | None = None,
        delivery_address: str | None = None,
        hs_code: str | None = None,
        cargo_value: float | None = None,
        cargo_value_currency: str | None = None,
        cargo_list: str | None = None,
        handling: str | None = None,
    ) -> None:
        self._assign(
            mode,
            pol,
            pod,
            [] if containers is None else containers,
            commodity,
            weight_kg,
            pieces,
            volume_cbm,
            dimensions_cm,
            incoterm,
            cargo_ready,
            shipper,
            target_price,
            currency,
            dg,
            un_number,
            dg_class,
            temperature_c,
            pickup_address,
            pickup_factories,
            delivery_address,
            hs_code,
            cargo_value,
            cargo_value_currency,
            cargo_list,
            handling,
        )

    def copy(self, **changes: Any) -> InquiryFields:
        return self.replace(**changes)


FIELD_NAMES = InquiryFields._fields


def fields_to_json(values: InquiryFields) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = getattr(values, name)
        if name == "containers":
            value = [{"type": line.type, "qty": line.qty} for line in value]
        elif isinstance(value, Dimensions):
            value = {"l": value.l, "w": value.w, "h": value.h}
        elif isinstance(value, dt.date):
            value = value.isoformat()
        document[name] = value
    return document


def _bad(name: str, key: str = "intake.error.not_number") -> Finding:
    return Finding("unreadable", name, key, {"field": field_label(name)})


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _float(name: str, value: Any, errors: list[Finding]) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        errors.append(_bad(name))
        return None
    if isinstance(value, int | float):
        if not math.isfinite(value):
            errors.append(_bad(name))
            return None
        return float(value)
    number = parse_number(str(value))
    if number is None:
        errors.append(_bad(name))
    return number


def _int(name: str, value: Any, errors: list[Finding]) -> int | None:
    number = _float(name, value, errors)
    if number is None:
        return None
    if number != int(number):
        errors.append(_bad(name, "intake.error.not_whole"))
        return None
    return int(number)


def _containers(value: Any, errors: list[Finding]) -> list[ContainerLine]:
    if value in (None, ""):
        return []
    items = value if isinstance(value, list) else [value]
    lines: list[ContainerLine] = []
    for item in items:
        if not isinstance(item, Mapping):
            errors.append(_bad("containers", "intake.error.container_line"))
            continue
        code = _text(item.get("type"))
        qty = parse_count(str(item.get("qty", 1)))
        if code is None or qty is None:
            errors.append(_bad("containers", "intake.error.container_line"))
            continue
        lines.append(ContainerLine(normalize(code).upper().replace(" ", ""), qty))
    return lines


def _dimensions(value: Any, errors: list[Finding]) -> Dimensions | None:
    if value in (None, ""):
        return None
    if isinstance(value, Mapping):
        parts = [_float("dimensions_cm", value.get(axis), errors) for axis in ("l", "w", "h")]
        if all(part is not None for part in parts):
            length, width, height = (float(part or 0) for part in parts)
            return Dimensions(length, width, height)
    errors.append(_bad("dimensions_cm", "intake.error.dimensions"))
    return None


def _date(value: Any, errors: list[Finding]) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(normalize(str(value)).strip())
    except ValueError:
        errors.append(_bad("cargo_ready", "intake.error.date"))
        return None


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y", "是"}
    return bool(value)


def _code(value: Any) -> str | None:
    text = _text(value)
    return normalize(text).upper().replace(" ", "") if text else None


def fields_from_json(document: Mapping[str, Any]) -> tuple[InquiryFields, list[Finding]]:
    """Read a JSON object or a form's values (strings allowed); unknown names are ignored."""
    errors: list[Finding] = []
    values = InquiryFields()
    for name in FLOAT_FIELDS:
        setattr(values, name, _float(name, document.get(name), errors))
    for name in INT_FIELDS:
        setattr(values, name, _int(name, document.get(name), errors))
    for name in TEXT_FIELDS:
        setattr(values, name, _text(document.get(name)))
    for name in ("mode", "incoterm", "currency", "cargo_value_currency"):
        setattr(values, name, _code(document.get(name)))
    values.pol = _text(document.get("pol"))
    values.pod = _text(document.get("pod"))
    values.containers = _containers(document.get("containers"), errors)
    values.dimensions_cm = _dimensions(document.get("dimensions_cm"), errors)
    values.cargo_ready = _date(document.get("cargo_ready"), errors)
    values.dg = _flag(document.get("dg"))
    return values, errors


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


def format_value(values: InquiryFields, name: str) -> str | None:
    """A field as a person reads it ("2x40HQ + 1x20GP", "18,000 kg"); None when empty."""
    value = getattr(values, name)
    if name == "containers":
        return " + ".join(f"{line.qty}x{line.type}" for line in value) or None
    if value is None or value == "":
        return None
    if name == "dg":
        return "Y" if value else None
    if isinstance(value, Dimensions):
        return f"{value.l:g}x{value.w:g}x{value.h:g} cm"
    if name == "weight_kg":
        return f"{_number(value)} kg"
    if name == "volume_cbm":
        return f"{_number(value)} m3"
    if name == "temperature_c":
        return f"{_number(value)} C"
    if name == "target_price":
        return f"{values.currency or ''} {_number(value)}".strip()
    if name == "cargo_value":
        return f"{values.cargo_value_currency or values.currency or ''} {_number(value)}".strip()
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
