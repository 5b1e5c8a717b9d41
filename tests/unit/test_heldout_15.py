"""Held-out set 15 as a regression floor: scored once, blind, before anyone tuned on it."""

from __future__ import annotations

from tests.unit.corpus_score import score
from tests.unit.heldout_15 import ENTRIES as HELDOUT_15
from tests.unit.intake_fixtures import PARSER


def test_held_out_set_15_keeps_the_level_it_reached() -> None:
    """98.9% (2233/2257) when first scored, untuned, on 2026-12-05 after rounds 16 and 17. A
    regression floor, not a target: raise it only by generalising what its misses show. 99.9% (2252/2254) after round 18
    (test_message_patterns_18.py).
    100% (2254/2254) once round 34 applied the settled cases (a count of boxes makes no SPECIAL).
    """
    result = score(PARSER, HELDOUT_15)
    assert result.rate >= 1.0, "\n".join(result.missed + result.wrong)
