"""The house rules of tests/conftest.py fail a test that breaks them, and its clean language start
keeps one test's translator from the next (run in a pytester sandbox)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFTEST = (Path(__file__).parent / "conftest.py").read_text(encoding="utf-8")
HERE = "ROOT = Path(__file__).resolve().parents[1]"


@pytest.fixture
def sandbox(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    assert HERE in CONFTEST
    # The sandbox's conftest still finds this checkout's translations, and imports this checkout's code.
    pytester.makeconftest(CONFTEST.replace(HERE, f"ROOT = Path({str(ROOT)!r})"))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
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


def test_a_language_a_test_switched_to_does_not_reach_the_next(sandbox: pytest.Pytester) -> None:
    sandbox.makepyfile("""
        from PySide6.QtCore import QCoreApplication
        from ui import i18n

        def events(n):
            return QCoreApplication.translate("SyncStatusLabel", "%n events set aside", "", n)

        def test_starts_in_english_with_its_plurals(qapp):
            assert i18n.current() == "en" and events(1) == "1 event set aside"

        def test_switches_to_hungarian(qapp):
            i18n.apply("hu")
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Mégse"

        def test_the_next_starts_in_english_again(qapp):
            assert i18n.current() == "en" and events(1) == "1 event set aside"
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"

        def test_without_a_qapplication_no_translator_is_left_installed():
            assert events(1) == "1 events set aside"  # the source text: nothing translated it
    """)
    result = sandbox.runpytest_subprocess("-p", "no:randomly")
    result.assert_outcomes(passed=4)
