"""Reading text in photos: an OcrEngine interface and RapidOCR (its ONNX models ship inside the wheel)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
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


class RapidOcrEngine:
    """RapidOCR 3 (PP-OCR det/cls/rec on onnxruntime); ``turns`` adds passes on the photo turned by quarters."""

    name = "rapidocr"

    def __init__(self, turns: tuple[int, ...] = (0,), threads: int | None = None) -> None:
        self.turns = turns
        self._threads = threads or os.cpu_count() or 1
        self._engine: Any = None

    def load(self) -> None:
        if self._engine is not None:
            return
        try:
            from rapidocr import RapidOCR
        except ImportError as exc:
            raise DetectorUnavailableError(f"RapidOCR is not installed ({exc})") from None
        try:
            self._engine = RapidOCR(params={"Global.log_level": "critical",
                                            "EngineConfig.onnxruntime.intra_op_num_threads": self._threads})
        except Exception as exc:  # noqa: BLE001 - a missing or broken model file must fail closed, with its reason
            raise DetectorUnavailableError(f"RapidOCR could not load its models ({exc})") from None

    def read(self, rgb: np.ndarray) -> list[OcrLine]:
        self.load()
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
        return lines

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
