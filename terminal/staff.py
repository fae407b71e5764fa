"""Staff: people with roles and their own PINs, so every event says who made it and each role does its part.

- **cashier**: sells, enrols, redeems rewards, undoes within the visit, replaces a lost card;
- **manager**: also refunds past sales, adjusts points, changes the loyalty rules and closes the shift
  (the end-of-shift report);
- **owner**: also sees the books (dashboard, exports), exports or erases a customer's data and manages staff.

The staff list is a shop setting (``settings["staff"]``, written as a ``settings_changed`` event), so
it syncs to every terminal like the rules, last writer wins; only an owner changes it. Each member
has an id (recorded as ``by`` in the events they make, see :class:`terminal.writer.EventWriter`), a
name, a role and a salted argon2id hash of their PIN: six digits at least for owners and managers,
four for cashiers (who stand at the counter in view of the shop, and sell only). Sign-in uses the
same growing lock-out as the owner's PIN, per member.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum

import sqlite_utils

from terminal.clock import Clock, SystemClock
from terminal.ids import uuid7
from terminal.pins import MAX_DIGITS, AccessError, AccessProblem, PinLock, hash_pin
from terminal.text import clean_text

STAFF_KEY = "staff"


class Role(StrEnum):
    CASHIER = "cashier"
    MANAGER = "manager"
    OWNER = "owner"


class Permission(StrEnum):
    SELL = "sell"
    ENROL = "enrol"
    REDEEM = "redeem"
    UNDO = "undo"  # the cashier's undo of an action of the open visit
    REFUND = "refund"  # a past sale, by receipt number
    ADJUST = "adjust"  # manual points with a reason
    RULES = "rules"  # loyalty rules, shop details, feedback settings
    SHIFT_REPORT = "shift_report"  # the end-of-shift report, on screen and printed
    BOOKS = "books"  # the dashboard, stats and CSV exports
    CUSTOMER_DATA = "customer_data"  # a customer's export and erasure
    STAFF = "staff"
    BELOW_ZERO = "below_zero"  # a refund or correction that leaves a balance below zero: the owner's word


_CASHIER = frozenset({Permission.SELL, Permission.ENROL, Permission.REDEEM, Permission.UNDO})
_MANAGER = _CASHIER | {Permission.REFUND, Permission.ADJUST, Permission.RULES, Permission.SHIFT_REPORT}
ALLOWED: dict[Role, frozenset[Permission]] = {
    Role.CASHIER: _CASHIER,
    Role.MANAGER: frozenset(_MANAGER),
    Role.OWNER: frozenset(Permission),
}
MIN_PIN_DIGITS = {Role.CASHIER: 4, Role.MANAGER: 6, Role.OWNER: 6}


class StaffProblem(StrEnum):
    NOT_ALLOWED = "not_allowed"
    NOT_SIGNED_IN = "not_signed_in"  # the shop has staff: someone must sign in first
    UNKNOWN_MEMBER = "unknown_member"
    NAME_REQUIRED = "name_required"
    BAD_PIN = "bad_pin"
    LAST_OWNER = "last_owner"  # the shop must keep one owner who can manage staff


class StaffError(Exception):
    def __init__(self, problem: StaffProblem, detail: str = "") -> None:
        super().__init__(f"{problem} {detail}".strip())
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class StaffMember:
    id: str
    name: str
    role: Role
    pin_hash: str
    active: bool = True

    def may(self, permission: Permission) -> bool:
        return self.active and permission in ALLOWED[self.role]

    @classmethod
    def from_json(cls, data: dict) -> StaffMember:
        return cls(str(data["id"]), str(data["name"]), Role(data["role"]), str(data["pin_hash"]),
                   bool(data.get("active", True)))


def require(member: StaffMember | None, permission: Permission) -> None:
    """Raises StaffError(NOT_ALLOWED) unless the member's role allows it. None: no staff signed in (the
    terminal runs in single-PIN mode, where the owner's PIN guards the owner's doors)."""
    if member is not None and not member.may(permission):
        raise StaffError(StaffProblem.NOT_ALLOWED, f"{member.role}:{permission}")


def valid_staff_pin(role: Role, pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and MIN_PIN_DIGITS[role] <= len(pin) <= MAX_DIGITS


def members(db: sqlite_utils.Database) -> list[StaffMember]:
    """Every staff member, active or not, in the order they were added."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [STAFF_KEY]).fetchone()
    return [StaffMember.from_json(item) for item in (json.loads(row[0]) if row else [])]


def member(db: sqlite_utils.Database, staff_id: str) -> StaffMember:
    for m in members(db):
        if m.id == staff_id:
            return m
    raise StaffError(StaffProblem.UNKNOWN_MEMBER, staff_id)


def sign_in(db: sqlite_utils.Database, staff_id: str, pin: str, clock: Clock | None = None) -> StaffMember:
    """The member, if the PIN is theirs; AccessError (wrong, locked) or StaffError (unknown, inactive)."""
    found = member(db, staff_id)
    if not found.active:
        raise StaffError(StaffProblem.UNKNOWN_MEMBER, staff_id)
    PinLock(db, clock or SystemClock(), lock_key=f"staff_lock:{staff_id}").check(pin, found.pin_hash)
    return found


def new_member(name: str, role: Role | str, pin: str, *, staff_id: str | None = None) -> StaffMember:
    role = Role(role)
    name = clean_text(name)
    if not name:
        raise StaffError(StaffProblem.NAME_REQUIRED)
    if not valid_staff_pin(role, pin):
        raise StaffError(StaffProblem.BAD_PIN, f"{MIN_PIN_DIGITS[role]}-{MAX_DIGITS}")
    return StaffMember(staff_id or uuid7(), name, role, hash_pin(pin))


def with_member(current: list[StaffMember], changed: StaffMember) -> list[StaffMember]:
    """The list with `changed` added or replaced; refuses to leave the shop without an active owner."""
    updated = [changed if m.id == changed.id else m for m in current]
    if all(m.id != changed.id for m in current):
        updated.append(changed)
    if current and not any(m.active and m.role is Role.OWNER for m in updated):
        raise StaffError(StaffProblem.LAST_OWNER)
    return updated


def to_setting(staff: list[StaffMember]) -> list[dict]:
    return [{**asdict(m), "role": str(m.role)} for m in staff]


__all__ = ["ALLOWED", "AccessError", "AccessProblem", "Permission", "Role", "StaffError", "StaffMember",
           "StaffProblem", "members", "new_member", "require", "sign_in", "with_member"]
