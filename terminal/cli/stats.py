"""`python main.py stats`: the owner's numbers for a period and the one before it, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from terminal import paths
from terminal.clock import SystemClock
from terminal.db import connect
from terminal.formatting import LocalFormat
from terminal.stats.dashboard import read_rules, read_shop, stats_summary, thresholds_for
from terminal.stats.format import LABELS, format_number, number_label
from terminal.stats.period import Period, Preset, local_today, preset_period
from terminal.words import QT_TRANSLATE_NOOP, Words

TEXT_KEYS = tuple(LABELS)  # every number that has a name for people; --json has them all
SEGMENTS = {"new": QT_TRANSLATE_NOOP("Report", "new"), "vip": QT_TRANSLATE_NOOP("Report", "VIP"),
            "regular": QT_TRANSLATE_NOOP("Report", "regular"), "at_risk": QT_TRANSLATE_NOOP("Report", "at risk"),
            "lapsed": QT_TRANSLATE_NOOP("Report", "lapsed")}

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
                             "previous period (the text output is in the shop's language and number format)")


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
        print(summary_text(numbers, shop.name, LocalFormat(shop.language, shop.currency, shop.timezone)))
    return 0


def summary_text(numbers: dict, shop_name: str, fmt: LocalFormat) -> str:
    """The numbers as the owner reads them: the shop's language, currency, separators and dates."""
    words, previous = Words(fmt.language), numbers["previous"]

    def span(first: str, last: str) -> str:
        return f"{fmt.date(date.fromisoformat(first))} – {fmt.date(date.fromisoformat(last))}"

    labels = {key: number_label(key, words) for key in TEXT_KEYS}
    width = max(len(label) for label in labels.values()) + 2
    lines = [words.translate("Report", "%1 (time zone %2); previous period %3")
             .replace("%1", f"{shop_name}: {span(numbers['from'], numbers['to'])}")
             .replace("%2", str(numbers.get("time_zone", ""))).replace("%3", span(previous["from"], previous["to"]))]
    for key in TEXT_KEYS:
        lines.append(f"  {labels[key]:<{width}} {format_number(key, numbers.get(key), fmt):>16} "
                     f"{format_number(key, previous.get(key), fmt):>16}")
    names = {key: words.translate("Report", name) for key, name in SEGMENTS.items()}
    segments = ", ".join(f"{names.get(k, k)} {fmt.number(v)}" for k, v in numbers["segments"].items())
    title = words.translate("Report", "Segment sizes")
    lines.append(f"  {title}: {segments}")
    return "\n".join(lines)
