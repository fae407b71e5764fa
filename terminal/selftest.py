"""``main.py --self-test``: the installed app proves, step by named step, that it can do a shop's work.

Each step uses the real thing the shop uses, in a fresh temporary data folder: the database with its
migrations, the camera path (the scanner reading the bundled sample card photo as a camera would, with
the default zxing-cpp decoder and then with zbar), a sale, a receipt and a card rendered as PDFs with the
shipped fonts, and the hub started on a loopback port and asked for its health. A step that needs what
an earlier one failed to make is skipped and says why. The UI adds its own step (ui/selftest.py).

No Qt here: the domain's steps run the same from a checkout, a bundle, or a test.
"""

from __future__ import annotations

import os
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from terminal.resources import resource_path

SAMPLE_PHOTO = ("samples", "card-photo.jpg")
SAMPLE_CODE = ("samples", "card-photo.txt")
SALE_AMOUNT = 450  # minor units


class StepFailed(Exception):
    """A step found something wrong; the message says what, in words."""


@dataclass
class Context:
    """What the steps share: the folder, and what earlier steps made for later ones."""

    folder: Path
    made: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Context], str]  # returns a short note of what it saw
    needs: tuple[str, ...] = ()  # names of the steps whose results it uses


@dataclass(frozen=True)
class StepResult:
    name: str
    status: str  # "ok", "failed" or "skipped"
    seconds: float
    detail: str


def database(ctx: Context) -> str:
    from terminal.counter import Counter
    from terminal.db import connect
    from terminal.paths import database_path

    db = connect(database_path(ctx.folder))
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if not version:
        raise StepFailed("the database was not migrated (user_version 0)")
    ctx.made["counter"] = Counter(db)
    return f"schema version {version}"


def _expected_code() -> str:
    return resource_path(*SAMPLE_CODE).read_text(encoding="utf-8").strip()


def _scan_photo(decoder_name: str) -> tuple[list, str]:
    """The sample photo through the camera's own path: a frame source, the scanner, the named decoder."""
    from terminal.scan.decoders import make_decoder
    from terminal.scan.model import ScanEvent, StatusChange
    from terminal.scan.scanner import Scanner, ScannerOptions
    from terminal.scan.sources import ImagesSource

    photo = resource_path(*SAMPLE_PHOTO)
    if not photo.is_file():
        raise StepFailed(f"the sample card photo {photo} is missing")
    decoder = make_decoder(decoder_name)
    scanner = Scanner(lambda: ImagesSource([photo]), decoder,
                      ScannerOptions(debounce_window=-1.0, every_frame=True))
    events: list[ScanEvent] = []
    problems: list[str] = []
    for update in scanner.run(threading.Event()):
        if isinstance(update, ScanEvent):
            events.append(update)
        elif isinstance(update, StatusChange) and update.detail and update.status.name in ("NO_CAMERA",
                                                                                           "DISCONNECTED"):
            problems.append(update.detail)
    if problems:
        raise StepFailed("; ".join(problems))
    texts = [e.text for e in events]
    if texts != [_expected_code()]:
        raise StepFailed(f"{getattr(decoder, 'name', decoder_name)} read {texts!r} from the sample photo, "
                         f"expected [{_expected_code()!r}]")
    return events, getattr(decoder, "name", decoder_name)


def camera_scan(ctx: Context) -> str:
    """The default decoder (zxing-cpp) reads the sample card, and takes it for one of our cards."""
    from terminal import cards
    from terminal.scan.model import ScanKind

    events, name = _scan_photo("default")
    if events[0].kind != ScanKind.CARD:
        raise StepFailed(f"the sample card was classified as {events[0].kind}")
    cards.parse_code(events[0].text)
    return f"{name} read card …{events[0].text[-4:]}"


def zbar_scan(ctx: Context) -> str:
    """The second decoder (libzbar through pyzbar) on the same photo."""
    _events, name = _scan_photo("pyzbar")
    return f"{name} read the card"


def sale(ctx: Context) -> str:
    counter = ctx.made["counter"]
    enrolment = counter.enrol("Self-test customer")
    result = counter.record_sale(enrolment.customer.id, SALE_AMOUNT)
    if result.sale.amount != SALE_AMOUNT:
        raise StepFailed(f"the sale was recorded as {result.sale.amount}, not {SALE_AMOUNT}")
    ctx.made["sale"] = (enrolment, result)
    return f"receipt {result.receipt_no}, {result.earned.points} points, {result.earned.stamps} stamp(s)"


def _check_pdf(pdf: bytes, what: str) -> None:
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        raise StepFailed(f"the {what} is not a complete PDF")
    if b"DejaVu" not in pdf:
        raise StepFailed(f"the {what} does not embed the shipped DejaVu fonts")


def receipt(ctx: Context) -> str:
    from terminal.receipts.receipt import receipt_pdf

    counter = ctx.made["counter"]
    _enrolment, result = ctx.made["sale"]
    pdf = receipt_pdf(counter.db, result.receipt_no, 80)
    _check_pdf(pdf, "receipt")
    (ctx.folder / "self-test-receipt.pdf").write_bytes(pdf)
    return f"{len(pdf)} bytes"


def card(ctx: Context) -> str:
    from terminal.receipts.cards import CardFace, render_cards

    counter = ctx.made["counter"]
    enrolment, _result = ctx.made["sale"]
    pdf = render_cards([CardFace(enrolment.card, counter.shop().name, enrolment.customer.name)])
    _check_pdf(pdf, "card")
    (ctx.folder / "self-test-card.pdf").write_bytes(pdf)
    return f"{len(pdf)} bytes"


def owner_pin(ctx: Context) -> str:
    """The PIN hash's native library (argon2-cffi) is in the bundle, and a PIN set opens the door."""
    from terminal.owner_access import OwnerAccess

    access = OwnerAccess(ctx.made["counter"].db)
    access.set_first_pin("246813")
    access.verify("246813")
    return "argon2id hash set and checked"


def hub(ctx: Context) -> str:
    import httpx

    from terminal.sync.hub import Hub, HubConfig
    from terminal.sync.server import HubServer
    from terminal.sync.stores import open_store

    hub_folder = ctx.folder / "hub"
    hub_folder.mkdir(exist_ok=True)
    store = open_store(None, hub_folder)
    try:
        app = Hub(store, HubConfig(data_dir=hub_folder))
        app.check_restored()
        with HubServer(app) as server:
            answer = httpx.get(server.url + "/health", timeout=10)
            if answer.status_code != 200:
                raise StepFailed(f"the hub answered {answer.status_code} to /health")
        return f"answered on {server.url} and stopped"
    finally:
        store.close()


DOMAIN_STEPS: tuple[Step, ...] = (
    Step("database", database),
    Step("camera scan", camera_scan),
    Step("zbar decoder", zbar_scan),
    Step("sale", sale, needs=("database",)),
    Step("receipt PDF", receipt, needs=("sale",)),
    Step("card PDF", card, needs=("sale",)),
    Step("owner PIN", owner_pin, needs=("database",)),
    Step("hub", hub),
)


def run_steps(steps: Sequence[Step], ctx: Context, report: Callable[[StepResult], None]) -> list[StepResult]:
    """Runs every step, in order; a step whose needs failed is skipped. Each result is reported as it ends."""
    results: list[StepResult] = []
    passed: set[str] = set()
    for step in steps:
        missing = [name for name in step.needs if name not in passed]
        began = time.perf_counter()
        if missing:
            result = StepResult(step.name, "skipped", 0.0, f"needs {', '.join(missing)}")
        else:
            try:
                detail = step.run(ctx)
                result = StepResult(step.name, "ok", time.perf_counter() - began, detail)
                passed.add(step.name)
            except StepFailed as exc:
                result = StepResult(step.name, "failed", time.perf_counter() - began, str(exc))
            except Exception as exc:  # a broken bundle shows up as any error: name it, with where
                where = traceback.extract_tb(exc.__traceback__)[-1]
                result = StepResult(step.name, "failed", time.perf_counter() - began,
                                    f"{type(exc).__name__}: {_gist(str(exc))} ({Path(where.filename).name}:"
                                    f"{where.lineno})")
        results.append(result)
        report(result)
    return results


def _gist(message: str) -> str:
    """A long error message (NumPy's import advice runs to twenty lines) as its first and last lines."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if len(lines) <= 2:
        return " ".join(lines)
    return f"{lines[0]} … {lines[-1]}"


def close(ctx: Context) -> None:
    counter = ctx.made.pop("counter", None)
    if counter is not None:
        counter.db.close()


def seconds_since_process_start() -> float | None:
    """How long this process has run, from the kernel's own record (Linux); None where it cannot tell."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def format_result(result: StepResult) -> str:
    return f"self-test: {result.status:7} {result.name} ({result.seconds * 1000:.0f} ms): {result.detail}"
