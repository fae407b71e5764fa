"""The Campaigns tab's column headings are translated (they once stayed English in every language)."""

from __future__ import annotations

from pathlib import Path

from terminal.clock import FixedClock
from terminal.db import connect
from ui import i18n
from ui.owner.campaigns import CampaignsPanel
from ui.owner.worker import OwnerWorker


def test_the_campaign_table_speaks_the_screens_language(qtbot, tmp_path: Path, clock: FixedClock,
                                                         built_translations) -> None:
    connect(tmp_path / "terminal.db").close()
    worker = OwnerWorker(tmp_path / "terminal.db")
    i18n.apply("hu")
    panel = CampaignsPanel(worker, clock)
    qtbot.addWidget(panel)
    headings = [panel.table.horizontalHeaderItem(i).text() for i in range(panel.table.columnCount())]
    assert headings[0] == "Kampány" and "Visszatért: kontrollcsoport" in headings
    qtbot.waitUntil(worker.is_idle, timeout=20_000)
    worker.shutdown()
