"""The hybrid logical clock keeps its stamps well-formed and ordered when the wall clock stands still."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from terminal.clock import MAX_HLC_COUNTER, FixedClock, HybridClock, format_hlc, to_ms

STAMP = re.compile(r"^[0-9]{13}-[0-9]{5}-.+$")
MOMENT = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def test_a_standing_clock_borrows_the_next_millisecond_instead_of_a_sixth_digit() -> None:
    clock = HybridClock("T1", FixedClock(MOMENT))
    stamps = [clock.tick() for _ in range(MAX_HLC_COUNTER + 3)]
    assert all(STAMP.match(stamp) for stamp in stamps)
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert stamps[-1].startswith(f"{to_ms(MOMENT) + 1:013d}-")


def test_observing_a_full_counter_moves_on_well_formed() -> None:
    clock = HybridClock("T1", FixedClock(MOMENT))
    remote = format_hlc(to_ms(MOMENT), MAX_HLC_COUNTER, "T2")
    clock.observe(remote)
    stamp = clock.tick()
    assert STAMP.match(stamp) and stamp > remote
