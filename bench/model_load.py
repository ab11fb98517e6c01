"""How long the models take to load, one after the other or side by side, each run in a fresh process.

    python bench/model_load.py [--runs 5]

Prints the median of each way (import included) and their ratio; the window loads them side by side
(``Pipeline.load``), the batch workers too.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

CODE = """
import time
t = time.perf_counter()
from privacyguard.pipeline.post import PostChecker
c = PostChecker()
if {parallel}:
    status = c.load()
else:
    d = c.photos.detectors
    for load in (d.checker.load, d.faces.load, d.ocr.load, d.barcodes.load):
        load()
    status = c.load()
assert all(v == "ran" for v in status.values()), status
print(time.perf_counter() - t)
"""


def run(parallel: bool) -> float:
    out = subprocess.run([sys.executable, "-c", CODE.format(parallel=parallel)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(args.runs):  # interleaved, so a busy moment of the machine falls on both
        for parallel in (False, True):
            times[parallel].append(run(parallel))
    one, side = statistics.median(times[False]), statistics.median(times[True])
    print(f"one after the other: {one:.2f} s (median of {args.runs}); side by side: {side:.2f} s; ratio {one / side:.2f}")


if __name__ == "__main__":
    main()
