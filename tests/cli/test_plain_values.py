"""Plain option values read without pydantic come out as typer's own reader gives them, and
every other value (errors included) is still typer's own reading, word for word."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer import _coercion
from typer._click.exceptions import BadParameter
from typer.models import OptionInfo

from csdesk.commands import plain_values

TEXTS = ["li", "", " 宁波 海天 ", "--json", "0", "[bold]x"]
WHOLES = ["0", "7", "-5", "200", "10000", "10001", "007", " 12", "1_000", "12.0", "+3", "-0",
          "abc", "", "99999999999999999999", 200, 0, 3]  # fmt: skip
FLAGS = [True, False, "true", "1", "no", " ", 1]
BOUNDS = [{}, {"min": 1, "max": 10_000}, {"min": 1}]


# One value, given once (what coerce asks of the click parameter).
SINGLE = SimpleNamespace(multiple=False, nargs=1)


def _reading(reader: _coercion.RuntimeParam, value: Any) -> tuple[str, Any]:
    try:
        read = reader.coerce(value, param=SINGLE, ctx=None)  # type: ignore[arg-type]
    except BadParameter as error:
        return "error", error.message
    return type(read).__name__, read


def _both(annotation: Any, value: Any, **info: Any) -> tuple[tuple[str, Any], tuple[str, Any]]:
    descriptor = _coercion.resolve_type_descriptor(annotation, OptionInfo(**info))
    plain = plain_values.build_runtime_param(descriptor)
    return _reading(plain, value), _reading(_coercion.build_runtime_param(descriptor), value)


@pytest.mark.parametrize("value", TEXTS)
def test_text_reads_as_typer_reads_it(value: str) -> None:
    plain, typer_own = _both(str, value)
    assert plain == typer_own


@pytest.mark.parametrize("bounds", BOUNDS, ids=str)
@pytest.mark.parametrize("value", WHOLES, ids=repr)
def test_whole_numbers_and_their_errors_read_as_typer_reads_them(
    value: Any, bounds: dict[str, int]
) -> None:
    plain, typer_own = _both(int, value, **bounds)
    assert plain == typer_own


@pytest.mark.parametrize("value", FLAGS, ids=repr)
def test_flags_read_as_typer_reads_them(value: Any) -> None:
    plain, typer_own = _both(bool, value)
    assert plain == typer_own


@pytest.mark.parametrize("value", [("a", "宁波"), ["x"], (), ("a", 1)], ids=repr)
def test_lists_of_text_read_as_typer_reads_them(value: Any) -> None:
    plain, typer_own = _both(list[str], value)
    assert plain == typer_own


@pytest.mark.parametrize(
    ("annotation", "value", "info"),
    [
        (Path, "rates.xlsx", {}),
        (Path, "", {}),
        (int, "0", {"clamp": True, "min": 1}),
        (int, "12", {"clamp": True, "max": 10}),
        (float, "1.5", {}),
        (list[int], ("1", "x"), {}),
    ],
    ids=repr,
)
def test_other_types_are_typers_reading(annotation: Any, value: Any, info: dict[str, Any]) -> None:
    plain, typer_own = _both(annotation, value, **info)
    assert plain == typer_own


def test_the_cli_installs_the_plain_reader() -> None:
    import typer.core

    from csdesk import cli

    cli.build_app(("calls",))
    assert typer.core.build_runtime_param is plain_values.build_runtime_param
