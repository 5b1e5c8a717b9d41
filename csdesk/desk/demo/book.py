"""One customer of an agent's book: the profile, the row, the contacts.

Tiers are drawn A 5%, B 15%, C 30%, D 50%. The peer group's books hold peer forwarders and
overseas agents; the direct group's, direct shippers (some state-owned, H16). Shipping dates
follow the tier (H87): A ships monthly, B within six months, C now and then, D hardly; the D
customers that shipped long ago are the dormant ones (H11). A few rows break the pattern on
purpose (an A that stopped shipping, a D that ships monthly) for the tier review (H88).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from csdesk.desk.demo import words
from csdesk.desk.demo.bulk import BulkInsert, identity
from csdesk.desk.demo.history import Latest
from csdesk.desk.demo.naming import CompanyName, NameMaker
from csdesk.desk.demo.records import DemoCustomer
from csdesk.desk.demo.roster import DemoAgent
from csdesk.rules.zone import DESK_TZ

TIERS = (("A", 0.05), ("B", 0.15), ("C", 0.30), ("D", 0.50))
VIP_SHARE = {"A": 0.5, "B": 0.08, "C": 0.0, "D": 0.0}
MONTHLY_SHARE = {"A": 0.4, "B": 0.2, "C": 0.05, "D": 0.0}
SOURCES = (("leadership", 0.15), ("departed_sales", 0.2), ("dormant_pool", 0.15), ("own", 0.5))
SETTLEMENT_DAYS = (5, 10, 15, 20, 25, 28)
MARKUP_EVERY = 101
CREATED_AT = dt.time(9)
# Written in stored form already (see BookMaker.row).
_ALREADY_STORED = frozenset(
    {"created_at", "updated_at", "last_contact_at", "last_reached_at", "last_inquiry_at"}
)
T = TypeVar("T")
CUSTOMER_COLUMNS = (
    "created_at", "updated_at", "version", "id", "name", "kind", "tier", "owner_id", "source",
    "ownership", "vip", "credit_terms", "settlement_day", "agreement_end", "wechat", "hobbies",
    "notes", "name_pinyin", "name_initials", "name_key", "last_contact_at", "last_reached_at",
    "last_inquiry_at", "last_shipped_on", "first_shipped_on",
)  # fmt: skip
CONTACT_COLUMNS = (
    "created_at", "updated_at", "version", "customer_id", "name", "phone", "phone_digits",
    "wechat", "email", "role", "primary",
)  # fmt: skip


@dataclass
class Profile:
    """A customer drawn but not yet written: its row waits for the contact history."""

    summary: DemoCustomer
    company: CompanyName
    created: Any  # created_at in stored form
    values: dict[str, Any]
    dormant: bool


def _weighted(rng: random.Random, choices: tuple[tuple[str, float], ...]) -> str:
    point = rng.random()
    for value, weight in choices:
        point -= weight
        if point < 0:
            return value
    return choices[-1][0]


class BookMaker:
    def __init__(
        self,
        rng: random.Random,
        names: NameMaker,
        today: dt.date,
        customers_out: BulkInsert,
        contacts_out: BulkInsert,
    ) -> None:
        self._rng = rng
        self._names = names
        self._today = today
        # Only columns whose type converts (dates, booleans) are passed through a converter.
        self._conversions = [
            (index, converter)
            for index, name in enumerate(CUSTOMER_COLUMNS)
            if name not in _ALREADY_STORED
            and (converter := customers_out.converter(name)) is not identity
        ]
        self._stamp = customers_out.converter("created_at")
        self._primary = contacts_out.converter("primary")

    def _pick(self, items: Sequence[T]) -> T:
        return items[int(self._rng.random() * len(items))]

    def _days_ago(self, low: int, high: int) -> dt.date:
        return self._today - dt.timedelta(days=low + int(self._rng.random() * (high - low + 1)))

    def _kind_and_ownership(self, owner: DemoAgent) -> tuple[str, str]:
        rng = self._rng
        if owner.group == "peer":
            if rng.random() < 0.25:
                return "agent", "foreign"
            return "peer", "foreign" if rng.random() < 0.4 else "private"
        point = rng.random()
        if point < 0.02:
            return "direct", "central_soe"
        return "direct", "soe" if point < 0.08 else "private"

    def _shipping(self, tier: str) -> tuple[dt.date | None, dt.date | None, bool]:
        """(first shipped, last shipped, dormant)."""
        rng, ago = self._rng, self._days_ago
        if tier == "A":
            last = ago(95, 200) if rng.random() < 0.05 else ago(1, 25)
            return ago(400, 3000), last, False
        if tier == "B":
            return ago(300, 2500), ago(10, 170), False
        if tier == "C" and rng.random() < 0.35:
            last = ago(60, 700)
            return last - dt.timedelta(days=int(rng.random() * 900)), last, False
        if tier == "D":
            point = rng.random()
            if point < 0.01:
                return ago(100, 400), ago(1, 30), False
            if point < 0.3:
                last = ago(200, 1500)
                return last - dt.timedelta(days=int(rng.random() * 1200)), last, True
        return None, None, False

    def _terms(self, tier: str, kind: str) -> dict[str, Any]:
        rng = self._rng
        monthly = rng.random() < (0.7 if kind == "agent" else MONTHLY_SHARE[tier])
        if not monthly:
            return {"credit_terms": "prepaid", "settlement_day": None, "agreement_end": None}
        end = self._days_ago(-400, -15) if rng.random() > 0.1 else self._days_ago(1, 60)
        day = self._pick(SETTLEMENT_DAYS)
        return {"credit_terms": "monthly", "settlement_day": day, "agreement_end": end}

    def _extras(self, customer_id: int, company: CompanyName) -> dict[str, Any]:
        rng = self._rng
        wechat = self._names.wechat(company.handle) if rng.random() < 0.45 else None
        hobbies = None
        if rng.random() < 0.2:
            hobbies = "、".join(rng.sample(words.HOBBIES, rng.randint(1, 2)))
        notes = self._pick(words.CUSTOMER_NOTES) if rng.random() < 0.25 else None
        if customer_id % MARKUP_EVERY == 3:
            notes = words.MARKUP_NOTES[(customer_id // MARKUP_EVERY) % len(words.MARKUP_NOTES)]
        return {"wechat": wechat, "hobbies": hobbies, "notes": notes}

    def profile(self, customer_id: int, owner: DemoAgent, handed_over: bool) -> Profile:
        rng = self._rng
        tier = _weighted(rng, TIERS)
        kind, ownership = self._kind_and_ownership(owner)
        company = self._names.company(kind, ownership)
        vip = rng.random() < VIP_SHARE[tier]
        source = "vip" if vip and rng.random() < 0.7 else _weighted(rng, SOURCES)
        if handed_over:
            source = "departed_sales"
        first, last, dormant = self._shipping(tier)
        if dormant and not handed_over and rng.random() < 0.5:
            source = "dormant_pool"
        created_day = min(self._days_ago(190, 2500), first or self._today)
        created = self._stamp(dt.datetime.combine(created_day, CREATED_AT, tzinfo=DESK_TZ))
        values = {
            "id": customer_id, "name": company.name, "kind": kind, "tier": tier,
            "owner_id": owner.id, "source": source, "ownership": ownership, "vip": vip,
            **self._terms(tier, kind), **self._extras(customer_id, company),
            "name_pinyin": company.name_pinyin, "name_initials": company.name_initials,
            "name_key": company.name_key, "last_shipped_on": last, "first_shipped_on": first,
        }  # fmt: skip
        summary = DemoCustomer(customer_id, owner.id, kind, tier, ownership, vip, first, last)
        return Profile(summary, company, created, values, dormant)

    def row(self, profile: Profile, latest: Latest) -> tuple[Any, ...]:
        """The customer row, with the last contact, reach and inquiry of its history."""
        values = profile.values | {
            "created_at": profile.created,
            "updated_at": profile.created,
            "version": 1,
            "last_contact_at": latest.contact,
            "last_reached_at": latest.reached,
            "last_inquiry_at": latest.inquiry,
        }
        row = [values[name] for name in CUSTOMER_COLUMNS]
        for index, converter in self._conversions:
            row[index] = converter(row[index])
        return tuple(row)

    def contacts(self, profile: Profile) -> list[tuple[Any, ...]]:
        rng, names = self._rng, self._names
        foreign = profile.summary.ownership == "foreign"
        roles = {"agent": words.AGENT_ROLES, "peer": words.PEER_ROLES}.get(
            profile.summary.kind, words.DIRECT_ROLES
        )
        code = names.place_code() if foreign else ""
        created = profile.created
        count = 1 if rng.random() < 0.5 else (2 if rng.random() < 0.7 else 3)
        rows = []
        for position in range(count):
            name, handle = names.person_foreign() if foreign else names.person_zh()
            phone, digits = names.foreign_phone(code) if foreign else names.mobile()
            wechat = names.wechat(handle) if rng.random() < (0.2 if foreign else 0.6) else None
            email = None
            if rng.random() < (0.8 if foreign else 0.4):
                email = names.email(handle, profile.company)
            role = roles[0] if position == 0 and rng.random() < 0.4 else self._pick(roles)
            primary = self._primary(position == 0)
            contact = (profile.summary.id, name, phone, digits, wechat, email, role, primary)
            rows.append((created, created, 1, *contact))
        return rows
