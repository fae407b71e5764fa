"""The ledger's hash chain: an event changed, removed or slipped in is caught by verify; erasure is not tampering."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import main
from terminal import feedback, paths
from terminal.chain import CheckStopped, verify
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.erasure import erase
from terminal.ledger import INSERT_EVENT, stored_values


def _day(counter: Counter, clock: FixedClock) -> dict[str, str]:
    anna = counter.enrol("Anna Nagy", phone="+36 30 111 2222").customer.id
    bea = counter.enrol("Bea Bodo").customer.id
    first = counter.record_sale(anna, 450)
    feedback.rate_visit(counter, first.sale.id, 4, "nps", comment="slow today")
    clock.advance(hours=1)
    second = counter.record_sale(bea, 1200)
    clock.advance(hours=1)
    adjusted = counter.adjust_points(anna, 20, "spilled coffee")
    clock.advance(hours=1)
    last = counter.record_sale(anna, 300)
    return {"anna": anna, "bea": bea, "second": second.sale.id, "adjusted": adjusted.id, "last": last.sale.id}


def test_an_untouched_ledger_verifies_even_after_an_erasure(counter: Counter, clock: FixedClock) -> None:
    ids = _day(counter, clock)
    before = verify(counter.db)
    assert before.ok and before.chained == counter.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    erase(counter, ids["anna"])  # profile bodies scrubbed, the rating's comment removed
    after = verify(counter.db)
    assert after.ok and after.outside == 0


def test_a_check_told_to_stop_ends_without_a_report(counter: Counter, clock: FixedClock) -> None:
    _day(counter, clock)
    stop = threading.Event()
    assert verify(counter.db, stop).ok  # not set: the whole walk
    stop.set()  # the owner closed the dashboard: the thread that runs it is waited for
    with pytest.raises(CheckStopped):
        verify(counter.db, stop)


def test_a_changed_event_is_caught(counter: Counter, clock: FixedClock) -> None:
    ids = _day(counter, clock)
    with counter.db.conn:
        counter.db.execute("UPDATE events SET points = 2000 WHERE id = ?", [ids["adjusted"]])
    report = verify(counter.db)
    assert [event for _terminal, event, _why in report.broken] == [ids["adjusted"]]


def test_a_removed_event_breaks_the_next_link(counter: Counter, clock: FixedClock) -> None:
    ids = _day(counter, clock)
    with counter.db.conn:
        counter.db.execute("DELETE FROM events WHERE id = ?", [ids["adjusted"]])
    assert [event for _t, event, _w in verify(counter.db).broken] == [ids["last"]]


def test_an_event_slipped_in_without_a_link_is_counted_outside(counter: Counter, clock: FixedClock) -> None:
    ids = _day(counter, clock)
    row = counter.db.execute("SELECT terminal_id, ts, hlc FROM events WHERE id = ?", [ids["last"]]).fetchone()
    with counter.db.conn:
        counter.db.execute(INSERT_EVENT, stored_values("forged", row[0], row[1], row[2] + "x", "points_adjusted",
                                                       ids["bea"], 0, 5000, 0, None, "{}"))
    report = verify(counter.db)
    assert report.ok and report.outside == 1


def test_the_verify_command_says_so_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              clock: FixedClock) -> None:
    db = connect(paths.database_path(tmp_path))
    ids = _day(Counter(db, clock=clock), clock)
    db.close()
    assert main.main(["verify", "--data-dir", str(tmp_path)]) == 0
    assert "intact" in capsys.readouterr().out
    db = connect(paths.database_path(tmp_path))
    with db.conn:
        db.execute("UPDATE events SET amount = 1 WHERE id = ?", [ids["second"]])
    db.close()
    assert main.main(["verify", "--data-dir", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "tampered" in out and ids["second"] in out
