"""The crash harness's long run: 200 killed children (by default 120 selling, 40 importing, 40 pulling
from a hub), then the control run. Run: ``.venv/bin/python tests/bench/bench_crash.py [--runs N] [--seed S]``.

Prints the runs, the sales the children confirmed, the lost and duplicated ones, the other failed checks
(integrity, rebuild, re-run) and the control run's loss; exits 1 if any run failed a check.
See tests/crash/harness.py for what is checked.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.crash.harness import Harness, Outcome, check, power_cut  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    plan = ["sales"] * (args.runs * 3 // 5) + ["import"] * (args.runs // 5)
    plan += ["sync"] * (args.runs - len(plan))
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="loyalty-crash-") as root:
        harness = Harness(Path(root), seed=args.seed)
        outcomes: list[Outcome] = []
        try:
            for number, mode in enumerate(plan, start=1):
                outcome = getattr(harness, f"{mode}_run")()
                outcomes.append(outcome)
                if not outcome.ok:
                    print(f"run {number} ({mode}) FAILED: {outcome}", file=sys.stderr)
            folder, printed = harness.sales(synchronous="off", at_least=20)
            control = check(power_cut(folder, Path(root) / "cut", lost_commits=3), "sales", printed)
        finally:
            harness.stop()
    modes = Counter(outcome.mode for outcome in outcomes)
    failed = [outcome for outcome in outcomes if not outcome.ok]
    print(f"runs: {len(outcomes)} ({', '.join(f'{n} {mode}' for mode, n in modes.items())}), "
          f"{time.perf_counter() - began:.0f} s")
    print(f"confirmed sales: {sum(o.printed for o in outcomes)}; lost: {sum(len(o.lost) for o in outcomes)}; "
          f"duplicates: {sum(o.duplicates for o in outcomes)}")
    print(f"integrity failures: {sum(o.integrity != 'ok' for o in outcomes)}; "
          f"rebuild differs: {sum(not o.rebuild_equal for o in outcomes)}; "
          f"re-run problems: {sum(bool(o.rerun) for o in outcomes)}")
    print(f"kills after the import or sync had finished: {sum(o.finished for o in outcomes)} "
          f"of {modes['import'] + modes['sync']}")
    print(f"control (synchronous=OFF, power cut losing the WAL's last 3 commits): "
          f"{len(control.lost)} of {control.printed} confirmed sales lost")
    return 1 if failed or not control.lost else 0


if __name__ == "__main__":
    sys.exit(main())
