"""Errors, warnings and advice the rules give: a code for programs and a message for people."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from csdesk.i18n import language, t


@dataclass(frozen=True)
class Localized:
    """A parameter that reads differently per language (a lane or port name)."""

    zh: str
    en: str

    def pick(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Finding:
    code: str
    field: str | None
    key: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    # Advice may carry a ready text, e.g. the rate request for the lines department.
    text: str | None = None

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
