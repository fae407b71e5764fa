"""Compile resources/translations/*.ts into .qm files with PySide6's lrelease (never committed).

    .venv/bin/python scripts/build_translations.py            # compile
    .venv/bin/python scripts/build_translations.py --update   # first collect new strings (lupdate)

Run by scripts/setup.sh, by the bundle (installer.spec) and by the test set-up.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "hu", "ru", "uk", "lt", "fa")
# Where the strings are: the screens, and the domain's paper and web texts (terminal/words.py).
SOURCES = ("ui", "terminal")


def _tool(name: str) -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def update() -> None:
    """Collect every translatable string into the .ts files, keeping the translations made so far."""
    files = sorted(str(p.relative_to(ROOT)) for folder in SOURCES for p in (ROOT / folder).rglob("*.py"))
    for language in LANGUAGES:
        ts = FOLDER / f"loyalty_{language}.ts"
        # English needs only its plural forms; every other string is its own source text.
        extra = ["-pluralonly"] if language == "en" else []
        subprocess.run([_tool("lupdate"), *files, "-locations", "none", "-no-obsolete", *extra,
                        "-target-language", language, "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def build(folder: Path = FOLDER) -> list[Path]:
    built = []
    for ts in sorted(folder.glob("loyalty_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            built.append(qm)
            continue
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run lupdate over ui/ and terminal/ first")
    args = parser.parse_args()
    if args.update:
        update()
    for qm in build():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
