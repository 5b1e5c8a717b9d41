"""Open lists follow the store: a watcher notices another desk's commit (both stores)."""

from __future__ import annotations

import threading

from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import create_customer
from csdesk.store.team_watch import watch


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
