"""Rules speak in catalogue keys (csdesk.rules.cadence.Reason); this turns them into words."""

from __future__ import annotations

from collections.abc import Iterable

from csdesk.desk.errors import DeskError
from csdesk.i18n import t
from csdesk.rules.cadence import Reason


def say(reason: Reason | str, lang: str | None = None) -> str:
    """The words of `reason` in `lang` (the current language by default); nested reasons too."""
    if isinstance(reason, str):
        return reason
    params = {
        name: say(value, lang) if isinstance(value, Reason) else value
        for name, value in reason.params.items()
    }
    return t(reason.key, lang, **params)


def say_all(reasons: Iterable[Reason], lang: str | None = None) -> str:
    return t("calls.reason.join", lang).join(say(reason, lang) for reason in reasons)


def refusal(reason: Reason) -> DeskError:
    """A rule's refusal as the error a user reads (in their language, when shown)."""
    params = {
        name: say(value) if isinstance(value, Reason) else value
        for name, value in reason.params.items()
    }
    return DeskError(reason.key, **params)
