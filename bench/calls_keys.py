"""Key-press latency on the Calls screen, timed on the widget's own methods (pilot.press would
time the event loop's pauses, not the work a key does)."""

from __future__ import annotations

import asyncio
import datetime as dt
import statistics
import time
from pathlib import Path

PRESSES = 200


async def _cursor_seconds(db: Path, today: dt.date) -> tuple[float, float]:
    """Medians of a cursor move (j/k) and of a page move that repaints every visible row."""
    from csdesk.app import CSDeskApp
    from csdesk.widgets.calls_list import CallRows

    app = CSDeskApp(db=db, agent="li", today=today)
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(5):
            await pilot.pause()
            await app.workers.wait_for_complete()
        rows = app.screen.query_one(CallRows)
        moves, pages = [], []
        for press in range(PRESSES):
            down = press % 40 < 20
            before = rows.cursor - rows.scroll_offset.y
            start = time.perf_counter()
            if down:
                rows.action_cursor_down()
            else:
                rows.action_cursor_up()
            # What Textual repaints for a cursor move: the row left and the row reached.
            rows.render_line(before)
            rows.render_line(rows.cursor - rows.scroll_offset.y)
            moves.append(time.perf_counter() - start)
            start = time.perf_counter()
            if down:
                rows.action_page_down_rows()
            else:
                rows.action_page_up_rows()
            for y in range(rows.size.height):
                rows.render_line(y)
            pages.append(time.perf_counter() - start)
        app.exit()
    return statistics.median(moves), statistics.median(pages)


def _save_and_next_seconds(db: Path, today: dt.date) -> float:
    """An outcome saved (its own transaction) and the list read again, as the screen does."""
    from csdesk.desk.call_log import log_call
    from csdesk.desk.calls import call_list
    from csdesk.desk.context import DESK_TZ, open_desk

    desk = open_desk(db, agent_login="li", today=today)
    assert desk.agent is not None
    agent_id = desk.agent.id
    with desk.session() as session:
        customers = [row.customer_id for row in call_list(session, desk.calendar, agent_id, today,
                     dt.datetime.combine(today, dt.time(9), tzinfo=DESK_TZ)).rows]  # fmt: skip
    samples = []
    for number, customer_id in enumerate(customers[:20]):
        now = dt.datetime.combine(today, dt.time(9, 30), tzinfo=DESK_TZ) + dt.timedelta(
            minutes=number
        )
        start = time.perf_counter()
        with desk.session() as session:
            log_call(session, customer_id, agent_id, "no_answer", now, calendar=desk.calendar,
                     now=now)  # fmt: skip
        with desk.session() as session:
            call_list(session, desk.calendar, agent_id, today, now)
        samples.append(time.perf_counter() - start)
    desk.engine.dispose()
    return statistics.median(samples)


def key_press_seconds(db: Path, today: dt.date) -> dict[str, float]:
    move, page = asyncio.run(_cursor_seconds(db, today))
    return {"key": move, "page_key": page, "save_key": _save_and_next_seconds(db, today)}
