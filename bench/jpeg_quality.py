"""Why JPEG quality 95 with 4:4:4 chroma: PSNR and size of each setting on real photos.

    python bench/jpeg_quality.py [PHOTO ...]
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import matplotlib.cbook
import numpy as np
import skimage
from PIL import Image


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(float) - b.astype(float)) ** 2))
    return 10 * np.log10(255**2 / mse) if mse else float("inf")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("photos", nargs="*", type=Path)
    a = ap.parse_args()
    photos = a.photos or [Path(matplotlib.cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)),
                          Path(skimage.__file__).parent / "data" / "astronaut.png"]
    print(f"{'photo':<18} {'quality':>7} {'chroma':>6} {'PSNR dB':>8} {'PSNR red':>9} {'kB':>6}")
    for p in photos:
        src = np.asarray(Image.open(p).convert("RGB"))
        for q in (85, 90, 95):
            for sub, name in ((2, "4:2:0"), (0, "4:4:4")):
                buf = io.BytesIO()
                Image.fromarray(src).save(buf, "JPEG", quality=q, subsampling=sub)
                out = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
                print(f"{p.name[:18]:<18} {q:>7} {name:>6} {psnr(src, out):>8.1f} {psnr(src[..., 0], out[..., 0]):>9.1f} "
                      f"{len(buf.getvalue()) / 1024:>6.0f}")


if __name__ == "__main__":
    main()
