"""The terminal's sync preferences: hub address, token, schedule and the offline redemption policy.

They are this terminal's own (not the shop's rules), so they live in ``preferences.json`` in the
data folder under the key ``"sync"`` (terminal.preferences keeps the other sections as they are) —
all but the token, which terminal.secret_store keeps in the platform's keyring or a private file. A
token an older version wrote into ``preferences.json`` moves out at the first load.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from terminal import secret_store
from terminal.paths import preferences_path
from terminal.preferences import load_section, save_section

KEY = "sync"


class OfflineRedemption(StrEnum):
    REFUSE = "refuse"  # no redemption without the hub's confirmation
    ALLOW = "allow"  # allow up to `offline_cap` unconfirmed redemptions per terminal until the next sync


@dataclass(frozen=True)
class SyncSettings:
    hub_url: str = ""
    token: str = ""
    interval_minutes: int = 5
    offline_redemption: OfflineRedemption = OfflineRedemption.ALLOW
    offline_cap: int = 3
    timeout_seconds: float = 10.0

    @property
    def configured(self) -> bool:
        return bool(self.hub_url and self.token)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "offline_redemption": str(self.offline_redemption)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SyncSettings:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "offline_redemption" in values:
            try:
                values["offline_redemption"] = OfflineRedemption(values["offline_redemption"])
            except ValueError:
                del values["offline_redemption"]
        settings = replace(cls(), **values)
        return replace(settings, interval_minutes=max(1, int(settings.interval_minutes)),
                       offline_cap=max(0, int(settings.offline_cap)))


def load(data_dir: Path) -> SyncSettings:
    raw = load_section(preferences_path(data_dir), KEY, SyncSettings)
    settings = SyncSettings.from_json(raw.to_json())  # checks the enum and the bounds
    if settings.token:  # in clear, from an older version: move it out of the file
        save(data_dir, settings)
        return settings
    return replace(settings, token=secret_store.load_token(data_dir))


def save(data_dir: Path, settings: SyncSettings) -> None:
    secret_store.save_token(data_dir, settings.token)
    save_section(preferences_path(data_dir), KEY, replace(settings, token=""))
