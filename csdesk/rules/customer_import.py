"""Customer lists from Excel: header mapping, cell values, row checks, duplicates, formula cells.

Agents keep their books in spreadsheets with headers in Chinese or English, written in any width
and case. Everything here is pure: the desk reads the file and the store, these rules decide.
Problems are (row as the spreadsheet numbers it, column as the file names it, catalogue key).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from csdesk.i18n import CATALOGUES, LANGUAGES
from csdesk.rules.customers import contact_problems, customer_problems
from csdesk.rules.names import fold, name_key, phone_digits
from csdesk.rules.vocab import CUSTOMER_KINDS, OWNERSHIPS, SOURCES, TIERS

FIELDS = (
    "name",
    "kind",
    "tier",
    "owner",
    "contact",
    "phone",
    "wechat",
    "email",
    "source",
    "ownership",
    "vip",
    "note",
)
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("客户名称", "客户名", "公司名称", "name", "customer", "customer name", "company"),
    "kind": ("类型", "客户类型", "kind", "type"),
    "tier": ("等级", "客户等级", "级别", "tier", "level"),
    "owner": ("客服", "负责客服", "owner", "agent"),
    "contact": ("联系人", "contact", "contact name"),
    "phone": ("电话", "联系电话", "手机", "phone", "mobile", "tel"),
    "wechat": ("微信", "微信号", "wechat"),
    "email": ("邮箱", "电子邮件", "email", "e-mail", "mail"),
    "source": ("来源", "客户来源", "source"),
    "ownership": ("性质", "企业性质", "ownership"),
    "vip": ("VIP", "是否VIP"),
    "note": ("备注", "note", "notes", "remark", "remarks"),
}
# The header an export writes for each field.
HEADERS = {name: aliases[0] for name, aliases in _ALIASES.items()}
# Excel keeps at most this many characters in a cell; a longer note could not be exported back.
EXCEL_CELL_LIMIT = 32_767
_LIMITS = {"contact": 100, "owner": 64, "note": EXCEL_CELL_LIMIT}
_HINT = re.compile(r"[(（][^)）]*[)）]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A spreadsheet runs a cell beginning with one of these as a formula.
_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED_FORMULA = re.compile(r"^'+[=+\-@\t\r]")
ON_DUPLICATE = ("error", "skip", "update")


def header_key(text: str) -> str:
    """What a header means whatever its width, case, spacing, `*` marks or (hints)."""
    folded = _HINT.sub("", unicodedata.normalize("NFKC", text))
    return re.sub(r"[\s_\-*:]+", "", fold(folded))


_HEADER_FIELDS = {
    header_key(alias): name for name, aliases in _ALIASES.items() for alias in aliases
}


def token(text: str) -> str:
    """A vocabulary value compared loosely: `Central SOE`, `central_soe`, `ＣＥＮＴＲＡＬ-soe`."""
    return re.sub(r"[\s_\-]+", "", fold(text))


def _choice_table(prefix: str, codes: Sequence[str], extra: Mapping[str, str]) -> dict[str, str]:
    """Codes, their labels in every catalogue language, and extra spellings agents use."""
    table = {token(code): code for code in codes}
    for lang in LANGUAGES:
        for code in codes:
            table[token(CATALOGUES[lang][f"{prefix}.{code}"])] = code
    return table | {token(text): code for text, code in extra.items()}


_CHOICES: dict[str, dict[str, str]] = {
    "kind": _choice_table("kind", CUSTOMER_KINDS, {"直接客户": "direct", "货代": "peer"}),
    "ownership": _choice_table(
        "ownership",
        OWNERSHIPS,
        {"国有企业": "soe", "中央企业": "central_soe", "民营企业": "private", "私企": "private"}
        | {"外资": "foreign", "外资企业": "foreign"},
    ),
    "source": _choice_table("source", SOURCES, {}),
    "tier": {token(tier): tier for tier in TIERS}
    | {token(tier + suffix): tier for tier in TIERS for suffix in ("类", "级")},
}
_YES = frozenset({"是", "y", "yes", "1", "true", "vip", "√"})
_NO = frozenset({"否", "n", "no", "0", "false"})


def choices_shown(field_name: str) -> str:
    """The accepted values as a message shows them: Chinese labels / codes."""
    if field_name == "vip":
        return "是 否 / Y N"
    if field_name == "tier":
        return " ".join(TIERS)
    prefix, codes = {"kind": ("kind", CUSTOMER_KINDS), "ownership": ("ownership", OWNERSHIPS)}.get(
        field_name, ("source", SOURCES)
    )
    labels = " ".join(CATALOGUES["zh"][f"{prefix}.{code}"] for code in codes)
    return f"{labels} / {' '.join(codes)}"


def neutralise_cell(text: str) -> str:
    """Prefix `'` to a value a spreadsheet would run as a formula (`restore_cell` undoes it).

    Control characters go first: a worksheet drops them, so `\x01=HYPERLINK(...)` would
    otherwise reach the sheet as a live formula.
    """
    text = _CONTROL.sub("", text)
    return "'" + text if _FORMULA_START.match(text) else text


def restore_cell(text: str) -> str:
    return text[1:] if _QUOTED_FORMULA.match(text) else text


def cell_text(value: object) -> str:
    """A cell as text: Excel numbers without `.0`, dates as ISO, no control characters."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, float):
        text = f"{value:.15g}"
    elif isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    elif isinstance(value, dt.date | dt.time):
        text = value.isoformat()
    else:
        text = str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", restore_cell(text.strip())).strip()


def one_line(text: str, limit: int = 30) -> str:
    """Text for a one-line message: whitespace runs as one space, long text cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "..."


def column_letter(index: int) -> str:
    """Excel's name of the 0-based column `index`: A, B, ..., Z, AA."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    key: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class HeaderMap:
    columns: dict[str, int]  # field -> 0-based column
    labels: dict[str, str]  # field -> its header as the file writes it
    unknown: list[str]
    repeated: list[str]
    named: set[int]  # every column with a header, known or not

    def label(self, field_name: str) -> str:
        return self.labels.get(field_name, HEADERS[field_name])


def map_headers(cells: Sequence[object]) -> HeaderMap:
    """Which column holds which field; unknown and repeated headers are kept to be reported."""
    headers = HeaderMap({}, {}, [], [], set())
    for index, cell in enumerate(cells):
        # A header broken over lines in Excel is shown, and reported, on one line.
        text = one_line(cell_text(cell))
        if not text:
            continue
        headers.named.add(index)
        name = _HEADER_FIELDS.get(header_key(text))
        if name is None:
            headers.unknown.append(text)
        elif name in headers.columns:
            headers.repeated.append(text)
        else:
            headers.columns[name] = index
            headers.labels[name] = text
    return headers


def unnamed_cells(headers: HeaderMap, cells: Sequence[object]) -> set[int]:
    """Columns of `cells` holding something under no header (their content would be lost)."""
    return {
        index
        for index, cell in enumerate(cells)
        if index not in headers.named and cell is not None and cell_text(cell)
    }


@dataclass
class ParsedRow:
    row: int
    values: dict[str, Any]
    problems: list[RowProblem]

    @cached_property
    def name_key(self) -> str:
        return name_key(self.values.get("name", ""))

    @cached_property
    def phone_key(self) -> str | None:
        return phone_key(self.values.get("phone"))

    @property
    def has_contact(self) -> bool:
        return any(self.values.get(name) for name in ("contact", "phone", "wechat", "email"))


def phone_key(phone: str | None) -> str | None:
    """Digits that identify a phone line: +86/0086 and the trunk 0 dropped; 7 digits at least."""
    digits = phone_digits(phone) or ""
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) >= 12:
        digits = digits[2:]
    digits = digits.lstrip("0")
    return digits if len(digits) >= 7 else None


def parse_value(field_name: str, text: str) -> tuple[Any, tuple[str, dict[str, object]] | None]:
    """A non-empty cell's value, or a problem (catalogue key, params)."""
    if field_name == "vip":
        answer = token(text)
        if answer in _YES or answer in _NO:
            return answer in _YES, None
    elif field_name in _CHOICES:
        code = _CHOICES[field_name].get(token(text))
        if code is not None:
            return code, None
    else:
        limit = _LIMITS.get(field_name)
        if limit is not None and len(text) > limit:
            return None, ("error.too_long", {"max": limit})
        return text, None
    return None, (
        "transfer.bad_choice",
        {"value": one_line(text), "choices": choices_shown(field_name)},
    )


def parse_row(row: int, cells: Sequence[object], headers: HeaderMap) -> ParsedRow:
    """The values of one data row, checked like a form: every problem of the row, not the first."""
    parsed = ParsedRow(row, {}, [])
    for name, index in headers.columns.items():
        text = cell_text(cells[index]) if index < len(cells) else ""
        if not text:
            continue
        value, problem = parse_value(name, text)
        if problem:
            parsed.problems.append(RowProblem(row, headers.label(name), *problem))
        else:
            parsed.values[name] = value
    _check_records(parsed, headers)
    return parsed


def _check_records(parsed: ParsedRow, headers: HeaderMap) -> None:
    """The customer and contact rules of csdesk.rules.customers, on the row's fields."""
    values = parsed.values
    found = customer_problems({"name": values.get("name"), "kind": values.get("kind", "direct")})
    if values.get("name") and not parsed.name_key:
        # Nothing but punctuation or a company-type suffix: no way to tell it from another.
        found["name"] = ("transfer.name_no_key", {})
    if parsed.has_contact:
        # Only the phone, WeChat and e-mail checks apply: a contact without a name is named
        # after the customer.
        contact = {name: values.get(name) for name in ("phone", "wechat", "email")}
        found |= contact_problems({"name": "-"} | contact)
    taken = {problem.column for problem in parsed.problems}
    for name, (key, params) in found.items():
        column = headers.label(name)
        if column not in taken:
            parsed.problems.append(RowProblem(parsed.row, column, key, params))


@dataclass(frozen=True)
class Match:
    """A row that names a customer already known: in the store (target = customer id) or
    earlier in the file (target = that row's number)."""

    in_store: bool
    by: str  # name | phone
    target: int


def find_matches(
    rows: Sequence[ParsedRow], store_names: Mapping[str, int], store_phones: Mapping[str, int]
) -> dict[int, Match]:
    """Rows naming a known customer: by name key, else by phone; the store before the file."""
    matches: dict[int, Match] = {}
    seen_names: dict[str, int] = {}
    seen_phones: dict[str, int] = {}
    for parsed in rows:
        key, phone = parsed.name_key, parsed.phone_key
        candidates = (
            (True, "name", store_names.get(key) if key else None),
            (True, "phone", store_phones.get(phone) if phone else None),
            (False, "name", seen_names.get(key) if key else None),
            (False, "phone", seen_phones.get(phone) if phone else None),
        )
        for in_store, by, target in candidates:
            if target is not None:
                matches[parsed.row] = Match(in_store, by, target)
                break
        if key:
            seen_names.setdefault(key, parsed.row)
        if phone:
            seen_phones.setdefault(phone, parsed.row)
    return matches


@dataclass(frozen=True)
class Action:
    row: int
    action: str  # create | update | skip
    customer_id: int | None = None


def decide(
    rows: Sequence[ParsedRow],
    matches: Mapping[int, Match],
    on_duplicate: str,
    store_labels: Mapping[int, str],
    headers: HeaderMap,
) -> tuple[list[Action], list[RowProblem]]:
    """What each row does under `--on-duplicate`; a duplicate under `error` is a problem.

    `update` changes the stored customer a row matches; two rows updating one customer, or a row
    repeating an earlier row of the file, are problems: which of them should win is unclear.
    """
    actions: list[Action] = []
    problems: list[RowProblem] = []
    updated_by: dict[int, int] = {}
    for parsed in rows:
        match = matches.get(parsed.row)
        if match is None:
            actions.append(Action(parsed.row, "create"))
        elif on_duplicate == "skip":
            actions.append(Action(parsed.row, "skip", match.target if match.in_store else None))
        elif on_duplicate == "update" and match.in_store and match.target not in updated_by:
            updated_by[match.target] = parsed.row
            actions.append(Action(parsed.row, "update", match.target))
        else:
            key, params = _duplicate_reason(match, on_duplicate, updated_by, store_labels)
            problems.append(RowProblem(parsed.row, headers.label(match.by), key, params))
    return actions, problems


def _duplicate_reason(
    match: Match, on_duplicate: str, updated_by: Mapping[int, int], store_labels: Mapping[int, str]
) -> tuple[str, dict[str, object]]:
    if not match.in_store:
        return f"transfer.dup_file.{match.by}", {"other": match.target}
    if on_duplicate == "update":
        return "transfer.dup_update_twice", {"other": updated_by[match.target], "id": match.target}
    name = store_labels.get(match.target, "")
    return f"transfer.dup_store.{match.by}", {"id": match.target, "name": name}
