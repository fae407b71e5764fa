"""`python main.py import customers|sales FILE.csv`: migrate from paper cards or another system."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from terminal import paths
from terminal.counter import Counter
from terminal.db import connect
from terminal.importer import ImportFailed, ImportKind, import_customers, import_sales

NAME = "import"
HELP = "import customers or sales from a UTF-8 CSV file (bad rows are reported and nothing is imported)"
MAX_PROBLEMS_SHOWN = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=[k.value for k in ImportKind],
                        help="customers: customer,name,phone,email,birthday,consent; "
                             "sales: customer,date,amount,receipt")
    parser.add_argument("file", type=Path, metavar="FILE.csv", help="UTF-8 CSV with a header row")
    parser.add_argument("--earn-points", action="store_true",
                        help="imported sales earn stamps and points under today's rules (default: they don't)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


class ProgressBar:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.shown = 0.0

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        if self.quiet or (now - self.shown < 0.1 and done < total):
            return
        self.shown = now
        share = done / total if total else 1.0
        bar = "#" * int(share * 30)
        print(f"\r{phase:<9} [{bar:<30}] {done:>9,}/{total:,}", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if not self.quiet:
            print(file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"no such file: {args.file}", file=sys.stderr)
        return 2
    db = connect(paths.database_path(paths.data_dir(args.data_dir)))
    counter = Counter(db)
    bar = ProgressBar(args.quiet)
    began = time.perf_counter()
    try:
        if args.what == ImportKind.CUSTOMERS:
            report = import_customers(db, args.file, counter, progress=bar)
        else:
            report = import_sales(db, args.file, counter, earn_points=args.earn_points, progress=bar)
    except ImportFailed as failed:
        bar.finish()
        for problem in failed.problems[:MAX_PROBLEMS_SHOWN]:
            print(f"{args.file}:{problem.line}: {problem.message}", file=sys.stderr)
        if len(failed.problems) > MAX_PROBLEMS_SHOWN:
            print(f"… and {len(failed.problems) - MAX_PROBLEMS_SHOWN} more", file=sys.stderr)
        print(f"nothing imported: {len(failed.problems)} bad rows", file=sys.stderr)
        return 1
    finally:
        db.close()
    bar.finish()
    print(f"{report.rows:,} rows: {report.imported:,} imported, {report.already_there:,} already there "
          f"({time.perf_counter() - began:.1f} s)")
    return 0
