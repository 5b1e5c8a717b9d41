"""Customer search at 100,000 customers against 1,000 on SQLite (issue 11: within 2x), broad
queries included: a city (宁波, about 1% of customers), a name part (海天), one and two letters
of the pinyin (z, zh), a part most names hold (有限公司), full pinyin, initials, phone digits,
a WeChat id, a miss.

Each search reads what the Customers screen reads to draw a search: its first read
(csdesk.screens.customers.FIRST_READ, a screenful on a tall terminal, 50 rows); the screen reads
the next pages (200 rows each: `all, pages of 200` times such reads) as the cursor or the view
nears the end.

The cached demo stores of bench/fixtures.py, no build: bench_demo times the build (and runs the
same queries, pages of 200), bench_pg_search the same queries on PostgreSQL. The sizes are
searched in turn (1k, 100k, 1k, 100k ...), medians per query and over all of them.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_demo import SIZES, _search_medians, _search_results, _store_queries
from bench.common import Result
from bench.fixtures import demo_store


def run(workdir: Path) -> list[Result]:
    from csdesk.screens.customers import FIRST_READ, PAGE_SIZE

    small, large = (demo_store(size) for size in SIZES)
    first_reads = _search_results(small, large, FIRST_READ)
    at_small, at_large, _found = _search_medians(small, large, _store_queries(large), PAGE_SIZE)
    next_page = Result(
        f"search 100k: all, pages of {PAGE_SIZE}", at_large["all"], "1k", at_small["all"]
    )
    return [*first_reads, next_page]
