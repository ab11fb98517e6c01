"""Where text may be in a photo, found without reading it: small strokes, the crops to read at full resolution, and
labels or wristbands held at an angle (their outline). The reading itself is in ocr.py."""

from __future__ import annotations

import statistics

import numpy as np

from privacyguard.core.types import BBox

DETAIL_CROP = 640  # px: crops read at full resolution around text-like strokes (the detector finds small text in small crops)
DETAIL_MAX_CROPS = 6
SMALL_ROW = (8, 28)  # px: rows of letters this tall are too small once shrunk; taller ones the shrunk reading finds
SMALL_BLOCK = 64  # px: two or three such rows, blurred together (a label)
DETAIL_MAX_SIDE = 1280  # px: a text-like place larger than this is large text
DETAIL_MAX_AREA = 1_500_000  # px²: what the detail pass reads at most, the richest places first (an eighth of 12 MP)


def text_like(gray: np.ndarray) -> list[tuple[BBox, int]]:
    """Where small text may be, at full resolution, at any angle (cheap: morphology only); each place with its weight.

    Strokes thinner than ~8 px, darker or lighter than their surroundings by 40 levels, form
    word-sized pieces (5-64 px across, up to 640 px along, upright or sideways; blurred small print may be solid); pieces within ~10 px of each other
    are one place. A place is kept when it holds three pieces or more (words and lines of a label,
    turned or not), or pieces as wide, end to end, as three times the tallest (a row of letters; a two-line label
    whose lines touch).
    """
    import cv2

    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    strokes = cv2.max(cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, kernel), cv2.morphologyEx(gray, cv2.MORPH_TOPHAT, kernel))
    _, mask = cv2.threshold(strokes, 40, 255, cv2.THRESH_BINARY)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    x, y, w, h, area = (stats[:, i] for i in range(5))
    short, long = np.minimum(w, h), np.maximum(w, h)  # a word held sideways is tall: its short side is its height
    word = (short >= 5) & (short <= SMALL_BLOCK) & (long <= 640) & (area >= 12)
    word[0] = False
    pieces = np.where(word[labels], np.uint8(255), np.uint8(0))
    joined = cv2.dilate(pieces, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (21, 21)))
    m, places, place_stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    cx = np.clip(x + w // 2, 0, gray.shape[1] - 1)
    cy = np.clip(y + h // 2, 0, gray.shape[0] - 1)
    owner = places[cy[word], cx[word]]
    count = np.bincount(owner, minlength=m)
    ink = np.bincount(owner, weights=w[word], minlength=m)  # the pieces' widths, end to end
    tallest = np.zeros(m)
    np.maximum.at(tallest, owner, h[word])
    out = []
    for i in range(1, m):
        px, py, pw, ph, _ = place_stats[i]
        # a two-line label set tight fuses its lines letter over letter: one or two pieces, as wide as three times their height
        if count[i] >= 3 or (count[i] >= 1 and (pw >= 3 * ph or ink[i] >= 3 * tallest[i])):
            out.append((BBox(int(px), int(py), int(px + pw), int(py + ph)), int(count[i])))
    return out


def _read_already(place: BBox, known: list[BBox]) -> bool:
    """The shrunk reading already has this place: flat lines (upright text) cover its centre and each of its rows. A
    turned line's box is a tall rectangle that covers its neighbours too, so it proves nothing. A label's rows blur
    into one place: its name row missed at the shrunk size while the rows below were read (a row of the place's height,
    half a line's height or more, under no line) is not read yet."""
    flat = [k for k in known if k.width >= 4 * k.height and k.intersects(place)]
    if not any(k.contains_point(*place.centre) for k in flat):
        return False
    row = statistics.median(k.height for k in flat) / 2
    top = place.y1
    for k in sorted(flat, key=lambda k: k.y1):
        if k.y1 - top > row:
            return False
        top = max(top, k.y2)
    return place.y2 - top <= row


def runs_upward(places: list[tuple[BBox, int]], crop: BBox) -> bool:
    """A place in ``crop`` twice as tall as wide: lines running up or down the photo (a band held sideways), which
    the detector and the recogniser read only once turned a quarter (the angle classifier then rights either way)."""
    return any(p.height >= 2 * p.width and crop.contains_point(*p.centre) for p, _ in places)


TILT_SIDE = 1000  # px: the photo is looked at this size for the outlines of labels
TILT_AREA = (0.003, 0.5)  # of the photo: a label or band, not a speck and not the background
TILT_FILL = 0.85  # of its enclosing rectangle the outline fills: a rectangle seen at an angle
TILT_ASPECT = 1.3  # a label or band is longer than wide
TILT_DEGREES = (8.0, 82.0)  # tilted this much from upright or sideways: nearer, the usual reading finds its lines
TILT_MAX = 3  # outlines read, the largest first
TILT_MARGIN = 1.06  # the straightened band keeps a little of its surroundings: letters at its edge stay whole


def tilted_labels(gray: np.ndarray) -> list[np.ndarray]:
    """The corners of light rectangles turned at an angle (labels, wristbands, cards), in photo pixels: four points
    each, clockwise from the start of the long side, so that warping them onto an upright rectangle keeps text readable
    (or upside down, which the reader's direction classifier turns)."""
    import cv2

    h, w = gray.shape[:2]
    scale = min(1.0, TILT_SIDE / max(h, w))
    small = cv2.resize(gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    _, light = cv2.threshold(cv2.GaussianBlur(small, (5, 5), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(light, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found: list[tuple[float, np.ndarray]] = []
    for contour in contours:
        area = cv2.contourArea(contour)
        if not TILT_AREA[0] * small.size <= area <= TILT_AREA[1] * small.size:
            continue
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(contour)
        tilt = abs(angle) % 90
        if area < TILT_FILL * rw * rh or max(rw, rh) < TILT_ASPECT * min(rw, rh) or not TILT_DEGREES[0] <= tilt <= TILT_DEGREES[1]:
            continue
        rect = ((cx / scale, cy / scale), (rw * TILT_MARGIN / scale, rh * TILT_MARGIN / scale), angle)
        corners = cv2.boxPoints(rect).astype(np.float32)
        a, b, c = corners[0], corners[1], corners[2]
        if (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]) < 0:
            corners = corners[::-1].copy()  # clockwise on screen (y down), else the warp would mirror the text
        if np.hypot(*(corners[1] - corners[0])) < np.hypot(*(corners[2] - corners[1])):
            corners = np.roll(corners, -1, axis=0)  # start on a long side: the text runs along it
        found.append((area, corners))
    return [c for _, c in sorted(found, key=lambda f: -f[0])[:TILT_MAX]]


def detail_crops(places: list[tuple[BBox, int]], known: list[BBox], w: int, h: int) -> list[BBox]:
    """Crops around the text-like places no line already covers: at least DETAIL_CROP/2 px on a side, merged, the
    richest first; a place larger than a crop can hold is large text, which the shrunk reading finds."""
    crops: list[tuple[int, BBox]] = []
    for place, weight in places:
        if _read_already(place, known) or max(place.width, place.height) > DETAIL_MAX_SIDE:
            continue
        cx, cy = place.centre
        # the rest of its lines may lie on either side (a word of a turned band was not joined): room for them
        half_w = max(place.width // 2 + max(160, place.height), DETAIL_CROP // 4)
        half_h = max(place.height // 2 + max(120, place.height), DETAIL_CROP // 4)
        box = BBox(int(cx) - half_w, int(cy) - half_h, int(cx) + half_w, int(cy) + half_h).clip(w, h)
        for i, (n, c) in enumerate(crops):
            union = BBox.hull((c, box))
            if c.intersection(box) > 0 and max(union.width, union.height) <= DETAIL_MAX_SIDE:
                crops[i] = (n + weight, union)
                break
        else:
            crops.append((weight, box))
    crops.sort(key=lambda nc: -nc[0])
    chosen, area = [], 0
    for _, c in crops[:DETAIL_MAX_CROPS]:
        if area + c.area > DETAIL_MAX_AREA:
            break
        chosen.append(c)
        area += c.area
    return chosen
