"""What a face detector looks like to the rest of the program."""

from __future__ import annotations

import hashlib
import math
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

import numpy as np
from PIL import Image

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.resources import resource_path
from privacyguard.core.types import BBox


@dataclass(frozen=True)
class Detection:
    """One box from one detector, in pixels of the image it was given; score in [0, 1]."""

    box: BBox
    score: float
    source: str
    turns: float = 0  # quarter turns of the photo when it was seen (0.5: 45°): which way the head stood
    roll: float | None = None  # degrees the eyes' line leans in the image the detector was given (None: no landmarks)


# The smallest face (box height in the image the detector was given) whose eyes tell how far it leans: on WIDER's photos
# turned 45° (bench/tilted_eval.py) both detectors read faces of 15-23 px leaning some 40° as level (-6° to 3°), and
# CenterFace read a face of 102 px leaning so as 23°.
EYES_FROM = 32


def lean(box: BBox, eyes: tuple[float, float, float, float]) -> float | None:
    """Degrees the line from one eye (x, y) to the other leans, clockwise in the image; None for a face too small to tell."""
    x1, y1, x2, y2 = eyes
    return math.degrees(math.atan2(y2 - y1, x2 - x1)) if box.height >= EYES_FROM else None


class FaceDetector(Protocol):
    """A face detector; ``load`` raises DetectorUnavailableError when it cannot run."""

    name: str

    def load(self) -> None: ...

    def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]: ...


def without_spinning(opts: Any) -> Any:
    """onnxruntime ``SessionOptions`` whose threads sleep while they wait for work instead of spinning.

    The face and text models run side by side, each session with every core: spinning threads took the cores the
    other session needed (bench/stages.py, whole analysis on 2 cores: 12 MP 3.7 -> 3.2 s, 2 MP 2.0 -> 1.5 s; the
    same detections, threads do not change what a model computes)."""
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return opts


# The shared arena's first region: one block that holds the largest model's working memory (CenterFace's 2048 px pass,
# ~700 MB), reserved, not touched. Grown by doubling from small blocks instead, a 12 MP batch worker's peak was 2.08 GB
# against 1.79 GB without an arena; with this first block 1.83-1.86 GB against 1.80-1.87 (bench/batch_speed.py, see the README).
SHARED_FIRST_REGION = 1 << 30
_SHARED_LOCK = threading.Lock()  # onnxruntime refuses a second registration


@cache
def _shared_arena() -> None:
    """Register the process's shared arena, once (no limit; grown by powers of two past its first region)."""
    import onnxruntime as ort

    cpu = ort.OrtMemoryInfo("Cpu", ort.OrtAllocatorType.ORT_ARENA_ALLOCATOR, 0, ort.OrtMemType.DEFAULT)
    ort.create_and_register_allocator(cpu, ort.OrtArenaCfg(0, 0, SHARED_FIRST_REGION, -1))


def working_memory(opts: Any, threads: int) -> Any:
    """onnxruntime ``SessionOptions`` for a model session run with ``threads`` threads, and where it keeps its working memory.

    With several cores (the window, ``sanitize``) each session keeps its own memory arena (its working memory held for the
    next call): the face and text models run side by side there, and the 12 MP analysis took 4.1 -> 3.1-3.4 s when the
    OCR kept one too (bench/stages.py, interleaved), the process's peak 1.85 -> 2.13 GB.

    With one thread (a batch worker, one per core, whose checks run one after the other) every session shares one arena
    of the process: one model's working memory is reused by the next instead of each holding its own (two detectors'
    at once: 2.2 GB at 12 MP) or none (the ~700 MB of CenterFace's 2048 px pass, and each read's, allocated afresh at
    every call: a 12 MP photo's face pass was about 25 % slower). See the README for the figures."""
    opts.enable_cpu_mem_arena = threads > 1
    if threads == 1:
        with _SHARED_LOCK:
            _shared_arena()
        opts.add_session_config_entry("session.use_env_allocators", "1")
    return opts


def onnx_session(model: str, sha256: str, threads: int) -> Any:
    """An onnxruntime session of ``model`` (a file under ``models/``) run with ``threads`` threads, after checking the file's
    sha256; DetectorUnavailableError when onnxruntime is missing or the file is missing or not the expected one."""
    try:
        import onnxruntime as ort
    except ImportError as exc:
        raise DetectorUnavailableError(f"onnxruntime is not installed ({exc})") from None
    try:
        path = resource_path(model)
    except FileNotFoundError:
        raise DetectorUnavailableError(f"model file {model} is missing") from None
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise DetectorUnavailableError(f"model file {model} is damaged (checksum mismatch)")
    opts = working_memory(without_spinning(ort.SessionOptions()), threads)
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    return ort.InferenceSession(data, opts, providers=["CPUExecutionProvider"])


def blob32(pixels: np.ndarray) -> np.ndarray:
    """``pixels`` (height, width, 3 channels in the model's order) as a model's float input (1, 3, H, W), padded with zeros
    to multiples of 32 on the right and bottom (both face models halve the image five times; nothing is resized)."""
    h, w = pixels.shape[:2]
    blob = np.zeros((1, 3, -(-h // 32) * 32, -(-w // 32) * 32), np.float32)
    blob[0, :, :h, :w] = pixels.transpose(2, 0, 1)
    return blob


def nms(dets: list[Detection], iou: float) -> list[Detection]:
    """Greedy non-maximum suppression, best score first."""
    kept: list[Detection] = []
    for d in sorted(dets, key=lambda d: -d.score):
        if all(d.box.iou(k.box) < iou for k in kept):
            kept.append(d)
    return kept


def unturn(box: BBox, turns: int, w: int, h: int) -> BBox:
    """Map a box found in ``np.rot90(image, turns)`` back to the upright image of size w×h."""
    if turns % 4 == 1:
        return BBox(w - box.y2, box.x1, w - box.y1, box.x2)
    if turns % 4 == 3:
        return BBox(box.y1, h - box.x2, box.y2, h - box.x1)
    if turns % 4 == 2:
        return BBox(w - box.x2, h - box.y2, w - box.x1, h - box.y1)
    return box


GREY = (128, 128, 128)


def tilt(rgb: np.ndarray, turns: float) -> tuple[np.ndarray, np.ndarray]:
    """``rgb`` turned counter-clockwise by ``turns`` quarters, any angle, and the 2×3 matrix taking the turned image's
    points back to ``rgb``'s. The turned image grows to hold the whole photo; its corners are grey (no face there)."""
    h, w = rgb.shape[:2]
    im = Image.fromarray(np.ascontiguousarray(rgb[:, :, :3])).rotate(
        turns * 90, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=GREY)
    a = math.radians(turns * 90)
    c, s = math.cos(a), math.sin(a)
    back = np.array([[c, -s, 0.0], [s, c, 0.0]])  # on screen (y down) PIL turns p' = [[c, s], [-s, c]] p around the centres
    back[:, 2] = np.array([w / 2, h / 2]) - back[:, :2] @ (np.array(im.size) / 2)
    return np.asarray(im), back


def untilt(box: BBox, back: np.ndarray) -> BBox:
    """The upright box holding a box found in a tilted image (``tilt``'s matrix)."""
    corners = np.array([[box.x1, box.y1, 1.0], [box.x2, box.y1, 1.0], [box.x1, box.y2, 1.0], [box.x2, box.y2, 1.0]]) @ back.T
    return BBox(math.floor(corners[:, 0].min()), math.floor(corners[:, 1].min()),
                math.ceil(corners[:, 0].max()), math.ceil(corners[:, 1].max()))
