"""Entry point: which metadata a file carries, by container format."""

from __future__ import annotations

from collections.abc import Callable

from privacyguard.core.types import Category, Finding
from privacyguard.metadata.exif import audit_exif_bytes
from privacyguard.metadata.items import H, M, MetaItem, clip
from privacyguard.metadata.jpeg import audit_jpeg
from privacyguard.metadata.png import SIGNATURE, audit_png
from privacyguard.metadata.xmp import audit_xmp

InfoReader = Callable[[bytes], dict[str, object]]


def _from_info(info: dict[str, object]) -> list[MetaItem]:
    """Generic audit for containers parsed by Pillow (HEIF, WebP, TIFF, GIF, BMP)."""
    items: list[MetaItem] = []
    exif = info.get("exif")
    if isinstance(exif, bytes) and exif:
        items += audit_exif_bytes(exif)
    xmp = info.get("xmp") or info.get("XML:com.adobe.xmp")
    if isinstance(xmp, (bytes, str)) and xmp:
        items += audit_xmp(xmp)
    comment = info.get("comment")
    if comment:
        items.append(MetaItem(M, f"comment: {clip(comment)}", "metadata:comment"))
    for key in ("iptc", "photoshop"):
        if info.get(key):
            items.append(MetaItem(M, f"{key.upper()} block", f"metadata:{key}"))
    if info.get("thumbnails"):
        items.append(MetaItem(H, "embedded thumbnail: an unedited copy of the photo", "metadata:thumbnail"))
    if info.get("depth_images"):
        items.append(MetaItem(M, "embedded depth map (the shape of the scene, faces included)", "metadata:depth"))
    return items


def _trailer_riff(data: bytes) -> list[MetaItem]:
    if data[:4] == b"RIFF" and len(data) >= 8:
        declared = int.from_bytes(data[4:8], "little") + 8
        if len(data) > declared + 1:
            return [MetaItem(M, f"data after the end of the WebP image, {len(data) - declared} bytes", "metadata:trailer")]
    return []


def audit_metadata(raw: bytes, fmt: str, info_reader: InfoReader) -> list[Finding]:
    """Findings (category METADATA, no box) for everything the file carries besides pixels."""
    if fmt == "JPEG":
        items = audit_jpeg(raw)
    elif fmt == "PNG" and raw.startswith(SIGNATURE):
        items = audit_png(raw)
    else:
        items = _from_info(info_reader(raw)) + _trailer_riff(raw)
    return [
        Finding(id=f"meta-{n}", category=Category.METADATA, severity=it.severity, score=1.0,
                detail=it.detail, source=it.source)
        for n, it in enumerate(items, 1)
    ]
