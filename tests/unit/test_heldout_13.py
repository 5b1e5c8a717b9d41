"""Held-out set 13 as a regression floor: scored once, blind, before anyone tuned on it."""

from __future__ import annotations

from tests.unit.corpus_score import score
from tests.unit.heldout_13 import ENTRIES as HELDOUT_13
from tests.unit.intake_fixtures import PARSER


def test_held_out_set_13_keeps_the_level_it_reached() -> None:
    """97.1% (1723/1775) when first scored, untuned, on 2026-12-05 after round 14. A regression
    floor, not a target: raise it only by generalising what its misses show. 98.0% (1737/1773)
    after round 17. 98.0% (1738/1773) after round 18.
    99.1% (1756/1772) after round 25 (test_message_patterns_25.py).
    99.2% (1757/1772) after round 27 (test_message_patterns_27.py).
    98.9% (1757/1775) after the settled conventions were applied to its expectations
    (three more pieces: 一块, 一台, "one unit", which it did not read yet).
    99.2% (1760/1774) after round 28 (test_message_patterns_28.py).
    99.4% (1763/1774) after round 32 (test_message_patterns_32.py)."""
    result = score(PARSER, HELDOUT_13)
    assert result.rate >= 0.994, "\n".join(result.missed + result.wrong)
