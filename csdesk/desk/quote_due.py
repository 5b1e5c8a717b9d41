"""Whether quote housekeeping has anything to do, asked with one Core query over indexes.

Reading the quote list runs the housekeeping (expiries, provisional reminders, H62), whose
module pulls in the whole quote flow (shipments, inquiries, audit): about 60 ms a CLI run paid
even on the days when nothing expires. The flow is imported only when this says there is work.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, bindparam, text

from csdesk.desk.quote_rows import OPEN_STATUSES, SOURCE_TABLE

# The same conditions as quote_flow.expire_due_quotes and ensure_update_tasks.
_DUE = text(
    "SELECT 1 FROM quote WHERE status IN :open AND (valid_until < :today OR "
    "(provisional = :yes AND id NOT IN (SELECT source_id FROM task WHERE source_table = :source "
    "AND kind = 'quote_update' AND done_at IS NULL))) LIMIT 1"
).bindparams(
    bindparam("open", expanding=True),
    bindparam("today", type_=Date),
    bindparam("yes", type_=Boolean),
)


def housekeeping_due(connection: Any, today: dt.date) -> bool:
    """Whether an open quote expires or an open provisional quote lacks its update task.

    `connection` is a Connection or a Session: anything with `execute(text)`.
    """
    params = {"open": list(OPEN_STATUSES), "today": today, "yes": True, "source": SOURCE_TABLE}
    return connection.execute(_DUE, params).first() is not None
