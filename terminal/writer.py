"""The one public way services write events: stamp them, commit them, and say what changed.

Every service that changes the ledger (the counter, feedback, sync, the import, the demo) builds its
events with :meth:`EventWriter.new` and commits them with :meth:`EventWriter.commit`, so ids, the
terminal, the hybrid clock and the projections are the same for all of them. Each commit runs in a
``BEGIN IMMEDIATE`` transaction (:func:`terminal.db.writing`) and adds what it touched to a
:class:`Changes` record that the process's one writer hands to the screens after the job.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import sqlite_utils

from terminal.chain import CHAIN_FIELD, HEAD_KEY, with_link
from terminal.clock import Clock, HybridClock, SystemClock, iso, to_ms
from terminal.db import checkpoint, meta_get, meta_set, writing
from terminal.ids import uuid7
from terminal.ledger import Event, Kind, append

R = TypeVar("R")
# A bulk writer's pause between two of its jobs: the write lock free long enough for another process's
# writer (the app's sales while ``main.py import`` runs), which looks for it every millisecond.
HANDOVER_S = 0.003
ACTOR_FIELD = "by"  # the body field naming the staff member who made the event

@dataclass(frozen=True)
class Changes:
    """What one or more commits changed: the customers touched, whether settings changed, and whether
    the ledger's projections (balances, hourly figures, marks) moved."""

    customers: frozenset[str] = frozenset()
    settings: bool = False
    projections: bool = False

    def __bool__(self) -> bool:
        return bool(self.customers or self.settings or self.projections)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.customers | other.customers, self.settings or other.settings,
                       self.projections or other.projections)

    @classmethod
    def of(cls, events: Iterable[Event]) -> Changes:
        events = list(events)
        return cls(
            customers=frozenset(e.customer_id for e in events if e.customer_id),
            settings=any(e.kind == Kind.SETTINGS_CHANGED for e in events),
            projections=bool(events),
        )


@dataclass
class EventWriter:
    """Stamps and commits this terminal's events over one connection (used from one thread)."""

    db: sqlite_utils.Database
    clock: Clock = field(default_factory=SystemClock)
    # Who is making the events: the signed-in staff member's id, recorded as "by" in each event's body
    # (it syncs with the event). None where no one signed in (the single-PIN mode, the import, the hub).
    actor: str | None = None

    def __post_init__(self) -> None:
        self.terminal_id = meta_get(self.db, "terminal_id") or "unknown"
        # The newest stamps are among the latest arrivals; a full MAX(hlc) would scan the whole log.
        row = self.db.execute("SELECT MAX(hlc) FROM (SELECT hlc FROM events ORDER BY seq DESC LIMIT 1000)").fetchone()
        self.hlc = HybridClock(self.terminal_id, self.clock, last=row[0])
        self._pending = Changes()
        self._made: set[str] = set()  # ids from new() not yet committed: they get their chain link at commit
        self._checkpoint_holds = 0  # bulk writers running (checkpoints_held): the automatic checkpoint is off
        self._autocheckpoint_pages = 0  # the setting it had before the first of them

    def new(self, kind: Kind, customer_id: str | None = None, *, stamps: int = 0, points: int = 0,
            amount: int = 0, ref_id: str | None = None, body: dict[str, Any] | None = None) -> Event:
        """A new event of this terminal, stamped now; nothing is stored until :meth:`commit`."""
        now = self.clock.now()
        # Another process (the CLI importing) may have written newer stamps: never fall behind them.
        latest = self.db.execute("SELECT hlc FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        if latest:
            self.hlc.observe(latest[0])
        body = dict(body or {})
        if self.actor is not None:
            body.setdefault(ACTOR_FIELD, self.actor)
        event = Event(id=uuid7(to_ms(now)), terminal_id=self.terminal_id, ts=iso(now), hlc=self.hlc.tick(),
                      kind=kind, customer_id=customer_id, stamps=stamps, points=points, amount=amount,
                      ref_id=ref_id, body=body)
        self._made.add(event.id)
        return event

    def commit(self, events: Sequence[Event]) -> list[Event]:
        """Store the events and their projections in one transaction (a savepoint inside an open one).

        Returns the events that were new, as stored: this terminal's own new events carry their link in
        the terminal's hash chain (terminal/chain.py). An id the ledger already holds changes nothing.
        """
        with writing(self.db):
            head = meta_get(self.db, HEAD_KEY) or ""
            stored = []
            for event in events:
                if event.id in self._made:  # this terminal's own new event: linked into its chain
                    event = with_link(head, event)
                if append(self.db, event):
                    stored.append(event)
                    if event.id in self._made:
                        head = event.body[CHAIN_FIELD]
            if any(event.id in self._made for event in stored):
                meta_set(self.db, HEAD_KEY, head)
        self._made.difference_update(event.id for event in events)
        self.note(Changes.of(stored))
        return stored

    def note(self, changes: Changes) -> None:
        """Record changes made by a bulk write that bypassed :meth:`commit` (an import, a rebuild)."""
        self._pending = self._pending | changes

    def take_changes(self) -> Changes:
        """What changed since the last call: the writer announces it to the screens after each job."""
        changes, self._pending = self._pending, Changes()
        return changes

    # The automatic checkpoint is off while any bulk writer runs (:func:`checkpoints_held`), counted here
    # because two overlap (a sync round during an import); these run as jobs on the writer.
    def hold_checkpoints(self) -> None:
        if self._checkpoint_holds == 0:
            self._autocheckpoint_pages = int(self.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
            self.db.execute("PRAGMA wal_autocheckpoint = 0")
        self._checkpoint_holds += 1

    def last_hold(self) -> bool:
        return self._checkpoint_holds == 1

    def release_checkpoints(self) -> None:
        self._checkpoint_holds -= 1
        if self._checkpoint_holds == 0:
            self.db.execute(f"PRAGMA wal_autocheckpoint = {self._autocheckpoint_pages}")


def between_jobs() -> None:
    """Called by bulk writers (the import's chunks, a pulled page's parts) between two jobs: in the app the
    cashier's jobs go first anyway (the writer's lanes); another process's writer needs the lock to be free
    for a moment, and back-to-back chunks never left it free long enough to be seen."""
    time.sleep(HANDOVER_S)


class WriteRunner(Protocol):
    """Runs a write job on the process's one writer and returns its result: in the app the cashier's
    database worker (``DbTasks.write``), on the command line :func:`direct`."""

    def __call__(self, job: Callable[[EventWriter], R], /) -> R: ...


def direct(writer: EventWriter) -> WriteRunner:
    """A runner for a process with no worker thread (the CLI): jobs run at once on ``writer``."""

    def run(job: Callable[[EventWriter], R]) -> R:
        return job(writer)

    return run


@contextmanager
def checkpoints_held(db: sqlite_utils.Database, write: WriteRunner) -> Iterator[None]:
    """While bulk work (an import, a sync round) writes through ``write``: no automatic checkpoint on the
    writer; when the last such work ends, one checkpoint from ``db``, its own reading connection.

    SQLite checkpoints in whichever commit takes the WAL past 1,000 pages: with an import or a pull going
    in, that is a chunk, a page or a sale, and the sale (or the one queued behind the chunk) waits for a
    4 MB copy and the database file's fsync. A checkpoint from another connection keeps no writer waiting.
    Bulk writers overlap (a sync round during an import): the one that ends first leaves the WAL to the
    last, whose checkpoint then does not compete with the other's chunks for the disk, and the setting
    comes back after that checkpoint. The durability of a commit is not touched (``synchronous`` stays
    as ``connect`` set it).
    """
    write(EventWriter.hold_checkpoints)
    try:
        yield
    finally:
        if write(EventWriter.last_hold):
            checkpoint(db)
        write(EventWriter.release_checkpoints)
