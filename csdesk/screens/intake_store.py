"""The intake form's writes, one at a time and in order: the draft as the agent types, then
the save. A save that succeeds ends the drafts, so a late draft write never brings back a
draft of an inquiry already saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from csdesk.widgets.guard import explain

if TYPE_CHECKING:
    from csdesk.app import CSDeskApp

Job = tuple[str, dict[str, Any]]


class IntakeWriter:
    def __init__(
        self,
        app: CSDeskApp,
        on_saved: Callable[[int], None],
        on_failed: Callable[[str], None],
    ) -> None:
        self.app = app
        self.on_saved = on_saved
        self.on_failed = on_failed
        self._next: Job | None = None
        self._running = False
        self._closed = False

    def draft(self, payload: dict[str, Any]) -> None:
        if self._closed or (self._next is not None and self._next[0] == "save"):
            return
        self._queue(("draft", payload))

    def save(self, payload: dict[str, Any]) -> None:
        self._queue(("save", payload))

    def _queue(self, job: Job) -> None:
        self._next = job
        if not self._running:
            self._running = True
            # An app worker: leaving the form never cuts the last write short.
            self.app.run_worker(self._run, thread=True, group="intake-writer")

    def _take(self) -> Job | None:
        job, self._next = self._next, None
        if job is None:
            self._running = False
        return job

    def _run(self) -> None:
        desk = self.app.desk
        while desk is not None:
            job = self.app.call_from_thread(self._take)
            if job is None:
                return
            kind, payload = job
            if kind == "draft":
                self._write_draft(payload)
            else:
                self._save(payload)

    def _write_draft(self, payload: dict[str, Any]) -> None:
        from csdesk.desk.drafts import draft_key, save_draft

        desk = self.app.desk
        assert desk is not None
        with desk.session() as session:
            save_draft(session, draft_key(desk.agent.id if desk.agent else None), payload)

    def _save(self, payload: dict[str, Any]) -> None:
        from csdesk.desk.drafts import save_intake
        from csdesk.desk.errors import DeskError

        desk = self.app.desk
        assert desk is not None
        agent_id = desk.agent.id if desk.agent else None
        try:
            with desk.session() as session:
                inquiry_id = save_intake(session, payload, agent_id, desk.now()).id or 0
        except DeskError as error:
            self.app.call_from_thread(self.on_failed, error.message())
            return
        except Exception as error:  # the form stays on screen and its draft in the store
            self.app.call_from_thread(self.on_failed, explain(error))
            return
        self._closed = True
        self.app.call_from_thread(self.on_saved, inquiry_id)
