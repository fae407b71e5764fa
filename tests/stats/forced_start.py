"""Force where the stats start an end's state from (``customers.start_for``), for tests that compare
each start with the events' answer."""

from __future__ import annotations

import pytest
import sqlite_utils

from terminal import marks
from terminal.stats import customers, segments

_MARK = {customers.Start.MARK_BEFORE: marks.latest_before, customers.Start.MARK_AFTER: marks.earliest_after,
         customers.Start.BALANCES: lambda db, hour: None}


def force_start(patch: pytest.MonkeyPatch, start: customers.Start) -> list[int | None]:
    """Make every end start from ``start`` (the balances where there is no such mark); returns the list
    the chosen marks are appended to, so a test can check that a mark was used."""
    chosen: list[int | None] = []

    def forced(db: sqlite_utils.Database, end_hour: int) -> tuple[customers.Start, int | None]:
        mark = _MARK[start](db, end_hour)
        chosen.append(mark)
        return (start, mark) if mark is not None else (customers.Start.BALANCES, None)

    patch.setattr(customers, "start_for", forced)
    patch.setattr(segments, "start_for", forced)
    return chosen
