"""Keep a double-width character whole where a toast (or any widget) covers a divider under it.

Textual 8.2.8's compositor cuts every widget's line at every cut of every visible widget on that
line, the widgets it covers included, and `Strip.divide` turns a wide character straddling a cut
into spaces: a toast over the Calls screen read `报价文本已    , 发给客户后`. Upstream this is
Textualize/textual#6357 (open). The fix here: painting front to back, a cut where the widget
being painted wins the buckets on both sides is internal to it, so its line is not divided there;
the run's whole strip goes in the run's first bucket, and the run's other buckets get an empty
strip so that no widget below claims them. A partial update (`ChopsUpdate`) stops writing a
bucket at its end, so the run's first bucket is given the run's real end.

The partial update as the terminal gets it (`ChopsUpdate.render_segments`) crops a bucket where
the dirty region ends, and a wide character straddling that column was sent as a space, which
the terminal then drew over the character's left half: a toast over the intake form read
"粘贴的  一段消息" once the form beside it redrew (only in a real terminal: the pilot renders
through `__rich_console__`, which writes whole segments). The crop is widened to the end of the
character: its right half is the same frame's content.

Written for textual 8.2.8 (tests/ui/test_compositor_patch.py checks the version): an upgrade
must re-check whether upstream fixed it and whether these two methods still look the same.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.control import Control
from textual._compositor import ChopsUpdate, Compositor
from textual.geometry import Region
from textual.strip import Strip

PATCHED_FOR = "8.2.8"
_EMPTY = Strip([], 0)

Chops = list[dict[int, Strip | None]]


def _paint_line(
    chops_line: dict[int, Strip | None],
    line_ends: list[int],
    line_cuts: list[int],
    strip: Strip,
    render_region: Region,
) -> None:
    """Paint one widget's `strip` into the buckets of one line it still wins."""
    first_cut, last_cut = render_region.column_span
    low = bisect_left(line_cuts, first_cut)
    final_cuts = line_cuts[low : bisect_right(line_cuts, last_cut)]
    buckets = len(final_cuts) - 1
    if buckets < 1:
        return
    get = chops_line.get
    wins = [get(cut) is None for cut in final_cuts[:-1]]
    if not any(wins):
        return  # wholly covered on this line: nothing of it shows
    # A run of buckets this widget wins is painted whole: no cut inside it.
    starts = [0, *(i for i in range(1, buckets) if not (wins[i - 1] and wins[i]))]
    ends = [*starts[1:], buckets]
    pieces = strip.divide([final_cuts[end] - render_region.x for end in ends])
    for start, end, piece in zip(starts, ends, pieces, strict=False):
        if not wins[start]:
            continue
        chops_line[final_cuts[start]] = piece
        line_ends[low + start] = final_cuts[end]
        for skipped in final_cuts[start + 1 : end]:
            chops_line[skipped] = _EMPTY


def render_chops_and_ends(
    compositor: Compositor, crop: Region, is_rendered_line: Callable[[int], bool]
) -> tuple[Chops, list[list[int]]]:
    """The chops of `Compositor._render_chops`, and each bucket's end as painted."""
    cuts = compositor.cuts
    chops: Chops = [dict.fromkeys(cut_set[:-1]) for cut_set in cuts]
    chop_ends = [cut_set[1:] for cut_set in cuts]
    for region, clip, strips in compositor._get_renders(crop):
        render_region = region.intersection(clip)
        for y, strip in zip(render_region.line_range, strips, strict=False):
            if is_rendered_line(y):
                _paint_line(chops[y], chop_ends[y], cuts[y], strip, render_region)
    return chops, chop_ends


def _render_chops(
    self: Compositor, crop: Region, is_rendered_line: Callable[[int], bool]
) -> Sequence[Mapping[int, Strip]]:
    chops, _ends = render_chops_and_ends(self, crop, is_rendered_line)
    return chops  # type: ignore[return-value]  # as upstream: None only on unrendered lines


def _render_partial_update(self: Compositor) -> ChopsUpdate | None:
    update_regions = self._dirty_regions.copy()
    self._dirty_regions.clear()
    if not update_regions:
        return None
    crop = Region.from_union(update_regions).intersection(self.size.region)
    spans = list(self._regions_to_spans(update_regions))
    chops, chop_ends = render_chops_and_ends(self, crop, {y for y, _, _ in spans}.__contains__)
    return ChopsUpdate(chops, spans, chop_ends)


def whole_characters(strip: Strip, cells: int) -> int:
    """The least cut at or after `cells` that splits no character of `strip`."""
    at = 0
    for text, _style, control in strip:
        if control:
            continue
        if at + cell_len(text) <= cells:
            at += cell_len(text)
            continue
        for char in text:
            if at >= cells:
                return at
            at += cell_len(char)
        return at
    return max(at, cells)


def _render_segments(self: ChopsUpdate, console: Console) -> str:
    """`ChopsUpdate.render_segments`, its crop at a span's end widened to a whole character."""
    sequences: list[str] = []
    append = sequences.append
    move_to = Control.move_to
    last_y = self.spans[-1][0]
    for y, x1, x2 in self.spans:
        line = self.chops[y]
        for end, (x, strip) in zip(self.chop_ends[y], line.items(), strict=False):
            if strip is None or x > x2 or end <= x1:
                continue
            if not (x2 > x >= x1 and end <= x2):
                strip = strip.crop(0, whole_characters(strip, min(end, x2) - x))
            append(move_to(x, y).segment.text)
            append(strip.render(console))
        if y != last_y:
            append("\n")
    return "".join(sequences)


def apply() -> None:
    """Patch Textual's compositor (once; applying again changes nothing)."""
    Compositor._render_chops = _render_chops  # type: ignore[method-assign]
    Compositor.render_partial_update = _render_partial_update  # type: ignore[method-assign]
    ChopsUpdate.render_segments = _render_segments  # type: ignore[method-assign]
