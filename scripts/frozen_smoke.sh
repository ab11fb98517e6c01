#!/usr/bin/env bash
# Build the PyInstaller bundle and try it as a doctor's computer would run it: from a copy in a temporary
# folder, with an empty environment (no .venv, no PYTHONPATH, no network needed), `check` and `sanitize`
# on the sample, then the window started offscreen until its models are ready. Prints size and times.
#   bash scripts/frozen_smoke.sh            (about 5 to 10 minutes on 2 cores; run before each release)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$work/dist" --workpath "$work/build" build.spec
echo "build: $(( $(date +%s) - start )) s, bundle $(du -sh "$work/dist/privacyguard" | cut -f1)"
mkdir -p "$work/home" "$work/run"
cp -r "$work/dist/privacyguard" "$work/app"
rm -rf "$work/dist" "$work/build"
cp assets/samples/consultation.jpg "$work/run/"
app="$work/app/privacyguard"  # the window
cli="$work/app/privacyguard-cli"  # the command line
run() { (cd "$work/run" && env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
          PRIVACYGUARD_HOME="$work/home" "$@"); }
t0=$(date +%s.%N)
set +e
run "$cli" check consultation.jpg --text "Léa Martin, 3 ans, vue au CH de Dax" --json > "$work/check.json"
code=$?
set -e
echo "check (cold, sample photo and draft): $(echo "$(date +%s.%N) - $t0" | bc) s, exit $code (1 = identifiers found)"
python3 - "$work/check.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
checks = r["items"][0]["checks"]
assert all(v == "ran" for v in checks.values()), checks
assert r["draft"]["checks"]["identifiers"] == "ran", r["draft"]["checks"]
print("  every check ran:", ", ".join(checks), "+ draft")
PY
run "$cli" sanitize consultation.jpg -o out --json > "$work/sanitize.json" || true
python3 - "$work/sanitize.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["items"][0]["cleaned"]["verified"], r["items"][0]["cleaned"]
print("  sanitize: cleaned copy verified")
PY
t0=$(date +%s.%N)
run "$app" --smoke
echo "window offscreen, models ready and quit: $(echo "$(date +%s.%N) - $t0" | bc) s"
echo "frozen app smoke test: passed"
