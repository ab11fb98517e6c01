"""Properties that must hold for any input, checked on inputs hypothesis generates (a short fuzzing run)."""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from privacyguard.core.errors import PrivacyGuardError
from privacyguard.core.report import Decisions
from privacyguard.core.settings import RedactionStyle
from privacyguard.core.types import BBox, Category, Finding, Severity
from privacyguard.images.load import load_photo, pil_info
from privacyguard.metadata.audit import audit_metadata
from privacyguard.pipeline.text import TextPipeline
from privacyguard.redactors.regions import FILL, redact
from privacyguard.redactors.text import PLACEHOLDERS, redact_text

FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")), deadline=None,  # FUZZ_EXAMPLES=5000 for a longer run
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _seed(fmt: str, **kw: object) -> bytes:
    a = np.zeros((24, 32, 3), np.uint8)
    a[:12, :16] = (255, 0, 0)
    a[12:, 16:] = (0, 0, 255)
    buf = io.BytesIO()
    im = Image.fromarray(a)
    if fmt == "GIF":
        im.save(buf, fmt, save_all=True, append_images=[Image.new("RGB", (32, 24), "green")], **kw)
    else:
        im.save(buf, fmt, **kw)
    return buf.getvalue()


TRUNCATED_GIF = (b"GIF87a\x00\x00\x18\x00\x81\x00\x00\xff\x00\x00\x00\x00\xff\x00\x00\x00\x00\x00\x00,\x00\x00\x00\x00 \x00"
                 b"\x18\x00\x00\x08g\x00\x01\x08\x1cH\xb0 \x00\x01\x08\x13*\\(\xc0\xa0\xc3\x81\x0c#&|\xf8P\xa2D\x8a\x0e-F\xc4hP#"
                 b"C\x8e\x05=.\x04IP\xa4B\x92\x10M\"D)P\xe5J\x96.\x1b\xc2t\xc9\xf2`L\x97\x01r\xea\xdc\xc93@\xcc\x9e@u\xfe\x0c\nt(Q"
                 b"\x9eF\x8f\n\xc5\xa9tg\xd2\xa6O\x95F=:\x95h\xd5\xa0W\x81\x06\x04\x00!\xf9\x04")
SEEDS = [_seed("JPEG", quality=90), _seed("JPEG", progressive=True), _seed("PNG"), _seed("GIF"), _seed("WEBP"),
         _seed("TIFF", compression="tiff_lzw"), _seed("BMP")]


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A real file of some format, then bytes flipped, cut, or inserted."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        del data[draw(st.integers(1, len(data))) :]
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(max_size=64))
    return bytes(data)


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pillow warns about the damage it skips
@FUZZ
@example(data=TRUNCATED_GIF, suffix=".jpg")  # found by this test: an IndexError from Pillow's GIF reader, a traceback
@given(data=st.one_of(damaged(), st.binary(max_size=512)), suffix=st.sampled_from([".jpg", ".png", ".gif", ".webp", ".tif", ".bmp"]))
def test_the_loader_raises_only_its_own_errors(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"photo{suffix}"
        path.write_bytes(data)
        try:
            photo = load_photo(path)
        except PrivacyGuardError as exc:
            assert str(path) in str(exc) and "\n" not in str(exc)
            return
        assert photo.pixels.dtype == np.uint8 and photo.pixels.ndim == 3 and photo.pixels.shape[2] == 3
        audit_metadata(photo.raw, photo.format, pil_info)  # what the loader accepts, the metadata reader takes too


ODD = st.sampled_from(["😷", "👩🏽‍⚕️", "e\u0301", "\u200b", "\u200d", "\ufeff", "\u00a0", "’", "«", " ", "\n", "a", "É", "#", "…"])
AROUND = st.lists(st.one_of(ODD, st.characters(codec="utf-8", exclude_categories=["Cs"])), max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(before=AROUND, after=AROUND, value=st.sampled_from(["Dupont", "06 12 34 56 78", "12/03/1957", "Léa Martin"]),
       label=st.sampled_from(["PERSON", "PHONE", "DATE"]))
def test_the_text_redactor_removes_the_span_and_keeps_everything_else(before: str, after: str, value: str, label: str) -> None:
    text = before + value + after
    f = Finding("t1", Category.TEXT, Severity.HIGH, 1.0, "", "test", span=(len(before), len(before) + len(value)), label=label, text=value)
    out = redact_text(text, [f])
    assert out == before + PLACEHOLDERS[label] + after  # offsets right, whatever the characters around


@pytest.fixture(scope="module")
def texts() -> TextPipeline:
    t = TextPipeline()
    t.load()
    return t


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(before="A\x15éa", after="A\x15é\n", name="Mme Dupont")  # a value removed at the end, the start of a word earlier
@given(before=AROUND, after=AROUND, name=st.sampled_from(["Mme Dupont", "Léa Martin", "M. Nguyen", "Mr Garnier"]))
def test_a_cleaned_draft_never_keeps_a_removed_value_unless_it_says_so(texts: TextPipeline, before: str, after: str, name: str) -> None:
    text = f"{before} {name}, 58 ans, vue pour une toux.{after}"
    item = texts.analyze(text)
    chosen = Decisions().chosen(item)
    cleaned = texts.clean(item, text, Decisions())
    # a removed value left as a word of its own (a value that is only the start of another word is no mention of it)
    left = [f.text for f in chosen if f.text and re.search(rf"(?<!\w){re.escape(f.text)}(?!\w)", cleaned.text)]
    assert not left or not cleaned.verified, (text, cleaned.text)


@st.composite
def image_and_boxes(draw: st.DrawFn) -> tuple[np.ndarray, list[BBox]]:
    w, h = draw(st.integers(8, 80)), draw(st.integers(8, 80))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    pixels = rng.integers(0, 256, (h, w, draw(st.sampled_from([3, 4]))), dtype=np.uint8)
    boxes = []
    for _ in range(draw(st.integers(1, 3))):
        x1, y1 = draw(st.integers(0, w - 4)), draw(st.integers(0, h - 4))
        boxes.append(BBox(x1, y1, draw(st.integers(x1 + 4, w)), draw(st.integers(y1 + 4, h))))
    return pixels, boxes


@settings(max_examples=150, deadline=None)
@given(case=image_and_boxes(), style=st.sampled_from(list(RedactionStyle)))
def test_a_region_redactor_changes_what_is_inside_and_nothing_outside(case: tuple[np.ndarray, list[BBox]], style: RedactionStyle) -> None:
    pixels, boxes = case
    out = redact(pixels, boxes, style)
    inside = np.zeros(pixels.shape[:2], bool)
    for b in boxes:
        inside[b.y1 : b.y2, b.x1 : b.x2] = True
    assert np.array_equal(out[~inside], pixels[~inside])  # nothing outside moves
    if pixels.shape[2] == 4:
        assert (out[inside][:, 3] == 255).all()  # nothing inside stays hidden under transparency
    if style is RedactionStyle.SOLID:
        assert (out[inside][:, :3] == FILL).all()
    else:  # destroyed: on a noise image, almost no pixel keeps its colour
        same = (out[inside][:, :3] == pixels[inside][:, :3]).all(axis=1).mean()
        assert same < 0.05
