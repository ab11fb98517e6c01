"""Build test photos with real-world metadata, written by exiftool (an independent writer)."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image

IDENTIFYING_TAGS = [
    "-GPSLatitude=48.8566", "-GPSLatitudeRef=N", "-GPSLongitude=2.3522", "-GPSLongitudeRef=E",
    "-Make=Apple", "-Model=iPhone 15", "-SerialNumber=F2LXK0ABCDEF", "-LensSerialNumber=LS998877",
    "-DateTimeOriginal=2024:03:12 10:22:01", "-OwnerName=Dr Jeanne Martin", "-Artist=Jeanne Martin",
    "-XMP-dc:Creator=Jeanne Martin", "-XMP-mwg-rs:RegionName=Paul Durand", "-XMP-mwg-rs:RegionType=Face",
    "-IPTC:City=Dax", "-IPTC:Caption-Abstract=Paul Durand, consultation",
    "-Comment=patient Paul Durand",
]


def exiftool(*args: str) -> str:
    return subprocess.run(["exiftool", *args], check=True, capture_output=True, text=True).stdout


def read_tags(path: Path) -> dict[str, object]:
    """Every tag exiftool reads, grouped (``Group:Tag``), for independent verification."""
    return dict(json.loads(exiftool("-j", "-a", "-G1", "-u", "-b", str(path)))[0])


def add_identifying_metadata(path: Path, thumbnail: bool = True) -> None:
    """GPS, serials, dates, owner, XMP face region with a name, IPTC, a comment and a thumbnail."""
    args = list(IDENTIFYING_TAGS)
    if thumbnail:
        thumb = path.with_suffix(".thumb.jpg")
        with Image.open(path) as im:
            small = im.convert("RGB")
            small.thumbnail((160, 120))
            small.save(thumb, "JPEG")
        args.append(f"-ThumbnailImage<={thumb}")
    exiftool("-overwrite_original", *args, str(path))
    if thumbnail:
        thumb.unlink()


def marker_image(w: int = 90, h: int = 60) -> np.ndarray:
    """An asymmetric picture: a red block in the top-left corner, to follow orientation."""
    a = np.full((h, w, 3), 200, np.uint8)
    a[: h // 3, : w // 3] = (255, 0, 0)
    return a


def jpeg_bytes(a: np.ndarray, **save: object) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "JPEG", quality=95, **save)
    return buf.getvalue()
