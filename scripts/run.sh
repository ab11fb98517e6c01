#!/usr/bin/env bash
# Sets everything up, then opens the window with the bundled sample draft and photo (a child's
# name, a phone number and a hospital in the draft; a face, a name tag and GPS in the photo).
# Without a display it checks the same sample on the command line instead.
# Extra arguments are photos to open: scripts/run.sh my.jpg
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = "Darwin" ]; then
  exec .venv/bin/privacyguard-gui --sample "$@"
fi
echo "No display: checking the sample on the command line instead (the window needs a desktop)."
echo
if [ $# -eq 0 ]; then set -- assets/samples/consultation.jpg; fi
status=0
.venv/bin/privacyguard check "$@" --text "$(.venv/bin/python -c 'from privacyguard.gui.app import SAMPLE_DRAFT; print(SAMPLE_DRAFT)')" || status=$?
echo
echo "(exit code $status: 0 clean, 1 something to remove or not checked, 2 unreadable input)"
echo "To write cleaned copies:    .venv/bin/privacyguard sanitize $* -o cleaned/"
echo "To clean a whole folder:    .venv/bin/privacyguard batch FOLDER -o CLEANED_FOLDER"
echo "To see the window here:     xvfb-run -a .venv/bin/python scripts/screenshots.py docs/screenshots"
