"""``python main.py customer export|erase KEY``: a customer's data (GDPR Art. 15) and its erasure (Art. 17).

KEY is the customer's id, one of their card codes, or their phone number. ``export`` writes
``customer-<id>.json`` and ``customer-<id>.pdf`` (file names carry the id, never the name);
``erase`` asks for confirmation (or ``--yes``), writes the erasure event (it syncs to the hub and
every terminal), and compacts the database, its WAL, the search index, the backups and the logs.
The command line works on the data folder directly; whoever can run it can read the file anyway,
so it asks for no PIN (the app's button does).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from terminal import paths
from terminal.clock import SystemClock, iso
from terminal.counter import Counter
from terminal.customer_data import MESSAGES, CustomerLookupError, export_language, find_customer, gather
from terminal.customer_pdf import render_export
from terminal.db import connect
from terminal.erasure import erase
from terminal.stats.dashboard import read_shop

NAME = "customer"
HELP = "export everything held about a customer (JSON and PDF), or erase their personal data"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("export", "erase"), help="export: JSON and PDF; erase: remove personal data")
    parser.add_argument("key", metavar="KEY", help="the customer's id, a card code or a phone number")
    parser.add_argument("--out", metavar="DIR", type=Path, default=Path("."),
                        help="folder for the export's files (default: the current folder)")
    parser.add_argument("--yes", action="store_true", help="erase without asking")


def run(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    db = connect(paths.database_path(folder))
    try:
        try:
            customer_id = find_customer(db, args.key)
        except CustomerLookupError as error:
            print(f"{MESSAGES[error.problem]}.", file=sys.stderr)
            return 1
        if args.action == "export":
            return _export(db, customer_id, args.out)
        return _erase(db, customer_id, folder, args.yes)
    finally:
        db.close()


def _export(db, customer_id: str, out: Path) -> int:
    data = gather(db, customer_id, iso(SystemClock().now()))
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"customer-{data['profile']['id']}"  # the kept record's id, when records were merged
    json_path, pdf_path = stem.with_suffix(".json"), stem.with_suffix(".pdf")
    paths.write_private(json_path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
    shop = read_shop(db)  # the PDF in the customer's own language, else the shop's
    language = export_language(db, data["profile"]["id"], shop.language)
    paths.write_private(pdf_path, render_export(data, shop.currency, language, shop.timezone))
    print(f"Written {json_path} and {pdf_path} ({len(data['events'])} records).")
    return 0


def _erase(db, customer_id: str, folder: Path, yes: bool) -> int:
    erased = db.execute("SELECT erased FROM customers WHERE id = ?", [customer_id]).fetchone()[0]
    if not yes and not erased:
        if not sys.stdin.isatty():
            print("Erasure cannot be undone: run again with --yes to confirm.", file=sys.stderr)
            return 2
        answer = input(f"Erase the personal data of customer {customer_id}? This cannot be undone. Type ERASE: ")
        if answer.strip() != "ERASE":
            print("Nothing erased.")
            return 1
    report = erase(Counter(db), customer_id, folder)
    verb = "was already erased; its files were compacted again" if report.event is None else "erased"
    print(f"Customer {customer_id} {verb}: {report.backups_scrubbed} backups scrubbed, "
          f"{report.backups_removed} unreadable backups deleted, {report.log_lines_redacted} log lines redacted.")
    if not report.wal_truncated:
        print("Another program is reading the database: its write-ahead log is emptied at the next checkpoint.")
    print("The erasure reaches the hub and the other terminals at their next sync.")
    return 0
