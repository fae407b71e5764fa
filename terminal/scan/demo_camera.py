"""The demo's camera: a video of the demo shop's own cards (and one receipt) shown to a camera.

Used by ``--demo`` when there is no webcam. The database keeps only hashes of card codes, so the
demo gives three regular customers a replacement card (the counter's lost-card service) to know
their codes, adds one unissued card and one receipt's feedback code, and films them. Made once per
data folder and reused.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from terminal import tokens
from terminal.counter import Counter
from terminal.db import connect
from terminal.paths import database_path
from terminal.scan.demo_video import demo_showings, write_video

log = logging.getLogger("scan")
VIDEO_NAME = "demo-camera.mp4"


def demo_codes(folder: Path, customers: int = 3) -> tuple[list[str], list[str]]:
    """Card codes the demo database knows (regular customers', then one unissued) and receipt codes."""
    db = connect(database_path(folder))
    try:
        counter = Counter(db)
        rows = db.execute("SELECT customer_id FROM balances ORDER BY visits DESC, customer_id LIMIT ?",
                          [customers]).fetchall()
        codes = [counter.replace_lost_card(row[0]).code for row in rows]
        codes += [card.code for card in counter.issue_anonymous_cards(1)]
        receipts = []
        row = db.execute("""SELECT r.receipt_no, e.ts FROM receipts r JOIN events e ON e.seq = r.sale_seq
                            WHERE e.customer_id IS NOT NULL AND NOT EXISTS (
                                SELECT 1 FROM events x WHERE x.ref_id = e.id AND x.kind = 'rating')
                            ORDER BY e.ts DESC LIMIT 1""").fetchone()
        secret = db.execute("SELECT value FROM meta WHERE key = 'shop_secret'").fetchone()
        if row and secret:
            token = tokens.make_token(secret[0], row[0], date.fromisoformat(row[1][:10]))
            receipts.append(tokens.feedback_url(counter.shop().feedback_base_url, token))
    finally:
        db.close()
    return codes, receipts


def demo_video(folder: Path) -> Path:
    """The demo camera's video in ``folder``, made on first use (a few seconds)."""
    path = folder / VIDEO_NAME
    if not path.exists():
        cards, receipts = demo_codes(folder)
        partial = path.with_suffix(".partial.mp4")
        write_video(partial, demo_showings(cards, receipts))
        partial.replace(path)
        log.info("demo camera video written: %s", path)
    return path
