"""Held-out set 36 as a regression floor: scored once, blind, before anyone tuned on it."""

from __future__ import annotations

from tests.unit.corpus_score import score
from tests.unit.heldout_36 import ENTRIES as HELDOUT_36
from tests.unit.intake_fixtures import PARSER


def test_held_out_set_36_keeps_the_level_it_reached() -> None:
    """99.5% (1267/1274) when first scored, untuned, on 2026-12-06 after rounds 39 and 40. A regression
    floor, not a target: raise it only by generalising what its misses show."""
    result = score(PARSER, HELDOUT_36)
    assert result.rate >= 0.994, "\n".join(result.missed + result.wrong)
