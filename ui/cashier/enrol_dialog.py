"""Enrol a new customer in a few keystrokes: name, then optional phone, e-mail, birthday, consent, language.

Phone, e-mail and birthday are checked here as they are typed in the shop's country (a birthday in
the local form, or picked from a calendar), and again by the counter. Before a new customer is made,
the window looks for one that may be the same person; the dialog then offers to open them instead.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from terminal import contact
from terminal.counter import Duplicate
from terminal.languages import LANGUAGES
from ui.layouts import clear_layout


class EnrolDialog(QDialog):
    """Collects the fields; the window runs the enrolment and calls `show_error` or `accept`."""

    submitted = Signal(dict)
    open_existing = Signal(str)  # the id of a likely duplicate the cashier chose instead

    def __init__(self, card_hint: str | None = None, parent: QWidget | None = None,
                 editing: dict[str, Any] | None = None, region: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit customer") if editing else self.tr("Enrol a customer"))
        self.region = region
        self.editing = bool(editing)
        self.duplicates_checked = self.editing  # an edit is of a known customer: no duplicate search
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. {0}").format(_example_phone(region)))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("{0} (optional)").format(contact.birthday_format(region)))
        self.calendar = QCalendarWidget()
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.setMinimumDate(QDate(1900, 1, 1))
        self.calendar.setSelectedDate(QDate(1990, 1, 1))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.pick_button = QPushButton(self.tr("Calendar…"))
        menu = QMenu(self.pick_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.pick_button.setMenu(menu)
        birthday_row = QHBoxLayout()
        birthday_row.addWidget(self.birthday, 1)
        birthday_row.addWidget(self.pick_button)
        self.consent = QCheckBox(self.tr("Agrees to receive offers by phone or e-mail"))
        self.language = QComboBox()  # each language in its own name, so the customer can point at theirs
        self.language.addItem(self.tr("The shop's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.error = QLabel(objectName="errorText")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        self.duplicates_box = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Birthday"), birthday_row)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.consent)
        if editing:
            card_text = ""
        elif card_hint:
            card_text = self.tr("The scanned card …{0} will be theirs.").format(card_hint)
        else:
            card_text = self.tr("A new card will be issued for printing.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if editing else self.tr("Enrol"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        for button in (*buttons.buttons(), self.pick_button):
            button.setMinimumHeight(48)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(card_text))
        layout.addWidget(self.error)
        layout.addLayout(self.duplicates_box)
        layout.addWidget(buttons)
        self.card_hint = card_hint
        if editing:
            self.name.setText(editing.get("name", ""))
            self.phone.setText(editing.get("phone", ""))
            self.email.setText(editing.get("email", ""))
            born = editing.get("birthday")
            self.birthday.setText(contact.format_birthday(born, region) if isinstance(born, date) else "")
            self.consent.setChecked(bool(editing.get("consent")))
            self.language.setCurrentIndex(max(0, self.language.findData(editing.get("language", ""))))
        for field in (self.name, self.phone, self.email, self.birthday):
            field.textEdited.connect(self._details_changed)
        self.name.setFocus()

    def _picked(self, day: QDate) -> None:
        self.birthday.setText(contact.format_birthday(date(day.year(), day.month(), day.day()), self.region))
        self.pick_button.menu().hide()

    def _details_changed(self) -> None:
        """Other details, another search for the same person."""
        if self.duplicates_box.count():
            self._clear_duplicates()
        self.duplicates_checked = self.editing

    def values(self) -> dict[str, Any]:
        """The fields as the counter takes them (birthday as YYYY-MM-DD); call after `problem()` is None."""
        born = contact.parse_birthday(self.birthday.text(), self.region)
        return {"name": self.name.text(), "phone": self.phone.text().strip(), "email": self.email.text().strip(),
                "birthday": born.isoformat() if born else "", "consent": self.consent.isChecked(),
                "language": self.language.currentData() or ""}

    def problem(self) -> tuple[str, QLineEdit] | None:
        """The first field that cannot be right, in words, and the field."""
        if not self.name.text().strip():
            return self.tr("A name is needed."), self.name
        if self.phone.text().strip():
            try:
                contact.normalise_phone(self.phone.text(), self.region)
            except contact.ContactError:
                return self.tr("“{0}” is not a phone number: type it like {1}.").format(
                    self.phone.text().strip(), _example_phone(self.region)), self.phone
        if self.email.text().strip() and not contact.valid_email(self.email.text()):
            return self.tr("“{0}” is not an e-mail address: it needs a name, @ and a domain, like "
                           "name@example.com.").format(self.email.text().strip()), self.email
        if self.birthday.text().strip() and contact.parse_birthday(self.birthday.text(), self.region) is None:
            return self.tr("“{0}” is not a birthday: type it like {1}, or pick it from the calendar.").format(
                self.birthday.text().strip(), contact.birthday_format(self.region)), self.birthday
        return None

    def _submit(self) -> None:
        found = self.problem()
        if found is not None:
            words, field = found
            self.show_error(words)
            field.setFocus()
            return
        self.error.hide()
        self.submitted.emit(self.values())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- likely duplicates ------------------------------------------------------------------------
    def _clear_duplicates(self) -> None:
        clear_layout(self.duplicates_box)
        self.ok_button.setText(self.tr("Enrol"))

    def show_duplicates(self, found: list[Duplicate]) -> None:
        """Offer the customers who may be the same person; Enrol again makes a new customer anyway."""
        self._clear_duplicates()
        self.duplicates_checked = True
        title = QLabel(self.tr("This may be a customer we already have:"), objectName="errorText")
        self.duplicates_box.addWidget(title)
        self.duplicate_buttons: list[QPushButton] = []
        for duplicate in found:
            why = [reason for reason, same in ((self.tr("same phone"), duplicate.same_phone),
                                               (self.tr("same e-mail"), duplicate.same_email),
                                               (self.tr("same name"), duplicate.same_name)) if same]
            summary = duplicate.customer
            button = QPushButton(self.tr("Open {0} ({1}) · {2} points · {3}").format(
                summary.name, summary.phone or "—", summary.points, ", ".join(why)))
            button.setMinimumHeight(52)
            button.clicked.connect(lambda _=False, cid=summary.id: self.open_existing.emit(cid))
            self.duplicates_box.addWidget(button)
            self.duplicate_buttons.append(button)
        self.ok_button.setText(self.tr("Enrol a new customer anyway"))
        if self.duplicate_buttons:
            self.duplicate_buttons[0].setFocus()


def _example_phone(region: str) -> str:
    return {"HU": "06 30 123 4567", "UA": "067 123 4567", "RU": "8 912 345 67 89", "LT": "8 612 34567",
            "IR": "0912 345 6789"}.get(region.upper(), "+36 30 123 4567")
