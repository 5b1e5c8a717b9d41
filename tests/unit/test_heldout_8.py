"""Held-out set 8 as a regression floor: scored once, blind, then tuned on in round 10."""

from __future__ import annotations

from tests.unit.corpus_score import score
from tests.unit.heldout_8 import ENTRIES as HELDOUT_8
from tests.unit.intake_fixtures import PARSER


def test_held_out_set_8_keeps_the_level_it_reached() -> None:
    """96.1% (2042/2125) when first scored, untuned, on 2026-12-05 after round 9; 99.7%
    (2113/2120) once round 10 generalised its misses' patterns with sentences of its own
    (test_message_patterns_10.py); 99.95% (2117/2118) after rounds 11 and 12. A regression floor, not a target: raise it only by
    generalising what its misses show."""
    result = score(PARSER, HELDOUT_8)
    assert result.rate >= 0.999, "\n".join(result.missed + result.wrong)
