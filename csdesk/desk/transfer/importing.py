"""Importing a customer list: every row checked first, then all of it written, or nothing.

A file with any bad row writes nothing and every bad row is reported with its row number (as the
spreadsheet numbers it), its column (as the file names it) and the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from csdesk.desk.errors import ConflictError, DeskError
from csdesk.desk.transfer.files import Progress, Sheet, read_sheet
from csdesk.desk.transfer.plan import (
    CONTACT_COLUMNS,
    CUSTOMER_COLUMNS,
    Known,
    PlanItem,
    load_known,
    load_matched,
    plan_item,
)
from csdesk.desk.transfer.writing import CHUNK, write
from csdesk.i18n import t
from csdesk.rules.customer_import import (
    ON_DUPLICATE,
    HeaderMap,
    ParsedRow,
    RowProblem,
    cell_text,
    column_letter,
    decide,
    find_matches,
    map_headers,
    one_line,
    parse_row,
    unnamed_cells,
)


@dataclass
class ImportResult:
    plan: list[PlanItem]
    problems: list[RowProblem]
    warnings: list[tuple[str, dict[str, object]]]
    dry_run: bool
    written: bool = False

    def count(self, *actions: str) -> int:
        return sum(1 for item in self.plan if item.action in actions)

    @property
    def created(self) -> int:
        return self.count("create")

    @property
    def updated(self) -> int:
        return self.count("update")

    @property
    def skipped(self) -> int:
        return self.count("skip", "same")

    def warning_messages(self) -> list[str]:
        return [t(key, **params) for key, params in self.warnings]


def problem_message(problem: RowProblem) -> str:
    reason = t(problem.key, **problem.params)
    return t("transfer.problem", row=problem.row, column=problem.column, reason=reason)


def _quiet(stage: str, done: int, total: int) -> None:
    """No progress display."""


def import_customers(
    session: Session,
    path: Path,
    dry_run: bool = False,
    on_duplicate: str = "error",
    progress: Progress | None = None,
) -> ImportResult:
    """Check every row of `path`; write them only when all are good and this is no dry run."""
    if on_duplicate not in ON_DUPLICATE:
        raise DeskError("transfer.on_duplicate", value=on_duplicate)
    report = progress or _quiet
    sheet = read_sheet(path, progress)
    headers = _checked_headers(sheet, path)
    rows = _parse_rows(sheet, headers, report)
    known = load_known(session)
    problems = [problem for parsed in rows for problem in parsed.problems]
    problems += _owner_problems(rows, headers, known)
    matches = find_matches(rows, known.names, known.phones)
    matched = load_matched(session, {m.target for m in matches.values() if m.in_store})
    labels = {customer_id: customer.name for customer_id, (customer, _) in matched.items()}
    actions, duplicate_problems = decide(rows, matches, on_duplicate, labels, headers)
    problems = sorted(problems + duplicate_problems, key=lambda problem: problem.row)
    by_row = {parsed.row: parsed for parsed in rows}
    plan = [
        plan_item(by_row[action.row], action.action, action.customer_id, matched, known)
        for action in actions
    ]
    result = ImportResult(plan, problems, _warnings(sheet, headers, path), dry_run)
    if not problems and not dry_run:
        try:
            write(session, by_row, plan, matched, known, report)
        except ConflictError as conflict:
            changes = _changes(conflict, known)
            if conflict.by and conflict.at:
                raise DeskError(
                    "transfer.conflict_by",
                    record=conflict.record,
                    changes=changes,
                    by=conflict.by,
                    at=conflict.at,
                ) from conflict
            raise DeskError(
                "transfer.conflict", record=conflict.record, changes=changes
            ) from conflict
        result.written = True
    return result


# Model columns -> the import's field names, to name a field another agent changed.
_FIELD_OF_COLUMN = {column: name for name, column in CUSTOMER_COLUMNS.items()} | {
    column: name for name, column in CONTACT_COLUMNS.items() if column != "name"
}


def _changes(conflict: ConflictError, known: Known) -> str:
    """What the other agent changed, as `tier -> B`, in the file's terms where there are any."""
    shown = []
    for column, theirs in conflict.changes:
        field_name = _FIELD_OF_COLUMN.get(column)
        label = t(f"transfer.field.{field_name}") if field_name else column
        if column == "owner_id" and isinstance(theirs, int):
            theirs = known.logins.get(theirs, theirs)
        value = "-" if theirs in (None, "") else one_line(str(theirs), 40)
        shown.append(t("transfer.conflict_change", field=label, value=value))
    return ", ".join(shown) or t("transfer.conflict_unknown")


def _checked_headers(sheet: Sheet, path: Path) -> HeaderMap:
    headers = map_headers(sheet.header)
    if "name" not in headers.columns:
        found = one_line(", ".join(filter(None, map(cell_text, sheet.header))), 200)
        raise DeskError(
            "transfer.header.no_name", path=str(path), row=sheet.header_row, found=found
        )
    if headers.repeated:
        raise DeskError("transfer.header.repeated", columns=", ".join(headers.repeated))
    return headers


def _parse_rows(sheet: Sheet, headers: HeaderMap, report: Progress) -> list[ParsedRow]:
    total = len(sheet.rows)
    parsed: list[ParsedRow] = []
    for done, (number, cells) in enumerate(sheet.rows, start=1):
        parsed.append(parse_row(number, cells, headers))
        if done % CHUNK == 0 or done == total:
            report("transfer.stage.check", done, total)
    return parsed


def _warnings(sheet: Sheet, headers: HeaderMap, path: Path) -> list[tuple[str, dict[str, object]]]:
    warnings: list[tuple[str, dict[str, object]]] = []
    if headers.unknown:
        warnings.append(("transfer.warn.unknown_columns", {"columns": _some(headers.unknown)}))
    unnamed = sorted(set().union(*(unnamed_cells(headers, cells) for _, cells in sheet.rows)))
    if unnamed:
        letters = [column_letter(index) for index in unnamed]
        warnings.append(("transfer.warn.unnamed_columns", {"columns": _some(letters)}))
    if not sheet.rows:
        warnings.append(("transfer.warn.no_rows", {"path": str(path)}))
    return warnings


def _some(names: Sequence[str], shown: int = 10) -> str:
    """A few column names for a one-line warning; a file with thousands names the first ones."""
    listed = ", ".join(one_line(name, 30) for name in names[:shown])
    if len(names) <= shown:
        return listed
    return t("transfer.warn.more_columns", shown=listed, count=len(names))


def _owner_problems(
    rows: Sequence[ParsedRow], headers: HeaderMap, known: Known
) -> list[RowProblem]:
    return [
        RowProblem(parsed.row, headers.label("owner"), "transfer.unknown_owner", {"login": login})
        for parsed in rows
        if (login := parsed.values.get("owner")) and known.owner_id(login) is None
    ]
