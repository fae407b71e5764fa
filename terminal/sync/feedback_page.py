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
from terminal.languages import from_accept_language, is_rtl, known
from terminal.ledger import Kind
from terminal.text import clean_text
from terminal.words import QT_TRANSLATE_NOOP, Words

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


ALREADY_RATED = QT_TRANSLATE_NOOP("FeedbackPage", "We already have your rating for this visit. Thank you!")


def _page(words: Words, title: str, content: str, status: int = 200) -> HTMLResponse:
    lang = words.language
    direction = "rtl" if is_rtl(lang) else "ltr"
    return HTMLResponse(
        f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{html.escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body><main>{content}</main></body></html>", status_code=status)


def _message(words: Words, title: str, text: str, status: int) -> HTMLResponse:
    title, text = words.translate("FeedbackPage", title), words.translate("FeedbackPage", text)  # marked below
    return _page(words, title, f'<h1 id="message">{html.escape(title)}</h1><p>{html.escape(text)}</p>', status)


def _settings(hub: Hub) -> tuple[str, tuple[str, ...]]:
    data = hub.store.latest_setting("feedback") or {}
    scale = str(data["scale"]) if data.get("scale") in SCORES else "nps"
    reasons = tuple(r for r in data.get("reasons", DEFAULT_REASONS) if isinstance(r, str)) or DEFAULT_REASONS
    return scale, reasons


def _shop(hub: Hub) -> dict[str, Any]:
    data = hub.store.latest_setting("shop")
    return data if isinstance(data, dict) else {}


def page_language(shop: dict[str, Any], accept_language: str | None) -> str:
    """The receipt's language (the shop's, as its settings say); else the phone's; else English."""
    language = shop.get("language")
    if isinstance(language, str) and known(language) == language.strip().lower()[:2] and language.strip():
        return known(language)
    return from_accept_language(accept_language) or "en"


def _reason_label(words: Words, reason: str) -> str:
    """The default reasons in the page's language; the owner's own words as the owner wrote them."""
    labels = {"service": words.translate("FeedbackPage", "Service"), "speed": words.translate("FeedbackPage", "Speed"),
              "quality": words.translate("FeedbackPage", "Quality"), "price": words.translate("FeedbackPage", "Price"),
              "atmosphere": words.translate("FeedbackPage", "Atmosphere"),
              "cleanliness": words.translate("FeedbackPage", "Cleanliness")}
    return labels.get(reason, reason.capitalize())


def _form(words: Words, shop_name: str, token: str, scale: str, reasons: tuple[str, ...]) -> HTMLResponse:
    question = (words.translate("FeedbackPage", "How likely are you to recommend us to a friend?") if scale == "nps"
                else words.translate("FeedbackPage", "How was your visit?"))
    of, top = words.translate("FeedbackPage", "%1 of %2"), str(SCORES[scale][-1])
    scores = "".join(
        f'<input type="radio" name="score" id="score-{n}" value="{n}" required>'
        f'<label for="score-{n}" aria-label="{html.escape(of.replace("%1", str(n)).replace("%2", top))}">'
        f'{SMILEYS[n] if scale == "csat" else n}</label>'
        for n in SCORES[scale])
    low, high = words.translate("FeedbackPage", "Not likely"), words.translate("FeedbackPage", "Very likely")
    ends = (f'<div class="ends"><span>{html.escape(low)}</span><span>{html.escape(high)}</span></div>'
            if scale == "nps" else "")
    choices = "".join(
        f'<input type="radio" name="reason" id="reason-{i}" value="{html.escape(r)}">'
        f'<label for="reason-{i}">{html.escape(_reason_label(words, r))}</label>' for i, r in enumerate(reasons))
    anything = words.translate("FeedbackPage", "Anything else? (optional)")
    thanks = words.translate("FeedbackPage", "Thank you for your visit!")
    mattered = words.translate("FeedbackPage", "What mattered most?")
    send = words.translate("FeedbackPage", "Send")
    shop_line = f'<p id="shop">{html.escape(shop_name)}</p>' if shop_name else ""
    return _page(words, words.translate("FeedbackPage", "Rate your visit"), f"""{shop_line}
<h1>{html.escape(thanks)}</h1>
<form method="post" action="/f/{html.escape(token)}">
<input type="hidden" name="scale" value="{scale}">
<fieldset><legend>{html.escape(question)}</legend><div class="row {scale}" dir="ltr">{scores}</div>{ends}
</fieldset>
<fieldset><legend>{html.escape(mattered)}</legend>
<div class="row reasons">{choices}</div></fieldset>
<fieldset><legend><label for="comment">{html.escape(anything)}</label>
</legend><textarea id="comment" name="comment" rows="3" maxlength="{MAX_COMMENT}" dir="auto"></textarea></fieldset>
<button type="submit" id="send">{html.escape(send)}</button>
</form>""")


def handle(hub: Hub, request: Request, form: dict[str, str] | None) -> Response:
    shop = _shop(hub)
    words = Words(page_language(shop, request.headers.get("accept-language")))
    if not hub.limiter.allow(hub.address(request)):
        return _message(words, QT_TRANSLATE_NOOP("FeedbackPage", "Too many requests"),
                        QT_TRANSLATE_NOOP("FeedbackPage", "Please try again later."), 429)
    token = request.path_params["token"]
    try:
        ref = tokens.verify(hub.store.shop_secret(), token, hub.clock.now().date())
    except tokens.TokenError as error:
        if error.problem == tokens.TokenProblem.EXPIRED:
            return _message(words, QT_TRANSLATE_NOOP("FeedbackPage", "This link has expired"),
                            QT_TRANSLATE_NOOP("FeedbackPage", "Feedback codes are valid for a few weeks."), 410)
        return _message(words, QT_TRANSLATE_NOOP("FeedbackPage", "This link is not valid"),
                        QT_TRANSLATE_NOOP("FeedbackPage", "Please scan the code on your receipt again."), 400)
    if hub.store.is_rated(ref.receipt_no):
        return _message(words, QT_TRANSLATE_NOOP("FeedbackPage", "Already rated"),
                        ALREADY_RATED, 409)
    scale, reasons = _settings(hub)
    if form is None:
        name = shop.get("name")
        return _form(words, name if isinstance(name, str) else "", token, scale, reasons)
    try:
        score = int(form.get("score", ""))
        scale = form.get("scale", scale)
        if scale not in SCORES or score not in SCORES[scale]:
            raise ValueError
    except ValueError:
        return _message(words, QT_TRANSLATE_NOOP("FeedbackPage", "Please choose a score"),
                        QT_TRANSLATE_NOOP("FeedbackPage", "Go back and tap a score."), 400)
    reason = " ".join(form.get("reason", "").split())[:MAX_REASON]
    comment = clean_text(form.get("comment", ""))[:MAX_COMMENT]
    if not hub.store.add_rating(ref.receipt_no, _rating_event(hub, ref.receipt_no, score, scale, reason, comment)):
        return _message(words, QT_TRANSLATE_NOOP("FeedbackPage", "Already rated"),
                        ALREADY_RATED, 409)
    return _message(words, QT_TRANSLATE_NOOP("FeedbackPage", "Thank you!"),
                        QT_TRANSLATE_NOOP("FeedbackPage", "Your rating has reached the shop."), 200)


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
