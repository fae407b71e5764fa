"""Enrol a new customer in a few keystrokes: name, then optional phone, e-mail, birthday, consent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class EnrolDialog(QDialog):
    """Collects the fields; the window runs the enrolment and calls `show_error` or `accept`."""

    submitted = Signal(dict)

    def __init__(self, card_hint: str | None = None, parent: QWidget | None = None,
                 editing: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit customer") if editing else self.tr("Enrol a customer"))
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.consent = QCheckBox(self.tr("Agrees to receive offers by phone or e-mail"))
        self.error = QLabel(objectName="errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow("", self.consent)
        if editing:
            card_text = ""
        elif card_hint:
            card_text = self.tr("The scanned card …{0} will be theirs.").format(card_hint)
        else:
            card_text = self.tr("A new card will be issued for printing.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save") if editing else self.tr("Enrol"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setMinimumHeight(48)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(card_text))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.card_hint = card_hint
        if editing:
            self.name.setText(editing.get("name", ""))
            self.phone.setText(editing.get("phone", ""))
            self.email.setText(editing.get("email", ""))
            self.birthday.setText(editing.get("birthday", ""))
            self.consent.setChecked(bool(editing.get("consent")))
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "phone": self.phone.text(), "email": self.email.text(),
                "birthday": self.birthday.text().strip(), "consent": self.consent.isChecked()}

    def _submit(self) -> None:
        if not self.name.text().strip():
            self.show_error(self.tr("A name is needed."))
            self.name.setFocus()
            return
        self.submitted.emit(self.values())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
