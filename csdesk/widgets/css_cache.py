"""Parse each piece of CSS once per process, not once per stylesheet.

Textual keeps the rules it parsed per Stylesheet, but `Stylesheet.reparse` (on a new screen's
CSS file, on every theme refresh) builds a fresh Stylesheet that parses every source again: the
Calls screen's start paid for two full re-parses before its first frame (issue 11). Here the
rules are kept for the process, under everything they depend on: the text, where it was read
from, default or not, tie-breaker, scope, and the CSS variables (the theme's colours).

Written for textual 8.2.8 (tests/ui/test_css_cache.py checks the version and that the rules
are the ones Textual parses): an upgrade must re-check `Stylesheet._parse_rules`.
"""

from __future__ import annotations

from typing import Any

from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet
from textual.css.types import CSSLocation

PATCHED_FOR = "8.2.8"
_CACHE: dict[tuple[Any, ...], list[RuleSet]] = {}
_parse_rules = Stylesheet._parse_rules


def _cached_parse_rules(
    self: Stylesheet,
    css: str,
    read_from: CSSLocation,
    is_default_rules: bool = False,
    tie_breaker: int = 0,
    scope: str = "",
) -> list[RuleSet]:
    variables = frozenset(self._variables.items())
    key = (css, read_from, is_default_rules, tie_breaker, scope, variables)
    rules = _CACHE.get(key)
    if rules is None:
        rules = _parse_rules(self, css, read_from, is_default_rules, tie_breaker, scope)
        _CACHE[key] = rules
    return rules


def apply() -> None:
    """Patch Textual's stylesheet (once; applying again changes nothing)."""
    Stylesheet._parse_rules = _cached_parse_rules  # type: ignore[method-assign]
