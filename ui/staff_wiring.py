"""Staff joined to the cashier's window: who is signed in, and whether their role opens a door.

A shop without staff runs as before: one owner PIN guards the owner's doors. Once the owner adds
staff (More → Staff…), the person at the counter signs in (Shift+F6: a tap on their name and their PIN);
the status bar shows who it is, their events carry their id, and each door asks their role:
:meth:`StaffLink.permits`. The counter service enforces the same roles again, so a door this
window forgot still refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from terminal.counter import Counter
from terminal.staff import ALLOWED, Permission, Role, StaffError, StaffMember, new_member
from ui.messages import staff_problem
from ui.staff_dialog import StaffDialog
from ui.staff_sign_in import SignInDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class StaffLink(QObject):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.signed_in: StaffMember | None = None
        self.members: list[StaffMember] = []
        self.sign_in_dialog: SignInDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        self.button = QPushButton(self.tr("Sign in (Shift+F6)"))
        self.button.setMinimumHeight(40)
        self.button.clicked.connect(self.open_sign_in)
        self.button.hide()  # shown once the shop has staff
        main.statusBar().addPermanentWidget(self.button)
        self.sign_in_action = QAction(self.tr("Sign in / change staff"), main)
        self.sign_in_action.setShortcut(QKeySequence("Shift+F6"))
        self.sign_in_action.triggered.connect(self.open_sign_in)
        main.add_secondary_action(self.sign_in_action)
        self.manage_action = QAction(self.tr("Staff… (owner)"), main)
        self.manage_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.manage_action.triggered.connect(self.open_staff)
        main.add_secondary_action(self.manage_action)
        self.reload()

    # -- who is here ----------------------------------------------------------------------------
    def reload(self) -> None:
        def job(c: Counter) -> list[StaffMember]:
            c.forget_cached_settings()  # another terminal (by sync) or process may have changed the list
            return list(c.staff_list())

        self.main.tasks.run(job, self._members_loaded)

    def _members_loaded(self, members: list[StaffMember]) -> None:
        self.members = members
        self.button.setVisible(bool(members))
        self._show_who()

    def _show_who(self) -> None:
        if self.signed_in is None:
            self.button.setText(self.tr("Sign in (Shift+F6)"))
        else:
            self.button.setText(self.tr("{0} — Shift+F6 to change").format(self.signed_in.name))

    def open_sign_in(self) -> SignInDialog | None:
        active = [m for m in self.members if m.active]
        if not active:
            self.main.cashier.show_message("info", self.tr("No staff yet: the owner adds them under More → Staff…"))
            return None
        self.sign_in_dialog = SignInDialog(self.main.tasks, active, self.main)
        self.sign_in_dialog.signed_in.connect(self._signed_in)
        self.sign_in_dialog.open()
        return self.sign_in_dialog

    def _signed_in(self, member: StaffMember) -> None:
        self.signed_in = member
        self._show_who()
        self.main.cashier.show_message("info", self.tr("Signed in: {0}.").format(member.name))

    # -- doors ----------------------------------------------------------------------------------
    def permits(self, permission: Permission) -> bool:
        """May the person at the counter do this? Says why not in the banner."""
        if self.signed_in is not None:
            if self.signed_in.may(permission):
                return True
            if permission in ALLOWED[Role.MANAGER]:
                text = self.tr("{0} is signed in: this needs a manager or the owner.")
            else:
                text = self.tr("{0} is signed in: this needs the owner.")
            self.main.cashier.show_message("warning", text.format(self.signed_in.name))
            return False
        if self.members:
            self.main.cashier.show_message("warning", self.tr("Sign in with your PIN first (Shift+F6)."))
            return False
        return self.main.owner_confirmed()  # no staff: the owner's PIN

    def refuses(self, permission: Permission) -> bool:
        """For the doors a shop without staff leaves open (a refund): refused only by a signed-in role."""
        return bool(self.members) and not self.permits(permission)

    # -- the owner's staff list -----------------------------------------------------------------
    def open_staff(self) -> StaffDialog | None:
        if not self.permits(Permission.STAFF):
            return None
        self.staff_dialog = StaffDialog(self.members, self.main)
        self.staff_dialog.add_requested.connect(self._add)
        self.staff_dialog.leave_requested.connect(self._save)
        self.staff_dialog.open()
        return self.staff_dialog

    def _add(self, name: str, role: str, pin: str) -> None:
        def job(c: Counter) -> list[StaffMember]:
            member = new_member(name, role, pin)  # argon2id: here, not on the GUI thread
            c.save_staff_member(member)
            if c.signed_in is None and len(c.staff_list()) == 1:
                c.signed_in, c.writer.actor = member, member.id  # the first owner is the one adding
            return list(c.staff_list())

        self._run(job)

    def _save(self, member: StaffMember) -> None:
        def job(c: Counter) -> list[StaffMember]:
            c.save_staff_member(member)
            return list(c.staff_list())

        self._run(job)

    def _run(self, job: Callable[[Counter], list[StaffMember]]) -> None:
        dialog = self.staff_dialog

        def done(members: list[StaffMember]) -> None:
            first = not self.members
            self._members_loaded(members)
            if first and members:
                self._signed_in(members[0])
            if dialog is not None:
                dialog.show_members(members)

        def failed(error: Exception) -> bool:
            if isinstance(error, StaffError) and dialog is not None:
                dialog.show_error(staff_problem(error.problem))
                return True
            return False

        self.main.tasks.run(job, done, failed)
