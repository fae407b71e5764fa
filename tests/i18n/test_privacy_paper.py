"""The privacy work's paper in the reader's language: the end-of-shift roll in the shop's, the customer's
data export in the customer's own (else the shop's). Read back with pdftotext, Persian shaped (joined
letter forms) and set right to left, checked on the page rasterised at the printer's resolution."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import sqlite_utils

import main
from terminal import paths
from terminal.clock import FixedClock, iso
from terminal.counter import Counter
from terminal.customer_data import export_language, gather
from terminal.customer_pdf import render_export
from terminal.db import connect
from terminal.feedback import Scale, Source, rate_visit
from terminal.receipts.shaping import joined
from terminal.receipts.shift_roll import render_shift_report
from terminal.shift_report import shift_report
from terminal.staff import Role, new_member
from tests.receipts.conftest import SHOP
from tests.receipts.pdftools import ink_in_box, pdf_text, rasterise

DAY = date(2026, 3, 10)


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _presentation_forms(text: str) -> int:
    return sum(1 for c in text if "\ufb50" <= c <= "\ufeff")


def _shift_day(db: sqlite_utils.Database, clock: FixedClock) -> Counter:
    """Cecil sells to Anna twice within minutes; the manager Mark adjusts 150 points (a big adjustment)."""
    counter = Counter(db, clock=clock)
    owner, manager, cashier = (new_member("Olga", Role.OWNER, "900001"), new_member("Mark", Role.MANAGER, "800001"),
                               new_member("Cecil", Role.CASHIER, "7001"))
    counter.save_staff_member(owner)
    counter.signed_in, counter.writer.actor = owner, owner.id
    counter.save_staff_member(manager)
    counter.save_staff_member(cashier)
    clock.current = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    counter.signed_in, counter.writer.actor = cashier, cashier.id
    anna = counter.enrol("Anna").customer.id
    counter.record_sale(anna, 123_450)
    clock.advance(minutes=3)
    counter.record_sale(anna, 200)
    counter.signed_in, counter.writer.actor = manager, manager.id
    clock.advance(minutes=30)
    counter.adjust_points(anna, 150, "cake mix-up")
    return counter


def _roll(tmp_path: Path, db: sqlite_utils.Database, language: str, currency: str) -> tuple[Path, str]:
    report = shift_report(db, DAY, "Europe/Budapest")
    path = tmp_path / f"shift-{language}.pdf"
    path.write_bytes(render_shift_report(report, "Kávézó a Sarkon", currency, 80, language))
    return path, pdf_text(path)


def test_the_shift_roll_speaks_russian_with_the_shops_money_and_times(tmp_path, db, clock) -> None:
    _shift_day(db, clock)
    path, text = _roll(tmp_path, db, "ru", "RUB")
    flat = _flat(text)
    assert "Отчёт за смену: 10.03.2026" in flat
    assert "Продажи (2)" in flat and "1 236,50 ₽" in flat  # 1234.50 + 2.00, grouped with a space
    assert "Выдано штампов" in flat and "Начислено баллов" in flat and "Итого за день" in flat
    assert "Корректировка в 10:33: cake mix-up" in flat  # 09:33 UTC is 10:33 in Budapest
    assert "повторная продажа: ещё одна продажа через 3 минуты после предыдущей" in flat
    assert "крупная корректировка: +150 баллов" in flat
    assert "Sales" not in flat and "Stamps given" not in flat and "whole day" not in flat
    assert rasterise(path).getextrema()[0] == 0  # it prints: ink on the 203 dpi page


def test_the_shift_roll_in_persian_is_shaped_and_mirrored(tmp_path, db, clock) -> None:
    _shift_day(db, clock)
    path, text = _roll(tmp_path, db, "fa", "IRT")
    assert _presentation_forms(text) > 40
    for words in ("کل روز", "مهر داده‌شده", "امتیاز داده‌شده", "فروش تکراری", "اصلاح بزرگ امتیاز"):
        assert joined(words) in text, words
    assert "۱٬۲۳۷" in text and joined("تومان") in text  # 1 236.50 toman, shown whole: Persian digits, group sign
    assert "۱۰:۳۳" in text  # the adjustment's time in Budapest, Persian digits
    assert "Sales" not in text and "10:33" not in text
    # The labels sit on the right of the roll, the amounts on the left (the receipts' mirrored column).
    image = rasterise(path)
    half = image.width // 2
    body = (0, image.height // 4, half, image.height)
    right = (half, image.height // 4, image.width - 1, image.height)
    assert ink_in_box(image, right) > ink_in_box(image, body)


def test_the_shift_command_prints_the_roll_in_the_shops_language(tmp_path, clock) -> None:
    db = connect(paths.database_path(tmp_path))
    counter = _shift_day(db, clock)
    owner = next(m for m in counter.staff_list() if m.role is Role.OWNER)
    counter.signed_in, counter.writer.actor = owner, owner.id
    counter.save_settings(shop=replace(SHOP, language="hu", currency="HUF", timezone="Europe/Budapest"))
    db.close()
    out = tmp_path / "roll.pdf"
    assert main.main(["shift", "--date", DAY.isoformat(), "--pdf", str(out), "--data-dir", str(tmp_path)]) == 0
    flat = _flat(pdf_text(out))
    assert "Műszakjelentés: 2026. 03. 10." in flat and "Eladások (2)" in flat and "1 237 Ft" in flat
    assert "Az egész nap" in flat and "Kiadott pecsétek" in flat


def _customer(counter: Counter, clock: FixedClock, language: str = "") -> str:
    clock.current = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    customer = counter.enrol("Zahra Mohammadi", phone="+98 912 000 0000", birthday="1990-03-21", consent=True,
                             language=language).customer.id
    sale = counter.record_sale(customer, 1_250_000)
    rate_visit(counter, sale.sale.id, 9, Scale.NPS, reason="service", comment="خیلی خوب", source=Source.SCREEN)
    counter.update_profile(customer, consent=False)
    return customer


def _export(tmp_path: Path, db: sqlite_utils.Database, customer: str, language: str, currency: str) -> tuple[Path, str]:
    data = gather(db, customer, iso(datetime(2026, 3, 11, 8, 0, tzinfo=UTC)))
    path = tmp_path / f"export-{language}.pdf"
    path.write_bytes(render_export(data, currency, language, "Asia/Tehran"))
    return path, pdf_text(path)


def test_the_export_follows_the_customers_own_language_else_the_shops(db, counter, clock) -> None:
    counter.save_settings(shop=replace(SHOP, language="hu"))
    with_language = _customer(counter, clock, "fa")
    without = counter.enrol("Kovács Éva").customer.id
    assert export_language(db, with_language, "hu") == "fa"
    assert export_language(db, without, "hu") == "hu"


def test_the_export_in_persian_is_shaped_localised_and_mirrored(tmp_path, db, counter, clock) -> None:
    customer = _customer(counter, clock, "fa")
    path, text = _export(tmp_path, db, customer, "fa", "IRR")
    assert _presentation_forms(text) > 200
    for words in ("اطلاعات شخصی نگهداری‌شده دربارهٔ شما", "مشخصات", "رضایت دریافت پیامک تبلیغاتی", "سابقهٔ رضایت",
                  "داده شد", "داده نشد", "هدیهٔ خوش‌آمدگویی", "خیر"):
        assert joined(words) in text, words
    assert "۱۲٬۵۰۰" in text  # the sale's 12 500 rials, Persian digits
    assert "۱۴۰۴/۱۲/۲۰" in text  # 10 March 2026 as a Solar Hijri date (the visits' day)
    assert "۱۳۶۹/۰۱/۰۱" in text  # the birthday, 21 March 1990, is Nowruz 1369
    assert "Profile" not in text and "Marketing consent" not in text and "not given" not in text
    # Mirrored: the profile's labels sit at the right edge of the page, where a Persian reader starts.
    image = rasterise(path, dpi=100)
    width, top = image.width, (0, 0, image.width, image.height // 3)
    left_band = ink_in_box(image, (top[0], top[1], width // 4, top[3]))
    right_band = ink_in_box(image, (3 * width // 4, top[1], width - 1, top[3]))
    assert right_band > 2 * left_band


def test_the_export_in_lithuanian_reads_back(tmp_path, db, counter, clock) -> None:
    customer = _customer(counter, clock)
    path, text = _export(tmp_path, db, customer, "lt", "EUR")
    flat = _flat(text)
    for words in ("Apie jus saugomi asmens duomenys", "Sutikimas gauti pasiūlymus", "Sutikimų istorija", "neduotas",
                  "pasveikinimo dovana", "Apsilankymai", "12 500,00 €", "1990-03-21", "2026-03-10 12:30"):
        assert words in flat, words  # 09:00 UTC is 12:30 in Tehran
    assert "Profile" not in flat and "Visits" not in flat and "yes" not in flat.split()
    assert rasterise(path, dpi=60).getextrema()[0] == 0


def test_the_export_command_writes_the_pdf_in_the_customers_language(tmp_path, clock) -> None:
    db = connect(paths.database_path(tmp_path))
    counter = Counter(db, clock=clock)
    counter.save_settings(shop=replace(SHOP, language="en"))
    customer = _customer(counter, clock, "uk")
    db.close()
    out = tmp_path / "out"
    assert main.main(["customer", "export", customer, "--out", str(out), "--data-dir", str(tmp_path)]) == 0
    flat = _flat(pdf_text(out / f"customer-{customer}.pdf"))
    assert "Ваші персональні дані, які ми зберігаємо" in flat and "Історія згод" in flat
    assert "Personal data held" not in flat
