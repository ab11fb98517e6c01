"""Removed once, removed everywhere: the post's identifiers and the parts a person would write again.

A doctor names a patient several times in one post ("petit Malo, 4 ans … Malo a été vu …",
"Mme Girod … Girod est inquiète"), and a name read in one photo can be written in the draft or
shown in another photo. Every value found (or chosen) for removal joins one set, with its
parts: the surname alone, the first name alone, with or without accents and capitals, inside a
hashtag; a phone or an identifier with other separators. Each is then looked for everywhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from privacyguard.core.types import Finding, Severity
from privacyguard.detectors.text.lexicon import (
    COMMON_ABBREVIATIONS,
    DRUGS,
    EPONYM_TRIGGERS,
    HONORIFICS,
    INSTITUTIONS,
    MONTHS,
    WEEKDAYS,
)
from privacyguard.detectors.text.normalize import Normalized, normalize

NAME_LABELS = ("PERSON",)
PLACE_LABELS = ("LOCATION", "ORGANIZATION")
# Values compared by their letters and digits only, whatever the separators ("06 12 34 56 78" = "06.12.34.56.78").
CODE_LABELS = ("PHONE", "EMAIL", "NIR", "MEDICAL_ID", "IBAN", "URL", "HANDLE", "PLATE", "DATE", "OTHER_ID")
PARTICLES = frozenset({"de", "du", "des", "d", "le", "la", "les", "van", "von", "der", "den", "ben", "bin", "el", "al", "di", "da",
                       "dos", "das", "del", "della", "et", "y", "mac", "mc", "st", "ste", "saint", "sainte"})
# Words that are also common French words: a lower-case occurrence of these is not taken for the name
# ("Rose" the patient, "une plaque rose"); a capitalised one always is.
ALSO_WORDS = frozenset({
    "rose", "blanche", "pierre", "claire", "olive", "marin", "prudence", "constance", "grâce", "aimé", "aimée", "petit",
    "petite", "roux", "blanc", "brun", "brune", "fort", "bon", "bonne", "lion", "loup", "roi", "masse", "léger", "page",
    "chevalier", "fontaine", "boucher", "meunier", "berger", "mercier", "marchand", "boulanger", "charpentier", "martin",
    "moulin", "bois", "noël", "pascal", "vincent", "france", "espérance", "océane", "jade", "violette", "capucine", "camélia",
    "perle", "ambre", "céleste", "félicité", "joyeux", "doux", "richard", "renard", "lebon", "mai", "avril", "juillet",
    "gros", "grand", "long", "court", "neuf", "vert", "gris", "noir", "lune", "soleil", "étoile", "marie", "jean",
    "clément", "clémence", "patience", "sage", "franc", "franche", "colombe", "hermine", "dominique", "ange",
    "angèle", "désiré", "désirée", "victoire", "fidèle", "modeste", "auguste", "juste", "salut", "fleur", "marguerite",
    "iris", "lys", "lila", "mélodie", "harmonie", "aurore", "aube", "rivière", "forêt", "montagne", "vallée", "plage",
})
MIN_PART = 3  # letters: shorter parts ("Li", "Ng") are only removed with the rest of the name


def fold(s: str) -> str:
    """Lower case without accents: the form used to compare words."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


@functools.cache
def _not_names() -> frozenset[str]:
    """Grammar words and the medical and institution vocabulary: never a name on their own."""
    words = {fold(w) for group in (DRUGS, COMMON_ABBREVIATIONS, EPONYM_TRIGGERS, MONTHS, WEEKDAYS, INSTITUTIONS, HONORIFICS)
             for w in group}
    try:
        from spacy.lang.fr.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a dependency
        return frozenset(words)
    return frozenset(words | {fold(w) for w in STOP_WORDS})


def is_not_a_name(folded: str) -> bool:
    """A (folded) grammar, medical or institution word: not taken for a name read in a photo."""
    return folded in _not_names()


@functools.cache
def _folded(words: tuple[str, ...] | frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w.strip(".")) for w in words)


def is_common_word(folded: str) -> bool:
    """A (folded) word that is also a common French or medical word ("rose", "pierre", "ventoline")."""
    return folded in _not_names() or folded in _folded(ALSO_WORDS)


@dataclass(frozen=True)
class Identifier:
    """One value to remove wherever it appears, and how it is looked for."""

    value: str
    label: str
    severity: Severity
    kind: str  # "word": a name or a place (accent- and case-insensitive words); "code": letters and digits only

    @property
    def key(self) -> str:
        return fold(self.value) if self.kind == "word" else _alnum(self.value)


def _alnum(s: str) -> str:
    return "".join(c for c in fold(s) if c.isalnum())


def _words(value: str) -> list[str]:
    return [w for w in re.split(r"[\s,;:()]+", value.strip(" .,'’")) if w]


def parts_of(value: str, label: str) -> list[str]:
    """The value and the parts a person would write again on their own (surname, first name)."""
    out = [value.strip()]
    if label in NAME_LABELS or label in PLACE_LABELS:
        words = _words(value)
        pieces = words + [p for w in words if "-" in w for p in w.split("-")]
        for piece in pieces:
            w = piece.strip(".'’-")  # O'Connor, N'Guessan stay whole
            f = fold(w)
            if len(f) < MIN_PART or f in PARTICLES or f in _folded(HONORIFICS):
                continue
            if label in PLACE_LABELS and (f in _folded(INSTITUTIONS) or not w[:1].isupper()):
                continue  # "CHU de Bordeaux" -> "Bordeaux", not "CHU"
            if w not in out:
                out.append(w)
    return [p for p in out if p]


class IdentifierSet:
    """The post's identifiers; ``find`` returns every place one of them appears in a text."""

    def __init__(self, items: Iterable[Identifier] = ()) -> None:
        self.items: list[Identifier] = []
        self._keys: set[tuple[str, str]] = set()
        for it in items:
            self.add(it)

    def __len__(self) -> int:
        return len(self.items)

    def add(self, it: Identifier) -> None:
        if not it.key or (it.kind, it.key) in self._keys:
            return
        if it.kind == "code" and len(it.key) < 4:
            return  # too short to look for on its own
        self._keys.add((it.kind, it.key))
        self.items.append(it)

    def add_value(self, value: str, label: str, severity: Severity = Severity.HIGH) -> None:
        """A value found or chosen for removal, with its parts."""
        if label in NAME_LABELS or label in PLACE_LABELS:
            for p in parts_of(value, label):
                self.add(Identifier(p, label, severity, "word"))
        elif label in CODE_LABELS:
            self.add(Identifier(value, label, severity, "code"))
            if label == "HANDLE":
                self.add(Identifier(value.lstrip("@"), label, severity, "word"))

    @classmethod
    def of(cls, findings: Iterable[Finding], always: Sequence[str] = ()) -> IdentifierSet:
        """The set made of findings (draft spans or text read in photos) and the doctor's "always" words."""
        out = cls()
        for f in findings:
            if f.text and f.label:
                out.add_value(f.text, f.label, f.severity)
        for w in always:
            if w.strip():
                out.add(Identifier(w.strip(), "OTHER_ID", Severity.HIGH, "word"))
        return out

    def terms(self) -> list[str]:
        """The values to look for in text read in photos (matched there with OCR errors allowed)."""
        return [it.value for it in self.items if len(fold(it.value)) >= MIN_PART]

    def find(self, text: str) -> list[tuple[int, int, Identifier]]:
        """Every occurrence of every identifier in ``text``: (start, end, identifier), in order."""
        hits: list[tuple[int, int, Identifier]] = []
        folded, index = _folded_with_index(text)
        for it in self.items:
            found = _find_word(it, text, folded, index) if it.kind == "word" else _find_code(it, folded, index)
            hits += [(s, e, it) for s, e in found]
        return sorted(hits, key=lambda h: (h[0], -h[1]))


def _folded_with_index(text: str) -> tuple[str, Normalized]:
    """``text`` normalized (evasion undone) and folded, and for each character the span of ``text`` it comes from."""
    plain = normalize(text)
    out, starts, ends = [], [], []
    for i, c in enumerate(plain.text):
        for d in fold(c):
            out.append(d)
            starts.append(plain.starts[i])
            ends.append(plain.ends[i])
    folded = "".join(out)
    return folded, Normalized(folded, starts, ends)


def _find_word(it: Identifier, text: str, folded: str, index: Normalized) -> list[tuple[int, int]]:
    key = it.key
    common = len(key.split()) == 1 and is_common_word(key)
    out = []
    for m in re.finditer(rf"(?<![\w@#]){re.escape(key)}(?!\w)", folded):
        s, e = index.original(m.start(), m.end())
        found = text[s:e]
        if common and not found[:1].isupper():
            continue  # "une plaque rose" is not "Rose"
        out.append((s, e))
    if len(key) >= 4 and " " not in key:  # inside a hashtag: #TeamMalo, #malo
        for m in re.finditer(r"#\w+", text):
            if key in fold(m.group()[1:]) and not any(s <= m.start() < e for s, e in out):
                out.append(m.span())
    return out


def _find_code(it: Identifier, folded: str, index: Normalized) -> list[tuple[int, int]]:
    """Letters and digits in order, any separators between them (spaces, dots, dashes, slashes)."""
    key = it.key
    if it.label == "PHONE" and key.startswith("33") and len(key) == 11:
        key = "0" + key[2:]
    chars = [re.escape(c) for c in key]
    if it.label == "PHONE" and key.startswith("0"):
        head = r"(?:0|\+\s?33\s?(?:\(0\))?\s?)"
        body = r"[\s.\-/]*".join(chars[1:])
        rx = rf"(?<![\w+]){head}[\s.\-/]*{body}(?!\w)"
    else:
        rx = (r"(?<![\w@])@?" if it.label == "HANDLE" else r"(?<![\w])") + r"[\s.\-/_]*".join(chars) + r"(?!\w)"
    return [index.original(m.start(), m.end()) for m in re.finditer(rx, folded) if m.end() > m.start()]


def spans_outside(hits: Sequence[tuple[int, int, Identifier]], taken: Sequence[tuple[int, int]]) -> list[tuple[int, int, Identifier]]:
    """The hits that overlap none of ``taken`` (spans already found or kept), without overlaps between them."""
    out: list[tuple[int, int, Identifier]] = []
    for s, e, it in hits:
        if any(s < te and ts < e for ts, te in taken) or any(s < oe and os_ < e for os_, oe, _ in out):
            continue
        out.append((s, e, it))
    return out
