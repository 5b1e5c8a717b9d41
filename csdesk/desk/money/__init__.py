"""Money the agent must know and act on (issue 13): invoices, payments, ageing, the chase, the
B/L release and hold, deposits, rebates and the statement. Finance keeps the ledger; this keeps
what the desk needs, in integer minor units of one currency, never converted.

Each name's module is imported when the name is first asked for: the call list needs only
`raise_money_tasks`, and the whole package cost it about 100 ms at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from csdesk.desk.money.ageing import (
        AgeingTotals,
        CustomerAgeing,
        ageing_totals,
        customer_ageing_page,
        overdue_minor,
    )
    from csdesk.desk.money.bl import release_bl, release_preview, set_bl_no
    from csdesk.desk.money.chase import chase_levels, set_chase_levels, sweep_chase
    from csdesk.desk.money.extras import (
        add_deposit,
        approve_rebate,
        pay_rebate,
        raise_money_tasks,
        refund_deposit,
        request_rebate,
        sweep_rebates,
        sweep_refunds,
    )
    from csdesk.desk.money.holds import decline_hold, hold_bl, propose_hold
    from csdesk.desk.money.invoicing import live_invoices, sync_invoices
    from csdesk.desk.money.payments import (
        ImportOutcome,
        PaymentInput,
        import_payments,
        record_payment,
        reverse_payment,
    )
    from csdesk.desk.money.proposal_rows import ProposalRow, open_proposals
    from csdesk.desk.money.statement import (
        Statement,
        build_statement,
        export_statement,
        statement_text,
    )

_HOME = {
    "AgeingTotals": "ageing",
    "CustomerAgeing": "ageing",
    "ImportOutcome": "payments",
    "PaymentInput": "payments",
    "ProposalRow": "proposal_rows",
    "Statement": "statement",
    "add_deposit": "extras",
    "ageing_totals": "ageing",
    "approve_rebate": "extras",
    "build_statement": "statement",
    "chase_levels": "chase",
    "customer_ageing_page": "ageing",
    "decline_hold": "holds",
    "export_statement": "statement",
    "hold_bl": "holds",
    "import_payments": "payments",
    "live_invoices": "invoicing",
    "open_proposals": "proposal_rows",
    "overdue_minor": "ageing",
    "pay_rebate": "extras",
    "propose_hold": "holds",
    "raise_money_tasks": "extras",
    "record_payment": "payments",
    "refund_deposit": "extras",
    "release_bl": "bl",
    "release_preview": "bl",
    "request_rebate": "extras",
    "reverse_payment": "payments",
    "set_bl_no": "bl",
    "set_chase_levels": "chase",
    "statement_text": "statement",
    "sweep_chase": "chase",
    "sweep_rebates": "extras",
    "sweep_refunds": "extras",
    "sync_invoices": "invoicing",
}

__all__ = [
    "AgeingTotals",
    "CustomerAgeing",
    "ImportOutcome",
    "PaymentInput",
    "ProposalRow",
    "Statement",
    "add_deposit",
    "ageing_totals",
    "approve_rebate",
    "build_statement",
    "chase_levels",
    "customer_ageing_page",
    "decline_hold",
    "export_statement",
    "hold_bl",
    "import_payments",
    "live_invoices",
    "open_proposals",
    "overdue_minor",
    "pay_rebate",
    "propose_hold",
    "raise_money_tasks",
    "record_payment",
    "refund_deposit",
    "release_bl",
    "release_preview",
    "request_rebate",
    "reverse_payment",
    "set_bl_no",
    "set_chase_levels",
    "statement_text",
    "sweep_chase",
    "sweep_rebates",
    "sweep_refunds",
    "sync_invoices",
]


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'csdesk.desk.money' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"csdesk.desk.money.{module}"), name)
    globals()[name] = value
    return value
