"""Irreversible region redaction: a solid fill, or a blur that destroys what was there.

The "blur" is not a Gaussian blur (which can be partly inverted, and which leaves text
readable): the region is averaged down to a few cells, random noise is added, and the result
is smoothed and stretched back. What remains is at most a 4×4 grid of average colours.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence

import numpy as np
from PIL import Image, ImageFilter

from privacyguard.core.settings import RedactionStyle
from privacyguard.core.types import BBox

FILL = (0, 0, 0)
BLUR_CELLS = 4
NOISE_SIGMA = 24.0

Operator = Callable[[np.ndarray, BBox, int], None]


def _fill(out: np.ndarray, box: BBox, seed: int) -> None:
    out[box.y1 : box.y2, box.x1 : box.x2, :3] = FILL


def _destroy(out: np.ndarray, box: BBox, seed: int) -> None:
    region = out[box.y1 : box.y2, box.x1 : box.x2, :3]
    h, w = region.shape[:2]
    cells_x = max(1, min(BLUR_CELLS, w))
    cells_y = max(1, min(BLUR_CELLS, h))
    coarse = np.asarray(Image.fromarray(np.ascontiguousarray(region)).resize((cells_x, cells_y), Image.Resampling.BOX), np.float32)
    rng = np.random.default_rng([seed, box.x1, box.y1, box.x2, box.y2])
    noisy = coarse + rng.normal(0.0, NOISE_SIGMA, coarse.shape)
    small = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    big = small.resize((w, h), Image.Resampling.BICUBIC)
    big = big.filter(ImageFilter.GaussianBlur(radius=max(2.0, min(w, h) / 6)))
    grain = rng.normal(0.0, NOISE_SIGMA / 3, (h, w, 3))
    region[...] = np.clip(np.asarray(big, np.float32) + grain, 0, 255).astype(np.uint8)


OPERATORS: dict[RedactionStyle, Operator] = {
    RedactionStyle.SOLID: _fill,
    RedactionStyle.BLUR: _destroy,
}


def redact(pixels: np.ndarray, boxes: Sequence[BBox], style: RedactionStyle, seed: int | None = None) -> np.ndarray:
    """A copy of ``pixels`` with every box destroyed; alpha is made opaque inside the boxes.

    The noise is secret (a fresh random ``seed`` by default); a caller that redacts the same
    photo again (the re-check rounds, the photo cleaned again: one secret seed per photo) passes its own seed so the same
    boxes get the same noise.
    """
    seed = secrets.randbits(64) if seed is None else seed
    out = pixels.copy()
    h, w = out.shape[:2]
    op = OPERATORS[style]
    for box in boxes:
        b = box.clip(w, h)
        if b.area == 0:
            continue
        op(out, b, seed)
        if out.shape[2] == 4:
            out[b.y1 : b.y2, b.x1 : b.x2, 3] = 255
    return out
