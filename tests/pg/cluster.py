"""A throw-away PostgreSQL cluster: initdb under a temp dir, a free local port, stopped at the end.

initdb refuses to run as root, so as root the server runs as the `postgres` system user (which
Debian's package creates). Durability is switched off: the cluster lives for one test run.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MIN_MAJOR = 15
SERVER_SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "300",
    "shared_buffers": "64MB",
}


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL server binaries, or the cluster did not start; the message says why."""


def find_bin_dir() -> Path:
    """The newest Debian PostgreSQL server (>= 15) under /usr/lib/postgresql, or PATH."""
    candidates: list[tuple[int, Path]] = []
    for initdb in Path("/usr/lib/postgresql").glob("*/bin/initdb"):
        major = initdb.parent.parent.name
        if major.isdigit() and int(major) >= MIN_MAJOR:
            candidates.append((int(major), initdb.parent))
    if candidates:
        return max(candidates)[1]
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise ClusterUnavailable(
        "PostgreSQL server binaries not found: run `make pg-server` (apt-get install postgresql)"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    root: Path
    bin_dir: Path
    port: int
    password: str
    run_as: list[str] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres", user: str = "postgres", password: str = "") -> str:
        secret = password or (self.password if user == "postgres" else "")
        auth = f"{user}:{secret}@" if secret else f"{user}@"
        return f"postgresql+psycopg://{auth}127.0.0.1:{self.port}/{database}"

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [*self.run_as, str(self.bin_dir / program), *args]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise ClusterUnavailable(f"{program} failed: {done.stderr.strip() or done.stdout}")
        return done

    def stop(self) -> None:
        if (self.data_dir / "postmaster.pid").exists():
            command = [*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir)]
            subprocess.run([*command, "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)


def _server_user() -> tuple[list[str], int | None, int | None]:
    if os.geteuid() != 0:
        return [], None, None
    try:
        account = pwd.getpwnam("postgres")
    except KeyError as exc:
        raise ClusterUnavailable("running as root but there is no `postgres` user") from exc
    return ["runuser", "-u", "postgres", "--"], account.pw_uid, account.pw_gid


def start_cluster() -> Cluster:
    bin_dir = find_bin_dir()
    run_as, uid, gid = _server_user()
    root = Path(tempfile.mkdtemp(prefix="csdesk-pg-"))
    cluster = Cluster(root, bin_dir, free_port(), secrets.token_hex(12), run_as)
    try:
        password_file = root / "pw"
        password_file.write_text(cluster.password + "\n")
        if uid is not None and gid is not None:
            for path in (root, password_file):
                os.chown(path, uid, gid)
        cluster.run(
            "initdb", "-D", str(cluster.data_dir), "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
            f"--pwfile={password_file}",
        )  # fmt: skip
        password_file.unlink()
        options = " ".join(f"-c {key}={value}" for key, value in SERVER_SETTINGS.items())
        options += f" -p {cluster.port} -k {root}"
        log = root / "server.log"
        cluster.run("pg_ctl", "-D", str(cluster.data_dir), "-o", options, "-l", str(log), "-w",
                    "start")  # fmt: skip
    except BaseException:
        cluster.stop()
        raise
    return cluster
