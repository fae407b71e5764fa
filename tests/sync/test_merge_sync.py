"""A merge of two customers is a ledger event: it reaches every terminal and the hub, on both stores."""

from __future__ import annotations


def test_a_merge_survives_a_sync_to_a_second_terminal(hub, make_terminal) -> None:
    first, second = make_terminal("T1", hub), make_terminal("T2", hub)
    keep = first.counter.enrol("Anna Kovács", phone="+36 30 291 7735")
    other = first.counter.enrol("Anna Rossi")
    first.counter.record_sale(other.customer.id, 2000)
    first.sync()
    second.sync()
    # Meanwhile, before it hears of the merge, the second counter gives the merged record a new card.
    new_card = second.counter.replace_lost_card(other.customer.id)
    first.counter.merge_customers(keep.customer.id, other.customer.id)
    for till in (first, second, first, second):
        till.sync()
    for till in (first, second):
        view = till.counter.customer(keep.customer.id)
        assert (view.stamps, view.points, view.visits) == (1, 120, 1), till.name
        assert till.counter.open_card(new_card.code).customer.id == keep.customer.id, till.name
        assert [s.id for s in till.counter.find_customers("anna")] == [keep.customer.id], till.name
        till.assert_rebuild_equal()
    assert first.balances() == second.balances()
