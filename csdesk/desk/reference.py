"""Reference data from data/ (ports, lanes, container types, calendar tables) into the store.

Each CSV starts with `#` lines naming its source, then a header row. The store is refreshed when
a file's content changes, so an updated data/ reaches every desk on its next start.

Every desk that opens checks the files' fingerprint and reads the calendar; the port, lane and
container tables and their indexes are imported where they are used, so opening a desk whose
reference data is current builds none of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from csdesk.desk.errors import DeskError, NotFoundError
from csdesk.desk.opening import REFERENCE_MARKER_KEY
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.records import FrozenRecord
from csdesk.rules.refcsv import fingerprint, flag, read_rows, split_aliases
from csdesk.store.core_tables import container_type as container_type_table
from csdesk.store.core_tables import lane as lane_table
from csdesk.store.core_tables import port as port_table

if TYPE_CHECKING:
    from sqlmodel import Session

    from csdesk.models import ContainerType, Lane, Port
    from csdesk.rules.containers import ContainerCatalog
    from csdesk.rules.dg import DGKeywords
    from csdesk.rules.ports import PortIndex, PortRef

_MARKER_TABLE = REFERENCE_MARKER_KEY


def _lanes(data_dir: Path) -> list[Lane]:
    from csdesk.models import Lane

    return [
        Lane(
            code=row["code"],
            name_zh=row["name_zh"],
            name_en=row["name_en"],
            main=flag(row["main"]),
            peer_served=flag(row["peer_served"]),
        )
        for row in read_rows(data_dir / "lanes.csv")
    ]


def _container_types(data_dir: Path) -> list[ContainerType]:
    from csdesk.models import ContainerType

    return [
        ContainerType(
            code=row["code"],
            iso_code=row["iso_code"],
            category=row["category"],
            teu=int(row["teu"]),
            max_payload_kg=int(row["max_payload_kg"]),
            volume_m3=float(row["volume_m3"]),
            special=flag(row["special"]),
            aliases=row["aliases"],
        )
        for row in read_rows(data_dir / "container_types.csv")
    ]


def _ports(data_dir: Path) -> list[Port]:
    from csdesk.models import Port

    path = data_dir / "ports.csv"
    if not path.is_file():
        return []
    return [
        Port(
            locode=row["locode"],
            name_en=row["name_en"],
            name_zh=row["name_zh"],
            country=row["country"],
            lane_code=row["lane"],
            aliases=row.get("aliases", ""),
        )
        for row in read_rows(path)
    ]


def load_reference_data(session: Session, data_dir: Path) -> bool:
    """Replace ports, lanes and container types from `data_dir` when the files changed."""
    from csdesk.desk.settings import get_value, set_value

    current = fingerprint(data_dir)
    if get_value(session, _MARKER_TABLE) == current:
        return False
    from csdesk.models import ContainerType, Lane, Port

    session.execute(delete(Port))
    session.execute(delete(ContainerType))
    session.execute(delete(Lane))
    session.flush()
    session.add_all(_lanes(data_dir))
    session.flush()
    session.add_all(_container_types(data_dir))
    session.add_all(_ports(data_dir))
    set_value(session, _MARKER_TABLE, current)
    session.flush()
    return True


# Indexes built from the store, keyed on the fingerprint of the data they were built from: the
# tables change only when load_reference_data loads new files, which changes the fingerprint.
_PORT_INDEXES: dict[str, PortIndex] = {}
_CONTAINER_CATALOGS: dict[str, ContainerCatalog] = {}


def reference_marker(session: Any) -> str:
    """The fingerprint of the reference data the store holds (what the indexes are keyed on)."""
    from csdesk.desk.opening import setting_value

    return setting_value(session, _MARKER_TABLE) or ""


def port_index(session: Any, marker: str | None = None) -> PortIndex:
    """The ports of the store, indexed for resolving, finding and suggesting port names;
    `session` is a Session or a Core Connection; `marker` its reference_marker if read."""
    from csdesk.rules import port_cache

    marker = reference_marker(session) if marker is None else marker
    index = _PORT_INDEXES.get(marker)
    if index is None:
        c = port_table.c
        statement = select(c.locode, c.name_en, c.name_zh, c.country, c.lane_code, c.aliases)
        rows = session.execute(statement.order_by(c.locode))
        # Kept on disk between runs, under a name made from these rows (csdesk.rules.port_cache);
        # each row holds a port's fields in PortRef's order.
        index = port_cache.port_index_of_rows(
            [
                (locode, name_en, name_zh, country, lane_code, split_aliases(aliases))
                for locode, name_en, name_zh, country, lane_code, aliases in rows
            ]
        )
        _PORT_INDEXES.clear()
        _PORT_INDEXES[marker] = index
    return index


def port_names(session: Any, lang: str) -> dict[str, str]:
    """LOCODE -> the port's name in `lang` (Chinese, else English), for lists that show both."""
    c = port_table.c
    statement = select(c.locode, c.name_zh, c.name_en)
    return {
        locode: (name_zh if lang == "zh" and name_zh else name_en)
        for locode, name_zh, name_en in session.execute(statement)
    }


def container_catalog(session: Any, marker: str | None = None) -> ContainerCatalog:
    """The container types of the store, for resolving and finding container codes; kept
    between runs with their finder, under a name made from the rows (csdesk.rules.kept)."""
    marker = reference_marker(session) if marker is None else marker
    catalog = _CONTAINER_CATALOGS.get(marker)
    if catalog is None:
        c = container_type_table.c
        statement = select(c.code, c.iso_code, c.category, c.teu, c.max_payload_kg, c.volume_m3)
        rows = [
            (code, iso, category, teu, payload, volume, special, split_aliases(names))
            for code, iso, category, teu, payload, volume, special, names in session.execute(
                statement.add_columns(c.special, c.aliases)
            )
        ]
        catalog = _kept_catalog(rows)
        _CONTAINER_CATALOGS.clear()
        _CONTAINER_CATALOGS[marker] = catalog
    return catalog


def _kept_catalog(rows: list[tuple[Any, ...]]) -> ContainerCatalog:
    """The catalogue of `rows` (each a type's fields in ContainerSpec's order), its finder
    built, read back from the user's cache when it was built from the same rows."""
    from csdesk.rules import containers, kept, mentions, records

    def build() -> ContainerCatalog:
        specs = [containers.ContainerSpec(*row) for row in rows]
        catalog = containers.ContainerCatalog(sorted(specs, key=containers.catalogue_order))
        catalog.find_all("")  # the finder, built now so that it is stored with the catalogue
        return catalog

    built_by = (containers, mentions, records)
    data = repr(rows).encode()
    return kept.kept("containers-", data, built_by, build, containers.ContainerCatalog)


def teu_by_code(session: Any) -> dict[str, int]:
    """Each container type's TEU, all the KPI volumes need: read without building the
    catalogue (its alias finder costs a `csdesk kpi` run about 10 ms of imports)."""
    c = container_type_table.c
    return {code: int(teu) for code, teu in session.execute(select(c.code, c.teu))}


class PortSearch(FrozenRecord):
    ports: list[PortRef]
    suggestions: list[PortRef]  # closest ports when nothing matched
    _fields = ("ports", "suggestions")

    def __init__(self, ports: list[PortRef], suggestions: list[PortRef]) -> None:
        self._assign(ports, suggestions)


def find_ports(session: Any, query: str | None = None, lane: str | None = None) -> PortSearch:
    """Ports whose code, names or aliases contain `query`, on one lane or all; suggestions for
    a name nothing contains ("Lagoss" suggests Lagos). `session` is a Session or a Connection."""
    index = port_index(session)
    if lane is not None:
        lane = lane.strip().upper()
        code = lane_table.c.code
        lanes = list(session.execute(select(code).order_by(code)).scalars())
        if lane not in lanes:
            raise NotFoundError("reference.unknown_lane", lane=lane, lanes=" ".join(lanes))
    ports = index.search(query) if query else list(index.ports)
    if lane is not None:
        ports = [port for port in ports if port.lane == lane]
    suggestions = index.suggest(query) if query and not ports else []
    return PortSearch(ports, suggestions)


@lru_cache(maxsize=4)
def dg_keywords(data_dir: Path | None = None) -> DGKeywords:
    """The dangerous-goods hint words of data/dg_keywords.csv (read once per process, and
    kept between runs with their finder: csdesk.rules.kept)."""
    from csdesk.config import REPO_DATA_DIR
    from csdesk.rules import dg, kept, mentions, records

    path = (data_dir or REPO_DATA_DIR) / "dg_keywords.csv"
    built_by = (dg, mentions, records)
    return kept.kept(
        "dg-", path.read_bytes(), built_by, lambda: dg.DGKeywords.from_csv(path), dg.DGKeywords
    )


def load_calendar(session: Any) -> WorkCalendar:
    """The working calendar; `session` is a Session or a Core Connection."""
    from csdesk.desk.opening import read_calendar

    return read_calendar(session)


def _calendar_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a calendar CSV by header name, read as every import reads a CSV."""
    from csdesk.desk.transfer.files import read_csv_rows

    records = [
        (number, [str(cell).strip() for cell in cells])
        for number, cells in read_csv_rows(path)
        if any(str(cell).strip() for cell in cells) and not str(cells[0]).startswith("#")
    ]
    if not records:
        return
    header = [name.lower() for name in records[0][1]]
    for number, cells in records[1:]:
        yield number, dict(zip(header, cells, strict=False))


def import_calendar(session: Session, path: Path) -> int:
    """Holiday and swapped-workday table for a year chinesecalendar lacks.

    CSV columns: date (YYYY-MM-DD), workday (0 for a holiday, 1 for a swapped working weekend
    day), name. Days not listed follow Monday-Friday. Replaces the table of each year in the file.
    """
    if not path.is_file():
        raise DeskError("error.file_missing", path=str(path))
    from csdesk.models import CalendarDay

    parsed: list[CalendarDay] = []
    for number, row in _calendar_rows(path):
        try:
            day = dt.date.fromisoformat(row.get("date", ""))
        except ValueError:
            raise DeskError("calendar.bad_row", row=number, value=row.get("date", "")) from None
        workday = row.get("workday", "")
        if workday not in {"0", "1"}:
            raise DeskError("calendar.bad_workday", row=number, value=workday)
        parsed.append(CalendarDay(day=day, workday=workday == "1", name=row.get("name", "")))
    if not parsed:
        raise DeskError("calendar.empty", path=str(path))
    for year in {day.day.year for day in parsed}:
        session.execute(
            delete(CalendarDay).where(
                CalendarDay.day >= dt.date(year, 1, 1),  # type: ignore[arg-type]
                CalendarDay.day <= dt.date(year, 12, 31),  # type: ignore[arg-type]
            )
        )
    session.add_all(parsed)
    session.flush()
    return len(parsed)
