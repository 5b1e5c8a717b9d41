from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlmodel import Session, col

from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import search_keys
from csdesk.desk.demo import FIRST_AGENT, DemoCustomer, build_demo
from csdesk.desk.demo.database import clear_desk_records, desk_record_tables
from csdesk.desk.errors import DeskError
from csdesk.models import Agent, Contact, Customer, Interaction, ShipMonth, Task
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.vocab import REACHED_OUTCOMES
from csdesk.rules.zone import DESK_TZ
from tests.conftest import TEST_PG_URL, TODAY, fresh_store

SIZE = 1500


def _build(path: Path, customers: int, seed: int = 7, **options: object) -> Desk:
    # On PostgreSQL too (CSDESK_TEST_PG): the demo must build there (issue 10).
    desk = open_desk(fresh_store(path), today=TODAY)
    with desk.session() as session:
        build_demo(session, customers, seed, today=TODAY, **options)  # type: ignore[arg-type]
    return desk


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    desk = _build(tmp_path_factory.mktemp("demo") / "demo.db", SIZE)
    yield desk
    desk.engine.dispose()


@pytest.fixture
def session(demo: Desk) -> Iterator[Session]:
    with demo.session() as opened:
        yield opened


def _names_and_tiers(desk: Desk) -> list[tuple[str, str]]:
    with desk.session() as session:
        statement = select(col(Customer.name), col(Customer.tier)).order_by(col(Customer.id))
        return [(name, tier) for name, tier in session.execute(statement).all()]


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    first, again, other = (
        _build(tmp_path / "a.db", 200),
        _build(tmp_path / "b.db", 200),
        _build(tmp_path / "c.db", 200, seed=8),
    )
    try:
        assert _names_and_tiers(first) == _names_and_tiers(again)
        assert _names_and_tiers(first) != _names_and_tiers(other)
        with first.session() as one, again.session() as two:
            count = select(func.count()).select_from(Interaction)
            assert one.execute(count).scalar_one() == two.execute(count).scalar_one()
    finally:
        for desk in (first, again, other):
            desk.engine.dispose()


def test_tier_shares_are_about_5_15_30_50(session: Session) -> None:
    tiers = Counter(session.execute(select(col(Customer.tier))).scalars())
    shares = {tier: tiers[tier] / SIZE for tier in "ABCD"}
    assert shares["A"] == pytest.approx(0.05, abs=0.02)
    assert shares["B"] == pytest.approx(0.15, abs=0.03)
    assert shares["C"] == pytest.approx(0.30, abs=0.04)
    assert shares["D"] == pytest.approx(0.50, abs=0.04)


def test_names_and_phones_are_unique_and_realistic(session: Session) -> None:
    names = list(session.execute(select(col(Customer.name), col(Customer.name_key))).all())
    assert len({name for name, _ in names}) == len({key for _, key in names}) == SIZE
    assert any(name.startswith("中国") and "集团" in name for name, _ in names)
    assert any(name.isascii() for name, _ in names)
    digits = list(session.execute(select(col(Contact.phone_digits))).scalars())
    assert len(digits) == len(set(digits)) >= SIZE
    chinese_owned = (
        select(col(Contact.phone_digits))
        .join(Customer, col(Customer.id) == col(Contact.customer_id))
        .where(col(Customer.ownership) != "foreign")
    )
    mobiles = list(session.execute(chinese_owned).scalars())
    assert mobiles and all(re.fullmatch(r"1[3-9]\d{9}", phone or "") for phone in mobiles)


def test_every_customer_has_one_primary_contact(session: Session) -> None:
    statement = (
        select(
            col(Contact.customer_id),
            func.count(),
            func.count().filter(col(Contact.primary).is_(True)),
        )
        .group_by(col(Contact.customer_id))
        .order_by(col(Contact.customer_id))
    )
    rows = session.execute(statement).all()
    assert len(rows) == SIZE
    assert all(1 <= count <= 3 and primaries == 1 for _, count, primaries in rows)


def test_search_keys_match_what_a_save_computes(session: Session) -> None:
    statement = select(
        col(Customer.name),
        col(Customer.name_pinyin),
        col(Customer.name_initials),
        col(Customer.name_key),
    )
    for name, pinyin, initials, key in session.execute(statement).all():
        assert search_keys(name) == {
            "name_pinyin": pinyin,
            "name_initials": initials,
            "name_key": key,
        }


def test_last_contact_and_reach_are_the_latest_interactions(session: Session) -> None:
    reached = tuple(REACHED_OUTCOMES)
    latest = dict(
        session.execute(
            select(col(Interaction.customer_id), func.max(col(Interaction.at))).group_by(
                col(Interaction.customer_id)
            )
        ).all()
    )
    latest_reached = dict(
        session.execute(
            select(col(Interaction.customer_id), func.max(col(Interaction.at)))
            .where(col(Interaction.outcome).in_(reached))
            .group_by(col(Interaction.customer_id))
        ).all()
    )
    latest_inquiry = dict(
        session.execute(
            select(col(Interaction.customer_id), func.max(col(Interaction.at)))
            .where(col(Interaction.outcome) == "inquiry")
            .group_by(col(Interaction.customer_id))
        ).all()
    )
    rows = session.execute(
        select(
            col(Customer.id),
            col(Customer.last_contact_at),
            col(Customer.last_reached_at),
            col(Customer.last_inquiry_at),
        )
    ).all()
    never = 0
    for customer_id, *on_row in rows:
        expected = [found.get(customer_id) for found in (latest, latest_reached, latest_inquiry)]
        assert on_row == [at and at.replace(tzinfo=dt.UTC) for at in expected], customer_id
        never += on_row[0] is None
    assert 0 < never < SIZE // 5


def test_interactions_fall_on_working_hours_before_today(session: Session) -> None:
    calendar = WorkCalendar()
    times = list(session.execute(select(col(Interaction.at))).scalars())
    assert 7 * SIZE < len(times) < 13 * SIZE
    for at in times[:: max(1, len(times) // 2000)]:
        local = at.astimezone(DESK_TZ)
        assert TODAY - dt.timedelta(days=183) <= local.date() < TODAY
        assert calendar.is_workday(local.date())
        assert dt.time(8, 30) <= local.time() <= dt.time(18, 0)


def test_tiers_set_the_contact_frequency(session: Session) -> None:
    since = dt.datetime.combine(TODAY - dt.timedelta(days=21), dt.time(), tzinfo=DESK_TZ)
    statement = (
        select(col(Customer.tier), func.count())
        .join(Interaction, col(Interaction.customer_id) == col(Customer.id))
        .where(col(Interaction.at) >= since)
        .group_by(col(Customer.tier))
    )
    recent = dict(session.execute(statement).all())
    tiers = Counter(session.execute(select(col(Customer.tier))).scalars())
    per_customer = {tier: recent[tier] / tiers[tier] for tier in "ABCD"}
    # 15 working days: A nearly every day, B most days, C two or three a week, D rarely.
    assert per_customer["A"] > 12 and per_customer["B"] > 9
    assert 5 < per_customer["C"] < 9 and per_customer["D"] < 1


def test_people_of_the_desk(session: Session) -> None:
    agents = {agent.login: agent for agent in session.execute(select(Agent)).scalars()}
    assert agents["zhou"].role == "supervisor"
    assert {"li", "wang", "zhang", "chen", "xin"} <= set(agents)
    assert agents[FIRST_AGENT].group == "direct" and agents["chen"].group == "peer"
    hired = agents["xin"].hired_on
    assert hired is not None and TODAY - dt.timedelta(days=90) < hired <= TODAY
    owners = Counter(session.execute(select(col(Customer.owner_id))).scalars())
    assert None not in owners
    assert set(owners) == {agent.id for agent in agents.values() if agent.role == "agent"}
    assert all(200 <= size <= 300 for size in owners.values())
    peer_kinds = session.execute(
        select(col(Customer.kind)).where(col(Customer.owner_id) == agents["chen"].id)
    ).scalars()
    assert set(peer_kinds) <= {"peer", "agent"}


def test_new_hire_history_before_her_start_is_the_supervisors(session: Session) -> None:
    agents = {agent.login: agent for agent in session.execute(select(Agent)).scalars()}
    xin, zhou = agents["xin"], agents["zhou"]
    assert xin.hired_on is not None
    start = dt.datetime.combine(xin.hired_on, dt.time(), tzinfo=DESK_TZ)
    loggers = session.execute(
        select(col(Interaction.agent_id), col(Interaction.at))
        .join(Customer, col(Customer.id) == col(Interaction.customer_id))
        .where(col(Customer.owner_id) == xin.id)
    ).all()
    assert {agent for agent, at in loggers if at.replace(tzinfo=dt.UTC) < start} == {zhou.id}
    assert {agent for agent, at in loggers if at.replace(tzinfo=dt.UTC) >= start} == {xin.id}


def test_customer_text_that_looks_like_markup(session: Session) -> None:
    notes = list(session.execute(select(col(Customer.notes))).scalars())
    assert "备注 [/] 结束" in notes
    assert any(note and "[urgent]" in note for note in notes)


def test_dormant_and_shipping_dates_follow_the_tier(session: Session) -> None:
    quiet = dt.datetime.combine(TODAY - dt.timedelta(days=90), dt.time(), tzinfo=DESK_TZ)
    dormant = session.execute(
        select(func.count())
        .select_from(Customer)
        .where(col(Customer.last_shipped_on) < TODAY - dt.timedelta(days=90))
        .where(col(Customer.last_contact_at).is_(None) | (col(Customer.last_contact_at) < quiet))
    ).scalar_one()
    assert dormant > SIZE // 20
    monthly_a = session.execute(
        select(func.count())
        .select_from(Customer)
        .where(
            col(Customer.tier) == "A",
            col(Customer.last_shipped_on) >= TODAY - dt.timedelta(days=31),
        )
    ).scalar_one()
    a_total = session.execute(
        select(func.count()).select_from(Customer).where(col(Customer.tier) == "A")
    ).scalar_one()
    assert monthly_a >= 0.85 * a_total
    unordered = session.execute(
        select(func.count())
        .select_from(Customer)
        .where(col(Customer.first_shipped_on) > col(Customer.last_shipped_on))
    ).scalar_one()
    assert unordered == 0


def test_the_call_lists_demo_records_come_with_it(session: Session) -> None:
    callbacks = session.execute(
        select(func.count()).select_from(Task).where(col(Task.kind) == "callback")
    ).scalar_one()
    agents = session.execute(
        select(func.count()).select_from(Agent).where(col(Agent.role) == "agent")
    ).scalar_one()
    assert callbacks == 4 * agents
    assert session.execute(select(func.count()).select_from(ShipMonth)).scalar_one() > SIZE // 5


@pytest.mark.skipif(bool(TEST_PG_URL), reason="reads SQLite's catalogue")
def test_indexes_survive_the_bulk_load(demo: Desk, tmp_path: Path) -> None:
    empty = open_desk(tmp_path / "empty.db", today=TODAY)
    query = text("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
    try:
        with empty.session() as fresh, demo.session() as built:
            assert list(built.execute(query).scalars()) == list(fresh.execute(query).scalars())
    finally:
        empty.engine.dispose()


def test_refuses_a_store_with_people_or_customers(desk: Desk) -> None:
    with desk.session() as session, pytest.raises(DeskError) as refused:
        build_demo(session, 50, today=TODAY)
    assert refused.value.key == "demo.not_empty"
    with desk.session() as session:
        assert session.execute(select(func.count()).select_from(Customer)).scalar_one() == 0


def test_extensions_run_after_the_core_data_with_their_own_rng(tmp_path: Path) -> None:
    seen: list[tuple[int, float, int]] = []

    def generate(
        session: Session, rng: random.Random, today: dt.date, customers: Sequence[DemoCustomer]
    ) -> None:
        stored = session.execute(select(func.count()).select_from(Customer)).scalar_one()
        seen.append((len(customers), rng.random(), stored))
        assert today == TODAY and customers[0].id == 1 and customers[0].owner_id

    stages: list[str] = []
    for name in ("a.db", "b.db"):
        desk = _build(
            tmp_path / name,
            120,
            extensions=(generate,),
            progress=lambda stage, done, total: stages.append(stage),
        )
        desk.engine.dispose()
    assert seen[0] == seen[1] and seen[0][0] == seen[0][2] == 120
    assert seen[0][1] != random.Random(7).random()
    assert stages[0] == "customers" and stages[-1] == generate.__module__.rsplit(".", 1)[-1]


def test_clearing_removes_people_and_their_records_only(tmp_path: Path) -> None:
    desk = _build(tmp_path / "clear.db", 60)
    try:
        names = {table.name for table in desk_record_tables()}
        assert {"agent", "customer", "contact", "interaction", "task"} <= names
        assert not names & {"port", "lane", "containertype", "calendarday", "desksetting"}
        with desk.session() as session:
            clear_desk_records(session)
        with desk.session() as session:
            for table in ("agent", "customer", "interaction"):
                assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
            assert session.execute(text("SELECT count(*) FROM port")).scalar_one() > 0
    finally:
        desk.engine.dispose()


def test_a_desk_writes_its_own_rows_after_the_demo(tmp_path: Path) -> None:
    """On PostgreSQL the demo writes explicit ids; each table's sequence must then continue
    past them, or an agent's first call, inquiry or customer collides (issue 10)."""
    from csdesk.desk.call_log import log_call
    from csdesk.desk.customers import create_customer
    from csdesk.desk.inquiries import create_inquiry
    from csdesk.models import Inquiry

    desk = _build(tmp_path / "after.db", 60)
    try:
        moment = dt.datetime.combine(TODAY, dt.time(9), tzinfo=DESK_TZ)
        with desk.session() as session:
            agent_id = session.execute(select(Agent.id).where(col(Agent.login) == "li")).scalar()
            customer = create_customer(session, {"name": "演示之后的新客户"})
            assert customer.id is not None
            log_call(
                session,
                customer.id,
                agent_id,
                "reached",
                moment,
                calendar=desk.calendar,
                now=moment,
            )
            create_inquiry(session, customer.id, agent_id, moment, {"pol": "宁波"})
        with desk.session() as session:
            for model in (Customer, Interaction, Inquiry):
                ids = session.execute(select(model.id)).scalars().all()  # type: ignore[attr-defined]
                assert len(ids) == len(set(ids))
    finally:
        desk.engine.dispose()
