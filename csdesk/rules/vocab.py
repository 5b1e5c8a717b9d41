"""The closed vocabularies of the desk, shared by models, forms, imports and the CLI."""

from __future__ import annotations

AGENT_ROLES = ("agent", "supervisor")
AGENT_GROUPS = ("direct", "peer")
CUSTOMER_KINDS = ("direct", "peer", "agent")
TIERS = ("A", "B", "C", "D")
OWNERSHIPS = ("soe", "central_soe", "private", "foreign")
CREDIT_TERMS = ("prepaid", "monthly")
SOURCES = ("leadership", "departed_sales", "dormant_pool", "own", "vip")
CHANNELS = ("phone", "wechat", "visit", "email")
OUTCOMES = (
    "reached",
    "no_answer",
    "busy",
    "callback_agreed",
    "wrong_number",
    "inquiry",
    "visit_booked",
)
# Outcomes that mean the customer was actually spoken to.
REACHED_OUTCOMES = frozenset({"reached", "callback_agreed", "inquiry", "visit_booked"})
