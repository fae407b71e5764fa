"""Faults: repeats, replays, cuts, lost responses, a killed hub, a restored hub."""

from __future__ import annotations

import random
import shutil
import socket
import sqlite3
import threading
from datetime import UTC, datetime

import httpx
import pytest

from terminal.db import meta_get, meta_set
from terminal.sync.client import SyncClient, sync_status
from terminal.sync.hub import HubConfig
from terminal.sync.transport import HubConnection, SyncError, SyncProblem

from .conftest import STORES
from .helpers import HubProcess, add_sales, wait_until
from .pgserver import free_port

START = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def test_a_repeated_or_replayed_push_changes_nothing(hub, make_terminal):
    seller, reader = make_terminal("T1", hub), make_terminal("T2", hub)
    events = add_sales(seller.db, 120, customers=10, start=START)
    seller.sync()
    balances = hub.store.balances()
    with seller.db.atomic():
        meta_set(seller.db, "sync_pushed_seq", "0")  # as if every acknowledgment had been lost
    assert seller.sync().stored == 0
    with seller.connection() as connection:
        shuffled = [e.to_wire() for e in events]
        random.Random(1).shuffle(shuffled)
        for start in range(0, len(shuffled), 37):  # replayed out of order, in odd batches
            assert connection.push(shuffled[start:start + 37])["stored"] == 0
    assert hub.store.balances() == balances and hub.store.max_seq() == 120
    reader.sync()
    assert reader.balances() == seller.balances()


def _send_half_a_push(url: str, token: str, body: bytes) -> None:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as raw:
        raw.sendall((f"POST /v1/push HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
                     f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode())
        raw.sendall(body[: len(body) // 2])
    # the connection closes here, mid-body, like a cable pulled during the upload


def test_a_push_cut_off_mid_batch_stores_nothing_and_the_retry_stores_all(hub, make_terminal):
    seller = make_terminal("T1", hub)
    events = add_sales(seller.db, 50, start=START)
    body = httpx.Request("POST", "/", json={"events": [e.to_wire() for e in events]}).read()
    _send_half_a_push(hub.url, seller.token, body)
    assert hub.store.max_seq() == 0
    report = seller.sync()
    assert (report.pushed, report.stored) == (50, 50) and hub.store.max_seq() == 50


class LoseFirstResponses(httpx.HTTPTransport):
    """Delivers requests to the hub but loses the first `n` responses to pushes, after the hub committed."""

    def __init__(self, lose: int) -> None:
        super().__init__()
        self.lose = lose

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path == "/v1/push" and self.lose > 0:
            self.lose -= 1
            response.read()
            response.close()
            raise httpx.ReadError("connection reset after the hub committed", request=request)
        return response


def test_a_response_lost_after_the_hub_committed_is_retried_without_a_duplicate(hub, make_terminal):
    seller, reader = make_terminal("T1", hub), make_terminal("T2", hub)
    add_sales(seller.db, 30, start=START)
    sleeps: list[float] = []
    with HubConnection(seller.url, seller.token, transport=LoseFirstResponses(2), sleep=sleeps.append) as hub_conn:
        report = SyncClient(seller.db, hub_conn, clock=seller.clock).run()
    assert sleeps == [0.5, 1.0]  # backed off twice, then the third attempt got through
    assert (report.pushed, report.stored) == (30, 0)  # the hub had them from the first attempt
    assert hub.store.max_seq() == 30
    reader.sync()
    assert reader.balances() == seller.balances()


def test_giving_up_reports_the_problem_in_the_status(make_terminal):
    offline = make_terminal("T1")
    offline.url, offline.token = f"http://127.0.0.1:{free_port()}", "whatever"
    add_sales(offline.db, 3, start=START)
    with pytest.raises(SyncError) as error:
        offline.sync()
    assert error.value.problem == SyncProblem.UNREACHABLE
    assert offline.sleeps == [0.5, 1.0, 2.0]
    status = sync_status(offline.db)
    assert (status.problem, status.waiting, status.last_sync) == (SyncProblem.UNREACHABLE, 3, None)


@pytest.mark.parametrize("kind", STORES)
def test_the_hub_killed_and_restarted_mid_sync_converges(kind, tmp_path, request, make_terminal):
    store = request.getfixturevalue("postgres").create_database() if kind == "postgres" else None
    process = HubProcess(tmp_path / "hub", free_port(), store)
    (tmp_path / "hub").mkdir()
    request.addfinalizer(process.kill)
    seller, reader = make_terminal("T1"), make_terminal("T2")
    for terminal in (seller, reader):
        terminal.token, terminal.url = process.add_terminal(terminal.name), process.url
    add_sales(seller.db, 3000, start=START)
    process.start()
    outcome: list[object] = []

    def sync_in_background() -> None:
        db = seller.db.__class__(sqlite3.connect(seller.folder / "terminal.db"))
        try:
            with HubConnection(process.url, seller.token, attempts=1) as connection:
                outcome.append(SyncClient(db, connection, push_batch=10).run())  # many trips: killed mid-way
        except SyncError as error:
            outcome.append(error)
        finally:
            db.close()

    worker = threading.Thread(target=sync_in_background)
    worker.start()
    with httpx.Client(base_url=process.url, headers={"Authorization": f"Bearer {reader.token}"}) as peek:
        wait_until(lambda: peek.get("/v1/pull", params={"after": 100, "limit": 1}).json()["events"] != [],
                   what="a partial push")
    process.kill()
    worker.join(timeout=60)
    assert isinstance(outcome[0], SyncError)  # the round broke off mid-way
    acknowledged = int(meta_get(seller.db, "sync_pushed_seq") or 0)
    assert 0 < acknowledged < 3000
    process.start()
    seller.sync()
    reader.sync()
    assert reader.event_ids() == seller.event_ids()
    assert reader.balances() == seller.balances()
    reader.assert_rebuild_equal()


def test_the_hub_restored_from_an_older_backup_loses_nothing(make_store, start_hub, make_terminal, tmp_path):
    store = make_store("sqlite")
    running = start_hub(store)
    first, second, third = (make_terminal(f"T{n}", running) for n in (1, 2, 3))
    customer = first.counter.enrol("Kept Customer").customer.id
    for terminal in (first, second, third):
        terminal.sync()
    backup = tmp_path / "backup.db"
    with sqlite3.connect(store.path) as source, sqlite3.connect(backup) as target:
        source.backup(target)
    for terminal in (first, second, third):
        terminal.counter.record_sale(customer, 2500)
        terminal.clock.advance(hours=1)
    for terminal in (first, second, third, first):
        terminal.sync()
    expected = first.balances()
    old_epoch = running.hub.epoch
    running.server.stop()
    store.close()
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"hub.db{suffix}").unlink(missing_ok=True)
    shutil.copy(backup, tmp_path / "hub.db")
    restored = start_hub(make_store("sqlite"), HubConfig(data_dir=tmp_path))
    assert restored.hub.epoch != old_epoch  # noticed that the store went back in time
    for terminal in (second, third):  # the first terminal is gone for good (its disk died)
        terminal.url = restored.url
        report = terminal.sync()
        assert report.epoch_changed
    newcomer = make_terminal("T4", restored)
    newcomer.sync()
    assert newcomer.balances() == expected
    assert newcomer.event_ids() == first.event_ids()
    assert restored.store.balances()[customer] == expected[customer]
