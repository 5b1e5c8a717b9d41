"""The intake form's date box reads a month and day however an agent separates them."""

from __future__ import annotations

import datetime as dt

import pytest

from csdesk.rules.form_text import date_from_text, form_document

MONDAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    "typed",
    ["12-10", "12.10", "12 - 10", "１２－１０", "12/10", "2026-12-10", "12月10号", "这周四"],
)
def test_a_month_and_day_typed_with_any_separator_is_that_day(typed: str) -> None:
    assert date_from_text(typed, MONDAY) == "2026-12-10"


def test_a_month_and_day_early_next_year_reads_as_the_slash_does() -> None:
    assert date_from_text("1-5", MONDAY) == date_from_text("1/5", MONDAY) == "2027-01-05"


@pytest.mark.parametrize("typed", ["13-40", "12-10-5", "TBC", "12-"])
def test_what_is_no_month_and_day_is_passed_on_as_typed(typed: str) -> None:
    assert date_from_text(typed, MONDAY) == typed


def test_the_form_document_carries_the_read_day() -> None:
    document = form_document({"cargo_ready": "12-10"}, [], MONDAY)
    assert document["cargo_ready"] == "2026-12-10"
