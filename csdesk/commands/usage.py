"""A command line the parser cannot read: one line in the user's language, not Click's box.

Click answers an unknown command or option, a missing argument or a value of the wrong kind
with a usage line, a hint and an English "Error: ..." on three lines. `DeskGroup`, the class of
csdesk's top-level command, catches those errors for every command below it and says what is
wrong in one line (zh by default, en with --lang en), as a refusal inside a command is said:
a value typed wrong (`--limit 0`, a word for an id) exits 1 like any other bad value; a command
line that does not parse (an unknown option, a missing argument, an unknown command) exits 2,
the code Click and shells give a usage error.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import Any

import typer
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperGroup

from csdesk.commands.common import fail

# Typer's and pydantic's English for the errors above (typer is pinned; tests/cli/
# test_usage_errors.py fails if an upgrade words them differently).
_NO_COMMAND = re.compile(r"No such command '(?P<name>.*)'\.(?: Did you mean (?P<close>.*)\?)?$")
_EXTRA = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<extra>.*)\)$")
_NEEDS_VALUE = re.compile(r"Option '(?P<option>.*)' requires (?:an argument|\d+ arguments)\.$")
_TAKES_NO_VALUE = re.compile(r"Option '(?P<option>.*)' does not take a value\.$")
_AT_LEAST = re.compile(r"Input should be greater than or equal to (?P<n>-?\d+)$")
_AT_MOST = re.compile(r"Input should be less than or equal to (?P<n>-?\d+)$")
_WHOLE = re.compile(r"Input should be a valid integer")


class DeskGroup(TyperGroup):
    """The top-level group: usage errors of any command below it become one line."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        words = list(args)  # parsing consumes `args`
        try:
            return super().make_context(info_name, args, parent, **extra)
        except NoArgsIsHelpError:
            raise
        except UsageError as error:
            raise usage_exit(error, _language_in(words)) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except NoArgsIsHelpError:
            raise
        except UsageError as error:
            raise usage_exit(error, ctx.find_root().params.get("lang")) from None


def _language_in(args: Sequence[str]) -> str | None:
    """`--lang` as the arguments give it, before the global options could be read."""
    for index, word in enumerate(args):
        if word == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return os.environ.get("CSDESK_LANG") or None


def usage_exit(error: UsageError, lang: str | None) -> typer.Exit:
    """Say `error` in one line in `lang` (zh when unknown); exit 1 for a value, else 2."""
    from csdesk.i18n import LANGUAGES, set_language

    if lang in LANGUAGES:
        set_language(lang)
    value_error = isinstance(error, BadParameter) and not isinstance(error, MissingParameter)
    leaving = fail(usage_line(error))
    leaving.exit_code = 1 if value_error else 2
    return leaving


def usage_line(error: UsageError) -> str:
    from csdesk.i18n import t

    command = _command_path(error)
    if isinstance(error, NoSuchOption):
        return t("usage.no_option", command=command, option=error.option_name)
    if isinstance(error, MissingParameter):
        return t("usage.missing", command=command, name=_param_name(error))
    if isinstance(error, BadParameter):
        return _bad_value(error)
    message = error.message
    if found := _NO_COMMAND.match(message):
        close = found["close"]
        hint = t("usage.did_you_mean", names=close.replace("'", "")) if close else ""
        return t("usage.no_command", name=found["name"], command=command, hint=hint)
    if found := _EXTRA.match(message):
        return t("usage.extra", command=command, extra=found["extra"])
    if isinstance(error, BadOptionUsage):
        if found := _NEEDS_VALUE.match(message):
            return t("usage.needs_value", option=found["option"])
        if found := _TAKES_NO_VALUE.match(message):
            return t("usage.no_value", option=found["option"])
    return t("usage.other", command=command, detail=message)


def _command_path(error: UsageError) -> str:
    return error.ctx.command_path if error.ctx is not None else "csdesk"


def _param_name(error: BadParameter) -> str:
    param = error.param
    if param is None:
        return str(error.param_hint or "?")
    if param.param_type_name == "option":
        return max(param.opts, key=len)
    return str(param.name)


def _bad_value(error: BadParameter) -> str:
    from csdesk.i18n import t

    name, detail = _param_name(error), error.message
    if found := _AT_LEAST.match(detail):
        return t("usage.at_least", name=name, n=found["n"])
    if found := _AT_MOST.match(detail):
        return t("usage.at_most", name=name, n=found["n"])
    if _WHOLE.match(detail):
        return t("usage.whole_number", name=name)
    return t("usage.bad_value", name=name, detail=detail)
