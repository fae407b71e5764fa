"""`python main.py receipt NUMBER --pdf OUT.pdf`: write a past receipt again, the same as the first time."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from terminal.db import connect
from terminal.paths import data_dir, database_path
from terminal.receipts.preferences import ROLL_WIDTHS, load_preferences
from terminal.receipts.receipt_data import ReceiptError

NAME = "receipt"
HELP = "write a past receipt to a PDF file (same content and feedback code as when it was first printed)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", metavar="NUMBER", help="the receipt number, e.g. S1-T1-000042")
    parser.add_argument("--pdf", metavar="OUT.pdf", required=True, type=Path, help="the PDF file to write")
    parser.add_argument("--width", type=int, choices=ROLL_WIDTHS,
                        help="roll width in mm (default: this terminal's printer preference)")


def run(args: argparse.Namespace) -> int:
    from terminal.receipts.receipt import receipt_pdf  # reportlab and NumPy: only when run

    folder = data_dir(args.data_dir)
    width = args.width or load_preferences(folder).roll_width_mm
    db = connect(database_path(folder))
    try:
        pdf = receipt_pdf(db, args.number, width)
    except ReceiptError as exc:
        print(f"receipt {args.number}: {exc.problem.value.replace('_', ' ')}", file=sys.stderr)
        return 1
    finally:
        db.close()
    args.pdf.write_bytes(pdf)
    print(f"wrote {args.pdf} ({width} mm roll)")
    return 0
