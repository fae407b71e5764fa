"""Feedback codes printed on receipts: the receipt number, an expiry date and an HMAC.

The HMAC uses the shop's secret (``meta.shop_secret``), so a rating cannot be forged or stuffed
by anyone without it, and a code from another shop fails verification. The code travels as a URL
under the owner's base address (the hub serves that page); the terminal's camera accepts the same
URL or the bare token.

Token form: ``<receipt_no>.<YYYYMMDD expiry>.<base64url HMAC-SHA256, first 16 bytes>``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from urllib.parse import unquote, urlsplit

DEFAULT_VALID_DAYS = 30
MAX_TOKEN_LENGTH = 160


class TokenProblem(StrEnum):
    MALFORMED = "malformed"
    BAD_SIGNATURE = "bad_signature"  # changed, forged, or another shop's
    EXPIRED = "expired"


class TokenError(ValueError):
    def __init__(self, problem: TokenProblem) -> None:
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class FeedbackRef:
    receipt_no: str
    expires: date


def _mac(secret: str, payload: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), payload.encode("utf-8"), hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def make_token(secret: str, receipt_no: str, sold_on: date, valid_days: int = DEFAULT_VALID_DAYS) -> str:
    payload = f"{receipt_no}.{(sold_on + timedelta(days=valid_days)):%Y%m%d}"
    return f"{payload}.{_mac(secret, payload)}"


def feedback_url(base_url: str, token: str) -> str:
    """The token under the hub's feedback address; the bare token when there is no address."""
    base = base_url.strip().rstrip("/")
    return f"{base}/{token}" if base else token


def token_from_text(text: str) -> str | None:
    """The token inside a scanned text (the URL or the bare token), or None if it cannot be one."""
    if not isinstance(text, str) or len(text) > 400 or not text.isascii():
        return None
    text = text.strip()
    if "://" in text:
        path = urlsplit(text).path
        text = unquote(path.rsplit("/", 1)[-1])
    parts = text.split(".")
    if (len(parts) != 3 or not parts[0] or len(parts[1]) != 8 or not parts[1].isdigit() or len(text) > MAX_TOKEN_LENGTH
            or not text.isascii()):
        return None
    return text


def verify(secret: str, text: str, today: date) -> FeedbackRef:
    """The receipt a feedback code names, if the code is genuine and not expired; TokenError otherwise."""
    token = token_from_text(text)
    if token is None:
        raise TokenError(TokenProblem.MALFORMED)
    receipt_no, expiry_text, mac = token.split(".")
    if not hmac.compare_digest(_mac(secret, f"{receipt_no}.{expiry_text}"), mac):
        raise TokenError(TokenProblem.BAD_SIGNATURE)
    try:
        expires = date(int(expiry_text[:4]), int(expiry_text[4:6]), int(expiry_text[6:]))
    except ValueError as exc:
        raise TokenError(TokenProblem.MALFORMED) from exc
    if today > expires:
        raise TokenError(TokenProblem.EXPIRED)
    return FeedbackRef(receipt_no=receipt_no, expires=expires)
