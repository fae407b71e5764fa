"""The end-of-shift report against a day worked out by hand (Budapest, UTC+1 in March)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import main
from terminal import paths
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.shift_report import shift_report
from terminal.staff import Role, StaffMember, new_member


@pytest.fixture(scope="module")
def hired() -> tuple[StaffMember, StaffMember, StaffMember]:
    return (new_member("Olga", Role.OWNER, "900001"), new_member("Mark", Role.MANAGER, "800001"),
            new_member("Cecil", Role.CASHIER, "7001"))


def _as(counter: Counter, member: StaffMember | None) -> None:
    counter.signed_in = member
    counter.writer.actor = member.id if member else None


def _day(tmp_path: Path, hired) -> tuple[Path, dict[str, str]]:
    owner, manager, cashier = hired
    clock = FixedClock(datetime(2026, 3, 9, 22, 40, tzinfo=UTC))  # 23:40 on the 9th in Budapest: the day before
    db = connect(paths.database_path(tmp_path))
    counter = Counter(db, clock=clock)
    counter.save_staff_member(owner)
    _as(counter, owner)
    counter.save_staff_member(manager)
    counter.save_staff_member(cashier)
    _as(counter, cashier)
    early = counter.enrol("Early Bird").customer.id  # 50 welcome points, the 9th: not in the report
    counter.record_sale(early, 990)
    clock.current = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)  # 00:30 on the 10th in Budapest: in the report
    anna = counter.enrol("Anna").customer.id  # +50 points
    counter.record_sale(anna, 450)  # +1 stamp, +4 points
    clock.advance(hours=9)
    bea = counter.enrol("Bea").customer.id  # +50 points
    bea_sale = counter.record_sale(bea, 1200)  # +1 stamp, +12 points
    clock.advance(minutes=2)
    counter.record_sale(anna, 10_000)  # a 2nd sale of the day, not within 10 minutes of her first
    clock.advance(minutes=3)
    counter.record_sale(anna, 200)  # 5 min after: no stamp (visit window), +2 points, a repeat sale
    _as(counter, manager)
    clock.advance(hours=1)
    counter.refund_receipt(bea_sale.receipt_no)  # -12.00, -1 stamp, -12 points
    counter.adjust_points(anna, 150, "birthday cake mix-up")  # above the 100-point threshold
    counter.adjust_points(bea, -20, "double scan")
    _as(counter, None)
    counter.db.close()
    return tmp_path, {"anna": anna, "owner": owner.id, "manager": manager.id, "cashier": cashier.id}


def test_the_shift_report_per_staff_member_and_for_the_day(tmp_path: Path, hired) -> None:
    folder, ids = _day(tmp_path, hired)
    db = connect(paths.database_path(folder))
    report = shift_report(db, date(2026, 3, 10), "Europe/Budapest")
    db.close()
    by_name = {p.name: p for p in report.people}
    assert set(by_name) == {"Cecil", "Mark"}  # the owner's staff changes are not sales, but they are events
    cecil, mark = by_name["Cecil"], by_name["Mark"]
    assert (cecil.sales, cecil.sales_amount, cecil.stamps_given, cecil.points_given) == (4, 450 + 1200 + 10_000 + 200,
                                                                                          3, 50 + 4 + 50 + 12 + 100 + 2)
    assert (cecil.refunds, cecil.rewards_redeemed, cecil.adjustments) == (0, 0, [])
    assert [(a.what, a.customer_id) for a in cecil.anomalies] == [("repeat_sale", ids["anna"])]
    assert (mark.sales, mark.refunds, mark.refunds_amount) == (0, 1, 1200)
    assert [(a.points, a.reason) for a in mark.adjustments] == [(150, "birthday cake mix-up"), (-20, "double scan")]
    assert [(a.what, a.detail) for a in mark.anomalies] == [("big_adjustment", "+150 points")]
    total = report.total
    assert (total.sales, total.sales_amount, total.refunds, total.refunds_amount) == (4, 11_850, 1, 1200)
    assert (total.stamps_given, total.points_given, len(total.adjustments), len(total.anomalies)) == (3, 218, 2, 2)


def test_the_shift_command_prints_the_day(tmp_path: Path, hired, capsys: pytest.CaptureFixture[str]) -> None:
    folder, ids = _day(tmp_path, hired)
    assert main.main(["shift", "--date", "2026-03-10", "--data-dir", str(folder)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("My Shop: shift report for 10/03/2026 (time zone Europe/Budapest)")
    assert "Cecil" in text and "Mark" in text and "The whole day" in text
    assert "Sales (4)" in text and "€118.50" in text
    adjusted = next(line for line in text.splitlines() if "birthday cake mix-up" in line)
    assert adjusted.split() == ["Adjusted", "at", "10:35:", "birthday", "cake", "mix-up", "+150", "customer",
                                ids["anna"]]  # 09:35 UTC is 10:35 in Budapest
    assert main.main(["shift", "--date", "2026-03-10", "--json", "--data-dir", str(folder)]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["sales"] == 4


@pytest.mark.parametrize(("language", "currency", "expected", "english"), [
    ("hu", "HUF", ["My Shop: műszakjelentés, 2026. 03. 10. (időzóna: Europe/Budapest)", "Az egész nap",
                   "Eladások (4)", "119 Ft", "Jóváírt pontok", "Módosítás (10:35): birthday cake mix-up",
                   "ismételt eladás: újabb eladás 3 perccel az előző után", "vásárló: {anna}"], []),
    ("fa", "IRR", ["My Shop: گزارش شیفت روز ۱۴۰۴/۱۲/۱۹ (منطقهٔ زمانی Europe/Budapest)", "کل روز",
                   "فروش‌ها (۴)", "ریال ۱۱۹", "۲۱۸", "اصلاح در ساعت ۱۰:۳۵: birthday cake mix-up", "+۱۵۰",
                   "فروش تکراری", "مشتری {anna}"], ["218", "10:35", "+150"]),
])
def test_the_shift_command_speaks_the_shops_language(tmp_path: Path, hired, capsys: pytest.CaptureFixture[str],
                                                     language: str, currency: str, expected: list[str],
                                                     english: list[str]) -> None:
    """Like `stats`: the shop's words, money, digits, times and date (Solar Hijri in Persian)."""
    folder, ids = _day(tmp_path, hired)
    db = connect(paths.database_path(folder))
    counter = Counter(db)
    _as(counter, hired[0])  # the owner sets the shop's language
    counter.save_settings(shop=replace(counter.shop(), language=language, currency=currency))
    db.close()
    assert main.main(["shift", "--date", "2026-03-10", "--data-dir", str(folder)]) == 0
    text = capsys.readouterr().out.replace("\N{NO-BREAK SPACE}", " ").replace("\N{LEFT-TO-RIGHT MARK}", "")
    for words in expected:
        assert words.format(anna=ids["anna"]) in text
    without_ids = re.sub(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "", text)  # an id may hold "218"
    for words in ["shift report", "Sales", "Refunds", "Points given", "The whole day", "customer", "adjustment",
                  "repeat sale", *english]:
        assert words not in without_ids
    assert main.main(["shift", "--date", "2026-03-10", "--json", "--data-dir", str(folder)]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["sales_amount"] == 11_850  # for machines: minor units
