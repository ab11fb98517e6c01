"""Cold start, side by side with deface: the CLI's first result on one photo in a fresh process.

    python bench/cold_start.py PHOTO [--runs 3] [--deface PATH]

Runs ``privacyguard check --json PHOTO`` (every check, the models loaded in the process) and, when
deface is installed (a bench-only extra in its own environment, never a dependency of privacyguard:
``python -m venv /tmp/deface-venv && /tmp/deface-venv/bin/pip install deface onnxruntime``), ``deface
PHOTO`` on the same photo. Prints the median wall time of each and their ratio (the issue asks for at
most half of deface's time).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str], runs: int, ok: tuple[int, ...] = (0,)) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        done = subprocess.run(cmd, check=False, capture_output=True)
        times.append(time.perf_counter() - t)
        if done.returncode not in ok:
            raise SystemExit(f"{cmd[0]} failed ({done.returncode}): {done.stderr.decode()[-400:]}")
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("photo", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--deface", default=shutil.which("deface") or "/tmp/deface-venv/bin/deface")
    a = ap.parse_args()
    # exit code 1: something was found (the test photo has a face), which is a result, not a failure
    ours = timed([sys.executable, "-m", "privacyguard", "check", "--json", str(a.photo)], a.runs, ok=(0, 1))
    print(f"privacyguard check --json: {ours:.1f} s (median of {a.runs})")
    if not Path(a.deface).exists():
        print("deface is not installed: no ratio")
        return
    with tempfile.TemporaryDirectory() as tmp:
        theirs = timed([a.deface, str(a.photo), "-o", str(Path(tmp) / f"out{a.photo.suffix}")], a.runs)
    print(f"deface: {theirs:.1f} s (median of {a.runs}); ratio privacyguard / deface = {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
