"""A private PostgreSQL server for tests and benchmarks: initdb into a temporary folder, pg_ctl on a free port.

The socket lives in that folder, so nothing listens on the network. As root the server must run as the
``postgres`` user, so the folder is handed to it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg

PG_BIN = Path(os.environ.get("LOYALTY_PG_BIN", "/usr/lib/postgresql/15/bin"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PostgresServer:
    folder: Path
    port: int
    prefix: list[str]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.folder}&port={self.port}"

    def create_database(self) -> str:
        """A fresh, empty namespace for one hub: a schema (much quicker to make than a database); its URL."""
        name = "s_" + uuid.uuid4().hex[:16]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        return self.url() + f"&options=-csearch_path%3D{name}"

    def drop_database(self, url: str) -> None:
        name = url.rsplit("%3D", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")

    def stop(self) -> None:
        subprocess.run([*self.prefix, str(PG_BIN / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w",
                        "stop"], check=False, capture_output=True, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


def start(*, fast: bool = True) -> PostgresServer:
    """Start a server or raise RuntimeError saying why it could not (tests fail, they do not skip)."""
    folder = Path(tempfile.mkdtemp(prefix="lt-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    options = f"-p {port} -k {folder} -c listen_addresses='' -c max_connections=300"
    if fast:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    steps = [
        [*prefix, str(PG_BIN / "initdb"), "-D", str(folder / "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8",
         "--no-sync"],
        [*prefix, str(PG_BIN / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "server.log"), "-w",
         "-t", "60", "-o", options, "start"],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = (folder / "server.log").read_text() if (folder / "server.log").exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(f"PostgreSQL did not start: {' '.join(step[:3])}\n{done.stdout}\n{done.stderr}\n{log}")
    return PostgresServer(folder, port, prefix)
