"""Every user-visible string is translated in every language: the .ts sources, the compiled .qm
files as Qt loads them, and the domain's own reading of the .ts files (receipts, feedback page)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator

from terminal.words import Words, plural_form, ts_path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("hu", "ru", "uk", "lt", "fa")
FORMS = {"hu": 1, "fa": 1, "ru": 3, "uk": 3, "lt": 3, "en": 2}
# Texts that are the same word in the language (international abbreviations; Lithuanian "s" for seconds).
SAME = {"NPS", "VIP", " s", " min", "Camera {0}", "Receipt %1", "Enter", "Ctrl+1…9", "Ctrl+O",
        "Belgium"}  # key names stay; Belgium is Belgium in Hungarian too
PLACEHOLDER = re.compile(r"\{\w*\}|%L?\d|%L?n")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_path(language)).getroot()
    return [(context.findtext("name") or "", message) for context in root.iter("context")
            for message in context.iter("message")]


def placeholders(text: str) -> set[str]:
    return {p.replace("%L", "%") for p in PLACEHOLDER.findall(text)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    found = messages(language)
    assert len(found) > 350
    problems = []
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append((context, source, "unfinished"))
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != FORMS[language] or not all(forms):
                problems.append((context, source, f"plural forms {forms}"))
            texts = forms
        else:
            texts = [translation.text or ""]
            if not texts[0] or (texts[0] == source and source not in SAME):
                problems.append((context, source, "English left"))
        for text in texts:
            if placeholders(text) != placeholders(source):
                problems.append((context, source, f"placeholders differ in {text!r}"))
    assert problems == []


def test_english_has_its_plural_forms() -> None:
    found = messages("en")
    assert found, "English .ts holds the plural messages"
    for _context, message in found:
        forms = [f.text or "" for f in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")
    words = Words("en")
    assert words.translate("CustomerPanel", "%n visits", "", 1) == "1 visit"
    assert words.translate("CustomerPanel", "%n visits", "", 5) == "5 visits"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files as the set-up builds them, compiled here from the committed .ts sources."""
    import PySide6

    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    for language in (*LANGUAGES, "en"):
        subprocess.run([str(lrelease), "-silent", str(ts_path(language)), "-qm",
                        str(folder / f"loyalty_{language}.qm")], check=True)
    return folder


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_qm_translates_every_message(qapp: object, compiled: Path, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled / f"loyalty_{language}.qm"))
    assert translator.language() == language
    untranslated = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        n = 5 if message.get("numerus") == "yes" else -1
        text = translator.translate(context, source, None, n)
        if not text or (text == source and source not in SAME):
            untranslated.append((context, source))
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_own_dialog_translations_exist(language: str) -> None:
    """Qt's standard buttons (Save, Cancel) come from qtbase_xx (Lithuanian: the older qt_lt)."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator, ours = QTranslator(), Words(language)
    assert translator.load(f"qtbase_{language}", folder) or translator.load(f"qt_{language}", folder)
    # Qt's own, or (Lithuanian: Qt's catalogue lacks them) ours, which the app installs too.
    cancel = translator.translate("QPlatformTheme", "Cancel") or ours.translate("QPlatformTheme", "Cancel")
    assert cancel not in ("", "Cancel")


@pytest.mark.parametrize(("language", "counts"), [
    ("ru", {1: 0, 2: 1, 4: 1, 5: 2, 11: 2, 12: 2, 21: 0, 22: 1, 25: 2, 111: 2}),
    ("uk", {1: 0, 3: 1, 5: 2, 14: 2, 21: 0, 24: 1}),
    ("lt", {1: 0, 2: 1, 5: 1, 9: 1, 10: 2, 11: 2, 19: 2, 20: 2, 21: 0, 22: 1, 30: 2}),
    ("hu", {1: 0, 5: 0}), ("fa", {1: 0, 5: 0}), ("en", {1: 0, 0: 1, 2: 1}),
])
def test_plural_rules(language: str, counts: dict[int, int]) -> None:
    assert {n: plural_form(language, n) for n in counts} == counts


def test_domain_words_follow_the_plural_rules() -> None:
    ru, lt, fa = Words("ru"), Words("lt"), Words("fa")
    assert ru.translate("CustomerPanel", "%n visits", "", 1) == "1 визит"
    assert ru.translate("CustomerPanel", "%n visits", "", 3) == "3 визита"
    assert ru.translate("CustomerPanel", "%n visits", "", 11) == "11 визитов"
    assert lt.translate("CustomerPanel", "%n visits", "", 5) == "5 apsilankymai"
    assert lt.translate("CustomerPanel", "%n visits", "", 10) == "10 apsilankymų"
    assert fa.translate("CustomerPanel", "%n visits", "", 12) == "۱۲ مراجعه"
    assert Words("xx").translate("Receipt", "TOTAL") == "TOTAL"


def test_no_translation_wrapper_hides_strings_from_lupdate() -> None:
    """lupdate sees ``self.tr("…")`` and ``X.translate("Context", "…")``, not a helper like ``_tr("…")``:
    a string passed through one would silently stay English."""
    hidden = re.compile(r"(?<![\w.])_?tr\(\s*[\"']")
    found = [f"{path.relative_to(ROOT)}:{number}" for folder in ("ui", "terminal")
             for path in (ROOT / folder).rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if hidden.search(line)]
    assert found == []


def test_every_translate_call_names_its_context_literally() -> None:
    """``translate(CONTEXT, …)`` with a variable context is invisible to lupdate too."""
    variable = re.compile(r"\.translate\(\s*[A-Za-z_]\w*\s*,\s*[\"']")
    found = [f"{path.relative_to(ROOT)}:{number}" for folder in ("ui", "terminal")
             for path in (ROOT / folder).rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if variable.search(line)]
    assert found == []


def test_no_translated_text_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-string braces: ``f"{self.tr('Send')}"`` stays English."""
    inside = re.compile(r"""\bf(["']).*\{[^}]*\b(translate|tr)\(\s*["']""")
    found = [f"{path.relative_to(ROOT)}:{number}" for folder in ("ui", "terminal")
             for path in (ROOT / folder).rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if inside.search(line)]
    assert found == []
