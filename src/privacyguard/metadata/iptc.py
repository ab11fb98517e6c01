"""IPTC-IIM datasets and Photoshop image resources (APP13): captions, people, places, thumbnails."""

from __future__ import annotations

import struct

from privacyguard.metadata.items import H, L, M, MetaItem, clip

# IPTC record 2 datasets
_DATASETS = {
    5: (H, "object name"), 25: (M, "keywords"), 55: (M, "date created"), 80: (H, "by-line (author)"),
    90: (H, "city"), 92: (H, "sub-location"), 95: (H, "province / state"), 101: (M, "country"),
    105: (H, "headline"), 116: (M, "copyright"), 120: (H, "caption"), 122: (H, "caption writer"),
}
_THUMBNAIL_RESOURCES = (0x0409, 0x040C)
_IPTC_RESOURCE = 0x0404


def audit_iptc(data: bytes, where: str = "IPTC") -> list[MetaItem]:
    """Findings for a raw IPTC-IIM stream."""
    items: list[MetaItem] = []
    i = 0
    while i + 5 <= len(data) and data[i] == 0x1C:
        record, dataset = data[i + 1], data[i + 2]
        (size,) = struct.unpack(">H", data[i + 3 : i + 5])
        value = data[i + 5 : i + 5 + size]
        i += 5 + size
        if record == 2 and dataset in _DATASETS:
            severity, label = _DATASETS[dataset]
            items.append(MetaItem(severity, f"{label}: {clip(value)} ({where})", f"metadata:iptc-2:{dataset}"))
    if not items and data:
        items.append(MetaItem(L, f"IPTC block ({len(data)} bytes) ({where})", "metadata:iptc"))
    return items


def audit_photoshop(payload: bytes) -> list[MetaItem]:
    """Findings for a Photoshop ``8BIM`` resource block (JPEG APP13 after its header)."""
    items: list[MetaItem] = []
    i = 0
    while i + 12 <= len(payload) and payload[i : i + 4] == b"8BIM":
        (rid,) = struct.unpack(">H", payload[i + 4 : i + 6])
        name_len = payload[i + 6]
        j = i + 7 + name_len + ((name_len + 1) % 2)
        if j + 4 > len(payload):
            break
        (size,) = struct.unpack(">I", payload[j : j + 4])
        body = payload[j + 4 : j + 4 + size]
        i = j + 4 + size + (size % 2)
        if rid == _IPTC_RESOURCE:
            items += audit_iptc(body, "IPTC in Photoshop APP13")
        elif rid in _THUMBNAIL_RESOURCES:
            items.append(MetaItem(H, "embedded thumbnail (Photoshop APP13): an unedited copy of the photo", "metadata:photoshop-thumbnail"))
    if not items:
        items.append(MetaItem(L, f"Photoshop image resources ({len(payload)} bytes)", "metadata:photoshop"))
    return items
