"""Customers, inquiries and rate sheets for the quote tests."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlmodel import Session

from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import AgentInfo, Desk
from csdesk.desk.customers import create_customer
from csdesk.desk.rate_import import ImportResult, import_rates
from csdesk.models import Inquiry, InquiryContainer

HEADER = [
    "carrier", "pol", "pod", "container", "buy", "sell", "min_sell", "currency",
    "valid_from", "valid_to", "source", "approved", "surcharges", "transit_days",
]  # fmt: skip
# Minimums end in 5 so that no price, cost or surcharge of these tests ever equals one; they sit
# between cost and cost plus the default 10% margin, as a lines department sets them.
SHEET = [
    ["COSCO", "宁波", "拉各斯", "40HQ", "1500", "1850", "1605", "USD", "2026-11-20", "2026-12-31",
     "company", "", "THC CNY 1100; DOC CNY 450/票", "35"],
    ["MSC", "CNNGB", "NGLOS", "40HQ", "1450", "1900", "1555", "USD", "2026-11-20", "2026-12-20",
     "company", "", "THC CNY 1100", "38"],
    ["CMA", "CNNGB", "NGLOS", "20GP", "900", "1150", "965", "USD", "2026-11-20", "2026-12-31",
     "company", "", "", "35"],
    ["PIL", "CNNGB", "NGLOS", "40HQ", "1200", "1500", "1275", "USD", "2026-11-20", "2026-12-31",
     "self", "", "", ""],
    ["COSCO", "CNNGB", "NGLOS", "LCL", "40", "65", "42.5", "USD", "2026-11-20", "2026-12-31",
     "company", "", "", "40"],
]  # fmt: skip
MINIMUMS = ("1605", "1555", "965", "1275", "42.5")


def write_sheet(path: Path, rows: Sequence[Sequence[Any]], header: Sequence[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def import_sheet(
    desk: Desk, path: Path, rows: Sequence[Sequence[Any]] = SHEET, today: dt.date | None = None
) -> ImportResult:
    write_sheet(path, rows)
    with desk.session() as session:
        result = import_rates(session, path, today or desk.today)
    assert result.ok, result.problem_lines("en")
    return result


def actor(desk: Desk, login: str) -> AgentInfo:
    with desk.session() as session:
        return AgentInfo.of(agent_by_login(session, login))


def add_customer(desk: Desk, name: str, kind: str = "direct", owner: str = "li") -> int:
    with desk.session() as session:
        owner_id = agent_by_login(session, owner).id
        customer = create_customer(session, {"name": name, "kind": kind, "owner_id": owner_id})
        session.flush()
        assert customer.id is not None
        return customer.id


def add_inquiry(
    session: Session,
    customer_id: int,
    agent_id: int | None,
    *,
    containers: Sequence[tuple[str, int]] = (("40HQ", 2),),
    mode: str = "FCL",
    pol: str = "CNNGB",
    pod: str = "NGLOS",
    received_at: dt.datetime | None = None,
    **fields: Any,
) -> int:
    received = received_at or dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
    inquiry = Inquiry(
        customer_id=customer_id,
        agent_id=agent_id,
        received_at=received,
        status="open",
        mode=mode,
        pol=pol,
        pod=pod,
        commodity=fields.pop("commodity", "汽车配件"),
        sla_due_at=received + dt.timedelta(minutes=5),
        **fields,
    )
    session.add(inquiry)
    session.flush()
    assert inquiry.id is not None
    for position, (code, quantity) in enumerate(containers):
        session.add(
            InquiryContainer(
                inquiry_id=inquiry.id, position=position, type_code=code, quantity=quantity
            )
        )
    session.flush()
    return inquiry.id


def inquiry_for(desk: Desk, customer_id: int, agent: str = "li", **options: Any) -> int:
    with desk.session() as session:
        agent_id = agent_by_login(session, agent).id
        return add_inquiry(session, customer_id, agent_id, **options)
