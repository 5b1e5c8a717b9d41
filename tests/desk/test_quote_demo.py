"""The quote demo data, and the H8 test: no quote text, export, listing or JSON over the demo
data names the minimum sell price of the rate it was priced from."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.agents import add_agent
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import create_customer
from csdesk.desk.demo.quotes import generate
from csdesk.desk.quote_list import list_quotes, quote_document
from csdesk.desk.quote_text import render_quote_text, text_is_held
from csdesk.desk.rates import latest_rate, rate_json
from csdesk.models import Quote, Rate, Task
from tests.conftest import fresh_store

TODAY = dt.date(2026, 11, 30)


@dataclass
class DemoCustomer:
    id: int
    owner_id: int | None
    kind: str


def build(path: Path, seed: str = "7") -> Desk:
    desk = open_desk(fresh_store(path), today=TODAY)
    rng = random.Random(seed)
    with desk.session() as session:
        people = [
            add_agent(session, "zhou", "周主管", role="supervisor", hired_on=dt.date(2015, 3, 1)),
            add_agent(session, "li", "李娜", hired_on=dt.date(2020, 5, 6)),
            add_agent(session, "chen", "陈晨", group="peer", hired_on=dt.date(2021, 8, 2)),
            add_agent(session, "xin", "新人小陈", hired_on=dt.date(2026, 10, 26)),
        ]
        customers = []
        for number in range(60):
            kind = rng.choice(("direct", "direct", "peer", "agent"))
            owner = people[2] if kind != "direct" else rng.choice((people[1], people[3]))
            row = create_customer(
                session, {"name": f"演示客户{number} [/]", "kind": kind, "owner_id": owner.id}
            )
            session.flush()
            customers.append(DemoCustomer(row.id or 0, owner.id, kind))
        generate(session, random.Random(f"{seed}:quotes"), TODAY, customers)
    return desk


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, Path]]:
    path = tmp_path_factory.mktemp("quote-demo") / "demo.db"
    desk = build(path)
    yield desk, path
    desk.engine.dispose()


def test_quotes_in_every_state_and_rates_for_the_main_lanes(demo: tuple[Desk, Path]) -> None:
    desk, _ = demo
    with desk.session() as session:
        statuses = set(session.execute(select(Quote.status)).scalars())
        assert statuses >= {
            "draft", "in_review", "returned", "approved", "sent", "won", "lost", "expired",
            "replaced",
        }  # fmt: skip
        assert session.execute(select(Quote).where(col(Quote.provisional).is_(True))).first()
        assert session.execute(select(Quote).where(col(Quote.shipment_id).is_not(None))).first()
        lanes = set(session.execute(select(Rate.pod).where(col(Rate.current))).scalars())
        assert {"NGLOS", "KEMBA", "BRSSZ", "THBKK", "CLSAI"} <= lanes
        waiting = session.execute(
            select(Rate).where(col(Rate.source) == "self", col(Rate.approved).is_(False))
        ).first()
        assert waiting is not None
        kinds = set(session.execute(select(Task.kind).where(col(Task.done_at).is_(None))).scalars())
        assert {"quote_follow_up", "quote_update", "quote_new_offer"} <= kinds


def test_the_demo_is_the_same_for_the_same_seed(demo: tuple[Desk, Path], tmp_path: Path) -> None:
    def summary(desk: Desk) -> list[tuple[Any, ...]]:
        with desk.session() as session:
            rows = session.execute(
                select(Quote.status, Quote.pod, Quote.price_minor, Quote.created_at).order_by(
                    col(Quote.id)
                )
            ).all()
            return [tuple(row) for row in rows]

    again = build(tmp_path / "again.db")
    try:
        assert summary(again) == summary(demo[0])
    finally:
        again.engine.dispose()


def _forms(minor: int) -> list[re.Pattern[str]]:
    """How a minimum could be written: 1,595 / 1595 / 1595.0 / 15.50 / 15.5 / 159500 (minor)."""
    units, cents = divmod(minor, 100)
    whole = rf"(?:{re.escape(f'{units:,}')}|{units})"
    if cents == 0:
        amount = rf"{whole}(?:\.0+)?"
    elif cents % 10 == 0:
        amount = rf"{whole}\.{cents // 10}0?"
    else:
        amount = rf"{whole}\.{cents:02d}"
    return [re.compile(rf"(?<![\d.,]){number}(?![\d]|[.,]\d)") for number in (amount, str(minor))]


def leaks(text: str, minor: int) -> bool:
    return any(pattern.search(text) for pattern in _forms(minor))


def json_leaks(document: Any, minor: int, key: str = "") -> bool:
    """A JSON document names the minimum as an amount or inside a string; ids are not amounts."""
    if isinstance(document, dict):
        return any(json_leaks(value, minor, name) for name, value in document.items())
    if isinstance(document, list):
        return any(json_leaks(value, minor, key) for value in document)
    if isinstance(document, str):
        return leaks(document, minor)
    if isinstance(document, int | float) and not isinstance(document, bool):
        return key != "id" and not key.endswith("_id") and document in (minor / 100, minor)
    return False


@pytest.mark.parametrize(
    ("text", "minor", "found"),
    [
        ("海运费 40HQ: USD 1,595/柜 x 2", 159_500, True),
        ('"price": 1595.0,', 159_500, True),
        ("最低 1595 元", 159_500, True),
        ("USD 15.50/W/M", 1_550, True),
        ('"price": 15.5', 1_550, True),
        ("159500", 159_500, True),
        ("USD 11,595", 159_500, False),
        ("USD 1,595.50", 159_500, False),
        ("2026-11-30 #1595", 159_500, True),  # a number is a number: the detector stays strict
        ("USD 15", 1_550, False),
    ],
)
def test_the_leak_detector_can_fail(text: str, minor: int, found: bool) -> None:
    assert leaks(text, minor) is found


def test_the_json_detector_can_fail() -> None:
    assert json_leaks({"id": 315, "rate_id": 315, "price": 320.0}, 31_500) is False
    assert json_leaks({"id": 1, "charges": [{"amount": 315.0}]}, 31_500) is True
    assert json_leaks({"text": "USD 315/柜"}, 31_500) is True


def _plain(document: Any) -> Any:
    return json.loads(json.dumps(document, default=str))


def _minimum_for(session: Any, quote: Quote) -> int | None:
    """The minimum of the rate the quote was priced from (for a provisional one, its basis)."""
    rate = session.get(Rate, quote.rate_id) if quote.rate_id else None
    rate = rate or latest_rate(session, quote.pol, quote.pod, quote.container)
    return rate.min_sell_minor if rate else None


def test_no_output_names_the_minimum(demo: tuple[Desk, Path]) -> None:
    desk, path = demo
    runner = CliRunner()
    checked = 0
    with desk.session() as session:
        quotes = session.execute(select(Quote).order_by(col(Quote.id))).scalars().all()
        rows = {row.id: row for row in list_quotes(session, limit=10_000)}
        for quote in quotes:
            minimum = _minimum_for(session, quote)
            if minimum is None:
                continue
            documents = [quote_document(session, quote.id or 0), rows[quote.id or 0].as_json()]
            assert not [doc for doc in documents if json_leaks(_plain(doc), minimum)], quote.id
            outputs = [quote.text]
            outputs += [
                render_quote_text(session, quote, lang, channel)
                for lang in ("zh", "en")
                for channel in ("wechat", "email")
            ]
            tasks = session.execute(
                select(Task.note).where(
                    col(Task.source_table) == "quote", col(Task.source_id) == quote.id
                )
            ).scalars()
            outputs += [note or "" for note in tasks]
            for lang in ("zh", "en"):
                result = runner.invoke(
                    app,
                    [
                        "--db",
                        desk.url,
                        "--today",
                        "2026-11-30",
                        "--lang",
                        lang,
                        "quote",
                        "text",
                        str(quote.id),
                    ],
                )
                # A quote held for the supervisor gives no text at all, only the refusal.
                assert result.exit_code == (1 if text_is_held(quote) else 0), result.output
                outputs.append(result.output)
            assert not [text for text in outputs if leaks(text, minimum)], quote.id
            checked += 1
        for rate in session.execute(select(Rate)).scalars():
            assert not json_leaks(_plain(rate_json(rate)), rate.min_sell_minor)
        minimums = {
            rate.id: rate.min_sell_minor for rate in session.execute(select(Rate)).scalars()
        }
        by_quote = {quote.id: _minimum_for(session, quote) for quote in quotes}
    assert checked >= 17
    listing = runner.invoke(app, ["--db", str(path), "--today", "2026-11-30", "rates"])
    for line in listing.stdout.splitlines()[1:]:
        rate_id, rest = line.split(maxsplit=1)
        assert not leaks(rest, minimums[int(rate_id)]), line
    document = json.loads(
        runner.invoke(app, ["--db", str(path), "--today", "2026-11-30", "rates", "--json"]).stdout
    )
    for item in document["rates"]:
        assert not json_leaks(item, minimums[item["id"]])
    assert "min" not in json.dumps(document)
    listed = runner.invoke(app, ["--db", str(path), "--today", "2026-11-30", "quotes", "--json"])
    for item in json.loads(listed.stdout)["quotes"]:
        minimum = by_quote[item["id"]]
        assert minimum is None or not json_leaks(item, minimum)
