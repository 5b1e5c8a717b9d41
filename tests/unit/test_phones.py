"""Phone numbers a contact may be saved with: a mistyped mainland mobile is refused."""

from __future__ import annotations

import pytest

from csdesk.rules.customers import contact_problems, phone_problem


@pytest.mark.parametrize(
    ("phone", "problem"),
    [
        ("13800001111", None),
        ("138 0000 1111", None),
        ("+86 138-0000-1111", None),
        ("008613800001111", None),
        ("1380000111", "error.bad_mobile"),  # 10 digits: one was lost
        ("138000011112", "error.bad_mobile"),  # 12 digits: one too many
        ("+86 1380000111", "error.bad_mobile"),
        ("0574-87654321", None),  # a landline with its area code
        ("010 8888 6666", None),  # Beijing: a 2-digit area code
        ("0574-87654321 转 8001", None),  # with an extension
        ("+86 574 8765 4321", None),
        ("87654321", "error.bad_landline"),  # no area code: which city?
        ("12345", "error.bad_mobile"),  # 5 digits from 1: not a mobile
        ("54321", "error.bad_landline"),  # 5 digits: no one's line
        ("10086", "error.bad_mobile"),  # a carrier's service number, not a contact
        ("400-820-8820", None),  # a company hotline
        ("+234 123", "error.bad_international"),  # too short for a number abroad
        ("+234 803 555 0101", None),  # Nigeria
        ("+1 415 555 0101", None),  # the US: starts with 1, 11 digits with the country code
        ("12", "error.bad_phone"),
    ],
)
def test_phone_problem(phone: str, problem: str | None) -> None:
    assert phone_problem(phone) == problem


def test_a_contact_with_a_ten_digit_mobile_is_refused_in_words() -> None:
    problems = contact_problems({"name": "王经理", "phone": "1380000111"})
    assert problems["phone"] == ("error.bad_mobile", {"digits": 10})
