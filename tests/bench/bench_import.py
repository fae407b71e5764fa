"""Benchmark: the sales import, as a plain UTF-8 file and as a Hungarian Excel writes it, detection on.

    .venv/bin/python tests/bench/bench_import.py [--rows 300000] [--dialect plain|excel-hu|both]

Each run builds its files and a fresh database (20,000 customers) under /tmp/loyalty-bench/import-bench,
then times ``import_sales`` (earning points) and a re-run of the same file (nothing new): wall-clock
and this process's CPU time (on a shared machine the CPU time says more). The excel-hu
file is Windows-1250, semicolon-separated, with decimal commas, dates like 2024.03.05. 14:30, a blank
``;;;`` line every 1,000 rows, a 0.00 row every 97 rows, and a refund of a receipt the day after it
every 97 rows.
Goal (issue 14): 1,000,000 rows under 60 s with the detection on.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from terminal.counter import Counter
from terminal.db import connect
from terminal.importer import import_customers, import_sales
from tests.bench.stats_data import CACHE

CUSTOMERS = 20_000


def write_files(folder: Path, rows: int, dialect: str) -> tuple[Path, Path]:
    rng = random.Random(3)
    hungarian = dialect == "excel-hu"
    sep, newline, encoding = (";", "\r\n", "cp1250") if hungarian else (",", "\n", "utf-8")
    customers = folder / f"customers-{dialect}.csv"
    header = ["Ügyfélkód", "Név", "Telefon", "Hozzájárulás"] if hungarian else ["customer", "name", "phone", "consent"]
    lines = [sep.join(header)]
    lines += [sep.join([f"K{n}", f"Vásárló {n}" if hungarian else f"Customer {n}", f"+36 30 {n:07d}", str(n % 2)])
              for n in range(CUSTOMERS)]
    customers.write_bytes((newline.join(lines) + newline).encode(encoding))
    sales = folder / f"sales-{dialect}.csv"
    lines = [sep.join(["Vevő", "Dátum", "Összeg", "Nyugtaszám"] if hungarian else
                      ["customer", "date", "amount", "receipt"])]
    previous: tuple[str, tuple[int, int], int, str] = ("", (1, 1), 0, "")
    for number in range(rows):
        month, day = rng.randrange(1, 13), rng.randrange(1, 28)
        hour, minute = rng.randrange(7, 20), rng.randrange(60)
        who = f"K{rng.randrange(CUSTOMERS)}" if number % 5 else ""
        cents = rng.randrange(150, 3000)
        receipt = f"R{number}"
        if hungarian and number % 97 == 0:
            cents = 0  # a free item
        elif hungarian and number % 97 == 2:
            who, (month, day), cents, receipt = previous[0], previous[1], -previous[2], previous[3]  # its refund
        if hungarian:
            day_text = f"2024.{month:02d}.{day:02d}."
            amount = ("-" if cents < 0 else "") + f"{abs(cents) // 100},{abs(cents) % 100:02d}"
        else:
            day_text = f"2024-{month:02d}-{day:02d}"
            amount = f"{cents / 100:.2f}"
        moment = f"{day_text} {hour:02d}:{minute:02d}" if number % 3 else day_text
        lines.append(sep.join([who, moment, amount, receipt if number % 2 or number % 97 in (1, 2) else ""]))
        previous = (who, (month, day + 1), cents, receipt)
        if hungarian and number % 1000 == 999:
            lines.append(sep * 3)
    sales.write_bytes((newline.join(lines) + newline).encode(encoding))
    return customers, sales


def bench(rows: int, dialect: str) -> None:
    folder = CACHE / "import-bench"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    customers, sales = write_files(folder, rows, dialect)
    db = connect(folder / "terminal.db")
    counter = Counter(db)
    import_customers(db, customers, counter)
    began, cpu = time.perf_counter(), time.process_time()
    report = import_sales(db, sales, counter, earn_points=True)
    first, first_cpu = time.perf_counter() - began, time.process_time() - cpu
    began, cpu = time.perf_counter(), time.process_time()
    again = import_sales(db, sales, counter, earn_points=True)
    second, second_cpu = time.perf_counter() - began, time.process_time() - cpu
    db.close()
    assert report.problems == [], report.problems[:3]
    print(f"{dialect:>8}: import of {rows:,} sales rows {first:.1f} s (CPU {first_cpu:.1f} s; {report.imported:,} "
          f"imported: {report.sales:,} sales, {report.no_spend:,} at 0.00, {report.refunds:,} refunds); "
          f"re-run {second:.1f} s (CPU {second_cpu:.1f} s; {again.already_there:,} already there)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--dialect", choices=["plain", "excel-hu", "both"], default="both")
    args = parser.parse_args()
    for dialect in (["plain", "excel-hu"] if args.dialect == "both" else [args.dialect]):
        bench(args.rows, dialect)
    return 0


if __name__ == "__main__":
    sys.exit(main())
