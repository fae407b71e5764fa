"""The end-of-shift report in the app: a manager opens it, sees the day's figures, prints it on the roll."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.staff import Role, new_member
from tests.receipts.pdftools import page_sizes_mm, pdf_text, rasterise
from tests.ui_printing.test_cashier_printing import _window
from tests.ui_printing.test_print_service import PdfPrinters
from ui.main_window import MainWindow


@pytest.fixture
def printers(tmp_path: Path) -> PdfPrinters:
    return PdfPrinters(tmp_path)


@pytest.fixture
def window(qtbot, tmp_path: Path, clock: FixedClock, printers: PdfPrinters) -> Iterator[MainWindow]:
    yield from _window(qtbot, tmp_path, clock, printers)


def test_a_manager_sees_and_prints_the_shift_report_a_cashier_may_not(qtbot, window: MainWindow, tmp_path: Path,
                                                                      clock: FixedClock, printers: PdfPrinters):
    db = connect(tmp_path / "terminal.db")
    seed = Counter(db, clock=clock)
    owner, manager = new_member("Olga", Role.OWNER, "900001"), new_member("Mark", Role.MANAGER, "800001")
    cashier = new_member("Cecil", Role.CASHIER, "7001")
    seed.save_staff_member(owner)
    seed.signed_in, seed.writer.actor = owner, owner.id
    seed.save_staff_member(manager)
    seed.save_staff_member(cashier)
    seed.signed_in, seed.writer.actor = cashier, cashier.id
    anna = seed.enrol("Anna").customer.id
    seed.record_sale(anna, 450)
    seed.signed_in, seed.writer.actor = manager, manager.id
    seed.adjust_points(anna, 150, "cake mix-up")
    db.close()
    window.staff.reload()
    qtbot.waitUntil(window.tasks.is_idle)

    window.staff.signed_in = cashier
    window.shift_report.action.trigger()
    assert "needs a manager or the owner" in window.cashier.banner.text() and window.shift_report.dialog is None

    window.staff.signed_in = manager
    window.tasks.run(lambda c: setattr(c, "signed_in", manager))  # as F6 leaves the worker's counter
    window.shift_report.action.trigger()
    qtbot.waitUntil(lambda: window.shift_report.dialog is not None)
    dialog = window.shift_report.dialog
    cells = [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
             for r in range(dialog.table.rowCount())]
    assert [row[0] for row in cells] == ["Cecil", "Mark", "The whole day"]
    assert cells[0][1:3] == ["1", "€4.50"] and cells[0][6] == "54"  # 50 welcome + 4 for the sale
    assert dialog.adjustments.item(0).text().endswith("+150 points by Mark: cake mix-up")
    assert "a big adjustment" in dialog.anomalies.item(0).text()

    done: list[str] = []
    window.printing.service.printed.connect(lambda what, _where: done.append(what))
    dialog.print_button.click()
    qtbot.waitUntil(lambda: done == [f"shift report {clock.now().date().isoformat()}"])
    # The printer gets the roll document (painted as an image, as for receipts): 80 mm wide, with ink.
    (width, _height), = page_sizes_mm(printers.jobs[-1])
    assert abs(width - 80) < 1
    assert rasterise(printers.jobs[-1], dpi=100).getextrema()[0] == 0
    roll = tmp_path / "roll.pdf"
    roll.write_bytes(window.shift_report.pdf)
    text = pdf_text(roll)
    assert "Cecil" in text and "Mark" in text and "cake mix-up" in text and "big adjustment" in text
