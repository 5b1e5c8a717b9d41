"""The per-process CSS cache (widgets/css_cache.py) returns the rules Textual itself parses,
and parses again whatever its rules depend on changes (the theme's variables among them)."""

from __future__ import annotations

import textual
from textual.css.stylesheet import Stylesheet

import csdesk.app  # noqa: F401  (applies the cache, as the desk does)
from csdesk.widgets import css_cache

SOURCE = "CallPanel { border-top: solid $accent; } #calls-status { background: $boost; }"
WHERE = ("calls.tcss", "")


def _rules(variables: dict[str, str], cached: bool) -> list[str]:
    sheet = Stylesheet(variables=variables)
    parse = css_cache._cached_parse_rules if cached else css_cache._parse_rules
    return [rule.css for rule in parse(sheet, SOURCE, WHERE, False, 0, "")]


def test_written_for_this_textual() -> None:
    assert textual.__version__ == css_cache.PATCHED_FOR == "8.2.8"
    assert Stylesheet._parse_rules is css_cache._cached_parse_rules


def test_cached_rules_are_textuals_and_follow_the_variables() -> None:
    blue = {"accent": "#0000ff", "boost": "#111111"}
    red = {"accent": "#ff0000", "boost": "#111111"}
    assert _rules(blue, cached=True) == _rules(blue, cached=False)
    assert _rules(blue, cached=True) == _rules(blue, cached=True)
    assert _rules(red, cached=True) == _rules(red, cached=False) != _rules(blue, cached=False)


def test_a_reparse_gives_the_same_rules() -> None:
    sheet = Stylesheet(variables={"accent": "#0000ff", "boost": "#111111"})
    sheet.add_source(SOURCE, read_from=WHERE)
    sheet.parse()
    before = [rule.css for rule in sheet.rules]
    sheet.reparse()
    assert [rule.css for rule in sheet.rules] == before
