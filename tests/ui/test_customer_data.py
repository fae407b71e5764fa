"""The owner's export and erasure buttons, on the real window, the real worker and the real files."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from terminal.counter import Counter
from tests.receipts.pdftools import pdf_text
from tests.ui.drive import submit_code
from ui.customer_data_actions import erase_confirmation
from ui.main_window import MainWindow

NAME = "Őrsi Zsófia"
EMAIL = "zsofi@example.hu"


def _open_customer(qtbot, window: MainWindow, seed_counter: Counter) -> str:
    enrolment = seed_counter.enrol(NAME, phone="+36 30 999 1234", email=EMAIL)
    seed_counter.record_sale(enrolment.customer.id, 450)
    submit_code(qtbot, window, enrolment.card.code)
    assert window.cashier.customer_panel.customer.name == NAME
    return enrolment.customer.id


def test_the_owner_erases_the_open_customer_after_pin_and_confirmation(qtbot, window: MainWindow,
                                                                       seed_counter: Counter,
                                                                       data_folder: Path) -> None:
    customer_id = _open_customer(qtbot, window, seed_counter)
    asked: list[str] = []
    window.owner_confirmed = lambda: True
    window.customer_data.confirm_erase = lambda name: asked.append(name) or True
    window.customer_data.erase_action.trigger()
    qtbot.waitUntil(window.tasks.is_idle)
    assert asked == [NAME]
    assert window.cashier.customer_panel.customer is None  # the erased customer leaves the screen
    assert "erased" in window.cashier.banner.text()
    assert seed_counter.customer(customer_id).erased
    for path in data_folder.glob("terminal.db*"):
        assert NAME.encode() not in path.read_bytes() and EMAIL.encode() not in path.read_bytes(), path


def test_no_erasure_without_the_pin_or_when_the_owner_says_no(qtbot, window: MainWindow,
                                                              seed_counter: Counter) -> None:
    customer_id = _open_customer(qtbot, window, seed_counter)
    window.owner_confirmed = lambda: False
    window.customer_data.confirm_erase = lambda name: True
    window.customer_data.erase_action.trigger()
    qtbot.waitUntil(window.tasks.is_idle)
    window.owner_confirmed = lambda: True
    window.customer_data.confirm_erase = lambda name: False
    window.customer_data.erase_action.trigger()
    qtbot.waitUntil(window.tasks.is_idle)
    assert "Nothing erased" in window.cashier.banner.text()
    assert not seed_counter.customer(customer_id).erased


def test_the_confirmation_names_the_customer_as_plain_text_and_defaults_to_no(qtbot, window: MainWindow) -> None:
    box = erase_confirmation(window, "<b>Bob</b>")
    qtbot.addWidget(box)
    assert "<b>Bob</b>" in box.text() and "cannot be undone" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)


def test_the_owner_exports_the_open_customer(qtbot, window: MainWindow, seed_counter: Counter,
                                             tmp_path: Path) -> None:
    customer_id = _open_customer(qtbot, window, seed_counter)
    out = tmp_path / "for-the-customer"
    out.mkdir()
    window.owner_confirmed = lambda: True
    window.customer_data.choose_folder = lambda: str(out)
    window.customer_data.export_action.trigger()
    qtbot.waitUntil(window.tasks.is_idle)
    data = json.loads((out / f"customer-{customer_id}.json").read_text(encoding="utf-8"))
    assert data["profile"]["name"] == NAME and [v["amount"] for v in data["visits"]] == [450]
    assert (out / f"customer-{customer_id}.pdf").read_bytes().startswith(b"%PDF")
    assert "saved" in window.cashier.banner.text()


def test_the_apps_export_pdf_speaks_the_customers_own_language(qtbot, window: MainWindow, seed_counter: Counter,
                                                               tmp_path: Path) -> None:
    enrolment = seed_counter.enrol("Олена Шевченко", language="uk")
    seed_counter.record_sale(enrolment.customer.id, 450)
    submit_code(qtbot, window, enrolment.card.code)
    window.owner_confirmed = lambda: True
    window.customer_data.choose_folder = lambda: str(tmp_path)
    window.customer_data.export_action.trigger()
    qtbot.waitUntil(window.tasks.is_idle)
    text = pdf_text(tmp_path / f"customer-{enrolment.customer.id}.pdf")
    assert "Ваші персональні дані" in text and "Візити" in text  # the shop's English screens notwithstanding
    assert "Personal data held" not in text
