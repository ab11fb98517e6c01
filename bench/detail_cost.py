"""How much the detail pass (small text read again at full resolution) reads on real photos: places and crops.

    python bench/detail_cost.py IMAGE [IMAGE...] [--limit 40]

Each photo is enlarged to 12 MP (4000x3000), as a phone takes it; the crops are counted with no line
known yet (an upper bound: the shrunk reading covers some). Prints the share of photos with a crop,
the median number of crops and the median area read, the places the rule of three pieces alone would keep,
and the time of the morphology.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from privacyguard.detectors.text_places import detail_crops, text_like


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("images", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args()
    crops_n, areas, times, three = [], [], [], []
    for path in args.images[: args.limit]:
        rgb = np.asarray(Image.open(path).convert("RGB").resize((4000, 3000), Image.Resampling.BICUBIC))
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        t = time.perf_counter()
        places = text_like(gray)
        times.append(time.perf_counter() - t)
        three.append(sum(n >= 3 for _, n in places))
        crops = detail_crops(places, [], 4000, 3000)
        crops_n.append(len(crops))
        areas.append(sum(c.area for c in crops))
    n = len(crops_n)
    print(f"{n} photos at 12 MP: {sum(c > 0 for c in crops_n)}/{n} with a crop; crops median {statistics.median(crops_n)}, "
          f"mean {statistics.mean(crops_n):.2f}; area read median {statistics.median(areas) / 1e6:.2f} MP, "
          f"mean {statistics.mean(areas) / 1e6:.2f} MP; places of 3+ pieces mean {statistics.mean(three):.2f}; "
          f"morphology {statistics.median(times):.2f} s")


if __name__ == "__main__":
    main()
