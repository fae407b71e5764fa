"""``python main.py verify``: follow every terminal's hash chain through this ledger; exit 1 if one is broken."""

from __future__ import annotations

import argparse
import json

from terminal import paths
from terminal.chain import verify
from terminal.db import connect

NAME = "verify"
HELP = "check the ledger's hash chains: an event changed, removed or slipped in shows here"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    db = connect(paths.database_path(folder))
    try:
        report = verify(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps({"ok": report.ok, "terminals": report.terminals, "chained": report.chained,
                          "outside": report.outside,
                          "broken": [{"terminal": t, "event": e, "why": w} for t, e, w in report.broken]}, indent=2))
    elif report.ok:
        print(f"The ledger is intact: {report.chained} linked events from {report.terminals} terminals"
              + (f" ({report.outside} events outside the chains: imports or older versions)." if report.outside
                 else "."))
    else:
        print(f"The ledger was tampered with: {len(report.broken)} broken links.")
        for terminal, event, why in report.broken:
            print(f"  terminal {terminal}, event {event}: {why}")
    return 0 if report.ok else 1
