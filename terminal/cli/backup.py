"""``python main.py backup``: back up the database now (verified and compressed), or list the backups."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from terminal import backup
from terminal.paths import backups_dir, data_dir, database_path

NAME = "backup"
HELP = "back up the database now (checked after writing, compressed, the oldest rotated out); --list lists them"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--list", action="store_true", help="list the backups with their dates and sizes")
    parser.add_argument("--keep", type=int, default=backup.KEEP, metavar="N",
                        help=f"how many backups to keep (default {backup.KEEP})")


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    if args.list:
        found = backup.backups(backups_dir(folder))
        if not found:
            print("No backups yet.")
        for copy in found:
            print(f"{copy.taken.astimezone():%Y-%m-%d %H:%M}\t{megabytes(copy.size)}\t{copy.path}")
        return 0
    if args.keep < 1:
        print("--keep must be at least 1", file=sys.stderr)
        return 2
    database = database_path(folder)
    if not database.exists():
        print(f"There is no database in {folder}: nothing to back up.", file=sys.stderr)
        return 1
    try:
        made = backup.backup(database, backups_dir(folder), datetime.now(UTC), keep=args.keep)
    except backup.BackupFailed as failed:
        print(f"The backup failed and was not kept: {failed}", file=sys.stderr)
        return 1
    print(f"Backed up and checked: {made} ({megabytes(made.stat().st_size)}, "
          f"database {megabytes(database.stat().st_size)}).")
    return 0
