"""Held-out set 12 as a regression floor: scored once, blind, then tuned on in round 14."""

from __future__ import annotations

from tests.unit.corpus_score import score
from tests.unit.heldout_12 import ENTRIES as HELDOUT_12
from tests.unit.intake_fixtures import PARSER


def test_held_out_set_12_keeps_the_level_it_reached() -> None:
    """97.8% (1965/2009) when first scored, untuned, on 2026-12-05 after round 13; 99.2%
    (1990/2006) after round 14 (test_message_patterns_14.py). 99.5% (1997/2006) after round 20 (test_message_patterns_20.py). A regression floor, not a target:
    raise it only by generalising what its misses show. 99.3% (1992/2006) after round 18.
    99.7% (1998/2005) after round 32 (test_message_patterns_32.py)."""
    result = score(PARSER, HELDOUT_12)
    assert result.rate >= 0.996, "\n".join(result.missed + result.wrong)
