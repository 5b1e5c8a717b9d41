"""Releasing the B/L (H56, H60, H95, H100) and who may have a rebate (H99).

The B/L is the forwarder's last security for money owed. It is released when the shipment's
invoices are paid, or the customer is within terms and not overdue past the hold level, or a
deposit covers what is open; otherwise only a supervisor releases it, with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass

RELEASE_BASES = ("paid", "within_terms", "deposit", "supervisor")


@dataclass(frozen=True)
class ReleaseFacts:
    """What the decision looks at, per currency where it is money."""

    invoiced: bool  # the shipment has invoices (it has sailed)
    open_by_currency: dict[str, int]  # the shipment's unpaid amounts
    deposit_by_currency: dict[str, int]  # deposits held on the shipment
    monthly: bool  # the shipment was invoiced on monthly terms
    oldest_overdue_days: int  # the customer's oldest open invoice, days past due (0: none)
    hold_level_days: int  # the chase's hold level (30 by default)
    held: bool  # a hold is on this B/L (trouble bl_held, holder us)
    supervised_customer: bool  # VIP or state-owned: a hold is the supervisor's to release (H60)


@dataclass(frozen=True)
class ReleaseDecision:
    basis: str | None  # paid | within_terms | deposit | supervisor; None: refused
    refusal: str | None = None  # a catalogue key when refused


def _covered(open_by_currency: dict[str, int], deposit_by_currency: dict[str, int]) -> bool:
    """Each currency's open amount covered by a deposit in that same currency (no conversion)."""
    return all(
        deposit_by_currency.get(cur, 0) >= amount for cur, amount in open_by_currency.items()
    )


def release_decision(
    facts: ReleaseFacts, by_supervisor: bool, reason: str | None
) -> ReleaseDecision:
    """Why this B/L may be released, or the one line saying why not."""
    has_reason = bool(reason and reason.strip())
    if not facts.invoiced:
        return _supervised(by_supervisor, has_reason, "money.release.not_invoiced")
    if facts.held and facts.supervised_customer and not by_supervisor:
        return ReleaseDecision(None, "money.release.supervisor_hold")
    owing = {cur: amount for cur, amount in facts.open_by_currency.items() if amount > 0}
    if not owing:
        return ReleaseDecision("paid")
    within = facts.monthly and facts.oldest_overdue_days < facts.hold_level_days
    if within and not facts.held:
        return ReleaseDecision("within_terms")
    if _covered(owing, facts.deposit_by_currency):
        return ReleaseDecision("deposit")
    refusal = "money.release.held" if facts.held else "money.release.unpaid"
    return _supervised(by_supervisor, has_reason, refusal)


def _supervised(by_supervisor: bool, has_reason: bool, refusal: str) -> ReleaseDecision:
    if not by_supervisor:
        return ReleaseDecision(None, refusal)
    if not has_reason:
        return ReleaseDecision(None, "money.release.reason_needed")
    return ReleaseDecision("supervisor")


def rebate_refusal(shipment_open_minor: int, customer_overdue_minor: int) -> str | None:
    """H99: no rebate while the shipment is unpaid or the customer owes anything overdue."""
    if shipment_open_minor > 0:
        return "money.rebate.shipment_unpaid"
    if customer_overdue_minor > 0:
        return "money.rebate.customer_overdue"
    return None
