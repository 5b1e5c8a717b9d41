"""Errors a user can act on. The message is looked up in the user's language when shown."""

from __future__ import annotations

import errno
from pathlib import Path

from csdesk.i18n import t


class DeskError(Exception):
    """A refusal with a catalogue key and parameters; `str()` gives the translated message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str | None = None) -> str:
        return t(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message()


# The reasons a file cannot be written that a user can act on, told in their language.
_OS_REASONS = {
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "not_folder",
    errno.EEXIST: "not_folder",  # a folder to create is a file already
    errno.EACCES: "no_permission",
    errno.EPERM: "no_permission",
    errno.EROFS: "read_only",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EISDIR: "is_folder",
}


def cannot_write(path: Path | str, error: OSError) -> DeskError:
    """A file the user named (a backup, an export, a restored store) that could not be written.

    Named as the user gave it, not as the temporary file beside it that failed."""
    reason = _OS_REASONS.get(error.errno or 0)
    words = t(f"error.os.{reason}") if reason else (error.strerror or type(error).__name__)
    return DeskError("error.file_write", path=str(path), reason=words)


# Where the catalogues keep a field's label, most general first.
_FIELD_LABELS = ("field.", "shipment.field.", "intake.field.", "quote.field.")


def field_label(field: str) -> str:
    """A field as the user reads it (结算日, not settlement_day), in the current language."""
    for prefix in _FIELD_LABELS:
        label = t(prefix + field)
        if label != prefix + field:
            return label
    return field.replace("_", " ")


class NotFoundError(DeskError):
    pass


class ValidationError(DeskError):
    """One or more fields are wrong; `problems` maps field name to a translated reason."""

    def __init__(self, problems: dict[str, str]) -> None:
        detail = "; ".join(f"{field_label(field)}: {reason}" for field, reason in problems.items())
        super().__init__("error.validation", detail=detail)
        self.problems = problems


class ConflictError(DeskError):
    """Another agent saved the same record first; `changes` lists (field, theirs) pairs, `by`
    names the agent ("李娜 (li)") and `at` the time of their save, when the row says them."""

    def __init__(
        self,
        record: str,
        changes: list[tuple[str, object]],
        by: str | None = None,
        at: str | None = None,
    ) -> None:
        names = ", ".join(f"{field_label(field)} {value!s}" for field, value in changes) or "-"
        if by and at:
            super().__init__("error.conflict_by", record=record, changes=names, by=by, at=at)
        else:
            super().__init__("error.conflict", record=record, changes=names)
        self.record = record
        self.changes = changes
        self.by = by
        self.at = at
