"""`python main.py campaign create|list|report|contacts|vouchers`: campaigns for shops that script.

`campaign report ID --json` keys: offered, control, returned_offered, returned_control, lift (value,
low, high, within_noise; null when a group is empty), revenue_offered, revenue_control (minor units),
used, cost (minor units), net, finished, starts, ends. `campaign contacts ID FILE.csv` writes the
consented contacts of the offered group with their offer: the columns are in docs/campaigns.md.
`campaign vouchers ID [--out FILE.pdf]` prints the offered group's vouchers, eight to an A4 sheet.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from terminal import campaigns, paths
from terminal.campaign_contacts import write_contacts
from terminal.campaigns import Audience, CampaignError, Offer, OfferKind
from terminal.clock import SystemClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.stats import campaigns as campaign_stats
from terminal.stats.dashboard import read_rules, thresholds_for
from terminal.vouchers import VoucherError

NAME = "campaign"
HELP = "win-back offers with a control group, and what they brought back"


def _hours(text: str) -> tuple[int, int]:
    start, _, end = text.partition("-")
    return int(start), int(end)


def _action(sub: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    action = sub.add_parser(name, help=help_text, description=help_text)
    # As main.py gives every command: `campaign list --data-dir X` works as `--data-dir X campaign list`.
    action.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the shop's data folder")
    return action


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    create = _action(sub, "create", "choose customers and an offer; a share is kept as a control group")
    create.add_argument("--name", required=True)
    create.add_argument("--audience", required=True, choices=[a.value for a in Audience])
    create.add_argument("--days", type=int, default=0, help="silent_days: no visit for this many days")
    create.add_argument("--customers", default="", help="list: customer ids, comma-separated")
    create.add_argument("--offer", required=True, choices=[o.value for o in OfferKind])
    create.add_argument("--points", type=int, default=0, help="bonus_points: how many")
    create.add_argument("--reward", default="", help="free_reward: the reward's id in the catalogue")
    create.add_argument("--multiplier", type=int, default=2, help="double_next, happy_hours")
    create.add_argument("--hours", type=_hours, default=(0, 24), metavar="FROM-TO",
                        help="happy_hours: local hours, e.g. 14-16")
    create.add_argument("--weekdays", default="", help="happy_hours: 0=Monday … 6=Sunday, comma-separated")
    create.add_argument("--from", dest="first", type=date.fromisoformat, help="first day (default today)")
    create.add_argument("--to", dest="last", type=date.fromisoformat, help="last day, included (default +13 days)")
    create.add_argument("--control", type=float, default=20.0, help="control group, percent (default 20)")
    create.add_argument("--seed", type=int, help="the draw's seed (default: random, recorded)")
    listing = _action(sub, "list", "every campaign, newest first")
    listing.add_argument("--json", action="store_true")
    report = _action(sub, "report", "who came back in each group, the lift and its interval, the cost")
    report.add_argument("id")
    report.add_argument("--json", action="store_true")
    contacts = _action(sub, "contacts", "the offered group's consented contacts, as CSV")
    contacts.add_argument("id")
    contacts.add_argument("file")
    printed = _action(sub, "vouchers", "the offered group's vouchers with their QR codes, eight to an A4 sheet")
    printed.add_argument("id")
    printed.add_argument("--out", type=Path, metavar="FILE.pdf", help="default: vouchers-ID.pdf here")


def run(args: argparse.Namespace) -> int:
    db = connect(paths.database_path(paths.data_dir(args.data_dir)))
    try:
        return {"create": _create, "list": _list, "report": _report, "contacts": _contacts,
                "vouchers": _vouchers}[args.action](db, args)
    except (CampaignError, VoucherError) as error:
        print(f"campaign refused: {error.problem.value.replace('_', ' ')} {error.detail}".strip(), file=sys.stderr)
        return 1
    finally:
        db.close()


def _create(db: object, args: argparse.Namespace) -> int:
    counter = Counter(db)  # type: ignore[arg-type]
    shop, rules = counter.shop(), counter.rules()
    zone = ZoneInfo(shop.timezone)
    now = SystemClock().now()
    today = now.astimezone(zone).date()
    first = args.first or today
    last = args.last or first + timedelta(days=13)
    starts = datetime.combine(first, time(), zone)
    ends = datetime.combine(last + timedelta(days=1), time(), zone)
    offer = Offer(OfferKind(args.offer), points=args.points, reward_id=args.reward, multiplier=args.multiplier,
                  hours=args.hours, weekdays=tuple(int(d) for d in args.weekdays.split(",") if d.strip()))
    audience = Audience(args.audience)
    members = campaign_stats.audience_members(
        counter.db, audience, now, shop.timezone, thresholds_for(shop, rules), days=args.days,
        ids=tuple(c.strip() for c in args.customers.split(",") if c.strip()))
    made = campaigns.new_campaign(args.name, audience, offer, max(starts, now),
                                  ends, control_share=args.control / 100, audience_days=args.days, seed=args.seed)
    groups = campaigns.create(counter.writer, made, members, rules)
    print(f"{made.id}: {len(groups.offered)} offered, {len(groups.control)} in the control group, "
          f"{first.isoformat()} – {last.isoformat()}")
    return 0


def _list(db: object, args: argparse.Namespace) -> int:
    found = campaigns.campaigns(db)  # type: ignore[arg-type]
    if args.json:
        print(json.dumps([c.to_json() for c in found], ensure_ascii=False, indent=2))
        return 0
    for made in found:
        print(f"{made.id}\t{made.name}\t{made.audience}\t{made.offer.kind}\t{made.starts.date()} – {made.ends.date()}")
    return 0


def _report(db: object, args: argparse.Namespace) -> int:
    report = campaign_stats.report(db, args.id, read_rules(db), SystemClock().now())  # type: ignore[arg-type]
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
        return 0
    print(f"{report.campaign.name} ({report.campaign.id}), {'finished' if report.finished else 'running'}")
    print(f"  came back: {report.returned_offered} of {report.offered} offered, "
          f"{report.returned_control} of {report.control} in the control group")
    if report.lift is None:
        print("  lift: no control group to compare with")
    else:
        noise = " (within the noise)" if report.lift.within_noise else ""
        print(f"  lift: {report.lift.value:+.1%} (95 % interval {report.lift.low:+.1%} to {report.lift.high:+.1%})"
              f"{noise}")
    print(f"  revenue: {report.revenue_offered / 100:.2f} offered, {report.revenue_control / 100:.2f} control; "
          f"{report.used} offers used, cost {report.cost / 100:.2f}, net {report.net / 100:+.2f}")
    if report.used_twice:
        print(f"  {report.used_twice} given a second time at a counter that could not reach the hub")
    return 0


def _contacts(db: object, args: argparse.Namespace) -> int:
    try:
        written = write_contacts(db, args.id, Path(args.file))  # type: ignore[arg-type]
    except OSError as error:
        print(f"cannot write {args.file}: {error.strerror or error}; nothing was written", file=sys.stderr)
        return 1
    print(f"{written.written} consented contacts of {written.offered} offered written to {args.file}")
    return 0


def _vouchers(db: object, args: argparse.Namespace) -> int:
    from terminal.receipts.vouchers import campaign_vouchers  # reportlab: only when run

    out: Path = args.out or Path(f"vouchers-{args.id}.pdf")
    if not out.parent.resolve().is_dir():
        print(f"no such folder: {out.parent}", file=sys.stderr)
        return 2
    sheets = campaign_vouchers(db, args.id, SystemClock().now())  # type: ignore[arg-type]
    if not sheets.count:
        print(f"no vouchers to print for {sheets.campaign_name}: everyone offered has used it", file=sys.stderr)
        return 1
    out.write_bytes(sheets.pdf)
    from terminal.receipts.vouchers import PER_PAGE

    pages = -(-sheets.count // PER_PAGE)
    print(f"{sheets.count} vouchers for {sheets.campaign_name} on {pages} A4 pages written to {out}")
    return 0
