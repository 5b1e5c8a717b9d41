"""Send, win and lose from the quote screen: one desk call each and the line the agent reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from csdesk.i18n import t

if TYPE_CHECKING:
    from sqlmodel import Session

    from csdesk.desk.context import Desk


def run_step(session: Session, desk: Desk, step: str, quote_id: int, reason: str | None) -> str:
    from csdesk.desk.quote_flow import follow_ups, lose_quote, send_quote, win_quote

    now = desk.now()
    if step == "send":
        send_quote(session, quote_id, now=now, calendar=desk.calendar, tz=desk.tz)
        times = [
            task.due_at.astimezone(desk.tz).strftime("%m-%d %H:%M")
            for task in follow_ups(session, quote_id)
            if task.kind == "quote_follow_up" and task.done_at is None
        ]
        return t("quote.sent", id=quote_id, times=", ".join(times))
    if step == "win":
        _, shipment = win_quote(session, quote_id, actor=desk.agent, now=now)
        return t("quote.screen.booked", booking=shipment.booking_no)
    assert reason is not None
    lose_quote(session, quote_id, reason, now=now)
    return t("quote.lost", id=quote_id, reason=t(f"quote.lost.{reason}"))
