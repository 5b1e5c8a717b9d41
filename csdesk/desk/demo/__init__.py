"""Demo data: a whole desk, deterministic for a seed, built into an empty store in one transaction.

`build_demo(session, customers, seed, today=...)` creates:
- the people of csdesk.desk.demo.roster: supervisor `zhou`, book agents `li`, `wang`, `zhang`,
  `chen` (peer group), `liu`, ... (about one per 250 customers, every fourth in the peer
  group), and the new hire `xin`, hired 35 days before `today`. Logins are the same at every
  size; `li` (FIRST_AGENT) is the first direct agent, the one `csdesk demo` opens the desk as;
- customers with Chinese and foreign names, tiers about A 5% B 15% C 30% D 50%, 1-3 contacts
  each with unique phones, and about 10 interactions each over the six months before `today`;
  the last contact, reach and inquiry are written on the customer row (csdesk.desk.demo.book,
  csdesk.desk.demo.history). 100,000 customers give about 1,000,000 interactions.

Everything comes from `random.Random(seed)` and `today`: no global RNG, no clock.

Extensions: a feature adds its demo records (inquiries, quotes, shipments...) in a module
`csdesk/desk/demo/<area>.py` with

    def generate(session: Session, rng: random.Random, today: dt.date,
                 customers: Sequence[DemoCustomer]) -> None

and lists its `generate` in EXTENSIONS below, after what it depends on. It runs after the core
data, in the same transaction, with its own `random.Random(f"{seed}:{module name}")` (adding one
extension never changes another's data). `customers` holds every demo customer as a
csdesk.desk.demo.records.DemoCustomer (id, owner_id, kind, tier, ownership, vip, first and last
shipped dates); agents are in the store (Agent.login as documented above). For thousands of rows
use csdesk.desk.demo.bulk.BulkInsert, as the core data does.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import func, insert, select, text
from sqlmodel import Session

from csdesk.desk.context import demo_moment
from csdesk.desk.demo import (
    calls,
    inquiries,
    kpi_history,  # issue 14: a year of sailings, rates, targets
    money,
    quote_history,
    quotes,
    shipments,
)
from csdesk.desk.demo.book import CONTACT_COLUMNS, CUSTOMER_COLUMNS, BookMaker
from csdesk.desk.demo.bulk import BulkInsert
from csdesk.desk.demo.history import INTERACTION_COLUMNS, Handover, History
from csdesk.desk.demo.naming import NameMaker
from csdesk.desk.demo.records import DemoCustomer, DemoSummary
from csdesk.desk.demo.roster import FIRST_AGENT, NEW_HIRE, SUPERVISOR, DemoAgent, roster
from csdesk.desk.errors import DeskError
from csdesk.desk.opening import DEMO_RECORD_KEY
from csdesk.models import Agent, Customer, DeskSetting, metadata
from csdesk.rules.zone import DESK_TZ
from csdesk.store.clock import clock_before

Progress = Callable[[str, int, int], None]
Extension = Callable[[Session, random.Random, dt.date, Sequence[DemoCustomer]], None]

EXTENSIONS: tuple[Extension, ...] = (
    calls.generate,
    inquiries.generate,
    shipments.generate,
    quotes.generate,
    money.generate,  # issue 13: after the shipments it invoices
    kpi_history.generate,
    quote_history.generate,  # after every extension that writes shipments: it books them
)
_BULK_TABLES = ("customer", "contact", "interaction")
# Customers per written batch (about 10,000 interactions); progress is reported per batch.
BATCH = 1000
# The DeskSetting where a build records what it built (csdesk demo reuses a matching store).
RECORD_KEY = DEMO_RECORD_KEY

__all__ = [
    "EXTENSIONS",
    "FIRST_AGENT",
    "DemoCustomer",
    "DemoSummary",
    "build_demo",
    "demo_moment",
    "demo_record",
]


def _refuse_non_empty(session: Session) -> None:
    customers = session.execute(select(func.count()).select_from(Customer)).scalar_one()
    agents = session.execute(select(func.count()).select_from(Agent)).scalar_one()
    if customers or agents:
        raise DeskError("demo.not_empty", customers=customers, agents=agents)


def _insert_agents(session: Session, agents: list[DemoAgent]) -> None:
    """The people, each on the desk since the morning of their hire day."""
    rows = []
    for agent in agents:
        joined = dt.datetime.combine(agent.hired_on, dt.time(9), tzinfo=DESK_TZ)
        rows.append(
            {
                "id": agent.id,
                "login": agent.login,
                "name": agent.name,
                "role": agent.role,
                "group": agent.group,
                "hired_on": agent.hired_on,
                "active": True,
                "created_at": joined,
                "updated_at": joined,
                "version": 1,
            }
        )
    session.execute(insert(Agent), rows)


def _advance_sequences(session: Session) -> None:
    """PostgreSQL's id sequences do not see explicit ids; move each past its table's rows.

    Every table with a serial id, after each part of the build: the extensions write explicit
    ids too (inquiries, quotes, shipments), and an agent's first own row must not collide.
    """
    if session.connection().dialect.name != "postgresql":
        return
    for table in metadata.sorted_tables:
        id_column = table.columns.get("id")
        if id_column is None or not id_column.primary_key or not id_column.autoincrement:
            continue
        sequence = f"pg_get_serial_sequence('{table.name}', 'id')"
        session.execute(
            text(
                f"SELECT setval({sequence}, max_id) FROM "
                f"(SELECT max(id) AS max_id FROM {table.name}) AS m WHERE max_id IS NOT NULL"
            )
        )


@contextmanager
def _indexes_built_after(session: Session) -> Iterator[None]:
    """Load the big tables without their secondary indexes, then build those once.

    Keeping the indexes of 100,000 customers and 1,000,000 interactions current row by row
    costs about twice the load; one sorted build per index is cheaper. The store is empty
    (build_demo refuses any other) and DDL is transactional, so a failed build leaves the
    indexes as they were.
    """
    connection = session.connection()
    indexes = [index for name in _BULK_TABLES for index in metadata.tables[name].indexes]
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)


class _Writers:
    def __init__(self, session: Session) -> None:
        self.customers = BulkInsert(session, "customer", CUSTOMER_COLUMNS)
        self.contacts = BulkInsert(session, "contact", CONTACT_COLUMNS)
        self.interactions = BulkInsert(session, "interaction", INTERACTION_COLUMNS)


def _write_customers(
    session: Session,
    rng: random.Random,
    today: dt.date,
    agents: list[DemoAgent],
    count: int,
    progress: Progress | None,
) -> tuple[list[DemoCustomer], _Writers]:
    from csdesk.desk.reference import load_calendar

    out = _Writers(session)
    books = [agent for agent in agents if agent.owns_book]
    new_hire = next(agent for agent in agents if agent.login == NEW_HIRE[0])
    supervisor = next(agent for agent in agents if agent.login == SUPERVISOR[0])
    history = History(rng, load_calendar(session), today, out.interactions.converter("at"))
    handover = Handover(history.first_day_from(new_hire.hired_on), supervisor.id)
    maker = BookMaker(rng, NameMaker(rng), today, out.customers, out.contacts)
    demo_customers: list[DemoCustomer] = []
    for start in range(0, count, BATCH):
        customer_rows, contact_rows, interaction_rows = [], [], []
        for customer_id in range(start + 1, min(count, start + BATCH) + 1):
            owner = books[(customer_id - 1) * len(books) // count]
            handed = owner is new_hire
            profile = maker.profile(customer_id, owner, handed)
            tier = profile.summary.tier
            rows, latest = history.customer(
                customer_id, owner.id, tier, profile.dormant, handover if handed else None
            )
            customer_rows.append(maker.row(profile, latest))
            contact_rows.extend(maker.contacts(profile))
            interaction_rows.extend(rows)
            demo_customers.append(profile.summary)
        out.customers.write(customer_rows)
        out.contacts.write(contact_rows)
        out.interactions.write(interaction_rows)
        if progress is not None:
            progress("customers", len(demo_customers), count)
    return demo_customers, out


def build_demo(
    session: Session,
    customers: int = 3000,
    seed: int = 7,
    *,
    today: dt.date,
    progress: Progress | None = None,
    extensions: Sequence[Extension] = EXTENSIONS,
) -> DemoSummary:
    """Fill an empty store with a demo desk (see the module docstring); refuses a used store.
    Whatever the desk stamps by itself while building is stamped just before the demo's moment,
    not at the wall clock's time."""
    if customers < 1:
        raise DeskError("demo.bad_size")
    with clock_before(demo_moment(today)):
        return _build(session, customers, seed, today, progress, extensions)


def _build(
    session: Session,
    customers: int,
    seed: int,
    today: dt.date,
    progress: Progress | None,
    extensions: Sequence[Extension],
) -> DemoSummary:
    from csdesk.store.migrate import HEAD_REVISION

    _refuse_non_empty(session)
    rng = random.Random(seed)
    agents = roster(customers, today)
    _insert_agents(session, agents)
    with _indexes_built_after(session):
        demo_customers, out = _write_customers(session, rng, today, agents, customers, progress)
    _advance_sequences(session)
    for extension in extensions:
        name = extension.__module__.rsplit(".", 1)[-1]
        if progress is not None:
            progress(name, 0, 1)
        extension(session, random.Random(f"{seed}:{name}"), today, demo_customers)
        _advance_sequences(session)
        if progress is not None:
            progress(name, 1, 1)
    record = {
        "customers": customers,
        "seed": seed,
        "today": today.isoformat(),
        "schema": [HEAD_REVISION],
    }
    session.merge(DeskSetting(key=RECORD_KEY, value=json.dumps(record)))
    session.flush()
    return DemoSummary(
        agents=len(agents),
        customers=customers,
        contacts=out.contacts.rows_written,
        interactions=out.interactions.rows_written,
        supervisor=SUPERVISOR[0],
        new_hire=NEW_HIRE[0],
        first_agent=FIRST_AGENT,
        tiers=dict(sorted(Counter(customer.tier for customer in demo_customers).items())),
    )


def demo_record(session: Session) -> dict[str, object] | None:
    """What the last demo build wrote into this store, or None for a store that is not a demo."""
    setting = session.get(DeskSetting, RECORD_KEY)
    if setting is None:
        return None
    try:
        record = json.loads(setting.value)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None
