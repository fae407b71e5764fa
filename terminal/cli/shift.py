"""``python main.py shift [--date YYYY-MM-DD] [--json]``: the end-of-shift report, per staff member and for the day.

The text speaks the shop's language, with its money, times and date, like ``stats``; ``--json`` stays
machine-readable (minor units, the ledger's own times)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from terminal import paths
from terminal.clock import SystemClock
from terminal.db import connect
from terminal.formatting import LocalFormat
from terminal.shift_report import ShiftReport, shift_report
from terminal.stats.dashboard import read_shop
from terminal.stats.period import local_today
from terminal.words import Words

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
    print(shift_text(report, shop.name, LocalFormat(shop.language, shop.currency, shop.timezone)))
    return 0


def shift_text(report: ShiftReport, shop_name: str, fmt: LocalFormat) -> str:
    """The report as the owner reads it: the shop's language, money, times and date, in the roll's words,
    with the customer behind each adjustment and anomaly (to look them up)."""
    from terminal.receipts.shift_roll import ShiftRoll

    say = ShiftRoll(Words(fmt.language), fmt)
    blocks = [*report.people, report.total]
    width = 2 + max(len(label) for figures in blocks
                    for label, _value in [*say.figures(figures), *map(say.adjustment, figures.adjustments)])

    def customer(customer_id: str | None) -> str:
        return "  " + say.translate("ShiftRoll", "customer %1").replace("%1", customer_id) if customer_id else ""

    lines = [say.translate("ShiftRoll", "%1: shift report for %2 (time zone %3)").replace("%1", shop_name)
             .replace("%2", fmt.date(report.day)).replace("%3", report.time_zone)]
    for figures in blocks:
        lines += ["", say.person(figures, figures is report.total)]
        lines += [f"  {label:<{width}} {value:>14}" for label, value in say.figures(figures)]
        for adjustment in figures.adjustments:
            label, value = say.adjustment(adjustment)
            lines.append(f"  {label:<{width}} {value:>14}{customer(adjustment.customer_id)}")
        lines += [f"  {say.anomaly_line(anomaly)}{customer(anomaly.customer_id)}" for anomaly in figures.anomalies]
    return "\n".join(lines)
