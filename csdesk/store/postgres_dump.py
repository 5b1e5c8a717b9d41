"""Backup and restore of a PostgreSQL store with pg_dump's custom format and pg_restore."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from csdesk.desk.errors import DeskError
from csdesk.store.backup import create_private
from csdesk.store.engine import make_engine


def find_tool(name: str) -> str | None:
    """pg_dump / pg_restore on PATH, else the newest of Debian's server packages."""
    on_path = shutil.which(name)
    if on_path:
        return on_path
    found = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    return str(found[-1]) if found else None


def _connection_args(url: URL) -> tuple[list[str], dict[str, str]]:
    """libpq arguments without the password, which goes in the environment (not in `ps`)."""
    args = ["--dbname", url.database or ""]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def _plain_command(tool: str, url: URL, extra: str) -> str:
    parts = [tool, extra, f"-d {url.database}"]
    if url.host:
        parts.append(f"-h {url.host}")
    if url.port:
        parts.append(f"-p {url.port}")
    if url.username:
        parts.append(f"-U {url.username}")
    return " ".join(parts)


def _run(tool: str, args: list[str], env: dict[str, str], url: URL) -> None:
    from csdesk.store.engine import describe
    from csdesk.store.problems import LOGIN_REFUSED

    done = subprocess.run([tool, *args], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["?"])[-1]
        if any(marker in reason for marker in LOGIN_REFUSED):  # as the desk itself says it
            db = describe(url.render_as_string(hide_password=False))
            raise DeskError("team.error.login_refused", db=db)
        raise DeskError("team.error.tool_failed", tool=Path(tool).name, reason=reason)


def dump(url_text: str, dest: Path) -> Path:
    """`pg_dump --format=custom` into `dest` (mode 0600); says what to run if pg_dump is absent."""
    url = make_url(url_text)
    dest = dest.expanduser().resolve()
    if dest.exists():
        raise DeskError("db.backup_exists", dest=str(dest))
    tool = find_tool("pg_dump")
    if tool is None:
        command = _plain_command("pg_dump", url, f"--format=custom --file={dest}")
        raise DeskError("team.error.no_pg_dump", command=command)
    partial = dest.with_name(dest.name + ".partial")
    create_private(partial, dest)
    args, env = _connection_args(url)
    try:
        _run(tool, ["--format=custom", "--no-owner", f"--file={partial}", *args], env, url)
    except DeskError:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(dest)
    return dest


def _has_tables(url_text: str) -> bool:
    engine = make_engine(url_text)
    try:
        with engine.connect() as connection:
            count = connection.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar_one()
    finally:
        engine.dispose()
    return bool(count)


def restore(source: Path, url_text: str) -> None:
    """pg_restore a custom-format dump into an empty database: never over a working desk."""
    url = make_url(url_text)
    if not source.is_file():
        raise DeskError("error.file_missing", path=str(source))
    with source.open("rb") as handle:
        is_sqlite = handle.read(16) == b"SQLite format 3\x00"
    if is_sqlite:  # a SQLite store or backup moves into a team store by copying, checked
        plain = url._replace(password=None).render_as_string(hide_password=False)
        raise DeskError("team.error.sqlite_into_team", path=str(source), url=plain)
    if _has_tables(url_text):
        raise DeskError("team.error.restore_not_empty", db=url.database or "")
    tool = find_tool("pg_restore")
    if tool is None:
        command = _plain_command("pg_restore", url, f"--no-owner --no-acl {source}")
        raise DeskError("team.error.no_pg_dump", command=command)
    args, env = _connection_args(url)
    _run(tool, ["--no-owner", "--no-acl", "--exit-on-error", *args, str(source)], env, url)
