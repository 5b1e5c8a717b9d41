"""Held-out set 18 as a regression floor: scored once, blind, before anyone tuned on it."""

from __future__ import annotations

from tests.unit.corpus_score import score
from tests.unit.heldout_18 import ENTRIES as HELDOUT_18
from tests.unit.intake_fixtures import PARSER


def test_held_out_set_18_keeps_the_level_it_reached() -> None:
    """98.1% (1972/2010) when first scored, untuned, on 2026-12-05 after rounds 20-21; 99.4%
    (1999/2010) after round 23 (test_message_patterns_23.py).
    A regression floor, not a target: raise it only by generalising what its misses show.
    99.5% (2000/2010) after round 25 (test_message_patterns_25.py).
    99.6% (2002/2010) after round 32 (test_message_patterns_32.py).
    99.65% (2003/2010) once round 34 applied the settled cases (a count of boxes makes no SPECIAL).
    """
    result = score(PARSER, HELDOUT_18)
    assert result.rate >= 0.9965, "\n".join(result.missed + result.wrong)
