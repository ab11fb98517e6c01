#!/usr/bin/env bash
# Installs what privacyguard needs on Debian/Ubuntu: system packages (when missing), then the
# virtual environment at .venv/ with the app and its development tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# exiftool: an independent metadata reader for the tests. The Qt libraries let the window start on a
# Linux desktop (xcb) and offscreen in CI; xvfb and xauth take the screenshots (scripts/screenshots.py).
SYSTEM_PACKAGES=(python3-venv libimage-exiftool-perl
  libegl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core xvfb xauth)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Please install: ${missing[*]} (no apt-get on this machine)" >&2
  fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=".venv/.installed-$(cat pyproject.toml requirements/lock.txt | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v -i warning || true
  # Exactly what the tests passed with: every package pinned with its sha256 (scripts/lock.sh writes the lock).
  .venv/bin/python -m pip install -q --require-hashes -r requirements/lock.txt 2>&1 | grep -v -i "warning: location" || true
  .venv/bin/python -m pip install -q --no-deps --no-build-isolation -e . 2>&1 | grep -v -i "warning: location" || true
  .venv/bin/python -c "import privacyguard, PIL, pillow_heif, onnxruntime, PySide6.QtWidgets, pytestqt"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
