"""Choosing the hub's store from the --store option: an SQLite file (default) or a PostgreSQL URL."""

from __future__ import annotations

from pathlib import Path

from terminal.sync.store import HubStore

DEFAULT_FILE = "hub.db"


def open_store(spec: str | None, data_dir: Path) -> HubStore:
    """``None`` -> hub.db in the data folder; ``postgresql://…`` -> that server; anything else -> that file."""
    if spec and spec.startswith(("postgresql://", "postgres://")):
        from terminal.sync.store_postgres import PostgresHubStore

        return PostgresHubStore(spec)
    from terminal.sync.store_sqlite import SqliteHubStore

    path = Path(spec) if spec else data_dir / DEFAULT_FILE
    if not path.is_absolute():
        path = data_dir / path
    return SqliteHubStore(path)


def describe(spec: str | None, data_dir: Path) -> str:
    """Where the store is, for logs: never a password."""
    if spec and "://" in spec:
        scheme, rest = spec.split("://", 1)
        return f"{scheme}://{rest.rsplit('@', 1)[-1]}"
    return str(Path(spec) if spec else data_dir / DEFAULT_FILE)
