"""``main.py --self-test``, run from the checkout as CI runs it in the bundle: passes whole, fails named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from terminal import selftest
from terminal.selftest import Context

ROOT = Path(__file__).resolve().parent.parent


def self_test(tmp_path: Path, extra_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(extra_path), env.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def statuses(output: str) -> dict[str, str]:
    found = {}
    for line in output.splitlines():
        if line.startswith("self-test: ") and "(" in line:
            status, _, rest = line.removeprefix("self-test: ").partition(" ")
            found[rest.strip().split(" (")[0]] = status
    return found


def test_every_step_passes_and_the_temporary_folder_is_removed(tmp_path: Path) -> None:
    done = self_test(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert statuses(done.stdout) == {"cashier window": "ok", "translations": "ok", "database": "ok",
                                     "camera scan": "ok", "zbar decoder": "ok", "sale": "ok", "receipt PDF": "ok",
                                     "card PDF": "ok", "owner PIN": "ok", "hub": "ok"}
    assert "self-test passed: 10 steps" in done.stdout
    assert not list(tmp_path.glob("loyalty-self-test-*"))


def test_a_missing_decoder_library_fails_the_camera_scan_by_name(tmp_path: Path) -> None:
    """What a bundle without zxing-cpp's native library does: its import fails."""
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "zxingcpp.py").write_text("raise ImportError('libzxing: cannot open shared object file')\n")
    done = self_test(tmp_path, extra_path=shadow)
    assert done.returncode == 1
    found = statuses(done.stdout)
    assert found["camera scan"] == "failed"
    assert "libzxing: cannot open shared object file" in done.stdout
    # zxing-cpp also draws the receipts' and cards' QR codes, and the cashier window loads the camera's decoder
    assert {name for name, status in found.items() if status != "ok"} == {"cashier window", "camera scan",
                                                                          "receipt PDF", "card PDF"}
    assert all(found[name] == "ok" for name in ("translations", "database", "zbar decoder", "sale", "owner PIN",
                                                "hub"))
    assert "self-test FAILED: cashier window, camera scan, receipt PDF, card PDF" in done.stderr


def test_a_missing_pin_hash_library_fails_the_owner_pin_by_name(tmp_path: Path) -> None:
    """A bundle without argon2-cffi's native part still starts; the self-test names what is missing."""
    shadow = tmp_path / "shadow" / "argon2"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('libargon2: cannot open shared object file')\n")
    done = self_test(tmp_path, extra_path=shadow.parent)
    assert done.returncode == 1
    found = statuses(done.stdout)
    assert {name for name, status in found.items() if status != "ok"} == {"owner PIN"}
    assert "libargon2: cannot open shared object file" in done.stdout


def test_a_database_that_cannot_open_skips_what_needs_it(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    ctx = Context(not_a_folder)
    reported: list[selftest.StepResult] = []
    steps = [s for s in selftest.DOMAIN_STEPS if s.name != "hub"]
    results = selftest.run_steps(steps, ctx, reported.append)
    selftest.close(ctx)
    assert reported == results
    by_name = {r.name: r for r in results}
    assert by_name["database"].status == "failed"
    assert by_name["camera scan"].status == "ok"
    for name in ("sale", "receipt PDF", "card PDF"):
        assert by_name[name].status == "skipped"
        assert "needs" in by_name[name].detail
    assert "failed  database" in selftest.format_result(by_name["database"])
