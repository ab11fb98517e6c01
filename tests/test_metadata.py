"""Metadata audit: each kind of identifying metadata is reported; a bare file reports nothing."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, PngImagePlugin

from privacyguard.core.types import Category
from privacyguard.images.load import pil_info
from privacyguard.metadata.audit import audit_metadata

from builders import add_identifying_metadata, jpeg_bytes, marker_image


def _details(raw: bytes, fmt: str) -> str:
    findings = audit_metadata(raw, fmt, pil_info)
    assert all(f.category is Category.METADATA and f.box is None for f in findings)
    return "\n".join(f"{f.severity.value} {f.detail}" for f in findings)


@pytest.fixture(scope="module")
def tagged_jpeg(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    p = tmp_path_factory.mktemp("meta") / "tagged.jpg"
    p.write_bytes(jpeg_bytes(np.random.default_rng(1).integers(0, 255, (120, 160, 3), dtype=np.uint8)))
    add_identifying_metadata(p)
    return p.read_bytes()


@pytest.mark.parametrize(("expected"), [
    "high GPS position 48.85660°N, 2.35220°E",
    "high camera body serial number: F2LXK0ABCDEF",
    "high lens serial number: LS998877",
    "medium date taken: 2024:03:12 10:22:01",
    "high camera owner name: Dr Jeanne Martin",
    "high artist / author: Jeanne Martin",
    "low camera model: iPhone 15",
    "high embedded thumbnail (EXIF IFD1)",
    "high face or person regions",
    "high names of people in the photo: Paul Durand",
    "high city: Dax",
    "high caption: Paul Durand, consultation",
    "high JPEG comment: patient Paul Durand",
])
def test_jpeg_written_by_exiftool_reports_each_identifying_field(tagged_jpeg: bytes, expected: str) -> None:
    assert expected in _details(tagged_jpeg, "JPEG")


def test_bare_jpeg_and_png_report_nothing() -> None:
    assert _details(jpeg_bytes(marker_image()), "JPEG") == ""
    buf = io.BytesIO()
    Image.fromarray(marker_image()).save(buf, "PNG")
    assert _details(buf.getvalue(), "PNG") == ""


def _png(**kw: object) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(marker_image()).save(buf, "PNG", **kw)
    return buf.getvalue()


def test_png_text_chunks_exif_xmp_and_trailer() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Dr Jeanne Martin")
    info.add_text("Comment", "Paul Durand né le 12/03/1957", zip=True)
    info.add_itxt("Description", "IPP 4455667")
    info.add_itxt("XML:com.adobe.xmp", '<x:xmpmeta><rdf:Description exif:GPSLatitude="48,51.4N"/></x:xmpmeta>')
    exif = Image.Exif()
    exif[0xA431] = "SN-123"
    raw = _png(pnginfo=info, exif=exif.tobytes()) + b"\x89PNG hidden uncropped screenshot bytes"
    text = _details(raw, "PNG")
    for expected in ("text chunk 'Author': Dr Jeanne Martin", "text chunk 'Comment': Paul Durand né le 12/03/1957",
                     "text chunk 'Description': IPP 4455667", "GPS position (XMP in PNG iTXt)",
                     "camera body serial number: SN-123", "aCropalypse"):
        assert expected in text


@pytest.mark.parametrize(("trailer", "words"), [
    (b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100, "motion-photo video"),
    (b"\xff\xd8\xff\xe0 uncropped original" * 10, "aCropalypse"),
])
def test_jpeg_trailers(trailer: bytes, words: str) -> None:
    assert words in _details(jpeg_bytes(marker_image()) + trailer, "JPEG")


def test_padding_after_end_of_image_is_not_a_finding() -> None:
    assert _details(jpeg_bytes(marker_image()) + b"\x00" * 16, "JPEG") == ""


def test_progressive_jpeg_segments_are_walked_to_the_real_end() -> None:
    raw = jpeg_bytes(np.random.default_rng(2).integers(0, 255, (64, 64, 3), dtype=np.uint8), progressive=True)
    assert _details(raw, "JPEG") == ""
    assert "aCropalypse" in _details(raw + b"secret", "JPEG")


def test_mpf_extra_images_are_reported(tmp_path: Path) -> None:
    p = tmp_path / "multi.jpg"
    first, second = Image.fromarray(marker_image()), Image.new("RGB", (90, 60), "blue")
    first.save(p, "MPO", save_all=True, append_images=[second])
    text = _details(p.read_bytes(), "JPEG")
    assert "Multi-Picture" in text and "extra images after the photo" in text


@pytest.mark.parametrize("fmt", ["WEBP", "HEIF", "TIFF"])
def test_exif_in_other_containers(fmt: str) -> None:
    exif = Image.Exif()
    exif[0x013B] = "Jeanne Martin"
    exif.get_ifd(0x8825).update({1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 8.0)})
    buf = io.BytesIO()
    Image.fromarray(marker_image()).save(buf, fmt, exif=exif.tobytes())
    text = _details(buf.getvalue(), fmt)
    assert "artist / author: Jeanne Martin" in text
    assert "GPS position 48.85667°N" in text


def test_gif_comment() -> None:
    buf = io.BytesIO()
    Image.fromarray(marker_image()).save(buf, "GIF", comment=b"Paul Durand")
    assert "comment: Paul Durand" in _details(buf.getvalue(), "GIF")


def test_heic_thumbnail_and_depth_map_are_reported() -> None:
    """pillow-heif lists an iPhone photo's thumbnails and depth images in ``info`` (it cannot write them)."""
    from privacyguard.metadata.audit import audit_metadata as audit

    findings = audit(b"....ftypheic", "HEIF", lambda raw: {"thumbnails": [object()], "depth_images": [object()]})
    text = "\n".join(f"{f.severity.value} {f.detail}" for f in findings)
    assert "high embedded thumbnail" in text and "medium embedded depth map" in text
