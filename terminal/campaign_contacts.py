"""A campaign's consented contacts with their offer, as CSV for the shop's mailing or SMS tool.

One row per member of the offered group who consented and is not erased: the columns of
docs/campaigns.md (UTF-8 with a byte-order mark; typed text that a spreadsheet would run as a formula
starts with an apostrophe). The file is private to the user (0600: it holds phones and e-mails) and
appears whole or not at all: it is written beside its place under a temporary name and then renamed,
so a full disk or an unwritable folder leaves nothing half-written behind.
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlite_utils

from terminal import campaigns
from terminal.stats.dashboard import read_rules, read_shop
from terminal.stats.export import safe_text

CONTACT_COLUMNS = ("name", "phone", "email", "campaign", "offer", "valid_until")


@dataclass(frozen=True)
class ContactsWritten:
    path: Path
    written: int  # consented contacts: the rows of the file
    offered: int  # members of the offered group


def default_file_name(campaign: campaigns.Campaign) -> str:
    """A name without personal data: the campaign's start day and the first letters of its id."""
    return f"campaign-contacts-{campaign.starts.date().isoformat()}-{re.sub(r'[^0-9a-z]', '', campaign.id)[:8]}.csv"


def contact_rows(db: sqlite_utils.Database, campaign_id: str) -> tuple[list[list[str]], int]:
    """The rows under ``CONTACT_COLUMNS`` (by name), and how many were offered."""
    made = campaigns.campaign(db, campaign_id)
    offered = campaigns.groups(db, campaign_id).offered
    words = campaigns.offer_words(made.offer, read_rules(db))
    until = (made.ends - timedelta(seconds=1)).astimezone(ZoneInfo(read_shop(db).timezone)).date().isoformat()
    found = db.execute(
        "SELECT name, phone, email FROM customers WHERE consent = 1 AND erased = 0 "
        "AND id IN (SELECT value FROM json_each(?)) ORDER BY name, id", [json.dumps(offered)]).fetchall()
    return [[safe_text(v or "") for v in (name, phone, email, made.name, words, until)]
            for name, phone, email in found], len(offered)


def write_contacts(db: sqlite_utils.Database, campaign_id: str, path: Path) -> ContactsWritten:
    """Write the file (replacing one already there). Raises OSError (an unwritable folder, a full disk)
    with nothing left behind, and CampaignError for an unknown campaign."""
    rows, offered = contact_rows(db, campaign_id)
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)  # 0600
    try:
        with open(handle, "w", newline="", encoding="utf-8-sig") as out:
            writer = csv.writer(out)
            writer.writerow(CONTACT_COLUMNS)
            writer.writerows(rows)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return ContactsWritten(path, len(rows), offered)
