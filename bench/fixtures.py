"""Demo stores at bench scale, built once and cached on disk between runs.

The cache lives in bench/.cache (or $CSDESK_BENCH_CACHE) and is keyed by size, seed and the
schema head, so a new migration builds afresh. Building 100,000 customers takes about a minute.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

TODAY = dt.date(2026, 11, 30)
SEED = 7


def cache_dir() -> Path:
    configured = os.environ.get("CSDESK_BENCH_CACHE")
    path = Path(configured) if configured else Path(__file__).resolve().parent / ".cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_store(customers: int) -> Path:
    """A demo store of `customers` customers (seed 7, today 2026-11-30), at this schema head."""
    from csdesk.store.migrate import HEAD_REVISION

    path = cache_dir() / f"demo-{customers}-s{SEED}-{HEAD_REVISION}.db"
    if not path.exists():
        build_demo_store(path, customers)
    return path


def build_demo_store(path: Path, customers: int) -> float:
    """Build a demo store at `path` (written aside, then moved in); returns the build seconds."""
    import time

    from csdesk.desk.context import open_desk
    from csdesk.desk.customers import search_keys
    from csdesk.desk.demo import build_demo
    from csdesk.desk.demo.database import remove_sqlite_files

    search_keys("宁波")  # pypinyin loads its dictionaries once per process: not the build's time
    partial = path.with_name(path.name + ".partial")
    remove_sqlite_files(partial)
    desk = open_desk(partial, today=TODAY)
    start = time.perf_counter()
    with desk.session() as session:
        build_demo(session, customers, SEED, today=TODAY)
    seconds = time.perf_counter() - start
    desk.engine.dispose()
    partial.replace(path)
    return seconds


def scratch_copy(store: Path, workdir: Path) -> Path:
    """A copy of `store` for benchmarks that write (the cached store stays as built)."""
    copy = workdir / f"scratch-{store.name}"
    if not copy.exists():
        shutil.copyfile(store, copy)
    return copy
