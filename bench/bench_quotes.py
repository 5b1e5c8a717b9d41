"""Rate look-up with 200,000 rates in the store against 2,000.

A quote reads the rates of one lane and its equipment that are current and valid today, through
the index (pol, pod, container, current, valid_to): the cost must not grow with the store (aim:
under 1.5x). The big store holds what a desk accumulates: four sheet versions of every carrier,
lane and box, of which one is current and some already expired. Also timed: the quote's option
list (look-up plus pricing for the customer), the rates listing for one POL, and importing a
2,000-row sheet (its version diff reads the rates it replaces) into each store.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench.common import Result, timed

TODAY = dt.date(2026, 11, 30)
SIZES = (2_000, 200_000)
BOXES = ("20GP", "40GP", "40HQ", "LCL")
CARRIERS = ("COSCO", "MSC", "CMA", "MAERSK", "ONE", "PIL", "EMC", "HMM", "OOCL", "ZIM")
VERSIONS = 4
LOOKUPS = 200


def _ports(data_dir: Path) -> tuple[list[str], list[str]]:
    from csdesk.rules.refcsv import read_rows

    rows = list(read_rows(data_dir / "ports.csv"))
    origins = [row["locode"] for row in rows if row["lane"] == "CN"]
    destinations = [row["locode"] for row in rows if row["lane"] != "CN"]
    return origins, destinations


def _rows(size: int, origins: list[str], destinations: list[str]) -> list[dict[str, Any]]:
    """`size` rates: every lane has each carrier and box in VERSIONS versions, the last current
    and one in five of those already expired. A bigger store has more lanes, as a desk grows."""
    rng = random.Random(size)
    per_lane = len(CARRIERS) * len(BOXES)
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    rows: list[dict[str, Any]] = []
    for lane in range(size // (per_lane * VERSIONS)):
        pol, pod = origins[lane % len(origins)], destinations[lane // len(origins)]
        for key in range(per_lane):
            box, carrier = BOXES[key % len(BOXES)], CARRIERS[key // len(BOXES)]
            expired = rng.random() < 0.2
            for version in range(VERSIONS):
                start = TODAY - dt.timedelta(days=15 * (VERSIONS - version))
                last = version == VERSIONS - 1
                end = start + dt.timedelta(days=10 if expired and last else 30)
                buy = rng.randint(50, 300) * 10
                rows.append({
                    "import_id": None, "carrier": carrier, "pol": pol, "pod": pod,
                    "container": box, "buy_minor": buy * 100, "sell_minor": (buy + 300) * 100,
                    "min_sell_minor": (buy + 55) * 100, "currency": "USD", "valid_from": start,
                    "valid_to": end, "source": "company", "approved": True, "transit_days": 30,
                    "surcharges": [], "current": last, "created_at": now, "updated_at": now,
                    "version": 1,
                })  # fmt: skip
    return rows


def _build(workdir: Path, size: int) -> tuple[Path, list[tuple[str, str]]]:
    from csdesk.config import REPO_DATA_DIR
    from csdesk.desk.context import open_desk
    from csdesk.models import Rate

    path = workdir / f"quotes-{size}.db"
    desk = open_desk(path, today=TODAY)
    origins, destinations = _ports(REPO_DATA_DIR)
    rows = _rows(size, origins[:8], destinations)
    with desk.session() as session:
        for start in range(0, len(rows), 5_000):
            session.execute(insert(Rate), rows[start : start + 5_000])
    desk.engine.dispose()
    lanes = sorted({(row["pol"], row["pod"]) for row in rows})
    return path, random.Random(7).sample(lanes, min(LOOKUPS, len(lanes)))


def _lookup_seconds(path: Path, lanes: list[tuple[str, str]]) -> tuple[float, float]:
    from csdesk.desk.context import open_desk
    from csdesk.desk.rates import valid_rates

    desk = open_desk(path, today=TODAY)
    found: list[int] = [0]

    def run() -> None:
        with desk.session() as session:
            found[:] = [
                sum(len(valid_rates(session, pol, pod, list(BOXES), TODAY)) for pol, pod in lanes)
            ]

    seconds = timed(run, repeat=5) / len(lanes)
    desk.engine.dispose()
    return seconds, found[0] / len(lanes)


def _listing_seconds(path: Path, pol: str) -> float:
    from csdesk.desk.context import open_desk
    from csdesk.desk.rates import list_rates

    desk = open_desk(path, today=TODAY)

    def run() -> None:
        with desk.session() as session:
            list_rates(session, TODAY, pol=pol, limit=200)

    seconds = timed(run, repeat=5)
    desk.engine.dispose()
    return seconds


def _options_seconds(path: Path, lanes: list[tuple[str, str]]) -> float:
    """The quote screen's list: the inquiry, the customer's margin, look-up and ranking."""
    from csdesk.desk.context import open_desk
    from csdesk.desk.customers import create_customer
    from csdesk.desk.quote_options import quote_options
    from csdesk.models import Inquiry, InquiryContainer

    desk = open_desk(path, today=TODAY)
    with desk.session() as session:
        customer = create_customer(session, {"name": "基准客户", "kind": "direct"})
        session.flush()
        inquiries = []
        for pol, pod in lanes[:50]:
            inquiry = Inquiry(
                customer_id=customer.id or 0, status="open", mode="FCL", pol=pol, pod=pod
            )
            session.add(inquiry)
            session.flush()
            session.add(InquiryContainer(inquiry_id=inquiry.id or 0, type_code="40HQ", quantity=2))
            inquiries.append(inquiry.id or 0)

    def run() -> None:
        with desk.session() as session:
            for inquiry_id in inquiries:
                quote_options(session, inquiry_id, TODAY)

    seconds = timed(run, repeat=5) / len(inquiries)
    desk.engine.dispose()
    return seconds


def _import_seconds(path: Path, workdir: Path, lanes: list[tuple[str, str]]) -> float:
    """The same 2,000-row sheet for both stores, over lanes of the big one (where every row
    replaces a current rate)."""
    from csdesk.desk.context import open_desk
    from csdesk.desk.rate_import import import_rates

    sheet = workdir / f"sheet-{path.stem}.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["carrier", "pol", "pod", "container", "buy", "sell", "min_sell",
                         "valid_from", "valid_to"])  # fmt: skip
        for number in range(2_000):
            pol, pod = lanes[number % len(lanes)]
            key = number // len(lanes)
            carrier, box = CARRIERS[key % len(CARRIERS)], BOXES[key // len(CARRIERS) % 3]
            writer.writerow([carrier, pol, pod, box, "1500", "1850", "1605", "2026-11-30",
                             "2026-12-31"])  # fmt: skip
    desk = open_desk(path, today=TODAY)

    def run() -> None:
        with desk.session() as session:
            result = import_rates(session, sheet, TODAY, dry_run=True)
            assert result.ok, result.problem_lines("en")[:3]

    seconds = timed(run, repeat=3)
    desk.engine.dispose()
    return seconds


def run(workdir: Path) -> list[Result]:
    small, big = (_build(workdir, size) for size in SIZES)
    lookup_small, per_lane_small = _lookup_seconds(*small)
    lookup_big, per_lane_big = _lookup_seconds(*big)
    pol = big[1][0][0]
    return [
        Result(
            "rate look-up, one lane (200k rates)", lookup_big, "2k rates", lookup_small,
            f"{per_lane_big:.1f} vs {per_lane_small:.1f} rates found per lane",
        ),
        Result(
            "quote options, one inquiry (200k rates)", _options_seconds(*big),
            "2k rates", _options_seconds(*small),
        ),
        Result(
            f"rates listing --pol {pol} (200k rates)", _listing_seconds(big[0], pol),
            "2k rates", _listing_seconds(small[0], pol),
        ),
        Result(
            "import 2,000-row sheet, dry run (200k rates)",
            _import_seconds(big[0], workdir, big[1]),
            "2k rates", _import_seconds(small[0], workdir, big[1]),
        ),
    ]  # fmt: skip
