from __future__ import annotations

from csdesk.i18n import CATALOGUES, t


def test_every_key_exists_in_both_languages() -> None:
    zh, en = set(CATALOGUES["zh"]), set(CATALOGUES["en"])
    assert sorted(zh - en) == []
    assert sorted(en - zh) == []


def test_placeholders_match_between_languages() -> None:
    import string

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    mismatched = [
        key
        for key in CATALOGUES["zh"]
        if fields(CATALOGUES["zh"][key]) != fields(CATALOGUES["en"].get(key, ""))
    ]
    assert mismatched == []


def test_missing_key_falls_back_to_english_then_to_key() -> None:
    assert t("outcome.busy", "en") == "busy"
    assert t("outcome.busy", "zh") == "占线"
    assert t("no.such.key") == "no.such.key"


def test_english_counts_one_thing_in_the_singular() -> None:
    assert t("calls.attempts_today", "en", count=1) == "1 attempt today"
    assert t("calls.attempts_today", "en", count=2) == "2 attempts today"
    assert t("board.total", "en", count=1) == "1 shipment"
    assert t("quote.screen.transit", "en", days=1) == "1 day"
    assert t("calls.attempts_today", "zh", count=1) == "今天已拨 1 次"
    # An adjective between the count and the noun; a noun in -ies.
    assert t("calls.reason.due", "en", tier="A", days=1) == "A: 1 working day since last reached"
    assert t("calls.reason.due", "en", tier="A", days=3) == "A: 3 working days since last reached"
    moved = t("team.disabled", "en", login="x", tasks=1, inquiries=1)
    assert "1 task and 1 open inquiry moved" in moved


def test_a_tui_twin_replaces_the_cli_words_only_in_the_tui() -> None:
    from csdesk.i18n import TUI_SUFFIX, set_face

    twins = [key for key in CATALOGUES["zh"] if key.endswith(TUI_SUFFIX)]
    assert twins and all(key.removesuffix(TUI_SUFFIX) in CATALOGUES["zh"] for key in twins)
    assert all("--" not in CATALOGUES[lang][key] for lang in ("zh", "en") for key in twins)
    try:
        set_face("tui")
        assert t("money.error.reason_needed", "en") == "please write the reason in the Reason field"
    finally:
        set_face("cli")
    assert t("money.error.reason_needed", "en") == "please give a reason (--reason)"
