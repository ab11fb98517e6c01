"""PNG container: text chunks, EXIF, XMP, timestamps, C2PA and data after IEND."""

from __future__ import annotations

import struct
import zlib

from privacyguard.metadata.exif import audit_exif_bytes
from privacyguard.metadata.items import H, L, M, MetaItem, clip
from privacyguard.metadata.xmp import audit_xmp

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PIXEL_CHUNKS = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP",
                 b"sBIT", b"pHYs", b"bKGD", b"hIST", b"sPLT", b"acTL", b"fcTL", b"fdAT", b"cICP"}


def _text(kind: bytes, body: bytes) -> tuple[str, str]:
    key, _, rest = body.partition(b"\x00")
    if kind == b"zTXt":
        try:
            rest = zlib.decompress(rest[1:])
        except zlib.error:
            rest = b""
    elif kind == b"iTXt":
        compressed = rest[:1] == b"\x01"
        rest = rest[2:]
        _lang, _, rest = rest.partition(b"\x00")
        _tkey, _, rest = rest.partition(b"\x00")
        if compressed:
            try:
                rest = zlib.decompress(rest)
            except zlib.error:
                rest = b""
    encoding = "utf-8" if kind == b"iTXt" else "latin-1"  # tEXt and zTXt are Latin-1 by the spec
    return key.decode("latin-1"), rest.decode(encoding, "replace")


def audit_png(data: bytes) -> list[MetaItem]:
    """Everything identifying in a PNG file's chunks and after its IEND chunk."""
    items: list[MetaItem] = []
    i = len(SIGNATURE)
    end = len(data)
    while i + 8 <= len(data):
        (size,) = struct.unpack(">I", data[i : i + 4])
        kind = data[i + 4 : i + 8]
        body = data[i + 8 : i + 8 + size]
        i += 12 + size
        if kind == b"IEND":
            end = i
            break
        if kind in (b"tEXt", b"zTXt", b"iTXt"):
            key, value = _text(kind, body)
            if key == "XML:com.adobe.xmp":
                items += audit_xmp(value, "XMP in PNG iTXt")
            else:
                items.append(MetaItem(H, f"text chunk {key!r}: {clip(value)}", "metadata:png-text"))
        elif kind == b"eXIf":
            items += audit_exif_bytes(body, "EXIF in PNG eXIf")
        elif kind == b"tIME":
            items.append(MetaItem(M, "last-modified time (PNG tIME)", "metadata:png-time"))
        elif kind == b"caBX":
            items.append(MetaItem(M, "C2PA content credentials (may name the author, device and edits)", "metadata:c2pa"))
        elif kind not in _PIXEL_CHUNKS:
            items.append(MetaItem(L, f"private chunk {clip(kind)} ({size} bytes)", "metadata:png-chunk"))
    trailer = data[end:]
    if trailer.strip(b"\x00"):
        items.append(MetaItem(
            H, f"hidden data after the end of the image (could be the uncropped original: aCropalypse), {len(trailer)} bytes",
            "metadata:trailer",
        ))
    return items
