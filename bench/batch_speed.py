"""Batch throughput: photos per minute with 1 worker and with every core, and peak memory per process.

    python bench/batch_speed.py [--photos 16] [--sizes 12 2] [--compare FOLDER]

Photos are made as in bench/stages.py (a face on a textured background, JPEG), each with its own faint noise (±2
levels): pixels seen before are not looked at again, so copies of one photo would not measure a folder of photos. Each setting runs
in a fresh process. "Overall" includes loading the models in every worker (about 10 s); "steady"
is the rate once the first photo is done, what a folder of hundreds of photos sees. ``--compare``
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

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).parent))
from stages import make_photo

SIZES = {12: (4000, 3000), 2: (1632, 1224)}


def one(folder: Path, out: Path, workers: int) -> None:
    """In a fresh process: run the batch and print its figures as JSON."""
    from privacyguard.core.progress import Progress
    from privacyguard.pipeline.batch import BatchOptions, run_batch

    times: list[float] = []
    start = time.perf_counter()

    def tick(p: Progress) -> None:
        if p.done:
            times.append(time.perf_counter())

    result = run_batch(folder, out, BatchOptions(workers=workers), tick)
    total = time.perf_counter() - start
    steady = (len(times) - 1) / (times[-1] - times[0]) * 60 if len(times) > 1 else 0.0
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"overall": len(result.entries) / total * 60, "steady": steady, "peak_mb": peak / 1024,
                      "cleaned": result.count("cleaned"), "items": [e.to_dict() for e in result.entries]}))


def run(folder: Path, out: Path, workers: int) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    proc = subprocess.run([sys.executable, __file__, "--one", str(folder), str(out), str(workers)], capture_output=True, text=True,
                          check=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    return json.loads(proc.stdout.strip().splitlines()[-1])


def compare(folder: Path, items: list[dict]) -> str:
    from privacyguard.pipeline import Pipeline

    pipe = Pipeline()
    same = 0
    items = [i for i in items if i.get("status") == "ok"]  # files that are not images are errors both ways
    for item in items:
        single, _ = pipe.analyze_one(folder / item["source"])
        def key(fs: list[dict]) -> list:
            return sorted((f["category"], f["box"]) for f in fs if f["category"] != "METADATA")
        same += key([f.to_dict() for f in single.findings]) == key(item.get("findings", []))
    return f"{same}/{len(items)} photos with the same findings as the single-photo path"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--photos", type=int, default=16)
    ap.add_argument("--sizes", type=int, nargs="+", default=[12, 2])
    ap.add_argument("--compare", type=Path)
    ap.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        one(Path(a.one[0]), Path(a.one[1]), int(a.one[2]))
        return
    tmp = Path(tempfile.mkdtemp())
    cores = os.cpu_count() or 1
    print("| photos | workers | photos/min overall | photos/min steady | peak memory per process |\n|---|---:|---:|---:|---:|")
    for mp in a.sizes:
        folder = tmp / f"in{mp}"
        folder.mkdir()
        source = np.asarray(Image.open(make_photo(tmp, SIZES[mp])))
        for n in range(a.photos):  # as many different photos, the same work: pixels seen before are not looked at again
            noise = np.random.default_rng(n).integers(-2, 3, source.shape)
            Image.fromarray(np.clip(source + noise, 0, 255).astype(np.uint8)).save(folder / f"photo_{n:03d}.jpg", quality=92)
        for workers in sorted({1, cores}):
            r = run(folder, tmp / f"out{mp}_{workers}", workers)
            print(f"| {a.photos} × {mp} MP | {workers} | {r['overall']:.1f} | {r['steady']:.1f} | {r['peak_mb']:.0f} MB |", flush=True)
    if a.compare:
        r = run(a.compare, tmp / "cmp", cores)
        print(compare(a.compare, r["items"]))


if __name__ == "__main__":
    main()
