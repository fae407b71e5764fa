"""``python main.py sync``: save the hub's address and token, and run one sync round now."""

from __future__ import annotations

import argparse

from terminal.paths import data_dir, database_path

NAME = "sync"
HELP = "sync this terminal with the hub now (and save --hub/--token for the scheduled sync)"

WORDS = {
    "not_configured": "No hub set: give --hub URL and --token TOKEN once.",
    "unreachable": "The hub cannot be reached (network down, or the hub is not running).",
    "bad_token": "The hub refused this terminal's token (unknown or revoked).",
    "refused": "The hub refused what this terminal sent.",
    "hub_error": "The hub failed to answer properly; it has been told, try again later.",
    "epoch_changed": "The hub was restored from a backup during the sync; run it again.",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--hub", metavar="URL", help="the hub's address, e.g. http://192.168.1.10:8765 (saved)")
    parser.add_argument("--token", help="this terminal's token from `main.py hub add-terminal NAME` (saved)")
    parser.add_argument("--interval", type=int, metavar="MINUTES", help="minutes between scheduled syncs (saved)")
    parser.add_argument("--offline-redemption", choices=("refuse", "allow"),
                        help="when the hub is unreachable: refuse redemptions, or allow up to the cap (saved)")
    parser.add_argument("--offline-cap", type=int, metavar="N",
                        help="unconfirmed redemptions this terminal may allow until its next sync (saved)")
    parser.add_argument("--set-aside", action="store_true",
                        help="list the events sync set aside (refused by the hub, or unusable here), and stop")
    parser.add_argument("--drop", metavar="EVENT_ID",
                        help="forget a set-aside event once it is dealt with (the ledger keeps its own copy)")


def run(args: argparse.Namespace) -> int:
    from terminal.db import connect
    from terminal.sync import settings as sync_settings
    from terminal.sync.client import SyncClient
    from terminal.sync.transport import HubConnection, SyncError

    folder = data_dir(args.data_dir)
    if args.set_aside or args.drop:
        return _set_aside(folder, args.drop)
    current = sync_settings.load(folder)
    changes = {key: value for key, value in (
        ("hub_url", args.hub), ("token", args.token), ("interval_minutes", args.interval),
        ("offline_redemption", args.offline_redemption), ("offline_cap", args.offline_cap)) if value is not None}
    if changes:
        current = sync_settings.SyncSettings.from_json({**current.to_json(), **changes})
        sync_settings.save(folder, current)
        print(f"Saved: {', '.join(sorted(changes))}.")
    if not current.configured:
        print(WORDS["not_configured"])
        return 1
    db = connect(database_path(folder))
    try:
        with HubConnection(current.hub_url, current.token, timeout=current.timeout_seconds) as hub:
            report = SyncClient(db, hub).run()
    except SyncError as error:
        detail = f": {error.detail}" if error.problem == "refused" and error.detail else ""
        print(f"Sync failed. {WORDS[error.problem]}{detail}")
        return 1
    finally:
        db.close()
    print(f"Synced with {current.hub_url}: {report.summary()}.")
    return 0


def _set_aside(folder, drop: str | None) -> int:
    from terminal.db import connect, writing
    from terminal.sync import set_aside

    db = connect(database_path(folder))
    try:
        if drop:
            with writing(db):
                dropped = set_aside.drop(db, drop, set_aside.PUSH) + set_aside.drop(db, drop, set_aside.PULL)
            print(f"Dropped {drop}." if dropped else f"No set-aside event {drop}.")
            return 0 if dropped else 1
        items = set_aside.listed(db)
        for item in items:
            where = "refused by the hub" if item.direction == set_aside.PUSH else "not applied here"
            print(f"{item.ts}\t{item.event_id}\t{where}\t{item.reason}")
        count = "1 event" if len(items) == 1 else f"{len(items)} events"
        print(f"{count} set aside." if items else "Nothing set aside: every event synced.")
        return 0
    finally:
        db.close()
