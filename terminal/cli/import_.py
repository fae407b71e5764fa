"""`python main.py import customers|sales FILE.csv`: migrate from paper cards, a spreadsheet or another system.

The file's format is detected and printed first (encoding, delimiter, decimal mark, date order, and
which column is which field); each can be overridden. Every problem is printed, one line each, as
FILE:LINE: reason. Exit status: 0 all rows imported (or already there), 3 imported with bad rows set
aside in FILE.refused.csv, 1 nothing imported (the header or format cannot be used, or --strict and a
bad row), 2 no such file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from terminal import paths
from terminal.counter import Counter
from terminal.db import connect
from terminal.import_columns import SYNONYMS, HeaderProblem, mapping_hint, parse_mapping
from terminal.import_format import DELIMITERS, DateOrder
from terminal.import_values import EARLIEST, FUTURE_TOLERANCE
from terminal.importer import (
    FIELDS,
    ImportFailed,
    ImportKind,
    ImportOptions,
    ImportReport,
    Preview,
    import_customers,
    import_sales,
    preview,
)

NAME = "import"
HELP = ("import customers or sales from a CSV file as spreadsheets and other systems write it "
        "(bad rows are set aside with their reasons)")
DECIMALS = {"point": ".", "comma": ",", ".": ".", ",": ","}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = __doc__.split("\n\n", 1)[1]
    parser.add_argument("what", choices=[k.value for k in ImportKind],
                        help="customers: customer,name,phone,email,birthday,consent; "
                             "sales: customer,date[,time],amount[,receipt] (names in en, hu, ru, uk, lt, fa "
                             "and common synonyms are recognised)")
    parser.add_argument("file", type=Path, metavar="FILE.csv",
                        help=f"CSV with a header row; dates from {EARLIEST.date().isoformat()} to "
                             f"{FUTURE_TOLERANCE.days} days ahead")
    parser.add_argument("--encoding", help="the file's encoding, e.g. utf-8, utf-16, cp1250, cp1251, cp1252 "
                                           "(default: detected)")
    parser.add_argument("--delimiter", choices=sorted(DELIMITERS.values()), help="default: detected")
    parser.add_argument("--decimal", choices=["point", "comma"], help="the amounts' decimal mark (default: detected)")
    parser.add_argument("--date-order", choices=[o.value for o in DateOrder],
                        help="dates written with the year last: day first (01.04.2025) or month first "
                             "(4/1/2025) (default: detected)")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN[,…]",
                        help=f"which column holds a field, by its name or number (fields: {', '.join(SYNONYMS)})")
    parser.add_argument("--strict", action="store_true", help="import nothing if any row is bad")
    parser.add_argument("--check", action="store_true", help="a dry run: validate and count, write nothing")
    parser.add_argument("--earn-points", action="store_true",
                        help="imported sales earn stamps and points under today's rules (default: they don't)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


class ProgressBar:
    """A one-line progress bar on stderr, per phase, redrawn at most ten times a second."""

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


def options_from(args: argparse.Namespace) -> ImportOptions:
    mapping: dict[str, str] = {}
    for text in args.map:
        mapping.update(parse_mapping(text))
    return ImportOptions(encoding=args.encoding, delimiter=args.delimiter,
                         decimal=DECIMALS[args.decimal] if args.decimal else None, date_order=args.date_order,
                         mapping=mapping or None, strict=args.strict, check=args.check, earn_points=args.earn_points)


def print_problems(path: Path, problems: list) -> None:
    for problem in problems:
        print(f"{path}:{problem.line}: {problem.message}", file=sys.stderr)


def print_preview(shown: Preview, rows: int = 3) -> None:
    """The first rows as the import reads them: field = value, with the mapping applied."""
    order = sorted(shown.columns.items(), key=lambda item: item[1])
    for row in shown.rows[:rows]:
        print("  " + ", ".join(f"{field}={row[index] if index < len(row) else ''!r}" for field, index in order),
              file=sys.stderr)


def summary(report: ImportReport, seconds: float) -> str:
    verb = "would import" if report.checked else "imported"
    text = f"{report.rows:,} rows: {report.good - report.already_there:,} {verb}" if report.checked else (
        f"{report.rows:,} rows: {report.imported:,} imported")
    text += f", {report.already_there:,} already there"
    if report.problems:
        text += f", {len(report.problems):,} set aside" if not report.checked else f", {len(report.problems):,} bad"
    if report.sales or report.no_spend or report.refunds or report.returns:
        text += (f" ({report.sales:,} sales, {report.no_spend:,} visits without spend, {report.refunds:,} refunds "
                 f"of a receipt, {report.returns:,} returns)")
    return text + f" ({seconds:.1f} s)"


def run(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"no such file: {args.file}", file=sys.stderr)
        return 2
    try:
        options = options_from(args)
    except HeaderProblem as exc:
        print(exc, file=sys.stderr)
        return 2
    kind = ImportKind(args.what)
    try:
        shown = preview(args.file, kind, options)
    except ImportFailed as failed:
        print_problems(args.file, failed.problems)
        return 1
    if shown.problem:
        print(f"{args.file}:1: {shown.problem}", file=sys.stderr)
        if shown.header:
            print(f"  e.g. {mapping_hint(shown.header, shown.columns, FIELDS[kind][1])}", file=sys.stderr)
        return 1
    print(f"format: {shown.format.describe()}", file=sys.stderr)
    for why in shown.format.evidence:
        print(f"  {why}", file=sys.stderr)
    if shown.columns:
        print("columns: " + ", ".join(f"{field} = {shown.header[index]!r}" for field, index in
                                    sorted(shown.columns.items(), key=lambda item: item[1])),
              file=sys.stderr)
    if args.check:
        print_preview(shown)
    db = connect(paths.database_path(paths.data_dir(args.data_dir)))
    counter = Counter(db)
    bar = ProgressBar(args.quiet)
    began = time.perf_counter()
    try:
        if kind is ImportKind.CUSTOMERS:
            report = import_customers(db, args.file, counter, progress=bar, options=options)
        else:
            report = import_sales(db, args.file, counter, progress=bar, options=options)
    except ImportFailed as failed:
        bar.finish()
        print_problems(args.file, failed.problems)
        print(f"nothing imported: {len(failed.problems):,} problems", file=sys.stderr)
        return 1
    finally:
        db.close()
    bar.finish()
    print_problems(args.file, report.problems)
    print(summary(report, time.perf_counter() - began))
    if report.refused_file is not None:
        print(f"bad rows set aside, with their reasons, in {report.refused_file}")
    return 3 if report.problems and not report.checked else 0
