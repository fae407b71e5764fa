"""The schema per event kind: what the counter writes passes, what would break a terminal does not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from terminal import campaigns, demo
from terminal.campaigns import Audience, Offer, OfferKind
from terminal.clock import FixedClock, format_hlc, iso, to_ms
from terminal.counter import Counter
from terminal.db import connect
from terminal.feedback import FeedbackSettings, follow_up, rate_visit
from terminal.ids import uuid7
from terminal.importer import import_customers, import_sales
from terminal.ledger import Event, Kind
from terminal.loyalty import Rules
from terminal.paths import database_path
from terminal.shop import Shop
from terminal.sync.schema import SPECS, EventProblem, check_event, check_pulled, check_pushed

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
CODE_HASH = "ab" * 32


def event(kind: str, *, customer: str | None = "cust-1", body: dict | None = None, at: datetime = NOW,
          terminal: str = "term-a", **fields: object) -> dict:
    data = {"id": uuid7(to_ms(at)), "terminal_id": terminal, "ts": iso(at), "hlc": format_hlc(to_ms(at), 0, terminal),
            "kind": kind, "customer_id": customer, "stamps": 0, "points": 0, "amount": 0, "ref_id": None,
            "body": body if body is not None else {}}
    data.update(fields)
    return data


def test_every_event_the_shop_writes_passes_its_schema(tmp_path: Path):
    """The demo shop (enrolments, cards, sales, birthdays, redemptions, undos, ratings, settings), the
    import and the counter's other operations: the schema refuses none of them."""
    (tmp_path / "demo").mkdir()
    demo.generate(tmp_path / "demo", customers=40, months=2)
    db = connect(database_path(tmp_path / "demo"))
    clock = FixedClock(datetime.now(UTC))
    counter = Counter(db, clock=clock)
    customer = counter.enrol("Zoë Ådám", phone="+36 30 123 4567", email="zoe@example.com", birthday="1990-03-12",
                             consent=True).customer.id
    counter.save_settings(rules=Rules(card_size=8), shop=Shop(name="Kávézó"), feedback=FeedbackSettings())
    sale = counter.record_sale(customer, 4500)
    rating = rate_visit(counter, sale.sale.id, 3, "nps", reason="service", comment="Kedves <b>személyzet</b>")
    follow_up(counter.writer, rating.id, "contacted", "Called, apologised")
    now = clock.now()
    for kind, audience, members in ((OfferKind.BONUS_POINTS, Audience.LIST, [customer]),
                                    (OfferKind.HAPPY_HOURS, Audience.EVERYONE, [])):
        offer = Offer(kind, points=50) if kind is OfferKind.BONUS_POINTS else Offer(kind, hours=(0, 24))
        made = campaigns.new_campaign(f"Spring {kind}", audience, offer, now, now + timedelta(days=14),
                                      control_share=0.0)
        campaigns.create(counter.writer, made, members, counter.rules())
        if kind is OfferKind.BONUS_POINTS:
            campaigns.apply_offer(counter.writer, customer, made.id, counter.rules())
    counter.refund_receipt(sale.receipt_no)
    counter.update_profile(customer, name="Zoë Ádám-Kiss", consent=False)
    counter.adjust_points(customer, -20, "goodwill")
    counter.replace_lost_card(customer)
    anonymous = counter.issue_anonymous_cards(2)
    regular = counter.enrol("Old Card", card_text=anonymous[0].grouped()).customer.id
    counter.record_sale(regular, 15000)
    counter.undo(counter.redeem(regular, "pastry").id)
    twin = counter.enrol("Old Card (twin)").customer.id
    counter.merge_customers(regular, twin)
    counter.erase_customer(customer)
    clock.advance(days=400)
    assert counter.expire_points() > 0
    (tmp_path / "customers.csv").write_text("customer,name,birthday\nK-1,Old Regular,1961-05-02\n", encoding="utf-8")
    (tmp_path / "sales.csv").write_text("customer,date,amount\nK-1,1984-06-01,12.50\n,2025-12-24 16:05,3.20\n",
                                        encoding="utf-8")
    import_customers(db, tmp_path / "customers.csv", counter)
    import_sales(db, tmp_path / "sales.csv", counter, earn_points=True)
    events = [Event.from_row(row).to_wire() for row in db.query("SELECT * FROM events ORDER BY seq")]
    db.close()
    good, refused = check_pushed(events, clock.now())
    assert refused == []
    assert len(good) == len(events) > 500
    assert {e["kind"] for e in events} == set(SPECS) == {str(kind) for kind in Kind}  # every kind, tried


@pytest.mark.parametrize(("data", "reason"), [
    # a clock in full-width digits sorts after every real one: it would win every last-writer-wins
    (event("profile_changed", body={"name": "x"}, hlc="１７７３１３４６００００００-00000-term-a"), "bad hlc"),
    (event("sale", hlc=f"{to_ms(NOW)}-00000-term-b"), "the hlc names another terminal"),
    (event("card_issued", body={}), "body.code_hash missing"),
    (event("card_bound", body={"code_hash": "not a hash"}), "bad body.code_hash"),
    (event("settings_changed", customer=None, body={"settings": {"rules": {"card_size": 0}}}), "cannot work"),
    (event("settings_changed", customer=None, body={"settings": {"rules": {"card_size": "5"}}}), "wrong type"),
    (event("settings_changed", customer=None, body={"settings": {"rules": {"tiers": [{"nom": "x"}]}}}),
     "unknown fields"),
    (event("settings_changed", customer=None, body={"settings": {"feedback": {"reasons": []}}}), "cannot work"),
    (event("settings_changed", customer=None, body={"settings": {"printer": {}}}), "unknown part"),
    (event("enrolled", body={"name": "x" * 10_000}), "body too large"),
    (event("enrolled", body={"name": "x" * 300}), "bad body.name"),
    (event("enrolled", body={"name": "Ann\u0000"}), "bad body.name"),
    (event("enrolled", customer=None, body={"name": "Ann"}), "needs a customer_id"),
    (event("rating", body={"score": 9, "scale": "csat"}), "csat score"),
    (event("rating", body={"score": "9", "scale": "nps"}), "bad body.score"),
    (event("sale", amount=-5), "amount -5 is out of range"),
    (event("reward_redeemed", points=500, body={"reward_id": "pastry"}), "points 500 is out of range"),
    (event("refund", body={"reverses": "sale"}), "needs a ref_id"),
    (event("sale", ts="1969-12-31T23:59:59.000Z"), "ts is out of range"),
    (event("sale", ts="２０２６-03-10T09:30:00.000Z"), "ts is not an ISO-8601"),
    (event("sale", terminal_id="térm-a"), "bad terminal_id"),
    (event("sale", customer="cüst-1"), "bad customer_id"),
    (event("sale", body={"receipt_no": "<b>1</b>"}), "bad body.receipt_no"),
    (event("sale", body={"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}), "nested too deep"),
    (event("points_adjusted", body={"reason": "x", "extra": 1}), "unknown body fields"),
    (event("customer_merged", body={"into": "a", "from": "b"}), "exactly one"),
    (event("campaign_member", body={"campaign_id": "c-1", "group": "vip"}), "bad body.group"),
    (event("campaign_created", customer=None, body={"campaign": {"id": "c-1", "name": "Spring"}}),
     "a campaign that cannot work"),
    (event("rating_followed_up", body={"status": "ignored"}, ref_id="r-1"), "bad body.status"),
    (event("customer_merged", body={"into": "ünknown"}), "bad body.into"),
    (event("settings_changed", customer=None, body={"settings": {"shop": {"timezone": "Mars/Olympus"}}}),
     "shop details that cannot work"),
])
def test_an_event_that_would_break_a_terminal_is_refused_with_its_reason(data, reason):
    with pytest.raises(EventProblem, match=reason):
        check_event(data, NOW)


def test_old_histories_from_imports_are_within_the_window():
    old = event("sale", at=datetime(1985, 6, 1, 12, tzinfo=UTC), amount=1250)
    assert check_event(old, NOW)["ts"].startswith("1985")


def test_a_pulled_page_sets_aside_what_fails_and_keeps_the_rest_in_order():
    first, second = event("sale", amount=100), event("sale", amount=200)
    empty_card = event("card_issued", customer=None, body={})
    good, set_aside = check_pulled([first, empty_card, "garbage", second], NOW)
    assert [e["id"] for e in good] == [first["id"], second["id"]]
    assert [(s.event_id, s.reason) for s in set_aside] == [(empty_card["id"], "card_issued: body.code_hash missing"),
                                                            ("?", "not an object")]
    assert check_pulled({"not": "a list"}, NOW)[0] == []


def test_a_push_is_checked_event_by_event():
    good_one, bad, twice = event("sale"), event("sale", points="10"), event("sale")
    good, refused = check_pushed([good_one, bad, twice, twice], NOW)
    assert [e["id"] for e in good] == [good_one["id"], twice["id"]]
    assert [(p.index, p.reason) for p in refused] == [(1, "points is not a sane whole number"),
                                                     (3, "id twice in one batch")]


def test_a_clock_a_few_days_ahead_passes_but_not_a_month():
    assert check_event(event("sale", at=NOW + timedelta(days=3)), NOW)
    with pytest.raises(EventProblem, match="ts is out of range"):
        check_event(event("sale", at=NOW + timedelta(days=30)), NOW)
