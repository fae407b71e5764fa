"""Changing the owner's PIN with the old one, and setting a new one with the recovery code.

Both run their PIN checks on the owner worker; the PIN state is written by the process's one
writer (OwnerAccess's ``write``). After a recovery the dialog shows the next recovery code once: the
used one no longer works.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from terminal.clock import Clock
from terminal.owner_access import MAX_PIN, MIN_PIN, AccessError, AccessProblem, OwnerAccess, valid_pin
from ui.owner.worker import OwnerWorker


def _pin_field() -> QLineEdit:
    field = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=MAX_PIN)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setStyleSheet("font-size: 22px; letter-spacing: 4px;")
    return field


class NewPinDialog(QDialog):
    """Old PIN (change) or recovery code (recover), then the new PIN twice."""

    def __init__(self, worker: OwnerWorker, clock: Clock, recover: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker, self._clock, self.recovering = worker, clock, recover
        self.next_code = ""
        self.setWindowTitle(self.tr("Forgot the PIN?") if recover else self.tr("Change owner PIN"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = (self.tr("Type the recovery code printed at set-up, and a new PIN.") if recover
                 else self.tr("Type the current PIN, then the new one ({0} to {1} digits).").format(MIN_PIN, MAX_PIN))
        layout.addWidget(QLabel(intro, wordWrap=True))
        form = QFormLayout()
        if recover:
            self.secret = QLineEdit(maxLength=40)
            self.secret.setPlaceholderText("ABCD-EFGH-JKMN-PQRS")
            self.secret.setStyleSheet("font-size: 20px;")
            form.addRow(self.tr("Recovery code"), self.secret)
        else:
            self.secret = _pin_field()
            form.addRow(self.tr("Current PIN"), self.secret)
        self.pin, self.repeat = _pin_field(), _pin_field()
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("Repeat new PIN"), self.repeat)
        layout.addLayout(form)
        self.message = QLabel("", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b00020; font-size: 14px;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        secret, pin = self.secret.text(), self.pin.text()
        if not valid_pin(pin):
            self.message.setText(self.tr("A PIN is {0} to {1} digits.").format(MIN_PIN, MAX_PIN))
            return
        if pin != self.repeat.text():
            self.message.setText(self.tr("The two new PINs differ."))
            return
        self.buttons.setEnabled(False)
        clock, recovering = self._clock, self.recovering

        def job(db: object) -> str:
            access = OwnerAccess(db, clock, write=self._worker.write)  # type: ignore[arg-type]
            if recovering:
                return access.recover(secret, pin)
            access.change_pin(secret, pin)
            return ""

        self._worker.run(job, on_done=self._done, on_error=self._refused)

    def _done(self, next_code: str) -> None:
        self.next_code = next_code
        if not next_code:
            self.accept()
            return
        # The used code is gone: show the next one, once, before closing.
        self.secret.setEnabled(False)
        self.pin.setEnabled(False)
        self.repeat.setEnabled(False)
        self.message.setStyleSheet("font-size: 16px;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setText(self.tr("New PIN set. Your next recovery code (the old one no longer works): {0}\n"
                                     "Write it down or print it from the set-up, and keep it away from the counter.")
                             .format(next_code))
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.buttons.setEnabled(True)
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.accept)

    def _refused(self, error: Exception) -> bool:
        self.buttons.setEnabled(True)
        if not isinstance(error, AccessError):
            return False
        self.secret.clear()
        self.message.setText(self.describe(error))
        return True

    def describe(self, error: AccessError) -> str:
        if error.problem is AccessProblem.LOCKED and error.locked_until is not None:
            seconds = max(1, int((error.locked_until - self._clock.now()).total_seconds()))
            return self.tr("Too many wrong tries. Try again in %n second(s).", "", seconds)
        if error.problem is AccessProblem.WRONG_PIN:
            what = self.tr("Wrong recovery code.") if self.recovering else self.tr("Wrong current PIN.")
            return what + " " + self.tr("%n more try(s) before a lock-out.", "", error.tries_left)
        if error.problem is AccessProblem.NO_RECOVERY_CODE:
            return self.tr("This terminal has no recovery code. Ask for help to reset the PIN.")
        if error.problem is AccessProblem.NO_PIN:
            return self.tr("No PIN is set yet: open the owner's screen (F8) to choose one.")
        return self.tr("A PIN is {0} to {1} digits.").format(MIN_PIN, MAX_PIN)
