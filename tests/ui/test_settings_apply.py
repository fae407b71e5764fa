"""Settings are validated and apply at once: a time zone from a list, a currency of ISO 4217."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from terminal.counter import Counter
from terminal.shop import Shop, ShopError, ShopProblem, validate
from tests.ui.drive import submit_code
from ui.main_window import MainWindow


def _open_settings(qtbot, window: MainWindow):
    window.owner_confirmed = lambda: True
    window.open_settings()
    qtbot.waitUntil(window.tasks.is_idle)
    return window.settings_dialog


def test_a_time_zone_is_chosen_from_the_tz_list_never_typed(qtbot, window: MainWindow) -> None:
    dialog = _open_settings(qtbot, window)
    assert not dialog.timezone.isEditable() and not dialog.currency_box.isEditable()
    assert dialog.timezone.findData("Budapest") == -1 and dialog.timezone.findData("Europe/Budapest") >= 0
    assert dialog.timezone.currentData() == "Europe/Budapest"
    assert dialog.currency_box.findData("EUR") >= 0 and dialog.currency_box.findData("EURO") == -1
    dialog.reject()


@pytest.mark.parametrize(("field", "value", "problem"), [
    ("timezone", "Budapest", ShopProblem.TIMEZONE), ("currency", "EURO", ShopProblem.CURRENCY),
    ("currency", "eur", ShopProblem.CURRENCY), ("country", "XX", ShopProblem.COUNTRY),
    ("name", "  ", ShopProblem.NAME_REQUIRED), ("feedback_base_url", "javascript:alert(1)", ShopProblem.FEEDBACK_URL),
])
def test_a_bad_shop_cannot_be_saved(counter: Counter, field: str, value: str, problem: ShopProblem) -> None:
    with pytest.raises(ShopError) as refused:
        counter.save_settings(shop=Shop.from_json({field: value}))
    assert refused.value.problem == problem
    assert counter.db.execute("SELECT COUNT(*) FROM events WHERE kind = 'settings_changed'").fetchone()[0] == 0
    validate(Shop())  # the defaults are a shop


def test_a_saved_bad_time_zone_no_longer_breaks_stats(tmp_path: Path, counter: Counter) -> None:
    """A zone saved before zones were checked (or synced from an old terminal): words, not a traceback."""
    counter.db.execute("UPDATE settings SET value = json_set(value, '$.timezone', 'Budapest') WHERE key = 'shop'")
    counter.db.execute("INSERT OR IGNORE INTO settings (key, value, hlc) VALUES ('shop', '{\"timezone\": "
                       "\"Budapest\"}', '')")
    counter.db.conn.commit()
    assert counter.shop().zone == "UTC"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "main.py", "stats", "--data-dir", str(tmp_path), "--json"], cwd=root,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "is not a time zone" in result.stderr and "Traceback" not in result.stderr


def test_shop_name_and_currency_changes_show_at_once(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    anna = seed_counter.enrol("Anna")
    seed_counter.record_sale(anna.customer.id, 1250)
    submit_code(qtbot, window, anna.card.code)
    assert "€" in window.cashier.customer_panel.details_label.text()
    dialog = _open_settings(qtbot, window)
    dialog.shop_inputs["name"].setText("Kávézó Ödön")
    dialog.currency_box.setCurrentIndex(dialog.currency_box.findData("HUF"))
    dialog.timezone.setCurrentIndex(dialog.timezone.findData("Europe/Kyiv"))
    dialog._save()
    qtbot.waitUntil(window.tasks.is_idle)
    assert window.windowTitle().startswith("Kávézó Ödön")
    assert all("HUF" in b.text() for b in window.cashier.sale_panel.quick_buttons)
    qtbot.waitUntil(lambda: "HUF" in window.cashier.customer_panel.details_label.text())
    assert window.cashier.timezone == "Europe/Kyiv"
    seed_counter.forget_cached_settings()
    assert (seed_counter.shop().currency, seed_counter.shop().timezone) == ("HUF", "Europe/Kyiv")


def test_the_settings_dialog_refuses_a_stored_bad_zone_until_one_is_chosen(qtbot, window: MainWindow,
                                                                         seed_counter: Counter) -> None:
    seed_counter.db.execute("INSERT INTO settings (key, value, hlc) VALUES ('shop', ?, '') ON CONFLICT(key) "
                            "DO UPDATE SET value = excluded.value", ['{"timezone": "Budapest"}'])
    seed_counter.db.conn.commit()
    window.tasks.run(lambda c: c.forget_cached_settings())  # as after a sync brought the settings
    dialog = _open_settings(qtbot, window)
    assert dialog.timezone.currentIndex() == -1
    dialog._save()
    assert dialog.isVisible() and "not a time zone" in dialog.error.text()
