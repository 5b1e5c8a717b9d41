"""What a customer or a contact record must satisfy before it is saved."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from csdesk.rules.names import phone_digits
from csdesk.rules.vocab import CREDIT_TERMS, CUSTOMER_KINDS, OWNERSHIPS, SOURCES, TIERS

# field -> (catalogue key, params)
Problems = dict[str, tuple[str, dict[str, object]]]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CUSTOMER_CHOICES: dict[str, tuple[str, ...]] = {
    "kind": CUSTOMER_KINDS,
    "tier": TIERS,
    "ownership": OWNERSHIPS,
    "credit_terms": CREDIT_TERMS,
    "source": SOURCES,
}
TEXT_LIMITS = {"name": 200, "wechat": 100, "phone": 50, "email": 200, "role": 50}


def _check_choices(fields: Mapping[str, Any], problems: Problems) -> None:
    for name, choices in CUSTOMER_CHOICES.items():
        value = fields.get(name)
        if value not in (None, "") and value not in choices:
            problems[name] = ("error.choice", {"choices": " ".join(choices)})


def _check_lengths(fields: Mapping[str, Any], problems: Problems) -> None:
    for name, limit in TEXT_LIMITS.items():
        value = fields.get(name)
        if isinstance(value, str) and len(value) > limit:
            problems[name] = ("error.too_long", {"max": limit})


def customer_problems(fields: Mapping[str, Any]) -> Problems:
    """Problems with a customer's fields, as saved (a full record, not a partial change)."""
    problems: Problems = {}
    if not str(fields.get("name") or "").strip():
        problems["name"] = ("error.required", {})
    _check_choices(fields, problems)
    if fields.get("kind") in (None, ""):
        problems["kind"] = ("error.required", {})
    day = fields.get("settlement_day")
    if day is not None and not (isinstance(day, int) and 1 <= day <= 31):
        problems["settlement_day"] = ("error.bad_day", {})
    _check_lengths(fields, problems)
    return problems


# A landline's extension, which adds digits beyond the number itself.
_EXTENSION = re.compile(r"(转|分机|ext\.?|x|#)\s*\d+\s*$", re.I)


def _mainland_problem(digits: str, extension: bool) -> str | None:
    """Mobile: 11 digits from 1. Landline: 0, an area code, the number (10-12 digits).
    Hotlines: 400/800 and 10 digits. Anything else (a local number without its area code, a
    5-digit service number) cannot be dialled from another city, or is not a person's line."""
    if digits.startswith("1"):
        return None if len(digits) == 11 else "error.bad_mobile"
    if digits.startswith("0"):
        return (
            None
            if 10 <= len(digits) <= 12 or (extension and len(digits) > 12)
            else ("error.bad_landline")
        )
    if digits.startswith(("400", "800")) and len(digits) == 10:
        return None
    return "error.bad_landline"


def phone_problem(phone: str) -> str | None:
    """The catalogue key of what is wrong with `phone`, None when it can be dialled.

    A mainland mobile has 11 digits starting with 1 (after +86 / 0086 / 86); a landline starts
    with 0 and its area code; a number abroad starts with + (or 00) and its country code and has
    7 to 15 digits in all."""
    digits = phone_digits(phone) or ""
    if len(digits) < 4:
        return "error.bad_phone"
    text = phone.strip()
    international = text.startswith(("+", "00"))
    if international:
        digits = digits[2:] if text.startswith("00") else digits
        if not digits.startswith("86"):
            return None if 7 <= len(digits) <= 15 else "error.bad_international"
        digits = digits[2:]
        # From abroad a landline drops its area code's 0: +86 574 8765 4321.
        digits = digits if digits.startswith(("1", "400", "800")) else "0" + digits
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return _mainland_problem(digits, bool(_EXTENSION.search(text)))


def contact_problems(fields: Mapping[str, Any]) -> Problems:
    problems: Problems = {}
    if not str(fields.get("name") or "").strip():
        problems["name"] = ("error.required", {})
    phone = fields.get("phone")
    problem = phone_problem(phone) if phone else None
    if problem:
        problems["phone"] = (problem, {"digits": len(phone_digits(phone) or "")})
    email = fields.get("email")
    if email and not _EMAIL.match(email):
        problems["email"] = ("error.bad_email", {})
    _check_lengths(fields, problems)
    return problems
