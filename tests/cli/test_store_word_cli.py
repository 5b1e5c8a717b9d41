"""Issue 10 from the command line: locks, bad paths, read-only stores, the error log, backups
before upgrades, damaged stores, escape sequences, and the modes of every file csdesk writes."""

from __future__ import annotations

import gc
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.store import engine as engine_module
from csdesk.store import sqlite_file
from csdesk.store.engine import make_engine
from csdesk.store.migrate import alembic_config, code_heads

runner = CliRunner()
SECRET = "客户说了不该进日志的话"
OLD = "0003_shipments"


def invoke(db: Path | str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", str(db), *args], color=True)


def one_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output and "SELECT" not in result.output
    return str(result.stderr)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "desk.db"
    assert invoke(db, "agent", "add", "li", "--name", "李娜").exit_code == 0
    from csdesk.desk.context import open_desk
    from csdesk.desk.customers import create_customer

    desk = open_desk(db)
    with desk.session() as session:
        create_customer(session, {"name": "宁波海天贸易"})
    desk.engine.dispose()
    checkpoint(db)
    return db


def checkpoint(db: Path) -> None:
    """Everything into the store file, as when the last csdesk on it exits."""
    gc.collect()  # engines of commands run in this process still hold connections
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def test_a_writer_that_times_out_says_in_one_line_that_nothing_was_saved(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another desk in the middle of a long write
    try:
        result = invoke(store, "--agent", "li", "log-call", "1", "--outcome", "reached",
                        "--note", SECRET)  # fmt: skip
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = one_line(result)
    assert "什么也没有保存" in message and "再执行一次" in message and SECRET not in message
    assert invoke(store, "--agent", "li", "log-call", "1", "--outcome", "reached").exit_code == 0


def test_a_file_that_is_no_store_is_refused_and_keeps_its_mode(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("我的笔记\n", encoding="utf-8")
    os.chmod(notes, 0o644)
    assert "不是 csdesk 数据库" in one_line(invoke(notes, "agents"))
    assert mode(notes) == 0o644 and notes.read_text(encoding="utf-8") == "我的笔记\n"


def test_a_read_only_store_keeps_its_mode_reads_backs_up_and_refuses_writes(
    store: Path, tmp_path: Path
) -> None:
    os.chmod(store, 0o444)
    before = digest(store)
    listed = invoke(store, "agents")
    assert listed.exit_code == 0 and "李娜" in listed.stdout
    assert "只能读取" in one_line(invoke(store, "agent", "add", "wang", "--name", "王"))
    assert invoke(store, "db", "backup", str(tmp_path / "copy.db")).exit_code == 0
    assert mode(store) == 0o444 and digest(store) == before


def test_a_store_on_read_only_media_opens_for_reading(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_file, "_read_only_medium", lambda _path: True)
    listed = invoke(store, "customers")
    assert listed.exit_code == 0 and "宁波海天贸易" in listed.stdout
    assert invoke(store, "db", "backup", str(tmp_path / "copy.db")).exit_code == 0
    assert "只能读取" in one_line(invoke(store, "--agent", "li", "log-call", "1",
                                          "--outcome", "reached"))  # fmt: skip


def test_an_empty_db_is_refused() -> None:
    assert "--db 不能为空" in one_line(invoke("", "agents"))


def test_an_empty_csdesk_db_is_unset_as_a_shell_means_it() -> None:
    """`export CSDESK_DB=` is how a script drops the variable: the default store is used."""
    from csdesk.config import default_db_path

    result = runner.invoke(app, ["agents"], env={"CSDESK_DB": ""})
    assert result.exit_code == 0, result.output
    assert default_db_path().exists()


@pytest.mark.parametrize("url", ["x=y://bad", "nosuchdriver://u@h/db", "mysql://u@h/db"])
def test_a_database_address_nothing_can_open_is_refused_in_one_line(
    url: str, tmp_path: Path
) -> None:
    for args in (["--db", url, "agents"], ["db", "copy", url, str(tmp_path / "copy.db")]):
        result = runner.invoke(app, args, color=True)
        assert "看不懂这个数据库地址" in one_line(result)
        assert "意外错误" not in result.stderr
    assert not (tmp_path / "copy.db").exists()


def test_copying_from_a_store_that_is_not_there_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["db", "copy", "a/typo.db", "copy.db"], color=True)
    assert "找不到文件" in one_line(result) and "typo.db" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_value_out_of_range_while_bound_is_named_not_unexpected() -> None:
    from sqlalchemy.exc import StatementError

    from csdesk.store.problems import store_problem

    bound = StatementError("bind", "INSERT ...", None, OverflowError("date value out of range"))
    problem = store_problem(bound)
    assert problem is not None and problem.key == "store.out_of_range"


def _unexpected_sql_error(*_args: object, **_kwargs: object) -> None:
    from sqlalchemy import text

    engine = make_engine(os.environ["STORE_UNDER_TEST"])
    with engine.begin() as connection:
        connection.execute(text("SELECT * FROM no_such_table WHERE note = :n"), {"n": SECRET})


def test_the_error_log_is_private_per_store_and_holds_no_customer_text(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csdesk.desk.agents

    monkeypatch.setattr(csdesk.desk.agents, "list_agents", _unexpected_sql_error)
    logs = []
    for db in (store, tmp_path / "other.db"):
        monkeypatch.setenv("STORE_UNDER_TEST", str(db))
        message = one_line(invoke(db, "agents"))
        assert "没有保存" in message and SECRET not in message
        logs.append(Path(message.rsplit(" ", 1)[-1].strip()))
    assert logs[0] != logs[1]
    for log in logs:
        text = log.read_text(encoding="utf-8")
        assert "no_such_table" in text and SECRET not in text
        assert mode(log) == 0o600 and mode(log.parent) == 0o700


def _stamp_older(db: Path, revision: str) -> None:
    engine = make_engine(db)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def _revision(db: Path) -> str:
    connection = sqlite3.connect(db)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_a_backup_is_the_store_as_it_is_and_an_upgrade_backs_up_first(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    _stamp_older(old, "0003")
    assert invoke(old, "db", "backup", str(tmp_path / "copy.db")).exit_code == 0
    assert _revision(tmp_path / "copy.db") == OLD == _revision(old)
    assert invoke(old, "db", "upgrade").exit_code == 0
    assert {_revision(old)} == code_heads()
    (before,) = tmp_path.glob(f"old.db.before-upgrade-{OLD}-*.bak")
    assert _revision(before) == OLD and mode(before) == 0o600


def test_a_truncated_store_is_refused_in_one_line_with_the_way_back(store: Path) -> None:
    data = store.read_bytes()
    assert not Path(f"{store}-wal").exists() or Path(f"{store}-wal").stat().st_size == 0
    store.write_bytes(data[: len(data) // 2 + 100])
    before = digest(store)
    message = one_line(invoke(store, "--agent", "li", "log-call", "1", "--outcome", "reached"))
    assert "损坏" in message and "备份" in message
    assert digest(store) == before


def test_garbage_pages_in_a_store_never_seen_are_refused_before_any_write(
    store: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "restored.db"  # e.g. a copy brought back from somewhere
    data = bytearray(store.read_bytes())
    # Pages no command here reads (the last ones: reference tables and their indexes), so
    # without the check on first open the write below would be accepted.
    data[-4096 * 12 : -4096 * 2] = os.urandom(4096 * 10)
    copy.write_bytes(bytes(data))
    before = digest(copy)
    message = one_line(invoke(copy, "agent", "add", "wang", "--name", "王"))
    assert "损坏" in message
    assert digest(copy) == before


def test_stored_escape_sequences_are_shown_not_obeyed(store: Path) -> None:
    connection = sqlite3.connect(store)
    with connection:  # as an older csdesk, or another program, may have stored them
        connection.execute(
            "UPDATE agent SET name = ? WHERE login = 'li'", ("李\x1b]52;c;aGk=\x07娜",)
        )
        connection.execute("UPDATE customer SET name = ?", ("宁波\x1b[2J海天\x9b",))
    connection.close()
    for args in (["agents"], ["customers"], ["--agent", "\x1b[2J", "customers"]):
        result = invoke(store, *args)
        output = result.stdout + result.stderr
        assert "\x1b" not in output and "\x9b" not in output
        assert "\\x1b" in output


def test_a_search_for_a_wildcard_finds_no_port(store: Path) -> None:
    result = invoke(store, "ports", "--search", "%")
    assert result.exit_code == 0 and "没有找到港口" in result.stdout


def test_every_file_csdesk_writes_is_private(store: Path, tmp_path: Path) -> None:
    assert invoke(store, "--agent", "li", "log-call", "1", "--outcome", "reached").exit_code == 0
    written = [store, *store.parent.glob("desk.db-*")]
    # A folder csdesk creates for what it writes is private too (the user's own folders are theirs).
    assert invoke(store, "db", "backup", str(tmp_path / "new" / "backup.db")).exit_code == 0
    assert mode(tmp_path / "new") == 0o700
    written.append(tmp_path / "new" / "backup.db")
    for name in ("backup.db", "customers.csv", "customers.xlsx"):
        command_ = ["db", "backup"] if name.endswith(".db") else ["export", "customers"]
        assert invoke(store, *command_, str(tmp_path / name)).exit_code == 0
        written.append(tmp_path / name)
    # The exports added since: statements (.xlsx and .csv), the KPI workbook, a copied store.
    for name, command_ in (
        ("statement.xlsx", ["statement", "1", "--xlsx"]),
        ("statement.csv", ["statement", "1", "--xlsx"]),
        ("kpi.xlsx", ["--agent", "li", "kpi", "export"]),
        ("copy.db", ["db", "copy", str(store)]),
    ):
        result = invoke(store, *command_, str(tmp_path / name))
        assert result.exit_code == 0, result.output
        written.append(tmp_path / name)
    # A restore keeps the store it replaces aside.
    restored = tmp_path / "restored.db"
    assert invoke(restored, "agents").exit_code == 0
    assert invoke(restored, "db", "restore", str(tmp_path / "backup.db")).exit_code == 0
    written += [restored, *tmp_path.glob("restored.db.*")]
    old = tmp_path / "old.db"
    _stamp_older(old, "0003")
    assert invoke(old, "agents").exit_code == 0
    written += [old, *tmp_path.glob("old.db.before-upgrade-*")]
    data = Path(os.environ["XDG_DATA_HOME"]) / "csdesk"
    written += [path for path in data.rglob("*") if path.is_file()]
    assert len(written) >= 13
    for path in written:
        assert mode(path) == 0o600, path
    for folder in [data / "logs", data] if (data / "logs").exists() else [data]:
        assert mode(folder) & 0o077 == 0, folder
