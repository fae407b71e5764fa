"""Vouchers: a short code signed with the shop's secret, good for one use of the offer while it runs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from terminal import campaigns, vouchers
from terminal.campaigns import Audience, CampaignError, CampaignProblem, Offer, OfferKind
from terminal.cards import ALPHABET
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import meta_set, writing
from terminal.ledger import Kind
from terminal.vouchers import VoucherError, VoucherProblem

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def shop(counter: Counter, clock: FixedClock) -> Counter:
    clock.current = START
    return counter


def start(counter: Counter, members: list[str], *, share: float = 0.0, offer: Offer | None = None,
          begins: timedelta = timedelta(0)) -> campaigns.Campaign:
    now = counter.clock.now() + begins
    made = campaigns.new_campaign("We miss you", Audience.LIST, offer or Offer(OfferKind.BONUS_POINTS, points=50),
                                  now, now + timedelta(days=14), control_share=share, seed=3)
    campaigns.create(counter.writer, made, members, counter.rules())
    return made


def member_event(counter: Counter, customer_id: str, campaign_id: str) -> str:
    return counter.db.execute("SELECT id FROM events WHERE kind = ? AND customer_id = ? AND "
                              "json_extract(body, '$.campaign_id') = ?",
                              [Kind.CAMPAIGN_MEMBER, customer_id, campaign_id]).fetchone()[0]


def code_for(counter: Counter, customer_id: str, campaign_id: str) -> str:
    return vouchers.make_code(vouchers.shop_secret(counter.db), member_event(counter, customer_id, campaign_id))


def test_the_code_is_short_scannable_and_carries_no_customer_data(shop: Counter) -> None:
    anna = shop.enrol("Anna Rossi", phone="+36 30 123 4567").customer.id
    made = start(shop, [anna])
    code = code_for(shop, anna, made.id)
    assert len(code) == vouchers.CODE_LENGTH == 45
    assert set(code[3:]) <= set(ALPHABET)  # QR alphanumeric mode
    for secret in ("Anna", "Rossi", "4567", anna.replace("-", "").upper(), made.id.upper()):
        assert secret not in code
    assert vouchers.member_of_code(vouchers.shop_secret(shop.db), code) == member_event(shop, anna, made.id)
    typed = vouchers.grouped(code).lower().replace("0", "o")  # as a person types it from the paper
    assert vouchers.check(shop.db, typed, shop.clock.now()).customer_id == anna


def test_a_changed_character_another_shops_code_or_garbage_is_refused(shop: Counter) -> None:
    anna = shop.enrol("Anna Rossi").customer.id
    made = start(shop, [anna])
    code = code_for(shop, anna, made.id)
    now = shop.clock.now()
    before = shop.customer(anna).points
    for position in (3, 20, len(code) - 1):  # in the member id, in the middle, in the signature
        swapped = ALPHABET[(ALPHABET.index(code[position]) + 1) % 32]
        with pytest.raises(VoucherError) as changed:
            vouchers.check(shop.db, code[:position] + swapped + code[position + 1:], now)
        assert changed.value.problem is VoucherProblem.FORGED
    elsewhere = vouchers.make_code("another shop's secret", member_event(shop, anna, made.id))
    with pytest.raises(VoucherError) as foreign:
        vouchers.check(shop.db, elsewhere, now)
    assert foreign.value.problem is VoucherProblem.FORGED
    for garbage in ("LV1", code[:-1], code + "0", "LV1" + "U" * 42, "LV1" + "Z" * 42, "x" * 500):
        with pytest.raises(VoucherError) as bad:
            vouchers.check(shop.db, garbage, now)
        assert bad.value.problem is VoucherProblem.MALFORMED
    assert shop.customer(anna).points == before  # nothing applied by any of it


def test_a_voucher_works_only_while_its_campaign_runs_and_once(shop: Counter, clock: FixedClock) -> None:
    anna = shop.enrol("Anna Rossi").customer.id
    later = start(shop, [anna], begins=timedelta(days=2))
    code = code_for(shop, anna, later.id)
    with pytest.raises(VoucherError) as early:
        shop.open_voucher(code)
    assert early.value.problem is VoucherProblem.NOT_YET
    clock.current = START + timedelta(days=3)
    found = shop.open_voucher(code)
    assert found.campaign_id == later.id and found.customer.offers[0].campaign_id == later.id
    before = found.customer.points
    shop.apply_offer(anna, found.campaign_id)
    assert shop.customer(anna).points == before + 50
    with pytest.raises(VoucherError) as used:
        shop.open_voucher(code)
    assert used.value.problem is VoucherProblem.USED
    with pytest.raises(CampaignError) as again:
        shop.apply_offer(anna, later.id)
    assert again.value.problem is CampaignProblem.ALREADY_USED
    bella = shop.enrol("Bella Kiss").customer.id
    other = start(shop, [bella])
    clock.current = other.ends
    with pytest.raises(VoucherError) as expired:
        shop.open_voucher(code_for(shop, bella, other.id))
    assert expired.value.problem is VoucherProblem.EXPIRED


def test_the_scanned_vouchers_offer_comes_first_of_several(shop: Counter) -> None:
    anna = shop.enrol("Anna Rossi").customer.id
    first = start(shop, [anna])
    second = start(shop, [anna], offer=Offer(OfferKind.BONUS_POINTS, points=10))
    offers = [o.campaign_id for o in shop.open_voucher(code_for(shop, anna, first.id)).customer.offers]
    assert offers[0] == first.id and set(offers) == {first.id, second.id}
    offers = [o.campaign_id for o in shop.open_voucher(code_for(shop, anna, second.id)).customer.offers]
    assert offers[0] == second.id


def test_vouchers_go_to_the_offered_group_only_consent_or_not(shop: Counter) -> None:
    ids = sorted(shop.enrol(f"Customer {n}", consent=n % 2 == 0).customer.id for n in range(10))
    made = start(shop, ids, share=0.3)
    groups = campaigns.groups(shop.db, made.id)
    shop.apply_offer(groups.offered[0], made.id)  # one used already: no voucher for them
    found, holders = vouchers.holders(shop.db, made.id, shop.clock.now())
    assert found.id == made.id
    assert {h.customer_id for h in holders} == set(groups.offered[1:])  # 7 offered less the one used
    assert {h.first_name for h in holders} == {"Customer"}
    control = groups.control[0]
    with pytest.raises(VoucherError) as not_offered:  # a code for a control member can only be a forgery
        shop.open_voucher(code_for(shop, control, made.id))
    assert not_offered.value.problem is VoucherProblem.FORGED
    codes = {h.code for h in holders}
    assert len(codes) == len(holders)
    assert all(shop.open_voucher(c).customer.id in groups.offered for c in codes)


def test_no_vouchers_for_happy_hours_an_ended_campaign_or_without_a_secret(shop: Counter, clock: FixedClock) -> None:
    now = shop.clock.now()
    happy = campaigns.new_campaign("Quiet hours", Audience.EVERYONE, Offer(OfferKind.HAPPY_HOURS, hours=(14, 16)),
                                   now, now + timedelta(days=7))
    campaigns.create(shop.writer, happy, [], shop.rules())
    with pytest.raises(VoucherError) as happy_hours:
        vouchers.holders(shop.db, happy.id, now)
    assert happy_hours.value.problem is VoucherProblem.NO_VOUCHERS
    anna = shop.enrol("Anna Rossi").customer.id
    made = start(shop, [anna])
    code = code_for(shop, anna, made.id)
    with writing(shop.db):
        meta_set(shop.db, "shop_secret", "")
    with pytest.raises(VoucherError) as no_secret:
        vouchers.holders(shop.db, made.id, now)
    assert no_secret.value.problem is VoucherProblem.NO_SECRET
    with pytest.raises(VoucherError) as cannot_check:
        shop.open_voucher(code)
    assert cannot_check.value.problem is VoucherProblem.NO_SECRET
    clock.current = made.ends
    with pytest.raises(VoucherError) as ended:
        vouchers.holders(shop.db, made.id, clock.current)
    assert ended.value.problem is VoucherProblem.EXPIRED


def test_an_erased_customers_voucher_gives_nothing(shop: Counter) -> None:
    anna = shop.enrol("Anna Rossi").customer.id
    made = start(shop, [anna])
    code = code_for(shop, anna, made.id)
    with writing(shop.db):
        shop.db.execute("UPDATE customers SET erased = 1, name = '' WHERE id = ?", [anna])
    with pytest.raises(VoucherError) as erased:
        shop.open_voucher(code)
    assert erased.value.problem is VoucherProblem.ERASED
    assert vouchers.holders(shop.db, made.id, shop.clock.now())[1] == []


def test_a_voucher_of_a_campaign_not_synced_here_says_so(shop: Counter, tmp_path) -> None:
    from terminal.db import connect

    anna = shop.enrol("Anna Rossi").customer.id
    made = start(shop, [anna])
    code = code_for(shop, anna, made.id)
    other = connect(tmp_path / "other.db")
    try:
        with writing(other):
            meta_set(other, "shop_secret", vouchers.shop_secret(shop.db))  # same shop, not synced yet
        with pytest.raises(VoucherError) as unknown:
            replace(shop, db=other).open_voucher(code)
        assert unknown.value.problem is VoucherProblem.UNKNOWN
    finally:
        other.close()
