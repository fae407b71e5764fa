"""The privacy work's screens in Persian and Russian, as a shop owner reads them: the shift report with the
shop's digits and dates and the anomalies in words, lines that run right to left where the language does,
role descriptions never cut, finger-sized buttons."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlite_utils
from bidi.algorithm import get_base_level
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QLabel, QPushButton

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.pins import AccessError, AccessProblem
from terminal.shift_report import ShiftReport, shift_report
from terminal.staff import Role, StaffMember, StaffProblem, new_member
from ui import i18n
from ui.app import application
from ui.messages import staff_problem
from ui.shift_report_dialog import ShiftReportDialog
from ui.staff_dialog import StaffDialog
from ui.staff_sign_in import SignInDialog

TOUCH = 44  # px: the smallest button a finger hits


@pytest.fixture
def speaking(qapp, built_translations):
    application()

    def switch(language: str) -> None:
        i18n.apply(language)

    return switch


@pytest.fixture
def day(db: sqlite_utils.Database, clock: FixedClock) -> tuple[ShiftReport, list[StaffMember]]:
    counter = Counter(db, clock=clock)
    owner, manager = new_member("Olga Kovács", Role.OWNER, "900001"), new_member("Mark Szabó", Role.MANAGER, "800001")
    cashier = new_member("Cecília Nagy-Tóth", Role.CASHIER, "7001")
    counter.save_staff_member(owner)
    counter.signed_in, counter.writer.actor = owner, owner.id
    counter.save_staff_member(manager)
    counter.save_staff_member(cashier)
    clock.current = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    counter.signed_in, counter.writer.actor = cashier, cashier.id
    anna = counter.enrol("Anna").customer.id
    counter.record_sale(anna, 123_450)
    clock.advance(minutes=3)
    counter.record_sale(anna, 200)
    counter.signed_in, counter.writer.actor = manager, manager.id
    counter.adjust_points(anna, 150, "cake mix-up")
    return shift_report(db, date(2026, 3, 10), "Europe/Budapest"), counter.staff_list()


def test_the_shift_report_in_persian_has_the_shops_digits_date_and_words(qtbot, speaking, day) -> None:
    speaking("fa")
    report, _members = day
    dialog = ShiftReportDialog(report, "IRT")
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
             for r in range(dialog.table.rowCount())]
    assert cells[0][0] == "Cecília Nagy-Tóth" and cells[0][1] == "۲" and cells[0][2] == "۱٬۲۳۷\xa0تومان"
    assert cells[-1][0] == "کل روز" and cells[-1][6] == "۱٬۲۸۷"  # points: 50 welcome + 1 234 + 2, Persian
    assert any("۱۴۰۴/۱۲/۱۹" in label.text() for label in dialog.findChildren(QLabel))  # 10 March, Solar Hijri
    adjustment, = (dialog.adjustments.item(i).text() for i in range(dialog.adjustments.count()))
    assert "۱۰:۰۳" in adjustment and "+۱۵۰" in adjustment and "Mark Szabó" in adjustment
    anomalies = [dialog.anomalies.item(i).text() for i in range(dialog.anomalies.count())]
    assert any("فروش دوباره ۳ دقیقه پس از فروش قبلی" in a for a in anomalies)  # not "another sale 3 min…"
    assert not any("points" in a or "min after" in a for a in anomalies)
    # Each line starts with a Latin name, yet reads as a right-to-left paragraph.
    assert all(get_base_level(line) == 1 for line in [adjustment, *anomalies])


def test_the_shift_report_in_russian_keeps_every_column_on_screen(qtbot, speaking, day) -> None:
    speaking("ru")
    report, _members = day
    dialog = ShiftReportDialog(report, "RUB")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    assert dialog.table.horizontalHeaderItem(6).text() == "Начислено\nбаллов"  # two lines, not a cut word
    assert header.length() <= dialog.table.viewport().width()  # no column pushed off to a scroll bar
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.Stretch
    assert dialog.table.columnWidth(0) >= dialog.fontMetrics().horizontalAdvance("Cecília Nagy-Tóth")
    assert dialog.table.item(0, 2).text() == "1\xa0236,50\xa0₽"
    assert any("ещё одна продажа через 3 минуты после предыдущей" in dialog.anomalies.item(i).text()
               for i in range(dialog.anomalies.count()))
    assert dialog.anomalies.wordWrap()
    assert all(button.height() >= TOUCH for button in dialog.findChildren(QPushButton))


def test_the_names_are_finger_sized_and_a_persian_refusal_reads_right_to_left(qtbot, speaking, day) -> None:
    speaking("fa")
    _report, members = day
    dialog = SignInDialog(None, members)  # type: ignore[arg-type]  # no PIN is checked here
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    longest = max(members, key=lambda m: len(m.name))
    dialog.choose(longest.id)
    button = dialog.member_buttons[longest.id]
    assert button.isChecked()  # (that its bold-free name still fits was judged on the screenshots)
    assert all(b.height() >= TOUCH for b in dialog.member_buttons.values())
    dialog._refused(AccessError(AccessProblem.WRONG_PIN, tries_left=2))
    assert "۲" in dialog.message.text() and get_base_level(dialog.message.text()) == 1  # "PIN …" read RTL


def test_the_staff_dialog_says_each_role_in_full_with_finger_sized_buttons(qtbot, speaking, day) -> None:
    speaking("ru")
    _report, members = day
    dialog = StaffDialog(members)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.MANAGER))
    assert dialog.role.currentText() == "менеджер"
    help_text = dialog.role_help.text()
    assert help_text.startswith("менеджер: ") and dialog.role_help.isVisible()
    lines_needed = dialog.role_help.heightForWidth(dialog.role_help.width())
    assert dialog.role_help.height() >= lines_needed  # wrapped, never cut
    assert dialog.role.width() >= dialog.role.fontMetrics().horizontalAdvance(dialog.role.currentText())
    assert dialog.leave_button.height() >= TOUCH and dialog.add_button.height() >= TOUCH
    assert all(b.height() >= TOUCH for b in dialog.findChild(QDialogButtonBox).buttons())
    speaking("fa")
    persian = StaffDialog(members)
    qtbot.addWidget(persian)
    persian.show_error(staff_problem(StaffProblem.BAD_PIN))
    assert get_base_level(persian.error.text()) == 1 and get_base_level(persian.hint.text()) == 1
    assert "۶" in persian.hint.text()  # the PIN lengths in Persian digits
