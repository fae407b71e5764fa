"""The hub: a small Starlette app terminals sync through, which also serves the receipt feedback page.

Terminal requests carry ``Authorization: Bearer <token>``; the hub keeps only the tokens' hashes.
``/health`` and ``/version`` are public and say nothing private; ``/f/<token>`` is authenticated by
the receipt's signed token. Endpoints are plain functions: Starlette runs them in its thread pool,
where each thread has its own database connection.
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

from terminal.clock import Clock, SystemClock, to_ms
from terminal.sync import feedback_page
from terminal.sync.protocol import (
    API_VERSION,
    MAX_BATCH,
    MAX_BODY_BYTES,
    MAX_PAGE,
    EventProblem,
    Refusal,
    validate_batch,
    validate_event,
)
from terminal.sync.ratelimit import RateLimiter
from terminal.sync.store import HubStore

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


class Hub:
    """The app's state: the store, the clock, the rate limiter and the restore-detection file."""

    def __init__(self, store: HubStore, config: HubConfig | None = None) -> None:
        self.store = store
        self.config = config or HubConfig()
        self.clock = self.config.clock
        self.limiter = RateLimiter(self.config.feedback_limit, self.config.feedback_window_s, self.clock)
        self._state_lock = threading.Lock()
        self.epoch = store.epoch()
        self.app = Starlette(routes=[
            Route("/health", _endpoint(self.health)),
            Route("/version", _endpoint(self.version)),
            Route("/v1/hello", _endpoint(self.hello)),
            Route("/v1/push", _endpoint(self.push, "json"), methods=["POST"]),
            Route("/v1/pull", _endpoint(self.pull)),
            Route("/v1/redemptions", _endpoint(self.redeem, "json"), methods=["POST"]),
            Route("/f/{token}", _endpoint(self.feedback, "form"), methods=["GET", "POST"]),
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
            self.epoch = self.store.new_epoch()
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
    def _terminal(self, request: Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        name = self.store.terminal_for_token(token.strip()) if scheme.lower() == "bearer" and token else None
        if name is None:
            log.warning("refused a request from %s: bad or revoked token", client_address(request))
            raise Refused(401, Refusal.BAD_TOKEN, "unknown or revoked token")
        return name

    # -- endpoints -------------------------------------------------------------------------------
    def health(self, request: Request, payload: Any) -> Response:
        return JSONResponse({"status": "ok"})

    def version(self, request: Request, payload: Any) -> Response:
        return JSONResponse({"version": version(), "api": API_VERSION})

    def hello(self, request: Request, payload: Any) -> Response:
        """What a terminal needs before syncing: the epoch, and the shop's secret for feedback codes."""
        terminal = self._terminal(request)
        return JSONResponse({"terminal": terminal, "epoch": self.epoch, "hub_id": self.store.hub_id(),
                             "shop_secret": self.store.shop_secret(), "api": API_VERSION,
                             "max_batch": MAX_BATCH, "max_page": MAX_PAGE})

    def push(self, request: Request, payload: Any) -> Response:
        terminal = self._terminal(request)
        if not isinstance(payload, dict):
            raise Refused(400, Refusal.BAD_REQUEST, "expected an object with 'events'")
        raw = payload.get("events")
        if isinstance(raw, list) and len(raw) > MAX_BATCH:
            raise Refused(413, Refusal.BATCH_TOO_LARGE, f"more than {MAX_BATCH} events in one push")
        try:
            events = validate_batch(raw, self.clock.now())
        except EventProblem as problem:
            log.warning("refused a push from %s: %s", terminal, problem)
            raise Refused(400, Refusal.BAD_EVENT, str(problem)) from None
        result = self.store.push(terminal, events)
        if result.conflicts:
            log.error("push from %s: %d event ids already stored with other content: %s", terminal,
                      len(result.conflicts), ", ".join(result.conflicts[:10]))
        if result.refused:
            log.warning("push from %s: %d events set aside, their maker's role may not: %s", terminal,
                        len(result.refused), "; ".join(f"{k}: {v}" for k, v in list(result.refused.items())[:5]))
        if result.chain_problems:
            log.warning("push from %s: %d events break their terminal's hash chain (tampered?): %s", terminal,
                      len(result.chain_problems), ", ".join(list(result.chain_problems)[:10]))
        if result.stored:
            self._save_state()
        log.info("push from %s: %d stored, %d known", terminal, result.stored, result.known)
        return JSONResponse({"stored": result.stored, "known": result.known, "conflicts": result.conflicts,
                             "refused": result.refused, "chain_problems": result.chain_problems,
                             "epoch": self.epoch})

    def pull(self, request: Request, payload: Any) -> Response:
        terminal = self._terminal(request)
        try:
            after = int(request.query_params.get("after", "0"))
            limit = min(max(int(request.query_params.get("limit", str(MAX_PAGE))), 1), MAX_PAGE)
        except ValueError:
            raise Refused(400, Refusal.BAD_REQUEST, "after and limit must be whole numbers") from None
        own = request.query_params.get("own") == "1"  # a terminal recovering its lost database
        page = self.store.pull(terminal, after, limit, own=own)
        answer = {"events": page.events, "next": page.next_cursor, "more": page.more, "epoch": self.epoch}
        if own:
            answer["own_terminals"] = list(page.own_terminals)
        return JSONResponse(answer)

    def redeem(self, request: Request, payload: Any) -> Response:
        """Confirm a redemption: approved only if the customer's balance on the hub, minus holds, covers it."""
        terminal = self._terminal(request)
        try:
            customer_id, stamps, points = payload["customer_id"], payload["stamps"], payload["points"]
            if not isinstance(customer_id, str) or not all(
                    isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10**9 for v in (stamps, points)):
                raise TypeError
            pending = validate_batch(payload.get("pending", []), self.clock.now())
        except (KeyError, TypeError):
            raise Refused(400, Refusal.BAD_REQUEST, "customer_id, stamps and points expected") from None
        except EventProblem as problem:
            raise Refused(400, Refusal.BAD_EVENT, str(problem)) from None
        approved = self.store.confirm_redemption(terminal, customer_id, stamps, points, pending,
                                                 to_ms(self.clock.now()))
        if pending:
            self._save_state()
        log.info("redemption for %s at %s: %s", customer_id, terminal, "approved" if approved else "refused")
        return JSONResponse({"approved": approved, "epoch": self.epoch})

    def feedback(self, request: Request, payload: Any) -> Response:
        return feedback_page.handle(self, request, payload)

    def check_web_event(self, event: dict[str, Any]) -> dict[str, Any]:
        return validate_event(event, self.clock.now())


Handler = Callable[[Request, Any], Response]


def _endpoint(handler: Handler, body: str | None = None) -> Callable[[Request], Awaitable[Response]]:
    """Read (and bound) the request body on the event loop, then run the handler in the thread pool."""

    async def endpoint(request: Request) -> Response:
        try:
            payload = None
            if body is not None and request.method == "POST":
                payload = _parse(await _read_body(request), body)
            return await run_in_threadpool(handler, request, payload)
        except Refused as refused:
            return refused.response()

    return endpoint


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
            return json.loads(raw)
        return {k: v[0] for k, v in parse_qs(raw.decode("utf-8"), max_num_fields=20).items()}
    except (ValueError, UnicodeDecodeError):
        raise Refused(400, Refusal.BAD_REQUEST, f"the body is not valid {kind}") from None


def client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


def build_app(store: HubStore, config: HubConfig | None = None) -> Starlette:
    return Hub(store, config).app
