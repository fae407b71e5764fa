"""The house rules of tests/conftest.py fail a test that breaks them (run in a pytester sandbox)."""

from __future__ import annotations

from pathlib import Path

import pytest

CONFTEST = (Path(__file__).parent / "conftest.py").read_text(encoding="utf-8")


@pytest.fixture
def sandbox(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\nmarkers =\n    expected_error_log: an ERROR record on purpose\nqt_api = pyside6\n")
    return pytester


def test_an_error_log_record_fails_the_test_unless_expected(sandbox: pytest.Pytester) -> None:
    sandbox.makepyfile("""
        import logging
        import pytest

        def test_logs_an_error():
            logging.getLogger("db").error("disk full")

        @pytest.mark.expected_error_log
        def test_expects_it():
            logging.getLogger("db").error("disk full, on purpose")
    """)
    result = sandbox.runpytest_subprocess()
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*unexpected ERROR log record: db: disk full*"])


def test_a_thread_or_timer_left_running_fails_the_test(sandbox: pytest.Pytester) -> None:
    sandbox.makepyfile("""
        import threading
        from PySide6.QtCore import QTimer

        stop = threading.Event()
        kept = []

        def test_leaves_a_thread():
            threading.Thread(target=stop.wait, name="forgotten", daemon=True).start()

        def test_leaves_a_timer(qapp):
            timer = QTimer(interval=60_000)
            timer.start()
            kept.append(timer)

        def test_cleans_up(qapp):
            stop.set()
            kept[0].stop()
    """)
    result = sandbox.runpytest_subprocess()
    result.assert_outcomes(passed=3, errors=2)
    result.stdout.fnmatch_lines(["*thread left running: forgotten*", "*QTimer left running*"])
