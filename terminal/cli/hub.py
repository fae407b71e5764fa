"""``python main.py hub``: run the sync hub, or manage the terminals allowed to use it."""

from __future__ import annotations

import argparse
import logging
import time

from terminal.logs import PrivateRotatingFileHandler
from terminal.paths import data_dir, logs_dir

NAME = "hub"
HELP = "run the sync hub (and feedback page), or add/revoke terminals and start a new epoch"
ACTIONS = ("serve", "add-terminal", "revoke-terminal", "terminals", "new-epoch")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", nargs="?", default="serve", choices=ACTIONS,
                        help="serve (default); add-terminal NAME prints its token; revoke-terminal NAME; "
                             "terminals lists them; new-epoch after restoring the store from a backup")
    parser.add_argument("name", nargs="?", help="the terminal's name, for add-terminal and revoke-terminal")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)")
    parser.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    parser.add_argument("--store", metavar="FILE_OR_URL",
                        help="an SQLite file (default: hub.db in the data folder) or a postgresql:// URL")
    parser.add_argument("--trusted-proxy", action="append", default=[], metavar="ADDRESS",
                        help="a reverse proxy whose X-Forwarded-For is believed (repeatable; default: none)")
    parser.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"),
                        help="how much to log (default info)")


def _set_up_logging(folder, level: str) -> None:
    handler = PrivateRotatingFileHandler(logs_dir(folder) / "hub.log", maxBytes=5_000_000, backupCount=5,
                                         encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level.upper(), handlers=[handler, console], force=True)


def run(args: argparse.Namespace) -> int:
    from terminal.sync.hub import Hub, HubConfig
    from terminal.sync.store import TerminalExists
    from terminal.sync.stores import describe, open_store

    folder = data_dir(args.data_dir)
    if args.action in ("add-terminal", "revoke-terminal") and not args.name:
        print(f"hub {args.action} needs the terminal's NAME")
        return 2
    store = open_store(args.store, folder)
    try:
        if args.action == "add-terminal":
            try:
                token = store.add_terminal(args.name, int(time.time() * 1000))
            except TerminalExists:
                print(f"A terminal named {args.name!r} exists already; revoke it or choose another name.")
                return 1
            except ValueError as error:
                print(f"Not a usable name: {error}.")
                return 2
            print(f"Terminal {args.name!r} added. Its token (shown only now, keep it safe):\n{token}")
            return 0
        if args.action == "revoke-terminal":
            if store.revoke_terminal(args.name):
                print(f"Terminal {args.name!r} revoked: its token no longer works.")
                return 0
            print(f"No active terminal named {args.name!r}.")
            return 1
        if args.action == "terminals":
            for info in store.terminals():
                print(f"{info.name}\t{'revoked' if info.revoked else 'active'}\treceipts {info.receipt_prefix or '?'}"
                      f"\t{info.terminal_id or 'not yet synced'}")
            return 0
        if args.action == "new-epoch":
            print(f"New epoch {store.new_epoch()}: terminals will send everything again on their next sync.")
            return 0
        _set_up_logging(folder, args.log_level)
        from terminal.sync.server import serve_forever

        hub = Hub(store, HubConfig(data_dir=folder, trusted_proxies=frozenset(args.trusted_proxy)))
        hub.check_restored()
        logging.getLogger("sync.hub").info("hub on http://%s:%d, store %s, epoch %s", args.host, args.port,
                                           describe(args.store, folder), hub.epoch)
        serve_forever(hub, args.host, args.port, args.log_level)
        return 0
    finally:
        store.close()
