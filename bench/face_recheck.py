"""What the single-photo re-check costs and what it leaves, on photos with annotated faces: each photo is checked, cleaned
with the first look's choices (the default decisions, faces painted solid) as ``sanitize`` does, written, re-checked
(with its rounds), and every annotated face is scored on the written copy.

    python bench/face_recheck.py FOLDER [--truth FOLDER/faces.json] [--half held] [--skip N] [--limit N] [--scope full]

A face is covered when 95 % of a 7×7 grid over its box is black on the written copy. Prints the faces covered by the
first look's boxes and on the written copy, the copies verified, the faces the re-check added, and the median time of
``apply`` (the write, the re-check and its rounds) per photo. ``--half`` takes bench/face_tune.py's split of a truth
file whose entries have no category (faces_dev). Run it on two versions (PYTHONPATH=other/src) to compare them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

from privacyguard.core.report import Decisions
from privacyguard.core.settings import AnalysisOptions, FaceSensitivity, VerifyScope
from privacyguard.core.types import BBox, Category
from privacyguard.pipeline import Pipeline


def half(name: str) -> str:
    return "tune" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "held"


def grid(box: BBox, n: int = 7) -> list[tuple[int, int]]:
    return [(round(box.x1 + (i + 0.5) * box.width / n), round(box.y1 + (j + 0.5) * box.height / n)) for i in range(n) for j in range(n)]


def black(rgb: np.ndarray, box: BBox) -> bool:
    h, w = rgb.shape[:2]
    pts = [(min(w - 1, x), min(h - 1, y)) for x, y in grid(box)]
    return float(np.mean([rgb[y, x, :3].max() <= 16 for x, y in pts])) >= 0.95


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--truth", type=Path)
    ap.add_argument("--half", choices=("tune", "held", "all"), default="all")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--skip", type=int, default=0, help="leave out the first N photos (after --half)")
    ap.add_argument("--scope", choices=[s.value for s in VerifyScope], default=VerifyScope.FULL.value,
                    help="full: the window's and sanitize's re-check; regions: the batch's")
    ap.add_argument("--sensitivity", default="standard")
    ap.add_argument("--show", action="store_true", help="print each photo's figures")
    a = ap.parse_args()
    truth = json.loads((a.truth or a.folder / "faces.json").read_text())
    truth = [t for t in truth if a.half == "all" or half(t["image"]) == a.half][a.skip :][: a.limit or None]
    pipe = Pipeline(AnalysisOptions(FaceSensitivity(a.sensitivity)))
    pipe.load()
    faces = first = after = verified = added = 0
    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, entry in enumerate(truth):
            item, photo = pipe.analyze_one(a.folder / entry["image"])
            if photo is None:
                continue
            boxes = [f.redact_box for f in item.findings if f.redact_box and f.category is Category.FACE]
            t = time.perf_counter()
            result = pipe.apply(item, Decisions(), Path(tmp) / f"{n}.png", photo=photo, unverified_dir=Path(tmp) / "aside",
                                scope=VerifyScope(a.scope))
            times.append(time.perf_counter() - t)
            verified += result.verified
            more = sum(i.startswith("residual-face") for i in result.redacted)
            added += more
            written = np.asarray(Image.open(result.output).convert("RGB")) if result.output else photo.rgb()
            here = [0, 0]
            for f in entry["faces"]:
                g = BBox(*f)
                faces += 1
                first += any(b.intersection(g) >= 0.95 * g.area for b in boxes)
                here[0] += black(written, g)
                here[1] += 1
            after += here[0]
            if a.show:
                print(f"{entry['image']}: {here[0]}/{here[1]} covered, {more} added, {result.verified=}, {times[-1]:.1f} s", flush=True)
    print(f"{len(times)} photos, {faces} faces; covered by the first look's boxes {first}, on the written copy {after}; "
          f"faces added by the re-check {added}; {verified}/{len(times)} copies verified; "
          f"apply (write + re-check) median {statistics.median(times):.2f} s")


if __name__ == "__main__":
    main()
