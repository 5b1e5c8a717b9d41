"""Customer lists in and out of the desk: import from and export to .csv and .xlsx."""

from __future__ import annotations

from csdesk.desk.transfer.exporting import export_customers
from csdesk.desk.transfer.files import Progress
from csdesk.desk.transfer.importing import (
    ImportResult,
    PlanItem,
    import_customers,
    problem_message,
)

__all__ = [
    "ImportResult",
    "PlanItem",
    "Progress",
    "export_customers",
    "import_customers",
    "problem_message",
]
