"""Settings: the config file, CSDESK_* variables over it, explicit overrides over both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from csdesk.config import REPO_DATA_DIR, load_settings, user_config_file


def _write_config(text: str) -> Path:
    path = user_config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_file_or_environment() -> None:
    settings = load_settings()
    assert (settings.db, settings.agent, settings.lang, settings.today) == (None, None, "zh", None)
    assert settings.data_dir == REPO_DATA_DIR
    assert settings.new_staff_days == 90
    assert settings.keymap == {}


def test_file_values_are_typed_and_environment_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    _write_config(
        'lang = "en"\nnew_staff_days = 60\ntoday = 2026-11-30\nagent = "li"\n'
        '[keymap]\n"calls.next" = "n"\n'
    )
    monkeypatch.setenv("CSDESK_NEW_STAFF_DAYS", "30")
    monkeypatch.setenv("CSDESK_DATA_DIR", "/srv/csdesk-data")
    settings = load_settings(agent="zhao")
    assert settings.lang == "en"
    assert settings.today == dt.date(2026, 11, 30)
    assert settings.new_staff_days == 30
    assert settings.data_dir == Path("/srv/csdesk-data")
    assert settings.agent == "zhao"
    assert settings.keymap == {"calls.next": "n"}


def test_keymap_from_the_environment_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSDESK_KEYMAP", '{"app.search": "f3,ctrl+f"}')
    assert load_settings().keymap == {"app.search": "f3,ctrl+f"}


def test_a_broken_config_file_is_ignored() -> None:
    _write_config("lang = [unclosed")
    assert load_settings().lang == "zh"


@pytest.mark.parametrize(
    ("name", "value"), [("CSDESK_LANG", "fr"), ("CSDESK_NEW_STAFF_DAYS", "ninety")]
)
def test_a_bad_value_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=name):
        load_settings()
