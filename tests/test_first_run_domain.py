"""The first run's lists and answers (terminal/first_run.py), the hub's address, the PIN's recovery code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from terminal import first_run, hub_address
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.first_run import SetupChoices, Template
from terminal.hub_address import AddressProblem, address_problem
from terminal.owner_access import AccessError, AccessProblem, OwnerAccess, make_recovery_code
from terminal.receipts.recovery import render_recovery_code
from terminal.shop import Shop
from tests.receipts.pdftools import pdf_text


def test_time_zones_are_real_zones_and_hostile_names_are_refused() -> None:
    zones = first_run.timezones()
    assert "Europe/Budapest" in zones and "Europe/Kyiv" in zones and "Asia/Tehran" in zones
    assert not any(z.startswith("Etc/") for z in zones)
    assert all(first_run.valid_timezone(c.timezone) for c in first_run.COUNTRIES)
    for bad in ("", "Mars/Olympus", "../../etc/passwd", "/etc/localtime", "Europe/../UTC", None):
        assert not first_run.valid_timezone(bad)  # type: ignore[arg-type]
    assert all(c.currency in first_run.CURRENCIES for c in first_run.COUNTRIES)


@pytest.mark.parametrize("template", list(Template))
def test_every_template_is_valid_rules(template: Template, counter: Counter) -> None:
    rules = first_run.template_rules(template)
    counter.save_settings(rules=rules)  # validates
    counter.forget_cached_settings()
    assert counter.rules() == rules


def test_the_cafe_card_gives_a_coffee_for_a_full_card_and_retail_has_tiers() -> None:
    cafe = first_run.template_rules(Template.CAFE)
    assert [r.cost_stamps for r in cafe.rewards] == [cafe.card_size]
    assert len(first_run.template_rules(Template.RETAIL).tiers) == 3
    assert all(r.cost_points for r in first_run.template_rules(Template.SALON).rewards)


@pytest.mark.parametrize(("url", "problem"), [
    ("", AddressProblem.EMPTY), ("  ", AddressProblem.EMPTY),
    ("http://127.0.0.1:8765", AddressProblem.LOOPBACK), ("http://127.1.2.3", AddressProblem.LOOPBACK),
    ("http://localhost:8765/f", AddressProblem.LOOPBACK), ("http://[::1]:8765", AddressProblem.LOOPBACK),
    ("http://0.0.0.0:8765", AddressProblem.LOOPBACK),
    ("192.168.1.20:8765", AddressProblem.NOT_HTTP), ("ftp://hub.example", AddressProblem.NOT_HTTP),
    ("http://hub:port", AddressProblem.NOT_HTTP), ("javascript:alert(1)", AddressProblem.NOT_HTTP),
    ("http://192.168.1.20:8765", None), ("https://hub.example.com", None),
])
def test_an_address_phones_cannot_open_is_named(url: str, problem: AddressProblem | None) -> None:
    assert address_problem(url) is problem


def test_the_suggested_hub_is_never_loopback() -> None:
    suggested = hub_address.suggested_hub_url()
    assert suggested == "" or address_problem(suggested) is None
    assert hub_address.feedback_base("http://192.168.1.20:8765/") == "http://192.168.1.20:8765/f"
    assert hub_address.hub_from_feedback_base("http://192.168.1.20:8765/f") == "http://192.168.1.20:8765"


def test_apply_saves_shop_rules_and_pin_once(counter: Counter, db: sqlite_utils.Database) -> None:
    assert not first_run.is_set_up(db)
    shop = Shop(name="  Kávézó   a Sarkon ", currency="HUF", timezone="Europe/Budapest")
    code = make_recovery_code()
    first_run.apply(counter, SetupChoices(shop=shop, rules=first_run.template_rules(Template.CAFE), pin="246810",
                                          recovery_code=code))
    assert first_run.is_set_up(db)
    OwnerAccess(db, counter.clock).recover(code, "135799")
    assert counter.shop().name == "Kávézó a Sarkon" and counter.shop().currency == "HUF"
    assert counter.rules().card_size == 9
    OwnerAccess(db, counter.clock).verify("135799")


def test_skipping_everything_saves_the_defaults_and_asks_no_more(counter: Counter, db: sqlite_utils.Database) -> None:
    first_run.apply(counter, SetupChoices())
    assert first_run.is_set_up(db)
    assert counter.shop() == Shop()
    assert not OwnerAccess(db, counter.clock).has_pin()


def test_a_bad_pin_or_zone_writes_nothing_or_falls_back(counter: Counter, db: sqlite_utils.Database) -> None:
    with pytest.raises(AccessError) as bad:
        first_run.apply(counter, SetupChoices(shop=Shop(name="X"), pin="1234"))
    assert bad.value.problem is AccessProblem.BAD_PIN_FORMAT
    assert not first_run.is_set_up(db)
    first_run.apply(counter, SetupChoices(shop=replace(Shop(), timezone="Mars/Base", currency="XXX")))
    assert counter.shop().timezone == Shop().timezone and counter.shop().currency == Shop().currency


def test_recovery_code_sets_a_new_pin_once(db: sqlite_utils.Database, clock: FixedClock) -> None:
    access = OwnerAccess(db, clock)
    access.set_first_pin("135799")
    code = access.new_recovery_code()
    assert len(code) == 19 and code.count("-") == 3
    assert code.replace("-", "") not in (db.execute("SELECT value FROM meta").fetchall().__repr__())
    with pytest.raises(AccessError) as wrong:
        access.recover("AAAA-AAAA-AAAA-AAAA", "246800")
    assert wrong.value.problem is AccessProblem.WRONG_PIN  # counts like a wrong PIN
    with pytest.raises(AccessError) as short:
        access.recover(code, "12")
    assert short.value.problem is AccessProblem.BAD_PIN_FORMAT
    following = access.recover(code.lower().replace("-", " "), "246800")
    access.verify("246800")
    with pytest.raises(AccessError):
        access.recover(code, "999999")  # used up
    assert following != code
    with pytest.raises(AccessError) as old:
        access.verify("135799")
    assert old.value.problem is AccessProblem.WRONG_PIN


def test_change_pin_refuses_a_short_new_pin_without_costing_a_try(db: sqlite_utils.Database,
                                                                   clock: FixedClock) -> None:
    access = OwnerAccess(db, clock)
    access.set_first_pin("135799")
    for _ in range(5):
        with pytest.raises(AccessError) as short:
            access.change_pin("135799", "1234")
        assert short.value.problem is AccessProblem.BAD_PIN_FORMAT
    access.change_pin("135799", "24680000")
    access.verify("24680000")


def test_the_recovery_page_shows_the_code(tmp_path: Path) -> None:
    pdf = tmp_path / "recovery.pdf"
    pdf.write_bytes(render_recovery_code("ABCD-EFGH-JKMN-PQRS", "Kávézó a Sarkon", date(2026, 3, 10)))
    text = " ".join(pdf_text(pdf).split())
    assert "ABCD-EFGH-JKMN-PQRS" in text and "Kávézó a Sarkon" in text and "Forgot the PIN?" in text
