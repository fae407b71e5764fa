"""Money, numbers, percentages and dates in each shop's locale (terminal.formatting)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from terminal.formatting import LocalFormat, to_jalali
from terminal.loyalty import Rules, Tier, points_for

NBSP = "\xa0"


@pytest.mark.parametrize(("language", "currency", "minor", "text"), [
    ("hu", "HUF", 123_456, f"1{NBSP}235{NBSP}Ft"),  # no decimals, rounded
    ("hu", "HUF", 123_400, f"1{NBSP}234{NBSP}Ft"),
    ("hu", "HUF", -50_000, f"-500{NBSP}Ft"),
    ("lt", "EUR", 1_250, f"12,50{NBSP}€"),
    ("lt", "EUR", 123_450, f"1{NBSP}234,50{NBSP}€"),
    ("ru", "RUB", 123_450, f"1{NBSP}234,50{NBSP}₽"),
    ("ru", "EUR", 450, f"4,50{NBSP}€"),  # a Russian screen in Vilnius: the shop's currency
    ("uk", "UAH", -123_450, f"-1{NBSP}234,50{NBSP}₴"),
    ("en", "EUR", 123_450, "€1,234.50"),
    ("en", "EUR", -300, "-€3.00"),
    ("fa", "IRR", 12_345_600, "ریال\xa0۱۲۳٬۴۵۶"),
    ("fa", "IRT", 12_500_000, "۱۲۵٬۰۰۰\xa0تومان"),  # the toman, as Iranian shops price
    ("en", "IRT", 12_500_000, "125,000\xa0toman"),
])
def test_money(language: str, currency: str, minor: int, text: str) -> None:
    assert LocalFormat(language, currency).money(minor).replace("\u200e", "") == text


@pytest.mark.parametrize(("language", "minor", "text"), [("hu", 450, "5"), ("lt", 450, "4,50"), ("en", 450, "4.50")])
def test_amount_as_typed(language: str, minor: int, text: str) -> None:
    currency = {"hu": "HUF", "lt": "EUR", "en": "EUR"}[language]
    assert LocalFormat(language, currency).amount_input(minor) == text


@pytest.mark.parametrize(("language", "number", "percent", "signed"), [
    ("hu", f"1{NBSP}234{NBSP}567", "46%", "+12%"),
    ("ru", f"1{NBSP}234{NBSP}567", f"46{NBSP}%", f"+12{NBSP}%"),
    ("lt", f"1{NBSP}234{NBSP}567", f"46{NBSP}%", f"+12{NBSP}%"),
    ("en", "1,234,567", "46%", "+12%"),
    ("fa", "۱٬۲۳۴٬۵۶۷", "۴۶٪", "+۱۲٪"),
])
def test_numbers_and_percentages(language: str, number: str, percent: str, signed: str) -> None:
    fmt = LocalFormat(language)
    assert fmt.number(1_234_567) == number
    assert fmt.percent(0.456) == percent
    assert fmt.percent(0.12, signed=True) == signed
    assert fmt.number(-3, signed=True).startswith("−")


@pytest.mark.parametrize(("language", "text"), [
    ("hu", "2026. 03. 05."), ("ru", "05.03.2026"), ("uk", "05.03.2026"), ("lt", "2026-03-05"),
    ("en", "05/03/2026"), ("fa", "۱۴۰۴/۱۲/۱۴"),
])
def test_dates(language: str, text: str) -> None:
    assert LocalFormat(language).date(date(2026, 3, 5)) == text


def test_times_are_in_the_shops_zone() -> None:
    moment = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)
    assert LocalFormat("hu", "HUF", "Europe/Budapest").datetime(moment) == "2026. 03. 06. 00:30"
    assert LocalFormat("fa", "IRR", "Asia/Tehran").time(moment) == "۰۳:۰۰"


@pytest.mark.parametrize(("day", "jalali"), [
    (date(2025, 3, 21), (1404, 1, 1)), (date(2024, 3, 20), (1403, 1, 1)), (date(2026, 3, 5), (1404, 12, 14)),
    (date(2023, 9, 23), (1402, 7, 1)),
])
def test_solar_hijri(day: date, jalali: tuple[int, int, int]) -> None:
    assert to_jalali(day) == jalali


def test_points_per_hundred_forint() -> None:
    forint = Rules(points_per_unit=1, points_spend=10_000)  # 1 point per 100 Ft
    assert points_for(forint, 123_400, Tier("Bronze")) == 12  # a 1 234 Ft coffee
    assert points_for(forint, 123_400, Tier("Gold", multiplier_pct=150)) == 18
    assert points_for(forint, 9_900, Tier("Bronze")) == 0  # rounded down
    assert points_for(Rules(), 455, Tier("Bronze")) == 4  # the default: 1 point per 1.00


def test_csv_for_a_comma_locale_uses_semicolons_units_and_local_times(tmp_path) -> None:
    import csv
    from datetime import datetime

    from terminal.stats.customers import CustomerRow
    from terminal.stats.export import write_customers, write_numbers

    numbers = {"from": "2026-03-01", "to": "2026-03-10", "sales": 1234, "revenue": 123_456,
               "retention_rate": 0.456, "nps": 0.25, "visits_per_customer": 1.5,
               "previous": {"from": "2026-02-19", "to": "2026-02-28", "sales": 1000, "revenue": 100_000}}
    fmt = LocalFormat("hu", "HUF", "Europe/Budapest")
    write_numbers(tmp_path / "n.csv", numbers, fmt)
    raw = (tmp_path / "n.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    rows = {r[0]: r[1:] for r in csv.reader((tmp_path / "n.csv").open(encoding="utf-8-sig"), delimiter=";")}
    assert rows["Eladások"] == ["1234", "1000"]
    assert rows["Bevétel"] == ["1235", "1000"]  # forints, no decimals
    assert rows["Megtartási arány"][0] == "46%"
    assert rows["Látogatás vásárlónként"][0] == "1,50"
    lt = LocalFormat("lt", "EUR", "Europe/Vilnius")
    row = CustomerRow(customer_id="c1", name="Rūta", phone="", email="", consent=False,
                      last_visit=datetime(2026, 3, 5, 22, 30, tzinfo=UTC), days_silent=3, usual_gap_days=None,
                      visits=2, spend=1250, points=12)
    assert write_customers(tmp_path / "l.csv", [row], lt) == 1
    lines = (tmp_path / "l.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].split(";")[5:] == ["2026-03-06 00:30", "3", "", "2", "12,50", "12"]


def test_stats_text_in_the_shops_language() -> None:
    from terminal.cli.stats import summary_text

    numbers = {"from": "2026-03-01", "to": "2026-03-10", "time_zone": "Europe/Kyiv", "sales": 1234,
               "revenue": 123_456, "retention_rate": 0.5, "nps": 0.2, "segments": {"vip": 3, "at_risk": 2},
               "previous": {"from": "2026-02-19", "to": "2026-02-28", "sales": 1000, "revenue": None}}
    text = summary_text(numbers, "Кав’ярня", LocalFormat("uk", "UAH", "Europe/Kyiv")).replace(NBSP, " ")
    assert text.splitlines()[0].startswith("Кав’ярня: 01.03.2026 – 10.03.2026 (часовий пояс Europe/Kyiv)")
    assert "Продажі" in text and "1 234" in text and "1 234,56 ₴" in text and "Утримання клієнтів" in text
    assert "50%" in text and "+20" in text
    assert "під загрозою 2" in text and "VIP 3" in text
    assert "revenue" not in text and "0.5" not in text
