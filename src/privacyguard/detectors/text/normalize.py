"""Evasion and noise, undone before detection and mapped back to the original offsets.

A name can be hidden from a checker without hiding it from a reader: a zero-width space inside it
("Dup\u200bont"), Cyrillic letters that look Latin ("Duроnt" with a Cyrillic "р" and "о"),
full-width digits ("０６ １２…"), a bullet or a middle dot between the digits of a phone, an emoji
between first name and surname. The checker reads the normalized text; every span it finds is
mapped back, so the redaction covers the original characters (zero-width ones included).
"""

from __future__ import annotations

import unicodedata

# Invisible characters that split a word without showing.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")
# Letters of other scripts that look like Latin ones (Unicode's confusables, the common subset).
CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x",
    "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ѡ": "w", "һ": "h", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X",
    "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
    "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
}
# Separators a phone or a NIR may be written with, read as a space between two digits.
DIGIT_SEPARATORS = frozenset("·•‧⋅∙_|")


def normalize(text: str) -> tuple[str, list[int]]:
    """The text a checker should read, and for each of its characters the offset in ``text`` it comes from."""
    out: list[str] = []
    index: list[int] = []
    n = len(text)
    for i, c in enumerate(text):
        if c in INVISIBLE:
            continue
        for d in _read_as(text, i, c, n):
            out.append(d)
            index.append(i)
    return "".join(out), index


def _read_as(text: str, i: int, c: str, n: int) -> str:
    """What the character at ``i`` reads as."""
    if c in DIGIT_SEPARATORS and 0 < i < n - 1 and text[i - 1].isdigit() and _next_visible(text, i).isdigit():
        return " "
    if c in CONFUSABLES:
        return CONFUSABLES[c]
    if ord(c) >= 0x2190 and unicodedata.category(c) in ("So", "Sk", "Cs"):
        return " "  # an emoji or a pictograph between two parts of a name reads as a space
    if ord(c) >= 0xFF00 or unicodedata.category(c) == "Nd":
        return unicodedata.normalize("NFKC", c)  # full-width letters and digits, digits of other scripts
    return c


def _next_visible(text: str, i: int) -> str:
    for c in text[i + 1 :]:
        if c not in INVISIBLE:
            return c
    return ""


def original_span(index: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """A span of the normalized text, in offsets of the original one."""
    if start >= len(index):
        return length, length
    return index[start], (index[end - 1] + 1) if end > start else index[start]
