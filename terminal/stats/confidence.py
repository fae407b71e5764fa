"""95% confidence intervals for CSAT and NPS, and whether a change is within the noise.

A small shop gets a few dozen ratings a month, so a CSAT of 80% from 10 ratings and 70% from 12
may be the same shop on a different day. CSAT is a proportion: the Wilson score interval. NPS is
the difference of two proportions of one sample (promoters − detractors): its variance is
(p + d − (p − d)²) / n. With only a few ratings, all alike, that variance is zero, so the interval
is computed on counts with one pseudo-rating added to each of the three groups (an adjusted Wald
interval); the reported NPS itself is the plain one. A change is "within the noise" when zero lies
inside the 95% interval of the difference between the two periods.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


def wilson(successes: int, n: int, z: float = Z95) -> Interval | None:
    if n <= 0:
        return None
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return Interval(max(0.0, centre - half), min(1.0, centre + half))


def _nps_adjusted(promoters: int, passives: int, detractors: int) -> tuple[float, float]:
    """(NPS, variance of one rating's score) on counts with one pseudo-rating per group."""
    n = promoters + passives + detractors + 3
    p, d = (promoters + 1) / n, (detractors + 1) / n
    return p - d, p + d - (p - d) ** 2


def nps_interval(promoters: int, passives: int, detractors: int, z: float = Z95) -> Interval | None:
    n = promoters + passives + detractors
    if n <= 0:
        return None
    centre, variance = _nps_adjusted(promoters, passives, detractors)
    half = z * math.sqrt(variance / (n + 3))
    return Interval(max(-1.0, centre - half), min(1.0, centre + half))


def csat_change_within_noise(now: tuple[int, int], before: tuple[int, int], z: float = Z95) -> bool | None:
    """(satisfied, n) for this and the previous period; None when either has no ratings."""
    (s1, n1), (s2, n2) = now, before
    if n1 <= 0 or n2 <= 0:
        return None
    # Agresti–Caffo: one success and one failure added to each sample, so 0/5 vs 5/5 is not "certain".
    p1, p2 = (s1 + 1) / (n1 + 2), (s2 + 1) / (n2 + 2)
    se = math.sqrt(p1 * (1 - p1) / (n1 + 2) + p2 * (1 - p2) / (n2 + 2))
    return abs(s1 / n1 - s2 / n2) <= z * se


def nps_change_within_noise(now: tuple[int, int, int], before: tuple[int, int, int], z: float = Z95) -> bool | None:
    """(promoters, passives, detractors) for this and the previous period; None when either is empty."""
    n1, n2 = sum(now), sum(before)
    if n1 <= 0 or n2 <= 0:
        return None
    _, var1 = _nps_adjusted(*now)
    _, var2 = _nps_adjusted(*before)
    se = math.sqrt(var1 / (n1 + 3) + var2 / (n2 + 3))
    plain1 = (now[0] - now[2]) / n1
    plain2 = (before[0] - before[2]) / n2
    return abs(plain1 - plain2) <= z * se
