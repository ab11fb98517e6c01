#!/usr/bin/env bash
# Sets everything up, then checks the bundled sample photo (a face + GPS, serial number,
# thumbnail and XMP in its metadata). Extra arguments replace the sample: scripts/run.sh my.jpg
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ $# -eq 0 ]; then set -- assets/samples/consultation.jpg; fi
status=0
.venv/bin/privacyguard check "$@" || status=$?
echo
echo "(exit code $status: 0 clean, 1 something to remove or not checked, 2 unreadable input)"
echo "To write cleaned copies: .venv/bin/privacyguard sanitize $* -o cleaned/"
