"""Evasion and noise, undone before detection and mapped back to the original offsets.

A name can be hidden from a checker without hiding it from a reader: a zero-width space inside it
("Dup\u200bont"), Cyrillic letters that look Latin ("Duроnt" with a Cyrillic "р" and "о"),
full-width digits ("０６ １２…"), a bullet or a middle dot between the digits of a phone, an emoji
between first name and surname. The checker reads the normalized text; every span it finds is
mapped back, so the redaction covers the original characters (zero-width ones included).

Numbers said in words are read as digits (text2num's ``alpha2digit``): a draft dictated to a phone
writes "quatre-vingt-deux ans", "zéro six douze trente-quatre…", "né le trois mars deux mille
vingt-deux", and every rule written for digits then applies to it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

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


@dataclass(frozen=True)
class Normalized:
    """The text a checker should read; for each of its characters, the span of ``text`` it comes from."""

    text: str
    starts: list[int]
    ends: list[int]

    def original(self, start: int, end: int, length: int = 0) -> tuple[int, int]:
        """A span of the normalized text, in offsets of the original one (of ``length`` characters: an empty span
        at its end stays there)."""
        if start >= len(self.starts):
            return length, length
        return self.starts[start], self.ends[end - 1] if end > start else self.starts[start]


def normalize(text: str) -> Normalized:
    """The text a checker should read, with the offsets in ``text`` of each of its characters."""
    out: list[str] = []
    index: list[int] = []
    n = len(text)
    for i, c in enumerate(text):
        if c in INVISIBLE:
            continue
        for d in _read_as(text, i, c, n):
            out.append(d)
            index.append(i)
    return in_digits("".join(out), index, [i + 1 for i in index])


def in_digits(plain: str, starts: list[int], ends: list[int]) -> Normalized:
    """``plain`` with its numbers in words written in digits, the offsets carried over: the digits written in
    place of words all come from the whole of them ("4" from "quatre")."""
    from text_to_num import alpha2digit

    digits = alpha2digit(plain, "fr")
    if digits == plain:
        return Normalized(plain, starts, ends)
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, plain, digits, autojunk=False).get_opcodes():
        if tag == "equal" or _proper_noun(plain, i1, i2):  # "le lieu-dit Les Trois Chênes" keeps its words
            out.append(plain[i1:i2])
            new_starts += starts[i1:i2]
            new_ends += ends[i1:i2]
        elif j2 > j1:  # words replaced by digits (or, rarely, something inserted)
            start = starts[i1] if i1 < len(starts) else (ends[-1] if ends else 0)
            end = ends[i2 - 1] if i2 > i1 else start
            out.append(digits[j1:j2])
            new_starts += [start] * (j2 - j1)
            new_ends += [end] * (j2 - j1)
    return Normalized("".join(out), new_starts, new_ends)


def _proper_noun(text: str, i1: int, i2: int) -> bool:
    """Words with a capital inside a sentence: part of a name ("Les Trois Chênes"), not a number to read."""
    return any(c.isupper() for c in text[i1:i2]) and bool(re.search(r"[^\s.!?…:;\n]\s*$", text[:i1]))


SEX_SIGNS = {"\u2640": "f", "\u2642": "h"}  # ♀ and ♂ as emoji (with the variation selector U+FE0F)


def _read_as(text: str, i: int, c: str, n: int) -> str:
    """What the character at ``i`` reads as."""
    if c in DIGIT_SEPARATORS and 0 < i < n - 1 and text[i - 1].isdigit() and _next_visible(text, i).isdigit():
        return " "
    if c in CONFUSABLES:
        return CONFUSABLES[c]
    if c in SEX_SIGNS and text[i + 1 : i + 2] == "\ufe0f":
        return SEX_SIGNS[c]  # "♀️34a": a short post's sex and age, read as "f️34a" (recognizers.dates' "sex-emoji")
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
