"""Amounts as agents type them ("1,250", "USD 80.5", "￥300") and as kept (minor units)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CURRENCIES = ("CNY", "USD", "EUR")
_SYMBOLS = {"￥": "CNY", "¥": "CNY", "RMB": "CNY", "$": "USD", "€": "EUR"}
_NUMBER = re.compile(r"^-?\d+(\.\d{1,2})?$")


class AmountError(ValueError):
    """Text that is not an amount of money; the caller turns it into a field problem."""


def parse_amount(text: str, default_currency: str = "CNY") -> tuple[int, str]:
    """(minor units, currency) from free text; refuses negatives, more than 2 decimals, words."""
    cleaned = text.strip().upper().replace(",", "").replace("，", "").replace(" ", "")
    currency = default_currency
    for symbol, code in (*_SYMBOLS.items(), *((code, code) for code in CURRENCIES)):
        if cleaned.startswith(symbol):
            cleaned, currency = cleaned[len(symbol) :], code
            break
        if cleaned.endswith(symbol):
            cleaned, currency = cleaned[: -len(symbol)], code
            break
    if not _NUMBER.match(cleaned) or cleaned.startswith("-"):
        raise AmountError(text)
    try:
        minor = int(Decimal(cleaned) * 100)
    except InvalidOperation:
        raise AmountError(text) from None
    return minor, currency


def format_amount(minor: int, currency: str) -> str:
    units, cents = divmod(abs(minor), 100)
    sign = "-" if minor < 0 else ""
    return f"{currency} {sign}{units:,}.{cents:02d}"


def split_covers(text: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """The charges an ALL IN price includes (H48), from "O/F, THC, DOC" or a list."""
    if text is None:
        return []
    parts = text if isinstance(text, list | tuple) else re.split(r"[|,，、;；]", text)
    return [part.strip() for part in parts if part and part.strip()]
