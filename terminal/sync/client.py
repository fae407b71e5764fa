"""One sync round: push what the hub has not acknowledged, then pull what other terminals did.

Progress lives in the ``meta`` table, so a round cut off anywhere resumes safely:
``sync_pushed_seq`` (local events up to here are acknowledged), ``sync_cursor`` (the hub's sequence
number up to which pulled events are committed locally; written in the same transaction as the
page's last events), ``sync_epoch`` (the hub's epoch last seen). When the epoch changes the hub was restored from
a backup: the terminal pushes its whole log again, other terminals' events included, and pulls from
zero, so nothing any terminal had is lost. Pushing and applying are idempotent by event id.

No single event stops sync: an event the hub refuses, or a pulled one that fails its kind's schema
(:func:`terminal.sync.schema.check_pulled`), is set aside with its reason (:mod:`terminal.sync.set_aside`)
and the rest flows. A terminal that has had fewer of its own events acknowledged than the hub holds
(``sync_pushed_own``; restored from a backup) pulls its own events back (``sync_recover_cursor``) and
continues its receipt numbers after the highest it had issued; the hub gives each terminal its
receipt prefix.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

import sqlite_utils

from terminal import chain, receipt_numbers
from terminal.clock import Clock, SystemClock, iso, parse_iso
from terminal.db import meta_get, meta_set, writing
from terminal.erasure import compact_if_due
from terminal.ledger import Event
from terminal.sync import set_aside
from terminal.sync.schema import MAX_BATCH, SetAside, check_pulled
from terminal.sync.transport import HubConnection, SyncError, SyncProblem
from terminal.writer import EventWriter, WriteRunner, between_jobs, checkpoints_held, direct

log = logging.getLogger("sync")
PUSH_BATCH = 500
PULL_PAGE = 1000  # the most events asked for in one pull
FIRST_PULL_PAGE, MIN_PULL_PAGE = 100, 20
# A writer job of a pulled page stops taking events after this long (its time on the writer, so a sale
# queued behind it waits about this); the rest of the page goes in the next job, and the page's size
# aims at this from the writer's pace.
PAGE_SECONDS = 0.06
PAGE_PART = 2  # events committed between two looks at the clock in a page's job


@dataclass
class SyncReport:
    pushed: int = 0  # events sent
    stored: int = 0  # of which the hub did not have yet
    pulled: int = 0  # events received
    applied: int = 0  # of which were new here
    conflicts: list[str] = field(default_factory=list)
    chain_problems: dict[str, str] = field(default_factory=dict)  # event id -> how the hub found its chain broken
    epoch_changed: bool = False
    refused: int = 0  # pushed events the hub refused (set aside)
    set_aside: int = 0  # pulled events that failed their schema (set aside)
    recovered: int = 0  # own events the hub gave back after a restore

    def summary(self) -> str:
        text = f"pushed {self.pushed} ({self.stored} new to the hub), pulled {self.pulled} ({self.applied} new here)"
        if self.epoch_changed:
            text += "; the hub was restored, so everything was sent again"
        if self.recovered:
            text += f"; {self.recovered} of this terminal's own events came back from the hub"
        if self.refused or self.set_aside:
            text += f"; {self.refused + self.set_aside} events set aside (see the sync status)"
        if self.conflicts:
            text += f"; {len(self.conflicts)} conflicting event ids reported by the hub"
        if self.chain_problems:
            text += f"; the hub found {len(self.chain_problems)} events that break the ledger's hash chain"
        return text


@dataclass(frozen=True)
class SyncStatus:
    last_sync: datetime | None
    waiting: int  # local events the hub has not acknowledged
    problem: SyncProblem | None
    detail: str = ""
    set_aside: int = 0  # events sync set aside for the owner (terminal.sync.set_aside)


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
                      problem=SyncProblem(problem) if problem else None, detail=meta_get(db, "sync_detail") or "",
                      set_aside=set_aside.count(db))


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
    and a sale never waits for more than one job of a page (``PAGE_SECONDS``). Without ``write`` (the
    command line) the jobs run on ``db`` itself.
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
            with checkpoints_held(self.db, self.write):  # a checkpoint lands in no page and no sale
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
        hello = self.hub.hello(_terminal_id(self.db))
        epoch = hello["epoch"]
        self._adopt(hello, report)
        self._push(epoch, report)
        if meta_get(self.db, "sync_recover_cursor") is not None:
            self._recover(epoch, report)
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
                prefix = hello.get("receipt_prefix")
                if isinstance(prefix, str) and prefix.isascii() and prefix.isalnum() and len(prefix) <= 16 and \
                        receipt_numbers.adopt_prefix(db, prefix):
                    log.info("receipts of this terminal are numbered with the prefix %s from now on", prefix)
                known = meta_get(db, "sync_epoch")
                if known == hello["epoch"]:
                    if _behind(db, hello):
                        log.warning("the hub holds more of this terminal's events than it has sent (restored from "
                                    "a backup?): pulling them back")
                        meta_set(db, "sync_recover_cursor", "0")
                    return
                if known is not None:
                    report.epoch_changed = True
                    log.warning("the hub's epoch changed (restored from backup): pushing everything, pulling from zero")
                last = db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
                meta_set(db, "sync_epoch", hello["epoch"])
                meta_set(db, "sync_pushed_seq", "0")
                meta_set(db, "sync_push_all_until", str(last) if known is not None else "0")
                meta_set(db, "sync_cursor", "0")
                meta_set(db, "sync_pushed_own", "0")
                db.execute("DELETE FROM meta WHERE key = 'sync_recover_cursor'")

        self.write(adopt)

    def _recover(self, epoch: str, report: SyncReport) -> None:
        """Pull this terminal's own events back, page by page (resumable), then continue its receipt numbers."""
        while True:
            cursor = _meta_int(self.db, "sync_recover_cursor")
            answer = self.hub.pull(cursor, self.pull_page, own=True)
            if answer.get("epoch") != epoch:
                raise SyncError(SyncProblem.EPOCH_CHANGED)
            report.recovered += self._apply(answer, cursor, "sync_recover_cursor", report)[0]
            if not answer.get("more"):
                break
        # Every event of this terminal the hub holds is here now: count them as acknowledged.
        own = self.hub.hello(_terminal_id(self.db)).get("own_events")
        number = self.write(partial(_recovered, own=own if isinstance(own, int) else 0))
        log.info("recovered this terminal's events from the hub; receipts continue after %d", number)

    def _push(self, epoch: str, report: SyncReport) -> None:
        terminal_id = _terminal_id(self.db)
        push_all_until = _meta_int(self.db, "sync_push_all_until")
        # What was written before this round began: a busy counter's new sales wait for the next round,
        # so the push ends (and the pull runs) however fast sales come in.
        until = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
        while True:
            pushed_seq = _meta_int(self.db, "sync_pushed_seq")
            rows = list(self.db.query(
                "SELECT * FROM events WHERE seq > ? AND seq <= ? AND (terminal_id = ? OR seq <= ?) ORDER BY seq "
                "LIMIT ?", [pushed_seq, until, terminal_id, push_all_until, self.push_batch]))
            if not rows:
                return
            answer = self.hub.push([wire_from_row(row) for row in rows])
            if answer.get("epoch") != epoch:
                raise SyncError(SyncProblem.EPOCH_CHANGED)
            report.pushed += len(rows)
            report.stored += int(answer.get("stored", 0))
            conflicts = [c for c in answer.get("conflicts", []) if isinstance(c, str)]
            report.conflicts.extend(conflicts)
            refused = [r for r in answer.get("refused", []) if isinstance(r, dict)]
            report.refused += len(refused)
            broken = answer.get("chain_problems")
            if isinstance(broken, dict) and broken:
                found = {str(k)[:64]: str(v)[:200] for k, v in list(broken.items())[:MAX_BATCH]}
                report.chain_problems.update(found)
                self.write(partial(_remember_hub_breaks, problems=found))
            by_id = {row["id"]: row for row in rows}
            aside = [(str(r.get("id")), f"refused by the hub: {r.get('reason')}",
                      wire_from_row(by_id[r["id"]]) if r.get("id") in by_id else r) for r in refused]
            aside += [(c, "the hub holds other content under this id", wire_from_row(by_id[c]) if c in by_id else {})
                      for c in conflicts]
            # What the hub refused is set aside, and the cursor moves past it: later pushes go on.
            self.write(partial(_pushed, seq=rows[-1]["seq"], own=sum(row["terminal_id"] == terminal_id for row in rows),
                               aside=aside, ts=iso(self.clock.now())))

    def _pull(self, epoch: str, report: SyncReport) -> None:
        page = min(FIRST_PULL_PAGE, self.pull_page)
        while True:
            cursor = _meta_int(self.db, "sync_cursor")
            answer = self.hub.pull(cursor, page)
            if answer.get("epoch") != epoch:
                raise SyncError(SyncProblem.EPOCH_CHANGED)
            applied, seconds = self._apply(answer, cursor, "sync_cursor", report)
            report.applied += applied
            if not answer.get("more"):
                return
            size = len(answer["events"]) if isinstance(answer.get("events"), list) else 0
            # The next page from the writer's pace (its own time, not the wait for its turn nor the checks
            # on this thread), at most twice this one (a page of events already here is quick).
            paced = int(size * PAGE_SECONDS / max(seconds, 1e-4))
            page = max(MIN_PULL_PAGE, min(self.pull_page, 2 * max(size, 1), paced))

    def _apply(self, answer: dict, cursor: int, cursor_key: str, report: SyncReport) -> tuple[int, float]:
        """Check a pulled page against the schema, then hand the good events to the writer in jobs of at
        most ``PAGE_SECONDS`` each, the last with the set-aside rest and the cursor; how many events were
        new here, and the jobs' time on the writer."""
        good, bad = check_pulled(answer.get("events"), self._pull_now(answer))
        next_cursor = answer.get("next")
        if not isinstance(next_cursor, int) or isinstance(next_cursor, bool):
            raise SyncError(SyncProblem.HUB_ERROR, "the hub's page has no cursor")
        events = [Event.from_wire(data) for data in good]
        applied, done, seconds = 0, 0, 0.0
        while True:
            part = self.write(partial(_apply_page, events=events, start=done, cursor_key=cursor_key,
                                      cursor=str(max(next_cursor, cursor)), bad=bad, ts=iso(self.clock.now()),
                                      seconds=PAGE_SECONDS))
            applied, done, seconds = applied + part.applied, part.done, seconds + part.seconds
            if part.finished:
                break
            between_jobs()
        if bad:
            log.warning("sync: set aside %d pulled events, first %s: %s", len(bad), bad[0].event_id, bad[0].reason)
        report.pulled += len(events) + len(bad)
        report.set_aside += len(bad)
        return applied, seconds

    def _pull_now(self, answer: dict) -> datetime:
        """The later of this terminal's clock and the hub's: a terminal whose clock runs behind must not
        set aside what the hub, with its window, accepted."""
        now = self.clock.now()
        try:
            return max(now, parse_iso(answer["now"]))
        except (KeyError, TypeError, ValueError):
            return now


def _behind(db: sqlite_utils.Database, hello: dict) -> bool:
    """Whether the hub holds more events of this terminal than it has had acknowledged."""
    own = hello.get("own_events")
    if not isinstance(own, int) or own <= 0 or meta_get(db, "sync_recover_cursor") is not None:
        return False
    return own > _pushed_own(db)


def _pushed_own(db: sqlite_utils.Database) -> int:
    """How many of its own events this terminal has had acknowledged (counted once, then kept up);
    call inside a write transaction."""
    value = meta_get(db, "sync_pushed_own")
    if value is None:
        value = str(db.execute("SELECT COUNT(*) FROM events WHERE terminal_id = ? AND seq <= ?",
                               [_terminal_id(db), _meta_int(db, "sync_pushed_seq")]).fetchone()[0])
        meta_set(db, "sync_pushed_own", value)
    return int(value)


def _remember_hub_breaks(writer: EventWriter, problems: dict[str, str]) -> None:
    chain.remember_hub_breaks(writer.db, problems)


def _pushed(writer: EventWriter, seq: int, own: int, aside: Sequence[tuple[str, str, object]], ts: str) -> None:
    """On the writer: a batch is acknowledged; what the hub refused of it is set aside."""
    with writing(writer.db):
        before = _pushed_own(writer.db)  # counted before sync_pushed_seq moves past the batch
        set_aside.record(writer.db, set_aside.PUSH, aside, ts)
        meta_set(writer.db, "sync_pushed_seq", str(seq))
        meta_set(writer.db, "sync_pushed_own", str(before + own))


@dataclass(frozen=True)
class PagePart:
    """What one writer job of a pulled page did: the events new here, how far into the page it got, whether
    that was the page's end (its cursor committed), and its time on the writer."""

    applied: int
    done: int
    finished: bool
    seconds: float


def _apply_page(writer: EventWriter, events: list[Event], start: int, cursor_key: str, cursor: str,
                bad: list[SetAside], ts: str, seconds: float) -> PagePart:
    """On the writer: the page's events from ``start`` for up to ``seconds`` (``PAGE_PART`` at least), and
    when they reach the page's end, what was set aside of it and the cursor after it, all in one
    transaction. A page cut off between two parts is pulled again from the old cursor: the events already
    here change nothing."""
    began = time.perf_counter()
    applied, index = 0, start
    with writing(writer.db):
        while index < len(events):
            part = events[index:index + PAGE_PART]
            applied += len(writer.commit(part))
            index += len(part)
            if time.perf_counter() - began > seconds:
                break
        finished = index >= len(events)
        if finished:
            set_aside.record(writer.db, set_aside.PULL, [(b.event_id, b.reason, b.event) for b in bad], ts)
            meta_set(writer.db, cursor_key, cursor)
    for event in events[start:index]:
        writer.hlc.observe(event.hlc)  # the counter's next edits come after what was pulled
    return PagePart(applied, index, finished, time.perf_counter() - began)


def _recovered(writer: EventWriter, own: int) -> int:
    """On the writer: recovery is done; receipts continue after the highest this terminal issued."""
    with writing(writer.db):
        writer.db.execute("DELETE FROM meta WHERE key = 'sync_recover_cursor'")
        meta_set(writer.db, "sync_pushed_own", str(max(own, _pushed_own(writer.db))))
        return receipt_numbers.catch_up(writer.db)
