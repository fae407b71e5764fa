"""Every number of the dashboard against the hand-worked history of history.py."""

from __future__ import annotations

from datetime import date

import pytest
import sqlite_utils

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.stats.customers import ListName, Thresholds
from terminal.stats.dashboard import refresh, stats_summary
from terminal.stats.period import Period
from terminal.stats.segments import export_rows
from tests.stats.history import History, build, local

ZONE = "Europe/Budapest"
MARCH = Period(date(2026, 3, 1), date(2026, 3, 10), ZONE)  # previous: 19–28 February


@pytest.fixture
def history(db: sqlite_utils.Database) -> History:
    return build(db)


def test_march_numbers_worked_by_hand(db: sqlite_utils.Database, history: History) -> None:
    n = stats_summary(db, MARCH, Thresholds())
    assert not db.conn.in_transaction  # a reader left in a transaction would block checkpoints
    # Sales in 1–10 March: Anna 3.00 + 6.00, Bela 2.00 refunded on the 4th (+2.00 −2.00), Ede 5.00,
    # anonymous 1.50: five sales minus one refund.
    assert n["sales"] == 4
    assert n["revenue"] == 300 + 600 + 200 - 200 + 500 + 150 == 1550
    assert n["average_sale"] == 1550 / 4
    assert n["identified_sales"] == 3  # Anna 2, Bela 1 − 1, Ede 1 (erased later: still counted)
    assert n["active_customers"] == 2  # Anna, Ede (Bela's only sale was refunded)
    assert n["new_customers"] == 1  # Ede's first sale; Bela's first was 25 February
    assert n["visits_per_customer"] == 3 / 2
    assert n["repeat_purchase_rate"] == 1 / 2  # Anna
    # Active before: Anna (20 Feb), Bela (25 Feb); of them only Anna is active now.
    assert (n["previous_active_customers"], n["retained_customers"]) == (2, 1)
    assert n["retention_rate"] == 0.5 and n["churn_rate"] == 0.5
    # Ratings: Anna's 2 March visit 9 (a second rating 2 ignored), her 5 March visit 6, Bela's
    # 25 February visit rated 10 in February and 0 on 1 March: the 0 is ignored.
    assert (n["nps_promoters"], n["nps_passives"], n["nps_detractors"]) == (1, 0, 1)
    assert n["nps"] == 0.0
    assert (n["csat_satisfied"], n["csat_ratings"], n["csat"]) == (1, 2, 0.5)  # Bela's 2, Ede's 5
    assert n["ratings"] == 4 and n["response_rate"] == 4 / 3
    # All-time net spend before 11 March: Anna 18.00, Bela 10.00, Cili 16.00, Dora 16.00, Ede 5.00.
    assert n["clv_customers"] == 5
    assert n["historical_clv"] == (1800 + 1000 + 1600 + 1600 + 500) / 5
    # Silence on 10 March in calendar days: Dora 5 January → 64 days (at risk), Cili 1 December → 99
    # (lapsed); Dora's usual gap is 16 days (20 December → 5 January), so she is overdue too; Cili is
    # lapsed, so not counted overdue. Ede is erased.
    assert (n["at_risk"], n["lapsed"], n["overdue"]) == (1, 1, 1)
    # Points: sales 3 + 6 + 2 − 2 + 5, Ede's welcome 50, Anna's adjustment +100; Cili's −100 is not issued.
    assert n["points_issued"] == 3 + 6 + 2 - 2 + 5 + 50 + 100
    assert n["stamps_issued"] == 3
    assert (n["rewards_redeemed"], n["points_redeemed"], n["stamps_redeemed"]) == (1, 150, 0)
    # Balances: Anna 50+5+4+3+6+100−150 = 18, Bela 50+10+2−2 = 60, Dora 50+7+9 = 66, Cili 66−100 = −34.
    assert n["outstanding_points"] == 18 + 60 + 66
    assert n["overdrawn_customers"] == 1
    # Segments: Cili lapsed, Dora at risk, Anna VIP (top 10% of 4 live spenders rounds to 1), Bela regular.
    assert n["segments"] == {"new": 0, "vip": 1, "regular": 1, "at_risk": 1, "lapsed": 1}
    assert n["within_noise"] == {"nps": True, "csat": None}


def test_previous_period_worked_by_hand(db: sqlite_utils.Database, history: History) -> None:
    p = stats_summary(db, MARCH, Thresholds())["previous"]
    assert (p["from"], p["to"]) == ("2026-02-19", "2026-02-28")
    assert (p["sales"], p["revenue"], p["average_sale"]) == (2, 1400, 700.0)
    assert (p["active_customers"], p["new_customers"], p["repeat_purchase_rate"]) == (2, 1, 0.0)
    # Nobody bought 9–18 February: no previous activity, so no retention to speak of.
    assert p["retention_rate"] is None and p["churn_rate"] is None
    assert (p["nps"], p["nps_ratings"], p["csat"]) == (1.0, 1, None)
    assert p["historical_clv"] == (900 + 1000 + 1600 + 1600) / 4
    # On 28 February: Cili silent 89 days (at risk), gap 11 → overdue; Dora 54 > 2 × 16.
    assert (p["at_risk"], p["lapsed"], p["overdue"]) == (1, 0, 2)
    assert (p["points_issued"], p["stamps_issued"], p["outstanding_points"]) == (4 + 50 + 10, 2, 59 + 60 + 66 + 66)
    assert p["overdrawn_customers"] == 0


def test_lists_show_contact_details_only_with_consent(db: sqlite_utils.Database, history: History) -> None:
    board = refresh(db, MARCH)
    assert not db.conn.in_transaction
    (dora,) = board.lists[ListName.AT_RISK]
    assert (dora.name, dora.phone, dora.consent) == ("Dora Dio", "", False)
    assert dora.usual_gap_days == 16.0 and dora.days_silent == 64
    (cili,) = board.lists[ListName.LAPSED]
    assert (cili.name, cili.phone, cili.consent) == ("Cili Cukor", "+36 1 111 1111", True)
    assert [r.name for r in board.lists[ListName.OVERDUE]] == ["Dora Dio"]
    assert [(r.name, r.points) for r in board.lists[ListName.OVERDRAWN]] == [("Cili Cukor", -34)]
    assert [(r.score, r.comment) for r in board.low_ratings] == [(6, "too slow"), (2, "cold coffee")]
    assert [(w.first.day, w.last.day, n, amount) for w, n, amount in board.weekly_sales] == [
        (1, 1, 0, 0), (2, 8, 4, 1550), (9, 10, 0, 0)]
    assert [nps for _, nps, _ in board.weekly_nps] == [None, 0.0, None]
    assert {s: n for s, n in board.nps_distribution.items() if n} == {6: 1, 9: 1}
    assert board.csat_distribution == {1: 0, 2: 1, 3: 0, 4: 0, 5: 1}


def test_thresholds_are_settings(db: sqlite_utils.Database, history: History) -> None:
    n = stats_summary(db, MARCH, Thresholds(at_risk_days=30, lapsed_days=65))
    # Dora (64 days) is at risk for 30–65: more than 30, at most 65; Cili (99) lapsed; Anna 5, Bela 7:
    # neither. With 30–60, Dora's 64 days are more than 60: lapsed.
    assert (n["at_risk"], n["lapsed"]) == (1, 1)
    n = stats_summary(db, MARCH, Thresholds(at_risk_days=30, lapsed_days=60))
    assert (n["at_risk"], n["lapsed"]) == (0, 2)


def test_a_period_with_no_sales(db: sqlite_utils.Database, history: History) -> None:
    n = stats_summary(db, Period(date(2025, 6, 1), date(2025, 6, 10), ZONE), Thresholds())
    assert (n["sales"], n["revenue"], n["active_customers"], n["ratings"]) == (0, 0, 0, 0)
    for key in ("average_sale", "visits_per_customer", "repeat_purchase_rate", "retention_rate", "churn_rate",
                "nps", "csat", "response_rate", "historical_clv", "nps_ci_low", "csat_ci_low"):
        assert n[key] is None, key
    assert n["segments"] == {"new": 0, "vip": 0, "regular": 0, "at_risk": 0, "lapsed": 0}
    assert n["within_noise"] == {"nps": None, "csat": None}


def test_no_previous_activity_in_january(db: sqlite_utils.Database, history: History) -> None:
    n = stats_summary(db, Period(date(2026, 1, 1), date(2026, 1, 10), ZONE), Thresholds())
    assert (n["sales"], n["active_customers"], n["new_customers"]) == (2, 2, 1)  # Dora 5th, Anna 10th (new)
    assert n["previous"]["sales"] == 0 and n["retention_rate"] is None


def test_one_customer(db: sqlite_utils.Database) -> None:
    clock = FixedClock(local(2026, 3, 2, 9))
    counter = Counter(db, clock=clock)
    who = counter.enrol("Solo", consent=False).customer.id
    counter.record_sale(who, 450)
    clock.current = local(2026, 3, 4)
    counter.record_sale(who, 250)
    n = stats_summary(db, MARCH, Thresholds())
    assert (n["sales"], n["revenue"], n["average_sale"], n["active_customers"]) == (2, 700, 350.0, 1)
    assert (n["repeat_purchase_rate"], n["visits_per_customer"], n["new_customers"]) == (1.0, 2.0, 1)
    assert (n["historical_clv"], n["clv_customers"]) == (700.0, 1)
    assert n["segments"] == {"new": 1, "vip": 0, "regular": 0, "at_risk": 0, "lapsed": 0}


def test_erased_customers_keep_their_numbers_but_leave_the_lists(db: sqlite_utils.Database,
                                                                  history: History) -> None:
    before = stats_summary(db, MARCH, Thresholds())
    history.at(local(2026, 3, 10)).erase_customer(history.ids["cili"])
    after = stats_summary(db, MARCH, Thresholds())
    assert after["historical_clv"] == before["historical_clv"]
    assert (after["lapsed"], after["overdrawn_customers"], after["segments"]["lapsed"]) == (0, 0, 0)
    assert after["outstanding_points"] == before["outstanding_points"]  # Cili was overdrawn: owed nothing


def test_vip_by_top_tier_spend(db: sqlite_utils.Database, history: History) -> None:
    # Bela's 12-month spend is 10.00: a top tier at 10.00 makes him VIP beside Anna (top 10%).
    n = stats_summary(db, MARCH, Thresholds(top_tier_spend=1000))
    assert n["segments"] == {"new": 0, "vip": 2, "regular": 0, "at_risk": 1, "lapsed": 1}


def test_segment_lists(db: sqlite_utils.Database, history: History) -> None:
    board = refresh(db, MARCH, Thresholds())
    assert [r.name for r in board.lists[ListName.VIP]] == ["Anna Alma"]
    assert board.lists[ListName.NEW] == []  # Ede is new, but erased
    assert [r.phone for r in export_rows(db, ListName.VIP, MARCH, Thresholds())] == ["+36 1 333 3333"]  # consented
    january = refresh(db, Period(date(2026, 1, 1), date(2026, 1, 10), ZONE), Thresholds())
    assert [r.name for r in january.lists[ListName.NEW]] == ["Anna Alma"]
