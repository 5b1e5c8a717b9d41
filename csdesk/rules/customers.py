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


def phone_problem(phone: str) -> str | None:
    """The catalogue key of what is wrong with `phone`, None when it can be dialled.

    A mainland mobile has 11 digits starting with 1 (after +86 / 0086); a number that starts
    with 1 and is a few digits longer or shorter is a mistyped mobile, not a short service
    number (10086, 12345) or a landline (which starts with its 0 area code)."""
    digits = phone_digits(phone) or ""
    if len(digits) < 4:
        return "error.bad_phone"
    international = phone.lstrip().startswith(("+", "00"))
    if digits.startswith("0086") or (international and digits.startswith("86")):
        digits, international = digits[4:] if digits.startswith("0086") else digits[2:], False
    if not international and digits.startswith("1") and 6 <= len(digits) != 11:
        return "error.bad_mobile"
    return None


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
