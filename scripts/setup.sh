#!/usr/bin/env bash
# Sets up a fresh Debian machine for Loyalty Terminal: system packages (when run as root), then a
# virtual environment in .venv with the project, its test tools and PyInstaller (the `build` extra, for
# scripts/build_bundle.sh). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  libzbar0            # pyzbar's decoder
  poppler-utils       # pdftoppm / pdftotext, used by the tests to read printed receipts
  postgresql          # the hub's store for chains; its tests start a private server
  chromium chromium-driver  # the feedback page's browser tests
  xvfb                # a virtual screen for manual runs without a display
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-xkb1 libxcb-randr0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3  # Qt xcb
  fonts-dejavu-core
  binutils            # PyInstaller reads and strips the bundle's libraries with objdump / strip
)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Please install these Debian packages first (as root): ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
EXTRAS=test,build
stamp=.venv/.installed-$( (cat pyproject.toml; echo "$EXTRAS") | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[$EXTRAS]"
  rm -f .venv/.installed-* && touch "$stamp"
fi
.venv/bin/python scripts/build_translations.py >/dev/null  # the .qm files Qt loads (never committed)
echo "Set up: .venv is ready."
