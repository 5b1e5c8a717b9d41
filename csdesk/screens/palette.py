"""Ctrl+P: the app's own commands, matched in Chinese, English and pinyin initials.

Matching pinyin initials lets an agent find 客户 with `kh` without switching the input method.
"""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin
from textual.command import DiscoveryHit, Hit, Hits, Provider

from csdesk import keymap
from csdesk.keymap import KeySpec


@lru_cache(maxsize=512)
def initials(text: str) -> str:
    return "".join(
        syllable[0] for syllable in lazy_pinyin(text, style=Style.NORMAL) if syllable.strip()
    ).lower()


def searchable(spec: KeySpec) -> str:
    return f"{spec.zh} {spec.en} {initials(spec.zh)} {spec.id}"


class DeskCommands(Provider):
    def _commands(self) -> list[tuple[str, KeySpec]]:
        """(scope, spec) for the screen in view, then global ones; palette-only keys excluded."""
        screen = self.screen
        scopes = [getattr(screen, "SCOPE", ""), *getattr(screen, "EXTRA_SCOPES", ()), "app"]
        found: list[tuple[str, KeySpec]] = []
        for scope in scopes:
            for spec in keymap.specs(scope):
                if spec.action not in {"command_palette", "back"}:
                    found.append((scope, spec))
        return found

    def _runner(self, scope: str, spec: KeySpec):  # type: ignore[no-untyped-def]
        target = self.app if scope == "app" else self.screen

        async def run() -> None:
            await target.run_action(spec.action)

        return run

    async def discover(self) -> Hits:
        for scope, spec in self._commands():
            yield DiscoveryHit(
                f"{spec.description()}  ({spec.display_keys})", self._runner(scope, spec)
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for scope, spec in self._commands():
            score = matcher.match(searchable(spec))
            if score > 0:
                label = f"{spec.description()}  ({spec.display_keys})"
                yield Hit(score, matcher.highlight(label), self._runner(scope, spec))
