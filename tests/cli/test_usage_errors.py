"""A command line the parser cannot read is one line in the user's language, for every command:
a value typed wrong exits 1 as any refused value does, a line that does not parse exits 2."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer.main
from typer.core import TyperGroup
from typer.testing import CliRunner

from csdesk import cli

runner = CliRunner()
APP = cli.build_app()
# What Click prints around its errors, and English words Chinese output must not fall back to.
CLICK_BOX = re.compile(r"Usage:|Error:|Try '")
ENGLISH = re.compile(r"\b(?:Got|Input|Option|Invalid|Missing|No such|should|argument)\b")


def _paths(group: TyperGroup, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in sorted(group.commands.items()):
        yield (*path, name)
        if isinstance(command, TyperGroup):
            yield from _paths(command, (*path, name))


COMMANDS = list(_paths(typer.main.get_command(APP)))  # type: ignore[arg-type]


def _run(tmp_path: Path, lang: str, *args: str) -> tuple[int, str]:
    options = ["--db", str(tmp_path / "desk.db"), "--lang", lang]
    result = runner.invoke(APP, [*options, *args], catch_exceptions=False)
    assert not CLICK_BOX.search(result.output), result.output
    assert result.stderr.count("\n") == 1 and not result.stdout, result.output
    if lang == "zh":
        assert not ENGLISH.search(result.stderr), result.stderr
    return result.exit_code, result.stderr.strip()


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_an_unknown_option_of_any_command_is_one_line_in_either_language(
    tmp_path: Path, path: tuple[str, ...]
) -> None:
    code, line = _run(tmp_path, "zh", *path, "--no-such-option")
    assert code == 2 and "--no-such-option" in line and "没有" in line
    code, line = _run(tmp_path, "en", *path, "--no-such-option")
    assert code == 2 and f"`csdesk {' '.join(path)}` has no option --no-such-option" in line


# (arguments, exit code, the line in zh, in en)
CASES = [
    (("customers", "--limit", "0"), 1, "--limit 至少是 1", "--limit must be at least 1"),
    (("customers", "--limit", "10001"), 1, "--limit 最多是 10000", "--limit must be at most"),
    (("customers", "--limit", "两百"), 1, "--limit 要写一个整数", "must be a whole number"),
    (("inquiry", "show", "abc"), 1, "inquiry_id 要写一个整数", "inquiry_id must be a whole"),
    (("customers", "--limit"), 2, "选项 --limit 后面要写一个值", "Option --limit needs a value"),
    (("agents", "--json=yes"), 2, "选项 --json 不带值", "Option --json takes no value"),
    (("log-call",), 2, "`csdesk log-call` 缺少 customer", "`csdesk log-call` needs customer"),
    (("agents", "li", "zhao"), 2, "用不到这些参数: li zhao", "takes no more arguments: li zhao"),
    (("cals",), 2, "没有 cals 这个命令 (是不是 calls", "No command cals (did you mean calls"),
    (("shipment", "sho", "1"), 2, "(是不是 show?)", "(did you mean show?)"),
    (("--bogus", "agents"), 2, "`csdesk` 没有 --bogus 这个选项", "`csdesk` has no option --bogus"),
]


@pytest.mark.parametrize(("args", "code", "zh", "en"), CASES, ids=lambda v: str(v))
def test_each_kind_of_usage_error_says_what_is_wrong(
    tmp_path: Path, args: tuple[str, ...], code: int, zh: str, en: str
) -> None:
    assert _run(tmp_path, "zh", *args) == (code, _line(tmp_path, "zh", args, zh))
    assert _run(tmp_path, "en", *args) == (code, _line(tmp_path, "en", args, en))


def _line(tmp_path: Path, lang: str, args: tuple[str, ...], expected: str) -> str:
    _, line = _run(tmp_path, lang, *args)
    assert expected in line, line
    return line


def test_the_language_comes_from_the_environment_before_the_options_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CSDESK_LANG", "en")
    result = runner.invoke(APP, ["--db", str(tmp_path / "desk.db"), "--bogus"])
    assert result.exit_code == 2 and "has no option --bogus" in result.stderr


def test_a_group_alone_still_prints_its_help(tmp_path: Path) -> None:
    result = runner.invoke(APP, ["--db", str(tmp_path / "desk.db"), "inquiry"])
    assert "add" in result.output and "show" in result.output
