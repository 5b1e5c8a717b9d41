"""Call outcomes as agents type them: the English id, its Chinese name, or a common synonym."""

from __future__ import annotations

import unicodedata

from csdesk.rules.vocab import CHANNELS, OUTCOMES

OUTCOME_ALIASES = {
    "已接通": "reached",
    "接通": "reached",
    "通了": "reached",
    "无人接听": "no_answer",
    "未接": "no_answer",
    "没人接": "no_answer",
    "无人接": "no_answer",
    "占线": "busy",
    "忙": "busy",
    "约定回电": "callback_agreed",
    "回电": "callback_agreed",
    "约回电": "callback_agreed",
    "号码错误": "wrong_number",
    "错号": "wrong_number",
    "空号": "wrong_number",
    "有询价": "inquiry",
    "询价": "inquiry",
    "约好拜访": "visit_booked",
    "约拜访": "visit_booked",
    "拜访": "visit_booked",
    "callback": "callback_agreed",
    "noanswer": "no_answer",
    "wrongnumber": "wrong_number",
    "visit": "visit_booked",
}
CHANNEL_ALIASES = {"电话": "phone", "微信": "wechat", "拜访": "visit", "邮件": "email"}


def _fold(text: str) -> str:
    return (
        unicodedata.normalize("NFKC", text).strip().casefold().replace("-", "_").replace(" ", "_")
    )


def read_outcome(text: str) -> str | None:
    """The outcome id for `text`, or None when it names none."""
    folded = _fold(text)
    if folded in OUTCOMES:
        return folded
    return OUTCOME_ALIASES.get(folded) or OUTCOME_ALIASES.get(folded.replace("_", ""))


def read_channel(text: str) -> str | None:
    folded = _fold(text)
    return folded if folded in CHANNELS else CHANNEL_ALIASES.get(folded)
