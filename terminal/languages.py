"""The languages the terminal speaks: their codes, their own names, their writing direction.

Qt-free, so the receipts, the PDF report and the hub's feedback page share the list with the screens.
"""

from __future__ import annotations

# Each language by its own name, so a person who cannot read the current one still finds theirs.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "hu": "Magyar",
    "ru": "Русский",
    "uk": "Українська",
    "lt": "Lietuvių",
    "fa": "فارسی",
}
RIGHT_TO_LEFT = frozenset({"fa"})
DEFAULT = "en"


def known(code: str | None) -> str:
    """The language code if the terminal speaks it ('hu_HU', 'ru-RU' -> 'hu', 'ru'), else the default."""
    if not code:
        return DEFAULT
    short = code.replace("-", "_").split("_")[0].strip().lower()
    return short if short in LANGUAGES else DEFAULT


def is_rtl(code: str) -> bool:
    return known(code) in RIGHT_TO_LEFT


def from_accept_language(header: str | None) -> str | None:
    """The best language we speak from an HTTP Accept-Language header, or None if none of them."""
    if not header:
        return None
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        short = tag.strip().replace("_", "-").split("-")[0].lower()
        if short in LANGUAGES and quality > 0:
            choices.append((-quality, index, short))
    return min(choices)[2] if choices else None


def isolate(text: str) -> str:
    """A name or other typed text set into a sentence of another direction: a Latin name at the start of a
    Persian sentence no longer turns the whole sentence left-to-right (Unicode first-strong isolate)."""
    return f"\u2068{text}\u2069" if text else text
