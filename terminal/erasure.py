"""Erasure (GDPR Art. 17): a customer's personal data leaves every file of this terminal; the numbers stay.

The ``customer_erased`` event does the logical part everywhere it arrives (the ledger's projection
empties the profile and scrubs the event bodies, see :mod:`terminal.ledger`) and marks the database
as *due for compaction*. Compaction is the physical part, which no transaction can do:

- the search index is rebuilt and optimised, so no word of the name stays in an old FTS segment;
- ``secure_delete`` is switched on and the database is ``VACUUM``-ed, so no freed page keeps the text;
- the WAL is checkpointed with ``TRUNCATE``, so the old page images leave the ``-wal`` file too;
- every backup in the data folder gets the erasure events and the same compaction (see
  :func:`scrub_backups`); a backup that cannot be scrubbed is deleted.

The erasure on this terminal (:func:`erase`) also takes the name, phone and e-mail out of the log
files. Other terminals compact after the sync round that brought the erasure
(:func:`compact_if_due`). The anonymous numbers (balances, visits, spend, hourly figures, marks)
are untouched, so the stats do not move.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from terminal import backup, paths
from terminal.counter import Counter
from terminal.db import compact, connect, meta_get, meta_set, writing
from terminal.ledger import ERASURE_DUE_KEY as DUE_KEY
from terminal.ledger import Event, Kind, search_key
from terminal.writer import EventWriter

log = logging.getLogger("db")
REDACTED = "[erased]"
CARDS_FOLDER = "cards"  # ui/printing keeps cards it could not print here, as card-<hint>.pdf
WAL_PENDING_KEY = "erasure_wal_pending"  # a compaction's WAL truncation waits for a busy reader


@dataclass(frozen=True)
class ErasureReport:
    customer_id: str
    event: Event | None  # None when the customer was erased already (compaction still runs)
    wal_truncated: bool  # False when a reader kept the WAL busy: it is truncated at the next compaction
    backups_scrubbed: int
    backups_removed: int
    log_lines_redacted: int


def erase(counter: Counter, customer_id: str, data_folder: Path | None = None) -> ErasureReport:
    """Erase the person here (events that sync: the record and every record merged into it), then compact
    this database, its backups and logs. The counter checks the signed-in role.

    The data folder is the database's own folder unless given (None for an in-memory database).
    """
    db = counter.db
    data_folder = data_folder or _folder_of(db)
    family = [r[0] for r in db.execute(
        "WITH RECURSIVE up(id, n) AS (SELECT ?, 0 UNION SELECT c.merged_into, n + 1 FROM customers c JOIN up "
        "ON c.id = up.id WHERE c.merged_into IS NOT NULL AND n < 100) SELECT id FROM up ORDER BY n DESC LIMIT 1",
        [customer_id])]
    kept = family[0] if family else customer_id
    rows = db.execute(
        "WITH RECURSIVE family(id) AS (SELECT ? UNION SELECT c.id FROM customers c JOIN family f "
        "ON c.merged_into = f.id) SELECT c.name, c.phone, c.email, c.erased FROM customers c "
        "JOIN family f ON f.id = c.id", [kept]).fetchall()
    if not rows:
        raise KeyError(customer_id)
    event = None
    if not all(row[3] for row in rows):
        event = counter.erase_customer(kept)
    secrets_ = [text for name, phone, email, _erased in rows for text in (name, search_key(name), phone, email)]
    redacted = redact_logs(paths.logs_dir(data_folder), secrets_) if data_folder else 0
    scrubbed, removed, truncated = _compact_all(db, data_folder)
    log.info("customer %s erased (%d backups scrubbed, %d removed)", kept, scrubbed, removed)
    return ErasureReport(kept, event, truncated, scrubbed, removed, redacted)


def compact_if_due(db: sqlite_utils.Database, data_folder: Path | None = None) -> bool:
    """After a sync brought erasures: compact the database and the backups; after a compaction whose WAL
    a reader kept busy: truncate it now. True if there was work. Cheap when there is none (one meta read)."""
    if json.loads(meta_get(db, DUE_KEY) or "[]"):
        _compact_all(db, data_folder or _folder_of(db))
        log.info("compacted after erasures arrived")
        return True
    if meta_get(db, WAL_PENDING_KEY):
        if db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0:
            with writing(db):
                db.execute("DELETE FROM meta WHERE key = ?", [WAL_PENDING_KEY])
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the delete's own frame
        return True
    return False


def _folder_of(db: sqlite_utils.Database) -> Path | None:
    file = db.execute("PRAGMA database_list").fetchone()[2]
    return Path(file).parent if file else None


def _compact_all(db: sqlite_utils.Database, data_folder: Path | None) -> tuple[int, int, bool]:
    due = json.loads(meta_get(db, DUE_KEY) or "[]")
    scrubbed = removed = 0
    if data_folder is not None:
        events = erasure_events(db, due) if due else []
        if events:
            scrubbed, removed = scrub_backups(paths.backups_dir(data_folder), events)
        _remove_card_files(db, data_folder / CARDS_FOLDER, due)
    with writing(db):
        meta_set(db, DUE_KEY, "[]")
        meta_set(db, WAL_PENDING_KEY, "1")  # cleared once the WAL is truncated
    truncated = compact(db)
    if truncated:
        with writing(db):
            db.execute("DELETE FROM meta WHERE key = ?", [WAL_PENDING_KEY])
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return scrubbed, removed, truncated


def scrub_backups(folder: Path, erasures: Sequence[Event]) -> tuple[int, int]:
    """Apply erasures to every backup in `folder`, so no copy older than an erasure keeps the person.

    Each backup is unpacked beside itself (private), gets the erasure events (idempotent) and the same
    compaction as the live database, is checked (terminal.backup.verify), packed again and put in
    place of the old copy in one rename. A backup that cannot be scrubbed is deleted rather than left
    holding the data. Returns (scrubbed, deleted). A restore re-applies the erasures made after its
    backup too (terminal.restore), which covers a copy taken off the machine before the erasure.
    """
    scrubbed = deleted = 0
    for found in backup.backups(folder):
        work = folder / f".{found.path.name}.scrub"
        packed = folder / f".{found.path.name}.scrub.part"
        try:
            paths.private_file(work)
            backup.unpack(found.path, work)
            reapply_erasures(work, erasures)
            backup.verify(work)
            if found.compressed:
                paths.private_file(packed)
                with work.open("rb") as raw, gzip.open(packed, "wb", compresslevel=6) as out:
                    shutil.copyfileobj(raw, out, backup.CHUNK)
                os.replace(packed, found.path)
            else:
                os.replace(work, found.path)
            scrubbed += 1
        except (OSError, sqlite3.Error, backup.BackupFailed) as error:
            log.warning("backup %s could not be scrubbed (%s): deleted", found.path.name, error)
            found.path.unlink(missing_ok=True)
            deleted += 1
        finally:
            for leftover in (work, packed, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
                leftover.unlink(missing_ok=True)
    return scrubbed, deleted


def reapply_erasures(database: Path, erasures: Sequence[Event]) -> int:
    """Apply the erasure events to a database file (a backup's copy) and compact it; one self-contained
    file after (journal_mode DELETE, no -wal beside it). Returns how many were new to it."""
    db = connect(database)
    try:
        fresh = EventWriter(db).commit(list(erasures))
        with writing(db):
            db.execute("DELETE FROM meta WHERE key IN (?, ?)", [DUE_KEY, WAL_PENDING_KEY])
        compact(db)
        db.execute("PRAGMA journal_mode = DELETE")
    finally:
        db.close()
    return len(fresh)


def _remove_card_files(db: sqlite_utils.Database, folder: Path, customer_ids: list[str]) -> None:
    """A card that could not be printed waits as a PDF with the customer's name on its face: it goes too."""
    if not customer_ids or not folder.is_dir():
        return
    marks = ",".join("?" * len(customer_ids))
    for (hint,) in db.execute(f"SELECT hint FROM cards WHERE customer_id IN ({marks})", customer_ids):
        (folder / f"card-{hint}.pdf").unlink(missing_ok=True)


def erasure_events(db: sqlite_utils.Database, customer_ids: list[str] | None = None) -> list[Event]:
    """The erasure events held (of these customers, or all): what a backup or a restore must re-apply."""
    rows = db.query("SELECT * FROM events WHERE kind = ? ORDER BY seq", [Kind.CUSTOMER_ERASED])
    wanted = set(customer_ids) if customer_ids is not None else None
    return [Event.from_row(r) for r in rows if wanted is None or r["customer_id"] in wanted]


def redact_logs(folder: Path, secrets_: list[str | None]) -> int:
    """Replace the customer's name, phone and e-mail in every log file (rotated ones too), in place.

    In place (not a new file) because the running log handler keeps its file open in append mode.
    Returns how many lines changed. Very short values (under 3 characters) are left: they would
    redact unrelated text and identify nobody.
    """
    words = sorted({w for w in secrets_ if w and len(w) >= 3}, key=len, reverse=True)
    if not words or not folder.is_dir():
        return 0
    changed = 0
    for path in sorted(folder.glob("*.log*")):
        with path.open("r+", encoding="utf-8", errors="surrogateescape", newline="") as handle:
            lines = handle.readlines()
            out = []
            for line in lines:
                new = line
                for word in words:
                    new = new.replace(word, REDACTED)
                changed += new != line
                out.append(new)
            if out != lines:
                handle.seek(0)
                handle.truncate()
                handle.writelines(out)
    return changed
