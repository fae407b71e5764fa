"""``python main.py shift [--date YYYY-MM-DD] [--json]``: the end-of-shift report, per staff member and for the day."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from terminal import paths
from terminal.clock import SystemClock
from terminal.db import connect
from terminal.formatting import LocalFormat
from terminal.shift_report import ShiftFigures, shift_report
from terminal.stats.dashboard import read_shop
from terminal.stats.period import local_today

NAME = "shift"
HELP = "the end-of-shift report: sales, stamps, points, rewards, refunds, adjustments and anomalies per staff member"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", metavar="YYYY-MM-DD", type=date.fromisoformat,
                        help="the day, in the shop's time zone (default: today)")
    parser.add_argument("--json", action="store_true", help="print JSON (money in minor units)")
    parser.add_argument("--pdf", metavar="OUT.pdf", type=Path, help="also write it for the receipt roll")
    parser.add_argument("--width", type=int, choices=(80, 58), default=80, help="roll width in mm (default 80)")


def run(args: argparse.Namespace) -> int:
    # Paper on demand: the roll module draws QR codes with zxing-cpp, which every command need not load.
    from terminal.receipts.shift_roll import render_shift_report

    folder = paths.data_dir(args.data_dir)
    db = connect(paths.database_path(folder))
    try:
        shop = read_shop(db)
        day = args.date or local_today(SystemClock().now(), shop.timezone)
        report = shift_report(db, day, shop.timezone)
    finally:
        db.close()
    if args.pdf is not None:
        args.pdf.write_bytes(render_shift_report(report, shop.name, shop.currency, args.width,
                                                  shop.language))  # paper speaks the shop's language
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
        return 0
    print(f"{shop.name}: shift report for {day.isoformat()} ({shop.timezone})")
    for figures in [*report.people, report.total]:
        print(_block(figures, shop.currency, shop.timezone, figures is report.total))
    return 0


def _block(f: ShiftFigures, currency: str, zone: str, total: bool) -> str:
    from terminal.receipts.shift_roll import local_time, person_title

    title = person_title(f, total)
    format_amount = LocalFormat("en", currency).money  # the command line's text is English, like its other output
    lines = [f"\n{title}",
             f"  sales              {f.sales:>6}  {format_amount(f.sales_amount):>14}",
             f"  refunds            {f.refunds:>6}  {format_amount(f.refunds_amount):>14}",
             f"  stamps given       {f.stamps_given:>6}",
             f"  points given       {f.points_given:>6}",
             f"  rewards redeemed   {f.rewards_redeemed:>6}"]
    for a in f.adjustments:
        lines.append(f"  adjustment {local_time(a.time, zone)}  {a.points:+d} points  ({a.reason})  "
                     f"customer {a.customer_id}")
    for n in f.anomalies:
        lines.append(f"  ! {local_time(n.time, zone)} {n.what.replace('_', ' ')}: {n.detail}  customer {n.customer_id}")
    return "\n".join(lines)
