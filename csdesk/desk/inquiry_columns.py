"""An inquiry's columns from a checked set of fields, and the fields back from its columns.

Shared by the ORM writes (csdesk.desk.inquiries: the form, a save) and the Core write of a
pasted message (csdesk.desk.inquiry_add), so both store an inquiry the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from csdesk.desk.context import DESK_TZ
from csdesk.desk.errors import ValidationError
from csdesk.rules.inquiry_fields import (
    FIELD_NAMES,
    OPEN_STATUSES,
    ContainerLine,
    Dimensions,
    InquiryFields,
    fields_from_json,
)
from csdesk.rules.intake import CheckResult

# Columns that hold a field of the same name.
PLAIN_COLUMNS = tuple(
    name
    for name in FIELD_NAMES
    if name not in ("pol", "pod", "containers", "dimensions_cm", "cargo_ready")
)


def read_fields(fields: Mapping[str, Any]) -> InquiryFields:
    """Fields as JSON or a form gives them; a value that cannot be read at all is refused."""
    values, unreadable = fields_from_json(fields)
    if unreadable:
        raise ValidationError({item.field or "-": item.message() for item in unreadable})
    return values


def stored_fields(inquiry: Any, lines: Iterable[ContainerLine]) -> InquiryFields:
    """The fields an inquiry's columns (a row or the table class) and container lines hold."""
    values = InquiryFields(
        pol=inquiry.pol or inquiry.pol_text,
        pod=inquiry.pod or inquiry.pod_text,
        containers=list(lines),
        cargo_ready=inquiry.cargo_ready,
    )
    if inquiry.dim_l_cm and inquiry.dim_w_cm and inquiry.dim_h_cm:
        values.dimensions_cm = Dimensions(inquiry.dim_l_cm, inquiry.dim_w_cm, inquiry.dim_h_cm)
    for name in PLAIN_COLUMNS:
        setattr(values, name, getattr(inquiry, name))
    return values


def inquiry_columns(result: CheckResult, pending: Iterable[str]) -> dict[str, Any]:
    """The inquiry's columns from a checked set of fields."""
    values = result.fields
    dims = values.dimensions_cm
    columns: dict[str, Any] = {name: getattr(values, name) for name in PLAIN_COLUMNS}
    columns |= {
        "pol": values.pol,
        "pod": values.pod,
        "pol_text": result.port_texts.get("pol"),
        "pod_text": result.port_texts.get("pod"),
        "cargo_ready": values.cargo_ready,
        "dim_l_cm": dims.l if dims else None,
        "dim_w_cm": dims.w if dims else None,
        "dim_h_cm": dims.h if dims else None,
        "missing": "|".join(result.missing),
        "pending": "|".join(name for name in dict.fromkeys(pending) if name in FIELD_NAMES),
    }
    return columns


def status_after_check(current: str, result: CheckResult) -> str:
    if current not in OPEN_STATUSES:
        return current
    return "open" if result.complete else "incomplete"


def general_cargo(result: CheckResult) -> bool:
    """The 5-minute clock (H20) is for general cargo: not special or big cargo, not break bulk,
    not dangerous goods, whose fees are confirmed with the customer first (H41)."""
    return not result.special and result.fields.mode != "BREAKBULK" and not result.fields.dg


def desk_day(moment: dt.datetime) -> dt.date:
    """The desk's calendar day of a moment (Shanghai), which relative dates count from."""
    return moment.astimezone(DESK_TZ).date()
