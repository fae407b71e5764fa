"""Periods in the shop's zone (DST included) and the 95% intervals."""

from __future__ import annotations

import math
from datetime import date

import pytest

from terminal.stats.confidence import (
    csat_change_within_noise,
    nps_change_within_noise,
    nps_interval,
    wilson,
)
from terminal.stats.period import Period, Preset, preset_period


def test_bounds_are_local_midnights_across_the_dst_change() -> None:
    day = Period(date(2026, 3, 29), date(2026, 3, 29), "Europe/Budapest")  # clocks go forward at 02:00
    assert day.bounds() == ("2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z")


def test_previous_period_has_the_same_length() -> None:
    period = Period(date(2026, 3, 1), date(2026, 3, 31), "UTC")
    assert period.previous() == Period(date(2026, 1, 29), date(2026, 2, 28), "UTC")


def test_presets_end_today() -> None:
    today = date(2024, 2, 29)
    assert preset_period(Preset.TODAY, today, "UTC").days == 1
    assert preset_period(Preset.DAYS_30, today, "UTC").first == date(2024, 1, 31)
    assert preset_period(Preset.MONTHS_12, today, "UTC") == Period(date(2023, 3, 1), today, "UTC")
    with pytest.raises(ValueError):
        Period(today, date(2024, 2, 1))


def test_weeks_are_cut_at_mondays() -> None:
    weeks = Period(date(2026, 3, 1), date(2026, 3, 10)).weeks()  # 1 March 2026 is a Sunday
    assert [(w.first.day, w.last.day) for w in weeks] == [(1, 1), (2, 8), (9, 10)]


def test_wilson_matches_the_published_interval() -> None:
    interval = wilson(8, 10)  # textbook value: 0.490 .. 0.943
    assert (round(interval.low, 3), round(interval.high, 3)) == (0.490, 0.943)
    assert wilson(0, 0) is None
    assert wilson(5, 5).high == 1.0 and wilson(5, 5).low < 0.6  # five of five is not certainty


def test_nps_interval_is_variance_based_on_adjusted_counts() -> None:
    # 30 promoters, 10 passives, 10 detractors; +1 each: p = 31/53, d = 11/53.
    p, d = 31 / 53, 11 / 53
    half = 1.959963984540054 * math.sqrt((p + d - (p - d) ** 2) / 53)
    interval = nps_interval(30, 10, 10)
    assert interval.low == pytest.approx(p - d - half) and interval.high == pytest.approx(p - d + half)
    assert nps_interval(3, 0, 0).low < 0.5  # three promoters alone do not prove an NPS of 100
    assert nps_interval(0, 0, 0) is None


def test_within_the_noise() -> None:
    assert csat_change_within_noise((8, 10), (7, 10)) is True  # 80% vs 70% of ten ratings: noise
    assert csat_change_within_noise((190, 200), (100, 200)) is False
    assert nps_change_within_noise((5, 3, 2), (4, 3, 3)) is True
    assert nps_change_within_noise((150, 30, 20), (40, 60, 100)) is False
    assert nps_change_within_noise((1, 0, 0), (0, 0, 0)) is None
