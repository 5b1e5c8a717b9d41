from __future__ import annotations

from tests.ui.conftest import ui_db

__all__ = ["ui_db"]
