"""The intake form's text boxes as inquiry fields: what an agent types while on the phone.

A date may be typed as the customer said it ("下周三", "12/10"); dimensions as "120x80x100";
numbers with separators or full-width digits. Whatever cannot be read is passed on as typed,
so the check names it instead of losing it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from csdesk.rules.inquiry_fields import FIELD_NAMES, Dimensions, InquiryFields
from csdesk.rules.message_dates import read_cargo_date
from csdesk.rules.message_scan import Scan
from csdesk.rules.textnorm import normalize, parse_number

_DIMENSION_PARTS = re.compile(r"\s*[x*]\s*", re.I)
# "12-10", "12.10": in the date box a month and day (a customer's message could mean a range or a
# figure by them, so the message reader leaves them; the box holds nothing but a date).
_MONTH_DAY = re.compile(r"(\d{1,2})\s*[-.]\s*(\d{1,2})")


def dimensions_from_text(text: str) -> dict[str, Any] | str | None:
    """{"l", "w", "h"} in cm from "120x80x100" (or "1.2*0.8*1" in metres); the text itself
    when it is not three numbers, None when empty."""
    stripped = normalize(text).strip().lower().removesuffix("cm").strip()
    if not stripped:
        return None
    parts = _DIMENSION_PARTS.split(stripped)
    numbers = [parse_number(part) for part in parts]
    if len(numbers) != 3 or any(number is None for number in numbers):
        return text
    values = [float(number or 0) for number in numbers]
    factor = 100.0 if max(values) <= 20 else 1.0  # a crate of 1.2 x 0.8 x 1 is in metres
    length, width, height = (round(value * factor, 1) for value in values)
    return {"l": length, "w": width, "h": height}


def date_from_text(text: str, today: dt.date) -> str | None:
    """ISO date from "2026-12-10", "12/10", "12-10", "12月10号", "下周三", "月底"; the text when
    unread."""
    stripped = normalize(text).strip()
    if not stripped:
        return None
    month_day = _MONTH_DAY.fullmatch(stripped)
    if month_day is not None:  # read as "12/10" is, by the same rule for the year
        stripped = f"{month_day.group(1)}/{month_day.group(2)}"
    try:
        return dt.date.fromisoformat(stripped).isoformat()
    except ValueError:
        pass
    scan = Scan(stripped)
    read_cargo_date(scan, today)
    found = scan.found.get("cargo_ready")
    return found.value.isoformat() if found else text


def form_document(
    texts: Mapping[str, str],
    containers: Iterable[tuple[str, str]],
    today: dt.date,
    mode: str | None = None,
    dg: bool = False,
) -> dict[str, Any]:
    """The JSON-style document `fields_from_json` reads, from the form's boxes."""
    document: dict[str, Any] = {
        name: value.strip() for name, value in texts.items() if value and value.strip()
    }
    if "dimensions_cm" in document:
        document["dimensions_cm"] = dimensions_from_text(document["dimensions_cm"])
    if "cargo_ready" in document:
        document["cargo_ready"] = date_from_text(document["cargo_ready"], today)
    document["containers"] = [
        {"type": code.strip(), "qty": qty.strip() or "1"}
        for code, qty in containers
        if code.strip()
    ]
    document["mode"] = mode
    document["dg"] = dg
    return document


def _box(value: Any) -> str:
    if value is None or value is False:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, Dimensions):
        return f"{value.l:g}x{value.w:g}x{value.h:g}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def texts_of(values: InquiryFields) -> dict[str, str]:
    """The form's boxes for a set of fields (containers, mode and DG have their own controls)."""
    return {
        name: _box(getattr(values, name))
        for name in FIELD_NAMES
        if name not in ("containers", "mode", "dg")
    }


def lines_of(values: InquiryFields) -> list[tuple[str, str]]:
    return [(line.type, str(line.qty)) for line in values.containers]


def pending_after_parse(
    pending: Iterable[str], read: Iterable[str], filled: Iterable[str]
) -> set[str]:
    """Fields awaiting confirmation after a paste: those read into a box that was free."""
    return set(pending) | (set(read) & set(filled))
