"""The suggested tier (H87, H88), month by month."""

from __future__ import annotations

import datetime as dt

import pytest

from csdesk.rules.tiers import add_months, suggest_tier

TODAY = dt.date(2026, 11, 30)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("months", "last_shipped", "last_inquiry", "tier"),
    [
        (["2026-08-05", "2026-09-20", "2026-10-02"], "2026-10-02", None, "A"),
        (["2026-09-05", "2026-10-20", "2026-11-02"], "2026-11-02", None, "A"),  # running month
        (["2026-08-05", "2026-10-02", "2026-11-03"], "2026-11-03", None, "B"),  # September missed
        (["2026-07-05", "2026-08-05", "2026-09-05"], "2026-09-05", None, "B"),  # stopped in Oct
        ([], "2026-05-30", None, "B"),  # exactly six months ago
        ([], "2026-05-29", "2026-06-01", "C"),
        ([], None, "2026-05-30", "C"),
        ([], "2025-11-30", "2026-05-29", "D"),
        ([], None, None, "D"),
    ],
)
def test_suggestion(
    months: list[str], last_shipped: str | None, last_inquiry: str | None, tier: str
) -> None:
    shipped = [d(m) for m in months]
    assert (
        suggest_tier(
            shipped,
            d(last_shipped) if last_shipped else None,
            d(last_inquiry) if last_inquiry else None,
            TODAY,
        )
        == tier
    )


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2026-11-30", -6, "2026-05-30"),
        ("2026-08-31", -6, "2026-02-28"),
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-01-15", -1, "2025-12-15"),
        ("2024-08-31", -6, "2024-02-29"),
        ("2026-12-15", 1, "2027-01-15"),
    ],
)
def test_add_months(day: str, months: int, expected: str) -> None:
    assert add_months(d(day), months) == d(expected)
