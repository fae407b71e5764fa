"""This terminal's secret (its hub token), kept out of ``preferences.json``.

Where the platform has a keyring (Windows Credential Manager, the macOS Keychain, the Secret Service
of a Linux desktop session) the token goes there through ``keyring``; where it has none (a headless
till, a kiosk session, a broken or locked keyring) it goes into ``hub-token`` in the data folder,
readable by this user only (0600). The account is the data folder's path, so two terminals' folders
on one machine keep their own tokens.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType

from terminal.paths import write_private

log = logging.getLogger("config")
SERVICE = "loyalty-terminal"
TOKEN_FILE = "hub-token"


def _keyring() -> ModuleType | None:
    """The keyring module when a real backend is there; None otherwise (no backend only says 'fail')."""
    try:
        import keyring
        backend = keyring.get_keyring()
    except Exception as error:  # any backend trouble means: use the private file
        log.info("no keyring (%s): the hub token stays in a private file", type(error).__name__)
        return None
    return keyring if getattr(backend, "priority", 0) > 0 else None


def _account(folder: Path) -> str:
    return str(folder.resolve())


def token_file(folder: Path) -> Path:
    return folder / TOKEN_FILE


def load_token(folder: Path) -> str:
    ring = _keyring()
    if ring is not None:
        try:
            token = ring.get_password(SERVICE, _account(folder))
        except Exception as error:  # a locked or broken keyring: fall back, never stop sync
            log.warning("the keyring could not be read (%s); trying the private file", type(error).__name__)
        else:
            if token:
                return token
    try:
        return token_file(folder).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""
    except OSError as error:
        log.warning("the hub token file could not be read: %s", error.strerror)
        return ""


def save_token(folder: Path, token: str) -> str:
    """Keep `token` (or forget it, when empty); says where: "keyring" or "file"."""
    ring = _keyring()
    if ring is not None:
        try:
            if token:
                ring.set_password(SERVICE, _account(folder), token)
            elif ring.get_password(SERVICE, _account(folder)) is not None:
                ring.delete_password(SERVICE, _account(folder))
        except Exception as error:  # a keyring that refuses: the private file still works
            log.warning("the keyring refused the hub token (%s); keeping it in a private file",
                        type(error).__name__)
        else:
            token_file(folder).unlink(missing_ok=True)  # one place only: no stale copy on disk
            return "keyring"
    if token:
        write_private(token_file(folder), token.encode("utf-8"))
    else:
        token_file(folder).unlink(missing_ok=True)
    return "file"
