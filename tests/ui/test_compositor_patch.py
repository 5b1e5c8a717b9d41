"""The compositor patch was written against one Textual release: an upgrade re-checks it."""

from __future__ import annotations

import textual

from csdesk.widgets import compositor_patch


def test_the_patch_is_for_the_pinned_textual() -> None:
    # On a new Textual: see whether Textualize/textual#6357 is fixed (then drop the patch) and
    # whether Compositor._render_chops / render_partial_update still match the patched copies.
    assert textual.__version__ == compositor_patch.PATCHED_FOR == "8.2.8"
