"""Held-out set 37 as a regression floor: scored once, blind, before anyone tuned on it."""

from __future__ import annotations

from tests.unit.corpus_score import score
from tests.unit.heldout_37 import ENTRIES as HELDOUT_37
from tests.unit.intake_fixtures import PARSER


def test_held_out_set_37_keeps_the_level_it_reached() -> None:
    """99.7% (1245/1249) when first scored, untuned, on 2026-12-06, written after rounds 39 and 40. A regression
    floor, not a target: raise it only by generalising what its misses show."""
    result = score(PARSER, HELDOUT_37)
    assert result.rate >= 0.996, "\n".join(result.missed + result.wrong)
