"""compile_fast finds exactly what the plain pattern finds, on any width-folded text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csdesk.rules import (
    message_box_names,
    message_boxes,
    message_cargo,
    message_dates,
    message_daynames,
    message_deadlines,
    message_door,
    message_extras,
    message_mode,
    message_money,
    message_per_unit,
    message_pieces,
    message_ports,
    message_reefer,
    message_terms,
)
from csdesk.rules.fastre import LazyPattern, compile_fast
from csdesk.rules.textnorm import normalize

_MODULES = (
    message_box_names,
    message_boxes,
    message_cargo,
    message_dates,
    message_daynames,
    message_deadlines,
    message_door,
    message_extras,
    message_mode,
    message_per_unit,
    message_pieces,
    message_money,
    message_ports,
    message_reefer,
    message_terms,
)
PATTERNS = [
    value.compiled() if isinstance(value, LazyPattern) else value
    for module in _MODULES
    for value in vars(module).values()
    if isinstance(value, re.Pattern | LazyPattern)
]
_PLAIN = {
    pattern: re.compile(
        pattern.pattern.removeprefix("(?=[").split("])(?:", 1)[-1][:-1], pattern.flags
    )
    if pattern.pattern.startswith("(?=[")
    else pattern
    for pattern in PATTERNS
}
_TEXT = st.text(
    alphabet=st.sampled_from(
        list("0123456789٣２ xX*/-.,:;\n吨方件托柜个两三月号下周底HQGP40'上回这次到")
        + list("tonskgcbmUNclassFOBetoPOLDrangeeachper各每不对是℃度零°")
    ),
    max_size=60,
)


def test_some_patterns_gain_a_look_ahead_and_some_are_left_alone() -> None:
    assert compile_fast(r"(?<![a-z])(?:FOB|CIF)", re.I).pattern.startswith("(?=[")
    assert compile_fast(r"长\s*(\d+)").pattern == r"长\s*(\d+)"
    assert compile_fast(r".+x").pattern == ".+x"
    assert len([p for p in PATTERNS if p.pattern.startswith("(?=[")]) >= 20


@pytest.mark.parametrize(
    "text", ["宁波到拉各斯 2x40HQ 每柜18吨", "Ningbo to Lagos, FOB, 12/12, UN 1263"]
)
def test_a_fast_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    folded = normalize(text)
    for pattern, plain in _PLAIN.items():
        assert [m.span() for m in pattern.finditer(folded)] == [
            m.span() for m in plain.finditer(folded)
        ], pattern.pattern


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_the_same_matches_on_any_folded_text(text: str) -> None:
    folded = normalize(text)
    for pattern, plain in _PLAIN.items():
        assert [m.span() for m in pattern.finditer(folded)] == [
            m.span() for m in plain.finditer(folded)
        ], pattern.pattern
