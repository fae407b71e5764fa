"""A campaign made at one counter is honoured at every counter; its offer is used once across them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from terminal import campaigns
from terminal.campaigns import Audience, CampaignError, CampaignProblem, Offer, OfferKind


def test_an_offer_used_at_one_counter_is_gone_at_the_other_after_sync(hub, make_terminal) -> None:
    first, second = make_terminal("T1", hub), make_terminal("T2", hub)
    anna = first.counter.enrol("Anna Rossi").customer.id
    now = first.clock.now()
    made = campaigns.new_campaign("We miss you", Audience.LIST, Offer(OfferKind.BONUS_POINTS, points=40), now,
                                  now + timedelta(days=14), control_share=0)
    campaigns.create(first.counter.writer, made, [anna], first.counter.rules())
    first.sync()
    second.sync()
    assert [o.campaign_id for o in second.counter.customer(anna).offers] == [made.id]  # honoured there too
    second.counter.apply_offer(anna, made.id)
    second.sync()
    first.sync()
    assert first.counter.customer(anna).offers == ()
    with pytest.raises(CampaignError) as refused:
        first.counter.apply_offer(anna, made.id)
    assert refused.value.problem is CampaignProblem.ALREADY_USED
    assert first.counter.customer(anna).points == second.counter.customer(anna).points
    first.assert_rebuild_equal()
