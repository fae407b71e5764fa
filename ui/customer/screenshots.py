"""The customer's screen for `python main.py screenshot customer…`: each step, on the data folder's data.

Nothing is written: the screen is shown the showcase customer's latest visit and stepped through
without saving a rating.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent

from terminal import feedback
from terminal.counter import Counter
from terminal.db import connect
from terminal.feedback import FeedbackSettings, VisitPrompt
from terminal.paths import database_path
from ui.customer.window import CustomerWindow
from ui.tasks import DbTasks

STEPS = ("idle", "progress", "question", "reason", "comment", "thanks")


class _ShotWindow(CustomerWindow):
    """Owns its database worker, as the main window does, and stops it when closed."""

    def __init__(self, tasks: DbTasks, settings: FeedbackSettings, shop_name: str) -> None:
        super().__init__(tasks.run, settings, shop_name, double_tap_ms=0)
        self.tasks = tasks  # the screenshot command waits for it to be idle

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.shutdown()
        super().closeEvent(event)


def _prompt(folder: Path, customer_id: str | None) -> tuple[VisitPrompt, FeedbackSettings, str]:
    db = connect(database_path(folder))
    try:
        counter = Counter(db)
        prompt = feedback.last_visit(counter, customer_id) if customer_id else None
        settings, shop_name = feedback.load_settings(db), counter.shop().name
    finally:
        db.close()
    prompt = prompt or VisitPrompt(sale_id="", receipt_no="", first_name="Anna", stamps_on_card=3, card_size=5,
                                   stamps_to_reward=2, reward_name="Free coffee", customer_id="example")
    return dataclasses.replace(prompt, already_rated=False), settings, shop_name


def render(app: Any, folder: Path, step: str = "question") -> CustomerWindow:
    from terminal.demo import showcase_customer

    prompt, settings, shop_name = _prompt(folder, showcase_customer(folder))
    window = _ShotWindow(DbTasks(database_path(folder)), settings, shop_name)
    if step == "idle":
        return window
    window.show_visit(prompt)
    if step != "progress":
        window._to_question()
    if step in ("reason", "comment"):
        window._choose_score(9)
    if step == "comment":
        window._choose_reason(settings.reasons[0])
        window.comment.edit.setText("Lovely flat white")
    if step == "thanks":
        window._thank(QCoreApplication.translate("CustomerWindow", "See you again soon!"))
    return window
