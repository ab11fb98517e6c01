"""Redaction is irreversible, leaves the input untouched, and the face is no longer found."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

from privacyguard.core.settings import FaceSensitivity, RedactionStyle
from privacyguard.core.types import BBox
from privacyguard.detectors.faces import FaceFinder
from privacyguard.redactors.regions import redact

BOX = BBox(150, 110, 370, 360)


@pytest.fixture(scope="module")
def pixels(grace: Path) -> np.ndarray:
    return np.asarray(Image.open(grace).convert("RGB"))


@pytest.mark.parametrize("style", list(RedactionStyle))
def test_input_is_never_mutated(pixels: np.ndarray, style: RedactionStyle) -> None:
    before = pixels.copy()
    out = redact(pixels, [BOX], style)
    assert np.array_equal(pixels, before)
    assert out is not pixels


def test_solid_fill_is_uniform_and_outside_untouched(pixels: np.ndarray) -> None:
    out = redact(pixels, [BOX], RedactionStyle.SOLID)
    assert (out[BOX.y1 : BOX.y2, BOX.x1 : BOX.x2] == 0).all()
    mask = np.ones(pixels.shape[:2], bool)
    mask[BOX.y1 : BOX.y2, BOX.x1 : BOX.x2] = False
    assert np.array_equal(out[mask], pixels[mask])


def test_blur_destroys_detail(pixels: np.ndarray) -> None:
    """Nothing of the face's structure survives: the region is uncorrelated with the original."""
    out = redact(pixels, [BOX], RedactionStyle.BLUR)
    a = pixels[BOX.y1 : BOX.y2, BOX.x1 : BOX.x2].astype(float).mean(2)
    b = out[BOX.y1 : BOX.y2, BOX.x1 : BOX.x2].astype(float).mean(2)
    def detail(x: np.ndarray) -> np.ndarray:  # high-pass: edges, features, texture
        smooth = np.asarray(Image.fromarray(x.astype(np.uint8)).filter(ImageFilter.GaussianBlur(3)), float)
        return (x - smooth).ravel()
    assert abs(np.corrcoef(detail(a), detail(b))[0, 1]) < 0.1
    assert not np.array_equal(redact(pixels, [BOX], RedactionStyle.BLUR), out), "noise is random each time"


@pytest.mark.parametrize("style", list(RedactionStyle))
def test_redacted_face_is_not_found_again(pixels: np.ndarray, style: RedactionStyle) -> None:
    finder = FaceFinder(FaceSensitivity.PARANOID)
    box = finder.find(pixels)[0].redact_box
    assert box is not None
    assert finder.find(redact(pixels, [box], style)) == []


def test_alpha_is_made_opaque_inside_the_box() -> None:
    rgba = np.zeros((50, 50, 4), np.uint8)
    out = redact(rgba, [BBox(10, 10, 20, 20)], RedactionStyle.SOLID)
    assert (out[10:20, 10:20, 3] == 255).all() and (out[:10, :, 3] == 0).all()


def test_boxes_outside_the_image_are_clipped() -> None:
    out = redact(np.full((20, 20, 3), 255, np.uint8), [BBox(-10, -10, 5, 5), BBox(30, 30, 40, 40)], RedactionStyle.SOLID)
    assert (out[:5, :5] == 0).all() and out[5:, 5:].min() == 255
