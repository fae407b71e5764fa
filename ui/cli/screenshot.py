"""`python main.py screenshot VIEW OUT.png`: render a view offscreen to a PNG, on the data folder's data."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from terminal.languages import LANGUAGES

NAME = "screenshot"
HELP = "render a view (cashier, ...) offscreen to a PNG file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("view", choices=sorted(VIEWS), help="which view to render")
    parser.add_argument("out", type=Path, help="the PNG file to write")
    parser.add_argument("--size", default="1280x800", help="window size as WIDTHxHEIGHT (default 1280x800)")
    parser.add_argument("--lang", "--language", dest="language", choices=sorted(LANGUAGES), default=None,
                        help="the screens' language (default: the terminal's, else the shop's)")


def wait_until(app: Any, condition: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the view did not finish loading")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def render_cashier(app: Any, folder: Path) -> Any:
    """The cashier view with the demo's most loyal customer open."""
    from terminal.demo import showcase_customer
    from ui.app import build_main_window

    customer_id = showcase_customer(folder)
    from ui import i18n

    window = build_main_window(folder, language=i18n.current())
    if customer_id:
        window.cashier.open_customer(customer_id)
        wait_until(app, window.tasks.is_idle)
        window.cashier.sale_panel.amount.setText("4.50")
    return window


def render_customer(app: Any, folder: Path, step: str = "question") -> Any:
    """The customer's screen after the showcase customer's sale; `customer-STEP` for the other steps."""
    from ui.customer.screenshots import render

    return render(app, folder, step)


def render_owner(app: Any, folder: Path) -> Any:
    """The owner's dashboard for the last 30 days of the folder's data (run `main.py demo` first)."""
    from terminal.paths import database_path
    from ui.owner.window import OwnerWindow

    window = OwnerWindow(database_path(folder))
    wait_until(app, lambda: window.board is not None and window.worker.is_idle() and window.worker.chain.is_idle(),
               timeout_ms=60_000)  # the numbers, and the chain check's banner
    return window


def render_settings(app: Any, folder: Path) -> Any:
    """The owner's loyalty rules and shop details, as saved in the folder."""
    from terminal.counter import Counter
    from terminal.db import connect
    from terminal.paths import database_path
    from ui.cashier.settings_dialog import SettingsDialog

    db = connect(database_path(folder))
    counter = Counter(db)
    rules, shop = counter.rules(), counter.shop()
    db.close()
    return SettingsDialog(rules, shop)


VIEWS: dict[str, Callable[[Any, Path], Any]] = {"cashier": render_cashier, "settings": render_settings}
VIEWS["owner"] = render_owner
VIEWS["customer"] = render_customer
VIEWS.update({f"customer-{step}": functools.partial(render_customer, step=step)
              for step in ("idle", "progress", "reason", "comment", "thanks")})


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from terminal.paths import data_dir
    from ui.app import application

    app = application()
    from terminal.counter import Counter
    from terminal.db import connect
    from terminal.paths import database_path, preferences_path
    from terminal.preferences import UiPreferences, load_section
    from ui import i18n

    folder = data_dir(args.data_dir)
    if args.language is None:
        db = connect(database_path(folder))
        shop_language = Counter(db).shop().language
        db.close()
        args.language = load_section(preferences_path(folder), "ui", UiPreferences).language or shop_language
    i18n.apply(args.language)
    width, height = (int(v) for v in args.size.lower().split("x"))
    window = VIEWS[args.view](app, folder)
    window.resize(width, height)
    window.show()
    wait_until(app, lambda: getattr(window, "tasks", None) is None or window.tasks.is_idle())
    app.processEvents()
    if not window.grab().save(str(args.out)):
        print(f"could not write {args.out}", file=sys.stderr)
        return 1
    window.close()
    print(f"wrote {args.out}")
    return 0
