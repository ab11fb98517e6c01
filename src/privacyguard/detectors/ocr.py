"""Reading text in photos: an OcrEngine interface and RapidOCR (its ONNX models ship inside the wheel)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.types import BBox
from privacyguard.detectors.base import unturn


@dataclass(frozen=True)
class OcrWord:
    text: str
    box: BBox
    start: int  # offset of the word in its line's text


@dataclass(frozen=True)
class OcrLine:
    """One line of text, in pixels of the upright image, with its words where the engine gives them."""

    text: str
    box: BBox
    score: float
    words: tuple[OcrWord, ...] = ()

    def span_box(self, start: int, end: int) -> BBox:
        """The box of the words that cover text[start:end] (the whole line if words are unknown)."""
        hit = [w.box for w in self.words if w.start < end and w.start + len(w.text) > start]
        if not hit:
            return self.box
        return BBox(min(b.x1 for b in hit), min(b.y1 for b in hit), max(b.x2 for b in hit), max(b.y2 for b in hit))


class OcrEngine(Protocol):
    name: str

    def load(self) -> None: ...

    def read(self, rgb: np.ndarray) -> list[OcrLine]: ...


def _quad_box(quad: Sequence[Sequence[float]]) -> BBox:
    xs, ys = [p[0] for p in quad], [p[1] for p in quad]
    return BBox(int(min(xs)), int(min(ys)), int(np.ceil(max(xs))), int(np.ceil(max(ys))))


# The model files inside the rapidocr wheel (3.10.0), by role: loaded by explicit path, checked by sha256.
RAPIDOCR_MODELS = {
    "Det": ("PP-OCRv6_det_small.onnx", "090f04abcd9d9a7498bc4ebf677e4cb9bdce1fe4197ddb7e529f1ef44e1ff94f"),
    "Rec": ("PP-OCRv6_rec_small.onnx", "6f327246b50388f3c176ae304bd95767ea6dc0c9ae92153ef8cbe210b3c14884"),
    "Cls": ("ch_ppocr_mobile_v2.0_cls_mobile.onnx", "e47acedf663230f8863ff1ab0e64dd2d82b838fceb5957146dab185a89d6215c"),
}


def _no_download(*_: Any, **__: Any) -> None:
    raise DetectorUnavailableError("an OCR model file is missing (privacyguard never downloads one)")


def rapidocr_model_paths(models_dir: Path) -> dict[str, Path]:
    """Each model file, after checking it is there and is the expected file (else the check is unavailable)."""
    paths = {}
    for role, (name, digest) in RAPIDOCR_MODELS.items():
        path = models_dir / name
        try:
            data = path.read_bytes()
        except OSError:
            raise DetectorUnavailableError(f"the OCR model {name} is missing") from None
        if hashlib.sha256(data).hexdigest() != digest:
            raise DetectorUnavailableError(f"the OCR model {name} is damaged or not the expected one (sha256 mismatch)")
        paths[role] = path
    return paths


MAX_RATIO = 3  # the text detector finds nothing in a strip much wider than tall (a 900×160 row: no line)
MAX_PADDED_GROWTH, MAX_PADDED_PIXELS = 4, 40_000_000


def _less_extreme(rgb: np.ndarray) -> tuple[np.ndarray, int, int]:
    """``rgb`` padded with white so neither side is more than MAX_RATIO times the other; and the padding added."""
    h, w = rgb.shape[:2]
    top = max(0, (-(-w // MAX_RATIO) - h + 1) // 2)
    left = max(0, (-(-h // MAX_RATIO) - w + 1) // 2)
    grown = (h + 2 * top) * (w + 2 * left)
    if (not top and not left) or grown > MAX_PADDED_GROWTH * h * w or grown > MAX_PADDED_PIXELS:
        return rgb, 0, 0  # a strip too extreme to pad (65000×1): read as it is (the OCR may refuse it: "unavailable")
    return np.pad(rgb[:, :, :3], ((top, top), (left, left), (0, 0)), constant_values=255), top, left


def _shifted(line: OcrLine, top: int, left: int, h: int, w: int) -> OcrLine:
    """A line read on the padded image, in the pixels of the image given."""
    def move(b: BBox) -> BBox:
        return BBox(b.x1 - left, b.y1 - top, b.x2 - left, b.y2 - top).clip(w, h)

    return OcrLine(line.text, move(line.box), line.score, tuple(OcrWord(x.text, move(x.box), x.start) for x in line.words))


class RapidOcrEngine:
    """RapidOCR 3 (PP-OCR det/cls/rec on onnxruntime); ``turns`` adds passes on the photo turned by quarters.

    The models are loaded by explicit path after a sha256 check, RapidOCR's downloader is made
    unreachable, and its score filter is off: every line the detector finds reaches our rules
    (an unreadable line is destroyed, not dropped). The engine answers a warm-up read before the
    check counts as "ran".
    """

    name = "rapidocr"

    def __init__(self, turns: tuple[int, ...] = (0,), threads: int | None = None, models_dir: Path | None = None) -> None:
        self.turns = turns
        self._models_dir = models_dir  # None: the models inside the rapidocr wheel
        self._threads = threads or os.cpu_count() or 1
        self._engine: Any = None

    def load(self) -> None:
        if self._engine is not None:
            return
        try:
            import rapidocr
            from rapidocr import RapidOCR
            from rapidocr.utils.download_file import DownloadFile
        except ImportError as exc:
            raise DetectorUnavailableError(f"RapidOCR is not installed ({exc})") from None
        DownloadFile.run = staticmethod(_no_download)  # type: ignore[method-assign]  # offline, always
        paths = rapidocr_model_paths(self._models_dir or Path(rapidocr.__file__).parent / "models")
        params: dict[str, Any] = {"Global.log_level": "critical", "Global.text_score": 0.0,
                                  "EngineConfig.onnxruntime.intra_op_num_threads": self._threads}
        params.update({f"{role}.model_path": str(path) for role, path in paths.items()})
        try:
            engine = RapidOCR(params=params)
            engine(np.full((48, 160, 3), 255, np.uint8))  # a warm-up read: the models answer
        except DetectorUnavailableError:
            raise
        except Exception as exc:  # noqa: BLE001 - a missing or broken model file must fail closed, with its reason
            raise DetectorUnavailableError(f"RapidOCR could not load its models ({type(exc).__name__})") from None
        self._engine = engine

    def read(self, rgb: np.ndarray) -> list[OcrLine]:
        self.load()
        rgb, top, left = _less_extreme(rgb)
        h, w = rgb.shape[:2]
        lines: list[OcrLine] = []
        for turns in self.turns:
            img = np.ascontiguousarray(np.rot90(rgb[:, :, :3], turns))
            out = self._engine(img, return_word_box=True)
            if out.txts is None:
                continue
            words_per_line = out.word_results or ((),) * len(out.txts)
            for text, quad, score, words in zip(out.txts, out.boxes, out.scores, words_per_line, strict=False):
                lines.append(self._line(text, quad, float(score), words, (turns, w, h)))
        return [_shifted(line, top, left, h - 2 * top, w - 2 * left) for line in lines] if top or left else lines

    @staticmethod
    def _line(text: str, quad: Any, score: float, words: Any, turn: tuple[int, int, int]) -> OcrLine:
        """The line's own reading is its text; each word box is placed where its word occurs in it."""
        turns, w, h = turn
        placed: list[OcrWord] = []
        pos = 0
        for wtext, _wscore, wquad in words or ():
            at = text.find(wtext, pos)
            if at < 0 or not wtext.strip():
                continue  # the word reading disagrees with the line: the line box covers it
            placed.append(OcrWord(wtext, unturn(_quad_box(wquad), turns, w, h).clip(w, h), at))
            pos = at + len(wtext)
        return OcrLine(text, unturn(_quad_box(quad), turns, w, h).clip(w, h), score, tuple(placed))
