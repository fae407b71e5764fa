"""Who is at the counter: a tap on one's name, then one's PIN. The check runs on the database worker."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.owner_access import MAX_DIGITS, AccessError, AccessProblem
from terminal.staff import StaffMember
from ui.i18n import directed
from ui.tasks import DbTasks


class SignInDialog(QDialog):
    signed_in = Signal(object)  # the StaffMember

    def __init__(self, tasks: DbTasks, members: list[StaffMember], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Who is at the counter? Tap your name, then type your PIN."), wordWrap=True)
        heading.setStyleSheet("font-size: 20px;")  # read at arm's length
        layout.addWidget(heading)
        grid = QGridLayout()
        self.member_buttons: dict[str, QPushButton] = {}
        for index, member in enumerate(members):
            button = QPushButton(f"{member.name}\n{self._role_name(member)}", checkable=True, autoExclusive=True)
            button.setMinimumSize(160, 64)
            # Chosen: blue and framed, never bolder (a bold name would no longer fit its button).
            button.setStyleSheet("QPushButton:checked { background: #1565c0; color: white; "
                                 "border: 3px solid #0d3c78; }")
            button.clicked.connect(lambda _checked=False, m=member: self._choose(m))
            grid.addWidget(button, index // 3, index % 3)
            self.member_buttons[member.id] = button
        layout.addLayout(grid)
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=MAX_DIGITS, enabled=False)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setStyleSheet("font-size: 22px; letter-spacing: 4px;")
        self.pin.returnPressed.connect(self.submit)
        layout.addWidget(self.pin)
        self.message = QLabel("", wordWrap=True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.chosen: StaffMember | None = None

    def _role_name(self, member: StaffMember) -> str:
        return {"cashier": self.tr("cashier"), "manager": self.tr("manager"), "owner": self.tr("owner")}[member.role]

    def _choose(self, member: StaffMember) -> None:
        self.chosen = member
        self.pin.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.message.clear()

    def choose(self, staff_id: str) -> None:
        """As a tap on the member's button."""
        self.member_buttons[staff_id].click()

    def submit(self) -> None:
        if self.chosen is None:
            self.message.setText(self.tr("Tap your name first."))
            return
        staff_id, pin = self.chosen.id, self.pin.text()
        self.buttons.setEnabled(False)
        self.pin.setEnabled(False)
        self._tasks.run(lambda c: c.sign_in(staff_id, pin), self._done, self._refused)

    def _done(self, member: StaffMember) -> None:
        self.signed_in.emit(member)
        self.accept()

    def _refused(self, error: Exception) -> bool:
        self.buttons.setEnabled(True)
        self.pin.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        if not isinstance(error, AccessError):
            return False
        if error.problem is AccessProblem.LOCKED and error.locked_until is not None:
            seconds = max(1, int((error.locked_until - self._tasks.clock.now()).total_seconds()))
            self.message.setText(directed(self.tr("Too many wrong PINs. Try again in %n second(s).", "", seconds)))
        else:
            self.message.setText(directed(self.tr("Wrong PIN. %n more try(s) before a lock-out.", "",
                                                  error.tries_left)))
        return True
