"""Errors, warnings and advice the rules give: a code for programs and a message for people."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from csdesk.i18n import language, t
from csdesk.rules.records import FrozenRecord


class Localized(FrozenRecord):
    """A parameter that reads differently per language (a lane or port name)."""

    zh: str
    en: str
    _fields = ("zh", "en")

    def __init__(self, zh: str, en: str) -> None:
        self._assign(zh, en)

    def pick(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Finding(FrozenRecord):
    code: str
    field: str | None
    key: str
    params: Mapping[str, object]
    # Advice may carry a ready text, e.g. the rate request for the lines department.
    text: str | None
    _fields = ("code", "field", "key", "params", "text")

    def __init__(
        self,
        code: str,
        field: str | None,
        key: str,
        params: Mapping[str, object] | None = None,  # a new empty dict when not given
        text: str | None = None,
    ) -> None:
        self._assign(code, field, key, {} if params is None else params, text)

    def message(self, lang: str | None = None) -> str:
        chosen = lang or language()
        params = {
            name: value.pick(chosen) if isinstance(value, Localized) else value
            for name, value in self.params.items()
        }
        return t(self.key, chosen, **params)

    def as_json(self, lang: str | None = None) -> dict[str, Any]:
        document: dict[str, Any] = {
            "code": self.code,
            "field": self.field,
            "message": self.message(lang),
        }
        if self.text is not None:
            document["text"] = self.text
        return document


def field_label(name: str) -> Localized:
    """A field's name as the form shows it, in either language."""
    key = f"intake.field.{name}"
    return Localized(t(key, "zh"), t(key, "en"))
