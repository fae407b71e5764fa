"""The feedback page speaks the receipt's language (the shop's), with the phone's as a fallback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from terminal import tokens
from terminal.db import meta_get
from terminal.shop import Shop
from terminal.sync.feedback_page import page_language


def test_page_language_prefers_the_shop_then_the_phone() -> None:
    assert page_language({"language": "uk"}, "de-DE,ru;q=0.8") == "uk"
    assert page_language({}, "de-DE,de;q=0.9,ru;q=0.8,en;q=0.5") == "ru"
    assert page_language({}, "lt-LT") == "lt"
    assert page_language({}, "de, fr;q=0.5") == "en"
    assert page_language({"language": "klingon"}, "fa-IR") == "fa"  # a bad setting is set aside
    assert page_language({}, "ru;q=0, hu;q=abc, hu-HU;q=0.3") == "hu"


def _visit(make_store, start_hub, make_terminal, shop: Shop | None):
    running = start_hub(make_store("sqlite"))
    till = make_terminal("T1", running, start=datetime.now(UTC) - timedelta(hours=1))
    if shop is not None:
        till.counter.save_settings(shop=shop)
    sale = till.counter.record_sale(till.counter.enrol("Zahra").customer.id, 1250)
    till.sync()
    token = tokens.make_token(meta_get(till.db, "shop_secret"), sale.receipt_no, datetime.now(UTC).date())
    return running, token


def test_a_persian_shops_page_is_persian_and_right_to_left(make_store, start_hub, make_terminal) -> None:
    running, token = _visit(make_store, start_hub, make_terminal, Shop(name="کافه گل", language="fa"))
    page = httpx.get(f"{running.url}/f/{token}", headers={"Accept-Language": "en-US"}).text
    assert '<html lang="fa" dir="rtl">' in page
    assert "کافه گل" in page and "چقدر احتمال دارد ما را به دوستانتان توصیه کنید؟" in page
    assert "ارسال" in page and "Send" not in page


def test_without_a_shop_language_the_phones_is_used(make_store, start_hub, make_terminal) -> None:
    running, token = _visit(make_store, start_hub, make_terminal, None)
    page = httpx.get(f"{running.url}/f/{token}", headers={"Accept-Language": "hu-HU,hu;q=0.9"}).text
    # The terminal never saved shop settings, so the hub knows no shop language: the phone's is used.
    assert '<html lang="hu" dir="ltr">' in page and "Küldés" in page
    bad = httpx.get(f"{running.url}/f/not-a-token", headers={"Accept-Language": "ru"}).text
    assert '<html lang="ru"' in bad and "Ссылка недействительна" in bad
