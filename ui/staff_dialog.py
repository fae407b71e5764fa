"""The owner's staff list: add a member (name, role, PIN), or mark one as gone. Saved as a shop setting.

The dialog only asks; the wiring hashes the PIN and saves on the database worker (argon2id takes a third of a
second, never on the GUI thread) and answers with :meth:`show_members` or :meth:`show_error`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.owner_access import MAX_DIGITS
from terminal.staff import MIN_PIN_DIGITS, Role, StaffMember, StaffProblem, valid_staff_pin
from ui.formatting import local_format
from ui.i18n import directed
from ui.messages import staff_problem


class StaffDialog(QDialog):
    add_requested = Signal(str, str, str)  # name, role, PIN
    leave_requested = Signal(object)  # the StaffMember who left

    def __init__(self, members: list[StaffMember], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff"))
        self.setMinimumWidth(620)  # the roles' descriptions in full, in the longest languages
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setMinimumHeight(150)
        layout.addWidget(self.list)
        self.members = members
        self._fill()
        self.leave_button = QPushButton(self.tr("Has left (cannot sign in)"))
        self.leave_button.setMinimumHeight(48)  # a finger's width
        self.leave_button.clicked.connect(self._leave)
        layout.addWidget(self.leave_button)
        layout.addWidget(QLabel(self.tr("Add a member"), styleSheet="font-weight: bold;"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.role = QComboBox()
        # The combo names the role; what the role may do is said in full below it (wrapped, never cut).
        self.role_help = QLabel("", wordWrap=True, styleSheet="color: #555;")
        self._role_words = {Role.CASHIER: self.tr("cashier: sells, enrols, redeems"),
                            Role.MANAGER: self.tr("manager: also refunds, adjusts points, sets the rules"),
                            Role.OWNER: self.tr("owner: also the books, customers' data and staff")}
        for role in (Role.CASHIER, Role.MANAGER, Role.OWNER):
            self.role.addItem(self._role_name(role), role)
        self.role.currentIndexChanged.connect(self._show_role_help)
        self._show_role_help()
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=MAX_DIGITS)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=MAX_DIGITS)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.role_help)  # a row of its own, the full width: it wraps without being cut
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Repeat PIN"), self.repeat)
        layout.addLayout(form)
        hint = self.tr("PINs: at least {0} digits for owners and managers (they open the books and "
                       "the rules), {1} for cashiers.").format(*(local_format().number(MIN_PIN_DIGITS[role])
                                                                 for role in (Role.OWNER, Role.CASHIER)))
        self.hint = QLabel(directed(hint), wordWrap=True)
        layout.addWidget(self.hint)
        self.error = QLabel("", wordWrap=True, styleSheet="color: #b00020;")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setMinimumHeight(48)
        self.add_button.clicked.connect(self._add)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        self.list.clear()
        for m in self.members:
            state = "" if m.active else self.tr(" (left)")
            item = QListWidgetItem(f"{m.name} — {self._role_name(m.role)}{state}")
            item.setData(256, m.id)
            self.list.addItem(item)

    def _role_name(self, role: Role) -> str:
        return {Role.CASHIER: self.tr("cashier"), Role.MANAGER: self.tr("manager"), Role.OWNER: self.tr("owner")}[role]

    def _show_role_help(self) -> None:
        self.role_help.setText(self._role_words[self.role.currentData()])

    def show_members(self, members: list[StaffMember]) -> None:
        self.members = members
        self._fill()
        self.error.clear()
        self.add_button.setEnabled(True)
        for field in (self.name, self.pin, self.repeat):
            field.clear()

    def show_error(self, text: str) -> None:
        self.error.setText(directed(text))
        self.add_button.setEnabled(True)

    def _add(self) -> None:
        if self.pin.text() != self.repeat.text():
            self.show_error(self.tr("The two PINs differ."))
            return
        role = self.role.currentData()
        if not valid_staff_pin(role, self.pin.text()):
            self.show_error(staff_problem(StaffProblem.BAD_PIN))
            return
        self.add_button.setEnabled(False)
        self.add_requested.emit(self.name.text(), str(role), self.pin.text())

    def _leave(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.show_error(self.tr("Choose a member in the list first."))
            return
        member = next(m for m in self.members if m.id == item.data(256))
        self.leave_requested.emit(replace(member, active=False))
