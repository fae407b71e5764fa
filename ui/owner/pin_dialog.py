"""The owner's PIN dialog: set a PIN at first run, enter it afterwards; lock-outs are shown plainly.

The PIN check (~0.5 s) and the lock-out bookkeeping run on the owner worker, not the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from terminal.clock import Clock
from terminal.owner_access import AccessError, AccessProblem, OwnerAccess
from ui.owner.pin_change import NewPinDialog
from ui.owner.worker import OwnerWorker


class PinDialog(QDialog):
    """``first_run`` None: the dialog asks the worker whether a PIN is set, and shows the right form."""

    def __init__(self, worker: OwnerWorker, clock: Clock, first_run: bool | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker, self._clock, self.first_run = worker, clock, bool(first_run)
        self.setWindowTitle(self.tr("Owner"))
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        self.heading = QLabel("", wordWrap=True)
        self.heading.setStyleSheet("font-size: 16px;")
        layout.addWidget(self.heading)
        self.form = QFormLayout()
        self.pin = self._pin_field()
        self.form.addRow(self.tr("PIN"), self.pin)
        self.repeat = self._pin_field()
        self.form.addRow(self.tr("Repeat PIN"), self.repeat)
        layout.addLayout(self.form)
        self.message = QLabel("", wordWrap=True)
        self.message.setStyleSheet("color: #b00020; font-size: 14px;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.forgot = self.buttons.addButton(self.tr("Forgot the PIN?"), QDialogButtonBox.ButtonRole.ResetRole)
        self.forgot.clicked.connect(self.open_recovery)
        self.forgot.setVisible(first_run is False)  # shown once it is known that a PIN is set
        layout.addWidget(self.buttons)
        if first_run is None:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.heading.setText(self.tr("Checking…"))
            self.form.setRowVisible(self.repeat, False)
            worker.run(lambda db: not OwnerAccess(db).has_pin(), self.set_first_run)
        else:
            self.set_first_run(first_run)

    def set_first_run(self, first_run: bool) -> None:
        self.first_run = first_run
        self.heading.setText(self.tr("Choose the owner's PIN (6 to 12 digits). It guards the dashboard, settings "
                                     "and manual adjustments.") if first_run else self.tr("Enter the owner's PIN."))
        self.form.setRowVisible(self.repeat, first_run)
        self.forgot.setVisible(not first_run)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.pin.setFocus()

    def open_recovery(self) -> NewPinDialog:
        """The recovery code sets a new PIN; that opens the door as the PIN would."""
        dialog = NewPinDialog(self._worker, self._clock, recover=True, parent=self)
        dialog.accepted.connect(self.accept)
        dialog.open()
        self.recovery_dialog = dialog
        return dialog

    def _pin_field(self) -> QLineEdit:
        field = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        field.setStyleSheet("font-size: 22px; letter-spacing: 4px;")
        return field

    def submit(self) -> None:
        pin = self.pin.text()
        if self.first_run and pin != self.repeat.text():
            self.message.setText(self.tr("The two PINs differ."))
            return
        self.buttons.setEnabled(False)
        clock = self._clock

        def check(db: object) -> None:
            access = OwnerAccess(db, clock, write=self._worker.write)  # type: ignore[arg-type]
            if self.first_run:
                access.set_first_pin(pin)
            else:
                access.verify(pin)

        self._worker.run(check, on_done=lambda _: self.accept(), on_error=self._refused)

    def _refused(self, error: Exception) -> bool:
        self.buttons.setEnabled(True)
        if not isinstance(error, AccessError):
            return False
        self.pin.clear()
        self.repeat.clear()
        self.message.setText(self.describe(error))
        return True

    def describe(self, error: AccessError) -> str:
        if error.problem is AccessProblem.LOCKED and error.locked_until is not None:
            seconds = max(1, int((error.locked_until - self._clock.now()).total_seconds()))
            return self.tr("Too many wrong PINs. Try again in %n second(s).", "", seconds)
        if error.problem is AccessProblem.WRONG_PIN:
            return self.tr("Wrong PIN. %n more try(s) before a lock-out.", "", error.tries_left)
        if error.problem is AccessProblem.BAD_PIN_FORMAT:
            return self.tr("A PIN is 6 to 12 digits.")
        if error.problem is AccessProblem.PIN_ALREADY_SET:
            return self.tr("A PIN is already set.")
        return self.tr("No PIN is set yet.")
