"""Campaigns on a hand-worked history: the recorded draw, offers used once, happy hours, the report."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from terminal import campaigns
from terminal.campaigns import Audience, CampaignError, CampaignProblem, Offer, OfferKind
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.loyalty import Reward, Rules
from terminal.shop import Shop
from terminal.stats import campaigns as campaign_stats
from terminal.stats.customers import Thresholds

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday, 09:00 in Budapest
PRICED = (Reward("free-item", "Free coffee", cost_stamps=5, value=250),
          Reward("pastry", "Free pastry", cost_points=150, value=300),
          Reward("voucher-5", "5.00 voucher", cost_points=400, value=500))


@pytest.fixture
def shop_counter(counter: Counter, clock: FixedClock) -> Counter:
    clock.current = START
    counter.save_settings(rules=replace(Rules(), rewards=PRICED, welcome_points=0),
                          shop=Shop(name="Sarok", currency="EUR", timezone="Europe/Budapest"))
    return counter


def enrol(counter: Counter, count: int) -> list[str]:
    return sorted(counter.enrol(f"Customer {n}").customer.id for n in range(count))


def start_campaign(counter: Counter, offer: Offer, members: list[str], *, audience: Audience = Audience.LIST,
                   share: float = 0.2, seed: int = 7, days: int = 14) -> campaigns.Campaign:
    now = counter.clock.now()
    made = campaigns.new_campaign("Win back", audience, offer, now, now + timedelta(days=days),
                                  control_share=share, seed=seed)
    campaigns.create(counter.writer, made, members, counter.rules())
    return made


def test_the_groups_are_the_recorded_draw(shop_counter: Counter) -> None:
    ids = enrol(shop_counter, 10)
    made = start_campaign(shop_counter, Offer(OfferKind.BONUS_POINTS, points=50), ids, share=0.2, seed=7)
    recorded = campaigns.groups(shop_counter.db, made.id)
    assert len(recorded.control) == 2 and len(recorded.offered) == 8  # round(0.2 × 10)
    assert set(recorded.control) | set(recorded.offered) == set(ids)
    assert recorded == campaigns.draw_groups(list(reversed(ids)), 0.2, made.seed)  # the seed redraws it
    stored = campaigns.campaign(shop_counter.db, made.id)
    assert stored.seed == 7 and stored.control_share == 0.2
    assert campaigns.draw_groups(ids, 0.2, 8) != recorded  # another seed, another draw


def test_an_offer_is_shown_applied_once_and_the_control_group_gets_nothing(shop_counter: Counter) -> None:
    ids = enrol(shop_counter, 5)
    made = start_campaign(shop_counter, Offer(OfferKind.BONUS_POINTS, points=50), ids, share=0.2)
    groups = campaigns.groups(shop_counter.db, made.id)
    lucky, control = groups.offered[0], groups.control[0]
    view = shop_counter.customer(lucky)
    assert [offer.campaign_id for offer in view.offers] == [made.id]
    assert shop_counter.customer(control).offers == ()
    shop_counter.apply_offer(lucky, made.id)
    assert shop_counter.customer(lucky).points == 50 and shop_counter.customer(lucky).offers == ()
    with pytest.raises(CampaignError) as again:
        shop_counter.apply_offer(lucky, made.id)
    assert again.value.problem is CampaignProblem.ALREADY_USED
    with pytest.raises(CampaignError) as refused:
        shop_counter.apply_offer(control, made.id)
    assert refused.value.problem is CampaignProblem.NOT_A_MEMBER
    shop_counter.clock.current = START + timedelta(days=15)  # after the window
    assert shop_counter.customer(groups.offered[1]).offers == ()


def test_double_stamps_need_the_visits_sale_and_add_what_it_earned(shop_counter: Counter) -> None:
    (anna,) = enrol(shop_counter, 1)
    made = start_campaign(shop_counter, Offer(OfferKind.DOUBLE_NEXT, multiplier=2), [anna], share=0)
    with pytest.raises(CampaignError) as no_sale:
        shop_counter.apply_offer(anna, made.id)
    assert no_sale.value.problem is CampaignProblem.SALE_NEEDED
    sale = shop_counter.record_sale(anna, 1234).sale  # 1 stamp, 12 points
    shop_counter.apply_offer(anna, made.id, sale)
    view = shop_counter.customer(anna)
    assert (view.stamps, view.points) == (2, 24)
    shop_counter.undo(sale.id)  # the refund takes the doubled part back too
    view = shop_counter.customer(anna)
    assert (view.stamps, view.points) == (0, 0)


def test_happy_hours_double_stamps_only_inside_the_hours(shop_counter: Counter, clock: FixedClock) -> None:
    (anna,) = enrol(shop_counter, 1)
    offer = Offer(OfferKind.HAPPY_HOURS, multiplier=2, hours=(14, 16), weekdays=(0, 1, 2, 3, 4))
    start_campaign(shop_counter, offer, [], audience=Audience.EVERYONE, share=0)
    start_campaign(shop_counter, Offer(OfferKind.BONUS_POINTS, points=50), [anna], share=0)  # no sale bonus
    clock.current = datetime(2026, 3, 2, 13, 30, tzinfo=UTC)  # Monday 14:30 in Budapest: inside
    inside = shop_counter.record_sale(anna, 500)
    assert [e.kind for e in inside.events] == ["sale", "offer_used"]
    assert shop_counter.customer(anna).stamps == 2
    clock.current = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)  # 16:30 in Budapest: outside
    outside = shop_counter.record_sale(anna, 500)
    assert [e.kind for e in outside.events] == ["sale"]
    clock.current = datetime(2026, 3, 7, 13, 30, tzinfo=UTC)  # Saturday 14:30: not a chosen day
    assert [e.kind for e in shop_counter.record_sale(anna, 500).events] == ["sale"]
    assert shop_counter.customer(anna).stamps == 4


def test_the_report_by_hand(shop_counter: Counter, clock: FixedClock) -> None:
    ids = enrol(shop_counter, 6)
    made = start_campaign(shop_counter, Offer(OfferKind.BONUS_POINTS, points=50), ids, share=1 / 3)
    groups = campaigns.groups(shop_counter.db, made.id)
    assert (len(groups.offered), len(groups.control)) == (4, 2)
    clock.advance(days=1)
    for customer_id, amount in zip(groups.offered[:3], (300, 400, 500), strict=True):
        clock.advance(hours=1)
        shop_counter.record_sale(customer_id, amount)
    shop_counter.apply_offer(groups.offered[0], made.id)
    shop_counter.apply_offer(groups.offered[1], made.id)
    shop_counter.record_sale(groups.control[0], 600)
    clock.current = START + timedelta(days=20)
    shop_counter.record_sale(groups.control[1], 900)  # after the window: does not count
    report = campaign_stats.report(shop_counter.db, made.id, shop_counter.rules(), clock.now())
    assert (report.offered, report.control, report.returned_offered, report.returned_control) == (4, 2, 3, 1)
    assert (report.revenue_offered, report.revenue_control) == (1200, 600)
    # Two offers of 50 points, a point at the catalogue's lowest value (the 5.00 voucher: 500 / 400).
    assert report.used == 2 and report.cost == 125
    assert report.net == 1200 - 600 / 2 * 4 - 125
    # 3/4 − 1/2 = 0.25; Wilson 3/4 = [0.3006, 0.9544], 1/2 = [0.0945, 0.9055]; Newcombe:
    # 0.25 − √((0.75 − 0.3006)² + (0.9055 − 0.5)²) = −0.3553, 0.25 + √((0.9544 − 0.75)² + (0.5 − 0.0945)²) = 0.7041
    assert report.lift is not None
    assert report.lift.value == pytest.approx(0.25)
    assert report.lift.low == pytest.approx(-0.3553, abs=1e-3) and report.lift.high == pytest.approx(0.7041, abs=1e-3)
    assert report.lift.within_noise and report.finished
    data = report.to_json()
    assert {"offered", "control", "returned_offered", "returned_control", "lift", "revenue_offered",
            "revenue_control", "cost"} <= set(data)


def test_silence_counts_calendar_days_in_the_shops_zone(shop_counter: Counter, clock: FixedClock) -> None:
    anna, bela = enrol(shop_counter, 2)
    clock.current = datetime(2026, 4, 1, 20, 30, tzinfo=UTC)  # 1 April, 22:30 in Budapest
    shop_counter.record_sale(anna, 300)
    clock.current = datetime(2026, 4, 2, 6, 0, tzinfo=UTC)  # 2 April
    shop_counter.record_sale(bela, 300)
    on_30_june = datetime(2026, 6, 30, 7, 0, tzinfo=UTC)
    silent = campaign_stats.audience_members(shop_counter.db, Audience.SILENT_DAYS, on_30_june, "Europe/Budapest",
                                             Thresholds(), days=90)
    assert silent == [anna]  # last seen 1 April: 90 days on 30 June; 2 April: 89


def test_bad_campaigns_are_refused_in_words(shop_counter: Counter) -> None:
    ids = enrol(shop_counter, 2)
    now = shop_counter.clock.now()
    cases = [
        (campaigns.new_campaign(" ", Audience.LIST, Offer(OfferKind.BONUS_POINTS, points=5), now,
                                now + timedelta(days=1)), CampaignProblem.NAME_REQUIRED),
        (campaigns.new_campaign("x", Audience.LIST, Offer(OfferKind.BONUS_POINTS, points=5), now, now),
         CampaignProblem.BAD_WINDOW),
        (campaigns.new_campaign("x", Audience.LIST, Offer(OfferKind.FREE_REWARD, reward_id="caviar"), now,
                                now + timedelta(days=1)), CampaignProblem.UNKNOWN_REWARD),
        (campaigns.new_campaign("x", Audience.LIST, Offer(OfferKind.BONUS_POINTS, points=5), now,
                                now + timedelta(days=1), control_share=1.0), CampaignProblem.BAD_CONTROL_SHARE),
    ]
    for made, problem in cases:
        with pytest.raises(CampaignError) as refused:
            campaigns.create(shop_counter.writer, made, ids, shop_counter.rules())
        assert refused.value.problem is problem
    assert campaigns.campaigns(shop_counter.db) == []


def test_the_pdf_report_has_a_campaigns_page(shop_counter: Counter, clock: FixedClock, tmp_path) -> None:
    import subprocess
    from datetime import date

    from terminal.stats.dashboard import refresh
    from terminal.stats.period import Period
    from terminal.stats.report import build_report

    ids = enrol(shop_counter, 4)
    made = start_campaign(shop_counter, Offer(OfferKind.BONUS_POINTS, points=50), ids, share=0.25)
    clock.advance(days=1)
    shop_counter.record_sale(campaigns.groups(shop_counter.db, made.id).offered[0], 500)
    board = refresh(shop_counter.db, Period(date(2026, 3, 1), date(2026, 3, 31), "Europe/Budapest"))
    build_report(tmp_path / "r.pdf", board, "Sarok")
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Campaigns: offered group against the control group" in text
    assert "Win back" in text and "+33% (-51% … +79%), noise" in text  # 1 of 3 against 0 of 1


def test_a_campaign_name_with_markup_is_printed_as_text(shop_counter: Counter, clock: FixedClock, tmp_path) -> None:
    import subprocess
    from datetime import date

    from terminal.stats.dashboard import refresh
    from terminal.stats.period import Period
    from terminal.stats.report import build_report

    ids = enrol(shop_counter, 4)
    now = shop_counter.clock.now()
    made = campaigns.new_campaign('<font color="red">Win</font> <b>back</b> & more', Audience.LIST,
                                  Offer(OfferKind.BONUS_POINTS, points=50), now, now + timedelta(days=14),
                                  control_share=0.25, seed=7)
    campaigns.create(shop_counter.writer, made, ids, shop_counter.rules())
    board = refresh(shop_counter.db, Period(date(2026, 3, 1), date(2026, 3, 31), "Europe/Budapest"))
    build_report(tmp_path / "r.pdf", board, "Sarok")
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    # The narrow column wraps the name anywhere: compare without the white space.
    assert '<fontcolor="red">Win</font><b>back</b>&more' in "".join(text.split())
