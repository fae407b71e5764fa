"""The crash harness in the test run: 20 killed children (12 selling, 4 importing, 4 pulling from a hub),
and the control run that proves the harness sees a loss. The 200-run version: tests/bench/bench_crash.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.crash.harness import Harness, Outcome, check, power_cut

SALES_RUNS, IMPORT_RUNS, SYNC_RUNS = 12, 4, 4


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    made = Harness(tmp_path_factory.mktemp("crash"), seed=12)
    yield made
    made.stop()


def assert_all_ok(outcomes: list[Outcome]) -> None:
    failed = [outcome for outcome in outcomes if not outcome.ok]
    assert not failed, failed


def test_a_killed_counter_keeps_every_sale_it_confirmed(harness: Harness) -> None:
    outcomes = [harness.sales_run() for _ in range(SALES_RUNS)]
    assert_all_ok(outcomes)
    assert sum(outcome.printed for outcome in outcomes) >= SALES_RUNS


def test_a_killed_import_leaves_a_sound_file_and_its_rerun_counts_each_row_once(harness: Harness) -> None:
    assert_all_ok([harness.import_run() for _ in range(IMPORT_RUNS)])


def test_a_killed_pull_leaves_a_sound_file_and_the_next_sync_counts_each_event_once(harness: Harness) -> None:
    try:
        outcomes = [harness.sync_run() for _ in range(SYNC_RUNS)]
    finally:
        harness.stop()  # the hub's server thread ends with this test
    assert_all_ok(outcomes)


def test_the_harness_sees_the_loss_of_a_power_cut_with_synchronous_off(harness: Harness, tmp_path: Path) -> None:
    folder, printed = harness.sales(synchronous="off", at_least=20)
    # The disk kept every frame up to the last commit (all that synchronous=FULL can leave): nothing lost.
    assert check(power_cut(folder, tmp_path / "kept", lost_commits=0), "sales", printed).ok
    # The OS had not written the last three commits: the sales the cashier saw confirmed are gone.
    cut = check(power_cut(folder, tmp_path / "cut", lost_commits=3), "sales", printed)
    assert not cut.ok and cut.integrity == "ok"
    assert len(cut.lost) >= 2 and set(cut.lost) <= set(printed[-3:])
