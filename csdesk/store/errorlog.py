"""The error log: a traceback for each unexpected error, one private file per store.

It holds no customer text: engines are made with `hide_parameters`, so a failed statement is
logged without its values (a call note, a name), and messages of refusals are never logged. The
folder is 0700 and the file 0600, as private as the store itself.
"""

from __future__ import annotations

import hashlib
import os
import traceback
from pathlib import Path

from csdesk.store.clock import now_in


def log_path(db_url: str) -> Path:
    """The log of one store: named after its file (or database) and a short digest of the URL."""
    from sqlalchemy.engine import make_url

    from csdesk.config import user_data_dir

    try:
        database = make_url(db_url).database
    except Exception:  # a URL nothing can parse still gets its log
        database = None
    stem = Path(database or "store").stem or "store"
    digest = hashlib.sha256(db_url.encode()).hexdigest()[:8]
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem)[:40]
    return user_data_dir() / "logs" / f"{safe}-{digest}.log"


def _private_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)


def write_error_log(db_url: str) -> Path | None:
    """Append the exception being handled to the store's log; its path, or None if unwritable."""
    try:
        path = log_path(db_url)
        _private_dir(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            if os.fstat(handle.fileno()).st_mode & 0o077:
                os.fchmod(handle.fileno(), 0o600)
            stamp = now_in().replace(tzinfo=None).isoformat()  # local time, as it always was
            handle.write(f"--- {stamp}\n{traceback.format_exc()}\n")
        return path
    except OSError:
        return None
