"""``python main.py restore FILE``: put a backup back, keeping the current file aside."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from terminal.paths import data_dir
from terminal.restore import RestoreFailed, restore

NAME = "restore"
HELP = ("restore the database from a backup (close the app first): the current file is kept in set-aside/, "
        "erasures made since the backup are applied again")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a backup file, or its name in the backups folder "
                                                     "(`main.py backup --list` lists them)")


def run(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    try:
        report = restore(folder, args.file, datetime.now(UTC))
    except RestoreFailed as failed:
        print(f"Nothing was changed: {failed}", file=sys.stderr)
        return 1
    taken = f" taken {report.taken.astimezone():%Y-%m-%d %H:%M}" if report.taken else ""
    print(f"Restored the backup{taken}: {report.events:,} events.")
    if report.set_aside:
        print(f"The database it replaced is kept as {report.set_aside}.")
    if report.erasure_sources:
        print(f"Erasures made since the backup, applied again: {report.erasures_reapplied}.")
    elif report.set_aside:
        print("The replaced database could not be read, nor a later backup: erasures made since this backup "
              "could not be applied again. Sync with the hub to receive them.", file=sys.stderr)
    print("Sales made after the backup are not in it; sync with the hub to get back those it has.")
    return 0
