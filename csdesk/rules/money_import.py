"""Finance's payment sheet: its columns (Chinese or English headers) and each row checked.

A row is a payment only if every field is right; the desk imports the sheet all or nothing, so
every problem found is listed with its row number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from csdesk.rules.money import CURRENCIES, AmountError, parse_amount

COLUMNS = {
    "customer": ("客户", "customer", "客户名称"),
    "amount": ("金额", "amount"),
    "currency": ("币种", "currency"),
    "date": ("到账日期", "date", "received"),
    "reference": ("流水号", "reference", "ref"),
}
FIRST_YEAR, LAST_YEAR = 1900, 2100
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")

# (row number, catalogue key, params)
RowProblem = tuple[int, str, dict[str, object]]


@dataclass(frozen=True)
class PaymentRow:
    row: int
    customer: str
    amount_minor: int
    currency: str
    received_on: dt.date
    reference: str


def header_map(header: Sequence[object]) -> tuple[dict[str, int], list[str]]:
    """field -> column index, and the fields no column carries."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = str(cell or "").strip().lower()
        for field, names in COLUMNS.items():
            if text in names and field not in found:
                found[field] = index
    return found, [field for field in COLUMNS if field not in found]


def _text(cells: Sequence[object], index: int) -> str:
    value = cells[index] if index < len(cells) else None
    return "" if value is None else str(value).strip()


def parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _DATE.match(str(value or "").strip().split(" ")[0])
    if not match:
        return None
    try:
        day = dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    # Years the desk counts days in (as every date option): 0001-01-01 is a typing slip.
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def parse_row(
    number: int, cells: Sequence[object], columns: dict[str, int], today: dt.date
) -> tuple[PaymentRow | None, list[RowProblem]]:
    problems: list[RowProblem] = []
    customer, reference = _text(cells, columns["customer"]), _text(cells, columns["reference"])
    currency = _text(cells, columns["currency"]).upper().replace("RMB", "CNY")
    amount_text = _text(cells, columns["amount"])
    if not customer:
        problems.append((number, "money.import.customer_missing", {}))
    if not reference:
        problems.append((number, "money.import.reference_missing", {}))
    if currency not in CURRENCIES:
        problems.append((number, "money.error.currency_unknown", {"currency": currency or "-"}))
    minor = 0
    try:
        minor, _ = parse_amount(amount_text, currency or "CNY")
    except AmountError:
        problems.append((number, "money.error.amount", {"value": amount_text or "-"}))
    if not problems and minor <= 0:
        problems.append((number, "money.error.amount", {"value": amount_text}))
    cell = cells[columns["date"]] if columns["date"] < len(cells) else None
    received = parse_date(cell)
    if received is None:
        problems.append((number, "money.error.date", {"value": _text(cells, columns["date"])}))
    elif received > today:
        problems.append((number, "money.error.future", {"date": received.isoformat()}))
    if problems or received is None:
        return None, problems
    return PaymentRow(number, customer, minor, currency, received, reference), []
