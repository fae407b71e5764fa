"""The terminal's HTTP connection to the hub: authenticated requests, retries with backoff, reasons.

Every failure becomes a :class:`SyncError` with a :class:`SyncProblem` the UI puts in words. Network
errors, 5xx and 429 are retried with exponential backoff; a refusal (4xx) is not, because sending
the same thing again would be refused again.
"""

from __future__ import annotations

import functools
import logging
import ssl
import time
from collections.abc import Callable
from enum import StrEnum
from typing import Any

import httpx

log = logging.getLogger("sync")


class SyncProblem(StrEnum):
    NOT_CONFIGURED = "not_configured"
    UNREACHABLE = "unreachable"  # no network, hub down, timeout
    BAD_TOKEN = "bad_token"  # unknown or revoked token
    REFUSED = "refused"  # the hub refused what we sent (a bad event, too large)
    HUB_ERROR = "hub_error"  # the hub failed (5xx) every time we tried
    EPOCH_CHANGED = "epoch_changed"  # the hub was restored during the round: the next round starts over


class SyncError(Exception):
    def __init__(self, problem: SyncProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


class HubConnection:
    def __init__(self, url: str, token: str, *, timeout: float = 10.0, attempts: int = 4, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep, transport: httpx.BaseTransport | None = None) -> None:
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self._sleep = sleep
        self._client = httpx.Client(base_url=url.rstrip("/"), timeout=timeout, transport=transport,
                                    headers={"Authorization": f"Bearer {token}"}, verify=_tls_context())

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HubConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        """The decoded JSON answer; retried on network errors and hub failures, SyncError when it gives up."""
        problem, detail = SyncProblem.UNREACHABLE, ""
        for attempt in range(self.attempts):
            if attempt:
                self._sleep(self.backoff * 2 ** (attempt - 1))
            try:
                response = self._client.request(method, path, **kwargs)
            except httpx.TransportError as error:
                problem, detail = SyncProblem.UNREACHABLE, type(error).__name__
                log.info("hub %s %s: %s (attempt %d)", method, path, detail, attempt + 1)
                continue
            if response.status_code >= 500 or response.status_code == 429:
                problem, detail = SyncProblem.HUB_ERROR, f"HTTP {response.status_code}"
                log.info("hub %s %s: %s (attempt %d)", method, path, detail, attempt + 1)
                continue
            if response.status_code == 401:
                raise SyncError(SyncProblem.BAD_TOKEN, _detail(response))
            if response.status_code >= 400:
                raise SyncError(SyncProblem.REFUSED, _detail(response))
            return response.json()
        raise SyncError(problem, detail)

    def hello(self, terminal_id: str | None = None) -> dict[str, Any]:
        """The hub's epoch and this terminal's identity; ``terminal_id`` binds the token on the first sync."""
        return self.request("GET", "/v1/hello", params={"terminal_id": terminal_id} if terminal_id else None)

    def push(self, events: list[dict[str, Any]]) -> dict[str, Any]:
        return self.request("POST", "/v1/push", json={"events": events})

    def pull(self, after: int, limit: int, *, own: bool = False) -> dict[str, Any]:
        """Other terminals' events after the cursor; with ``own``, this terminal's own (after a restore)."""
        params: dict[str, Any] = {"after": after, "limit": limit}
        if own:
            params["own"] = 1
        return self.request("GET", "/v1/pull", params=params)

    def confirm_redemption(self, customer_id: str, stamps: int, points: int,
                           pending: list[dict[str, Any]]) -> bool:
        answer = self.request("POST", "/v1/redemptions", json={"customer_id": customer_id, "stamps": stamps,
                                                               "points": points, "pending": pending})
        return bool(answer.get("approved"))

    def confirm_offer(self, customer_id: str, campaign_id: str, pending: list[dict[str, Any]]) -> bool:
        """Ask the hub for one use of a campaign's offer: approved only if no terminal has used it."""
        answer = self.request("POST", "/v1/offers", json={"customer_id": customer_id, "campaign_id": campaign_id,
                                                          "pending": pending})
        return answer.get("approved") is True


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Loading the certificate store takes ~70 ms: once per process, not once per connection."""
    return httpx.create_ssl_context()


def _detail(response: httpx.Response) -> str:
    try:
        data = response.json()
        return f"{data.get('error', '')}: {data.get('detail', '')}".strip(": ")
    except ValueError:
        return f"HTTP {response.status_code}"
