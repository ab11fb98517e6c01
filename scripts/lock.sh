#!/usr/bin/env bash
# Regenerate requirements/lock.txt: every dependency (app, dev, build) pinned with its sha256, for Linux, Windows
# and macOS, at the versions installed in .venv (the ones the tests passed with). scripts/setup.sh installs from it.
# Run after changing pyproject.toml's ranges and passing the tests:   bash scripts/lock.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
python3 -m venv "$tool/venv"
"$tool/venv/bin/pip" install -q uv 2>&1 | grep -v -i "warning: location" || true
.venv/bin/python -m pip freeze --exclude-editable | grep "==" > "$tool/tested.txt"
"$tool/venv/bin/uv" pip compile pyproject.toml --extra dev --extra build --universal --python-version 3.11 \
  --generate-hashes --constraint "$tool/tested.txt" --no-header -q -o requirements/lock.txt
echo "requirements/lock.txt: $(grep -c '^[a-zA-Z]' requirements/lock.txt) packages"
