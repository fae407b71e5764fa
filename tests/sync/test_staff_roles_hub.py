"""The hub enforces staff roles too: an event a role may not make is set aside, the rest flows."""

from __future__ import annotations

import json

import pytest

from terminal.chain import last_check, verify
from terminal.staff import Role, new_member
from terminal.sync import set_aside


@pytest.fixture(scope="module")
def hired():
    return {role: new_member(f"{role.value} one", role, pin)
            for role, pin in ((Role.OWNER, "900001"), (Role.MANAGER, "800001"), (Role.CASHIER, "7001"))}


def _as(terminal, member) -> None:
    terminal.counter.signed_in = member
    terminal.counter.writer.actor = member.id if member else None


def _forge(terminal, kind: str, customer: str, by: str | None, **fields) -> str:
    """An event written past the counter's checks, as an old or tampered terminal would."""
    body = {"by": by, **fields.pop("body", {})} if by else fields.pop("body", {})
    writer = terminal.counter.writer
    saved, writer.actor = writer.actor, None
    writer.commit([writer.new(kind, customer, body=body, **fields)])
    writer.actor = saved
    return terminal.db.execute("SELECT id FROM events ORDER BY seq DESC").fetchone()[0]


def test_the_hub_sets_aside_what_a_role_may_not_make(hub, make_terminal, hired) -> None:
    t1, t2 = make_terminal("T1", hub), make_terminal("T2", hub)
    customer = t1.counter.enrol("Anna").customer.id
    t1.counter.adjust_points(customer, 10, "before there was staff")  # single-PIN mode: fine
    t1.counter.save_staff_member(hired[Role.OWNER])
    _as(t1, hired[Role.OWNER])
    t1.counter.save_staff_member(hired[Role.MANAGER])
    t1.counter.save_staff_member(hired[Role.CASHIER])
    _as(t1, hired[Role.MANAGER])
    good = t1.counter.adjust_points(customer, 5, "a manager's goodwill").id
    by_cashier = _forge(t1, "points_adjusted", customer, hired[Role.CASHIER].id, points=500,
                        body={"reason": "my friend"})
    by_nobody = _forge(t1, "points_adjusted", customer, None, points=700, body={"reason": "who?"})
    rules_by_cashier = _forge(t1, "settings_changed", None, hired[Role.CASHIER].id,
                              body={"settings": {"rules": {"card_size": 2}}})
    report = t1.sync()
    assert report.refused == 3
    aside = {item.event_id: item.reason for item in set_aside.listed(t1.db)}
    assert set(aside) == {by_cashier, by_nobody, rules_by_cashier}
    assert "cashier" in aside[by_cashier] and "needs" in aside[by_nobody]
    t2.sync()
    adjusted = [(r[0], json.loads(r[1]).get("reason")) for r in t2.db.execute(
        "SELECT points, body FROM events WHERE kind = 'points_adjusted' ORDER BY seq")]
    assert adjusted == [(10, "before there was staff"), (5, "a manager's goodwill")]
    assert good in t2.event_ids() and not {by_cashier, by_nobody, rules_by_cashier} & t2.event_ids()
    assert t2.counter.rules().card_size != 2
    again = t1.sync()  # set aside stays set aside; nothing else is stuck behind it
    assert again.refused == 0 and again.pushed == 0


def test_the_hub_reports_a_push_that_breaks_the_hash_chain(hub, make_terminal) -> None:
    t1, t2 = make_terminal("T1", hub), make_terminal("T2", hub)
    customer = t1.counter.enrol("Anna").customer.id
    t1.counter.record_sale(customer, 450)
    assert t1.sync().chain_problems == {}
    adjusted = t1.counter.adjust_points(customer, 5, "goodwill").id
    later = t1.counter.record_sale(customer, 300).sale.id
    with t1.db.conn:  # someone edits the copy before it is sent
        t1.db.execute("UPDATE events SET points = 5000 WHERE id = ?", [adjusted])
    report = t1.sync()
    assert list(report.chain_problems) == [adjusted]
    assert list(last_check(t1.db).hub_breaks) == [adjusted]  # kept for the owner's dashboard
    assert later in t1.event_ids()
    t2.sync()  # stored anyway (nothing is lost), and the other terminal's verify sees it too
    assert [e for _t, e, _w in verify(t2.db).broken] == [adjusted]
