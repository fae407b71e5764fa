"""The hub's address as the shop's phones see it: what is wrong with one, and a guess at the right one.

A receipt's feedback QR code links to the hub's feedback page. An address only this computer can open
(127.0.0.1, localhost) gives every customer's phone a dead link, so such an address is refused in
words (the settings, the first run) and never printed (terminal/receipts/receipt_data.py).
"""

from __future__ import annotations

import ipaddress
import socket
from enum import StrEnum
from urllib.parse import urlsplit

HUB_PORT = 8765


class AddressProblem(StrEnum):
    EMPTY = "empty"
    NOT_HTTP = "not_http"  # not an http(s):// address with a host
    LOOPBACK = "loopback"  # 127.0.0.1 / localhost / ::1: only this computer reaches it, never a phone


def address_problem(url: str) -> AddressProblem | None:
    """Why a phone could not open this hub address, or None when it can be right."""
    text = (url or "").strip()
    if not text:
        return AddressProblem.EMPTY
    try:
        parts = urlsplit(text)
        host = parts.hostname
        _ = parts.port  # raises on a port that is not a number
    except ValueError:
        return AddressProblem.NOT_HTTP
    if parts.scheme not in ("http", "https") or not host:
        return AddressProblem.NOT_HTTP
    if host == "localhost" or host.endswith(".localhost"):
        return AddressProblem.LOOPBACK
    try:
        if ipaddress.ip_address(host).is_loopback or ipaddress.ip_address(host).is_unspecified:
            return AddressProblem.LOOPBACK
    except ValueError:
        pass  # a name, not an address
    return None


def feedback_base(hub_url: str) -> str:
    """The receipts' feedback address under a hub: ``http://192.168.1.20:8765`` -> ``…/f``."""
    return hub_url.strip().rstrip("/") + "/f"


def hub_from_feedback_base(base: str) -> str:
    return base[:-2] if base.endswith("/f") else base


def lan_address() -> str | None:
    """This computer's address on the shop's network (the one its default route uses), or None.

    A UDP "connect" sends nothing; it only makes the system choose the outgoing interface.
    """
    for probe in ("10.255.255.255", "192.168.255.255"):
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                sock.connect((probe, 9))
                address = sock.getsockname()[0]
        except OSError:
            continue
        if not ipaddress.ip_address(address).is_loopback and not ipaddress.ip_address(address).is_unspecified:
            return address
    return None


def suggested_hub_url(port: int = HUB_PORT) -> str:
    """A hub on this computer, as the shop's phones would reach it; "" when there is no network."""
    address = lan_address()
    return f"http://{address}:{port}" if address else ""
