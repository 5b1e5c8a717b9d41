"""Customer search at 100,000 customers against 1,000 on SQLite (issue 11: within 2x), broad
queries included: a city (宁波, about 1% of customers), a name part (海天), one and two letters
of the pinyin (z, zh), a part most names hold (有限公司), full pinyin, initials, phone digits,
a WeChat id, a miss.

The cached demo stores of bench/fixtures.py, no build: bench_demo times the build (and runs the
same queries), bench_pg_search the same queries on PostgreSQL. The sizes are searched in turn
(1k, 100k, 1k, 100k ...), medians per query and over all of them, pages of 200 as the
Customers screen reads them.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_demo import SIZES, _search_results
from bench.common import Result
from bench.fixtures import demo_store


def run(workdir: Path) -> list[Result]:
    small, large = (demo_store(size) for size in SIZES)
    return _search_results(small, large)
