"""The hub: a small Starlette app terminals sync through, which also serves the receipt feedback page.

Terminal requests carry ``Authorization: Bearer <token>``; the hub keeps only the tokens' hashes.
``/health`` and ``/version`` are public and say nothing private; ``/f/<token>`` is authenticated by
the receipt's signed token. Endpoints are plain functions: Starlette runs them in its thread pool,
where each thread has its own database connection.

The hub is a public service, so every request is treated as hostile: the token is checked before
the body is read; bodies, JSON nesting and parameters are bounded; each address and each token is
rate-limited (and wrong tokens more tightly), with log lines about refusals themselves limited;
proxy headers count only from configured proxies. A token's identity is given by its registration:
the hub stores an event only for the terminal id the token is bound to, and each event is checked
against its kind's schema and refused alone, with its reason, while the rest of the push is stored.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from terminal.clock import Clock, SystemClock, iso, to_ms
from terminal.ledger import Kind
from terminal.sync import feedback_page
from terminal.sync.protocol import (
    API_VERSION,
    MAX_BATCH,
    MAX_BODY_BYTES,
    MAX_CURSOR,
    MAX_JSON_DEPTH,
    MAX_PAGE,
    Refusal,
    validate_event,
)
from terminal.sync.ratelimit import RateLimiter
from terminal.sync.schema import EventProblem, check_pushed, depth, hlc_ms
from terminal.sync.store import HubStore, Identity

log = logging.getLogger("sync.hub")
STATE_FILE = "hub-state.json"


def version() -> str:
    try:
        return metadata.version("loyalty-terminal")
    except metadata.PackageNotFoundError:
        return "0.1.0"


class Refused(Exception):
    def __init__(self, status: int, reason: Refusal, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.status, self.reason, self.detail = status, reason, detail

    def response(self) -> JSONResponse:
        return JSONResponse({"error": str(self.reason), "detail": self.detail}, status_code=self.status)


@dataclass
class HubConfig:
    data_dir: Path | None = None  # where hub-state.json lives (restore detection); None: nowhere
    clock: Clock = field(default_factory=SystemClock)
    feedback_limit: int = 20  # requests to /f/ per address ...
    feedback_window_s: float = 600.0  # ... in this many seconds
    request_limit: int = 3000  # requests to /v1 per address and per token ...
    request_window_s: float = 60.0  # ... in this many seconds (a full resync of 100,000 events is ~300)
    bad_token_limit: int = 10  # wrong tokens per address per request window, then 429 without looking
    log_limit: int = 20  # log lines about refused requests per request window; the rest are counted
    # Addresses of reverse proxies whose X-Forwarded-For is believed; nobody else's is (loopback neither).
    trusted_proxies: frozenset[str] = frozenset()


class Hub:
    """The app's state: the store, the clock, the rate limiters and the restore-detection file."""

    def __init__(self, store: HubStore, config: HubConfig | None = None) -> None:
        self.store = store
        self.config = config or HubConfig()
        self.clock = self.config.clock
        config = self.config
        self.limiter = RateLimiter(config.feedback_limit, config.feedback_window_s, self.clock)
        self.address_limiter = RateLimiter(config.request_limit, config.request_window_s, self.clock)
        self.token_limiter = RateLimiter(config.request_limit, config.request_window_s, self.clock)
        self.bad_token_limiter = RateLimiter(config.bad_token_limit, config.request_window_s, self.clock)
        self._log_limiter = RateLimiter(config.log_limit, config.request_window_s, self.clock, max_keys=1)
        self._unlogged = 0
        self._state_lock = threading.Lock()
        self.epoch = store.epoch()
        self.app = Starlette(routes=[
            Route("/health", self._endpoint(self.health, auth=False)),
            Route("/version", self._endpoint(self.version, auth=False)),
            Route("/v1/hello", self._endpoint(self.hello)),
            Route("/v1/push", self._endpoint(self.push, "json"), methods=["POST"]),
            Route("/v1/pull", self._endpoint(self.pull)),
            Route("/v1/redemptions", self._endpoint(self.redeem, "json"), methods=["POST"]),
            Route("/v1/offers", self._endpoint(self.use_offer, "json"), methods=["POST"]),
            Route("/f/{token}", self._endpoint(self.feedback, "form", auth=False), methods=["GET", "POST"]),
        ])

    # -- restore detection -----------------------------------------------------------------------
    def _state_path(self) -> Path | None:
        return self.config.data_dir / STATE_FILE if self.config.data_dir else None

    def check_restored(self) -> bool:
        """A store older than the last one this hub saw was restored from backup: start a new epoch."""
        path = self._state_path()
        if path is None:
            return False
        restored = False
        if path.exists():
            state = json.loads(path.read_text())
            restored = state.get("epoch") != self.epoch or self.store.max_seq() < int(state.get("seq", 0))
        if restored:
            self.epoch = self.store.new_epoch(to_ms(self.clock.now()))
            log.warning("the store is older than the hub last saw (restored from backup?): new epoch %s", self.epoch)
        self._save_state()
        return restored

    def _save_state(self) -> None:
        path = self._state_path()
        if path is None:
            return
        with self._state_lock:
            temporary = path.with_suffix(".tmp")
            temporary.write_text(json.dumps({"epoch": self.epoch, "seq": self.store.max_seq()}))
            os.replace(temporary, path)

    # -- helpers ---------------------------------------------------------------------------------
    def address(self, request: Request) -> str:
        return client_address(request, self.config.trusted_proxies)

    def refusal_log(self, text: str, *args: object) -> None:
        """A warning about a refused request, unless a flood of them already filled this window's share."""
        if self._log_limiter.allow("refusals"):
            unlogged, self._unlogged = self._unlogged, 0
            log.warning(text + (" (%d more refusals not logged)" if unlogged else ""), *args,
                        *((unlogged,) if unlogged else ()))
        else:
            self._unlogged += 1

    def _identity(self, request: Request) -> Identity:
        """The token's terminal, checked before anything of the request's body is read."""
        address = self.address(request)
        if not self.address_limiter.allow(address):
            raise Refused(429, Refusal.RATE_LIMITED, "too many requests from this address")
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        token = token.strip()
        identity = None
        if scheme.lower() == "bearer" and token and len(token) <= 200 and token.isascii():
            identity = self.store.identity_for_token(token)
        if identity is None:
            if not self.bad_token_limiter.allow(address):
                raise Refused(429, Refusal.RATE_LIMITED, "too many wrong tokens from this address")
            self.refusal_log("refused a request from %s: bad or revoked token", address)
            raise Refused(401, Refusal.BAD_TOKEN, "unknown or revoked token")
        if not self.token_limiter.allow(identity.name):
            raise Refused(429, Refusal.RATE_LIMITED, "too many requests for this terminal")
        return identity

    def _bind(self, identity: Identity, terminal_id: str) -> Identity:
        problem = self.store.bind(identity.name, terminal_id)
        if problem:
            self.refusal_log("refused to bind %s to %s: %s", identity.name, terminal_id[:64], problem)
            raise Refused(403, Refusal.BAD_REQUEST, problem)
        return Identity(identity.name, terminal_id, identity.receipt_prefix)

    def _own(self, identity: Identity, events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[EventProblem]]:
        """Identity is given, never claimed: keep the events of the token's own terminal id.

        Other terminals' events come only as relays after the hub was restored from a backup, and only
        if they are older than the restore. A sale cannot carry a receipt number the hub gave another
        terminal.
        """
        relay_before = self.store.relay_before_ms()
        prefixes = self.store.receipt_prefixes() if any(e["kind"] == Kind.SALE for e in events) else {}
        kept: list[dict[str, Any]] = []
        refused: list[EventProblem] = []
        for index, event in enumerate(events):
            if event["terminal_id"] != identity.terminal_id:
                if not hlc_ms(event["hlc"]) < relay_before:
                    refused.append(EventProblem(index, event["id"], "an event of another terminal: a token "
                                                "pushes only its own terminal's events"))
                    continue
            elif event["kind"] == Kind.SALE and isinstance(event["body"].get("receipt_no"), str):
                middle = "-".join(event["body"]["receipt_no"].split("-")[1:-1])
                owner = prefixes.get(middle)
                if owner is not None and owner != identity.name:
                    refused.append(EventProblem(index, event["id"], "the receipt number belongs to another "
                                                "terminal"))
                    continue
            kept.append(event)
        return kept, refused

    # -- endpoints -------------------------------------------------------------------------------
    def health(self, request: Request, identity: Identity | None, payload: Any) -> Response:
        return JSONResponse({"status": "ok"})

    def version(self, request: Request, identity: Identity | None, payload: Any) -> Response:
        return JSONResponse({"version": version(), "api": API_VERSION})

    def hello(self, request: Request, identity: Identity, payload: Any) -> Response:
        """What a terminal needs before syncing: the epoch, its identity and how many of its events the
        hub holds (a terminal that has pushed fewer was restored from a backup), and the shop's secret
        for feedback codes. ``?terminal_id=`` binds the token to the terminal's id on its first sync."""
        claimed = request.query_params.get("terminal_id")
        if claimed is not None and identity.terminal_id != claimed:
            if not claimed or len(claimed) > 64 or not claimed.isascii() or not claimed.isprintable():
                raise Refused(400, Refusal.BAD_REQUEST, "bad terminal_id")
            identity = self._bind(identity, claimed)
        own = self.store.own_events(identity.terminal_id) if identity.terminal_id else 0
        return JSONResponse({"terminal": identity.name, "terminal_id": identity.terminal_id,
                             "receipt_prefix": identity.receipt_prefix, "own_events": own,
                             "epoch": self.epoch, "hub_id": self.store.hub_id(),
                             "shop_secret": self.store.shop_secret(), "api": API_VERSION,
                             "max_batch": MAX_BATCH, "max_page": MAX_PAGE})

    def _checked(self, identity: Identity, raw: Any) -> tuple[Identity, list[dict[str, Any]], list[EventProblem]]:
        good, refused = check_pushed(raw, self.clock.now())
        if identity.terminal_id is None and good:  # a token's first push, without a hello: bind to its id
            identity = self._bind(identity, good[0]["terminal_id"])
        good, foreign = self._own(identity, good)
        return identity, good, sorted(refused + foreign, key=lambda p: p.index)

    def push(self, request: Request, identity: Identity, payload: Any) -> Response:
        raw = payload.get("events") if isinstance(payload, dict) else None
        if not isinstance(raw, list):
            raise Refused(400, Refusal.BAD_REQUEST, "expected an object with a list of 'events'")
        if len(raw) > MAX_BATCH:
            raise Refused(413, Refusal.BATCH_TOO_LARGE, f"more than {MAX_BATCH} events in one push")
        identity, events, refused = self._checked(identity, raw)
        if refused:
            self.refusal_log("push from %s: refused %d events, first %s", identity.name, len(refused), refused[0])
        result = self.store.push(identity.name, events)
        position = {e.get("id"): i for i, e in enumerate(raw) if isinstance(e, dict)}
        if result.conflicts:
            self.refusal_log("push from %s: %d event ids already stored with other content: %s", identity.name,
                             len(result.conflicts), ", ".join(result.conflicts[:10]))
        if result.refused:
            self.refusal_log("push from %s: %d events set aside, their maker's role may not: %s", identity.name,
                             len(result.refused), "; ".join(f"{k}: {v}" for k, v in list(result.refused.items())[:5]))
        if result.chain_problems:
            log.warning("push from %s: %d events break their terminal's hash chain (tampered?): %s", identity.name,
                        len(result.chain_problems), ", ".join(list(result.chain_problems)[:10]))
        if result.stored:
            self._save_state()
        log.info("push from %s: %d stored, %d known, %d refused", identity.name, result.stored, result.known,
                 len(refused) + len(result.refused))
        return JSONResponse({"stored": result.stored, "known": result.known, "conflicts": result.conflicts,
                             "refused": [{"index": p.index, "id": p.event_id, "reason": p.reason} for p in refused]
                             + [{"index": position.get(event_id), "id": event_id, "reason": reason}
                                for event_id, reason in result.refused.items()],
                             "chain_problems": result.chain_problems,
                             "epoch": self.epoch})

    def pull(self, request: Request, identity: Identity, payload: Any) -> Response:
        """``?after=&limit=``: other terminals' events; ``&own=1``: this terminal's own (after a restore)."""
        try:
            after = int(request.query_params.get("after", "0"))
            limit = int(request.query_params.get("limit", str(MAX_PAGE)))
            own = request.query_params.get("own", "0") == "1"
        except ValueError:
            raise Refused(400, Refusal.BAD_REQUEST, "after and limit must be whole numbers") from None
        if not 0 <= after <= MAX_CURSOR:
            raise Refused(400, Refusal.BAD_REQUEST, f"after must be between 0 and {MAX_CURSOR}")
        limit = min(max(limit, 1), MAX_PAGE)
        if own and identity.terminal_id is None:
            page_events, next_cursor, more = [], after, False
        else:
            page = self.store.pull(identity.name, after, limit, own_id=identity.terminal_id if own else None)
            page_events, next_cursor, more = page.events, page.next_cursor, page.more
        # The hub's time: a puller whose own clock is behind still accepts what the hub accepted.
        answer: dict[str, Any] = {"events": page_events, "next": next_cursor, "more": more, "epoch": self.epoch,
                                  "now": iso(self.clock.now())}
        if own and identity.terminal_id is not None:
            answer["own_terminals"] = [identity.terminal_id]  # who this token is: a rebuild may have lost it
        return JSONResponse(answer)

    def redeem(self, request: Request, identity: Identity, payload: Any) -> Response:
        """Confirm a redemption: approved only if the customer's balance on the hub, minus holds, covers it.

        The terminal's unpushed events of the customer come along; a bad one among them is left out
        (the next push sets it aside), never a reason to refuse the redemption.
        """
        try:
            customer_id, stamps, points = payload["customer_id"], payload["stamps"], payload["points"]
            if not isinstance(customer_id, str) or len(customer_id) > 64 or not all(
                    isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10**9 for v in (stamps, points)):
                raise TypeError
            raw = payload.get("pending", [])
            if not isinstance(raw, list) or len(raw) > MAX_BATCH:
                raise TypeError
        except (KeyError, TypeError):
            raise Refused(400, Refusal.BAD_REQUEST, "customer_id, stamps and points expected") from None
        identity, pending, _ = self._checked(identity, raw)
        approved = self.store.confirm_redemption(identity.name, customer_id, stamps, points, pending,
                                                 to_ms(self.clock.now()))
        if pending:
            self._save_state()
        log.info("redemption for %s at %s: %s", customer_id, identity.name, "approved" if approved else "refused")
        return JSONResponse({"approved": approved, "epoch": self.epoch})

    def use_offer(self, request: Request, identity: Identity, payload: Any) -> Response:
        """Confirm one use of a campaign's offer: approved only if no terminal has used it (and kept it) and
        no other terminal was just approved it; the terminal's unpushed events of the customer come along,
        as with a redemption."""
        try:
            customer_id, campaign_id = payload["customer_id"], payload["campaign_id"]
            if not all(isinstance(v, str) and 0 < len(v) <= 64 for v in (customer_id, campaign_id)):
                raise TypeError
            raw = payload.get("pending", [])
            if not isinstance(raw, list) or len(raw) > MAX_BATCH:
                raise TypeError
        except (KeyError, TypeError):
            raise Refused(400, Refusal.BAD_REQUEST, "customer_id and campaign_id expected") from None
        identity, pending, _ = self._checked(identity, raw)
        approved = self.store.confirm_offer(identity.name, customer_id, campaign_id, pending, to_ms(self.clock.now()))
        if pending:
            self._save_state()
        log.info("offer %s for %s at %s: %s", campaign_id, customer_id, identity.name,
                 "approved" if approved else "refused")
        return JSONResponse({"approved": approved, "epoch": self.epoch})

    def feedback(self, request: Request, identity: Identity | None, payload: Any) -> Response:
        return feedback_page.handle(self, request, payload)

    def check_web_event(self, event: dict[str, Any]) -> dict[str, Any]:
        return validate_event(event, self.clock.now())

    # -- the request pipeline ----------------------------------------------------------------------
    def _endpoint(self, handler: Handler, body: str | None = None, *,
                  auth: bool = True) -> Callable[[Request], Awaitable[Response]]:
        """Check the token (in the thread pool: it reads the store), then read and bound the body on the
        event loop, then run the handler in the thread pool. A refusal is an answer, never a 500."""

        async def endpoint(request: Request) -> Response:
            try:
                identity = await run_in_threadpool(self._identity, request) if auth else None
                payload = None
                if body is not None and request.method == "POST":
                    payload = _parse(await _read_body(request), body)
                return await run_in_threadpool(handler, request, identity, payload)
            except Refused as refused:
                return refused.response()

        return endpoint


Handler = Callable[[Request, Any, Any], Response]



async def _read_body(request: Request) -> bytes:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY_BYTES:
        raise Refused(413, Refusal.BATCH_TOO_LARGE, f"request over {MAX_BODY_BYTES} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise Refused(413, Refusal.BATCH_TOO_LARGE, f"request over {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(raw: bytes, kind: str) -> Any:
    try:
        if kind == "json":
            data = json.loads(raw)
            if depth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
                raise Refused(400, Refusal.BAD_REQUEST, f"JSON nested deeper than {MAX_JSON_DEPTH}")
            return data
        return {k: v[0] for k, v in parse_qs(raw.decode("utf-8"), max_num_fields=20).items()}
    except RecursionError:
        raise Refused(400, Refusal.BAD_REQUEST, f"JSON nested deeper than {MAX_JSON_DEPTH}") from None
    except (ValueError, UnicodeDecodeError):
        raise Refused(400, Refusal.BAD_REQUEST, f"the body is not valid {kind}") from None


def client_address(request: Request, trusted_proxies: frozenset[str] = frozenset()) -> str:
    """The peer's address; behind a configured proxy, the last address that proxy saw forwarding for."""
    peer = request.client.host if request.client else "?"
    if peer in trusted_proxies:
        forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",") if part.strip()]
        for address in reversed(forwarded):  # the nearest hop not itself a trusted proxy
            if address not in trusted_proxies:
                return address[:64]
    return peer


def build_app(store: HubStore, config: HubConfig | None = None) -> Starlette:
    return Hub(store, config).app
