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

    def __init__(self, name: str = "fake", boxes: list[BBox] | None = None, broken: str | None = None, score: float = 0.9) -> None:
        self.name = name
        self.boxes = boxes or []
        self.broken = broken
        self.score = score

    def load(self) -> None:
        if self.broken:
            raise DetectorUnavailableError(self.broken)

    def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]:
        h, w = rgb.shape[:2]
        return [Detection(b.clip(w, h), self.score, self.name) for b in self.boxes]


@pytest.fixture(autouse=True)
def _own_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The journal and anything else kept in the user's data folder go to a temporary folder, never the real home."""
    monkeypatch.setenv("PRIVACYGUARD_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs with internet sockets refused: an attempt to reach the network fails the test."""
    import socket

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("a network connection was attempted")

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            refuse()
        real_connect(self, address)  # type: ignore[arg-type]

    def connect_ex(self: socket.socket, address: object) -> int:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            refuse()
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
