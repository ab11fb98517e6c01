"""A detector loaded once, whose status is "ran" or "unavailable: why" (never an exception), and a check run on one
image: its findings, or why it did not run."""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.types import RAN, Finding, unavailable
from privacyguard.detectors.base import Detection
from privacyguard.detectors.ocr import OcrLine


class Check:
    """Calls ``load`` on first use and remembers whether it worked."""

    def __init__(self, *loaders: Callable[[], None]) -> None:
        self._loaders = loaders
        self._status: str | None = None
        self._lock = threading.Lock()  # loaded once, even when several threads ask at the same time

    def status(self) -> str:
        with self._lock:
            return self._load()

    def _load(self) -> str:
        if self._status is None:
            try:
                for load in self._loaders:
                    load()
                self._status = RAN
            except DetectorUnavailableError as exc:
                self._status = unavailable(exc.reason)
        return self._status


@dataclass
class FirstLook:
    """What the detectors saw in an image before it was judged: its OCR lines, raw face detections and codes (each None
    until read). A photo's first look is judged again against the post's identifiers (a draft that names someone new: the
    photo is not read again) and by the re-check where the pixels are the same; a written copy's, when the same copy is
    written again (the post cleaned again with the same choices).

    ``noise``: the secret seed of a photo's blurred boxes, one per photo while the program runs: cleaned again with the same
    choices it is the same copy (judged, not read again), and two copies of it posted do not hold two draws of noise to
    average."""

    lines: list[OcrLine] | None = None
    faces: list[Detection] | None = None
    codes: list[Finding] | None = None
    noise: int = field(default_factory=lambda: secrets.randbits(64))


class Looks:
    """The last ``kept`` looks, by key, each made empty when new (the oldest forgotten); safe from several threads."""

    def __init__(self, kept: int) -> None:
        self._kept = kept
        self._looks: dict[str, FirstLook] = {}
        self._lock = threading.Lock()

    def __call__(self, key: str) -> FirstLook:
        with self._lock:
            look = self._looks.setdefault(key, FirstLook())
            while len(self._looks) > self._kept:
                self._looks.pop(next(iter(self._looks)))
            return look

    def get(self, key: str) -> FirstLook | None:
        with self._lock:
            return self._looks.get(key)

    def clear(self) -> None:
        with self._lock:
            self._looks.clear()


def pixels_key(*images: np.ndarray | None) -> str:
    """What the detectors are given, as a key: the same pixels are seen the same way (0.03 s for 12 MP)."""
    return "|".join("-" if a is None else f"{a.shape}{a.dtype}{hashlib.sha256(np.ascontiguousarray(a).data).hexdigest()}" for a in images)


class Unloaded(Exception):
    """A check whose models could not load: its status says why."""

    def __init__(self, status: str) -> None:
        super().__init__(status)
        self.status = status


def checked(check: Check, call: Callable[[], list[Finding]]) -> tuple[str | None, list[Finding]]:
    """``call``'s findings once ``check``'s models are loaded; else (or when it raises on this image) why it did not run."""
    status = check.status()
    if status != RAN:
        return status, []
    try:
        return None, call()
    except Unloaded as exc:
        return exc.status, []
    except Exception as exc:  # noqa: BLE001 - fail closed: the check did not run on this photo
        return unavailable(f"the detector failed on this image ({type(exc).__name__})"), []
