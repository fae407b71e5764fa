"""`python main.py stats`: the owner's numbers for a period and the one before it, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from terminal import paths
from terminal.clock import SystemClock
from terminal.db import connect
from terminal.stats.dashboard import read_rules, read_shop, stats_summary, thresholds_for
from terminal.stats.export import NUMBER_KEYS
from terminal.stats.period import Period, Preset, local_today, preset_period

NAME = "stats"
HELP = "print the loyalty numbers (sales, retention, NPS, CSAT, segments …) for a period"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", metavar="YYYY-MM-DD", type=date.fromisoformat,
                        help="first day of the period, in the shop's time zone (default: per --period)")
    parser.add_argument("--to", dest="last", metavar="YYYY-MM-DD", type=date.fromisoformat,
                        help="last day of the period, included (default: today)")
    parser.add_argument("--period", choices=[p.value for p in Preset], default=Preset.DAYS_30.value,
                        help="a period ending today, used when --from is not given (default: 30d)")
    parser.add_argument("--json", action="store_true",
                        help="print JSON: rates as fractions 0..1, money in minor units, 'previous' for the "
                             "previous period")


def run(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    db = connect(paths.database_path(folder))
    try:
        shop = read_shop(db)
        if shop.zone != shop.timezone:
            print(f"The shop's time zone {shop.timezone!r} is not a time zone (like Europe/Budapest): "
                  "the figures are by UTC days until the owner sets it in Settings (F10).", file=sys.stderr)
        today = local_today(SystemClock().now(), shop.zone)
        last = args.last or today
        if args.first is not None:
            if args.first > last:
                print("--from must not be after --to", file=sys.stderr)
                return 2
            period = Period(args.first, last, shop.zone)
        else:
            period = preset_period(args.period, last, shop.zone)
        numbers = stats_summary(db, period, thresholds_for(shop, read_rules(db)))
    finally:
        db.close()
    numbers["currency"] = shop.currency
    numbers["time_zone"] = shop.zone
    if args.json:
        print(json.dumps(numbers, indent=2, ensure_ascii=False))
    else:
        previous = numbers["previous"]
        print(f"{shop.name}: {numbers['from']} .. {numbers['to']}  (previous {previous['from']} .. {previous['to']})")
        for key in NUMBER_KEYS:
            print(f"  {key:<22} {_text(numbers[key]):>14} {_text(previous[key]):>14}")
        print("  segments: " + ", ".join(f"{k} {v}" for k, v in numbers["segments"].items()))
    return 0


def _text(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)
