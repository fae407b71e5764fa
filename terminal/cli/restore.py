"""``python main.py restore FILE``: put a backup back, keeping the current file aside."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from terminal.paths import data_dir
from terminal.restore import RestoreFailed, restore

NAME = "restore"
HELP = ("restore the database from a backup (close the app first): the current file is kept in set-aside/, "
        "erasures made since the backup are applied again")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", nargs="?", help="a backup file, or its name in the backups "
                                                                "folder (`main.py backup --list` lists them)")
    parser.add_argument("--catch-up", action="store_true",
                        help="only get back from the hub what this terminal did after the restored backup "
                             "(done after every restore when a hub is set)")


def run(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    if args.catch_up and not args.file:
        return _catch_up(folder)
    if not args.file:
        print("Name the backup to restore (`main.py backup --list` lists them).", file=sys.stderr)
        return 2
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
    return _catch_up(folder)


def _catch_up(folder: Path) -> int:
    from terminal.recovery import catch_up
    from terminal.sync import settings as sync_settings
    from terminal.sync.transport import HubConnection, SyncError

    current = sync_settings.load(folder)
    if not current.configured:
        print("Sales made after the backup are not in it (no hub is set to get them back from).")
        return 0
    try:
        with HubConnection(current.hub_url, current.token, timeout=current.timeout_seconds) as hub:
            back = catch_up(folder, hub)
    except SyncError as error:
        print(f"The hub could not give back what this terminal did after the backup ({error.problem}); "
              "the backup is restored; when the hub can be reached, run: python main.py restore --catch-up",
              file=sys.stderr)
        return 1
    print(f"From the hub, events made after the backup: {back:,}.")
    return 0
