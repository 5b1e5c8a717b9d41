"""Rows of a rate sheet (.xlsx or .csv) checked one by one: a sheet is imported whole or not at
all, so every problem of every row is collected and reported together.

Headers may be English or the Chinese the lines department writes. Problem messages never carry
the minimum sell price (H8): a report of a bad sheet may be forwarded to anyone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from csdesk.rules.money import CURRENCIES, AmountError, parse_amount
from csdesk.rules.pricing import LCL

HEADERS: dict[str, tuple[str, ...]] = {
    "carrier": ("carrier", "船公司", "承运人"),
    "pol": ("pol", "起运港", "装货港"),
    "pod": ("pod", "目的港", "卸货港"),
    "container": ("container", "equipment", "箱型"),
    "buy": ("buy", "cost", "成本", "底价"),
    "sell": ("sell", "卖价", "公司卖价"),
    "min_sell": ("min_sell", "minimum", "最低卖价"),
    "currency": ("currency", "币种"),
    "valid_from": ("valid_from", "有效期起", "生效日期"),
    "valid_to": ("valid_to", "有效期止", "截止日期"),
    "source": ("source", "来源"),
    "approved": ("approved", "已审核", "审核"),
    "surcharges": ("surcharges", "附加费"),
    "transit_days": ("transit_days", "transit", "航程"),
}
REQUIRED = ("carrier", "pol", "pod", "container", "buy", "sell", "min_sell", "valid_from")
_SOURCES = {"company": "company", "公司": "company", "self": "self", "自找": "self", "自揽": "self"}
_YES = {"1", "true", "yes", "y", "是", "已审核"}
_NO = {"0", "false", "no", "n", "否", "未审核", ""}
_LCL_NAMES = {"lcl", "拼箱", "w/m", "wm"}
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_PER_SHIPMENT = re.compile(r"\s*/\s*(票|bl|b/l|shipment)\s*$", re.IGNORECASE)
_SURCHARGE = re.compile(r"^\s*([A-Za-z\u3400-\u9fff][\w/\u3400-\u9fff .-]*?)\s+(\S.*)$")

PortResolver = Callable[[str], str | None]
ContainerResolver = Callable[[str], str | None]


@dataclass(frozen=True)
class RowProblem:
    row: int  # the sheet's own row number, header included, as a spreadsheet shows it
    column: str
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RateRow:
    row: int
    carrier: str
    pol: str
    pod: str
    container: str
    buy_minor: int
    sell_minor: int
    min_sell_minor: int
    currency: str
    valid_from: dt.date
    valid_to: dt.date
    source: str
    approved: bool
    surcharges: tuple[dict[str, Any], ...]
    transit_days: int | None

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """What a later import replaces: the same carrier, lane, equipment and source."""
        return (self.carrier, self.pol, self.pod, self.container, self.source)


def header_map(headers: Iterable[Any]) -> tuple[dict[str, int], list[str]]:
    """Field -> column index for the headers found, and the required fields missing."""
    lookup = {alias.lower(): name for name, aliases in HEADERS.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = lookup.get(str(header or "").strip().lower())
        if name and name not in found:
            found[name] = index
    return found, [name for name in REQUIRED if name not in found]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _DATE.match(_text(value))
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def parse_money(value: Any, currency: str) -> tuple[int, str] | None:
    """Minor units from a number cell or text like "1,850" or "USD 1850"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            minor = int((Decimal(str(value)) * 100).to_integral_value())
        except InvalidOperation:
            return None
        return (minor, currency) if minor >= 0 else None
    try:
        return parse_amount(_text(value), currency)
    except AmountError:
        return None


def parse_surcharges(text: str, currency: str) -> list[dict[str, Any]] | None:
    """ "THC CNY 850; DOC CNY 450/票; BAF 120" -> lines; None when a part cannot be read."""
    lines: list[dict[str, Any]] = []
    for part in re.split(r"[;；\n]", text):
        if not part.strip():
            continue
        per = "unit"
        if _PER_SHIPMENT.search(part):
            per, part = "shipment", _PER_SHIPMENT.sub("", part)
        match = _SURCHARGE.match(part)
        amount = parse_money(match.group(2), currency) if match else None
        if match is None or amount is None:
            return None
        name = match.group(1).strip().upper() if match.group(1).isascii() else match.group(1)
        lines.append({"name": name, "amount_minor": amount[0], "currency": amount[1], "per": per})
    return lines


class _RowReader:
    def __init__(self, row: int, cells: Mapping[str, Any]) -> None:
        self.row = row
        self.cells = cells
        self.problems: list[RowProblem] = []

    def problem(self, column: str, key: str, **params: Any) -> None:
        self.problems.append(RowProblem(self.row, column, key, params))

    def text(self, name: str) -> str:
        return _text(self.cells.get(name))

    def required(self, name: str) -> str:
        value = self.text(name)
        if not value:
            self.problem(name, "rates.error.required")
        return value

    def money(self, name: str, currency: str) -> int:
        value = self.cells.get(name)
        if not _text(value):
            return 0
        parsed = parse_money(value, currency)
        if parsed is None:
            self.problem(name, "rates.error.amount", value=_text(value))
            return 0
        if parsed[1] != currency:
            self.problem(name, "rates.error.currency_mismatch", value=_text(value))
        return parsed[0]

    def date(self, name: str) -> dt.date | None:
        value = self.cells.get(name)
        if not _text(value):
            return None
        parsed = parse_date(value)
        if parsed is None:
            self.problem(name, "rates.error.date", value=_text(value))
        return parsed


def _currency(reader: _RowReader) -> str:
    currency = (reader.text("currency") or "USD").upper()
    if currency in {"RMB", "CNY", "￥"}:
        return "CNY"
    if currency not in CURRENCIES:
        reader.problem("currency", "rates.error.currency", value=currency)
        return "USD"
    return currency


def _place(reader: _RowReader, name: str, resolve: PortResolver) -> str:
    text = reader.required(name)
    if not text:
        return ""
    locode = resolve(text)
    if locode is None:
        reader.problem(name, "rates.error.port", value=text)
        return ""
    return locode


def _container(reader: _RowReader, resolve: ContainerResolver) -> str:
    text = reader.required("container")
    if not text:
        return ""
    if text.lower() in _LCL_NAMES:
        return LCL
    code = resolve(text)
    if code is None:
        reader.problem("container", "rates.error.container", value=text)
        return ""
    return code


def _source_and_approval(reader: _RowReader) -> tuple[str, bool]:
    source = _SOURCES.get(reader.text("source").lower() or "company")
    if source is None:
        reader.problem("source", "rates.error.source", value=reader.text("source"))
        source = "company"
    flag = reader.text("approved").lower()
    if not flag:
        return source, source == "company"
    if flag not in _YES | _NO:
        reader.problem("approved", "rates.error.approved", value=reader.text("approved"))
    return source, flag in _YES


def _prices(reader: _RowReader, currency: str) -> tuple[int, int, int]:
    for name in ("buy", "sell", "min_sell"):
        reader.required(name)
    buy, sell, minimum = (reader.money(name, currency) for name in ("buy", "sell", "min_sell"))
    if buy and sell and buy > sell:
        reader.problem("sell", "rates.error.sell_below_cost")
    # The value of the minimum stays out of the message (H8).
    if minimum and sell and minimum > sell:
        reader.problem("min_sell", "rates.error.minimum_above_sell")
    if minimum and buy and minimum < buy:
        reader.problem("min_sell", "rates.error.minimum_below_cost")
    return buy, sell, minimum


def _transit(reader: _RowReader) -> int | None:
    text = reader.text("transit_days")
    if not text:
        return None
    if not text.isdigit() or int(text) > 120:
        reader.problem("transit_days", "rates.error.transit", value=text)
        return None
    return int(text)


def _validity(reader: _RowReader, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """From and to; a rate without an end is valid for its first day only. Expired ones stay out."""
    reader.required("valid_from")
    valid_from, valid_to = reader.date("valid_from"), reader.date("valid_to")
    valid_to = valid_to or valid_from
    if valid_from and valid_to and valid_to < valid_from:
        reader.problem("valid_to", "rates.error.valid_order")
    elif valid_to and valid_to < today:
        reader.problem("valid_to", "rates.error.expired", day=valid_to.isoformat())
    return valid_from, valid_to


def read_row(
    row: int,
    cells: Mapping[str, Any],
    today: dt.date,
    resolve_port: PortResolver,
    resolve_container: ContainerResolver,
) -> tuple[RateRow | None, list[RowProblem]]:
    """One sheet row as a rate, or the problems that keep it out."""
    reader = _RowReader(row, cells)
    carrier = reader.required("carrier").upper()
    if len(carrier) > 40:
        reader.problem("carrier", "rates.error.too_long", limit=40)
    pol, pod = _place(reader, "pol", resolve_port), _place(reader, "pod", resolve_port)
    if pol and pol == pod:
        reader.problem("pod", "rates.error.same_port")
    container = _container(reader, resolve_container)
    currency = _currency(reader)
    buy, sell, minimum = _prices(reader, currency)
    valid_from, valid_to = _validity(reader, today)
    source, approved = _source_and_approval(reader)
    surcharges = parse_surcharges(reader.text("surcharges"), currency)
    if surcharges is None:
        reader.problem("surcharges", "rates.error.surcharges", value=reader.text("surcharges"))
    transit = _transit(reader)
    if reader.problems or valid_from is None or valid_to is None or surcharges is None:
        return None, reader.problems
    rate = RateRow(
        row,
        carrier,
        pol,
        pod,
        container,
        buy,
        sell,
        minimum,
        currency,
        valid_from,
        valid_to,
        source,
        approved,
        tuple(surcharges),
        transit,
    )
    return rate, []


def read_rows(
    rows: Iterable[tuple[int, Mapping[str, Any]]],
    today: dt.date,
    resolve_port: PortResolver,
    resolve_container: ContainerResolver,
) -> tuple[list[RateRow], list[RowProblem]]:
    """Every row read; a second row for the same carrier, lane, equipment and source is refused."""
    rates: list[RateRow] = []
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str, str, str, str], int] = {}
    for number, cells in rows:
        if not any(_text(value) for value in cells.values()):
            continue
        rate, found = read_row(number, cells, today, resolve_port, resolve_container)
        problems += found
        if rate is None:
            continue
        if rate.key in seen:
            problems.append(
                RowProblem(number, "pod", "rates.error.duplicate", {"row": seen[rate.key]})
            )
            continue
        seen[rate.key] = number
        rates.append(rate)
    return rates, problems
