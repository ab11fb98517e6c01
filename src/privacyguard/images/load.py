"""Decode a photo into upright 8-bit pixels, or raise an InputError that names the reason.

Everything a later stage needs is decided here: EXIF orientation is applied to the pixels,
colours are converted to sRGB, every mode (CMYK, 16-bit, palette, alpha) becomes RGB or RGBA.
"""

from __future__ import annotations

import io
import stat
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from privacyguard.core.errors import (
    CorruptImageError,
    EmptyFileError,
    ImageTooLargeError,
    InputError,
    UnsupportedFormatError,
)
from privacyguard.core.settings import LoadLimits
from privacyguard.core.types import Photo

READABLE = ("JPEG", "MPO", "PNG", "WEBP", "TIFF", "BMP", "GIF", "HEIF")
SUPPORTED_TEXT = "JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC/HEIF"
EXTENSIONS = {
    ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG", ".png": "PNG", ".webp": "WEBP",
    ".tif": "TIFF", ".tiff": "TIFF", ".bmp": "BMP", ".gif": "GIF", ".heic": "HEIF",
    ".heif": "HEIF", ".hif": "HEIF",
}
_TRANSPARENT_MODES = ("RGBA", "LA", "PA", "RGBa", "La")
_SIGNATURES = {b"\xff\xd8\xff": "JPEG", b"\x89PNG\r\n\x1a\n": "PNG", b"GIF8": "GIF", b"BM": "BMP",
               b"II*\x00": "TIFF", b"MM\x00*": "TIFF"}


def sniff(raw: bytes) -> str | None:
    """The image format the first bytes announce, if any."""
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return "WEBP"
    if raw[4:8] == b"ftyp" and raw[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"avif"):
        return "HEIF"
    return next((fmt for sig, fmt in _SIGNATURES.items() if raw.startswith(sig)), None)


def _register_heif() -> bool:
    try:
        import pillow_heif
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def read_bytes(path: str | Path, limits: LoadLimits) -> bytes:
    """The file's bytes, refusing missing, empty and oversized files with a clear message."""
    p = Path(path)
    try:
        st = p.stat()  # follows symbolic links; a loop raises ELOOP
        size = st.st_size
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a folder, not a photo", str(path))
        if not stat.S_ISREG(st.st_mode):  # a FIFO would block the read forever; a socket or a device is no photo
            kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                    else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "a special file")
            raise InputError(f"is {kind}, not a photo file", str(path))
        if size > limits.max_file_bytes:
            raise ImageTooLargeError(
                f"file is {size / 1e6:.0f} MB, over the {limits.max_file_bytes / 1e6:.0f} MB limit",
                str(path),
            )
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", str(path)) from None
    except PermissionError:
        raise InputError("permission denied", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a photo", str(path)) from None
    except OSError as exc:  # a symbolic link loop, an unreadable disk, a name too long…
        raise InputError(f"cannot be read ({exc.strerror or type(exc).__name__})", str(path)) from None
    if not raw:
        raise EmptyFileError("the file is empty (0 bytes)", str(path))
    return raw


def open_image(raw: bytes, path: str, limits: LoadLimits) -> Image.Image:
    """Open (without decoding pixels) and check the format and the pixel count."""
    heif = _register_heif()
    Image.MAX_IMAGE_PIXELS = limits.max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(raw))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageTooLargeError(
            f"image has too many pixels (limit {limits.max_pixels / 1e6:.0f} megapixels)", path
        ) from None
    except UnidentifiedImageError:
        announced = sniff(raw)
        if announced == "HEIF" and not heif:
            raise UnsupportedFormatError("HEIC support (pillow-heif) is not installed", path) from None
        if announced:
            raise CorruptImageError(f"damaged image: it starts like a {announced} file but cannot be decoded", path) from None
        raise UnsupportedFormatError(f"not an image privacyguard can read; supported: {SUPPORTED_TEXT}", path) from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise CorruptImageError(f"damaged image header ({exc})", path) from None
    except Exception as exc:  # noqa: BLE001 - a damaged file trips Pillow's plugins in many ways (IndexError, struct.error…)
        raise CorruptImageError(f"damaged image header ({type(exc).__name__})", path) from None
    if im.format not in READABLE:
        raise UnsupportedFormatError(f"{im.format} images are not supported; supported: {SUPPORTED_TEXT}", path)
    if im.width * im.height > limits.max_pixels:
        raise ImageTooLargeError(
            f"image is {im.width}×{im.height}, over the {limits.max_pixels / 1e6:.0f} megapixel limit", path
        )
    return im


def _to_8bit(im: Image.Image) -> Image.Image:
    if im.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        a = np.asarray(im, dtype=np.float64)
        top = 65535.0 if im.mode.startswith("I;16") or a.max() > 255 else 255.0
        return Image.fromarray(np.clip(a * (255.0 / top), 0, 255).round().astype(np.uint8), "L")
    return im


def _to_srgb(im: Image.Image, notes: list[str]) -> Image.Image:
    icc = im.info.get("icc_profile")
    if not icc or im.mode not in ("RGB", "CMYK", "L"):
        return im
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        out = ImageCms.profileToProfile(im, src, ImageCms.createProfile("sRGB"), outputMode="RGB")
        return out if out is not None else im
    except (ImageCms.PyCMSError, OSError, ValueError):
        notes.append("colour profile unreadable: colours converted without it")
        return im


def _normalise(im: Image.Image, notes: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
    """8-bit sRGB pixels as a viewer sees them, and for a transparent image the same shown on a dark page.

    A transparent image is flattened onto white: black text on a transparent background (an annotation,
    a sticker) has black colour channels everywhere, so only the composite shows it. The copy is written
    flattened, so what is posted is exactly what was checked; the dark composite is checked too, since a
    viewer may show the original on a dark page.
    """
    im = _to_8bit(im)
    im = _to_srgb(im, notes)
    transparent = im.mode in _TRANSPARENT_MODES or "transparency" in im.info
    im = im.convert("RGBA" if transparent else "RGB")
    a = np.asarray(im, dtype=np.uint8)
    if a.shape[2] == 4 and bool((a[:, :, 3] == 255).all()):
        a = a[:, :, :3]
    if a.shape[2] == 4:
        alpha = a[:, :, 3:4].astype(np.float32) / 255.0
        colour = a[:, :, :3].astype(np.float32)
        light = np.clip(colour * alpha + 255.0 * (1.0 - alpha) + 0.5, 0, 255).astype(np.uint8)
        dark = np.clip(colour * alpha + 0.5, 0, 255).astype(np.uint8)
        notes.append("transparent image: checked as it shows on a light and on a dark page, written flattened onto white")
        return np.ascontiguousarray(light), np.ascontiguousarray(dark)
    return np.ascontiguousarray(a), None


def load_photo(path: str | Path, limits: LoadLimits | None = None) -> Photo:
    """Read, check and decode ``path``; the returned pixels are upright and 8-bit."""
    limits = limits or LoadLimits()
    name = str(path)
    raw = read_bytes(path, limits)
    im = open_image(raw, name, limits)
    fmt = "JPEG" if im.format == "MPO" else str(im.format)
    notes: list[str] = []
    expected = EXTENSIONS.get(Path(name).suffix.lower())
    if expected != fmt:
        notes.append(f"the file's content is {fmt}, whatever its extension says ({Path(name).suffix or 'none'})")
    try:
        frames = getattr(im, "n_frames", 1)  # walks every frame: a damaged later frame shows here
    except Exception as exc:  # noqa: BLE001 - fail closed: frames nobody can read may hold anything
        raise CorruptImageError(f"damaged frames after the first ({type(exc).__name__}): what they hold cannot be checked", name) from None
    primary = fmt == "HEIF"  # a HEIC opens on its primary image, which the viewer shows: not always the first
    if frames > 1:
        kept = "the primary image" if primary else "the first"
        notes.append(f"{frames} frames, pages or images: only {kept} is checked and kept ({frames - 1} dropped)")
    try:
        if not primary:
            im.seek(0)
        im.load()
        upright = ImageOps.exif_transpose(im) or im
        upright.info.setdefault("icc_profile", im.info.get("icc_profile"))
        pixels, on_dark = _normalise(upright, notes)
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise CorruptImageError(f"truncated or damaged image data ({exc})", name) from None
    except Image.DecompressionBombError:
        raise ImageTooLargeError("image has too many pixels", name) from None
    except Exception as exc:  # noqa: BLE001 - Pillow's decoders fail in many ways on damaged data: never a traceback
        raise CorruptImageError(f"truncated or damaged image data ({type(exc).__name__})", name) from None
    return Photo(path=name, format=fmt, pixels=pixels, raw=raw, notes=tuple(notes), on_dark=on_dark)


def pil_info(raw: bytes) -> dict[str, object]:
    """The metadata Pillow sees in an already-validated file (``info`` plus ``exif`` bytes)."""
    _register_heif()
    with Image.open(io.BytesIO(raw)) as im:
        info: dict[str, object] = {str(k): v for k, v in im.info.items()}
        exif = im.getexif()
        if exif and "exif" not in info:
            info["exif"] = exif.tobytes()
        return info
