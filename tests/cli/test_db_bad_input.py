"""`db backup / restore / copy` and the exports given a wrong place or a wrong store: one line in
the user's language that names what the user gave, nothing half-written, nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csdesk.cli import app

runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), color=True)


def one_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output and "意外" not in result.output
    return str(result.stderr).strip()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "desk.db"
    assert invoke("--db", str(db), "agent", "add", "li", "--name", "李娜").exit_code == 0
    return db


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_backup_or_export_into_a_file_posing_as_a_folder_is_one_line(
    store: Path, tmp_path: Path, lang: str
) -> None:
    """A folder that cannot be written was an "unexpected error" naming a temporary file."""
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    wanted = {"zh": "路径中有一段是文件", "en": "part of the path is a file"}[lang]
    for command, name in (
        (["db", "backup"], "b.db"),
        (["export", "customers"], "c.csv"),
        (["--agent", "li", "kpi", "export"], "k.xlsx"),
    ):
        target = not_a_folder / name
        result = invoke("--lang", lang, "--db", str(store), *command, str(target))
        line = one_line(result)
        assert str(not_a_folder) in line, line
        assert wanted in line or command[0] != "db", line
        assert ".partial" not in line and ".csdesk-" not in line
    assert not_a_folder.read_text() == "x"


def test_a_restore_into_a_place_that_cannot_be_written_keeps_everything(
    store: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.db"
    assert invoke("--db", str(store), "db", "backup", str(backup)).exit_code == 0
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    target = not_a_folder / "desk.db"
    line = one_line(invoke("--db", str(target), "db", "restore", str(backup)))
    assert str(target) in line and "路径中有一段是文件" in line
    assert not_a_folder.read_text() == "x" and backup.is_file()


def test_a_copy_names_the_store_it_could_not_open_not_the_default_one(
    store: Path, tmp_path: Path
) -> None:
    """`db copy` and `db init-team` take their stores as arguments; a failure named the --db
    store (the user's default one), which these commands never open."""
    unreachable = "postgresql+psycopg://deskowner@127.0.0.1:1/desk"
    for args in (
        ["db", "copy", str(store), unreachable],
        ["db", "init-team", unreachable, "--supervisor", "zhou", "--name", "周"],
    ):
        line = one_line(invoke("--lang", "en", *args))
        assert "127.0.0.1:1/desk" in line, line
        assert "csdesk.db" not in line, line


def test_a_backup_from_a_newer_csdesk_is_refused_before_the_store_moves_aside(
    store: Path, tmp_path: Path
) -> None:
    """It was restored: the working store went aside and the restored one would not open."""
    backup = tmp_path / "backup.db"
    assert invoke("--db", str(store), "db", "backup", str(backup)).exit_code == 0
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999_future'")
    connection.close()
    before = store.read_bytes()
    line = one_line(invoke("--lang", "en", "--db", str(store), "db", "restore", str(backup)))
    assert "0999_future" in line and "newer" in line, line
    assert store.read_bytes() == before
    assert not list(tmp_path.glob("desk.db.before-restore-*"))
    assert invoke("--db", str(store), "agents").exit_code == 0


def test_a_copy_of_a_store_from_a_newer_csdesk_leaves_no_destination_behind(
    store: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(store) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999_future'")
    connection.close()
    dest = tmp_path / "copy.db"
    line = one_line(invoke("db", "copy", str(store), str(dest)))
    assert "0999_future" in line, line
    assert not dest.exists()


def test_a_backup_of_the_other_kind_is_told_what_to_do_instead(store: Path, tmp_path: Path) -> None:
    """A SQLite backup given to a team store ended in pg_restore's "not a valid archive"; a
    pg_dump file given to a SQLite store was "not a csdesk SQLite backup"."""
    backup = tmp_path / "backup.db"
    assert invoke("--db", str(store), "db", "backup", str(backup)).exit_code == 0
    team = "postgresql+psycopg://deskowner@127.0.0.1:1/desk"
    line = one_line(invoke("--lang", "en", "--db", team, "db", "restore", str(backup)))
    assert f"csdesk db copy {backup} {team}" in line and "pg_restore" not in line, line
    dump = tmp_path / "desk.dump"
    dump.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 64)
    before = store.read_bytes()
    line = one_line(invoke("--db", str(store), "db", "restore", str(dump)))
    assert "PostgreSQL 备份" in line, line
    assert store.read_bytes() == before
