"""The Calls screen's first frame is laid out and drawn once: a frame due while a batch is open
(the app's start is one) waits for its end (CSDeskApp.hold_frame), where Textual drew it and
threw it away unshown, then drew again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual._compositor import Compositor, LayoutUpdate

from csdesk.app import CSDeskApp
from csdesk.widgets.calls_list import CallRows
from tests.conftest import TODAY


async def test_no_frame_is_drawn_inside_a_batch(
    ui_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    batches: list[int] = []  # the app's open batches at each drawing
    shown: list[type[Any]] = []
    render_update = Compositor.render_update
    display = app._display

    def drawing(compositor: Compositor, *args: Any, **kwargs: Any) -> Any:
        batches.append(app._batch_count)
        return render_update(compositor, *args, **kwargs)

    def showing(screen: Any, renderable: Any) -> None:
        if renderable is not None and not app._batch_count:
            shown.append(type(renderable))
        display(screen, renderable)

    monkeypatch.setattr(Compositor, "render_update", drawing)
    monkeypatch.setattr(app, "_display", showing)
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(3):
            await pilot.pause()
            await app.workers.wait_for_complete()
        assert app.screen.query_one(CallRows).rows  # the list came, drawn after the first frame
    assert batches and not any(batches)
    assert shown[0] is LayoutUpdate  # the first frame shown is a whole one
    assert len(shown) >= 2
