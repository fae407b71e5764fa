"""The mobile feedback page that receipt QR codes point to: ``/f/<token>`` on the hub.

A plain HTML form (no script): a 0–10 row or five smileys, what mattered most, an optional comment.
The token is verified with the shop's secret; a receipt is rated once; each address is rate-limited.
A rating becomes a ``rating`` event the terminals receive on their next pull.
"""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from terminal import tokens
from terminal.clock import format_hlc, iso, to_ms
from terminal.ids import uuid7
from terminal.ledger import Kind
from terminal.text import clean_text

if TYPE_CHECKING:
    from terminal.sync.hub import Hub

# The same defaults as the terminal's customer screen (terminal/feedback.py); the owner's "feedback"
# setting, synced as a settings event, overrides them.
DEFAULT_REASONS = ("service", "speed", "quality", "price", "atmosphere", "cleanliness")
SCORES = {"nps": range(0, 11), "csat": range(1, 6)}
SMILEYS = {1: "😠", 2: "😞", 3: "😐", 4: "😊", 5: "😄"}  # all in common fonts, phones and desktops
MAX_COMMENT = 140
MAX_REASON = 40

_STYLE = """
*{box-sizing:border-box}body{font-family:system-ui,sans-serif;margin:0;padding:16px;background:#f6f4ef;color:#222;
font-size:18px}main{max-width:480px;margin:auto}h1{font-size:24px}fieldset{border:0;padding:0;margin:0 0 20px;
min-width:0}legend{font-weight:600;margin-bottom:10px}.row{display:grid;gap:5px}
.nps{grid-template-columns:repeat(11,1fr)}.csat{grid-template-columns:repeat(5,1fr)}
.reasons{grid-template-columns:repeat(auto-fill,minmax(125px,1fr))}
.row input{position:absolute;opacity:0}.row label{padding:12px 0;text-align:center;border:2px solid #888;
border-radius:8px;background:#fff;cursor:pointer;overflow-wrap:anywhere}.nps label{font-size:16px;padding:12px 0}
.row input:checked+label{background:#1d6f42;color:#fff;border-color:#1d6f42}
.row input:focus-visible+label{outline:3px solid #e0a800}.csat label{font-size:32px;padding:6px 0}
textarea{width:100%;font-size:18px}
button{width:100%;padding:14px;font-size:20px;background:#1d6f42;color:#fff;border:0;border-radius:8px}
.ends{display:flex;justify-content:space-between;font-size:14px;color:#555;margin-top:4px}
"""


def _page(title: str, content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{html.escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body><main>{content}</main></body></html>", status_code=status)


def _message(title: str, text: str, status: int) -> HTMLResponse:
    return _page(title, f'<h1 id="message">{html.escape(title)}</h1><p>{html.escape(text)}</p>', status)


def _settings(hub: Hub) -> tuple[str, tuple[str, ...]]:
    data = hub.store.latest_setting("feedback") or {}
    scale = data.get("scale") if data.get("scale") in SCORES else "nps"
    reasons = tuple(r for r in data.get("reasons", DEFAULT_REASONS) if isinstance(r, str)) or DEFAULT_REASONS
    return scale, reasons


def _form(token: str, scale: str, reasons: tuple[str, ...]) -> HTMLResponse:
    question = ("How likely are you to recommend us to a friend?" if scale == "nps" else "How was your visit?")
    scores = "".join(
        f'<input type="radio" name="score" id="score-{n}" value="{n}" required>'
        f'<label for="score-{n}" aria-label="{n} of {SCORES[scale][-1]}">{SMILEYS[n] if scale == "csat" else n}</label>'
        for n in SCORES[scale])
    ends = '<div class="ends"><span>Not likely</span><span>Very likely</span></div>' if scale == "nps" else ""
    choices = "".join(
        f'<input type="radio" name="reason" id="reason-{i}" value="{html.escape(r)}">'
        f'<label for="reason-{i}">{html.escape(r.capitalize())}</label>' for i, r in enumerate(reasons))
    return _page("Rate your visit", f"""
<h1>Thank you for your visit!</h1>
<form method="post" action="/f/{html.escape(token)}">
<input type="hidden" name="scale" value="{scale}">
<fieldset><legend>{question}</legend><div class="row {scale}">{scores}</div>{ends}
</fieldset>
<fieldset><legend>What mattered most?</legend><div class="row reasons">{choices}</div></fieldset>
<fieldset><legend><label for="comment">Anything else? (optional)</label></legend>
<textarea id="comment" name="comment" rows="3" maxlength="{MAX_COMMENT}"></textarea></fieldset>
<button type="submit" id="send">Send</button>
</form>""")


def handle(hub: Hub, request: Request, form: dict[str, str] | None) -> Response:
    from terminal.sync.hub import client_address

    if not hub.limiter.allow(client_address(request)):
        return _message("Too many requests", "Please try again later.", 429)
    token = request.path_params["token"]
    try:
        ref = tokens.verify(hub.store.shop_secret(), token, hub.clock.now().date())
    except tokens.TokenError as error:
        if error.problem == tokens.TokenProblem.EXPIRED:
            return _message("This link has expired", "Feedback codes are valid for a few weeks.", 410)
        return _message("This link is not valid", "Please scan the code on your receipt again.", 400)
    if hub.store.is_rated(ref.receipt_no):
        return _message("Already rated", "We already have your rating for this visit. Thank you!", 409)
    scale, reasons = _settings(hub)
    if form is None:
        return _form(token, scale, reasons)
    try:
        score = int(form.get("score", ""))
        scale = form.get("scale", scale)
        if scale not in SCORES or score not in SCORES[scale]:
            raise ValueError
    except ValueError:
        return _message("Please choose a score", "Go back and tap a score.", 400)
    reason = " ".join(form.get("reason", "").split())[:MAX_REASON]
    comment = clean_text(form.get("comment", ""))[:MAX_COMMENT]
    if not hub.store.add_rating(ref.receipt_no, _rating_event(hub, ref.receipt_no, score, scale, reason, comment)):
        return _message("Already rated", "We already have your rating for this visit. Thank you!", 409)
    return _message("Thank you!", "Your rating has reached the shop.", 200)


def _rating_event(hub: Hub, receipt_no: str, score: int, scale: str, reason: str, comment: str) -> dict[str, Any]:
    now = hub.clock.now()
    hub_id = hub.store.hub_id()
    sale = hub.store.sale_for_receipt(receipt_no)
    body = {"score": score, "scale": scale, "reason": reason, "comment": comment, "receipt_no": receipt_no,
            "source": "web"}
    event = {"id": uuid7(to_ms(now)), "terminal_id": hub_id, "ts": iso(now), "hlc": format_hlc(to_ms(now), 0, hub_id),
             "kind": str(Kind.RATING), "customer_id": sale[1] if sale else None,
             "ref_id": sale[0] if sale else receipt_no, "stamps": 0, "points": 0, "amount": 0,
             "body": json.loads(json.dumps(body))}
    return hub.check_web_event(event)
