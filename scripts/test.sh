#!/usr/bin/env bash
# Sets everything up, then runs the linters, the type checker, the layering contracts and the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1
.venv/bin/ruff check src tests bench models scripts packaging
.venv/bin/mypy
.venv/bin/lint-imports
.venv/bin/pytest -q "$@"
