"""The port index with its finder, kept on disk between runs of a command (issue 11).

Building the index and the finder from the store's ~450 ports costs a command that reads one
message (`csdesk inquiry add`) 40-60 ms; reading them back from a pickle costs about 4. The
file (csdesk.rules.kept) is named by a digest of the ports exactly as read (so a changed
data/ports.csv, once refreshed into the store, or a port edited in the store, names another
file) and of the source of the modules that build the index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from csdesk.rules import kept, mentions, names, ports, records
from csdesk.rules.ports import PortIndex, PortRef

# What the pickled index is built by: a change to any of these is a change of the file's name.
_BUILT_BY = (ports, mentions, names, records)
_PREFIX = "ports-"


def port_index(refs: Sequence[PortRef], directory: Path | None = None) -> PortIndex:
    """The index of `refs` with its finder built, read from the cache when it holds one built
    from the same ports by the same code, else built and stored."""
    return port_index_of_rows([PortRef._values(ref) for ref in refs], directory, lambda: refs)


def port_index_of_rows(
    rows: Sequence[tuple[Any, ...]],
    directory: Path | None = None,
    refs: Callable[[], Sequence[PortRef]] | None = None,
) -> PortIndex:
    """The same for ports as rows (each port's fields in PortRef's order, as the store gives
    them): the PortRefs are made only when the index is built (they are in the file)."""
    made = refs or (lambda: [PortRef(*row) for row in rows])
    data = repr(list(rows)).encode()
    return kept.kept(_PREFIX, data, _BUILT_BY, lambda: _built(made()), PortIndex, directory)


def _built(refs: Sequence[PortRef]) -> PortIndex:
    index = PortIndex(refs)
    index.find_all("")  # the finder, built now so that it is stored with the index
    return index
