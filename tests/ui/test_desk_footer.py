"""DeskFooter (widgets/footer.py) shows what Textual's Footer shows, from its first compose, and
rebuilds itself only when the keys it shows change."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from csdesk.widgets.footer import DeskFooter


class Plain(Widget, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("x", "nothing", "hidden", show=False)]


class Shown(Widget, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("f3", "nothing", "F3 here")]


class CountingFooter(DeskFooter):
    composed = 0

    def compose(self) -> ComposeResult:
        CountingFooter.composed += 1
        return super().compose()


class Desk(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("f4", "nothing", "F4 always")]

    def __init__(self, footer: type[Footer]) -> None:
        super().__init__()
        self.footer_class = footer

    def compose(self) -> ComposeResult:
        yield Plain(id="plain")
        yield Plain(id="plain2")
        yield Shown(id="shown")
        yield self.footer_class()

    def action_nothing(self) -> None:
        pass


def _keys(app: App[Any]) -> list[tuple[str, str, bool]]:
    return [(key.key, key.description, key.disabled) for key in app.query(FooterKey)]


async def _shown_after(footer: type[Footer], focus: list[str]) -> list[list[tuple[str, str, bool]]]:
    app = Desk(footer)
    seen = []
    async with app.run_test() as pilot:
        await pilot.pause()
        seen.append(_keys(app))
        for name in focus:
            app.query_one(f"#{name}").focus()
            await pilot.pause()
            await pilot.pause()
            seen.append(_keys(app))
    return seen


async def test_shows_what_textuals_footer_shows() -> None:
    focus = ["plain", "shown", "plain2", "plain"]
    assert await _shown_after(DeskFooter, focus) == await _shown_after(Footer, focus)


async def test_rebuilds_only_when_its_keys_change() -> None:
    CountingFooter.composed = 0
    seen = await _shown_after(CountingFooter, ["plain", "plain2"])
    assert ("f4", "F4 always", False) in seen[0]
    assert CountingFooter.composed == 1  # focus moved twice, the keys shown stayed the same
    seen = await _shown_after(CountingFooter, ["shown"])
    assert ("f3", "F3 here", False) in seen[-1]
    assert CountingFooter.composed == 3  # a second app's first compose, then F3 shown
