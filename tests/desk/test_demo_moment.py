"""The demo is a moment of a working day: nothing in it happened after that moment, no task
falls in the night, no inquiry waits for days, and the desk opened on it runs from that moment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import DateTime, select

from csdesk.desk.context import Desk, open_desk
from csdesk.desk.demo import build_demo, demo_moment
from csdesk.models import Inquiry, Task, metadata
from csdesk.rules.zone import DESK_TZ
from tests.conftest import TODAY

# Deadlines and plans may lie ahead; everything else is something that already happened.
AHEAD = ("due", "until", "cutoff", "eta", "etd", "expires", "valid", "callback", "next")
# A sort key, not a time anything happened (shipment.sort_at puts undated ones last).
NOT_A_TIME = ("sort_at",)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    path = tmp_path_factory.mktemp("moment") / "demo.db"
    desk = open_desk(path, today=TODAY)
    with desk.session() as session:
        build_demo(session, 600, 7, today=TODAY)
    desk.engine.dispose()
    desk = open_desk(path)
    yield desk
    desk.engine.dispose()


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _is_datetime(kind: object) -> bool:
    """DateTime itself or a TypeDecorator over it (UTCDateTime, the desk's every timestamp)."""
    return isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime)


def test_the_moment_check_sees_the_desks_timestamps() -> None:
    checked = [c for t in metadata.sorted_tables for c in t.columns if _is_datetime(c.type)]
    assert Task.__table__.c.created_at in checked  # type: ignore[attr-defined]
    assert len(checked) > 40


def test_nothing_in_the_demo_happened_after_its_moment(demo: Desk) -> None:
    moment = demo_moment(TODAY)
    late: list[str] = []
    with demo.session() as session:
        for table in metadata.sorted_tables:
            for column in table.columns:
                if not _is_datetime(column.type) or any(w in column.name for w in AHEAD):
                    continue
                if column.name in NOT_A_TIME:
                    continue
                latest = session.execute(select(column).order_by(column.desc()).limit(1)).scalar()
                if latest is not None and _aware(latest) > moment:
                    late.append(f"{table.name}.{column.name} {latest}")
    assert late == [], "\n".join(late)


def test_no_demo_task_falls_in_the_night(demo: Desk) -> None:
    with demo.session() as session:
        dues = session.execute(select(Task.due_at)).scalars().all()
    hours = {_aware(due).astimezone(DESK_TZ).hour for due in dues}
    assert dues and min(hours) >= 7 and max(hours) <= 21, sorted(hours)


def test_no_demo_inquiry_waits_for_days(demo: Desk) -> None:
    moment = demo_moment(TODAY)
    with demo.session() as session:
        waiting = session.execute(
            select(Inquiry.received_at, Inquiry.first_response_at).where(
                Inquiry.status.in_(("open", "incomplete"))  # type: ignore[attr-defined]
            )
        ).all()
    unanswered = [at for at, replied in waiting if replied is None]
    assert unanswered and all(_aware(at).date() == TODAY for at in unanswered)
    weeks_old = [at for at, _ in waiting if _aware(at) < moment - dt.timedelta(days=7)]
    assert len(weeks_old) <= 5, weeks_old


def test_a_desk_on_a_demo_store_runs_from_the_demos_moment(demo: Desk) -> None:
    assert demo.today == TODAY
    assert demo.demo_clock
    assert dt.timedelta(0) <= demo.now() - demo_moment(TODAY) < dt.timedelta(minutes=5)
