"""Typed settings: CSDESK_* environment variables and a config file under the user config dir.

Read with tomllib and os.environ into a dataclass: pydantic-settings cost about 100 ms of the
app's start for what is a handful of strings.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "csdesk"
REPO_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ENV_PREFIX = "CSDESK_"
LANGUAGES = ("zh", "en")


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def default_db_path() -> Path:
    return user_data_dir() / "csdesk.db"


def demo_db_path() -> Path:
    """The demo database lives apart from the user's real one, so a demo never touches it."""
    return user_data_dir() / "demo.db"


def _config_file_values() -> dict[str, Any]:
    path = user_config_file()
    if not path.is_file():
        return {}
    import tomllib  # only with a config file: the desk's first frame does without it

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


@dataclass
class Settings:
    """Everything a desk run can be told; CLI options override these."""

    db: str | None = None
    agent: str | None = None
    lang: str = "zh"
    today: dt.date | None = None
    data_dir: Path = REPO_DATA_DIR
    new_staff_days: int = 90
    keymap: dict[str, str] = field(default_factory=dict)


def _text(value: Any) -> str:
    if isinstance(value, bool | dict | list):
        raise ValueError("not a text")
    return str(value)


def _lang(value: Any) -> str:
    if value not in LANGUAGES:
        raise ValueError("zh | en")
    return str(value)


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


def _integer(value: Any) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError("not a whole number")
    return int(str(value).strip()) if isinstance(value, str) else int(value)


def _keymap(value: Any) -> dict[str, str]:
    mapping = json.loads(value) if isinstance(value, str) else value
    if not isinstance(mapping, dict):
        raise ValueError("a table of binding id = keys")
    return {str(key): str(keys) for key, keys in mapping.items()}


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "db": _text,
    "agent": _text,
    "lang": _lang,
    "today": _date,
    "data_dir": lambda value: Path(_text(value)),
    "new_staff_days": _integer,
    "keymap": _keymap,
}


def _environment() -> dict[str, str]:
    """CSDESK_* variables by setting name; the name's case does not matter."""
    return {
        name[len(ENV_PREFIX) :].lower(): value
        for name, value in os.environ.items()
        if name.upper().startswith(ENV_PREFIX)
    }


def _parsed(name: str, value: Any, source: str) -> Any:
    if value is None and name in ("db", "agent", "today"):
        return None
    try:
        return _PARSERS[name](value)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{source}: {name} = {value!r}: {error}") from None


def load_settings(**overrides: Any) -> Settings:
    """Settings from the config file, then environment, then explicit (non-None) overrides."""
    file_values = _config_file_values()
    environment = _environment()
    values: dict[str, Any] = {}
    for setting in fields(Settings):
        name = setting.name
        if name in environment:
            values[name] = _parsed(name, environment[name], ENV_PREFIX + name.upper())
        elif name in file_values and name != "keymap":
            values[name] = _parsed(name, file_values[name], str(user_config_file()))
    settings = Settings(**values)
    # The config file's [keymap] table wins over CSDESK_KEYMAP, as it always has.
    if isinstance(file_values.get("keymap"), dict):
        settings.keymap = _keymap(file_values["keymap"])
    for key, value in overrides.items():
        if value is not None:
            setattr(settings, key, value)
    return settings
