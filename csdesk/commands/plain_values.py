"""Plain option values (text, whole numbers) read without pydantic.

Typer 0.29 reads every option and argument a run uses through a pydantic TypeAdapter, built on
first use: importing pydantic and building the adapters cost each command about 60 ms, a fifth
of a listing's run, to turn "li" into "li" and "200" into 200 (issue 11). `install` makes typer
read text, a flag left out and a whole number written plainly within its bounds itself; anything
else (a value pydantic would refuse or read differently, a path, a list, a parser, a clamp) goes
to typer's own reader, so errors and every other value stay word for word what typer says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import typer.core
from typer import _coercion

# Digits as pydantic reads them the same way int() does: no sign but '-', no leading zero,
# no blanks or underscores, within 64 bits.
_WHOLE = re.compile(r"0|-?[1-9][0-9]{0,17}")
_TYPER_BUILD = _coercion.build_runtime_param


@dataclass(frozen=True)
class PlainRuntimeParam(_coercion.RuntimeParam):
    """A `str`, `int` or `bool` parameter: plain values here, the rest through typer's reader."""

    descriptor: _coercion.TypeDescriptor

    @cached_property
    def _typer_reader(self) -> _coercion.RuntimeParam:
        return _TYPER_BUILD(self.descriptor)

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        if self.annotation is str or self.annotation is bool:
            if type(value) is self.annotation:
                return value
        else:
            number = self._plain_whole(value)
            if number is not None:
                return number
        return self._typer_reader._coerce_value(value, param=param, ctx=ctx)

    def _plain_whole(self, value: Any) -> int | None:
        if type(value) is str and _WHOLE.fullmatch(value):
            number = int(value)
        elif type(value) is int:
            number = value
        else:
            return None
        low, high = self.parameter_info.min, self.parameter_info.max
        if (low is not None and number < low) or (high is not None and number > high):
            return None
        return number


def _plain(descriptor: _coercion.TypeDescriptor) -> bool:
    info = descriptor.parameter_info
    return (
        descriptor.annotation in (str, int, bool)
        and descriptor.file_annotation is None
        and info.parser is None
        and not info.clamp
    )


def build_runtime_param(descriptor: _coercion.TypeDescriptor) -> _coercion.RuntimeParam:
    if _plain(descriptor):
        return PlainRuntimeParam(
            parameter_info=descriptor.parameter_info,
            annotation=descriptor.annotation,
            descriptor=descriptor,
        )
    return _TYPER_BUILD(descriptor)


def install() -> None:
    """Typer's parameters read plain values here from now on (idempotent)."""
    typer.core.build_runtime_param = build_runtime_param  # type: ignore[attr-defined]
