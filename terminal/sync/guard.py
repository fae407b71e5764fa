"""The hub's confirmation of a redemption (``Counter.redemption_guard``) and of a campaign offer's use
(``Counter.offer_guard``).

When the hub answers, it decides: it approves only if the customer's balance there, minus rewards
other terminals were just approved, covers the cost (a conditional write under a lock), so two
terminals cannot both spend the last reward. When it does not answer, the owner's policy decides:
refuse, or allow up to a cap of unconfirmed redemptions per terminal until the next good sync. A
balance that goes negative because of that is kept and flagged, never silently fixed.

A campaign's offer is used once per customer: the hub approves a use only if no terminal has used
it and no other terminal was just approved it. Unreachable, the same policy and the same offline
allowance decide; two uses given offline at two terminals are both kept and counted after the sync.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

import sqlite_utils

from terminal.campaigns import CampaignError, CampaignProblem
from terminal.counter import CounterError, CounterProblem
from terminal.db import meta_get, meta_set, writing
from terminal.loyalty import Reward
from terminal.sync.client import unpushed_of_customer
from terminal.sync.settings import OfflineRedemption, SyncSettings
from terminal.sync.transport import HubConnection, SyncError, SyncProblem

log = logging.getLogger("sync")
CONFIRM_TIMEOUT_S = 3.0  # the cashier is waiting: a slow hub counts as unreachable


class RedemptionRefusal(StrEnum):
    """The detail of CounterError(REDEMPTION_REFUSED), for the UI to put in words."""

    HUB_REFUSED = "hub_refused"  # the balance on the hub does not cover it (spent at another terminal)
    OFFLINE_REFUSED = "offline_refused"  # hub unreachable and the owner's policy is to refuse
    OFFLINE_CAP = "offline_cap"  # hub unreachable and this terminal used up its offline allowance


class HubRedemptionGuard:
    """Call it on the counter's thread: it reads the counter's own database connection."""

    def __init__(self, db: sqlite_utils.Database, settings: SyncSettings,
                 connect: Callable[[], HubConnection] | None = None) -> None:
        self.db = db
        self.settings = settings
        self._connect = connect or (lambda: HubConnection(settings.hub_url, settings.token,
                                                          timeout=CONFIRM_TIMEOUT_S, attempts=1))

    def __call__(self, customer_id: str, reward: Reward) -> None:
        pending = unpushed_of_customer(self.db, customer_id)
        try:
            with self._connect() as hub:
                approved = hub.confirm_redemption(customer_id, reward.cost_stamps, reward.cost_points, pending)
        except SyncError as error:
            if error.problem in (SyncProblem.UNREACHABLE, SyncProblem.HUB_ERROR):
                self._offline(customer_id)
                return
            raise CounterError(CounterProblem.REDEMPTION_REFUSED, RedemptionRefusal.HUB_REFUSED) from error
        if not approved:
            raise CounterError(CounterProblem.REDEMPTION_REFUSED, RedemptionRefusal.HUB_REFUSED)

    def offer(self, customer_id: str, campaign_id: str) -> None:
        """Before an offer is applied here: the hub's approval, or the offline policy; raises to refuse."""
        pending = unpushed_of_customer(self.db, customer_id)
        try:
            with self._connect() as hub:
                approved = hub.confirm_offer(customer_id, campaign_id, pending)
        except SyncError as error:
            if error.problem not in (SyncProblem.UNREACHABLE, SyncProblem.HUB_ERROR):
                raise CampaignError(CampaignProblem.ALREADY_USED, "the hub refused") from error
            try:
                self._offline(customer_id)  # the same policy and allowance as rewards
            except CounterError as refused:
                problem = (CampaignProblem.OFFLINE_CAP if refused.detail == RedemptionRefusal.OFFLINE_CAP
                           else CampaignProblem.OFFLINE_REFUSED)
                raise CampaignError(problem, campaign_id) from None
            return
        if not approved:
            raise CampaignError(CampaignProblem.ALREADY_USED, "the hub says it was used at another counter")

    def _offline(self, customer_id: str) -> None:
        if self.settings.offline_redemption == OfflineRedemption.REFUSE:
            raise CounterError(CounterProblem.REDEMPTION_REFUSED, RedemptionRefusal.OFFLINE_REFUSED)
        used = int(meta_get(self.db, "sync_offline_redemptions") or 0)
        if used >= self.settings.offline_cap:
            raise CounterError(CounterProblem.REDEMPTION_REFUSED, RedemptionRefusal.OFFLINE_CAP)
        with writing(self.db):
            meta_set(self.db, "sync_offline_redemptions", str(used + 1))
        log.warning("hub unreachable: redemption for %s allowed offline (%d of %d)", customer_id, used + 1,
                    self.settings.offline_cap)


def install(counter: object, settings: SyncSettings) -> None:
    """Give a Counter the hub's confirmation when a hub is configured (and take it away when not)."""
    guard = HubRedemptionGuard(counter.db, settings) if settings.configured else None  # type: ignore[attr-defined]
    counter.redemption_guard = guard  # type: ignore[attr-defined]
    counter.offer_guard = guard.offer if guard is not None else None  # type: ignore[attr-defined]
