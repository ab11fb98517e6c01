"""Encode clean copies from pixels only: no metadata, no thumbnail, no colour profile (sRGB).

JPEG at quality 95 with 4:4:4 chroma: on skin photos this keeps fine texture and colour edges
(no visible loss; see bench/jpeg_quality.py for the PSNR figures) while files stay a fraction
of PNG's size. Lossless sources stay lossless (PNG).
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from PIL import Image

from privacyguard.core.errors import OutputError

JPEG_QUALITY = 95
# zlib level of a PNG copy. Lossless at every level; a copy is written once per re-check round, and on a 12 MP photo-like
# PNG level 6 took 1.8 s a write, level 3 0.75 s for files 8-16 % larger (6.0 -> 7.0 MB; a flat screenshot: 0.1-0.2 s either way)
PNG_LEVEL = 3
_LOSSY_SOURCES = ("JPEG", "HEIF", "WEBP")


def output_format(source_format: str, has_alpha: bool) -> str:
    """JPEG for photos from lossy formats, PNG for lossless sources or transparency."""
    return "JPEG" if source_format in _LOSSY_SOURCES and not has_alpha else "PNG"


def extension(fmt: str) -> str:
    return ".jpg" if fmt == "JPEG" else ".png"


def encode(pixels: np.ndarray, fmt: str) -> bytes:
    """Bytes of a new file made from ``pixels`` alone."""
    mode = "RGBA" if pixels.shape[2] == 4 else "RGB"
    im = Image.fromarray(np.ascontiguousarray(pixels), mode)
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.save(buf, "JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=True)
    else:
        im.save(buf, "PNG", optimize=False, compress_level=PNG_LEVEL)
    return buf.getvalue()


def refuse_protected(target: Path, protected: Sequence[Path]) -> None:
    """Raise OutputError if ``target`` is one of ``protected`` (the same path or the same file)."""
    for p in protected:
        if target.resolve() == p.resolve() or (target.exists() and p.exists() and os.path.samefile(target, p)):
            raise OutputError("refusing to overwrite an original", str(target))


def free_name(target: Path, taken: Callable[[Path], bool] = lambda _: False) -> Path:
    """``target``, or ``NAME-2.EXT``, ``NAME-3.EXT``…: the first name no file has and ``taken`` does not refuse."""
    n, candidate = 1, target
    while candidate.exists() or taken(candidate):
        n += 1
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
    return candidate


def write_atomically(data: bytes, target: Path, protected: Sequence[Path]) -> None:
    """Write ``data`` to ``target`` via a temporary file and a rename; never onto ``protected``."""
    refuse_protected(target, protected)
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".pg-", suffix=target.suffix, dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror or exc})", str(target)) from None
    finally:  # interrupted (even by Ctrl-C): no half-written file is left behind
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def thumbnail_jpeg(pixels: np.ndarray | Path, long_side: int = 320) -> bytes:
    """A small JPEG preview of already-redacted pixels, or of a cleaned copy we wrote (for reports).

    A JPEG copy is decoded at a reduced scale (Pillow's draft mode), not in full again.
    """
    if isinstance(pixels, Path):
        with Image.open(pixels) as src:
            src.draft("RGB", (long_side, long_side))
            im = src.convert("RGB")
    else:
        im = Image.fromarray(np.ascontiguousarray(pixels[:, :, :3]), "RGB")
    im.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    return buf.getvalue()
