"""What a demo build hands to extensions and returns to its caller."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple


class DemoCustomer(NamedTuple):
    """One demo customer as extensions see it (the full row is in the store)."""

    id: int
    owner_id: int
    kind: str  # direct | peer | agent
    tier: str  # A-D
    ownership: str  # soe | central_soe | private | foreign
    vip: bool
    first_shipped_on: dt.date | None
    last_shipped_on: dt.date | None


@dataclass(frozen=True)
class DemoSummary:
    agents: int
    customers: int
    contacts: int
    interactions: int
    supervisor: str
    new_hire: str
    first_agent: str
    tiers: dict[str, int] = field(default_factory=dict)
