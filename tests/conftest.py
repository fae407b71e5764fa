"""Test set-up shared by every test: Qt offscreen before any Qt import, clocks and databases, and the
house rules every test keeps: no unexpected ERROR log record (a worker's unexpected error is one), no
thread and no Qt timer left running after it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the developer's own keyring: tests that need one install their own backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import gc
import importlib.util
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
import sqlite_utils
from PySide6.QtCore import QCoreApplication, QEvent, QThread, QTimer

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    database = connect(tmp_path / "terminal.db")
    yield database
    database.close()


@pytest.fixture
def counter(db: sqlite_utils.Database, clock: FixedClock) -> Counter:
    return Counter(db, clock=clock)


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


THREAD_EXIT_SECONDS = 2.0


def _running_qt() -> list[QTimer | QThread]:
    """The Qt timers that are active and the QThreads that run (one walk over Python's objects)."""
    return [obj for obj in gc.get_objects() if isinstance(obj, (QTimer, QThread)) and shiboken6.isValid(obj)
            and (obj.isActive() if isinstance(obj, QTimer) else obj.isRunning())]


def _python_threads() -> set[threading.Thread]:
    # A Qt thread that ran Python code shows up as a _DummyThread, "alive" for ever: QThreads are
    # checked through Qt instead.
    return {thread for thread in threading.enumerate() if not isinstance(thread, threading._DummyThread)}


@pytest.fixture(autouse=True)
def house_rules(request: pytest.FixtureRequest) -> Iterator[None]:
    """Set up first, so checked last: after every other fixture has shut its workers, hubs and widgets.

    A test that provokes an error on purpose says so with ``@pytest.mark.expected_error_log``."""
    threads_before = _python_threads()
    qt_before = {id(obj) for obj in _running_qt()}
    errors = _ErrorRecords()
    logging.getLogger().addHandler(errors)
    yield
    logging.getLogger().removeHandler(errors)
    app = QCoreApplication.instance()
    if app is not None:  # widgets closed at teardown are deleted now, with their timers
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    problems = []
    if errors.records and request.node.get_closest_marker("expected_error_log") is None:
        problems += [f"unexpected ERROR log record: {r.name}: {r.getMessage()}" for r in errors.records]
    new_threads = [thread for thread in _python_threads() if thread not in threads_before]
    for thread in new_threads:
        # A pool's idle thread told to stop when its owner stopped (AnyIO's, once a hub's loop has
        # ended) may still be on its way out: it gets a moment to end; one that stays is a leak.
        thread.join(timeout=THREAD_EXIT_SECONDS)
    problems += [f"thread left running: {thread.name}" for thread in new_threads if thread.is_alive()]
    problems += [f"{type(obj).__name__} left running: {obj!r} (parent {obj.parent()!r})" for obj in _running_qt()
                 if id(obj) not in qt_before]
    if problems:
        pytest.fail("the test broke a house rule:\n" + "\n".join(problems), pytrace=False)


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def built_translations() -> list[Path]:
    """The .qm files the app loads, compiled from the committed .ts sources (as scripts/setup.sh does):
    a checkout that never ran the set-up has none, and English's plural forms ("1 event", "3 events")
    live in loyalty_en.qm."""
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.build()


@pytest.fixture(autouse=True)
def screens_language(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test with a QApplication starts with the screens as the app starts them in English
    (ui.i18n.apply, as ui/app.py calls it), and leaves no translator installed, whatever language it
    switched to: a test's words never depend on what an earlier test installed.

    Set up after house_rules, so torn down before it; and before qtbot, so its widgets are gone by then."""
    if "qapp" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("built_translations")
    app = request.getfixturevalue("qapp")
    from ui import i18n
    from ui.customer.speech import speech

    i18n.apply("en")
    yield
    speech.customer_language = None
    i18n.apply("en")  # the default locale and left-to-right back, as well
    _no_translator(app)


def _no_translator(app: QCoreApplication) -> None:
    """Where a just-started app stands: English, and no translator installed yet."""
    from ui import i18n

    # ui.i18n keeps what it installed so that the next apply() can remove it: removed here instead.
    for translator in i18n._state["translators"]:  # type: ignore[attr-defined]
        app.removeTranslator(translator)
    i18n._state.update(translators=[], installed=False)


@pytest.fixture
def as_started(screens_language: None, qapp: QCoreApplication) -> None:
    """For a test of how the app installs its translator: none installed when the test starts."""
    _no_translator(qapp)
