"""Open lists follow the store: a watcher notices another desk's commit (both stores)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.engine import URL, make_url

from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import create_customer
from csdesk.store.team_watch import watch
from tests.conftest import pg_only


def test_a_commit_elsewhere_is_noticed_and_quiet_is_quiet(desk: Desk) -> None:
    watcher = watch(desk.url)
    other = open_desk(desk.url, agent_login="zhao")
    try:
        assert watcher.wait(0.3) is False
        with other.session() as session:
            create_customer(session, {"name": "另一位客服新建的客户"})
        assert watcher.wait(2.0) is True
        assert watcher.wait(0.3) is False  # one save counts once
    finally:
        watcher.close()
        other.engine.dispose()


def test_a_waiting_watcher_wakes_when_another_desk_commits(desk: Desk) -> None:
    watcher = watch(desk.url)
    other = open_desk(desk.url, agent_login="zhao")
    started = threading.Event()

    def write_soon() -> None:
        started.wait(5)
        with other.session() as session:
            create_customer(session, {"name": "等待中写入"})

    writer = threading.Thread(target=write_soon)
    writer.start()
    try:
        started.set()
        assert watcher.wait(2.0) is True
    finally:
        writer.join()
        watcher.close()
        other.engine.dispose()


@pg_only
def test_a_password_from_the_environment_reaches_the_watcher(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """README: the password may be in PGPASSWORD (or ~/.pgpass) instead of the URL. The desk's
    engine found it there; the watcher passed libpq an empty one, failed to connect and retried
    quietly for ever, so no open list followed the store."""
    url = make_url(desk.url)
    monkeypatch.setenv("PGPASSWORD", str(url.password))
    without_password = URL.create(
        url.drivername, username=url.username, host=url.host, port=url.port, database=url.database
    )
    watcher = watch(without_password.render_as_string(hide_password=False))
    other = open_desk(desk.url, agent_login="zhao")
    try:
        with other.session() as session:
            create_customer(session, {"name": "密码在环境变量里"})
        assert watcher.wait(2.0) is True
    finally:
        watcher.close()
        other.engine.dispose()
