"""Reading text in photos: an OcrEngine interface and RapidOCR (its ONNX models ship inside the wheel)."""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.settings import model_threads
from privacyguard.core.types import BBox
from privacyguard.detectors.base import unturn, without_spinning, working_memory
from privacyguard.detectors.text_places import SMALL_ROW, detail_crops, runs_upward, text_like, tilted_labels


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
        return BBox.hull(hit)


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


def _results(out: Any) -> list[tuple[str, Any, float, Any]]:
    """RapidOCR's output as (text, quad, score, word boxes) per line."""
    if out.txts is None:
        return []
    words_per_line = out.word_results or ((),) * len(out.txts)
    return [(t, q, float(sc), wd) for t, q, sc, wd in zip(out.txts, out.boxes, out.scores, words_per_line, strict=False)]


def _same_line(a: OcrLine, b: OcrLine) -> bool:
    """The same line read twice: where it overlaps, the same text (the boxes of a turned band's lines overlap a lot)."""
    ta, tb = "".join(a.text.split()).lower(), "".join(b.text.split()).lower()
    return a.box.iou(b.box) > 0.5 and (ta in tb or tb in ta)


def _text_height(quad: Sequence[Sequence[float]]) -> float:
    """The height of the letters of a line, turned or not: its quad's shorter side (top-left to bottom-left)."""
    (x0, y0), (x1, y1), _, (x3, y3) = ((float(p[0]), float(p[1])) for p in quad[:4])
    return min(float(np.hypot(x3 - x0, y3 - y0)), float(np.hypot(x1 - x0, y1 - y0)))


def _no_download(*_: Any, **__: Any) -> None:
    raise DetectorUnavailableError("an OCR model file is missing (privacyguard never downloads one)")


def _our_session_options() -> None:
    """RapidOCR's onnxruntime sessions made with our options: threads that do not spin (``without_spinning``), working
    memory as every model's (``working_memory``). Its configuration has no such settings, so the library's option maker
    is wrapped, once."""
    try:
        from rapidocr.inference_engine.onnxruntime.main import OrtInferSession
    except ImportError:  # another layout: the library's options (slower, the same results)
        return
    made = OrtInferSession._init_sess_opts
    if getattr(made, "ours", False):
        return

    def options(cfg: Any) -> Any:
        return working_memory(without_spinning(made(cfg)), int(cfg.intra_op_num_threads))

    options.ours = True  # type: ignore[attr-defined]
    OrtInferSession._init_sess_opts = staticmethod(options)  # type: ignore[method-assign]


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


# RapidOCR reads a photo shrunk to 2000 px: in a 12 MP photo, text of 12-24 px becomes too small to be found.
SHRUNK_ABOVE = 2000
DETAIL_DET_SIDE = 320  # the detector's input for a crop: its own size (RapidOCR would enlarge it to 736, at 3.5 times the cost)
DETAIL_KEEP_SCORE = 0.5  # a line read in a detail crop is kept from this confidence (texture reads as garbage below it)


@dataclass(frozen=True)
class _Unwarp:
    """Maps what was read in a straightened band back to the photo's pixels."""

    matrix: np.ndarray  # band pixels -> photo pixels
    photo_w: int
    photo_h: int

    def box(self, b: BBox) -> BBox:
        import cv2

        corners = np.array([[[b.x1, b.y1]], [[b.x2, b.y1]], [[b.x2, b.y2]], [[b.x1, b.y2]]], np.float32)
        return _quad_box(cv2.perspectiveTransform(corners, self.matrix)[:, 0, :].tolist()).clip(self.photo_w, self.photo_h)

    def line(self, line: OcrLine) -> OcrLine:
        return OcrLine(line.text, self.box(line.box), line.score, tuple(OcrWord(x.text, self.box(x.box), x.start) for x in line.words))


def _unturned(line: OcrLine, turns: int, w: int, h: int) -> OcrLine:
    """A line read in ``np.rot90(image, turns)``, in the pixels of the image (w×h)."""
    return OcrLine(line.text, unturn(line.box, turns, w, h), line.score,
                   tuple(OcrWord(x.text, unturn(x.box, turns, w, h), x.start) for x in line.words))


class RapidOcrEngine:
    """RapidOCR 3 (PP-OCR det/cls/rec on onnxruntime); ``turns`` adds passes on the photo turned by quarters.

    The models are loaded by explicit path after a sha256 check, RapidOCR's downloader is made
    unreachable, and its score filter is off: every line the detector finds reaches our rules
    (an unreadable line is destroyed, not dropped). The engine answers a warm-up read before the
    check counts as "ran".
    """

    name = "rapidocr"

    def __init__(self, turns: tuple[int, ...] = (0,), threads: int | None = None, models_dir: Path | None = None,
                 detail: bool = True) -> None:
        self.turns = turns
        self.detail = detail  # a photo RapidOCR shrinks is also read at full resolution where small text may be
        self._models_dir = models_dir  # None: the models inside the rapidocr wheel
        self._threads = model_threads(threads)
        self._engine: Any = None
        self._lock = threading.Lock()  # one read at a time: the detail pass changes the detector's input size

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
        _our_session_options()
        paths = rapidocr_model_paths(self._models_dir or Path(rapidocr.__file__).parent / "models")
        # RapidOCR turns the memory arena off; ours follows the thread count, as every model's does (working_memory).
        params: dict[str, Any] = {"Global.log_level": "critical", "Global.text_score": 0.0,
                                  "EngineConfig.onnxruntime.intra_op_num_threads": self._threads}
        params.update({f"{role}.model_path": str(path) for role, path in paths.items()})
        try:
            engine = RapidOCR(params=params)  # builds the ONNX sessions; the files were checked by sha256 above
        except DetectorUnavailableError:
            raise
        except Exception as exc:  # noqa: BLE001 - a missing or broken model file must fail closed, with its reason
            raise DetectorUnavailableError(f"RapidOCR could not load its models ({type(exc).__name__})") from None
        self._engine = engine

    def read(self, rgb: np.ndarray) -> list[OcrLine]:
        self.load()
        with self._lock:
            return self._read(rgb)

    def _read(self, rgb: np.ndarray) -> list[OcrLine]:
        rgb, top, left = _less_extreme(rgb)
        h, w = rgb.shape[:2]
        lines: list[OcrLine] = []
        for turns in self.turns:
            img = np.ascontiguousarray(np.rot90(rgb[:, :, :3], turns))
            out = self._engine(img, return_word_box=True)
            lines += [self._line(text, quad, score, words, (turns, w, h)) for text, quad, score, words in _results(out)]
        if self.detail:  # where else text may be: small print in a large photo, a label held at an angle
            import cv2

            gray = cv2.cvtColor(np.ascontiguousarray(rgb[:, :, :3]), cv2.COLOR_RGB2GRAY)
            if max(h, w) > SHRUNK_ABOVE:
                lines += self._details(rgb, gray, lines)
            lines += self._tilted(rgb, gray, lines)
        return [_shifted(line, top, left, h - 2 * top, w - 2 * left) for line in lines] if top or left else lines

    def _details(self, rgb: np.ndarray, gray: np.ndarray, lines: list[OcrLine]) -> list[OcrLine]:
        """Small text the shrunk reading missed: each text-like row no line covers, read in a crop at full resolution."""
        h, w = rgb.shape[:2]
        found: list[OcrLine] = []
        with self._own_size():
            places = text_like(gray)
            for crop in detail_crops(places, [ln.box for ln in lines], w, h):
                found += self._crop_lines(rgb, crop, lines + found)
                if runs_upward(places, crop):  # a band held sideways: read the crop turned a quarter too
                    found += self._crop_lines(rgb, crop, lines + found, turns=1)
        return found

    @contextlib.contextmanager
    def _own_size(self) -> Iterator[None]:
        """While reading crops: the detector takes a crop at about its own size (RapidOCR would enlarge its shorter side
        to 736 px, at 2-3.5 times the cost, and finds no more in a crop of letters 12 px and taller)."""
        det: Any = getattr(self._engine, "text_det", None)
        side = getattr(det, "limit_side_len", None)
        try:
            if side is not None:
                det.limit_side_len = DETAIL_DET_SIDE
            yield
        finally:
            if side is not None:
                det.limit_side_len = side

    def _tilted(self, rgb: np.ndarray, gray: np.ndarray, known: list[OcrLine]) -> list[OcrLine]:
        """A label or wristband held at an angle, read again straightened: its lines in photo pixels.

        RapidOCR finds little in a band tilted by 15 to 75 degrees, dark and blurred (a photo taken at night); the band's
        outline, a light quadrilateral on a darker scene, gives its angle, and the band is warped upright and read. It may
        lie either way round, and the reader's guess of upside-down lines is unreliable on a blurred band: both ways are
        read as they lie, and for each line the reading the reader is surer of is kept."""
        pixels = np.ascontiguousarray(rgb[:, :, :3])
        found: list[OcrLine] = []
        # read at RapidOCR's usual enlargement: at the band's own size one dim band of seed 1 went unread (bench/)
        for corners in tilted_labels(gray):
            found += self._band_lines(pixels, corners, known + found)
        return found

    def _band_lines(self, pixels: np.ndarray, corners: np.ndarray, known: list[OcrLine]) -> list[OcrLine]:
        """The lines of one band (its four corners in the photo), straightened and read both ways, in photo pixels."""
        import cv2

        side, across = float(np.hypot(*(corners[1] - corners[0]))), float(np.hypot(*(corners[2] - corners[1])))
        to_band = cv2.getPerspectiveTransform(corners, np.array([[0, 0], [side, 0], [side, across], [0, across]], np.float32))
        band = cv2.warpPerspective(pixels, to_band, (round(side), round(across)), flags=cv2.INTER_CUBIC)
        bh, bw = band.shape[:2]
        both = [_unturned(line, turns, bw, bh) for turns in (0, 2)
                for line in self._plain(np.ascontiguousarray(np.rot90(band, turns)), turn_lines=False)
                if line.score >= DETAIL_KEEP_SCORE]  # below: the band's edge or a pattern read as garbage
        kept: list[OcrLine] = []  # in the band's pixels, where its lines do not overlap
        for line in sorted(both, key=lambda ln: -ln.score):
            if not any(line.box.iou(k.box) > 0.5 for k in kept):
                kept.append(line)
        back = _Unwarp(np.linalg.inv(to_band), pixels.shape[1], pixels.shape[0])
        placed = [back.line(line) for line in kept]
        return [line for line in placed if not any(_same_line(line, k) for k in known)]

    def _plain(self, rgb: np.ndarray, turn_lines: bool = True) -> list[OcrLine]:
        """The lines of ``rgb`` read as it is (padded first when it is a strip), in its own pixels; ``turn_lines=False``
        reads each line the way it lies, without the reader's guess that it is upside down."""
        padded, top, left = _less_extreme(rgb)
        ph, pw = padded.shape[:2]
        before = self._engine.use_cls
        try:
            out = self._engine(np.ascontiguousarray(padded), return_word_box=True, use_cls=turn_lines)
        finally:
            self._engine.use_cls = before  # RapidOCR keeps a call's settings for the calls after it
        lines = [self._line(text, quad, score, words, (0, pw, ph)) for text, quad, score, words in _results(out)]
        h, w = rgb.shape[:2]
        return [_shifted(line, top, left, h, w) for line in lines] if top or left else lines

    def _crop_lines(self, rgb: np.ndarray, crop: BBox, known: list[OcrLine], turns: int = 0) -> list[OcrLine]:
        """The lines read in ``crop`` at full resolution (turned ``turns`` quarters first), in photo coordinates."""
        h, w = rgb.shape[:2]
        pixels = np.rot90(rgb[crop.y1 : crop.y2, crop.x1 : crop.x2, :3], turns)
        out = self._engine(np.ascontiguousarray(pixels), return_word_box=True)
        found: list[OcrLine] = []
        for text, quad, score, words in _results(out):
            if score < DETAIL_KEEP_SCORE or _text_height(quad) > 3 * SMALL_ROW[1]:
                continue  # texture read as garbage, or a piece of large text the shrunk reading already judged
            line = _shifted(self._line(text, quad, score, words, (turns, crop.width, crop.height)), -crop.y1, -crop.x1, h, w)
            if not any(_same_line(line, k) for k in known + found):
                found.append(line)
        return found

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
