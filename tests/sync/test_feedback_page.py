"""The receipt's feedback page on the hub, in a real headless chromium, and its rules over plain HTTP."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from terminal import tokens
from terminal.db import meta_get
from terminal.sync.hub import HubConfig

CHROMIUM = os.environ.get("LOYALTY_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("LOYALTY_CHROMEDRIVER", "/usr/bin/chromedriver")


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    profile = tempfile.mkdtemp(prefix="lt-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                 "--window-size=390,844"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    yield driver
    driver.quit()


def a_rated_visit(make_store, start_hub, make_terminal, config: HubConfig | None = None):
    running = start_hub(make_store("sqlite"), config)
    till = make_terminal("T1", running, start=datetime.now(UTC) - timedelta(hours=1))
    customer = till.counter.enrol("Rita Rater").customer.id
    sale = till.counter.record_sale(customer, 1250)
    till.sync()  # the hub learns of the sale; the till learns the shop's secret
    token = tokens.make_token(meta_get(till.db, "shop_secret"), sale.receipt_no, datetime.now(UTC).date())
    return running, till, sale, token


def message(driver: webdriver.Chrome) -> str:
    return WebDriverWait(driver, 10).until(expected_conditions.presence_of_element_located((By.ID, "message"))).text


@pytest.mark.browser
def test_a_rating_on_the_page_reaches_the_terminal_once(browser, make_store, start_hub, make_terminal):
    running, till, sale, token = a_rated_visit(make_store, start_hub, make_terminal)
    url = f"{running.url}/f/{token}"
    browser.get(url)
    first_tab = browser.current_window_handle
    browser.switch_to.new_window("tab")  # the same form open twice, as by a double scan
    browser.get(url)
    second_tab = browser.current_window_handle
    browser.switch_to.window(first_tab)
    browser.find_element(By.CSS_SELECTOR, "label[for=score-9]").click()
    browser.find_element(By.XPATH, "//label[text()='Speed']").click()
    browser.find_element(By.ID, "comment").send_keys("Quick and friendly")
    browser.save_screenshot("/tmp/feedback-page.png")
    browser.find_element(By.ID, "send").click()
    assert message(browser) == "Thank you!"

    browser.switch_to.window(second_tab)  # a second submission of the same receipt
    browser.find_element(By.CSS_SELECTOR, "label[for=score-0]").click()
    browser.find_element(By.ID, "send").click()
    assert message(browser) == "Already rated"
    browser.get(url)  # and the link itself now says so
    assert message(browser) == "Already rated"

    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    browser.get(f"{running.url}/f/{forged}")
    assert message(browser) == "This link is not valid"

    report = till.sync()
    assert report.applied == 1
    rows = list(till.db.query("SELECT * FROM events WHERE kind = 'rating'"))
    assert len(rows) == 1
    assert rows[0]["ref_id"] == sale.sale.id and rows[0]["customer_id"] == sale.sale.customer_id
    assert json.loads(rows[0]["body"]) == {"score": 9, "scale": "nps", "reason": "speed",
                                           "comment": "Quick and friendly", "receipt_no": sale.receipt_no,
                                           "source": "web"}


def test_a_receipt_rated_at_the_counter_cannot_be_rated_again_on_the_web(make_store, start_hub, make_terminal):
    running, till, sale, token = a_rated_visit(make_store, start_hub, make_terminal)
    at_counter = till.counter._event("rating", sale.sale.customer_id, ref_id=sale.sale.id,
                                     body={"score": 10, "scale": "nps", "receipt_no": sale.receipt_no})
    till.counter._commit([at_counter])
    till.sync()
    answer = httpx.post(f"{running.url}/f/{token}", data={"score": "3", "scale": "nps"})
    assert answer.status_code == 409 and "Already rated" in answer.text


def test_expired_and_unknown_receipts(make_store, start_hub, make_terminal):
    running, till, sale, _ = a_rated_visit(make_store, start_hub, make_terminal)
    secret = meta_get(till.db, "shop_secret")
    expired = tokens.make_token(secret, sale.receipt_no, datetime.now(UTC).date() - timedelta(days=60))
    assert httpx.get(f"{running.url}/f/{expired}").status_code == 410
    not_synced = tokens.make_token(secret, "S1-T9-000042", datetime.now(UTC).date())
    answer = httpx.post(f"{running.url}/f/{not_synced}", data={"score": "4", "scale": "csat", "reason": "price"})
    assert answer.status_code == 200  # a sale not synced yet: the rating keeps the receipt number
    till.sync()
    ref_id, body = till.db.execute("SELECT ref_id, body FROM events WHERE kind = 'rating'").fetchone()
    assert ref_id == "S1-T9-000042" and json.loads(body)["scale"] == "csat"
    assert httpx.post(f"{running.url}/f/{not_synced}", data={"score": "11", "scale": "nps"}).status_code == 409


def test_requests_from_one_address_are_rate_limited(make_store, start_hub, make_terminal, tmp_path):
    running, _, _, token = a_rated_visit(make_store, start_hub, make_terminal,
                                         HubConfig(data_dir=tmp_path, feedback_limit=3))
    codes = [httpx.get(f"{running.url}/f/{token}").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    assert httpx.post(f"{running.url}/f/{token}", data={"score": "5", "scale": "nps"}).status_code == 429
    assert not running.store.is_rated(token.split(".")[0])
