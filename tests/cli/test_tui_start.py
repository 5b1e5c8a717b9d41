"""The Typer-free way into the desk (csdesk.tui_start) opens it exactly as the Typer command
line would, and leaves every other command line, and every mistake, to Typer."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csdesk import tui_start
from csdesk.cli_typer import build_app
from csdesk.commands import common, core
from csdesk.tui_start import TuiOptions, tui_options

# Command lines that only open the desk, with the variables set for the run.
TUI_LINES: list[tuple[list[str], dict[str, str]]] = [
    ([], {}),
    (["--db", "x.db"], {}),
    (["--db=x.db", "--lang=en"], {}),
    (["--lang", "en", "--agent", "li", "--today", "2026-11-30"], {}),
    (["--agent="], {}),
    (["--today", " 2026-11-30 "], {}),
    ([], {"CSDESK_DB": "env.db", "CSDESK_AGENT": "wang", "CSDESK_LANG": "en"}),
    (["--db", "typed.db", "--lang", "zh"], {"CSDESK_DB": "env.db", "CSDESK_LANG": "en"}),
    ([], {"CSDESK_DB": "", "CSDESK_LANG": ""}),
    (["--db", "备注 [/] [bold]x.db"], {}),
]
# Command lines Typer must read: commands, help, mistakes (each with Typer's own message).
TYPER_LINES: list[tuple[list[str], dict[str, str]]] = [
    (["demo"], {}),
    (["calls", "--json"], {}),
    (["--help"], {}),
    (["--db"], {}),
    (["--db", "--lang", "en"], {}),
    (["--db", "a.db", "--db", "b.db"], {}),
    (["--lang", "fr"], {}),
    (["--lang="], {}),
    ([], {"CSDESK_LANG": "fr"}),
    (["--db", ""], {}),
    (["--db", "   "], {}),
    ([], {"CSDESK_DB": "  "}),
    (["--today", "2026-13-01"], {}),
    (["--today", "1899-12-31"], {}),
    (["--verbose"], {}),
    (["--", "x"], {}),
    (["x.db"], {}),
]


def _through_typer(
    args: list[str], env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> tuple[TuiOptions | None, int, str]:
    """What the Typer command line makes of `args`: the desk's options if it opened the desk,
    its exit code and its output."""
    opened: list[TuiOptions] = []

    def tui() -> None:
        options = common.OPTIONS
        opened.append(TuiOptions(options.db, options.agent, options.lang, options.today))

    monkeypatch.setattr(core, "tui", tui)
    for name in ("CSDESK_DB", "CSDESK_AGENT", "CSDESK_LANG"):
        monkeypatch.delenv(name, raising=False)
    result = CliRunner().invoke(build_app(), args, env=env)
    return (opened[0] if opened else None), result.exit_code, result.output


@pytest.mark.parametrize(("args", "env"), TUI_LINES)
def test_a_desk_only_line_opens_the_desk_as_typer_would(
    args: list[str], env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected, code, _output = _through_typer(args, env, monkeypatch)
    assert code == 0 and expected is not None
    assert tui_options(args, env) == expected


@pytest.mark.parametrize(("args", "env"), TYPER_LINES)
def test_any_other_line_is_left_to_typer(
    args: list[str], env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert tui_options(args, env) is None


def test_an_error_escaping_the_app_reads_as_under_typer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from csdesk.app import CSDeskApp

    def broken_run(self: CSDeskApp) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(CSDeskApp, "run", broken_run)
    db = str(tmp_path / "desk.db")
    code = tui_start.run_tui(TuiOptions(db, None, "en", None))
    fast = capsys.readouterr().err
    monkeypatch.setattr(core, "tui", core.tui)  # the real command, through Typer
    result = CliRunner().invoke(build_app(), ["--db", db, "--lang", "en"])
    assert code == result.exit_code == 1
    assert fast.strip() and fast.count("\n") == 1
    assert fast == result.output
    assert "Traceback" not in fast


def test_the_desk_opens_without_importing_typer(tmp_path: Path) -> None:
    probe = f"""
import sys
from textual.app import App

def run(self, *args, **kwargs):
    print("TYPER", sorted(m for m in sys.modules if m.split(".")[0] == "typer"))
    print("OPENING", self.db, self.lang, self.fixed_today)

App.run = run
sys.argv = ["csdesk", "--db", {str(tmp_path / "desk.db")!r}, "--lang", "en", "--today",
            "2026-11-30"]
from csdesk import cli
cli.main()
"""
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "TYPER []" in result.stdout
    opening = f"OPENING {tmp_path / 'desk.db'} en {dt.date(2026, 11, 30)}"
    assert opening in result.stdout
