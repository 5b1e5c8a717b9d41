"""Plain option values (text, whole numbers) read without pydantic.

Typer 0.29 reads every option and argument a run uses through a pydantic TypeAdapter, built on
first use: importing pydantic and building the adapters cost each command about 60 ms, a fifth
of a listing's run, to turn "li" into "li" and "200" into 200 (issue 11). `install` makes typer
read text, lists of text, a flag left out and a whole number written plainly within its bounds
itself; anything else (a value pydantic would refuse or read differently, a path, a parser, a
clamp) goes to typer's own reader, built only then, so errors and every other value stay word
for word what typer says.
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


_NOT_PLAIN = object()


@dataclass(frozen=True)
class PlainRuntimeParam(_coercion.RuntimeParam):
    """Plain values read here; every other value, and every parameter of another type (a path,
    a clamped number, a parser), by typer's reader, built the first time one needs it."""

    descriptor: _coercion.TypeDescriptor
    plain: bool  # of a type read here: str, int, bool or list[str]

    @cached_property
    def _typer_reader(self) -> _coercion.RuntimeParam:
        return _TYPER_BUILD(self.descriptor)

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        read = self._plain_value(value) if self.plain else _NOT_PLAIN
        if read is _NOT_PLAIN:
            return self._typer_reader._coerce_value(value, param=param, ctx=ctx)
        return read

    def _plain_value(self, value: Any) -> Any:
        annotation = self.annotation
        if annotation is str or annotation is bool:
            return value if type(value) is annotation else _NOT_PLAIN
        if annotation is int:
            return self._plain_whole(value)
        if isinstance(value, list | tuple) and all(type(item) is str for item in value):
            return list(value)  # list[str]
        return _NOT_PLAIN

    def _plain_whole(self, value: Any) -> Any:
        if type(value) is str and _WHOLE.fullmatch(value):
            number = int(value)
        elif type(value) is int:
            number = value
        else:
            return _NOT_PLAIN
        low, high = self.parameter_info.min, self.parameter_info.max
        if (low is not None and number < low) or (high is not None and number > high):
            return _NOT_PLAIN
        return number


def _plain(descriptor: _coercion.TypeDescriptor) -> bool:
    info = descriptor.parameter_info
    return (
        descriptor.annotation in (str, int, bool, list[str])
        and descriptor.file_annotation is None
        and info.parser is None
        and not info.clamp
    )


def build_runtime_param(descriptor: _coercion.TypeDescriptor) -> _coercion.RuntimeParam:
    return PlainRuntimeParam(
        parameter_info=descriptor.parameter_info,
        annotation=descriptor.annotation,
        descriptor=descriptor,
        plain=_plain(descriptor),
    )


def install() -> None:
    """Typer's parameters read plain values here from now on (idempotent)."""
    typer.core.build_runtime_param = build_runtime_param  # type: ignore[attr-defined]
