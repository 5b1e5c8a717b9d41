"""The desk's four measures (H33) over plain shipment rows: revenue, volume and profit.

A shipment counts in the period its vessel sailed in: it is at or past the `sailed` stage and its
sail day (the ETD, else the day it was moved to sailed, as csdesk.desk.shipments records it) falls
in the period. A booking that never sailed, or was moved back before sailing (the desk's way of
cancelling one), counts nowhere. Revenue is the receivable charge lines, kept per currency; the
CNY total uses the rate a supervisor entered for the sail month, and a month without a rate is
named, never guessed. Money is minor units (fen, cents); every currency the desk uses has two.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from csdesk.rules.kpi_period import Period, bucket_of
from csdesk.rules.stages import stage_index
from csdesk.rules.tiers import month_start

CNY = "CNY"
RECEIVABLE = "receivable"
PAYABLE = "payable"
SAILED_INDEX = stage_index("sailed")
# A rate is CNY per one unit of the currency; kept as an integer of millionths (7.12 -> 7120000).
RATE_SCALE = 1_000_000

FxRates = Mapping[tuple[dt.date, str], int]  # (month start, currency) -> CNY millionths per unit


@dataclass(frozen=True)
class ChargeRow:
    side: str  # receivable | payable
    amount_minor: int
    currency: str


@dataclass(frozen=True)
class ShipmentRow:
    shipment_id: int
    booking_no: str
    agent_id: int | None
    customer_id: int
    tier: str
    pol: str
    pod: str
    stage: str
    sailed_on: dt.date | None
    containers: tuple[str, ...] = ()  # container type codes, one per box
    charges: tuple[ChargeRow, ...] = ()
    # A row may stand for several shipments of one agent sailing the same day, their boxes and
    # charge lines summed (what the KPI screen's first paint reads); otherwise 1.
    count: int = 1

    @property
    def lane(self) -> str:
        return f"{self.pol}-{self.pod}"

    @property
    def has_sailed(self) -> bool:
        return self.sailed_on is not None and stage_index(self.stage) >= SAILED_INDEX


def sailed_in(rows: Iterable[ShipmentRow], period: Period) -> list[ShipmentRow]:
    return [row for row in rows if row.has_sailed and period.contains(row.sailed_on)]  # type: ignore[arg-type]


@dataclass(frozen=True)
class CnyTotal:
    """A CNY sum; `amount_minor` is None when some month's rate is missing (listed)."""

    amount_minor: int | None
    missing: tuple[tuple[dt.date, str], ...] = ()


def to_cny(amount_minor: int, currency: str, month: dt.date, rates: FxRates) -> int | None:
    """The amount in CNY minor units at the month's rate, rounded half away from zero."""
    if currency == CNY:
        return amount_minor
    rate = rates.get((month_start(month), currency))
    if rate is None:
        return None
    whole, rest = divmod(abs(amount_minor) * rate, RATE_SCALE)
    whole += 2 * rest >= RATE_SCALE
    return whole if amount_minor >= 0 else -whole


def _cny_total(lines: Iterable[tuple[int, str, dt.date]], rates: FxRates) -> CnyTotal:
    """Lines are summed per month and currency first, then each sum converted once."""
    sums: Counter[tuple[dt.date, str]] = Counter()
    for amount, currency, day in lines:
        sums[(month_start(day), currency)] += amount
    total, missing = 0, []
    for (month, currency), amount in sums.items():
        converted = to_cny(amount, currency, month, rates)
        if converted is None:
            missing.append((month, currency))
        else:
            total += converted
    return CnyTotal(None if missing else total, tuple(sorted(missing)))


def _signed_lines(
    rows: Iterable[ShipmentRow], sides: Mapping[str, int]
) -> list[tuple[int, str, dt.date]]:
    return [
        (sides[charge.side] * charge.amount_minor, charge.currency, row.sailed_on)
        for row in rows
        if row.sailed_on is not None
        for charge in row.charges
        if charge.side in sides
    ]


def per_currency(rows: Iterable[ShipmentRow], side: str) -> dict[str, int]:
    totals: Counter[str] = Counter()
    for row in rows:
        for charge in row.charges:
            if charge.side == side:
                totals[charge.currency] += charge.amount_minor
    return dict(sorted(totals.items()))


@dataclass(frozen=True)
class Money:
    revenue: dict[str, int]  # per currency, receivable
    cost: dict[str, int]  # per currency, payable
    revenue_cny: CnyTotal
    profit_cny: CnyTotal

    @property
    def profit(self) -> dict[str, int]:
        currencies = sorted(set(self.revenue) | set(self.cost))
        return {cur: self.revenue.get(cur, 0) - self.cost.get(cur, 0) for cur in currencies}

    @property
    def margin_percent(self) -> float | None:
        """Profit over revenue in CNY; None without revenue or without a rate."""
        revenue, profit = self.revenue_cny.amount_minor, self.profit_cny.amount_minor
        if not revenue or profit is None:
            return None
        return round(100 * profit / revenue, 1)

    @property
    def missing_rates(self) -> tuple[tuple[dt.date, str], ...]:
        return tuple(sorted(set(self.revenue_cny.missing) | set(self.profit_cny.missing)))


def money(rows: Iterable[ShipmentRow], rates: FxRates) -> Money:
    """Revenue and profit of rows already chosen for the period (see `sailed_in`)."""
    chosen = list(rows)
    return Money(
        revenue=per_currency(chosen, RECEIVABLE),
        cost=per_currency(chosen, PAYABLE),
        revenue_cny=_cny_total(_signed_lines(chosen, {RECEIVABLE: 1}), rates),
        profit_cny=_cny_total(_signed_lines(chosen, {RECEIVABLE: 1, PAYABLE: -1}), rates),
    )


def shipment_profit_cny(row: ShipmentRow, rates: FxRates) -> CnyTotal:
    return _cny_total(_signed_lines([row], {RECEIVABLE: 1, PAYABLE: -1}), rates)


@dataclass(frozen=True)
class Volume:
    shipments: int = 0
    teu: int = 0
    containers: dict[str, int] = field(default_factory=dict)  # type code -> boxes


def volume(rows: Iterable[ShipmentRow], teu_of: Mapping[str, int]) -> Volume:
    """Shipments, TEU (each box by its type's TEU in data/container_types.csv) and boxes by type.
    An unknown type code counts as a box with no TEU rather than a guess."""
    shipments, teu, boxes = 0, 0, Counter[str]()
    for row in rows:
        shipments += row.count
        for code in row.containers:
            boxes[code] += 1
            teu += teu_of.get(code, 0)
    return Volume(shipments, teu, dict(sorted(boxes.items())))


def volume_by(
    rows: Iterable[ShipmentRow], key: str, teu_of: Mapping[str, int]
) -> dict[str, Volume]:
    """Volume per lane ("CNNGB-NGLOS") or per customer tier."""
    groups: dict[str, list[ShipmentRow]] = {}
    for row in rows:
        groups.setdefault(row.lane if key == "lane" else row.tier, []).append(row)
    return {name: volume(group, teu_of) for name, group in sorted(groups.items())}


def series(
    rows: Iterable[ShipmentRow],
    buckets: list[dt.date],
    size: str,
    teu_of: Mapping[str, int],
    rates: FxRates,
) -> list[tuple[dt.date, int, int | None]]:
    """(bucket start, TEU, revenue in CNY or None without a rate) per week or month, for charts."""
    grouped: dict[dt.date, list[ShipmentRow]] = {bucket: [] for bucket in buckets}
    for row in rows:
        if row.sailed_on is not None:
            grouped.setdefault(bucket_of(row.sailed_on, size), []).append(row)
    return [
        (
            bucket,
            volume(grouped[bucket], teu_of).teu,
            money(grouped[bucket], rates).revenue_cny.amount_minor,
        )
        for bucket in buckets
    ]


class FxRateError(ValueError):
    """Text that is not a usable exchange rate."""


def parse_fx_rate(text: str) -> int:
    """CNY per unit as typed ("7.12", "7.1234") to millionths; refuses 0, negatives, words."""
    try:
        value = Decimal(text.strip().replace("，", "").replace(",", ""))
        if not value.is_finite() or value <= 0:
            raise FxRateError(text)
        micros = value * RATE_SCALE
    except ArithmeticError:
        raise FxRateError(text) from None
    if micros != micros.to_integral_value() or micros > 10**12:
        raise FxRateError(text)
    return int(micros)


def fx_rate_text(micros: int) -> str:
    return f"{Decimal(micros) / RATE_SCALE:f}".rstrip("0").rstrip(".")
