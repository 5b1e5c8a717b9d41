"""Held-out set 29 as a regression floor: scored once, blind, before anyone tuned on it."""

from __future__ import annotations

from tests.unit.corpus_score import score
from tests.unit.heldout_29 import ENTRIES as HELDOUT_29
from tests.unit.intake_fixtures import PARSER


def test_held_out_set_29_keeps_the_level_it_reached() -> None:
    """94.7% (1179/1245) when first scored, untuned, on 2026-12-06 after rounds 32-35. A
    regression floor, not a target: raise it only by generalising what its misses show. Raised to 0.995
    after rounds 36-37 read it at 99.9%."""
    result = score(PARSER, HELDOUT_29)
    assert result.rate >= 0.995, "\n".join(result.missed + result.wrong)
