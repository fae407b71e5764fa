"""Staff roles on the hub: a pushed event that needs a manager or the owner must name one (its ``by``).

The hub keeps the shop's staff list as the terminals last set it (``settings_changed`` with a
``staff`` entry, newest by HLC wins; only ids, roles and whether they are active, never the PIN
hashes) and, from the first such list on, sets aside what the named member's role does not allow:
refunds, manual adjustments, rule and staff changes, erasures and merges. Events from before the shop had
staff (single-PIN mode, an offline terminal catching up) are judged by their HLC, not by when they
arrive. The terminal enforces the same roles before it writes; the hub catches a terminal that does
not (an old version, or a tampered one), so a refused event is one to show the owner.

What the hub cannot know is whether the person named really typed their PIN at that terminal: the
``by`` is the terminal's word, as the event itself is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from terminal.ledger import Kind
from terminal.staff import ALLOWED, STAFF_KEY, Permission, Role
from terminal.writer import ACTOR_FIELD

STATE_KEY = "staff_roles"  # the hub_meta row


def needed(event: dict[str, Any]) -> Permission | None:
    """The permission an event needs from the member who made it; None for everyday events."""
    kind = event["kind"]
    if kind == Kind.REFUND:
        return Permission.REFUND
    if kind == Kind.POINTS_ADJUSTED:
        return Permission.ADJUST
    if kind in (Kind.CUSTOMER_ERASED, Kind.CUSTOMER_MERGED):
        return Permission.CUSTOMER_DATA
    if kind == Kind.SETTINGS_CHANGED:
        settings = event["body"].get("settings")
        return Permission.STAFF if isinstance(settings, dict) and STAFF_KEY in settings else Permission.RULES
    return None


@dataclass
class StaffState:
    since: str = ""  # HLC of the first staff list: events before it need no ``by``
    hlc: str = ""  # HLC of the list in force
    roles: dict[str, str] = field(default_factory=dict)  # active member id -> role

    @classmethod
    def load(cls, text: str | None) -> StaffState:
        return cls(**json.loads(text)) if text else cls()

    def dump(self) -> str:
        return json.dumps({"since": self.since, "hlc": self.hlc, "roles": self.roles}, sort_keys=True)

    def refusal(self, event: dict[str, Any]) -> str | None:
        """Why the event is set aside, or None when its maker may make it."""
        permission = needed(event)
        if permission is None or not self.since or event["hlc"] < self.since:
            return None
        by = event["body"].get(ACTOR_FIELD)
        role = self.roles.get(by) if isinstance(by, str) else None
        if role is None:
            return f"{event['kind']} needs a signed-in staff member, and {by!r} is not one"
        if permission not in ALLOWED[Role(role)]:
            return f"{event['kind']} by {by} ({role}) needs {permission}, which a {role} may not do"
        return None

    def observe(self, event: dict[str, Any]) -> bool:
        """Take a new staff list from the event; True when the state changed."""
        settings = event["body"].get("settings") if event["kind"] == Kind.SETTINGS_CHANGED else None
        if not isinstance(settings, dict) or not isinstance(settings.get(STAFF_KEY), list):
            return False
        if self.hlc and event["hlc"] <= self.hlc:
            return False
        roles = {}
        for member in settings[STAFF_KEY]:
            if isinstance(member, dict) and member.get("active", True) and member.get("role") in set(Role):
                roles[str(member.get("id"))] = str(member["role"])
        self.since = min(self.since, event["hlc"]) if self.since else event["hlc"]
        self.hlc, self.roles = event["hlc"], roles
        return True
