"""Batch verification: is the written copy the redacted picture, and is anything left around each redaction?

The full re-check (the single-photo path) reads the text again on the whole written image; its faces, and everything
in a batch, are looked at again only where the paint changed the picture. It does not need more: outside the redactions the
written pixels are the ones already checked (this is verified by comparing them with the
intended pixels), so only the neighbourhood of each redaction can hold something new (a name
running past its box, a chin below a face box).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image

from privacyguard.core.types import BBox, Category, Finding, Severity

# The written copy may differ from the intended pixels by JPEG noise only: at q95 with 4:4:4 chroma the
# worst 16×16 tile of a photo differs by about 3 levels on average (bench: grace_hopper 2.1, astronaut 3.1).
TILE = 16
MAX_TILE_DIFFERENCE = 12.0
MARGIN = 0.25  # of the box's size, on each side, within MIN_MARGIN..MAX_MARGIN pixels
MIN_MARGIN, MAX_MARGIN = 48, 160
NEAR = 8  # a finding within this many pixels of a redaction is something left over
ROW_REACH = 16  # text heights: a name of 16 letters runs about 8 heights past its box; a table's next column, as far again
TALL = 1.5  # RapidOCR reads a line box this much taller than wide as upright text (it turns it to read it)
FACE_VIEW = 640  # faces protruding from a face box are large: the zone is looked at this size
PAINTED_OVER = 0.5  # a box this much under the paint is gone; one less is still seen


@dataclass(frozen=True)
class Intended:
    """The pixels that were written, and the boxes painted on them (faces and hand-drawn; text and codes).

    ``looked``: the boxes a round before looked around, on the same pixels but for the boxes added since. A JPEG's
    blocks (16 px with its colour halved) are coded one by one, so outside the blocks a new box touches (and a pixel
    beyond) the copy decodes to what that round read; a PNG is exact.
    Only the zones around the new boxes can hold something that round did not see (``fresh``)."""

    pixels: np.ndarray
    face_boxes: tuple[BBox, ...]
    text_boxes: tuple[BBox, ...]
    looked: tuple[BBox, ...] = ()

    def fresh(self, boxes: Sequence[BBox]) -> tuple[BBox, ...]:
        """Those of ``boxes`` no round before looked around."""
        looked = set(self.looked)  # a crowd has hundreds of boxes
        return tuple(b for b in boxes if b not in looked)


def tile_differences(a: np.ndarray, b: np.ndarray, tile: int = TILE) -> np.ndarray:
    """The mean absolute difference of each ``tile``×``tile`` tile (edge tiles included), over every pixel.

    Summed row band by row band in unsigned integers (a 12 MP photo in 0.03 s; numpy's int16 difference and
    padded counts took 0.5 s, twice per round of a batch photo)."""
    import cv2

    d = cv2.absdiff(np.ascontiguousarray(a[:, :, :3]), np.ascontiguousarray(b[:, :, :3]))
    h, w = d.shape[:2]
    ph, pw = -h % tile, -w % tile
    if ph or pw:
        d = cv2.copyMakeBorder(d, 0, ph, 0, pw, cv2.BORDER_CONSTANT, value=0)
    bands = d.reshape(d.shape[0] // tile, tile, d.shape[1] * 3).sum(axis=1, dtype=np.uint32)
    sums = bands.reshape(bands.shape[0], d.shape[1] // tile, tile * 3).sum(axis=2, dtype=np.uint64)
    rows, cols = np.full(sums.shape[0], tile), np.full(sums.shape[1], tile)
    rows[-1], cols[-1] = tile - ph, tile - pw  # the edge tiles' own pixels
    return sums / (3 * np.outer(rows, cols))


def faithful(rgb: np.ndarray, intended: Intended) -> list[Finding]:
    """A residual finding if any small tile of the written image differs from the intended one.

    The largest tile difference is what counts, not a global mean: a changed patch anywhere
    (a redaction undone, a region swapped) fails even in a 12 MP copy.
    """
    if rgb.shape[:2] != intended.pixels.shape[:2]:
        return [Finding("residual-pixels", Category.METADATA, Severity.HIGH, 1.0, "the written image has another size", "verify")]
    worst = float(tile_differences(rgb, intended.pixels).max(initial=0.0))
    if worst <= MAX_TILE_DIFFERENCE:
        return []
    return [Finding("residual-pixels", Category.METADATA, Severity.HIGH, 1.0,
                    f"the written image differs from the redacted one (a tile differs by {worst:.1f} levels)", "verify")]


def zones(boxes: Sequence[BBox], w: int, h: int, rows: bool = False, upright: Sequence[BBox] = ()) -> list[BBox]:
    """Each redaction with its margin, overlapping ones merged. With ``rows`` (text), the zone runs along
    the box's row, ROW_REACH text heights on either side: a line of text runs on sideways past its box
    ("██PONT Marie"). Not the photo's whole width: the rest of the row was judged by the first look, and
    a 12 MP row read at full resolution cost seconds and read gravel as text. The row runs up and down for a box of
    upright text: a box at least TALL times as high as wide, or one on a line of ``upright`` text (the first look's: a
    short word's padded box is not tall)."""
    out = [b.pad_px(min(MAX_MARGIN, max(MIN_MARGIN, round(MARGIN * max(b.width, b.height))))).clip(w, h) for b in boxes]
    if rows:
        out = [_row(b, z, is_upright(b) or any(u.intersects(b) for u in upright)).clip(w, h)
               for b, z in zip(boxes, out, strict=True)]
    i = 0
    while i < len(out):
        j = next((j for j in range(i + 1, len(out)) if out[i].intersects(out[j])), None)
        if j is None:
            i += 1
            continue
        out[i] = BBox.hull((out[i], out.pop(j)))
    return out


def is_upright(box: BBox) -> bool:
    """A box of text running up or down the photo, as RapidOCR sees it (it turns such a box to read it)."""
    return box.height >= TALL * box.width


def _row(box: BBox, zone: BBox, upright: bool) -> BBox:
    """``zone`` stretched along the text row of ``box``: sideways, or up and down for ``upright`` text (a wristband
    photographed sideways)."""
    if upright:
        return BBox(zone.x1, box.y1 - ROW_REACH * box.width, zone.x2, box.y2 + ROW_REACH * box.width)
    return BBox(box.x1 - ROW_REACH * box.height, zone.y1, box.x2 + ROW_REACH * box.height, zone.y2)


def around(rgb: np.ndarray, boxes: Sequence[BBox], find: Callable[[np.ndarray, BBox], list[Finding]], view: int, *,
           rows: bool = False, upright: Sequence[BBox] = (), near: Sequence[BBox] | None = None) -> list[Finding]:
    """Findings of ``find(crop, zone)`` in each zone around ``boxes`` (the crop shrunk to ``view`` px if set) that touch
    one of ``near`` (``boxes`` unless given)."""
    h, w = rgb.shape[:2]
    found: list[Finding] = []
    for zone in zones(boxes, w, h, rows, upright):
        crop = np.ascontiguousarray(rgb[zone.y1:zone.y2, zone.x1:zone.x2, :3])
        f = 1.0
        if view and max(crop.shape[:2]) > view:
            f = view / max(crop.shape[:2])
            size = (max(1, round(crop.shape[1] * f)), max(1, round(crop.shape[0] * f)))
            crop = np.asarray(Image.fromarray(crop).resize(size, Image.Resampling.BILINEAR))
        for finding in find(crop, zone):
            moved = _moved(finding, zone, f)
            if moved.box and any(b.pad_px(NEAR).intersects(moved.box) for b in (boxes if near is None else near)):
                found.append(moved)
    return found


def _moved(f: Finding, zone: BBox, scale: float) -> Finding:
    """A finding from a (possibly shrunk) crop, in the full image's pixels."""
    def place(b: BBox | None) -> BBox | None:
        if b is None:
            return None
        return BBox(zone.x1 + round(b.x1 / scale), zone.y1 + round(b.y1 / scale),
                    zone.x1 + round(b.x2 / scale), zone.y1 + round(b.y2 / scale))
    return replace(f, box=place(f.box), redact_box=place(f.redact_box))


def beside(line: BBox, texts: Sequence[BBox], painted: Sequence[BBox]) -> BBox | None:
    """The part of a line the re-check cannot read that may be the rest of redacted text, or None.

    Only the row of a text redaction, within one text height on either side of it, can hold the
    illegible rest of a word the box did not cover (the legible rest is judged by the text rules).
    Elsewhere the pixels are those the first look judged, and a texture read at full resolution
    next to a new grey box reads as low-confidence "text" (measured on gravel: a line 4,000 px wide,
    then more beside each new box, three rounds). ``texts`` are the text boxes chosen by the first
    look (not those the re-check added, so the rounds end); a part already inside ``painted`` is the grey read.
    """
    parts = [o for t in texts if (o := line.overlap(BBox(t.x1 - t.height, t.y1 - t.height // 4, t.x2 + t.height,
                                                           t.y2 + t.height // 4))) is not None]
    if not parts:
        return None
    part = BBox.hull(parts)
    return None if part.covered_by(painted) >= 0.9 else part


def visible(boxes: Sequence[BBox], painted: Sequence[BBox], w: int, h: int) -> list[bool]:
    """For each of ``boxes`` in a ``w``×``h`` image, whether the ``painted`` boxes cover less than PAINTED_OVER of it.
    One mask for all, not each box against each painted one: a crowd has hundreds of both."""
    paint = np.zeros((h, w), bool)
    for b in painted:
        c = b.clip(w, h)
        paint[c.y1 : c.y2, c.x1 : c.x2] = True
    return [not (c := b.clip(w, h)).area or float(paint[c.y1 : c.y2, c.x1 : c.x2].mean()) < PAINTED_OVER for b in boxes]


NEUTRAL = 128  # the grey the OCR sees in place of a redaction


def neutral(rgb: np.ndarray, boxes: Sequence[BBox]) -> np.ndarray:
    """``rgb`` with ``boxes`` painted mid-grey, for reading only: a solid black box blinds the text
    detector to the text right next to it, a grey one does not (measured on a half-covered name)."""
    if not boxes:
        return rgb
    out = np.array(rgb[:, :, :3], copy=True)
    h, w = out.shape[:2]
    for b in boxes:
        c = b.clip(w, h)
        out[c.y1 : c.y2, c.x1 : c.x2] = NEUTRAL
    return out


def same_region(kept: Finding, box: BBox) -> bool:
    """A re-check finding that is the kept finding read again (its box may move a little after re-encoding)."""
    region = kept.redact_box or kept.box
    if region is None:
        return False
    return region.contains_point(*box.centre) or region.intersection(box) >= 0.5 * max(1, box.area)


def residual_of(f: Finding) -> Finding:
    """``f`` seen again in a cleaned copy: something the cleaning left."""
    return Finding(f"residual-{f.id}", f.category, f.severity, f.score, f"still present after cleaning: {f.detail}",
                   f.source, f.box, f.redact_box)
