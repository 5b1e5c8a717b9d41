"""Held-out set 31 as a regression floor: scored once, blind, before anyone tuned on it."""

from __future__ import annotations

from tests.unit.corpus_score import score
from tests.unit.heldout_31 import ENTRIES as HELDOUT_31
from tests.unit.intake_fixtures import PARSER


def test_held_out_set_31_keeps_the_level_it_reached() -> None:
    """97.9% (1165/1190) when first scored, untuned, on 2026-12-06 after rounds 36-37. A regression
    floor, not a target: raise it only by generalising what its misses show. Raised to 0.995
    after round 38 read it at 99.9-100%."""
    result = score(PARSER, HELDOUT_31)
    assert result.rate >= 0.995, "\n".join(result.missed + result.wrong)
