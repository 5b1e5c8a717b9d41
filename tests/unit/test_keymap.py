"""The key table: one meaning per key, F9/F10 kept free, the README showing the same table."""

from __future__ import annotations

import re
from pathlib import Path

from csdesk import keymap

README = Path(__file__).parents[2] / "README.md"
# The lead's decision: on the Calls list the outcome digits are list keys and shadow the
# screen digits 1-6 while the list has focus.
SHADOWED_ON_THE_CALLS_LIST = {str(digit) for digit in range(1, 10)}


def _meanings_by_key() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for key_specs in keymap.all_specs().values():
        for spec in key_specs:
            for key in spec.key_list:
                found.setdefault(key, set()).add(spec.meaning)
    return found


def test_no_key_means_two_things_across_scopes() -> None:
    clashes = {key: meanings for key, meanings in _meanings_by_key().items() if len(meanings) > 1}
    allowed = {
        key: meanings
        for key, meanings in clashes.items()
        if key in SHADOWED_ON_THE_CALLS_LIST
        and all(m.startswith(("outcome.", "goto.")) or m in {"skip", "snooze"} for m in meanings)
    }
    assert clashes == allowed


def test_digits_shadow_screen_keys_only_on_the_calls_list() -> None:
    for scope, key_specs in keymap.all_specs().items():
        for spec in key_specs:
            if set(spec.key_list) & SHADOWED_ON_THE_CALLS_LIST and scope != "app":
                assert scope == "calls.list", spec.id


def test_every_binding_takes_its_keys_from_its_meaning() -> None:
    for key_specs in keymap.all_specs().values():
        for spec in key_specs:
            if spec.meaning:
                allowed = keymap.MEANINGS[spec.meaning].keys.split(",")
                assert set(spec.key_list) <= set(allowed), spec.id


def test_meanings_do_not_share_keys() -> None:
    owner: dict[str, str] = {}
    for name, meaning in keymap.MEANINGS.items():
        for key in meaning.keys.split(","):
            if key in SHADOWED_ON_THE_CALLS_LIST and owner.get(key, "").startswith("goto."):
                continue
            assert key not in owner, f"{key}: {owner.get(key)} and {name}"
            owner[key] = name


def test_f9_opens_accounts_and_f10_the_kpis_and_nothing_else() -> None:
    bound = _meanings_by_key()
    assert bound["f9"] == {"goto.accounts"} and bound["f10"] == {"goto.kpi"}
    for name, meaning in keymap.MEANINGS.items():
        keys = set(meaning.keys.split(","))
        assert "f9" not in keys or name == "goto.accounts"
        assert "f10" not in keys or name == "goto.kpi"


def test_f_keys_and_global_keys_mean_one_thing_everywhere() -> None:
    global_keys = {key for spec in keymap.specs("app") for key in spec.key_list}
    form_keys = {"ctrl+s", "f2", "escape", "enter"}
    for scope, key_specs in keymap.all_specs().items():
        for spec in key_specs:
            for key in spec.key_list:
                if re.fullmatch(r"f\d+", key) or key in global_keys | form_keys:
                    expected = _meanings_by_key()[key]
                    assert len(expected) == 1 or key in SHADOWED_ON_THE_CALLS_LIST, (scope, key)
    assert _meanings_by_key()["f2"] == {"save"}


def test_frequent_actions_survive_an_input_method() -> None:
    """Every key shown in a footer has an F-key or a ctrl chord, or is a list's digit/bracket."""
    ime_safe = re.compile(r"(f\d+|ctrl\+.+|escape|enter|\d|.*bracket)$")
    for key_specs in keymap.all_specs().values():
        for spec in key_specs:
            if spec.show:
                assert any(ime_safe.match(key) for key in spec.key_list), spec.id


def test_the_readme_shows_the_key_table() -> None:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- keys:start -->\n(.*?)\n<!-- keys:end -->", text, re.S)
    assert block is not None, "README lost its key table markers"
    assert block.group(1) == keymap.readme_table(), (
        "README key table differs from csdesk/keymap.py: run `python -m csdesk.keymap README.md`"
    )


def test_key_hint_lines_fit_an_80_column_terminal() -> None:
    from rich.cells import cell_len

    from csdesk.i18n.areas import calls, shell

    for catalogue in (shell.ZH, shell.EN, calls.ZH, calls.EN):
        for key in ("nav.hint_short", "calls.keys_hint"):  # nav.hint shows where it fits
            if key in catalogue:
                assert cell_len(catalogue[key]) <= 78, (key, catalogue[key])


# Chords a terminal or tmux keeps for itself (prefixes, suspend, interrupt, paste, the IME
# switch), or that arrive as another key (Ctrl+H backspace, Ctrl+I Tab, Ctrl+M Enter).
TERMINAL_CHORDS = {
    "ctrl+a", "ctrl+b", "ctrl+c", "ctrl+z", "ctrl+v", "ctrl+h", "ctrl+i", "ctrl+m",
    "ctrl+space", "ctrl+at",
}  # fmt: skip


def test_no_meaning_uses_a_chord_the_terminal_or_tmux_keeps() -> None:
    for name, meaning in keymap.MEANINGS.items():
        assert not set(meaning.keys.split(",")) & TERMINAL_CHORDS, name


def test_every_bound_meaning_has_a_key_a_chinese_ime_lets_through() -> None:
    """A Chinese input method swallows plain letters: each meaning needs another key too."""
    bound: dict[str, set[str]] = {}
    for key_specs in keymap.all_specs().values():
        for spec in key_specs:
            bound.setdefault(spec.meaning, set()).update(spec.key_list)
    for meaning, keys in bound.items():
        if keys:
            assert {key for key in keys if not re.fullmatch(r"[a-zA-Z]", key)}, (meaning, keys)
