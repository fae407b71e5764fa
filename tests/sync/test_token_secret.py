"""The hub token never sits in preferences.json: the platform's keyring holds it, or a private file."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from terminal import secret_store
from terminal.paths import preferences_path
from terminal.sync import settings as sync_settings
from terminal.sync.settings import SyncSettings

TOKEN = "tok_3f9a1c0e7b2d4a68"


class DictKeyring(KeyringBackend):
    """A keyring in a dict: the platform's own (Secret Service, Keychain) is not on this machine."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.store[(service, username)]


@pytest.fixture
def platform_keyring() -> Iterator[DictKeyring]:
    ring = DictKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(fail.Keyring())


def _preferences_text(folder: Path) -> str:
    return preferences_path(folder).read_text(encoding="utf-8")


def test_without_a_keyring_the_token_goes_to_a_private_file(tmp_path: Path) -> None:
    sync_settings.save(tmp_path, SyncSettings(hub_url="http://hub.local:8765", token=TOKEN))
    assert TOKEN not in _preferences_text(tmp_path)
    assert json.loads(_preferences_text(tmp_path))["sync"]["hub_url"] == "http://hub.local:8765"
    kept = secret_store.token_file(tmp_path)
    assert kept.read_text(encoding="utf-8") == TOKEN and stat.S_IMODE(kept.stat().st_mode) == 0o600
    loaded = sync_settings.load(tmp_path)
    assert (loaded.token, loaded.configured) == (TOKEN, True)
    sync_settings.save(tmp_path, SyncSettings(hub_url="http://hub.local:8765", token=""))  # disconnected
    assert not kept.exists() and sync_settings.load(tmp_path).token == ""


def test_with_a_keyring_the_token_lives_there_and_nowhere_on_disk(tmp_path: Path,
                                                                  platform_keyring: DictKeyring) -> None:
    sync_settings.save(tmp_path, SyncSettings(hub_url="http://hub.local:8765", token=TOKEN))
    assert platform_keyring.store == {(secret_store.SERVICE, str(tmp_path.resolve())): TOKEN}
    assert not secret_store.token_file(tmp_path).exists()
    assert all(TOKEN not in p.read_text(encoding="utf-8", errors="replace") for p in tmp_path.rglob("*") if p.is_file())
    assert sync_settings.load(tmp_path).token == TOKEN
    other = tmp_path / "second-terminal"
    other.mkdir()
    assert sync_settings.load(other).token == ""  # each data folder keeps its own


def test_a_token_an_older_version_wrote_in_clear_moves_out_at_the_first_load(tmp_path: Path,
                                                                            platform_keyring: DictKeyring) -> None:
    preferences_path(tmp_path).write_text(json.dumps({"sync": {"hub_url": "http://hub.local:8765", "token": TOKEN},
                                                      "ui": {"language": "hu"}}), encoding="utf-8")
    assert sync_settings.load(tmp_path).token == TOKEN
    assert TOKEN not in _preferences_text(tmp_path)
    assert json.loads(_preferences_text(tmp_path))["ui"] == {"language": "hu"}  # the rest stays as it was
    assert platform_keyring.store[(secret_store.SERVICE, str(tmp_path.resolve()))] == TOKEN
    assert sync_settings.load(tmp_path).token == TOKEN


def test_a_keyring_that_refuses_falls_back_to_the_private_file(tmp_path: Path,
                                                               platform_keyring: DictKeyring) -> None:
    def refuse(service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")

    platform_keyring.set_password = refuse  # type: ignore[method-assign]
    assert secret_store.save_token(tmp_path, TOKEN) == "file"
    assert secret_store.token_file(tmp_path).read_text(encoding="utf-8") == TOKEN
    assert sync_settings.load(tmp_path).token == TOKEN
