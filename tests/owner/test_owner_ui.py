"""The owner's PIN dialog and dashboard, as real widgets on the hand-worked history."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils
from pytestqt.qtbot import QtBot

from terminal.clock import FixedClock
from terminal.importer import ImportKind, ImportOptions
from terminal.languages import isolate
from terminal.writer import Changes
from tests.receipts.pdftools import pdf_text
from ui.owner.pin_dialog import PinDialog
from ui.owner.window import OwnerWindow
from ui.owner.worker import OwnerWorker, ReadOnlyView
from ui.tasks import DbTasks

# Qt's offscreen platform warns about every top-level window it shows: not this code's doing.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_pin_first_run_then_wrong_then_right(qtbot: QtBot, db_path: Path, owner_clock: FixedClock,
                                             writer: DbTasks) -> None:
    worker = OwnerWorker(db_path, writer.write)
    try:
        first = PinDialog(worker, owner_clock, first_run=True)
        qtbot.addWidget(first)
        first.pin.setText("246800")
        first.repeat.setText("246900")
        first.submit()
        assert "differ" in first.message.text()
        first.repeat.setText("246800")
        with qtbot.waitSignal(first.accepted, timeout=20_000):
            first.submit()
        dialog = PinDialog(worker, owner_clock, first_run=False)
        qtbot.addWidget(dialog)
        dialog.pin.setText("111111")
        dialog.submit()
        qtbot.waitUntil(lambda: "Wrong PIN" in dialog.message.text(), timeout=20_000)
        assert dialog.pin.text() == ""
        dialog.pin.setText("246800")
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            dialog.submit()
    finally:
        worker.shutdown()


def test_dashboard_shows_the_hand_worked_numbers_and_exports(qtbot: QtBot, db_path: Path, owner_clock: FixedClock,
                                                             tmp_path: Path) -> None:
    window = OwnerWindow(db_path, clock=owner_clock)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        pass  # the first refresh: last 30 days
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.set_period(date(2026, 3, 1), date(2026, 3, 10))
        assert window.busy.isVisible()  # the screen shows it is working
    qtbot.waitUntil(lambda: not window.busy.isVisible(), timeout=20_000)
    tiles = window.tiles.tiles
    assert tiles["sales"].value.text() == "4"
    assert tiles["revenue"].value.text() == "€15.50"
    assert tiles["sales"].change.text() == "+100% vs previous"
    assert tiles["retention_rate"].value.text() == "50%"
    assert tiles["nps"].value.text() == "+0" and "2 ratings" in tiles["nps"].note.text()
    tab_texts = [window.lists.tabText(i) for i in range(window.lists.count())]
    assert tab_texts[:2] == ["At risk (1)", "Lapsed (1)"]
    at_risk = window.lists.tables[next(iter(window.lists.tables))]
    assert at_risk.item(0, 0).text() == "Dora Dio" and at_risk.item(0, 1).text() == "(no consent)"
    with qtbot.waitSignal(window.exported, timeout=10_000):
        window.export_numbers(tmp_path / "numbers.csv")
    rows = {r[0]: r[1:] for r in csv.reader((tmp_path / "numbers.csv").open(encoding="utf-8-sig"))}
    assert rows["Sales"] == ["4", "2"]  # for a person's spreadsheet: the shop's words and numbers
    assert rows["Revenue"][0] == "15.50" and rows["Retention"][0] == "50%"
    window.lists.setCurrentIndex(1)
    with qtbot.waitSignal(window.exported, timeout=10_000):
        window.export_list(tmp_path / "lapsed.csv")
    assert "Cili Cukor" in (tmp_path / "lapsed.csv").read_text(encoding="utf-8-sig")
    with qtbot.waitSignal(window.exported, timeout=20_000):
        window.export_pdf(tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    window.close()


def test_import_from_the_dashboard(qtbot: QtBot, db_path: Path, owner_clock: FixedClock, tmp_path: Path,
                                   writer: DbTasks) -> None:
    window = OwnerWindow(db_path, clock=owner_clock, write=writer.write)
    announced: list[Changes] = []
    writer.changed.connect(announced.append)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.show()
    bad = tmp_path / "bad.csv"
    bad.write_text("customer,date,amount\n,2026-03-09,abc\n", encoding="utf-8")
    window.start_import(ImportKind.SALES, bad, ImportOptions(strict=True))
    qtbot.waitUntil(lambda: "Nothing imported" in window.banner.text(), timeout=10_000)
    assert "amount 'abc'" in window.banner.text()
    good = tmp_path / "good.csv"
    good.write_text("customer,date,amount\n,2026-03-09 10:00,2.00\n,2026-03-09 10:00,2.00\n", encoding="utf-8")
    with qtbot.waitSignal(window.imported, timeout=10_000) as imported:
        window.start_import(ImportKind.SALES, good)
    assert imported.args[0].imported == 2
    qtbot.waitUntil(lambda: window.worker.is_idle(), timeout=10_000)
    db = sqlite_utils.Database(db_path)
    assert db.execute("SELECT COUNT(*) FROM events WHERE kind = 'sale' AND customer_id IS NULL").fetchone()[0] == 3
    db.close()
    qtbot.waitUntil(lambda: any(change.projections for change in announced), timeout=20_000)  # the writer said so
    window.close()


@pytest.mark.expected_error_log
def test_a_view_without_the_writer_refuses_to_write(qtbot: QtBot, db_path: Path, owner_clock: FixedClock,
                                                    tmp_path: Path) -> None:
    window = OwnerWindow(db_path, clock=owner_clock)  # as the screenshot command opens it
    qtbot.addWidget(window)
    errors: list[Exception] = []
    window.worker.unexpected_error.connect(errors.append)
    good = tmp_path / "good.csv"
    good.write_text("customer,date,amount\n,2026-03-09 10:00,2.00\n", encoding="utf-8")
    with qtbot.captureExceptions(), qtbot.waitSignal(window.worker.unexpected_error, timeout=10_000):
        window.start_import(ImportKind.SALES, good)
    assert isinstance(errors[0], ReadOnlyView)
    db = sqlite_utils.Database(db_path)
    assert db.execute("SELECT COUNT(*) FROM events WHERE kind = 'sale' AND customer_id IS NULL").fetchone()[0] == 1
    db.close()
    window.close()


def test_every_problem_in_a_list_that_can_be_saved(qtbot: QtBot, db_path: Path, owner_clock: FixedClock,
                                                   tmp_path: Path, writer: DbTasks) -> None:
    window = OwnerWindow(db_path, clock=owner_clock, write=writer.write)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.show()
    rows = "".join(f",2026-03-0{1 + n % 9},x{n}\n" if n % 3 else f",2026-03-0{1 + n % 9},1.{n % 10}0\n"
                   for n in range(300))
    bad = tmp_path / "many.csv"
    bad.write_text("customer,date,amount\n" + rows, encoding="utf-8")
    with qtbot.waitSignal(window.imported, timeout=10_000) as imported:
        window.start_import(ImportKind.SALES, bad)
    report = imported.args[0]
    assert (report.imported, len(report.problems)) == (100, 200)  # the bad rows do not stop the good ones
    assert "200 rows were set aside" in window.banner.text() and "many.refused.csv" in window.banner.text()
    problems = window.problems_dialog
    assert problems is not None and problems.isVisible()
    assert problems.model.rowCount() == 200  # all of them, not five and "(+195)"
    last = problems.model.index(199, 1)
    assert problems.model.data(last) == "amount 'x299' is not an amount like 4.50 or 4,50"
    assert problems.model.data(problems.model.index(199, 0)) == "301"
    for name in ("problems.csv", "problems.txt"):
        with qtbot.waitSignal(problems.saved, timeout=10_000):
            problems.save(tmp_path / name)
    with (tmp_path / "problems.csv").open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.reader(handle))
    assert saved[0] == ["line", "reason"] and len(saved) == 201 and saved[-1][0] == "301"
    text = (tmp_path / "problems.txt").read_text(encoding="utf-8").splitlines()
    assert len(text) == 200 and text[0] == "line 3: amount 'x1' is not an amount like 4.50 or 4,50"
    qtbot.waitUntil(lambda: window.worker.is_idle(), timeout=10_000)
    window.close()


def test_the_import_dialog_shows_the_format_maps_columns_and_imports(qtbot: QtBot, db_path: Path,
                                                                     owner_clock: FixedClock, tmp_path: Path,
                                                                     writer: DbTasks) -> None:
    window = OwnerWindow(db_path, clock=owner_clock, write=writer.write)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.show()
    path = tmp_path / "hu.csv"
    path.write_bytes("Vevő;Nap;Végösszeg\r\n;2026.03.09.;3,20\r\n;;\r\n;2026.03.09. 10:00;1 234,50\r\n"
                     .encode("cp1250"))
    dialog = window.ask_import_options(ImportKind.SALES, path)
    # The preview comes back from the owner worker: wait for the problem line itself, not for the preview.
    qtbot.waitUntil(lambda: dialog.problem.isVisible() and "no column for date" in dialog.problem.text(),
                    timeout=10_000)
    assert dialog.shown is not None  # the preview's problem, not a file that could not be read
    assert "cp1250" in dialog.evidence.text() and "semicolon" in dialog.evidence.text()
    assert "decimal comma" in dialog.evidence.text()
    assert dialog.delimiter.itemText(0) == "Detected: Semicolon"
    assert not dialog.import_button.isEnabled()
    assert dialog.table.rowCount() == 2  # the blank line is skipped
    assert dialog.field_boxes["customer"].currentText() == "Vevő"
    assert dialog.field_boxes["amount"].currentText() == "Végösszeg"
    date_box = dialog.field_boxes["date"]
    date_box.setCurrentIndex(date_box.findText("Nap"))
    date_box.activated.emit(date_box.currentIndex())
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled() and not dialog.problem.isVisible(), timeout=10_000)
    assert dialog.table.horizontalHeaderItem(1).text() == "Nap\n→ Date"
    # The owner overrides the encoding: the header reads as that code page would read it.
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1252"))
    dialog.encoding.activated.emit(dialog.encoding.currentIndex())
    qtbot.waitUntil(lambda: dialog.shown is not None and dialog.shown.format.encoding == "cp1252", timeout=10_000)
    assert dialog.table.horizontalHeaderItem(0).text().startswith("Vevõ")
    dialog.encoding.setCurrentIndex(0)
    dialog.encoding.activated.emit(0)
    qtbot.waitUntil(lambda: dialog.shown is not None and dialog.shown.format.encoding == "cp1250", timeout=10_000)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(window.imported, timeout=10_000) as checked:
        dialog.check_button.click()
    assert checked.args[0].checked and checked.args[0].rows == 2
    assert "Nothing was imported" in window.banner.text()
    again = window.ask_import_options(ImportKind.SALES, path)
    qtbot.waitUntil(lambda: again.shown is not None, timeout=10_000)
    again.field_boxes["date"].setCurrentIndex(again.field_boxes["date"].findText("Nap"))
    again.field_boxes["date"].activated.emit(again.field_boxes["date"].currentIndex())
    qtbot.waitUntil(again.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(window.imported, timeout=10_000) as imported:
        again.import_button.click()
    assert (imported.args[0].imported, imported.args[0].problems) == (2, [])
    qtbot.waitUntil(lambda: window.worker.is_idle(), timeout=10_000)
    db = sqlite_utils.Database(db_path)
    assert db.execute("SELECT COUNT(*), SUM(amount) FROM events WHERE json_extract(body, '$.imported') = 'hu.csv'"
                      ).fetchone() == (2, 123450 + 320)
    db.close()
    window.close()


def test_falls_back_to_cashier_mode_when_idle(qtbot: QtBot, db_path: Path, owner_clock: FixedClock) -> None:
    window = OwnerWindow(db_path, clock=owner_clock, idle_minutes=0.002)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.idle_timeout, timeout=10_000):
        window.show()
    assert not window.isVisible()


def test_screenshot_of_the_owner_view_is_written(tmp_path: Path) -> None:
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    root = Path(__file__).resolve().parents[2]
    data = tmp_path / "data"
    subprocess.run([sys.executable, "main.py", "demo", "--data-dir", str(data), "--customers", "30", "--months", "2"],
                   cwd=root, check=True, capture_output=True, timeout=120)
    out = tmp_path / "owner.png"
    result = subprocess.run([sys.executable, "main.py", "screenshot", "owner", str(out), "--data-dir", str(data),
                             "--size", "1280x900"], cwd=root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 900)


def test_the_pin_dialog_learns_on_the_worker_whether_a_pin_is_set(qtbot: QtBot, db_path: Path,
                                                                  owner_clock: FixedClock, writer: DbTasks) -> None:
    worker = OwnerWorker(db_path, writer.write)
    try:
        first = PinDialog(worker, owner_clock)
        qtbot.addWidget(first)
        assert not first.buttons.button(first.buttons.StandardButton.Ok).isEnabled()  # until the worker answers
        qtbot.waitUntil(lambda: first.buttons.button(first.buttons.StandardButton.Ok).isEnabled(), timeout=20_000)
        assert first.first_run and first.form.isRowVisible(first.repeat)
        first.pin.setText("246813")
        first.repeat.setText("246813")
        with qtbot.waitSignal(first.accepted, timeout=20_000):
            first.submit()
        later = PinDialog(worker, owner_clock)
        qtbot.addWidget(later)
        qtbot.waitUntil(lambda: later.buttons.button(later.buttons.StandardButton.Ok).isEnabled(), timeout=20_000)
        assert not later.first_run and not later.form.isRowVisible(later.repeat)
    finally:
        worker.shutdown()


def test_a_campaign_started_from_the_campaigns_tab_is_listed_with_its_groups(qtbot: QtBot, db_path: Path,
                                                                              owner_clock: FixedClock,
                                                                              writer: DbTasks) -> None:
    window = OwnerWindow(db_path, clock=owner_clock, write=writer.write)
    qtbot.addWidget(window)
    panel = window.campaigns
    with qtbot.waitSignal(panel.reports_shown, timeout=10_000):
        window.show()
    assert panel.table.rowCount() == 0
    panel.ask_new()
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=20_000)
    dialog = panel.dialog
    dialog.audience.setCurrentIndex(dialog.audience.findData("at_risk"))  # Dora: silent since 5 January
    dialog.control.setValue(0)
    with qtbot.waitSignal(panel.created, timeout=10_000), qtbot.waitSignal(panel.reports_shown, timeout=10_000):
        dialog.accept()
    assert panel.table.rowCount() == 1
    assert [panel.table.item(0, c).text() for c in (0, 2, 3)] == ["We miss you", "0 / 1 (0%)", "—"]
    assert "1 offered, 0 in the control group" in panel.message.text()
    db = sqlite_utils.Database(db_path)
    assert db.execute("SELECT COUNT(*) FROM events WHERE kind = 'campaign_member'").fetchone()[0] == 1
    db.close()
    window.close()


def test_a_low_rating_marked_resolved_leaves_the_open_list(qtbot: QtBot, db_path: Path, owner_clock: FixedClock,
                                                           writer: DbTasks) -> None:
    window = OwnerWindow(db_path, clock=owner_clock, write=writer.write)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.show()
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.set_period(date(2026, 3, 1), date(2026, 3, 10))
    before = window.lists.low_ratings
    assert before and before[0].customer_name  # the customer is shown, with the receipt
    assert window.lists.ratings.item(0, 3).text() == before[0].receipt_no != ""
    window.lists.ratings.selectRow(0)
    assert window.lists.selected_rating() == before[0]
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.follow_up(before[0], "resolved", "called, a free coffee next time")
    assert [r.rating_id for r in window.lists.low_ratings] == [r.rating_id for r in before[1:]]
    window.close()


def test_print_vouchers_saves_the_chosen_campaigns_pdf_off_the_gui_thread(qtbot: QtBot, db_path: Path,
                                                                         owner_clock: FixedClock, tmp_path: Path,
                                                                         writer: DbTasks) -> None:
    window = OwnerWindow(db_path, clock=owner_clock, write=writer.write)
    qtbot.addWidget(window)
    panel = window.campaigns
    with qtbot.waitSignal(panel.reports_shown, timeout=10_000):
        window.show()
    panel.ask_new()
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
    dialog = panel.dialog
    dialog.audience.setCurrentIndex(dialog.audience.findData("silent_days"))
    dialog.days.setValue(1)  # everyone not seen today
    dialog.control.setValue(0)
    with qtbot.waitSignal(panel.created, timeout=10_000), qtbot.waitSignal(panel.reports_shown, timeout=10_000):
        dialog.accept()
    offered = int(panel.table.item(0, 2).text().split(" / ")[1].split()[0])
    assert offered >= 2
    assert not panel.vouchers_button.isEnabled()  # nothing chosen yet
    panel.table.selectRow(0)
    assert panel.vouchers_button.isEnabled()
    saving = panel.ask_vouchers()
    assert saving is not None and saving.selectedFiles()[0].endswith(f"vouchers-{panel.selected_campaign().id}.pdf")
    target = tmp_path / "for the shop"  # no suffix typed: .pdf is added
    with qtbot.waitSignal(panel.vouchers_saved, timeout=20_000) as saved:
        saving.selectFile(str(target))
        saving.accept()
    assert saved.args == [str(target) + ".pdf", offered]
    where = isolate(str(target) + ".pdf")
    assert panel.message.text() == f"{offered} vouchers for “{isolate('We miss you')}” saved to {where}."
    text = pdf_text(Path(str(target) + ".pdf"))
    assert text.count("Show this voucher at the counter") == offered
    window.close()
