"""String catalogues: one per language, English the fallback. `t("key", name=...)` formats.

Each language's catalogue is assembled from area modules in `csdesk.i18n.areas`, each holding
`ZH` and `EN` side by side, so a screen's strings are written (and reviewed) in both languages at
once and two people working on different screens never edit the same file.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

from csdesk.i18n import areas

LANGUAGES = ("zh", "en")


def _load() -> dict[str, dict[str, str]]:
    catalogues: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for module_info in sorted(pkgutil.iter_modules(areas.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{areas.__name__}.{module_info.name}")
        for lang in LANGUAGES:
            catalogues[lang].update(getattr(module, lang.upper(), {}))
    return catalogues


CATALOGUES = _load()
_current = "zh"


def set_language(lang: str) -> None:
    global _current
    if lang not in CATALOGUES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _current = lang


def language() -> str:
    return _current


# Which face speaks: "cli" or "tui". A desk message may name a command-line option
# ("--reason"); its "KEY@tui" twin says the same in the terminal desk's words (the field).
_face = "cli"
TUI_SUFFIX = "@tui"


def set_face(face: str) -> None:
    global _face
    _face = face


# "{count} attempts" reads "1 attempt" when the count is one (English only: Chinese has no
# plural). Catalogue nouns after a count are regular; a verb after them is avoided instead.
# An adjective may stand between ("1 working day", "1 open inquiry").
_COUNTED_NOUN = re.compile(r"\{(\w+)\} ((?:working |open |older |new )?[a-z]+)s\b")


def _singular(template: str, params: dict[str, object]) -> str:
    def one(match: re.Match[str]) -> str:
        value = params.get(match[1])
        noun = match[2][:-2] + "y" if match[2].endswith("ie") else match[2]  # inquiries
        return f"{{{match[1]}}} {noun}" if value == 1 else match[0]

    return _COUNTED_NOUN.sub(one, template)


def t(key: str, lang: str | None = None, /, **params: object) -> str:
    """The text for `key` in the current language (or `lang`), English if missing, else the key."""
    chosen = lang or _current
    if _face == "tui" and key + TUI_SUFFIX in CATALOGUES[chosen]:
        key += TUI_SUFFIX
    template = CATALOGUES[chosen].get(key) or CATALOGUES["en"].get(key) or key
    if not params:
        return template
    if chosen == "en" or key not in CATALOGUES[chosen]:
        template = _singular(template, params)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
