"""Migrations by name: older databases (user_version N) map to the first N names; an existing database is
backed up first; a migration that fails or is killed leaves the schema as it was before it."""

from __future__ import annotations

import dis
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlite_utils

from terminal import backup
from terminal.db import MIGRATIONS, applied_migrations, apply_migrations, connect, schema_version

ROOT = Path(__file__).resolve().parent.parent
NAMES = [step.__name__ for step in MIGRATIONS]


def tables(db: sqlite_utils.Database) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}


def old_database(path: Path, version: int) -> None:
    """A database as the code before named migrations left it: the first `version` steps and user_version."""
    db = connect(path, migrate=False)
    for step in MIGRATIONS[:version]:
        with db.atomic():
            step(db)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()


def test_a_new_database_records_every_migration_by_name(tmp_path: Path) -> None:
    db = connect(tmp_path / "terminal.db")
    assert applied_migrations(db) == NAMES and schema_version(db) == len(NAMES)
    db.close()
    assert not (tmp_path / "backups").exists()  # nothing to back up in a new file


def test_an_older_database_maps_its_user_version_to_the_first_names_and_is_backed_up_first(tmp_path: Path) -> None:
    path = tmp_path / "terminal.db"
    old_database(path, 3)
    db = connect(path)
    assert applied_migrations(db) == NAMES
    applied = dict(db.execute("SELECT name, applied_at FROM _migrations"))
    assert [name for name in NAMES if applied[name] == "before names"] == NAMES[:3]
    assert {"customer_hours", "marks", "first_ratings_score_ts"} <= tables(db)
    db.close()
    copies = backup.backups(tmp_path / "backups")
    assert len(copies) == 1
    before = connect(backup.unpack(copies[0].path, tmp_path / "before.db"), migrate=False)
    assert "customer_hours" not in tables(before) and schema_version(before) == 3
    before.close()


def test_a_current_database_is_neither_written_nor_backed_up_at_connect(tmp_path: Path) -> None:
    connect(tmp_path / "terminal.db").close()
    db = connect(tmp_path / "terminal.db")
    assert db.execute("SELECT COUNT(*) FROM _migrations").fetchone()[0] == len(NAMES)
    db.close()
    assert not (tmp_path / "backups").exists()


def test_a_failing_migration_leaves_the_schema_before_it(tmp_path: Path) -> None:
    db = connect(tmp_path / "terminal.db")

    def m_test_half_done(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE half (x)")
        db.execute("ALTER TABLE customers ADD COLUMN nickname TEXT")
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        apply_migrations(db, [*MIGRATIONS, m_test_half_done])
    assert "half" not in tables(db) and applied_migrations(db) == NAMES
    assert "nickname" not in {row[1] for row in db.execute("PRAGMA table_info(customers)")}
    db.close()


KILLED = textwrap.dedent("""
    import sys
    from terminal.db import MIGRATIONS, apply_migrations, connect

    def m_test_long(db):
        db.execute("CREATE TABLE long_one (n INTEGER)")
        db.execute("ALTER TABLE customers ADD COLUMN nickname TEXT")
        print("inside", flush=True)
        n = 0
        while True:  # killed in here
            db.execute("INSERT INTO long_one VALUES (?)", [n])
            n += 1

    apply_migrations(connect(sys.argv[1], migrate=False), [*MIGRATIONS, m_test_long])
""")


def test_a_killed_migration_leaves_the_schema_before_it_and_completes_the_next_time(tmp_path: Path) -> None:
    path = tmp_path / "terminal.db"
    connect(path).close()
    child = subprocess.Popen([sys.executable, "-c", KILLED, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout is not None and child.stdout.readline().strip() == "inside"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    db = connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "long_one" not in tables(db) and applied_migrations(db) == NAMES
    assert "nickname" not in {row[1] for row in db.execute("PRAGMA table_info(customers)")}

    def m_test_long(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE long_one (n INTEGER)")

    assert apply_migrations(db, [*MIGRATIONS, m_test_long]) == ["m_test_long"]
    assert "long_one" in tables(db) and applied_migrations(db) == [*NAMES, "m_test_long"]
    db.close()


def test_names_are_unique() -> None:
    assert len(set(NAMES)) == len(NAMES)


def _globals_used(code: object) -> set[str]:
    names = {ins.argval for ins in dis.get_instructions(code) if ins.opname in ("LOAD_GLOBAL", "LOAD_NAME")}
    for const in code.co_consts:  # type: ignore[attr-defined]
        if hasattr(const, "co_code"):
            names |= _globals_used(const)
    return names


def test_migrations_are_frozen_they_call_no_live_code_of_the_terminal() -> None:
    """A migration that calls today's hourly.project_all would give an old database tomorrow's schema
    halfway: each copies what it needs instead. Ids and secrets come from the standard library's kind
    of helpers (uuid7 makes an id; its format never changes)."""
    allowed = {"uuid7", "secrets"}
    for step in MIGRATIONS:
        source = step.__code__
        assert "import" not in " ".join(ins.opname for ins in dis.get_instructions(source)).lower(), step.__name__
        for name in _globals_used(source) - allowed:
            value = step.__globals__.get(name)
            module = getattr(value, "__module__", None) or getattr(value, "__name__", "")
            assert not str(module).startswith("terminal"), f"{step.__name__} calls {name} from {module}"
