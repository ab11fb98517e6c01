"""Faces tilted by about 45° or 135°: real annotated photos turned, checked by the product's own face finder.

    python bench/tilted_eval.py ../shared/faces_dev [--half held] [--sensitivity standard] [--strict]

faces_dev (WIDER FACE images, research-only licence) is read from its path: never copied here.
Each photo of the chosen half (bench/face_tune.py's split) is turned by one angle drawn from its
name: 45°, 135°, 225° or 315°, give or take 12° (a head on a pillow, a photo taken across the bed).
The turned photo grows to hold all of it (the corners are grey). Faces are then found by
``FaceFinder.find`` as ``check`` finds them (``--strict``: the re-check's second look).

A face is found when its turned centre lies inside an accepted box; it is covered when at least
95 % of a grid of points over the turned face lies inside the painted (redaction) box. Recall is
given by the face's height before turning (< 32, 32-64, 64-128, >= 128 px), to set beside
bench/face_tune.py's figures for the same faces upright. A false positive is an accepted box that
holds no face centre and overlaps no ignored face (WIDER's invalid or < 10 px faces).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import statistics
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from PIL import Image

from privacyguard.core.settings import FaceSensitivity
from privacyguard.core.types import BBox
from privacyguard.detectors.base import untilt
from privacyguard.detectors.faces import FaceFinder

SIZES = ((0, 32, "<32"), (32, 64, "32-64"), (64, 128, "64-128"), (128, 10**6, ">=128"))


def half(name: str) -> str:
    return "tune" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "held"


def angle_of(name: str) -> float:
    """45, 135, 225 or 315 degrees counter-clockwise, give or take 12, drawn from the photo's name."""
    d = hashlib.sha256(b"tilt:" + name.encode()).digest()
    return 45 + 90 * (d[0] % 4) + (d[1] / 255 * 24 - 12)


def turned(im: Image.Image, angle: float) -> tuple[Image.Image, np.ndarray]:
    """The photo turned counter-clockwise by ``angle`` (grown to hold it all) and the 2×3 map of its points."""
    w, h = im.size
    out = im.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(128, 128, 128))
    a = math.radians(angle)
    c, s = math.cos(a), math.sin(a)
    # PIL turns counter-clockwise on screen (y down): x' = c*x + s*y, y' = -s*x + c*y around the centres
    m = np.array([[c, s, 0.0], [-s, c, 0.0]])
    m[:, 2] = np.array(out.size) / 2 - m[:, :2] @ np.array([w / 2, h / 2])
    return out, m


def points(box: BBox, m: np.ndarray, n: int = 7) -> np.ndarray:
    xs, ys = np.meshgrid(np.linspace(box.x1, box.x2, n), np.linspace(box.y1, box.y2, n))
    return np.stack([xs.ravel(), ys.ravel(), np.ones(n * n)], 1) @ m.T


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", type=Path)
    ap.add_argument("--half", choices=("tune", "held", "all"), default="held")
    ap.add_argument("--sensitivity", choices=[s.value for s in FaceSensitivity], default="standard")
    ap.add_argument("--strict", action="store_true", help="the re-check's second look")
    ap.add_argument("--limit", type=int, default=0, help="only the first N photos of the half")
    a = ap.parse_args()
    truth = json.loads((a.root / "truth.json").read_text())
    finder = FaceFinder(FaceSensitivity(a.sensitivity))
    finder.load()
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    fp = images = 0
    times = []
    for entry in truth:
        if a.half != "all" and half(entry["image"]) != a.half:
            continue
        if a.limit and images >= a.limit:
            break
        images += 1
        im, m = turned(Image.open(a.root / entry["image"]).convert("RGB"), angle_of(entry["image"]))
        t = time.perf_counter()
        boxes = finder.find(np.asarray(im), strict=a.strict)
        times.append(time.perf_counter() - t)
        faces = [BBox(*f) for f in entry["faces"]]
        centres = [np.array([*f.centre, 1.0]) @ m.T for f in faces]
        for face, c in zip(faces, centres, strict=True):
            hit = [b for b in boxes if b.box and b.box.contains_point(float(c[0]), float(c[1]))]
            pts = points(face, m)
            cover = any(b.redact_box and np.mean([b.redact_box.contains_point(float(x), float(y)) for x, y in pts]) >= 0.95
                        for b in boxes)
            for k in ("all", next(k for lo, hi, k in SIZES if lo <= face.height < hi)):
                found[k][0] += bool(hit)
                found[k][1] += cover
                found[k][2] += 1
        ignore = [untilt(BBox(*f), m) for f in entry["ignore"]]  # any 2×3 map: the box holding the turned box
        for b in boxes:
            if b.box and not any(b.box.contains_point(float(c[0]), float(c[1])) for c in centres) \
                    and not any(b.box.intersects(i) for i in ignore):
                fp += 1
    print(f"{images} photos of the {a.half} half, turned 45/135/225/315 +-12 deg, {a.sensitivity}"
          f"{' (re-check)' if a.strict else ''}: median {statistics.median(times):.2f} s a photo")
    for k in ("all", *(k for *_, k in SIZES)):
        f, c, n = found.get(k, [0, 0, 0])
        if n:
            print(f"  {k:<7} found {f / n:.3f} ({f}/{n})  covered {c / n:.3f}")
    print(f"  false positives {fp / max(1, images):.2f} a photo")


if __name__ == "__main__":
    main()
