"""Customer search on PostgreSQL at 100,000 customers against 1,000, with and without the
search indexes of migration 0013_speed3 (store.trigram: pg_trgm's, and the one over a name's
characters and pairs), in a throw-away cluster.

The agents, customers and contacts of the cached SQLite demo stores (bench/fixtures.py) are
copied into two databases at the head; the same queries as bench_demo's are searched at each
size in turn (1k, 100k, 1k ...), first with the indexes, then with them dropped (the scan every
search was before). Skipped when no PostgreSQL server binaries are installed.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_demo import _search_medians, _store_queries
from bench.common import Result
from bench.fixtures import TODAY, demo_store

SIZES = (1_000, 100_000)
TABLES = ("agent", "customer", "contact")
BATCH = 5_000


def _copy(source: Path, url: str) -> None:
    """The store's agents, customers and contacts into the PostgreSQL database at `url`."""
    from sqlalchemy import select, text

    from csdesk.desk.context import open_desk
    from csdesk.models import metadata
    from csdesk.store.engine import make_engine

    desk = open_desk(url, today=TODAY)  # creates the schema at the head
    reader = make_engine(source)
    with reader.connect() as rows_from, desk.engine.begin() as connection:
        connection.execute(text("DELETE FROM agent"))
        for name in TABLES:
            table = metadata.tables[name]
            result = rows_from.execute(select(table))
            while rows := result.fetchmany(BATCH):
                connection.execute(table.insert(), [row._asdict() for row in rows])
            connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                    f"(SELECT max(id) FROM {name}))"))  # fmt: skip
        connection.execute(text("ANALYZE"))
    reader.dispose()
    desk.engine.dispose()


def _drop_trigram(url: str) -> None:
    from sqlalchemy import text

    from csdesk.store import trigram
    from csdesk.store.engine import make_engine

    engine = make_engine(url)
    with engine.begin() as connection:  # the indexes only: the search still names the function
        for index in (*trigram.INDEXES, trigram.GRAMS_INDEX):
            connection.execute(text(f"DROP INDEX {index}"))
    engine.dispose()


def _results(small: str, large: str, queries: tuple[str, ...], label: str) -> list[Result]:
    at_small, at_large, found = _search_medians(small, large, queries)  # type: ignore[arg-type]
    return [
        Result(
            f"PG search 100k{label}: {query}",
            at_large[query],
            "1k",
            at_small[query],
            f"{found[query]} rows" if query in found else "",
        )
        for query in (*queries, "all")
    ]


def run(workdir: Path) -> list[Result]:
    from tests.pg.cluster import ClusterUnavailable, start_cluster

    try:
        cluster = start_cluster()
    except ClusterUnavailable as missing:
        print(f"  PostgreSQL skipped: {missing}")
        return []
    try:
        from sqlalchemy import create_engine, text

        admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            for size in SIZES:
                connection.execute(text(f"CREATE DATABASE search_{size}"))
        admin.dispose()
        small, large = (cluster.url(f"search_{size}") for size in SIZES)
        for size, url in zip(SIZES, (small, large), strict=True):
            _copy(demo_store(size), url)
        queries = _store_queries(demo_store(SIZES[1]))
        results = _results(small, large, queries, " (trigram)")
        for url in (small, large):
            _drop_trigram(url)
        return [*results, *_results(small, large, queries, " (scan)")]
    finally:
        cluster.stop()
