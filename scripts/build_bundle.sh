#!/usr/bin/env bash
# Builds the one-folder app (dist/LoyaltyTerminal/) and proves it works: CI runs this after the tests.
#
#   bash scripts/build_bundle.sh            # build, then check the bundle
#   bash scripts/build_bundle.sh --check    # only check an existing dist/LoyaltyTerminal
#
# 1. translations: resources/translations/*.ts -> .qm with pyside6-lrelease (when there are any);
# 2. `pyinstaller installer.spec` (PyInstaller comes from the `build` extra: pip install -e '.[build]');
# 3. libpython's debug symbols stripped (Linux; the wheels' own libraries are left alone);
# 4. the bundle's `--self-test`, headless (offscreen), and again on a virtual X screen when xvfb-run is
#    here, so Qt's xcb platform and its libraries are checked too;
# 5. the self-test must FAIL in a copy of the bundle without zxing-cpp's native library, naming the step;
# 6. prints the bundle's size, its compressed size and the self-test's start time.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
BUNDLE=dist/LoyaltyTerminal
APP=$BUNDLE/LoyaltyTerminal
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ "${1:-}" != "--check" ]; then
  shopt -s nullglob
  sources=(resources/translations/*.ts)
  if [ ${#sources[@]} -gt 0 ]; then
    for ts in "${sources[@]}"; do
      .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
    done
    echo "build: ${#sources[@]} translation(s) compiled"
  fi
  .venv/bin/pyinstaller --noconfirm --clean --log-level WARN installer.spec
  if [ "$(uname -s)" = Linux ] && command -v strip >/dev/null; then
    strip --strip-debug "$BUNDLE"/_internal/libpython3*.so*
  fi
fi
[ -x "$APP" ] || { echo "build: no bundle at $APP" >&2; exit 1; }

echo "build: self-test (offscreen)"
QT_QPA_PLATFORM=offscreen "$APP" --self-test | tee "$WORK/self-test.txt"
if command -v xvfb-run >/dev/null; then
  echo "build: self-test (xcb, on a virtual screen)"
  env -u QT_QPA_PLATFORM QT_QPA_PLATFORM=xcb xvfb-run -a "$APP" --self-test
fi

echo "build: self-test without zxing-cpp's library must fail"
cp -a "$BUNDLE" "$WORK/broken"
find "$WORK/broken" -path '*zxingcpp*' -name '*.so' -delete
if "$WORK/broken/LoyaltyTerminal" --self-test >"$WORK/broken.txt" 2>&1; then
  cat "$WORK/broken.txt"
  echo "build: the self-test passed in a bundle without its decoder library" >&2
  exit 1
fi
grep -q "failed  camera scan" "$WORK/broken.txt" || { cat "$WORK/broken.txt"; echo "build: the failure did not name the camera scan" >&2; exit 1; }
echo "build: it failed, naming the camera scan"

size=$(du -sh "$BUNDLE" | cut -f1)
packed=$(tar -C dist -cf - LoyaltyTerminal | gzip -6 | wc -c)
echo "build: $BUNDLE is $size on disk, $((packed / 1000000)) MB as a .tar.gz download"
grep "cashier window" "$WORK/self-test.txt" || true
