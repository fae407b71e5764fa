"""A campaign's contacts file (terminal/campaign_contacts.py): who is in it, private, whole or not at all."""

from __future__ import annotations

import csv
import resource
import signal
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from terminal import campaigns
from terminal.campaign_contacts import CONTACT_COLUMNS, default_file_name, write_contacts
from terminal.campaigns import Audience, CampaignError, Offer, OfferKind
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.shop import Shop

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def made(counter: Counter, clock: FixedClock) -> campaigns.Campaign:
    clock.current = START
    counter.save_settings(shop=Shop(name="Sarok", currency="EUR", timezone="Europe/Budapest"))
    people = [counter.enrol("Anna Rossi", phone="+36 30 111 1111", email="anna@example.org", consent=True),
              counter.enrol("Bela Nagy", phone="+36 30 222 2222", consent=False),
              counter.enrol("@Cili", phone="+36 30 333 3333", consent=True),
              counter.enrol("Dora Kiss", phone="+36 30 444 4444", consent=True)]
    ids = [p.customer.id for p in people]
    counter.erase_customer(ids[3])
    campaign = campaigns.new_campaign("Anna's win-back", Audience.LIST, Offer(OfferKind.BONUS_POINTS, points=50),
                                      START, START + timedelta(days=14), control_share=0)
    campaigns.create(counter.writer, campaign, ids, counter.rules())
    return campaign


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the files (the database lies in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as sheet:
        return list(csv.DictReader(sheet))


def test_the_consented_live_members_with_their_offer_in_a_private_file(counter: Counter, made: campaigns.Campaign,
                                                                       out: Path) -> None:
    path = out / "contacts.csv"
    written = write_contacts(counter.db, made.id, path)
    assert (written.written, written.offered, written.path) == (2, 4, path)
    rows = read(path)
    assert list(rows[0]) == list(CONTACT_COLUMNS)
    # Bela gave no consent, Dora was erased; a name or phone that would run as a formula is text.
    assert [(r["name"], r["phone"], r["email"]) for r in rows] == [
        ("'@Cili", "'+36 30 333 3333", ""), ("Anna Rossi", "'+36 30 111 1111", "anna@example.org")]
    assert {(r["campaign"], r["offer"], r["valid_until"]) for r in rows} == {
        ("Anna's win-back", "50 bonus points", "2026-03-16")}  # ends 16 March, 09:00 in Budapest
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["contacts.csv"]  # no temporary file left


def test_a_file_already_there_is_replaced_and_made_private(counter: Counter, made: campaigns.Campaign,
                                                           out: Path) -> None:
    path = out / "contacts.csv"
    path.write_text("old\n")
    path.chmod(0o644)
    write_contacts(counter.db, made.id, path)
    assert len(read(path)) == 2 and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_missing_folder_refuses_and_writes_nothing(counter: Counter, made: campaigns.Campaign, out: Path) -> None:
    (out / "a-file").write_text("")
    for path in (out / "nowhere" / "contacts.csv", out / "a-file" / "contacts.csv"):
        with pytest.raises(OSError):
            write_contacts(counter.db, made.id, path)
    assert [p.name for p in out.iterdir()] == ["a-file"]


@contextmanager
def files_up_to_16_bytes() -> Iterator[None]:
    """A write beyond 16 bytes fails as on a full disk (EFBIG; the signal it would send is ignored)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    before = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, before)


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_part(counter: Counter, made: campaigns.Campaign,
                                                                     out: Path) -> None:
    path = out / "contacts.csv"
    path.write_text("the old file\n")
    with pytest.raises(OSError), files_up_to_16_bytes():
        write_contacts(counter.db, made.id, path)
    assert path.read_text() == "the old file\n"
    assert [p.name for p in path.parent.iterdir()] == ["contacts.csv"]


def test_an_unknown_campaign_is_refused(counter: Counter, out: Path) -> None:
    with pytest.raises(CampaignError):
        write_contacts(counter.db, "c-nope", out / "x.csv")
    assert not list(out.iterdir())


def test_the_default_name_holds_no_personal_data(made: campaigns.Campaign) -> None:
    name = default_file_name(made)
    assert name.startswith("campaign-contacts-2026-03-02-") and name.endswith(".csv")
    assert "Anna" not in name and "win" not in name
