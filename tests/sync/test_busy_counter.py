"""A sync round ends at a busy counter: sales made while it pushes wait for the next round."""

from __future__ import annotations

from typing import Any

from terminal.sync.client import SyncClient
from terminal.writer import direct


def test_a_sale_during_every_push_does_not_keep_the_round_going(hub, make_terminal) -> None:
    till, other = make_terminal("T1", hub), make_terminal("T2", hub)
    for _ in range(5):
        till.counter.record_sale(None, 450)
    other.counter.record_sale(None, 300)
    other.sync()
    made_during_push: list[str] = []

    with till.connection() as connection:
        push = connection.push

        def push_and_sell(events: list[dict[str, Any]]) -> dict[str, Any]:
            answer = push(events)
            if len(made_during_push) < 50:  # a fence: the old loop would go on for as long as sales come
                made_during_push.append(till.counter.record_sale(None, 100).sale.id)
            return answer

        connection.push = push_and_sell  # type: ignore[method-assign]
        report = SyncClient(till.db, connection, clock=till.clock, write=direct(till.counter.writer),
                            push_batch=2).run()
    assert report.pushed == 5 and len(made_during_push) == 3  # three batches of what was there, then the pull
    assert report.pulled == 1
    assert not set(made_during_push) & {e["id"] for e in hub.store.pull("nobody", 0, 1000).events}
    assert till.sync().pushed == 3  # the next round takes them
