"""Translated words for what the domain prints or serves: receipts, cards, the PDF report, the feedback page.

The screens use Qt's translator with the compiled .qm files; paper and the hub's web page cannot import
Qt, so they read the same translation sources (resources/translations/loyalty_<lang>.ts, plain XML)
here. One set of files, one review, one wording per concept (../shared/GLOSSARY.md) on screen and paper.

Calls look like Qt's (``words.translate("Receipt", "%n more stamps", "", n)``) so that
``pyside6-lupdate`` collects them into the same .ts files as the screens' strings.
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Protocol

from terminal.formatting import LocalFormat
from terminal.languages import DEFAULT, known
from terminal.resources import resource_path

log = logging.getLogger("i18n")


def ts_path(language: str) -> Path:
    return resource_path("translations", f"loyalty_{language}.ts")


def plural_form(language: str, n: int) -> int:
    """Which of the language's plural forms (in Qt Linguist's order) a count takes."""
    n = abs(n)
    if language in ("ru", "uk"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    if language == "lt":
        if n % 10 == 1 and not 11 <= n % 100 <= 19:
            return 0
        return 1 if n % 10 != 0 and not 11 <= n % 100 <= 19 else 2
    if language in ("hu", "fa"):
        return 0
    return 0 if n == 1 else 1


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for lupdate where it is translated later (``words.translate(context, text)``)."""
    return text


Catalog = dict[tuple[str, str, str], str | tuple[str, ...]]


@functools.cache
def catalog(language: str) -> Catalog:
    """(context, source, disambiguation) -> translation (a tuple of plural forms for counts)."""
    return _catalog(language)


@functools.cache
def _catalog(language: str) -> Catalog:
    path = ts_path(language)
    catalog: Catalog = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        if language != DEFAULT:
            log.warning("no translations for %s (%s): English is used", language, exc)
        return catalog
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if message.get("numerus") == "yes":
                if all(forms):
                    catalog[(name, source, comment)] = forms
            elif translation.text:
                catalog[(name, source, comment)] = translation.text
    return catalog


class Translator(Protocol):
    """What shared code needs to say a text: `Words` here, or Qt's translators on screen (ui.formatting)."""

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str: ...


class Words:
    """One language's words for the domain's texts; English (the source text) where none is found."""

    def __init__(self, language: str | None) -> None:
        self.language = known(language)

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        found = _catalog(self.language).get((context, source, disambiguation or ""))
        if isinstance(found, tuple):
            text = found[min(plural_form(self.language, n), len(found) - 1)]
        elif found:
            text = found
        else:
            text = source
        if n < 0:
            return text
        if "%Ln" in text:  # the count in the language's own digits (Persian)
            text = text.replace("%Ln", LocalFormat(self.language).number(n))
        return text.replace("%n", str(n))


class Phrases:
    """A domain class whose texts translate like a Qt class's: ``self.tr(text, "", n)`` in the class's
    context (its name), ``self.translate(context, text)`` in another. lupdate collects both."""

    def __init__(self, language: str | None) -> None:
        self.words = Words(language)

    @property
    def language(self) -> str:
        return self.words.language

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        return self.words.translate(type(self).__name__, source, disambiguation, n)

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        return self.words.translate(context, source, disambiguation, n)
