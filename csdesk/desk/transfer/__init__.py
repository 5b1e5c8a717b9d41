"""Customer lists in and out of the desk: import from and export to .csv and .xlsx.

Each name's module is imported when the name is first asked for: every desk that opens reads
`transfer.journal` (an import killed half-way is taken back), which needs none of the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from csdesk.desk.transfer.exporting import export_customers
    from csdesk.desk.transfer.files import Progress
    from csdesk.desk.transfer.importing import (
        ImportResult,
        PlanItem,
        import_customers,
        problem_message,
    )

_HOME = {
    "ImportResult": "importing",
    "PlanItem": "importing",
    "Progress": "files",
    "export_customers": "exporting",
    "import_customers": "importing",
    "problem_message": "importing",
}

__all__ = [
    "ImportResult",
    "PlanItem",
    "Progress",
    "export_customers",
    "import_customers",
    "problem_message",
]


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'csdesk.desk.transfer' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"csdesk.desk.transfer.{module}"), name)
    globals()[name] = value
    return value
