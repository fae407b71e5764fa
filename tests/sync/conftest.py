"""Sync test set-up: a private PostgreSQL server, hubs on free loopback ports, terminals in data folders."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.ledger import balance_snapshot, rebuild
from terminal.paths import database_path
from terminal.sync.client import SyncClient, SyncReport
from terminal.sync.hub import Hub, HubConfig
from terminal.sync.server import HubServer
from terminal.sync.store import HubStore
from terminal.sync.store_postgres import PostgresHubStore
from terminal.sync.store_sqlite import SqliteHubStore
from terminal.sync.transport import HubConnection
from terminal.writer import direct
from tests.sync import pgserver

STORES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def postgres() -> Iterator[pgserver.PostgresServer]:
    server = pgserver.start()  # raises (the test fails, never skips) when PostgreSQL cannot start
    yield server
    server.stop()


@pytest.fixture
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[..., HubStore]]:
    """make_store(kind, name="hub", guard=True): a fresh store; the same name reopens the same one."""
    opened: list[HubStore] = []
    urls: dict[str, str] = {}

    def make(kind: str, name: str = "hub", guard: bool = True) -> HubStore:
        if kind == "sqlite":
            store: HubStore = SqliteHubStore(tmp_path / f"{name}.db", commit_order_guard=guard)
        else:
            server = request.getfixturevalue("postgres")
            if name not in urls:
                urls[name] = server.create_database()
            store = PostgresHubStore(urls[name], commit_order_guard=guard)
            # An erasure's clean-up that met an older snapshot (an autovacuum ANALYZE) tries again soon.
            store.retry_delay = 0.2
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
    if urls:
        server = request.getfixturevalue("postgres")
        for url in urls.values():
            server.drop_database(url)


@dataclass
class RunningHub:
    hub: Hub
    server: HubServer
    store: HubStore

    @property
    def url(self) -> str:
        return self.server.url

    def token(self, name: str) -> str:
        return self.store.add_terminal(name, 0)


@pytest.fixture
def start_hub(tmp_path: Path) -> Iterator[Callable[..., RunningHub]]:
    started: list[HubServer] = []

    def start(store: HubStore, config: HubConfig | None = None, port: int = 0) -> RunningHub:
        hub = Hub(store, config or HubConfig(data_dir=tmp_path))
        hub.check_restored()
        server = HubServer(hub, port=port).start()
        started.append(server)
        return RunningHub(hub, server, store)

    yield start
    for server in started:
        server.stop()


@pytest.fixture(params=STORES)
def hub(request: pytest.FixtureRequest, make_store: Callable[..., HubStore],
        start_hub: Callable[..., RunningHub]) -> RunningHub:
    """A running hub, once on the SQLite store and once on PostgreSQL."""
    return start_hub(make_store(request.param))


@dataclass
class Terminal:
    """One till: its own data folder, database, clock and counter."""

    name: str
    folder: Path
    db: sqlite_utils.Database
    clock: FixedClock
    counter: Counter
    token: str = ""
    url: str = ""
    sleeps: list[float] = field(default_factory=list)

    def connection(self, **kwargs: object) -> HubConnection:
        kwargs.setdefault("sleep", self.sleeps.append)
        return HubConnection(self.url, self.token, **kwargs)  # type: ignore[arg-type]

    def sync(self, **kwargs: object) -> SyncReport:
        with self.connection() as hub:
            return SyncClient(self.db, hub, clock=self.clock, write=direct(self.counter.writer),  # type: ignore[arg-type]
                              **kwargs).run()

    def balances(self) -> dict[str, tuple[int, int]]:
        return {r[0]: (r[1], r[2]) for r in self.db.execute("SELECT customer_id, stamps, points FROM balances")}

    def assert_rebuild_equal(self) -> None:
        before = balance_snapshot(self.db)
        rebuild(self.db)
        assert balance_snapshot(self.db) == before

    def event_ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT id FROM events")}


@pytest.fixture
def make_terminal(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    made: list[Terminal] = []

    def make(name: str, running: RunningHub | None = None, *, start: datetime | None = None) -> Terminal:
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        db = connect(database_path(folder))
        with db.atomic():
            db.execute("UPDATE meta SET value = ? WHERE key = 'terminal_name'", [name])
        clock = FixedClock(start or datetime(2026, 3, 10, 9, 30, tzinfo=UTC))
        terminal = Terminal(name, folder, db, clock, Counter(db, clock=clock))
        if running is not None:
            terminal.token, terminal.url = running.token(name), running.url
        made.append(terminal)
        return terminal

    yield make
    for terminal in made:
        terminal.db.close()


def shuffled(rng: random.Random, items: list) -> list:
    copy = list(items)
    rng.shuffle(copy)
    return copy
