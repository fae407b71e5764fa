"""Helpers for sync tests and benchmarks: many events fast, a hub in a subprocess, waiting with a deadline."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import sqlite_utils

from terminal.clock import format_hlc, iso, to_ms
from terminal.db import meta_get
from terminal.ids import uuid7
from terminal.ledger import Event, Kind, append

ROOT = Path(__file__).resolve().parents[2]


def add_sales(db: sqlite_utils.Database, count: int, customers: int = 200, *, start: datetime,
              seed: int = 0) -> list[Event]:
    """`count` sale events of this terminal, appended in one transaction (the counter is too slow for 100,000)."""
    rng = random.Random(seed)
    terminal_id = meta_get(db, "terminal_id") or "?"
    events = []
    for n in range(count):
        moment = start + timedelta(seconds=n)
        events.append(Event(id=uuid7(to_ms(moment)), terminal_id=terminal_id, ts=iso(moment),
                            hlc=format_hlc(to_ms(moment), 0, terminal_id), kind=Kind.SALE,
                            customer_id=f"customer-{rng.randrange(customers):05d}", stamps=1,
                            points=rng.randint(1, 50), amount=rng.randint(100, 5000),
                            body={"receipt_no": f"{terminal_id[-6:]}-{n:07d}"}))
    with db.atomic():
        for event in events:
            append(db, event)
    return events


def wait_until(condition: Callable[[], bool], timeout: float = 20.0, what: str = "condition") -> None:
    """Poll with a deadline: for a process or server we cannot get a signal from."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


class HubProcess:
    """``python main.py hub`` as a real subprocess, for kill-and-restart tests."""

    def __init__(self, data_dir: Path, port: int, store: str | None = None) -> None:
        self.data_dir, self.port, self.store = data_dir, port, store
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self, *args: str) -> list[str]:
        store = ["--store", self.store] if self.store else []
        return [sys.executable, str(ROOT / "main.py"), "hub", *args, "--data-dir", str(self.data_dir), *store]

    def add_terminal(self, name: str) -> str:
        done = subprocess.run(self.command("add-terminal", name), capture_output=True, text=True, check=True,
                              cwd=ROOT, timeout=60)
        return done.stdout.strip().splitlines()[-1]

    def start(self) -> HubProcess:
        log = open(self.data_dir / "hub-process.log", "ab")  # noqa: SIM115 - the process keeps it
        self.process = subprocess.Popen([*self.command("--port", str(self.port), "--log-level", "warning")],
                                        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                        env={**os.environ, "PYTHONUNBUFFERED": "1"})
        log.close()
        wait_until(self._healthy, 30, "the hub process to answer /health")
        return self

    def _healthy(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            raise AssertionError((self.data_dir / "hub-process.log").read_text())
        try:
            return httpx.get(f"{self.url}/health", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, exactly like a power cut of the hub's machine."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=30)
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None
