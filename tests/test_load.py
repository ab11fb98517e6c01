"""Loading: every format and mode, orientation baked in, and a clear error for bad input."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from privacyguard.core.errors import (
    CorruptImageError,
    EmptyFileError,
    ImageTooLargeError,
    InputError,
    UnsupportedFormatError,
)
from privacyguard.core.settings import LoadLimits
from privacyguard.images.load import load_photo

from builders import jpeg_bytes, marker_image


def _save(tmp_path: Path, name: str, im: Image.Image, fmt: str, **kw: object) -> Path:
    p = tmp_path / name
    im.save(p, fmt, **kw)
    return p


RGB = Image.fromarray(marker_image())


@pytest.mark.parametrize(("name", "make", "fmt", "channels"), [
    ("a.jpg", lambda: RGB, "JPEG", 3),
    ("a.png", lambda: RGB, "PNG", 3),
    ("a.webp", lambda: RGB, "WEBP", 3),
    ("a.tif", lambda: RGB, "TIFF", 3),
    ("a.bmp", lambda: RGB, "BMP", 3),
    ("a.heic", lambda: RGB, "HEIF", 3),
    ("cmyk.jpg", lambda: RGB.convert("CMYK"), "JPEG", 3),
    ("grey.png", lambda: RGB.convert("L"), "PNG", 3),
    ("bw.png", lambda: RGB.convert("1"), "PNG", 3),
    ("palette.png", lambda: RGB.convert("P"), "PNG", 3),
    ("sixteen.png", lambda: Image.fromarray(np.asarray(RGB.convert("L"), np.uint16) * 257), "PNG", 3),
    ("alpha.png", lambda: RGB.convert("RGBA").transform(RGB.size, Image.Transform.AFFINE, (1, 0, 10, 0, 1, 0)), "PNG", 3),
    ("opaque-alpha.png", lambda: RGB.convert("RGBA"), "PNG", 3),
    ("la.png", lambda: RGB.convert("LA").transform(RGB.size, Image.Transform.AFFINE, (1, 0, 10, 0, 1, 0)), "PNG", 3),
])
def test_formats_and_modes_load_as_8bit_rgb(tmp_path: Path, name: str, make, fmt: str, channels: int) -> None:
    """Every mode becomes 8-bit RGB; a transparent one is flattened as a light page shows it (and says so)."""
    photo = load_photo(_save(tmp_path, name, make(), fmt))
    assert photo.pixels.dtype == np.uint8
    assert photo.pixels.shape == (60, 90, channels)
    transparent = name in ("alpha.png", "la.png")
    assert photo.notes == (("transparent image: checked as it shows on a light and on a dark page, written flattened onto white",)
                           if transparent else ())
    assert (photo.on_dark is not None) == transparent


def test_sixteen_bit_keeps_its_tones(tmp_path: Path) -> None:
    grey = np.linspace(0, 65535, 90, dtype=np.uint16)[None, :].repeat(60, 0)
    photo = load_photo(_save(tmp_path, "g16.png", Image.fromarray(grey), "PNG"))
    assert photo.pixels[0, 0, 0] == 0 and photo.pixels[0, -1, 0] == 255
    assert 120 < photo.pixels[0, 45, 0] < 135


def test_animated_gif_keeps_first_frame_and_says_so(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (40, 30), c) for c in ("red", "blue", "green")]
    p = tmp_path / "anim.gif"
    frames[0].save(p, save_all=True, append_images=frames[1:])
    photo = load_photo(p)
    assert photo.pixels[0, 0].tolist() == [255, 0, 0]
    assert any("3 frames" in n and "first" in n for n in photo.notes)


# The stored pixels are transformed by the inverse of each orientation, so it shows upright.
STORE = {1: None, 2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
         5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_90, 7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_270}


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_is_applied_to_pixels(tmp_path: Path, orientation: int) -> None:
    upright = Image.fromarray(marker_image())
    transform = STORE[orientation]
    stored = upright.transpose(transform) if transform is not None else upright
    exif = Image.Exif()
    exif[0x0112] = orientation
    p = tmp_path / f"o{orientation}.jpg"
    p.write_bytes(jpeg_bytes(np.asarray(stored), exif=exif.tobytes()))
    photo = load_photo(p)
    assert (photo.width, photo.height) == (90, 60), "the upright image is as a person sees it"
    red = photo.pixels[:, :, 0].astype(int) - photo.pixels[:, :, 1]
    corners = {"tl": red[:10, :10], "tr": red[:10, -10:], "bl": red[-10:, :10], "br": red[-10:, -10:]}
    assert max(corners, key=lambda k: corners[k].mean()) == "tl", f"orientation {orientation} not applied"


def test_heic_orientation_is_upright(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    p = tmp_path / "phone.heic"
    Image.fromarray(marker_image()).save(p, "HEIF", exif=exif.tobytes())
    photo = load_photo(p)
    assert (photo.width, photo.height) == (60, 90)
    assert photo.pixels[:10, -10:, 0].mean() > 240 and photo.pixels[:10, -10:, 1].mean() < 15


def _truncated(tmp_path: Path) -> Path:
    data = jpeg_bytes(np.random.default_rng(0).integers(0, 255, (400, 400, 3), dtype=np.uint8))
    p = tmp_path / "cut.jpg"
    p.write_bytes(data[: len(data) // 2])
    return p


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(("make", "error", "words"), [
    (lambda t: _write(t, "empty.jpg", b""), EmptyFileError, "empty"),
    (_truncated, CorruptImageError, "truncated"),
    (lambda t: _write(t, "garbage.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 50), CorruptImageError, "damaged"),
    (lambda t: _write(t, "notes.jpg", b"Patient: Paul Durand\n"), UnsupportedFormatError, "not an image"),
    (lambda t: _write(t, "doc.pdf", b"%PDF-1.4\n%..."), UnsupportedFormatError, "not an image"),
    (lambda t: t / "missing.jpg", InputError, "not found"),
    (lambda t: t, InputError, "folder"),
])
def test_bad_input_raises_a_clear_error_naming_the_file(tmp_path: Path, make, error: type[Exception], words: str) -> None:
    path = make(tmp_path)
    with pytest.raises(error) as info:
        load_photo(path)
    assert words in str(info.value)
    assert str(path) in str(info.value)


def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    p = _save(tmp_path, "bomb.png", Image.new("L", (5000, 5000)), "PNG")
    with pytest.raises(ImageTooLargeError, match="megapixel"):
        load_photo(p, LoadLimits(max_pixels=1_000_000))


def test_huge_file_is_refused(tmp_path: Path) -> None:
    p = _save(tmp_path, "big.png", Image.new("RGB", (50, 50)), "PNG")
    with pytest.raises(ImageTooLargeError, match="MB"):
        load_photo(p, LoadLimits(max_file_bytes=10))


def test_wrong_extension_is_read_by_content_and_noted(tmp_path: Path) -> None:
    p = _write(tmp_path, "really-a-jpeg.png", jpeg_bytes(marker_image()))
    photo = load_photo(p)
    assert photo.format == "JPEG"
    assert any("content is JPEG" in n for n in photo.notes)


def test_loading_never_changes_the_file(tmp_path: Path) -> None:
    p = _write(tmp_path, "a.jpg", jpeg_bytes(marker_image()))
    before = p.read_bytes()
    load_photo(p)
    assert p.read_bytes() == before


def test_cmyk_colours_come_out_rgb(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (20, 20), (255, 0, 0)).convert("CMYK").save(buf, "JPEG", quality=95)
    photo = load_photo(_write(tmp_path, "c.jpg", buf.getvalue()))
    r, g, b = photo.pixels[10, 10].tolist()
    assert r > 200 and g < 60 and b < 60


def test_special_files_get_a_one_line_error(tmp_path: Path) -> None:
    """Reproduction: a symlink loop or a socket named *.jpg gave a traceback; a FIFO named *.jpg made `check` wait forever."""
    import os
    import socket

    from privacyguard.core.errors import InputError

    loop = tmp_path / "loop.jpg"
    os.symlink(loop, loop)
    fifo = tmp_path / "fifo.jpg"
    os.mkfifo(fifo)
    sock_path = tmp_path / "sock.jpg"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    try:
        for path, why in ((loop, "cannot be read"), (fifo, "named pipe"), (sock_path, "socket"), (Path("/dev/null"), "device")):
            with pytest.raises(InputError, match=why) as err:
                load_photo(path)
            assert str(path) in str(err.value) and "\n" not in str(err.value)
    finally:
        sock.close()


def test_an_extreme_strip_does_not_stop_the_run(tmp_path: Path) -> None:
    """Reproduction: a 65000×1-style image crashed the OCR; now that check is "unavailable" for it and the run goes on."""
    from privacyguard.pipeline import Pipeline

    p = tmp_path / "strip.png"
    Image.new("RGB", (20000, 2), (200, 200, 200)).save(p)
    item, _ = Pipeline().analyze_one(p)
    assert item.status == "ok" and all(v == "ran" or v.startswith("unavailable") for v in item.checks.values())
    assert not item.clean or item.checks["text"] == "ran"


def test_a_heic_keeps_its_primary_image_not_the_first(tmp_path: Path) -> None:
    """Reproduction: a HEIC whose primary image is not the first kept the wrong one (the viewer shows the primary)."""
    import pillow_heif

    first, primary = Image.new("RGB", (64, 48), (255, 0, 0)), Image.new("RGB", (64, 48), (0, 0, 255))
    heif = pillow_heif.from_pillow(first)
    heif.add_from_pillow(primary)
    path = tmp_path / "two.heic"
    heif.save(path, primary_index=1)
    photo = load_photo(path)
    assert photo.pixels[0, 0, 2] > 200 and photo.pixels[0, 0, 0] < 50  # blue: the primary
    assert any("primary image" in n and "1 dropped" in n for n in photo.notes)
