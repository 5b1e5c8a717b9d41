"""Importing a rate sheet: all rows or none, every bad row reported, and per lane and container
the old price, the new one and the change (H43). Each import is a new version: a rate for the same
carrier, lane, equipment and source replaces the current one, which is kept as history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlmodel import Session, col

from csdesk.desk.errors import DeskError
from csdesk.desk.reference import container_catalog, port_index
from csdesk.i18n import t
from csdesk.models import Rate, RateImport
from csdesk.models.base import utcnow
from csdesk.rules.rate_rows import RateRow, RowProblem, header_map, read_rows

SUFFIXES = (".csv", ".xlsx")
_CHUNK = 400


@dataclass(frozen=True)
class PriceChange:
    """One lane and container of the sheet against the rate it replaces (H43)."""

    carrier: str
    pol: str
    pod: str
    container: str
    source: str
    currency: str
    old_sell_minor: int | None  # None: a lane and container the desk had no rate for
    new_sell_minor: int
    old_currency: str | None = None

    @property
    def change_minor(self) -> int | None:
        if self.old_sell_minor is None or self.old_currency != self.currency:
            return None
        return self.new_sell_minor - self.old_sell_minor

    @property
    def change_percent(self) -> float | None:
        change = self.change_minor
        if change is None or not self.old_sell_minor:
            return None
        return round(100 * change / self.old_sell_minor, 1)

    def as_json(self) -> dict[str, Any]:
        change = self.change_minor
        return {
            "carrier": self.carrier,
            "pol": self.pol,
            "pod": self.pod,
            "container": self.container,
            "source": self.source,
            "currency": self.currency,
            "old_sell": None if self.old_sell_minor is None else self.old_sell_minor / 100,
            "old_currency": self.old_currency,
            "new_sell": self.new_sell_minor / 100,
            "change": None if change is None else change / 100,
            "change_percent": self.change_percent,
        }


@dataclass
class ImportResult:
    file_name: str
    rows: int
    problems: list[RowProblem] = field(default_factory=list)
    changes: list[PriceChange] = field(default_factory=list)
    import_id: int | None = None  # None: a dry run, or refused
    replaced: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem_lines(self, lang: str | None = None) -> list[str]:
        return [
            t(
                "rates.import.problem",
                lang,
                row=item.row,
                column=item.column,
                message=t(item.key, lang, **item.params),
            )
            for item in self.problems
        ]

    def as_json(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "id": self.import_id,
            "file": self.file_name,
            "rows": self.rows,
            "imported": self.import_id is not None,
            "replaced": self.replaced,
            "problems": [
                asdict(item) | {"message": t(item.key, lang, **item.params)}
                for item in self.problems
            ],
            "changes": [change.as_json() for change in self.changes],
        }


def _csv_rows(path: Path) -> list[list[Any]]:
    """Excel saves CSV in GB18030 on Chinese Windows; UTF-8 (with or without BOM) elsewhere.

    Read as customer lists are (csdesk.desk.transfer.files): a quoted cell may hold a line
    break, and a binary or broken file is refused in one line.
    """
    from csdesk.desk.transfer.files import read_csv_rows

    return [list(cells) for _, cells in read_csv_rows(path)]


def _xlsx_rows(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    from csdesk.desk.transfer.files import xlsx_reason

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        reason = xlsx_reason(error)
        raise DeskError("rates.import.unreadable", file=path.name, reason=reason) from None
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def sheet_rows(path: Path) -> tuple[dict[str, int], Iterator[tuple[int, dict[str, Any]]]]:
    """Header columns and the data rows (sheet row number, field -> cell) of a rate sheet."""
    if path.suffix.lower() not in SUFFIXES:
        raise DeskError("rates.import.suffix", file=path.name)
    if not path.is_file():
        raise DeskError("rates.import.missing", file=str(path))
    table: Sequence[Sequence[Any]] = (
        _xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path)
    )
    start = next((i for i, row in enumerate(table) if any(str(c or "").strip() for c in row)), 0)
    columns, missing = header_map(table[start] if table else [])
    if missing:
        raise DeskError("rates.import.headers", missing=", ".join(missing))

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        for number, row in enumerate(table[start + 1 :], start=start + 2):
            yield (
                number,
                {name: row[index] if index < len(row) else None for name, index in columns.items()},
            )

    return columns, rows()


def read_sheet(
    session: Session, path: Path, today: dt.date
) -> tuple[list[RateRow], list[RowProblem]]:
    _, rows = sheet_rows(path)
    ports = port_index(session)
    catalog = container_catalog(session)

    def resolve_port(text: str) -> str | None:
        port = ports.get(text.strip().upper()) or ports.resolve(text)
        return port.locode if port else None

    def resolve_container(text: str) -> str | None:
        spec = catalog.resolve(text)
        return spec.code if spec else None

    return read_rows(rows, today, resolve_port, resolve_container)


@dataclass(frozen=True)
class _Current:
    id: int
    sell_minor: int
    currency: str


_CURRENT_COLUMNS = (
    col(Rate.id), col(Rate.carrier), col(Rate.pol), col(Rate.pod), col(Rate.container),
    col(Rate.source), col(Rate.sell_minor), col(Rate.currency),
)  # fmt: skip


def _current_for(session: Session, rates: list[RateRow]) -> dict[tuple[str, ...], _Current]:
    """The current rates the sheet's rows replace, by key. Read per POL with its PODs in chunks,
    through the look-up index (SQLite scans the table for a row-value IN), as plain columns."""
    wanted = {rate.key for rate in rates}
    containers = sorted({rate.container for rate in rates})
    pods_by_pol: dict[str, set[str]] = {}
    for rate in rates:
        pods_by_pol.setdefault(rate.pol, set()).add(rate.pod)
    found: dict[tuple[str, ...], _Current] = {}
    for pol, pods in sorted(pods_by_pol.items()):
        ordered = sorted(pods)
        for start in range(0, len(ordered), _CHUNK):
            statement = select(*_CURRENT_COLUMNS).where(
                col(Rate.pol) == pol,
                col(Rate.pod).in_(ordered[start : start + _CHUNK]),
                col(Rate.container).in_(containers),
                col(Rate.current).is_(True),
            )
            for rate_id, *key, sell, currency in session.execute(statement).all():
                if tuple(key) in wanted:
                    found[tuple(key)] = _Current(rate_id, sell, currency)
    return found


def _changes(rates: list[RateRow], current: dict[tuple[str, ...], _Current]) -> list[PriceChange]:
    changes = []
    for rate in sorted(rates, key=lambda r: (r.pol, r.pod, r.container, r.carrier, r.source)):
        old = current.get(rate.key)
        changes.append(
            PriceChange(
                rate.carrier,
                rate.pol,
                rate.pod,
                rate.container,
                rate.source,
                rate.currency,
                old.sell_minor if old else None,
                rate.sell_minor,
                old.currency if old else None,
            )
        )
    return changes


def _rate_values(rate: RateRow, import_id: int, now: dt.datetime) -> dict[str, Any]:
    return {
        "import_id": import_id,
        "carrier": rate.carrier,
        "pol": rate.pol,
        "pod": rate.pod,
        "container": rate.container,
        "buy_minor": rate.buy_minor,
        "sell_minor": rate.sell_minor,
        "min_sell_minor": rate.min_sell_minor,
        "currency": rate.currency,
        "valid_from": rate.valid_from,
        "valid_to": rate.valid_to,
        "source": rate.source,
        "approved": rate.approved,
        "transit_days": rate.transit_days,
        "surcharges": [dict(line) for line in rate.surcharges],
        "current": True,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


def import_rates(
    session: Session,
    path: Path,
    today: dt.date,
    *,
    agent_id: int | None = None,
    dry_run: bool = False,
    now: dt.datetime | None = None,
) -> ImportResult:
    """Read, check and (unless a dry run or any row is bad) store a rate sheet as a new version."""
    rates, problems = read_sheet(session, path, today)
    result = ImportResult(path.name, len(rates) + len({p.row for p in problems}), problems)
    if problems:
        return result
    if not rates:
        raise DeskError("rates.import.empty", file=path.name)
    current = _current_for(session, rates)
    result.changes = _changes(rates, current)
    if dry_run:
        return result
    at = now or utcnow()
    batch = RateImport(
        file_name=path.name[:300], imported_at=at, agent_id=agent_id, rows=len(rates)
    )
    session.add(batch)
    session.flush()
    assert batch.id is not None
    replaced_ids = [rate.id for rate in current.values()]
    for start in range(0, len(replaced_ids), _CHUNK):
        session.execute(
            update(Rate)
            .where(col(Rate.id).in_(replaced_ids[start : start + _CHUNK]))
            .values(current=False, replaced_by_import_id=batch.id, updated_at=at)
        )
    session.execute(insert(Rate), [_rate_values(rate, batch.id, at) for rate in rates])
    result.import_id, result.replaced = batch.id, len(replaced_ids)
    return result
