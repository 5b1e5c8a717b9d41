"""Ctrl+P: the app's own commands, matched in Chinese, English, full pinyin and its initials.

Matching pinyin (`kehu`) and its initials (`kh`) lets an agent find 客户 without switching the
input method. The commands are the keys of the screen in view, from the one key table.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import lru_cache

from pypinyin import Style, lazy_pinyin
from textual.command import DiscoveryHit, Hit, Hits, Provider

from csdesk.keymap import KeySpec

# Moving a cursor or leaving is not a command anyone looks up.
_NOT_COMMANDS = {"palette", "back", "enter", "down", "up", "top", "bottom", "page_down", "page_up"}


@lru_cache(maxsize=512)
def pinyin(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of `text`: 客户 -> ("kehu", "kh")."""
    syllables = [s for s in lazy_pinyin(text, style=Style.NORMAL) if s.strip()]
    return "".join(syllables).lower(), "".join(s[0] for s in syllables).lower()


def initials(text: str) -> str:
    return pinyin(text)[1]


def searchable(spec: KeySpec) -> str:
    full, first = pinyin(spec.zh)
    return f"{spec.zh} {spec.en} {full} {first} {spec.id}"


class DeskCommands(Provider):
    def _commands(self) -> list[KeySpec]:
        """The keys of the screen in view (its own, its lists', global), palette-only included."""
        from csdesk.screens.help import sections_for

        return [
            spec
            for _section, specs in sections_for(self.screen)
            for spec in specs
            if spec.meaning not in _NOT_COMMANDS
        ]

    def _runner(self, spec: KeySpec) -> Callable[[], Awaitable[None]]:
        target = self.app if spec.id.startswith("app.") else self.screen

        async def run() -> None:
            await target.run_action(spec.action)

        return run

    async def discover(self) -> Hits:
        for spec in self._commands():
            yield DiscoveryHit(f"{spec.description()}  ({spec.display_keys})", self._runner(spec))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for spec in self._commands():
            score = matcher.match(searchable(spec))
            if score > 0:
                label = f"{spec.description()}  ({spec.display_keys})"
                yield Hit(score, matcher.highlight(label), self._runner(spec))
