"""Phone numbers, e-mails and birthdays as people type them, for the shop's country."""

from __future__ import annotations

from datetime import date

import pytest

from terminal import contact
from terminal.counter import Counter, CounterError, CounterProblem
from terminal.shop import Shop, country_of_zone


@pytest.mark.parametrize(("typed", "region", "stored"), [
    ("06 30 291 7735", "HU", "+36 30 291 7735"),
    ("+36 30 291 7735", "HU", "+36 30 291 7735"),
    ("30/291-7735", "HU", "+36 30 291 7735"),
    ("8 912 345 67 89", "RU", "+7 912 345-67-89"),
    ("067 123 4567", "UA", "+380 67 123 4567"),
    ("8 612 34567", "LT", "+370 612 34567"),
    ("0612 34567", "LT", "+370 612 34567"),
])
def test_national_forms_become_the_international_form(typed: str, region: str, stored: str) -> None:
    assert contact.normalise_phone(typed, region) == stored


@pytest.mark.parametrize("typed", ["111", "phone me", "+36 30", "1" * 50])
def test_what_cannot_be_a_phone_number_is_refused(typed: str) -> None:
    with pytest.raises(contact.ContactError):
        contact.normalise_phone(typed, "HU")


@pytest.mark.parametrize(("address", "ok"), [
    ("olena@", False), ("olena@mail", False), ("@mail.ua", False), ("olena mail@mail.ua", False),
    ("olena@@mail.ua", False), ("olena@-mail.ua", False), ("olena@mail.ua", True),
    ("zs.orsi+club@example.co.hu", True), ("олена@пошта.укр", True),
])
def test_email_addresses(address: str, ok: bool) -> None:
    assert contact.valid_email(address) is ok


@pytest.mark.parametrize(("typed", "region", "born"), [
    ("2025.04.01.", "HU", date(2025, 4, 1)), ("2025. 04. 01.", "HU", date(2025, 4, 1)),
    ("01.04.2025", "UA", date(2025, 4, 1)), ("1.4.2025", "RU", date(2025, 4, 1)),
    ("1990-05-31", "LT", date(1990, 5, 31)), ("31/05/1990", "", date(1990, 5, 31)),
    ("05/31/1990", "US", date(1990, 5, 31)),
])
def test_birthdays_in_local_forms(typed: str, region: str, born: date) -> None:
    assert contact.parse_birthday(typed, region, today=date(2026, 3, 10)) == born


@pytest.mark.parametrize("typed", ["31.02.1990", "tomorrow", "1990-13-01", "2030-01-01", "1850-01-01", "1.4.90"])
def test_impossible_birthdays(typed: str) -> None:
    assert contact.parse_birthday(typed, "HU", today=date(2026, 3, 10)) is None


def test_the_country_comes_from_the_time_zone_of_a_shop_saved_without_one() -> None:
    assert country_of_zone("Europe/Kyiv") == "UA"
    assert Shop.from_json({"timezone": "Europe/Vilnius"}).country == "LT"
    assert Shop.from_json({"timezone": "Europe/Vilnius", "country": "PL"}).country == "PL"


@pytest.mark.parametrize("query", ["06 30 291 7735", "+36 30 291 7735", "0036302917735", "30 291 7735",
                                   "06 30 291", "7735"])
def test_hungarian_national_forms_find_the_customer(counter: Counter, query: str) -> None:
    wanted = counter.enrol("Anna Kovács", phone="+36 30 291 7735").customer
    counter.enrol("Olena", phone="+380 67 123 4567")
    assert [s.id for s in counter.find_customers(query)] == [wanted.id]


def test_a_number_stored_in_national_form_is_found_by_its_international_form(counter: Counter) -> None:
    wanted = counter.enrol("Anna Kovács", phone="06 30 291 7735").customer  # stored as +36 30 291 7735
    assert counter.customer(wanted.id).phone == "+36 30 291 7735"
    assert [s.id for s in counter.find_customers("+36 30 291 7735")] == [wanted.id]


def test_ukrainian_shop_finds_national_forms(counter: Counter) -> None:
    counter.save_settings(shop=Shop(country="UA", timezone="Europe/Kyiv"))
    wanted = counter.enrol("Олена", phone="067 123 4567").customer
    assert [s.id for s in counter.find_customers("+380 67 123 4567")] == [wanted.id]
    assert [s.id for s in counter.find_customers("067 123")] == [wanted.id]


@pytest.mark.parametrize(("fields", "problem"), [
    ({"phone": "111"}, CounterProblem.BAD_PHONE), ({"email": "olena@"}, CounterProblem.BAD_EMAIL),
])
def test_enrolment_refuses_bad_contact_details(counter: Counter, fields: dict, problem: CounterProblem) -> None:
    with pytest.raises(CounterError) as refused:
        counter.enrol("Olena", **fields)
    assert refused.value.problem == problem
    assert counter.db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 0
