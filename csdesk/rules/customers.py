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


def contact_problems(fields: Mapping[str, Any]) -> Problems:
    problems: Problems = {}
    if not str(fields.get("name") or "").strip():
        problems["name"] = ("error.required", {})
    phone = fields.get("phone")
    if phone and len(phone_digits(phone) or "") < 4:
        problems["phone"] = ("error.bad_phone", {})
    email = fields.get("email")
    if email and not _EMAIL.match(email):
        problems["email"] = ("error.bad_email", {})
    _check_lengths(fields, problems)
    return problems
