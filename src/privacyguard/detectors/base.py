"""What a face detector looks like to the rest of the program."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from privacyguard.core.types import BBox


@dataclass(frozen=True)
class Detection:
    """One box from one detector, in pixels of the image it was given; score in [0, 1]."""

    box: BBox
    score: float
    source: str


class FaceDetector(Protocol):
    """A face detector; ``load`` raises DetectorUnavailableError when it cannot run."""

    name: str

    def load(self) -> None: ...

    def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]: ...


def nms(dets: list[Detection], iou: float) -> list[Detection]:
    """Greedy non-maximum suppression, best score first."""
    kept: list[Detection] = []
    for d in sorted(dets, key=lambda d: -d.score):
        if all(d.box.iou(k.box) < iou for k in kept):
            kept.append(d)
    return kept


def unturn(box: BBox, turns: int, w: int, h: int) -> BBox:
    """Map a box found in ``np.rot90(image, turns)`` back to the upright image of size w×h."""
    if turns % 4 == 1:
        return BBox(w - box.y2, box.x1, w - box.y1, box.x2)
    if turns % 4 == 3:
        return BBox(box.y1, h - box.x2, box.y2, h - box.x1)
    if turns % 4 == 2:
        return BBox(w - box.x2, h - box.y2, w - box.x1, h - box.y1)
    return box
