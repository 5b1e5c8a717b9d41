"""Round 7 of issue 15: the patterns held-out set 6 missed, each written new ways (never a
held-out sentence), and set 6 kept as a regression floor."""

from __future__ import annotations

from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected, score
from tests.unit.heldout_6 import ENTRIES as HELDOUT_6
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, TODAY).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


def test_held_out_set_6_keeps_the_level_it_reached() -> None:
    """97.6% when first scored, untuned (1889/1935). A regression floor, not a target: raise
    it only by generalising what its misses show."""
    result = score(PARSER, HELDOUT_6)
    assert result.rate >= 0.976, "\n".join(result.missed + result.wrong)
