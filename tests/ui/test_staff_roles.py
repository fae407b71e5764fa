"""Staff at the counter: signing in with a tap and a PIN, and each role's allowed and refused doors."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from terminal.counter import Counter
from terminal.staff import Role, StaffMember, new_member
from tests.ui.drive import sell, submit_code
from ui.main_window import MainWindow
from ui.owner import entry as owner_entry

PINS = {Role.OWNER: "900001", Role.MANAGER: "800001", Role.CASHIER: "7001"}


@pytest.fixture(scope="module")
def hired() -> dict[Role, StaffMember]:
    return {role: new_member(f"{role.value.title()} Person", role, pin) for role, pin in PINS.items()}


@pytest.fixture
def staffed(qtbot, window: MainWindow, seed_counter: Counter, hired: dict[Role, StaffMember]) -> MainWindow:
    seed_counter.save_staff_member(hired[Role.OWNER])
    seed_counter.signed_in = hired[Role.OWNER]
    seed_counter.save_staff_member(hired[Role.MANAGER])
    seed_counter.save_staff_member(hired[Role.CASHIER])
    seed_counter.sign_out()
    window.staff.reload()
    qtbot.waitUntil(window.tasks.is_idle, timeout=20_000)
    assert window.staff.button.isVisible()
    window.owner_confirmed = lambda: pytest.fail("with staff, no door asks for the single owner PIN")
    return window


def _sign_in(qtbot, window: MainWindow, member: StaffMember) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.staff.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.choose(member.id)
    qtbot.keyClicks(dialog.pin, PINS[member.role])
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle, timeout=20_000)
    assert window.staff.signed_in == member and not dialog.isVisible()


def _receipt_of_a_sale(qtbot, window: MainWindow, seed_counter: Counter) -> tuple[str, str]:
    seed_counter.signed_in = next(m for m in seed_counter.staff_list() if m.role is Role.OWNER)
    enrolment = seed_counter.enrol("Anna Nagy")
    receipt = seed_counter.record_sale(enrolment.customer.id, 500).receipt_no
    seed_counter.sign_out()
    submit_code(qtbot, window, enrolment.card.code)
    return enrolment.customer.id, receipt


def test_signing_in_with_a_tap_and_the_pin_and_the_sale_records_who(qtbot, staffed: MainWindow,
                                                                    hired, seed_counter: Counter) -> None:
    window, cashier = staffed, hired[Role.CASHIER]
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.staff.sign_in_dialog
    assert set(dialog.member_buttons) == {m.id for m in hired.values()}
    dialog.choose(cashier.id)
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle, timeout=20_000)
    assert "Wrong PIN" in dialog.message.text() and dialog.isVisible() and window.staff.signed_in is None
    qtbot.keyClicks(dialog.pin, PINS[Role.CASHIER])
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle, timeout=20_000)
    assert window.staff.signed_in == cashier and "Cashier Person" in window.staff.button.text()
    sell(qtbot, window, "4.50")
    body = seed_counter.db.execute("SELECT body FROM events WHERE kind = 'sale' ORDER BY seq DESC").fetchone()[0]
    assert json.loads(body)["by"] == cashier.id


def test_nobody_signed_in_may_sell_once_there_is_staff(qtbot, staffed: MainWindow, seed_counter: Counter) -> None:
    sell(qtbot, staffed, "4.50")
    assert "Sign in" in staffed.cashier.banner.text()
    assert seed_counter.db.execute("SELECT COUNT(*) FROM events WHERE kind = 'sale'").fetchone()[0] == 0


def test_a_cashier_is_refused_refunds_adjustments_rules_books_and_customers_data(
        qtbot, staffed: MainWindow, hired, seed_counter: Counter, monkeypatch) -> None:
    window = staffed
    customer, _receipt = _receipt_of_a_sale(qtbot, window, seed_counter)
    _sign_in(qtbot, window, hired[Role.CASHIER])
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: pytest.fail("no adjustment dialog for a cashier"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: pytest.fail("no refund dialog for a cashier"))
    monkeypatch.setattr(owner_entry, "open_owner", lambda *a, **k: pytest.fail("no dashboard for a cashier"))
    for door, needs in (("adjust", "a manager or the owner"), ("refund", "a manager or the owner"),
                        ("settings", "a manager or the owner"), ("owner", "the owner")):  # Shift+F9, F9, F10, F8
        window.cashier.banner.clear()
        window.actions_by_name[door].trigger()
        assert f"needs {needs}." in window.cashier.banner.text(), door
    window.customer_data.erase_action.trigger()
    assert "needs the owner." in window.cashier.banner.text()
    window.staff.manage_action.trigger()
    assert window.staff.staff_dialog is None
    assert getattr(window, "settings_dialog", None) is None
    assert not seed_counter.customer(customer).erased


def test_a_manager_refunds_adjusts_and_sets_rules_but_not_the_books(qtbot, staffed: MainWindow, hired,
                                                                    seed_counter: Counter, monkeypatch) -> None:
    window = staffed
    customer, receipt = _receipt_of_a_sale(qtbot, window, seed_counter)
    _sign_in(qtbot, window, hired[Role.MANAGER])
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (25, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("coffee spilled", True))
    window.ask_adjustment()
    qtbot.waitUntil(window.tasks.is_idle, timeout=20_000)
    dialog = window.cashier.open_refund_dialog(receipt)  # F9, with the receipt number typed
    qtbot.waitUntil(lambda: dialog.sale is not None, timeout=20_000)
    qtbot.mouseClick(dialog.refund_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tasks.is_idle, timeout=20_000)
    kinds = [r[0] for r in seed_counter.db.execute(
        "SELECT kind FROM events WHERE json_extract(body, '$.by') = ?", [hired[Role.MANAGER].id])]
    assert kinds == ["points_adjusted", "refund"]
    window.actions_by_name["settings"].trigger()  # F10
    qtbot.waitUntil(window.tasks.is_idle, timeout=20_000)
    assert window.settings_dialog.isVisible()
    window.settings_dialog.reject()
    monkeypatch.setattr(owner_entry, "open_owner", lambda *a, **k: pytest.fail("no dashboard for a manager"))
    window.actions_by_name["owner"].trigger()  # F8
    assert "needs the owner." in window.cashier.banner.text()
    assert seed_counter.customer(customer).points == 50 + 5 + 25 - 5


def test_the_owner_opens_the_books_without_a_second_pin_and_adds_staff(qtbot, staffed: MainWindow, hired,
                                                                       seed_counter: Counter, monkeypatch) -> None:
    window = staffed
    _sign_in(qtbot, window, hired[Role.OWNER])
    opened = []
    monkeypatch.setattr(owner_entry, "open_owner", lambda *a, **k: opened.append(k) or None)
    window.actions_by_name["owner"].trigger()  # F8
    assert opened == [{"pin_checked": True}]
    window.staff.manage_action.trigger()
    dialog = window.staff.staff_dialog
    dialog.name.setText("Nora New")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.MANAGER))
    dialog.pin.setText("1234")
    dialog.repeat.setText("1234")
    dialog.add_button.click()
    assert "at least 6" in dialog.error.text()  # four digits are a cashier's PIN, not a manager's
    dialog.pin.setText("246813")
    dialog.repeat.setText("246813")
    dialog.add_button.click()
    qtbot.waitUntil(window.tasks.is_idle, timeout=20_000)
    assert [m.name for m in window.staff.members][-1] == "Nora New"
    assert dialog.list.count() == 4 and dialog.error.text() == ""
    seed_counter.forget_cached_settings()
    assert [m.role for m in seed_counter.staff_list()][-1] is Role.MANAGER
