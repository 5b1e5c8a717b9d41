"""`Scan.has_any` answers every cue from one pass per message: it must say exactly what
searching the message with the cue's own pattern says."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import csdesk.rules.message_parser  # noqa: F401  (every reader's cues registered)
from csdesk.rules import message_scan
from csdesk.rules.message_scan import Scan, cue_words
from tests.unit.intake_corpus import CORPUS


def _cues() -> list[re.Pattern[str]]:
    return list(message_scan._CUES)  # type: ignore[arg-type]


def _agrees(text: str) -> None:
    scan = Scan(text)
    for cue in _cues():
        assert scan.has_any(cue) == (cue.search(scan.folded) is not None), (text, cue.pattern)


def test_every_cue_on_the_corpus() -> None:
    assert len(_cues()) > 40
    for text, _ in CORPUS:
        _agrees(text)


def test_words_inside_and_across_other_words() -> None:
    # "不对" inside "说错了不对", a word starting inside another ("? no"), one-character words.
    # "s中orry": ASCII letters either side of a Chinese one are no pair of the message.
    for text in (
        "说错了不对 是3个",
        "27 tons? no, 26",
        "un",
        "第3类",
        "",
        "x",
        "ignore",
        "s中orry",
    ):
        _agrees(text)


def test_a_cue_made_after_the_first_message() -> None:
    assert Scan("sorry").cue_bits  # the keys are built
    late = cue_words("zqxj", "罕见词")
    assert Scan("a zqxj b").has_any(late) and Scan("这是罕见词").has_any(late)
    assert not Scan("zqx j").has_any(late)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["sorry", "un", "wait", "错了", "? no", "第", "类", "星期", "202", " "])
        | st.text(max_size=4),
        max_size=12,
    )
)
def test_any_text(pieces: list[str]) -> None:
    _agrees("".join(pieces))
