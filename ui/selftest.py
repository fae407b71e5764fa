"""``main.py --self-test``: the domain's steps (terminal/selftest.py) after the cashier window's own.

Runs headless (Qt's offscreen platform unless one is set) in a fresh temporary folder, prints one line
per step and exits 0 only when every step passed; otherwise 1, with the failing step named last.
CI runs it inside the built bundle (scripts/build_bundle.sh).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from terminal import selftest
from terminal.selftest import Context, Step, StepFailed

WINDOW_STEP = "cashier window"


def cashier_window(ctx: Context) -> str:
    """The cashier's window on the fresh folder, as the app builds it, shown and idle, then closed."""
    from ui.app import application, build_main_window
    from ui.cli.screenshot import wait_until

    app = application()
    window = build_main_window(ctx.folder)
    try:
        window.resize(1280, 800)
        window.show()
        wait_until(app, window.tasks.is_idle)
        app.processEvents()
        started = selftest.seconds_since_process_start()
        if not window.isVisible() or window.cashier is None:
            raise StepFailed("the cashier window did not show")
        if window.grab().isNull():
            raise StepFailed("the cashier window could not be drawn")
        shown = f"shown {started:.2f} s after the process started" if started is not None else "shown"
        return f"{shown}, style and fonts loaded"
    finally:
        window.close()
        app.processEvents()


def translations(_ctx: Context) -> str:
    """Every shipped translation (resources/translations/*.qm) loads into Qt."""
    from PySide6.QtCore import QTranslator

    from terminal.resources import resource_path

    files = sorted(resource_path("translations").glob("*.qm"))
    broken = [path.name for path in files if not QTranslator().load(str(path))]
    if broken:
        raise StepFailed(f"Qt cannot load {', '.join(broken)}")
    return f"{len(files)} file(s) load" if files else "none shipped (English only)"


STEPS: tuple[Step, ...] = (Step(WINDOW_STEP, cashier_window), Step("translations", translations),
                           *selftest.DOMAIN_STEPS)


def run_self_test(keep: bool = False) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="loyalty-self-test-"))
    ctx = Context(folder)
    try:
        results = selftest.run_steps(STEPS, ctx, lambda r: print(selftest.format_result(r), flush=True))
    finally:
        selftest.close(ctx)
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    failed = [r.name for r in results if r.status != "ok"]
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", file=sys.stderr, flush=True)
        return 1
    print(f"self-test passed: {len(results)} steps" + (f"; files kept in {folder}" if keep else ""), flush=True)
    return 0
