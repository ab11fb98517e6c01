"""JPEG container: walk the marker segments and what follows the end-of-image marker."""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from privacyguard.metadata.exif import audit_exif_bytes
from privacyguard.metadata.iptc import audit_photoshop
from privacyguard.metadata.items import H, L, M, MetaItem, clip
from privacyguard.metadata.xmp import audit_xmp

SOI, EOI, SOS, COM = 0xD8, 0xD9, 0xDA, 0xFE
_STANDALONE = {0x01, *range(0xD0, 0xD8)}


@dataclass(frozen=True)
class Segment:
    marker: int
    payload: bytes


def walk(data: bytes) -> tuple[list[Segment], int]:
    """The segments of the first image and the offset just past its EOI (len(data) if none)."""
    if data[:2] != b"\xff\xd8":
        return [], len(data)
    segments: list[Segment] = []
    i = 2
    n = len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker == 0xFF:
            i += 1
            continue
        if marker == EOI:
            return segments, i + 2
        if marker in _STANDALONE:
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        segments.append(Segment(marker, data[i + 4 : i + 2 + length]))
        i += 2 + length
        if marker == SOS:
            i = _skip_entropy(data, i)
    return segments, n


def _skip_entropy(data: bytes, i: int) -> int:
    """Offset of the next real marker after entropy-coded data (skips stuffing and RSTn)."""
    n = len(data)
    while True:
        j = data.find(b"\xff", i)
        if j < 0 or j + 1 >= n:
            return n
        nxt = data[j + 1]
        if nxt == 0x00 or 0xD0 <= nxt <= 0xD7 or nxt == 0xFF:
            i = j + 1 if nxt == 0xFF else j + 2
            continue
        return j


_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
# (marker, payload prefix) -> what to report; the first matching row wins
_APP_RULES: list[tuple[int, bytes, Callable[[bytes], list[MetaItem]]]] = [
    (0xE1, b"Exif\x00", lambda p: audit_exif_bytes(p, "EXIF")),
    (0xE1, _XMP, lambda p: audit_xmp(p[len(_XMP):], "XMP")),
    (0xE1, b"http://ns.adobe.com/xmp/extension/\x00",
     lambda p: [MetaItem(M, "extended XMP (large XMP data, often embedded images or history)", "metadata:xmp-extended")]),
    (0xE2, b"ICC_PROFILE\x00", lambda p: []),  # colours only; converted to sRGB and never written back
    (0xE2, b"MPF\x00", lambda p: [MetaItem(H, "Multi-Picture (MPF) index: extra images stored after the photo", "metadata:mpf")]),
    (0xED, b"Photoshop 3.0\x00", lambda p: audit_photoshop(p[14:])),
    (0xEB, b"", lambda p: [MetaItem(M, "JUMBF / C2PA content credentials (may name the author, device and edits)", "metadata:c2pa")]),
    (COM, b"", lambda p: [MetaItem(H, f"JPEG comment: {clip(p)}", "metadata:jpeg-comment")]),
    (0xE0, b"JFIF\x00", lambda p: []),  # density only
    (0xEE, b"Adobe", lambda p: []),  # colour transform flag only
]


def _app_items(seg: Segment) -> list[MetaItem]:
    for marker, prefix, report in _APP_RULES:
        if seg.marker == marker and seg.payload.startswith(prefix):
            return report(seg.payload)
    if 0xE0 <= seg.marker <= 0xEF:
        tag = clip(seg.payload[:24].split(b"\x00")[0], 24) or "unnamed"
        return [MetaItem(L, f"vendor data in APP{seg.marker - 0xE0} ({tag}, {len(seg.payload)} bytes)", "metadata:jpeg-app")]
    return []


def audit_jpeg(data: bytes) -> list[MetaItem]:
    """Everything identifying in a JPEG file's segments and trailer."""
    segments, end = walk(data)
    items = [item for seg in segments for item in _app_items(seg)]
    trailer = data[end:]
    if trailer.strip(b"\x00\r\n\t "):
        if any(s.marker == 0xE2 and s.payload.startswith(b"MPF\x00") for s in segments):
            label = "extra images after the photo (MPF: depth map, preview or original)"
        elif b"ftyp" in trailer[:64] or b"ftypmp4" in trailer or b"ftypisom" in trailer:
            label = "motion-photo video appended after the photo"
        else:
            label = "hidden data after the end of the image (could be the uncropped original: aCropalypse)"
        items.append(MetaItem(H, f"{label}, {len(trailer)} bytes", "metadata:trailer"))
    return items
