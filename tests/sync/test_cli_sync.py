"""``main.py hub add-terminal / revoke-terminal / terminals`` and ``main.py sync``."""

from __future__ import annotations

import main
from terminal.sync import settings as sync_settings
from terminal.sync.store_sqlite import SqliteHubStore

from .helpers import add_sales
from .test_faults import START


def test_terminals_are_added_listed_and_revoked(tmp_path, capsys):
    folder = str(tmp_path / "hub")
    assert main.main(["hub", "add-terminal", "Till 1", "--data-dir", folder]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(token) >= 40
    assert main.main(["hub", "add-terminal", "Till 1", "--data-dir", folder]) == 1
    assert "exists already" in capsys.readouterr().out
    assert main.main(["hub", "add-terminal", "--data-dir", folder]) == 2
    capsys.readouterr()
    store = SqliteHubStore(tmp_path / "hub" / "hub.db")
    assert store.terminal_for_token(token) == "Till 1"
    assert main.main(["hub", "revoke-terminal", "Till 1", "--data-dir", folder]) == 0
    assert store.terminal_for_token(token) is None
    assert main.main(["hub", "revoke-terminal", "Till 1", "--data-dir", folder]) == 1
    assert main.main(["hub", "terminals", "--data-dir", folder]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Till 1\trevoked\treceipts 1\tnot yet synced"
    store.close()


def test_sync_saves_the_hub_and_runs_a_round(tmp_path, capsys, make_store, start_hub, make_terminal):
    running = start_hub(make_store("sqlite"))
    till = make_terminal("T1")
    add_sales(till.db, 12, start=START)
    token = running.token("T1")
    folder = str(till.folder)
    assert main.main(["sync", "--data-dir", folder]) == 1
    assert "No hub set" in capsys.readouterr().out
    assert main.main(["sync", "--data-dir", folder, "--hub", running.url, "--token", token, "--interval", "2",
                      "--offline-redemption", "refuse"]) == 0
    out = capsys.readouterr().out
    assert "pushed 12 (12 new to the hub), pulled 0" in out
    saved = sync_settings.load(till.folder)
    assert (saved.hub_url, saved.token, saved.interval_minutes, saved.offline_redemption) == (
        running.url, token, 2, sync_settings.OfflineRedemption.REFUSE)
    assert main.main(["sync", "--data-dir", folder]) == 0
    assert "pushed 0" in capsys.readouterr().out
    running.store.revoke_terminal("T1")
    assert main.main(["sync", "--data-dir", folder]) == 1
    assert "refused this terminal's token" in capsys.readouterr().out


def test_the_owner_lists_and_drops_set_aside_events(hub, make_terminal, capsys):
    from tests.sync.test_hostile import local_event

    till = make_terminal("T1", hub)
    customer = till.counter.enrol("Regular").customer.id
    bad = local_event(till, "profile_changed", customer, {"name": "x" * 10_000})
    assert till.sync().refused == 1
    folder = str(till.folder)
    capsys.readouterr()
    assert main.main(["sync", "--data-dir", folder, "--set-aside"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "1 event set aside."
    assert lines[0].split("\t")[1:3] == [bad.id, "refused by the hub"] and "body too large" in lines[0]
    assert main.main(["sync", "--data-dir", folder, "--drop", bad.id]) == 0
    assert main.main(["sync", "--data-dir", folder, "--drop", bad.id]) == 1
    assert main.main(["sync", "--data-dir", folder, "--set-aside"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Nothing set aside: every event synced."
