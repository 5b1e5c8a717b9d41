"""Typed settings: CSDESK_* environment variables and a config file under the user config dir."""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

APP_NAME = "csdesk"
REPO_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


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
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


class Settings(BaseSettings):
    """Everything a desk run can be told; CLI options override these."""

    model_config = SettingsConfigDict(env_prefix="CSDESK_", extra="ignore")

    db: str | None = None
    agent: str | None = None
    lang: Literal["zh", "en"] = "zh"
    today: dt.date | None = None
    data_dir: Path = REPO_DATA_DIR
    new_staff_days: int = 90
    keymap: dict[str, str] = Field(default_factory=dict)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the config file, then environment, then explicit (non-None) overrides."""
    file_values = _config_file_values()
    # Environment beats the config file: pass file values only for keys the env does not set.
    from_file = {
        key: value
        for key, value in file_values.items()
        if key != "keymap" and f"CSDESK_{key.upper()}" not in os.environ
    }
    settings = Settings(**from_file)
    if isinstance(file_values.get("keymap"), dict):
        settings.keymap = {str(k): str(v) for k, v in file_values["keymap"].items()}
    for key, value in overrides.items():
        if value is not None:
            setattr(settings, key, value)
    return settings
