"""Issue 10 at the desk level: control characters, export formulas, the tier review seeing a
WeChat inquiry, and two supervisors changing one customer at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update
from sqlmodel import Session, col

from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import DESK_TZ, AgentInfo, Desk
from csdesk.desk.customers import create_customer, resolve_customer, update_customer
from csdesk.desk.errors import ConflictError
from csdesk.desk.inquiries import create_inquiry
from csdesk.desk.inquiry_add import add_from_text
from csdesk.desk.tiers import hand_over_d, set_owner, set_tier, tier_history, tier_review
from csdesk.desk.transfer import export_customers
from csdesk.models import Customer
from tests.conftest import TEST_PG_URL, TODAY

FORMULA = '=HYPERLINK("http://evil.example","点我")'


def supervisor(desk: Desk) -> AgentInfo:
    with desk.session() as session:
        return AgentInfo.of(agent_by_login(session, "lead"))


def new_customer(desk: Desk, name: str, tier: str = "D") -> int:
    with desk.session() as session:
        owner_id = agent_by_login(session, "li").id
        customer = create_customer(session, {"name": name, "tier": tier, "owner_id": owner_id})
        assert customer.id is not None
        return customer.id


def stored(desk: Desk, customer_id: int) -> Customer:
    with desk.session() as session:
        return resolve_customer(session, customer_id)


def test_control_characters_never_reach_a_stored_name(desk: Desk) -> None:
    customer_id = new_customer(desk, "\x01" + FORMULA + "\x1b[2J")
    assert stored(desk, customer_id).name == FORMULA + "[2J"
    with desk.session() as session:
        customer = resolve_customer(session, customer_id)
        update_customer(
            session, customer_id, customer.version, {"name": customer.name},
            {"name": "甲\x1b]52;c;aGk=\x07乙\n丙", "notes": "第一行\n第二\x07行"},
        )  # fmt: skip
    customer = stored(desk, customer_id)
    assert customer.name == "甲]52;c;aGk=乙 丙"
    assert customer.notes == "第一行\n第二行"


# NUL too, on SQLite (PostgreSQL text cannot hold it at all).
NUL = [] if TEST_PG_URL else ["\x00"]


@pytest.mark.parametrize("prefix", ["\x01", *NUL, "\x1b", "\x7f", "\x9b", "\x01\x02"])
def test_a_control_character_prefix_cannot_slip_a_formula_into_an_xlsx(
    desk: Desk, tmp_path: Path, prefix: str
) -> None:
    customer_id = new_customer(desk, "占位")
    with desk.session() as session:
        # As an older csdesk or another program may have stored it.
        session.execute(
            update(Customer).where(col(Customer.id) == customer_id).values(name=prefix + FORMULA)
        )
    path = tmp_path / "out.xlsx"
    with desk.session() as session:
        export_customers(session, path)
    sheet = load_workbook(path).worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert sheet.cell(row=2, column=1).value == "'" + FORMULA


@pytest.mark.parametrize("by_text", [False, True])
def test_an_inquiry_makes_a_d_customer_a_c_candidate(desk: Desk, by_text: bool) -> None:
    customer_id = new_customer(desk, "微信询价公司", "D")
    received = dt.datetime.combine(TODAY, dt.time(10), tzinfo=DESK_TZ)
    with desk.session() as session:
        if by_text:
            add_from_text(session, customer_id, None, received, "宁波到拉各斯 2x40HQ 家具")
        else:
            create_inquiry(session, customer_id, None, received, {"pol": "宁波"}, channel="wechat")
    with desk.session() as session:
        rows = {row.customer_id: row for row in tier_review(session, TODAY, DESK_TZ)}
    assert rows[customer_id].suggested == "C"
    assert stored(desk, customer_id).last_inquiry_at == received


def test_an_older_inquiry_never_moves_last_inquiry_back(desk: Desk) -> None:
    customer_id = new_customer(desk, "补录询价公司")
    later = dt.datetime.combine(TODAY, dt.time(15), tzinfo=DESK_TZ)
    with desk.session() as session:
        create_inquiry(session, customer_id, None, later, {"pol": "宁波"})
        create_inquiry(session, customer_id, None, later - dt.timedelta(days=3), {"pol": "宁波"})
    assert stored(desk, customer_id).last_inquiry_at == later


Write = Callable[[Session, AgentInfo, int], object]
WRITES: dict[str, Write] = {
    "tier": lambda s, actor, cid: set_tier(s, actor, cid, "B", "升级"),
    "owner": lambda s, actor, cid: set_owner(s, actor, cid, "zhao", "转交"),
    "handover": lambda s, actor, cid: hand_over_d(s, actor, [cid], to_login="zhao"),
}
OTHERS: dict[str, Write] = {
    "tier": lambda s, actor, cid: set_tier(s, actor, cid, "C"),
    "owner": lambda s, actor, cid: set_owner(s, actor, cid, "xin"),
}


@pytest.mark.parametrize("slow", sorted(WRITES))
@pytest.mark.parametrize("fast", sorted(OTHERS))
def test_two_supervisors_changing_one_customer_never_lose_a_change(
    desk: Desk, slow: str, fast: str
) -> None:
    lead = supervisor(desk)
    customer_id = new_customer(desk, "两人同改公司", "D")
    with desk.session() as slow_session:
        # The slow supervisor's command has read the customer (and holds it) ...
        read = resolve_customer(slow_session, customer_id)
        name = read.name
        # ... when another supervisor's change is saved.
        with desk.session() as fast_session:
            OTHERS[fast](fast_session, lead, customer_id)
        with pytest.raises(ConflictError) as refused:
            WRITES[slow](slow_session, lead, customer_id)
        slow_session.rollback()
    assert name in refused.value.message()
    customer = stored(desk, customer_id)
    assert (customer.tier, customer.version) == (("C", 2) if fast == "tier" else ("D", 2))
    with desk.session() as session:
        history = tier_history(session, customer_id)
    assert [change.field for change in history] == [fast]
