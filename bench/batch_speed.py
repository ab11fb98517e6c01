"""Batch throughput: photos per minute with 1 worker and with every core, and peak memory per worker.

    python bench/batch_speed.py [--photos 12] [--sizes 12 2] [--compare FOLDER]

Photos are made as in bench/stages.py (a face on a textured background, JPEG). ``--compare``
also runs the single-photo path on FOLDER and counts the photos whose batch findings differ.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from stages import make_photo

SIZES = {12: (4000, 3000), 2: (1632, 1224)}


def run(folder: Path, out: Path, workers: int) -> tuple[float, float, dict]:
    """Photos per minute (model loading included) and the peak resident memory of one process, MB."""
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "privacyguard", "batch", str(folder), "-o", str(out), "--workers", str(workers)],
                   check=False, capture_output=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    seconds = time.perf_counter() - t
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    report = json.loads((out / "report.json").read_text())
    return len(report["items"]) / seconds * 60, peak, report


def compare(folder: Path, report: dict) -> str:
    from privacyguard.pipeline import Pipeline

    pipe = Pipeline()
    same = 0
    for item in report["items"]:
        single, _ = pipe.analyze_one(folder / item["source"])
        key = lambda fs: sorted((f["category"], f["box"]) for f in fs if f["category"] != "METADATA")  # noqa: E731
        same += key([f.to_dict() for f in single.findings]) == key(item.get("findings", []))
    return f"{same}/{len(report['items'])} photos with the same findings as the single-photo path"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--photos", type=int, default=12)
    ap.add_argument("--sizes", type=int, nargs="+", default=[12, 2])
    ap.add_argument("--compare", type=Path)
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    cores = os.cpu_count() or 1
    print("| photos | workers | photos per minute | peak memory per process (MB) |\n|---|---:|---:|---:|")
    for mp in a.sizes:
        folder = tmp / f"in{mp}"
        folder.mkdir()
        one = make_photo(tmp, SIZES[mp])
        for n in range(a.photos):
            shutil.copy(one, folder / f"photo_{n:03d}.jpg")
        for workers in sorted({1, cores}):
            rate, peak, _ = run(folder, tmp / f"out{mp}_{workers}", workers)
            print(f"| {a.photos} × {mp} MP | {workers} | {rate:.1f} | {peak:.0f} |", flush=True)
    if a.compare:
        _, _, report = run(a.compare, tmp / "cmp", cores)
        print(compare(a.compare, report))


if __name__ == "__main__":
    main()
