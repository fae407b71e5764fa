"""`python main.py cards --count N --pdf OUT.pdf`: issue N anonymous cards and lay them out for printing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from terminal.counter import Counter
from terminal.db import connect
from terminal.paths import data_dir, database_path

NAME = "cards"
HELP = "issue new anonymous loyalty cards and write them to a PDF (A4 sheets with cut marks, or CR80 pages)"
MAX_COUNT = 10_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--count", type=int, required=True, metavar="N", help=f"how many cards (1 to {MAX_COUNT})")
    parser.add_argument("--pdf", metavar="OUT.pdf", required=True, type=Path, help="the PDF file to write")
    parser.add_argument("--single", action="store_true",
                        help="one CR80-sized page per card, for a card printer (default: A4 sheets of ten)")


def run(args: argparse.Namespace) -> int:
    from terminal.receipts.cards import CardFace, render_card_sheet, render_cards  # reportlab: only when run

    if not 1 <= args.count <= MAX_COUNT:
        print(f"--count must be between 1 and {MAX_COUNT}", file=sys.stderr)
        return 2
    # The codes exist in clear only until the PDF is written: check the target before issuing any.
    if not args.pdf.parent.resolve().is_dir():
        print(f"no such folder: {args.pdf.parent}", file=sys.stderr)
        return 2
    db = connect(database_path(data_dir(args.data_dir)))
    try:
        counter = Counter(db)
        shop = counter.shop()
        codes = counter.issue_anonymous_cards(args.count)
    finally:
        db.close()
    faces = [CardFace(code, shop.name, language=shop.language) for code in codes]
    args.pdf.write_bytes(render_cards(faces) if args.single else render_card_sheet(faces))
    print(f"issued {len(codes)} cards, wrote {args.pdf}")
    return 0
