"""Ctrl+P: the app's own commands, matched in Chinese, English, full pinyin and its initials.

Matching pinyin (`kehu`) and its initials (`kh`) lets an agent find 客户 without switching the
input method. The commands are the keys of the screen in view, from the one key table; a search
also finds the other main screens' commands, and running one switches to its screen first.
Commands without a key show none (the palette is how they are reached, not their key).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import lru_cache

from pypinyin import Style, lazy_pinyin
from textual.command import DiscoveryHit, Hit, Hits, Provider

from csdesk import keymap
from csdesk.i18n import t
from csdesk.keymap import KeySpec
from csdesk.screens.registry import MAIN_SCREENS

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
    def _commands(self) -> list[tuple[str, KeySpec]]:
        """(label, command) of the screen in view (its own, its lists', global), palette-only
        included; a global alias the screen's keys take for themselves is not offered."""
        from csdesk.screens.help import sections_for, shadowed_keys

        sections = sections_for(self.screen)
        shadowed = shadowed_keys(sections)
        return [
            (label(spec, shadowed if section == "global" else frozenset()), spec)
            for section, specs in sections
            for spec in specs
            if spec.meaning not in _NOT_COMMANDS
        ]

    def _elsewhere(self) -> list[tuple[str, KeySpec]]:
        """(mode, command) of the other main screens, when the screen in view is a main one."""
        here = getattr(self.screen, "SCOPE", None)
        if here not in MAIN_SCREENS:
            return []
        return [
            (mode, spec)
            for mode in MAIN_SCREENS
            if mode != here
            for spec in keymap.specs(mode)
            if spec.meaning not in _NOT_COMMANDS
        ]

    def _runner(self, spec: KeySpec, mode: str | None = None) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            if spec.id.startswith("app."):
                await self.app.run_action(spec.action)
                return
            if mode is not None:
                await self.app.switch_mode(mode)
                self.app.call_after_refresh(self.app.refresh_header)  # type: ignore[attr-defined]
            await self.app.screen.run_action(spec.action)

        return run

    async def discover(self) -> Hits:
        for text, spec in self._commands():
            yield DiscoveryHit(text, self._runner(spec))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, spec in self._commands():
            score = matcher.match(searchable(spec))
            if score > 0:
                yield Hit(score, matcher.highlight(text), self._runner(spec))
        for mode, spec in self._elsewhere():
            screen = t(MAIN_SCREENS[mode][1])
            score = matcher.match(f"{searchable(spec)} {screen} {pinyin(screen)[0]}")
            if score > 0:
                text = f"{screen}: {label(spec)}"
                # A little below the screen in view's own commands of the same score.
                yield Hit(score * 0.9, matcher.highlight(text), self._runner(spec, mode))


def label(spec: KeySpec, shadowed: frozenset[str] = frozenset()) -> str:
    """The command as listed: its description, and its keys (but `shadowed`) when it has any."""
    keys = " / ".join(keymap.key_label(key) for key in spec.key_list if key not in shadowed)
    return f"{spec.description()}  ({keys})" if keys else spec.description()
