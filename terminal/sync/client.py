"""One sync round: push what the hub has not acknowledged, then pull what other terminals did.

Progress lives in the ``meta`` table, so a round cut off anywhere resumes safely:
``sync_pushed_seq`` (local events up to here are acknowledged), ``sync_cursor`` (the hub's sequence
number up to which pulled events are committed locally; written in the same transaction as the
events), ``sync_epoch`` (the hub's epoch last seen). When the epoch changes the hub was restored from
a backup: the terminal pushes its whole log again, other terminals' events included, and pulls from
zero, so nothing any terminal had is lost. Pushing and applying are idempotent by event id.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

import sqlite_utils

from terminal.clock import Clock, SystemClock, iso, parse_iso
from terminal.db import meta_get, meta_set, writing
from terminal.erasure import compact_if_due
from terminal.ledger import Event
from terminal.sync.transport import HubConnection, SyncError, SyncProblem
from terminal.writer import EventWriter, WriteRunner, direct

log = logging.getLogger("sync")
PUSH_BATCH = 500
PULL_PAGE = 1000  # the most events asked for in one pull
FIRST_PULL_PAGE, MIN_PULL_PAGE = 200, 20
PAGE_SECONDS = 0.06  # a pulled page's time on the writer, aimed at


@dataclass
class SyncReport:
    pushed: int = 0  # events sent
    stored: int = 0  # of which the hub did not have yet
    pulled: int = 0  # events received
    applied: int = 0  # of which were new here
    conflicts: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # event id -> why the hub set it aside (staff roles)
    chain_problems: dict[str, str] = field(default_factory=dict)  # event id -> how the hub found its chain broken
    epoch_changed: bool = False

    def summary(self) -> str:
        text = f"pushed {self.pushed} ({self.stored} new to the hub), pulled {self.pulled} ({self.applied} new here)"
        if self.epoch_changed:
            text += "; the hub was restored, so everything was sent again"
        if self.conflicts:
            text += f"; {len(self.conflicts)} conflicting event ids reported by the hub"
        if self.refused:
            text += f"; {len(self.refused)} events set aside by the hub (a staff role may not make them)"
        if self.chain_problems:
            text += f"; the hub found {len(self.chain_problems)} events that break the ledger's hash chain"
        return text


@dataclass(frozen=True)
class SyncStatus:
    last_sync: datetime | None
    waiting: int  # local events the hub has not acknowledged
    problem: SyncProblem | None
    detail: str = ""


def _meta_int(db: sqlite_utils.Database, key: str) -> int:
    value = meta_get(db, key)
    return int(value) if value else 0


def _terminal_id(db: sqlite_utils.Database) -> str:
    return meta_get(db, "terminal_id") or ""


def waiting_events(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM events WHERE seq > ? AND (terminal_id = ? OR seq <= ?)",
                      [_meta_int(db, "sync_pushed_seq"), _terminal_id(db), _meta_int(db, "sync_push_all_until")]
                      ).fetchone()[0]


def wire_from_row(row: dict) -> dict:
    """An events row in wire form; what Event.to_wire gives, without its deep copy (a third of a push's time)."""
    return {"id": row["id"], "terminal_id": row["terminal_id"], "ts": row["ts"], "hlc": row["hlc"], "kind": row["kind"],
            "customer_id": row["customer_id"], "stamps": row["stamps"], "points": row["points"],
            "amount": row["amount"], "ref_id": row["ref_id"], "body": json.loads(row["body"])}


def unpushed_of_customer(db: sqlite_utils.Database, customer_id: str) -> list[dict]:
    """This terminal's events of one customer the hub has not acknowledged (sent with a redemption)."""
    rows = db.query("SELECT * FROM events WHERE seq > ? AND terminal_id = ? AND customer_id = ? ORDER BY seq",
                    [_meta_int(db, "sync_pushed_seq"), _terminal_id(db), customer_id])
    return [wire_from_row(row) for row in rows]


def sync_status(db: sqlite_utils.Database) -> SyncStatus:
    last = meta_get(db, "sync_last_ok")
    problem = meta_get(db, "sync_problem")
    return SyncStatus(last_sync=parse_iso(last) if last else None, waiting=waiting_events(db),
                      problem=SyncProblem(problem) if problem else None, detail=meta_get(db, "sync_detail") or "")


def _set_meta(values: dict[str, str]) -> Callable[[EventWriter], None]:
    def job(writer: EventWriter) -> None:
        with writing(writer.db):
            for key, value in values.items():
                meta_set(writer.db, key, value)

    return job


class SyncClient:
    """Runs rounds for one terminal database; use it from the thread that opened ``db``.

    ``db`` is for reading; every write (a pulled page with its cursor, the round's bookkeeping) is a
    short job handed to ``write``, the process's one writer, so the network never holds the write lock
    and a sale never waits for more than one page. Without ``write`` (the command line) the jobs run on
    ``db`` itself.
    """

    def __init__(self, db: sqlite_utils.Database, hub: HubConnection, *, clock: Clock | None = None,
                 write: WriteRunner | None = None, push_batch: int = PUSH_BATCH, pull_page: int = PULL_PAGE) -> None:
        self.db = db
        self.hub = hub
        self.clock = clock or SystemClock()
        self.write = write or direct(EventWriter(db, self.clock))
        self.push_batch = push_batch
        self.pull_page = pull_page

    def run(self) -> SyncReport:
        """One round; records its outcome for the status bar and re-raises a SyncError."""
        try:
            report = self._round()
        except SyncError as error:
            self.write(_set_meta({"sync_problem": str(error.problem), "sync_detail": error.detail}))
            log.warning("sync failed: %s", error)
            raise
        self.write(_set_meta({"sync_last_ok": iso(self.clock.now()), "sync_problem": "", "sync_detail": "",
                              "sync_offline_redemptions": "0"}))
        log.info("sync: %s", report.summary())
        self.write(lambda writer: compact_if_due(writer.db))  # erasures that came in: out of the files too
        return report

    def _round(self) -> SyncReport:
        report = SyncReport()
        hello = self.hub.hello()
        epoch = hello["epoch"]
        self._adopt(hello, report)
        self._push(epoch, report)
        self._pull(epoch, report)
        return report

    def _adopt(self, hello: dict, report: SyncReport) -> None:
        """Take the shop's secret from the hub; start over when the hub's epoch changed."""

        def adopt(writer: EventWriter) -> None:
            db = writer.db
            with writing(db):  # read and write under the write lock: nobody changes them in between
                secret = hello.get("shop_secret")
                if isinstance(secret, str) and secret and meta_get(db, "shop_secret") != secret:
                    meta_set(db, "shop_secret", secret)
                    log.info("adopted the shop's secret from the hub")
                known = meta_get(db, "sync_epoch")
                if known == hello["epoch"]:
                    return
                if known is not None:
                    report.epoch_changed = True
                    log.warning("the hub's epoch changed (restored from backup): pushing everything, pulling from zero")
                last = db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
                meta_set(db, "sync_epoch", hello["epoch"])
                meta_set(db, "sync_pushed_seq", "0")
                meta_set(db, "sync_push_all_until", str(last) if known is not None else "0")
                meta_set(db, "sync_cursor", "0")

        self.write(adopt)

    def _push(self, epoch: str, report: SyncReport) -> None:
        terminal_id = _terminal_id(self.db)
        push_all_until = _meta_int(self.db, "sync_push_all_until")
        while True:
            pushed_seq = _meta_int(self.db, "sync_pushed_seq")
            rows = list(self.db.query(
                "SELECT * FROM events WHERE seq > ? AND (terminal_id = ? OR seq <= ?) ORDER BY seq LIMIT ?",
                [pushed_seq, terminal_id, push_all_until, self.push_batch]))
            if not rows:
                return
            answer = self.hub.push([wire_from_row(row) for row in rows])
            if answer.get("epoch") != epoch:
                raise SyncError(SyncProblem.EPOCH_CHANGED)
            report.pushed += len(rows)
            report.stored += int(answer.get("stored", 0))
            report.conflicts.extend(answer.get("conflicts", []))
            refused = answer.get("refused")
            if isinstance(refused, dict):
                report.refused.update({str(k): str(v) for k, v in refused.items()})
            broken = answer.get("chain_problems")
            if isinstance(broken, dict):
                report.chain_problems.update({str(k): str(v) for k, v in broken.items()})
            self.write(_set_meta({"sync_pushed_seq": str(rows[-1]["seq"])}))

    def _pull(self, epoch: str, report: SyncReport) -> None:
        page = min(FIRST_PULL_PAGE, self.pull_page)
        while True:
            cursor = _meta_int(self.db, "sync_cursor")
            answer = self.hub.pull(cursor, page)
            if answer.get("epoch") != epoch:
                raise SyncError(SyncProblem.EPOCH_CHANGED)
            events = [Event.from_wire(data) for data in answer["events"]]
            next_cursor = str(max(int(answer["next"]), cursor))
            began = time.perf_counter()
            report.applied += self.write(partial(_apply_page, events=events, cursor=next_cursor))
            took = time.perf_counter() - began
            report.pulled += len(events)
            if not answer.get("more"):
                return
            # A page is one writer job: size the next one so a sale queued behind it waits ~PAGE_SECONDS.
            page = max(MIN_PULL_PAGE, min(self.pull_page, int(len(events) * PAGE_SECONDS / max(took, 1e-4))))


def _apply_page(writer: EventWriter, events: list[Event], cursor: str) -> int:
    """On the writer: a pulled page and the cursor after it commit together, or neither does."""
    with writing(writer.db):
        applied = len(writer.commit(events))
        meta_set(writer.db, "sync_cursor", cursor)
    for event in events:
        writer.hlc.observe(event.hlc)  # the counter's next edits come after what was pulled
    return applied
