"""Barcodes, QR codes, DataMatrix, PDF417, Aztec: found with zxing-cpp, even when they cannot be decoded."""

from __future__ import annotations

from typing import Any

import numpy as np

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.types import BBox, Category, Finding, Severity

# A code is redacted with a margin of this fraction of its size (quiet zone, printed digits under it).
MARGIN = 0.15


def channel_mean(rgb: np.ndarray) -> np.ndarray:
    """The mean of the three channels, rounded down, as uint8: numpy's float mean gives exactly this, in 0.23 s at
    12 MP against 0.04 s summed in 16-bit integers."""
    total = rgb[:, :, 0].astype(np.uint16)
    total += rgb[:, :, 1]
    total += rgb[:, :, 2]
    return (total // 3).astype(np.uint8)


class BarcodeFinder:
    """Cheap constructor; ``load()`` imports zxing-cpp."""

    name = "zxing-cpp"

    def __init__(self) -> None:
        self._zx: Any = None

    def load(self) -> None:
        if self._zx is None:
            try:
                import zxingcpp
            except ImportError as exc:
                raise DetectorUnavailableError(f"zxing-cpp is not installed ({exc})") from None
            self._zx = zxingcpp

    def find(self, rgb: np.ndarray) -> list[Finding]:
        """One BARCODE finding per code; undecodable codes are kept (their content is then unknown)."""
        self.load()
        h, w = rgb.shape[:2]
        grey = channel_mean(rgb)
        codes = self._zx.read_barcodes(grey, try_rotate=True, try_downscale=True, try_invert=True, return_errors=True)
        findings: list[Finding] = []
        for code in codes:
            p = code.position
            xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
            ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
            box = BBox(min(xs), min(ys), max(xs) + 1, max(ys) + 1).clip(w, h)
            if box.area == 0 and box.width + box.height > 0:  # a 1-pixel-high linear code line: give it height
                box = BBox(box.x1, max(0, box.y1 - box.width // 4), box.x2, min(h, box.y2 + box.width // 4))
            pad = MARGIN * max(box.width, box.height)
            redact = BBox(round(box.x1 - pad), round(box.y1 - pad), round(box.x2 + pad), round(box.y2 + pad)).clip(w, h)
            fmt = str(code.format).split(".")[-1]
            content = code.text if code.valid else ""
            shown = f" «{content[:40]}{'…' if len(content) > 40 else ''}»" if content else " (content unreadable)"
            findings.append(Finding(
                id=f"code-{len(findings) + 1}", category=Category.BARCODE, severity=Severity.HIGH, score=1.0 if code.valid else 0.6,
                detail=f"{fmt}{shown}", source="zxing-cpp", box=box, redact_box=redact, text=content or None,
            ))
        return findings
