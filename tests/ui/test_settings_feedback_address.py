"""The shop settings say in words when the receipts' feedback address cannot work for phones."""

from __future__ import annotations

from terminal.loyalty import Rules
from terminal.shop import Shop
from ui.app import application
from ui.cashier.settings_dialog import SettingsDialog


def test_the_feedback_address_is_judged_as_it_is_typed(qtbot) -> None:
    application()
    dialog = SettingsDialog(Rules(), Shop())
    qtbot.addWidget(dialog)
    field = dialog.shop_inputs["feedback_base_url"]
    assert "counter camera" in dialog.feedback_warning.text()
    field.setText("http://127.0.0.1:8765/f")
    assert "this computer itself" in dialog.feedback_warning.text()
    field.setText("192.168.1.20:8765/f")
    assert "Not a web address" in dialog.feedback_warning.text()
    field.setText("http://192.168.1.20:8765/f")
    assert dialog.feedback_warning.text() == ""
