"""Frozen value types: boxes, findings, photos and per-item reports."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np


class Category(StrEnum):
    """What kind of thing a finding is."""

    FACE = "FACE"
    METADATA = "METADATA"
    TEXT = "TEXT"
    BARCODE = "BARCODE"
    MANUAL = "MANUAL"


class Severity(StrEnum):
    """How strongly a finding identifies someone (high and medium are redacted by default)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


RAN = "ran"


def unavailable(why: str) -> str:
    """The status of a check that could not run, as written in the report."""
    return f"unavailable: {why}"


@dataclass(frozen=True)
class BBox:
    """An axis-aligned box in pixels of the upright image: x1, y1 inclusive, x2, y2 exclusive."""

    x1: int
    y1: int
    x2: int
    y2: int

    def __post_init__(self) -> None:
        if self.x2 < self.x1 or self.y2 < self.y1:
            raise ValueError(f"inverted box {self.as_list()}")

    @property
    def width(self) -> int:
        return self.x2 - self.x1

    @property
    def height(self) -> int:
        return self.y2 - self.y1

    @property
    def area(self) -> int:
        return self.width * self.height

    @property
    def centre(self) -> tuple[float, float]:
        return ((self.x1 + self.x2) / 2, (self.y1 + self.y2) / 2)

    def as_list(self) -> list[int]:
        return [self.x1, self.y1, self.x2, self.y2]

    def intersection(self, other: BBox) -> int:
        w = min(self.x2, other.x2) - max(self.x1, other.x1)
        h = min(self.y2, other.y2) - max(self.y1, other.y1)
        return max(0, w) * max(0, h)

    def iou(self, other: BBox) -> float:
        inter = self.intersection(other)
        union = self.area + other.area - inter
        return inter / union if union else 0.0

    def contains_point(self, x: float, y: float) -> bool:
        return self.x1 <= x < self.x2 and self.y1 <= y < self.y2

    def clip(self, width: int, height: int) -> BBox:
        x1, x2 = sorted((min(max(self.x1, 0), width), min(max(self.x2, 0), width)))
        y1, y2 = sorted((min(max(self.y1, 0), height), min(max(self.y2, 0), height)))
        return BBox(x1, y1, x2, y2)

    def pad(self, left: float, top: float, right: float, bottom: float) -> BBox:
        """Grow by fractions of this box's own width (left/right) and height (top/bottom)."""
        return BBox(
            round(self.x1 - left * self.width),
            round(self.y1 - top * self.height),
            round(self.x2 + right * self.width),
            round(self.y2 + bottom * self.height),
        )

    def pad_px(self, px: int) -> BBox:
        """Grow by ``px`` pixels on every side."""
        return BBox(self.x1 - px, self.y1 - px, self.x2 + px, self.y2 + px)

    def intersects(self, other: BBox) -> bool:
        return self.x1 < other.x2 and other.x1 < self.x2 and self.y1 < other.y2 and other.y1 < self.y2

    def overlap(self, other: BBox) -> BBox | None:
        """The box both cover, or None."""
        x1, y1, x2, y2 = max(self.x1, other.x1), max(self.y1, other.y1), min(self.x2, other.x2), min(self.y2, other.y2)
        return BBox(x1, y1, x2, y2) if x2 > x1 and y2 > y1 else None

    def covered_by(self, regions: Iterable[BBox]) -> float:
        """The share of this box's pixels inside at least one of ``regions`` (overlapping regions count once)."""
        if not self.area:
            return 0.0
        mask = np.zeros((self.height, self.width), bool)
        for r in regions:
            o = self.overlap(r)
            if o is not None:
                mask[o.y1 - self.y1 : o.y2 - self.y1, o.x1 - self.x1 : o.x2 - self.x1] = True
        return float(mask.mean())

    @staticmethod
    def hull(boxes: Iterable[BBox]) -> BBox:
        """The smallest box around all of ``boxes`` (at least one)."""
        bs = list(boxes)
        return BBox(min(b.x1 for b in bs), min(b.y1 for b in bs), max(b.x2 for b in bs), max(b.y2 for b in bs))

    @classmethod
    def from_xywh(cls, x: float, y: float, w: float, h: float) -> BBox:
        return cls(round(x), round(y), round(x + w), round(y + h))


@dataclass(frozen=True)
class Finding:
    """One thing that may identify someone, with why it was flagged."""

    id: str
    category: Category
    severity: Severity
    score: float
    detail: str
    source: str
    box: BBox | None = None
    redact_box: BBox | None = None
    span: tuple[int, int] | None = None
    label: str | None = None
    text: str | None = None

    @property
    def read(self) -> bool:
        """Text read in a photo or a draft, not a line the OCR could not read (destroyed whole, with nothing read to judge)."""
        return self.category is Category.TEXT and "unreadable" not in self.source

    def to_dict(self, reveal: bool = True) -> dict[str, object]:
        """The JSON form; without ``reveal``, no value read in the post (see ``masked``)."""
        return {
            "id": self.id,
            "category": self.category.value,
            "severity": self.severity.value,
            "score": round(self.score, 3),
            "box": self.box.as_list() if self.box else None,
            "redact_box": self.redact_box.as_list() if self.redact_box else None,
            "span": list(self.span) if self.span else None,
            "label": self.label,
            "text": self.text if reveal else mask(self.text, self.label),
            "detail": self.detail if reveal else self.masked_detail(),
            "source": self.source,
        }

    def masked_detail(self) -> str:
        """What was found and why, without the value: "PERSON (ocr+labelled field)", "GPS position (EXIF)"."""
        if self.category is Category.FACE:
            return self.detail  # detectors and scores only
        if self.category is Category.METADATA:
            kind = re.split(r":|\s[-+\d]|«", self.detail, maxsplit=1)[0].strip(" ,")
            where = re.search(r"\(([A-Z][\w /]*)\)\s*$", self.detail)
            return f"{kind} ({where.group(1)})" if where else kind
        return f"{self.label or self.category.value} ({self.source})"


MASK_WORDS = {"PERSON": "NOM", "DATE": "DATE", "AGE": "ÂGE", "LOCATION": "LIEU", "ORGANIZATION": "ÉTABLISSEMENT",
              "PHONE": "TÉLÉPHONE", "EMAIL": "EMAIL", "NIR": "NIR", "MEDICAL_ID": "IDENTIFIANT", "IBAN": "IBAN", "URL": "LIEN",
              "HANDLE": "COMPTE", "PLATE": "PLAQUE", "OTHER_ID": "IDENTIFIANT"}


def mask(value: str | None, label: str | None) -> str | None:
    """A value as reports may hold it: its kind and length only ("NOM (6 lettres)")."""
    if value is None:
        return None
    letters = sum(c.isalnum() for c in value)
    return f"{MASK_WORDS.get(str(label), 'TEXTE')} ({letters} {'lettre' if letters == 1 else 'lettres'})"


@dataclass(frozen=True, eq=False)
class Photo:
    """A decoded photo, upright, 8-bit RGB or RGBA, with what was learnt while loading it."""

    path: str
    format: str
    pixels: np.ndarray
    raw: bytes = field(repr=False)
    notes: tuple[str, ...] = ()
    on_dark: np.ndarray | None = field(default=None, repr=False)  # a transparent image as a dark page shows it

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    @property
    def has_alpha(self) -> bool:
        return bool(self.pixels.shape[2] == 4)

    def rgb(self) -> np.ndarray:
        """The colour channels only (a view, not a copy)."""
        return self.pixels[:, :, :3]
