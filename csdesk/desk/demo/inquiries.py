"""Demo inquiries: one for every call that ended in an inquiry over the last 90 days, and this
morning's queue for every agent, some answered in time, some late, some still waiting; all of it
before the demo's moment (csdesk.desk.context.demo_moment). Every older inquiry got its first
reply; only the last week's may still wait for the customer, so nothing sits open for weeks.

A demo extension: `generate(session, rng, today, customers)` runs after the core data, in the
same transaction. The messages are written the way customers write them, and the stored fields
are the ones the parser reads from them (the missing list comes from the intake rules).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import func, insert, select
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ, demo_moment
from csdesk.desk.intake import check_context
from csdesk.models import Agent, Inquiry, InquiryContainer, Interaction
from csdesk.rules.inquiry_fields import ContainerLine, InquiryFields
from csdesk.rules.intake import CheckContext, check_inquiry
from csdesk.rules.lanes import Asker
from csdesk.rules.sla import due_at

HISTORY_DAYS = 90
STILL_OPEN_DAYS = 7  # an older inquiry was answered and closed one way or the other
TODAY_PER_AGENT = (3, 6)
# (locode, Chinese name, English name) of the ports the desk quotes most.
POLS = (
    ("CNNGB", "宁波", "Ningbo"),
    ("CNSHA", "上海", "Shanghai"),
    ("CNSZX", "深圳", "Shenzhen"),
    ("CNTAO", "青岛", "Qingdao"),
    ("CNTXG", "天津", "Tianjin"),
    ("CNXMN", "厦门", "Xiamen"),
)
PODS = (
    ("NGLOS", "拉各斯", "Lagos", 6),
    ("GHTEM", "特马", "Tema", 4),
    ("TZDAR", "达累斯萨拉姆", "Dar es Salaam", 3),
    ("KEMBA", "蒙巴萨", "Mombasa", 3),
    ("ZADUR", "德班", "Durban", 2),
    ("SAJED", "吉达", "Jeddah", 2),
    ("AEJEA", "迪拜", "Jebel Ali", 2),
    ("INNSA", "那瓦舍瓦", "Nhava Sheva", 2),
    ("BRSSZ", "桑托斯", "Santos", 2),
    ("PECLL", "卡亚俄", "Callao", 1),
    ("MXZLO", "曼萨尼约", "Manzanillo", 1),
    ("VNSGN", "胡志明", "Ho Chi Minh", 1),
    ("DEHAM", "汉堡", "Hamburg", 1),
    ("NLRTM", "鹿特丹", "Rotterdam", 1),
    ("USLAX", "洛杉矶", "Los Angeles", 1),
    ("AUSYD", "悉尼", "Sydney", 1),
)
# (Chinese, English, tons per forty-foot box)
GOODS = (
    ("家具", "furniture", 8),
    ("瓷砖", "tiles", 26),
    ("轮胎", "tyres", 10),
    ("服装", "garments", 7),
    ("机械设备", "machinery", 18),
    ("灯具", "lamps", 6),
    ("建材", "building materials", 22),
    ("日用品", "household goods", 9),
    ("塑料颗粒", "resin", 25),
    ("太阳能板", "solar panels", 11),
    ("油漆", "paint", 16),
    ("汽车配件", "auto parts", 12),
)
# quoted, won and lost mean "answered with a price": csdesk.desk.demo.quote_history writes the
# quote and decides how it ended from the customer's bookings.
STATUS_WEIGHTS = (
    ("quoted", 45),
    ("won", 15),
    ("lost", 20),
    ("declined", 4),
    ("open", 8),
    ("incomplete", 8),
)


class InquiringCustomer(Protocol):
    """Read-only, so the demo's DemoCustomer rows qualify."""

    @property
    def id(self) -> int: ...
    @property
    def owner_id(self) -> int | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def vip(self) -> bool: ...


@dataclass
class _Made:
    values: InquiryFields
    raw_text: str
    channel: str


def _message(rng: random.Random) -> _Made:
    pol = rng.choice(POLS)
    pod = rng.choices(PODS, weights=[weight for *_, weight in PODS])[0]
    zh, en, tons = rng.choice(GOODS)
    shape = rng.random()
    values = InquiryFields(pol=pol[0], pod=pod[0], commodity=zh)
    if shape < 0.7:
        qty, code = rng.choice((1, 1, 1, 2, 2, 3)), rng.choice(("40HQ", "40HQ", "20GP", "40GP"))
        per_box = tons if code != "20GP" else min(tons, 24)
        values.mode, values.containers = "FCL", [ContainerLine(code, qty)]
        text = f"{pol[1]}到{pod[1]} {qty}x{code} {zh}"
        # Some customers leave the weight out: then their message does not say it either (the
        # form shows what was read from it, and the queue must not call complete "待补充").
        if rng.random() < 0.85:
            values.weight_kg = float(per_box * qty * 1000)
            text += f" 每柜{per_box}吨"
    elif shape < 0.9:
        pieces, cbm = rng.randint(2, 20), round(rng.uniform(1, 12), 1)
        values.mode, values.pieces, values.volume_cbm = "LCL", pieces, cbm
        values.weight_kg = float(round(cbm * rng.uniform(150, 400)))
        text = f"{pol[1]}到{pod[1]}拼箱 {pieces}托 {cbm}方 {values.weight_kg:g}kg {zh}"
    else:
        values.mode, values.containers = "SPECIAL", [ContainerLine(rng.choice(("40OT", "40FR")), 1)]
        values.weight_kg = float(tons * 1000)
        text = f"{pol[1]}到{pod[1]} 1x{values.containers[0].type} {zh} {tons}吨 超限"
    if rng.random() < 0.35:
        text = f"Please quote {pol[2]} to {pod[2]}: {text.split(' ', 1)[1]} ({en})"
        return _Made(values, text, "email")
    return _Made(values, text, rng.choice(("wechat", "wechat", "phone")))


def _row(
    made: _Made,
    ctx: CheckContext,
    customer: InquiringCustomer,
    agent_id: int | None,
    received: dt.datetime,
    status: str,
    answered: dt.datetime | None,
) -> dict[str, Any]:
    checked = check_inquiry(made.values, ctx)
    values = checked.fields
    if status in ("open", "incomplete"):
        status = "open" if checked.complete else "incomplete"
    general = not checked.special and not values.dg
    return {
        "customer_id": customer.id,
        "agent_id": agent_id,
        "received_at": received,
        "channel": made.channel,
        "status": status,
        "mode": values.mode,
        "pol": values.pol,
        "pod": values.pod,
        "commodity": values.commodity,
        "weight_kg": values.weight_kg,
        "pieces": values.pieces,
        "volume_cbm": values.volume_cbm,
        "raw_text": made.raw_text,
        "dg": values.dg,
        "missing": "|".join(checked.missing),
        "pending": "",
        "sla_due_at": due_at(received, general),
        "first_response_at": answered,
        "created_at": received,
        "updated_at": answered or received,
        "version": 1,
    }


def _answer(rng: random.Random, received: dt.datetime, late_share: float) -> dt.datetime:
    minutes = rng.uniform(5.5, 40) if rng.random() < late_share else rng.uniform(0.5, 4.8)
    return received + dt.timedelta(minutes=minutes)


def _history(session: Session, today: dt.date) -> list[tuple[int, int | None, dt.datetime]]:
    since = dt.datetime.combine(today - dt.timedelta(days=HISTORY_DAYS), dt.time(), tzinfo=DESK_TZ)
    statement = select(
        col(Interaction.customer_id), col(Interaction.agent_id), col(Interaction.at)
    ).where(col(Interaction.outcome) == "inquiry", col(Interaction.at) >= since)
    return [(row[0], row[1], row[2]) for row in session.execute(statement).all()]


def _contexts(session: Session, today: dt.date) -> dict[tuple[str, bool], CheckContext]:
    base = check_context(session, today, None)
    return {
        (kind, vip): CheckContext(
            today=today,
            ports=base.ports,
            containers=base.containers,
            commodities=base.commodities,
            lanes=base.lanes,
            asker=Asker(kind, vip),
            dg_hints=base.dg_hints,
        )
        for kind in ("direct", "peer", "agent")
        for vip in (False, True)
    }


def generate(
    session: Session,
    rng: random.Random,
    today: dt.date,
    customers: Sequence[InquiringCustomer],
) -> None:
    by_id = {customer.id: customer for customer in customers}
    contexts = _contexts(session, today)
    rows: list[dict[str, Any]] = []
    lines: list[list[ContainerLine]] = []
    statuses, weights = zip(*STATUS_WEIGHTS, strict=True)
    for customer_id, agent_id, at in _history(session, today):
        customer = by_id.get(customer_id)
        if customer is None or at.astimezone(DESK_TZ).date() >= today:
            continue
        made = _message(rng)
        status = rng.choices(statuses, weights=weights)[0]
        if status in ("open", "incomplete") and (today - at.date()).days >= STILL_OPEN_DAYS:
            status = rng.choice(("quoted", "lost"))
        answered = _answer(rng, at, 0.3)
        rows.append(
            _row(
                made,
                contexts[(customer.kind, customer.vip)],
                customer,
                agent_id,
                at,
                status,
                answered,
            )
        )
        lines.append(made.values.containers)
    _this_morning(session, rng, today, customers, contexts, rows, lines)
    _write(session, rows, lines)


def _this_morning(
    session: Session,
    rng: random.Random,
    today: dt.date,
    customers: Sequence[InquiringCustomer],
    contexts: dict[tuple[str, bool], CheckContext],
    rows: list[dict[str, Any]],
    lines: list[list[ContainerLine]],
) -> None:
    """Today's queue: inquiries from 08:30 on, most answered, two still waiting, the last of
    them a few minutes before the demo's moment, its 5-minute clock still running."""
    moment = demo_moment(today)
    agents = session.execute(select(col(Agent.id)).where(col(Agent.role) == "agent")).scalars()
    owned: dict[int, list[InquiringCustomer]] = {}
    for customer in customers:
        if customer.owner_id is not None:
            owned.setdefault(customer.owner_id, []).append(customer)
    for agent_id in agents:
        mine = owned.get(agent_id)
        if not mine:
            continue
        count = rng.randint(*TODAY_PER_AGENT)
        for index in range(count):
            minute = 30 + index * rng.randint(10, 22)
            received = dt.datetime.combine(
                today, dt.time(8 + minute // 60, minute % 60), tzinfo=DESK_TZ
            )
            if index == count - 1:
                received = moment - dt.timedelta(minutes=rng.uniform(1, 3.5))
            customer = rng.choice(mine)
            made = _message(rng)
            waiting = index >= count - 2
            answered = None if waiting else _answer(rng, received, 0.25)
            status = "open" if waiting else rng.choice(("quoted", "quoted", "open"))
            rows.append(
                _row(
                    made,
                    contexts[(customer.kind, customer.vip)],
                    customer,
                    agent_id,
                    received,
                    status,
                    answered,
                )
            )
            lines.append(made.values.containers)


def _write(session: Session, rows: list[dict[str, Any]], lines: list[list[ContainerLine]]) -> None:
    if not rows:
        return
    first = (
        int(session.execute(select(func.coalesce(func.max(col(Inquiry.id)), 0))).scalar_one()) + 1
    )
    for offset, row in enumerate(rows):
        row["id"] = first + offset
    session.execute(insert(Inquiry), rows)
    containers = [
        {
            "inquiry_id": first + offset,
            "position": position,
            "type_code": line.type,
            "quantity": line.qty,
        }
        for offset, made_lines in enumerate(lines)
        for position, line in enumerate(made_lines)
    ]
    if containers:
        session.execute(insert(InquiryContainer), containers)
