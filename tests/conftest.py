"""Shared fixtures: real face photos from installed wheels, a loaded pipeline, fakes."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.types import BBox
from privacyguard.detectors.base import Detection
from privacyguard.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def grace() -> Path:
    """Grace Hopper's portrait (public domain), shipped in matplotlib's wheel: one face."""
    import matplotlib.cbook

    return Path(matplotlib.cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))


@pytest.fixture(scope="session")
def astronaut() -> Path:
    """Eileen Collins (NASA, public domain), shipped in scikit-image's wheel: one face."""
    import skimage

    return Path(skimage.__file__).parent / "data" / "astronaut.png"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The real pipeline, models loaded once for the whole session."""
    p = Pipeline()
    p.load()
    return p


class FakeDetector:
    """A detector that returns fixed boxes, or cannot load."""

    def __init__(self, name: str = "fake", boxes: list[BBox] | None = None, broken: str | None = None) -> None:
        self.name = name
        self.boxes = boxes or []
        self.broken = broken

    def load(self) -> None:
        if self.broken:
            raise DetectorUnavailableError(self.broken)

    def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]:
        h, w = rgb.shape[:2]
        return [Detection(b.clip(w, h), 0.9, self.name) for b in self.boxes]
