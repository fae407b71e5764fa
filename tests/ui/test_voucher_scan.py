"""A printed voucher at the counter: the camera or the USB scanner opens the customer with the offer on
its line, Ctrl+O applies it once; a used, expired or forged voucher is refused in words (pytest-qt)."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from terminal import campaigns, vouchers
from terminal.campaigns import Audience, Offer, OfferKind
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.languages import isolate
from terminal.ledger import Kind
from terminal.receipts.vouchers import campaign_vouchers
from terminal.scan.model import CameraStatus, ScanEvent
from terminal.scan.scanner import Scanner, ScannerOptions
from terminal.scan.settings import CameraSettings
from terminal.scan.sources import ImagesSource
from tests.receipts.test_vouchers_pdf import cut_apart
from tests.ui.drive import submit_code
from tests.ui.test_scans_anywhere import _stepping, _wedge
from ui.camera.wiring import CameraLink
from ui.main_window import MainWindow


def printed_voucher(counter: Counter, tmp_path: Path, offer: Offer) -> tuple[str, str, Path]:
    """Anna in a campaign's offered group, her voucher printed and cut out: (customer id, campaign id, piece)."""
    anna = counter.enrol("Anna Rossi").customer.id
    now = counter.clock.now()
    made = campaigns.new_campaign("We miss you", Audience.LIST, offer, now, now + timedelta(days=14),
                                  control_share=0)
    campaigns.create(counter.writer, made, [anna], counter.rules())
    pdf = tmp_path / "vouchers.pdf"
    pdf.write_bytes(campaign_vouchers(counter.db, made.id, now).pdf)
    pieces = cut_apart(pdf, tmp_path / "cut")
    for empty in pieces[1:]:
        empty.unlink()  # one voucher on the sheet: the other seven places are blank
    return anna, made.id, pieces[0]


def offers_used(counter: Counter) -> int:
    return counter.db.execute("SELECT COUNT(*) FROM events WHERE kind = ?", [Kind.OFFER_USED]).fetchone()[0]


def test_a_voucher_shown_to_the_camera_opens_the_offer_and_ctrl_o_applies_it_once(
        qtbot, window: MainWindow, seed_counter: Counter, tmp_path: Path) -> None:
    anna, _campaign, piece = printed_voucher(seed_counter, tmp_path, Offer(OfferKind.BONUS_POINTS, points=40))
    before = seed_counter.customer(anna).points
    link = CameraLink(window, CameraSettings(), source_factory=lambda: ImagesSource([piece]),
                      options=ScannerOptions(every_frame=True))
    link.start()
    qtbot.waitUntil(lambda: link.worker.status is CameraStatus.ENDED, timeout=20000)
    qtbot.waitUntil(window.tasks.is_idle)
    panel = window.cashier.customer_panel
    assert panel.customer is not None and panel.customer.id == anna
    assert panel.offer_button.isVisible()
    assert panel.offer_button.text().startswith("Welcome back, Anna — 40 bonus points are waiting")
    assert window.cashier.banner.text() == f"Voucher: {isolate('We miss you')}. Ctrl+O applies it."
    assert offers_used(seed_counter) == 0  # shown, not yet given

    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not panel.offer_button.isVisible())
    qtbot.waitUntil(window.tasks.is_idle)
    assert seed_counter.customer(anna).points == before + 40

    # The same voucher again, from the USB scanner into the amount field: refused, nothing applied.
    [event] = [u for u in Scanner(lambda: ImagesSource([piece]), options=ScannerOptions(every_frame=True))
               .run(threading.Event()) if isinstance(u, ScanEvent)]
    window.scan_catcher.now_ms = _stepping(4)
    _wedge(qtbot, window.cashier.sale_panel.amount, event.text)
    qtbot.waitUntil(window.tasks.is_idle)
    assert window.cashier.banner.text() == ("This voucher was already used (here or at another counter). "
                                            "Nothing applied.")
    assert window.cashier.sale_panel.amount.text() == ""
    assert offers_used(seed_counter) == 1 and seed_counter.customer(anna).points == before + 40


def test_a_changed_or_expired_voucher_is_refused_in_words(qtbot, window: MainWindow, seed_counter: Counter,
                                                         clock: FixedClock, tmp_path: Path) -> None:
    anna, campaign_id, _piece = printed_voucher(seed_counter, tmp_path, Offer(OfferKind.BONUS_POINTS, points=40))
    member = seed_counter.db.execute("SELECT id FROM events WHERE kind = ? AND customer_id = ?",
                                     [Kind.CAMPAIGN_MEMBER, anna]).fetchone()[0]
    code = vouchers.make_code(vouchers.shop_secret(seed_counter.db), member)
    forged = code[:-1] + ("0" if code[-1] != "0" else "1")
    submit_code(qtbot, window, vouchers.grouped(forged))  # typed from the paper, with one character changed
    assert window.cashier.banner.text().startswith("Not one of our vouchers")
    assert window.cashier.customer_panel.customer is None
    clock.current = campaigns.campaign(seed_counter.db, campaign_id).ends
    submit_code(qtbot, window, vouchers.grouped(code))
    assert window.cashier.banner.text() == "This voucher has expired: its campaign has ended. Nothing applied."
    assert window.cashier.customer_panel.customer is None
    assert offers_used(seed_counter) == 0
