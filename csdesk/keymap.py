"""Every key binding of the TUI, with an id and a Chinese and an English description.

Screens declare `BINDINGS = keymap.bindings("scope", KeySpec(...), ...)`; the registry is what the
help screen and the command palette are generated from, and `config.keymap` (binding id -> keys)
lets users remap any binding. A Chinese input method swallows letter keys and makes `?` into `？`,
so frequent actions carry an F-key or ctrl chord, and punctuation keys list their full-width twin.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from textual.binding import Binding, BindingType
from textual.dom import DOMNode

from csdesk.i18n import language


@dataclass(frozen=True)
class KeySpec:
    id: str
    keys: str
    action: str
    zh: str
    en: str
    show: bool = False
    priority: bool = False

    def description(self, lang: str | None = None) -> str:
        return self.zh if (lang or language()) == "zh" else self.en

    @property
    def display_keys(self) -> str:
        """The keys as a person reads them: `F2 / 1`, `Ctrl+S`, `?`."""
        return " / ".join(key_label(key) for key in self.keys.split(","))


_KEY_NAMES = {
    "question_mark": "?",
    "fullwidth_question_mark": "？",
    "slash": "/",
    "escape": "Esc",
    "enter": "Enter",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "fullwidth_left_square_bracket": "［",
    "fullwidth_right_square_bracket": "］",
    "left_black_lenticular_bracket": "【",
    "right_black_lenticular_bracket": "】",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "up": "Up",
    "down": "Down",
    "left": "Left",
    "right": "Right",
    "home": "Home",
    "end": "End",
    "tab": "Tab",
    "space": "Space",
}


def key_label(key: str) -> str:
    key = key.strip()
    if key in _KEY_NAMES:
        return _KEY_NAMES[key]
    parts = key.split("+")
    *modifiers, last = parts
    last = last.upper() if last[:1] == "f" and last[1:].isdigit() else last
    return "+".join([*(mod.capitalize() for mod in modifiers), last.upper() if modifiers else last])


_REGISTRY: dict[str, KeySpec] = {}
_SCOPES: dict[str, list[str]] = {}


def bindings(scope: str, *specs: KeySpec) -> list[BindingType]:
    """Record `specs` under `scope` and return Textual bindings for a `BINDINGS` attribute."""
    ids = _SCOPES.setdefault(scope, [])
    for spec in specs:
        _REGISTRY[spec.id] = spec
        if spec.id not in ids:
            ids.append(spec.id)
    return [
        Binding(
            spec.keys,
            spec.action,
            spec.zh,
            show=spec.show,
            priority=spec.priority,
            id=spec.id,
        )
        for spec in specs
    ]


def specs(scope: str) -> list[KeySpec]:
    return [_REGISTRY[key_id] for key_id in _SCOPES.get(scope, [])]


def all_specs() -> dict[str, list[KeySpec]]:
    return {scope: specs(scope) for scope in _SCOPES}


def spec(key_id: str) -> KeySpec | None:
    return _REGISTRY.get(key_id)


def localize(node: DOMNode) -> None:
    """Give `node`'s bindings the descriptions of the current language (for the footer)."""
    lang = language()
    for key, key_bindings in node._bindings.key_to_bindings.items():
        node._bindings.key_to_bindings[key] = [
            dataclasses.replace(binding, description=registered.description(lang))
            if binding.id and (registered := _REGISTRY.get(binding.id))
            else binding
            for binding in key_bindings
        ]
