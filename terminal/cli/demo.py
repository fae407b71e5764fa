"""`python main.py demo`: fill a data folder with realistic demo history."""

from __future__ import annotations

import argparse
import sys

from terminal import demo
from terminal.db import connect
from terminal.paths import data_dir, database_path

NAME = "demo"
HELP = "fill a data folder with demo customers, six months of visits, sales, rewards and ratings"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", type=int, default=300, help="how many customers (default 300)")
    parser.add_argument("--months", type=int, default=6, help="months of history (default 6)")
    parser.add_argument("--seed", type=int, default=7, help="random seed, for the same data every time")


def run(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    path = database_path(folder)
    if path.exists():
        db = connect(path)
        has_events = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        db.close()
        if has_events:
            print(f"{path} already holds data; demo data goes only into an empty folder.", file=sys.stderr)
            return 2

    def progress(done: int, total: int) -> None:
        print(f"\r{done * 100 // max(total, 1):3d}% ", end="", file=sys.stderr, flush=True)

    summary = demo.generate(folder, customers=args.customers, months=args.months, seed=args.seed, progress=progress)
    print(file=sys.stderr)
    print(f"Demo data in {folder}: {summary.customers} customers, {summary.sales} sales, "
          f"{summary.redemptions} rewards redeemed, {summary.ratings} ratings.")
    return 0
