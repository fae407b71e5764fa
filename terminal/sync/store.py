"""The hub's store: one interface, two databases (an SQLite file for a shop, PostgreSQL for a chain).

The logic lives here, in portable SQL written with ``?`` placeholders; each store supplies its
connection, its schema and its *write transaction*, which must serialise writers so that the
sequence numbers it assigns become visible in commit order (the pull cursor relies on it).
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import time
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from terminal.chain import check_push
from terminal.ids import uuid7
from terminal.ledger import Kind
from terminal.sync.protocol import SCRUBBED_KINDS, WIRE_FIELDS, canonical_body, same_event
from terminal.sync.roles import STATE_KEY, StaffState

log = logging.getLogger("sync")
HUB_TERMINAL = "@hub"  # who "pushed" the hub's own events (web ratings): every terminal pulls them
HOLD_TTL_MS = 30 * 60 * 1000  # a confirmed redemption the terminal never pushed stops counting after this
ERASED_BODY = '{"erased":true}'
_COLUMNS = ", ".join(WIRE_FIELDS)
CHAIN_KEY = "chain:"  # hub_meta: "chain:<terminal id>" holds that terminal's newest link
# The hub's tables that ever hold a customer's personal data (in the event bodies), so the ones an erasure's
# scrub rewrites: balances, receipts, holds, ratings and erasures keep only ids and numbers, hub_meta the
# staff ids and roles and the chain heads.
SCRUBBED_TABLES = ("events",)


class TerminalExists(ValueError):
    pass


@dataclass
class PushResult:
    stored: int = 0
    known: int = 0
    conflicts: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # event id -> why its maker's role may not
    chain_problems: dict[str, str] = field(default_factory=dict)  # event id -> how its hash chain broke


@dataclass
class Page:
    events: list[dict[str, Any]]
    next_cursor: int
    more: bool


@dataclass(frozen=True)
class TerminalInfo:
    name: str
    created_ms: int
    revoked: bool
    receipt_prefix: str = ""
    terminal_id: str | None = None


@dataclass(frozen=True)
class Identity:
    """Who a token is: the name it was registered under, the terminal id it is bound to (on its first
    sync), and the receipt prefix the hub gave it. Events are stored only for this terminal id."""

    name: str
    terminal_id: str | None
    receipt_prefix: str


def hash_token(token: str) -> str:
    """Tokens are 256 random bits, so a plain SHA-256 is enough: the hub never keeps them in clear."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _wire_from_row(row: Sequence[Any]) -> dict[str, Any]:
    event = dict(zip(WIRE_FIELDS, row, strict=False))
    event["body"] = json.loads(event["body"])
    return event


class HubStore(ABC):
    """What the hub keeps: terminals, the event log in hub order, balances, holds, ratings and meta."""

    placeholder = "?"

    def __init__(self, *, commit_order_guard: bool = True) -> None:
        self.commit_order_guard = commit_order_guard

    # -- what each database supplies ------------------------------------------------------------
    @abstractmethod
    def _write(self) -> AbstractContextManager[Any]:
        """A transaction that excludes every other writer until it commits; yields a cursor."""

    @abstractmethod
    def _read(self) -> AbstractContextManager[Any]:
        """A read transaction; yields a cursor."""

    @abstractmethod
    def close(self) -> None: ...

    def _sql(self, text: str) -> str:
        return text if self.placeholder == "?" else text.replace("?", self.placeholder)

    def _in(self, values: Sequence[Any]) -> str:
        return "(" + ", ".join(["?"] * len(values)) + ")"

    def _run(self, cur: Any, text: str, params: Sequence[Any] = ()) -> Any:
        cur.execute(self._sql(text), tuple(params))
        return cur

    def _run_many(self, cur: Any, text: str, rows: list[Sequence[Any]]) -> None:
        if rows:
            cur.executemany(self._sql(text), rows)

    def _insert_rows(self, cur: Any, table: str, columns: Sequence[str], rows: list[Sequence[Any]],
                     conflict: str) -> None:
        """Many rows in one go; PostgreSQL does it in one statement (see its store)."""
        marks = ", ".join(["?"] * len(columns))
        self._run_many(cur, f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) {conflict}", rows)

    # -- schema ----------------------------------------------------------------------------------
    def _upgrade_to_2(self, cur: Any) -> None:
        """Identity: each terminal's bound id and its receipt prefix (existing ones numbered in order)."""
        for statement in SCHEMA_V2:
            self._run(cur, statement)
        names = [r[0] for r in self._run(cur, "SELECT name FROM terminals ORDER BY created_ms, name").fetchall()]
        for number, name in enumerate(names, start=1):
            self._run(cur, "UPDATE terminals SET receipt_prefix = ? WHERE name = ?", [str(number), name])

    def _add_offer_uses(self, cur: Any) -> None:
        """Offer uses: the tables, filled from the offer_used events and reversals stored so far."""
        for statement in SCHEMA_OFFERS:
            self._run(cur, statement)
        rows = self._run(cur, "SELECT id, terminal_id, ts, hlc, kind, customer_id, stamps, points, amount, ref_id, "
                              "body, pushed_by FROM events WHERE kind IN (?, ?) ORDER BY seq",
                         [Kind.OFFER_USED, Kind.REVERSAL]).fetchall()
        by_terminal: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            by_terminal[row[-1]].append(_wire_from_row(row[:-1]))
        for terminal, events in by_terminal.items():
            self._remember_offer_uses(cur, terminal, events)

    # -- meta ------------------------------------------------------------------------------------
    def _meta(self, cur: Any, key: str) -> str | None:
        row = self._run(cur, "SELECT value FROM hub_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _meta_set(self, cur: Any, key: str, value: str) -> None:
        self._run(cur, "INSERT INTO hub_meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    def _init_meta(self) -> None:
        with self._write() as cur:
            for key, make in (("hub_id", uuid7), ("epoch", uuid7), ("shop_secret", lambda: secrets.token_hex(32))):
                if self._meta(cur, key) is None:
                    self._meta_set(cur, key, make())

    def meta(self, key: str) -> str:
        with self._read() as cur:
            value = self._meta(cur, key)
        assert value is not None, key
        return value

    def epoch(self) -> str:
        return self.meta("epoch")

    def new_epoch(self, now_ms: int | None = None) -> str:
        """After a restore from backup: terminals that see the change push everything and pull from zero.

        Until now, terminals may hand back other terminals' events (a dead terminal's sales live on in
        the others' logs): events stamped before this moment are accepted from any terminal.
        """
        epoch = uuid7()
        with self._write() as cur:
            self._meta_set(cur, "epoch", epoch)
            self._meta_set(cur, "relay_before_ms", str(now_ms if now_ms is not None else int(time.time() * 1000)))
        return epoch

    def relay_before_ms(self) -> int:
        """Events of other terminals stamped before this are accepted as relays (0: none, never restored)."""
        with self._read() as cur:
            value = self._meta(cur, "relay_before_ms")
        return int(value) if value else 0

    def shop_secret(self) -> str:
        return self.meta("shop_secret")

    def hub_id(self) -> str:
        return self.meta("hub_id")

    def max_seq(self) -> int:
        with self._read() as cur:
            return self._run(cur, "SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]

    # -- terminals -------------------------------------------------------------------------------
    def add_terminal(self, name: str, now_ms: int) -> str:
        """Register a terminal: a new token, and the next receipt prefix of the shop (1, 2, 3 ...)."""
        if not name.strip() or name.startswith("@") or len(name) > 64 or not name.isprintable():
            raise ValueError("a terminal's name is 1-64 characters and does not start with @")
        token = secrets.token_urlsafe(32)
        with self._write() as cur:
            if self._run(cur, "SELECT 1 FROM terminals WHERE name = ?", [name]).fetchone():
                raise TerminalExists(name)
            prefixes = [r[0] for r in self._run(cur, "SELECT receipt_prefix FROM terminals").fetchall()]
            number = max((int(p) for p in prefixes if p and p.isdigit()), default=0) + 1
            self._run(cur, "INSERT INTO terminals (name, token_hash, created_ms, revoked, receipt_prefix) "
                           "VALUES (?, ?, ?, 0, ?)", [name, hash_token(token), now_ms, str(number)])
        return token

    def revoke_terminal(self, name: str) -> bool:
        with self._write() as cur:
            return self._run(cur, "UPDATE terminals SET revoked = 1 WHERE name = ? AND revoked = 0",
                             [name]).rowcount > 0

    def terminals(self) -> list[TerminalInfo]:
        with self._read() as cur:
            rows = self._run(cur, "SELECT name, created_ms, revoked, receipt_prefix, terminal_id FROM terminals "
                                  "ORDER BY name").fetchall()
        return [TerminalInfo(r[0], r[1], bool(r[2]), r[3] or "", r[4]) for r in rows]

    def terminal_for_token(self, token: str) -> str | None:
        identity = self.identity_for_token(token)
        return identity.name if identity else None

    def identity_for_token(self, token: str) -> Identity | None:
        with self._read() as cur:
            row = self._run(cur, "SELECT name, terminal_id, receipt_prefix FROM terminals "
                                 "WHERE token_hash = ? AND revoked = 0", [hash_token(token)]).fetchone()
        return Identity(row[0], row[1], row[2] or "") if row else None

    def bind(self, name: str, terminal_id: str) -> str | None:
        """Bind a registered terminal to the id its events carry, once; a reason when that is not allowed.

        An id already bound to another live terminal cannot be taken (a revoked one's can: the same
        till re-registered with a new token), and a bound terminal cannot change its id.
        """
        if terminal_id.startswith("@"):
            return "a terminal id does not start with @"
        with self._write() as cur:
            if terminal_id == self._meta(cur, "hub_id"):
                return "that id is the hub's"
            row = self._run(cur, "SELECT terminal_id FROM terminals WHERE name = ?", [name]).fetchone()
            if row is None:
                return "unknown terminal"
            if row[0] is not None:
                return None if row[0] == terminal_id else f"this token belongs to terminal id {row[0]}"
            taken = self._run(cur, "SELECT name FROM terminals WHERE terminal_id = ? AND revoked = 0 AND name <> ?",
                              [terminal_id, name]).fetchone()
            if taken:
                return f"terminal id {terminal_id} belongs to the registered terminal {taken[0]!r}"
            self._run(cur, "UPDATE terminals SET terminal_id = ? WHERE name = ?", [terminal_id, name])
        return None

    def receipt_prefixes(self) -> dict[str, str]:
        """Every prefix the hub gave, and to which terminal name."""
        with self._read() as cur:
            rows = self._run(cur, "SELECT receipt_prefix, name FROM terminals WHERE receipt_prefix IS NOT NULL")
            return {r[0]: r[1] for r in rows.fetchall()}

    def own_events(self, terminal_id: str) -> int:
        """How many events of this terminal id the hub holds: a terminal with fewer was restored."""
        with self._read() as cur:
            row = self._run(cur, "SELECT events FROM hub_terminal_events WHERE terminal_id = ?",
                            [terminal_id]).fetchone()
        return int(row[0]) if row else 0

    # -- push ------------------------------------------------------------------------------------
    def push(self, terminal: str, events: list[dict[str, Any]]) -> PushResult:
        """Store validated events once each, in one transaction; the same id with other content is a conflict."""
        with self._write() as cur:
            return self._push(cur, terminal, events)

    def _push(self, cur: Any, terminal: str, events: list[dict[str, Any]]) -> PushResult:
        if not events:
            return PushResult()
        ids = [e["id"] for e in events]
        stored = {row[0]: _wire_from_row(row) for row in self._run(
            cur, f"SELECT {_COLUMNS} FROM events WHERE id IN {self._in(ids)}", ids).fetchall()}
        fresh = [e for e in events if e["id"] not in stored]
        conflicts = [e["id"] for e in events if e["id"] in stored and not same_event(stored[e["id"]], e)]
        fresh, refused = self._judge_roles(cur, fresh)
        chain_problems = self._check_chains(cur, fresh)
        self._insert_rows(cur, "events", (*WIRE_FIELDS, "pushed_by"),
                          [[*(e[name] for name in WIRE_FIELDS[:-1]), canonical_body(e["body"]), terminal]
                           for e in fresh], "ON CONFLICT (id) DO NOTHING")
        self._project(cur, terminal, fresh)
        return PushResult(stored=len(fresh), known=len(events) - len(fresh) - len(refused), conflicts=conflicts,
                          refused=refused, chain_problems=chain_problems)

    def _check_chains(self, cur: Any, fresh: list[dict[str, Any]]) -> dict[str, str]:
        """Each terminal's hash chain, link by link (terminal.chain): a break is stored but reported."""
        # One row per terminal, written only when its head moves: pushes of different terminals never
        # wait for each other here.
        terminals = sorted({e["terminal_id"] for e in fresh})
        state = {t: head for t in terminals if (head := self._meta(cur, CHAIN_KEY + t)) is not None}
        before = dict(state)
        problems = dict(check_push(state, fresh))
        for terminal, head in state.items():
            if before.get(terminal) != head:
                self._meta_set(cur, CHAIN_KEY + terminal, head)
        return problems

    def _judge_roles(self, cur: Any, fresh: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """Set aside what the named staff member's role does not allow (terminal.sync.roles)."""
        state = StaffState.load(self._meta(cur, STATE_KEY))
        kept, refused, changed = [], {}, False
        for e in fresh:
            reason = state.refusal(e)
            if reason is not None:
                refused[e["id"]] = reason
                continue
            changed = state.observe(e) or changed
            kept.append(e)
        if changed:
            self._meta_set(cur, STATE_KEY, state.dump())
        return kept, refused

    def _project(self, cur: Any, terminal: str, fresh: list[dict[str, Any]]) -> None:
        """Keep the hub's balances, receipts, erasures and holds in step with the new events."""
        per_terminal: dict[str, int] = defaultdict(int)
        for e in fresh:
            per_terminal[e["terminal_id"]] += 1
        self._insert_rows(cur, "hub_terminal_events", ("terminal_id", "events"), list(map(list, per_terminal.items())),
                          "ON CONFLICT (terminal_id) DO UPDATE SET events = hub_terminal_events.events + "
                          "excluded.events")
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for e in fresh:
            if e["customer_id"] is not None and (e["stamps"] or e["points"]):
                totals[e["customer_id"]][0] += e["stamps"]
                totals[e["customer_id"]][1] += e["points"]
        self._insert_rows(cur, "hub_balances", ("customer_id", "stamps", "points"),
                          [[cid, s, p] for cid, (s, p) in totals.items()],
                          "ON CONFLICT (customer_id) DO UPDATE SET stamps = hub_balances.stamps + excluded.stamps, "
                          "points = hub_balances.points + excluded.points")
        self._insert_rows(cur, "hub_receipts", ("receipt_no", "sale_id", "customer_id"),
                          [[e["body"]["receipt_no"], e["id"], e["customer_id"]] for e in fresh
                           if e["kind"] == Kind.SALE and isinstance(e["body"].get("receipt_no"), str)],
                          "ON CONFLICT (receipt_no) DO NOTHING")
        self._remember_ratings(cur, [e for e in fresh if e["kind"] == Kind.RATING])
        erased = {e["customer_id"] for e in fresh if e["kind"] == Kind.CUSTOMER_ERASED and e["customer_id"]}
        self._run_many(cur, "INSERT INTO hub_erased (customer_id) VALUES (?) ON CONFLICT (customer_id) DO NOTHING",
                       [[cid] for cid in erased])
        touched = sorted({e["customer_id"] for e in fresh if e["customer_id"]
                          and e["kind"] in (*SCRUBBED_KINDS, Kind.RATING, Kind.CUSTOMER_ERASED)})
        if touched:
            self._scrub(cur, touched)
        for e in fresh:
            if e["kind"] == Kind.REWARD_REDEEMED and e["customer_id"]:
                self._consume_hold(cur, terminal, e["customer_id"])
        self._remember_offer_uses(cur, terminal, [e for e in fresh if e["kind"] in (Kind.OFFER_USED, Kind.REVERSAL)])

    def _remember_offer_uses(self, cur: Any, terminal: str, events: list[dict[str, Any]]) -> None:
        """Each one-time offer use, the claim it fulfils, and the reversals that give an offer back.

        A second use of the same offer (two terminals that both gave it while they could not reach the
        hub) is stored as every event is, and logged: like a reward redeemed twice offline, it is kept
        and counted (the campaign report's ``used_twice``), never dropped or silently undone.
        """
        for e in events:
            if e["kind"] == Kind.REVERSAL:
                if e["ref_id"]:
                    self._run(cur, "UPDATE hub_offer_uses SET reversed = 1 WHERE event_id = ?", [e["ref_id"]])
                continue
            campaign_id, offer = e["body"].get("campaign_id"), e["body"].get("offer")
            if not e["customer_id"] or not isinstance(campaign_id, str) or offer == "happy_hours":
                continue
            key = [e["customer_id"], campaign_id]
            if self._run(cur, "SELECT 1 FROM hub_offer_uses WHERE customer_id = ? AND campaign_id = ? AND reversed = 0",
                         key).fetchone():
                log.warning("offer %s used a second time for %s (terminal %s, offline?): kept and counted",
                            campaign_id, e["customer_id"], terminal)
            self._run(cur, "INSERT INTO hub_offer_uses (event_id, customer_id, campaign_id, terminal, reversed) "
                           "VALUES (?, ?, ?, ?, 0) ON CONFLICT (event_id) DO NOTHING", [e["id"], *key, terminal])
            self._run(cur, "UPDATE hub_offer_claims SET consumed = 1 WHERE terminal = ? AND customer_id = ? "
                           "AND campaign_id = ?", [terminal, *key])

    def _remember_ratings(self, cur: Any, ratings: list[dict[str, Any]]) -> None:
        """A rating counts once per receipt: remember which receipts have one, whoever recorded it."""
        for e in ratings:
            receipt_no = e["body"].get("receipt_no")
            if not isinstance(receipt_no, str) and e["ref_id"]:
                row = self._run(cur, "SELECT receipt_no FROM hub_receipts WHERE sale_id = ?", [e["ref_id"]]).fetchone()
                receipt_no = row[0] if row else None
            if isinstance(receipt_no, str):
                self._run(cur, "INSERT INTO hub_rated (receipt_no) VALUES (?) ON CONFLICT (receipt_no) DO NOTHING",
                          [receipt_no])

    def _scrub(self, cur: Any, customers: list[str]) -> None:
        """Erasure reaches the hub too: personal data of erased customers leaves the stored bodies."""
        erased = [r[0] for r in self._run(
            cur, f"SELECT customer_id FROM hub_erased WHERE customer_id IN {self._in(customers)}", customers)]
        if not erased:
            return
        self._scrubbed()
        self._run(cur, f"UPDATE events SET body = ? WHERE kind IN (?, ?) AND customer_id IN {self._in(erased)} "
                       "AND body <> ?", [ERASED_BODY, *SCRUBBED_KINDS, *erased, ERASED_BODY])
        for seq, body in self._run(cur, f"SELECT seq, body FROM events WHERE kind = ? AND customer_id IN "
                                        f"{self._in(erased)} AND body LIKE ?",
                                   [Kind.RATING, *erased, '%"comment"%']).fetchall():
            data = json.loads(body)
            data.pop("comment", None)
            self._run(cur, "UPDATE events SET body = ? WHERE seq = ?", [canonical_body(data), seq])

    def _scrubbed(self) -> None:
        """The open write transaction scrubbed personal data (in SCRUBBED_TABLES): each store cleans its files
        after the commit (SQLite: its WAL checkpointed; PostgreSQL: the dead rows vacuumed)."""
        return None

    # -- pull ------------------------------------------------------------------------------------
    def pull(self, terminal: str, after: int, limit: int, *, own_id: str | None = None) -> Page:
        """Events after the cursor in hub order, without the caller's own; the cursor never passes a gap.

        With ``own_id``, only the events of that terminal id instead: what a restored terminal lost.
        """
        with self._read() as cur:
            head = self._run(cur, "SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
            which, value = ("terminal_id = ?", own_id) if own_id is not None else ("pushed_by <> ?", terminal)
            rows = self._run(cur, f"SELECT seq, {_COLUMNS} FROM events WHERE seq > ? AND seq <= ? "
                                  f"AND {which} ORDER BY seq LIMIT ?",
                             [after, head, value, limit]).fetchall()
        events = [_wire_from_row(row[1:]) for row in rows]
        full = len(rows) == limit
        next_cursor = rows[-1][0] if full else max(head, after)
        return Page(events=events, next_cursor=next_cursor, more=full)

    # -- balances --------------------------------------------------------------------------------
    def balances(self) -> dict[str, tuple[int, int]]:
        with self._read() as cur:
            rows = self._run(cur, "SELECT customer_id, stamps, points FROM hub_balances").fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    # -- redemption ------------------------------------------------------------------------------
    def confirm_redemption(self, terminal: str, customer_id: str, stamps: int, points: int,
                           pending: list[dict[str, Any]], now_ms: int) -> bool:
        """The conditional write: approve (and hold) the cost only if the balance minus open holds covers it.

        The terminal's not-yet-pushed events of the customer come along and are stored first, so the
        balance the hub checks is at least the one the cashier sees.
        """
        with self._write() as cur:
            self._push(cur, terminal, pending)
            self._lock_customer(cur, customer_id)
            row = self._run(cur, "SELECT stamps, points FROM hub_balances WHERE customer_id = ?",
                            [customer_id]).fetchone()
            have_stamps, have_points = row if row else (0, 0)
            held = self._run(cur, "SELECT COALESCE(SUM(stamps), 0), COALESCE(SUM(points), 0) FROM hub_holds "
                                  "WHERE customer_id = ? AND consumed = 0 AND created_ms > ?",
                             [customer_id, now_ms - HOLD_TTL_MS]).fetchone()
            if have_stamps - held[0] < stamps or have_points - held[1] < points:
                return False
            self._run(cur, "INSERT INTO hub_holds (id, terminal, customer_id, stamps, points, created_ms, consumed) "
                           "VALUES (?, ?, ?, ?, ?, ?, 0)", [uuid7(), terminal, customer_id, stamps, points, now_ms])
            return True

    def confirm_offer(self, terminal: str, customer_id: str, campaign_id: str, pending: list[dict[str, Any]],
                      now_ms: int) -> bool:
        """Approve one use of a campaign's offer only if no terminal has used it (and kept it) and no other
        terminal holds a fresh approval for it; the approval is held until this terminal pushes the use.

        As with a redemption, the terminal's unpushed events of the customer come first, so a use made
        here before (and an undo of it) counts.
        """
        with self._write() as cur:
            self._push(cur, terminal, pending)
            self._lock_customer(cur, customer_id)
            key = [customer_id, campaign_id]
            if self._run(cur, "SELECT 1 FROM hub_offer_uses WHERE customer_id = ? AND campaign_id = ? AND reversed = 0",
                         key).fetchone():
                return False
            if self._run(cur, "SELECT 1 FROM hub_offer_claims WHERE customer_id = ? AND campaign_id = ? "
                              "AND consumed = 0 AND created_ms > ? AND terminal <> ?",
                         [*key, now_ms - HOLD_TTL_MS, terminal]).fetchone():
                return False
            self._run(cur, "INSERT INTO hub_offer_claims (id, terminal, customer_id, campaign_id, created_ms, "
                           "consumed) VALUES (?, ?, ?, ?, ?, 0)", [uuid7(), terminal, *key, now_ms])
            return True

    def offer_uses(self, customer_id: str, campaign_id: str) -> list[tuple[str, str, bool]]:
        """(event id, terminal, reversed) of each stored use of an offer, in the hub's order: the first is
        the one the hub accepted."""
        with self._read() as cur:
            rows = self._run(cur, "SELECT u.event_id, u.terminal, u.reversed FROM hub_offer_uses u "
                                  "JOIN events e ON e.id = u.event_id WHERE u.customer_id = ? AND u.campaign_id = ? "
                                  "ORDER BY e.seq", [customer_id, campaign_id]).fetchall()
        return [(r[0], r[1], bool(r[2])) for r in rows]

    def _lock_customer(self, cur: Any, customer_id: str) -> None:
        """Writers are serialised already; PostgreSQL without the global guard locks the customer here."""
        return None

    def _consume_hold(self, cur: Any, terminal: str, customer_id: str) -> None:
        row = self._run(cur, "SELECT id FROM hub_holds WHERE terminal = ? AND customer_id = ? AND consumed = 0 "
                             "ORDER BY created_ms LIMIT 1", [terminal, customer_id]).fetchone()
        if row:
            self._run(cur, "UPDATE hub_holds SET consumed = 1 WHERE id = ?", [row[0]])

    # -- the feedback page's ratings -------------------------------------------------------------
    def sale_for_receipt(self, receipt_no: str) -> tuple[str, str | None] | None:
        with self._read() as cur:
            row = self._run(cur, "SELECT sale_id, customer_id FROM hub_receipts WHERE receipt_no = ?",
                            [receipt_no]).fetchone()
        return (row[0], row[1]) if row else None

    def is_rated(self, receipt_no: str) -> bool:
        with self._read() as cur:
            return self._run(cur, "SELECT 1 FROM hub_rated WHERE receipt_no = ?", [receipt_no]).fetchone() is not None

    def latest_setting(self, key: str) -> Any:
        """The owner's newest value of a shop setting (by HLC), as the terminals' settings events carry it."""
        with self._read() as cur:
            rows = self._run(cur, "SELECT body FROM events WHERE kind = ? ORDER BY hlc DESC",
                             [Kind.SETTINGS_CHANGED]).fetchall()
        for (body,) in rows:
            settings = json.loads(body).get("settings", {})
            if key in settings:
                return settings[key]
        return None

    def add_rating(self, receipt_no: str, event: dict[str, Any]) -> bool:
        """Store a web rating unless the receipt has one already; the terminals get it on their next pull."""
        with self._write() as cur:
            if self._run(cur, "SELECT 1 FROM hub_rated WHERE receipt_no = ?", [receipt_no]).fetchone():
                return False
            self._push(cur, HUB_TERMINAL, [event])
            return True


SCHEMA_TABLES = """
CREATE TABLE IF NOT EXISTS hub_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS terminals (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE,
    created_ms BIGINT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS hub_balances (customer_id TEXT PRIMARY KEY, stamps BIGINT NOT NULL DEFAULT 0,
    points BIGINT NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS hub_receipts (receipt_no TEXT PRIMARY KEY, sale_id TEXT NOT NULL, customer_id TEXT);
CREATE INDEX IF NOT EXISTS hub_receipts_sale ON hub_receipts (sale_id);
CREATE TABLE IF NOT EXISTS hub_rated (receipt_no TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS hub_erased (customer_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS hub_holds (id TEXT PRIMARY KEY, terminal TEXT NOT NULL, customer_id TEXT NOT NULL,
    stamps BIGINT NOT NULL, points BIGINT NOT NULL, created_ms BIGINT NOT NULL, consumed INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS hub_holds_customer ON hub_holds (customer_id, consumed);
CREATE INDEX IF NOT EXISTS events_customer_kind ON events (customer_id, kind);
"""

# Version 2: identity (a terminal's bound id and receipt prefix) and the index a restored terminal's
# pull of its own events runs on.
SCHEMA_V2 = (
    "ALTER TABLE terminals ADD COLUMN terminal_id TEXT",
    "ALTER TABLE terminals ADD COLUMN receipt_prefix TEXT",
    "CREATE UNIQUE INDEX IF NOT EXISTS terminals_prefix ON terminals (receipt_prefix)",
    "CREATE INDEX IF NOT EXISTS terminals_terminal_id ON terminals (terminal_id)",
    "CREATE INDEX IF NOT EXISTS events_terminal ON events (terminal_id, seq)",
    "CREATE TABLE IF NOT EXISTS hub_terminal_events (terminal_id TEXT PRIMARY KEY, events BIGINT NOT NULL)",
    "INSERT INTO hub_terminal_events (terminal_id, events) SELECT terminal_id, COUNT(*) FROM events "
    "GROUP BY terminal_id",
)

# Offer uses (SQLite version 3, PostgreSQL version 4): a campaign offer is used once per customer
# across terminals. Each use the hub stored (happy hours are not one-time offers), whether it was
# reversed, and the hub's short-lived claims for uses it approved and has not seen pushed yet.
SCHEMA_OFFERS = (
    "CREATE TABLE IF NOT EXISTS hub_offer_uses (event_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, "
    "campaign_id TEXT NOT NULL, terminal TEXT NOT NULL, reversed INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS hub_offer_uses_customer ON hub_offer_uses (customer_id, campaign_id)",
    "CREATE TABLE IF NOT EXISTS hub_offer_claims (id TEXT PRIMARY KEY, terminal TEXT NOT NULL, "
    "customer_id TEXT NOT NULL, campaign_id TEXT NOT NULL, created_ms BIGINT NOT NULL, "
    "consumed INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS hub_offer_claims_customer ON hub_offer_claims (customer_id, campaign_id, consumed)",
)

EVENT_COLUMNS = """id TEXT NOT NULL UNIQUE, terminal_id TEXT NOT NULL, ts TEXT NOT NULL, hlc TEXT NOT NULL,
    kind TEXT NOT NULL, customer_id TEXT, stamps BIGINT NOT NULL DEFAULT 0, points BIGINT NOT NULL DEFAULT 0,
    amount BIGINT NOT NULL DEFAULT 0, ref_id TEXT, body TEXT NOT NULL, pushed_by TEXT NOT NULL"""
