"""EXIF (TIFF-structured) metadata: GPS, dates, camera and owner, serial numbers, thumbnails."""

from __future__ import annotations

import contextlib

from PIL import ExifTags, Image

from privacyguard.metadata.items import H, L, M, MetaItem, clip

GPS_IFD, EXIF_IFD, IFD1 = ExifTags.IFD.GPSInfo, ExifTags.IFD.Exif, ExifTags.IFD.IFD1

# tag -> (severity, label); looked up in IFD0 and the Exif IFD
TAGS = {
    0x010E: (M, "image description"), 0x010F: (L, "camera make"), 0x0110: (L, "camera model"),
    0x0131: (L, "software"), 0x0132: (M, "date modified"), 0x013B: (H, "artist / author"),
    0x013C: (M, "host computer"), 0x8298: (M, "copyright"), 0x9003: (M, "date taken"),
    0x9004: (M, "date digitised"), 0x9286: (H, "user comment"), 0x927C: (M, "maker notes (vendor data, may hold serial numbers)"),
    0xA420: (H, "unique image id"), 0xA430: (H, "camera owner name"), 0xA431: (H, "camera body serial number"),
    0xA433: (L, "lens make"), 0xA434: (L, "lens model"), 0xA435: (H, "lens serial number"),
    0xC62F: (H, "camera serial number"), 0x9C9B: (H, "Windows title"), 0x9C9C: (H, "Windows comment"),
    0x9C9D: (H, "Windows author"), 0x9C9E: (M, "Windows keywords"), 0x9C9F: (M, "Windows subject"),
    0x9010: (L, "time zone offset"),
}


def _dms(value: object) -> float | None:
    try:
        d, m, s = (float(x) for x in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return d + m / 60 + s / 3600


def _gps(gps: dict[int, object]) -> MetaItem | None:
    if not gps:
        return None
    lat, lon = _dms(gps.get(2)), _dms(gps.get(4))
    if lat is not None and lon is not None:
        ns, ew = clip(gps.get(1, "N")) or "N", clip(gps.get(3, "E")) or "E"
        where = f"{lat:.5f}°{ns}, {lon:.5f}°{ew}"
        return MetaItem(H, f"GPS position {where} (where the photo was taken)", "metadata:exif-gps")
    return MetaItem(H, f"GPS block with {len(gps)} fields (position, time or direction)", "metadata:exif-gps")


def audit_exif_bytes(data: bytes, where: str = "EXIF") -> list[MetaItem]:
    """Everything identifying in an EXIF block (with or without the ``Exif\\0\\0`` header)."""
    if data.startswith(b"Exif\x00\x00"):
        data = data[6:]
    exif = Image.Exif()
    try:
        exif.load(data)
    except Exception:  # noqa: BLE001 - any damage in vendor EXIF must not stop the audit
        return [MetaItem(M, f"{where} block present but unreadable ({len(data)} bytes)", "metadata:exif")]
    return audit_exif(exif, where)


def audit_exif(exif: Image.Exif, where: str = "EXIF") -> list[MetaItem]:
    """Findings for a parsed ``Image.Exif``."""
    items: list[MetaItem] = []
    try:
        gps = dict(exif.get_ifd(GPS_IFD))
    except Exception:  # noqa: BLE001
        gps = {}
    gps_item = _gps(gps)
    if gps_item:
        items.append(gps_item)
    tags: dict[int, object] = dict(exif)
    with contextlib.suppress(Exception):
        tags.update(exif.get_ifd(EXIF_IFD))
    for tag, (severity, label) in TAGS.items():
        value = tags.get(tag)
        if value in (None, b"", ""):
            continue
        shown = "" if tag == 0x927C else f": {clip(value)}"
        items.append(MetaItem(severity, f"{label}{shown} ({where})", f"metadata:exif-{tag:04x}"))
    try:
        thumb = exif.get_ifd(IFD1)
    except Exception:  # noqa: BLE001
        thumb = {}
    if thumb.get(0x0201) or thumb.get(0x0111):
        items.append(MetaItem(H, f"embedded thumbnail ({where} IFD1): an unedited copy of the photo", "metadata:exif-thumbnail"))
    return items
