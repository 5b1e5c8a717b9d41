"""What the intake's check says, beside the form: missing fields in red, errors, warnings in
yellow, then the advice and the rate request ready to copy."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from csdesk.i18n import t
from csdesk.rules.intake import CheckResult
from csdesk.widgets.guard import Guarded


def render_flags(result: CheckResult | None) -> Text:
    text = Text()
    if result is None:
        text.append(t("intake.form.checking"), style="dim")
        return text
    if result.missing:
        names = ", ".join(t(f"intake.field.{name}") for name in result.missing)
        text.append(t("inquiry.cli.missing", names=names), style="bold red")
    else:
        text.append(t("inquiry.cli.complete"), style="bold green")
    for title, findings, style in (
        ("inquiry.cli.errors", result.errors, "bold red"),
        ("inquiry.cli.warnings", result.warnings, "yellow"),
        ("inquiry.cli.advice", result.advice, ""),
    ):
        if not findings:
            continue
        text.append("\n\n" + t(title), style="bold")
        for finding in findings:
            text.append(f"\n- {finding.message()}", style=style)
            if finding.text:
                text.append("\n" + t("intake.form.copy_hint"), style="dim italic")
                text.append("\n" + finding.text, style="dim")
    return text


class IntakeFlags(Guarded, VerticalScroll):
    DEFAULT_CSS = """
    IntakeFlags { height: 1fr; padding: 0 1; }
    """

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(render_flags(None), id="intake-flags-text", markup=False)

    def show(self, result: CheckResult | None) -> None:
        self.query_one("#intake-flags-text", Static).update(render_flags(result))
