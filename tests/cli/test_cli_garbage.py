"""A command run inside a process that collects garbage as usual (the tests run them in
pytest's) leaves that process's garbage collectable. The command line freezes what its start-up
built (cli.main holds the collector until a desk is open); done in pytest's process, every
command froze all garbage of the tests before it, and the CLI tests grew to 2.6 GB."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from csdesk.cli import app

runner = CliRunner()


def test_a_command_run_in_a_collecting_process_freezes_nothing(tmp_path: Path) -> None:
    """Frozen objects are never collected again: whatever garbage the process held when a
    command opened its desk (earlier tests' engines, sessions, apps) would stay for good."""
    assert gc.isenabled()
    gc.unfreeze()  # anything an earlier test froze: this test counts its own run only
    result = runner.invoke(app, ["--db", str(tmp_path / "cli.db"), "customers"])
    assert result.exit_code == 0, result.output
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_the_command_line_still_freezes_its_start_up(tmp_path: Path) -> None:
    """Run as `csdesk`, the start-up is frozen once the desk is open, the collector held until
    then: the freeze comes while the collector is still off."""
    script = (
        "import gc, sys\n"
        "real = gc.freeze\n"
        "def spy():\n"
        "    print('freeze, collecting:', gc.isenabled(), file=sys.stderr, flush=True)\n"
        "    real()\n"
        "gc.freeze = spy\n"
        "sys.argv = ['csdesk', '--db', sys.argv[1], 'customers']\n"
        "from csdesk.cli import main\n"
        "main()\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "cli.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines()[0] == "freeze, collecting: False", run.stderr
