"""Which text read in a photo identifies someone: the French checker, medical-document rules, the post's own terms."""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from privacyguard.core.settings import PersonalLists
from privacyguard.core.types import BBox, Category, Finding, Severity
from privacyguard.detectors.ocr import OcrLine, OcrWord
from privacyguard.detectors.text.checker import TextChecker
from privacyguard.detectors.text.lexicon import COMMON_ABBREVIATIONS

# Labelled fields of medical documents, wristbands, software banners: the whole line goes.
FIELD = re.compile(
    r"(?i)\b(nom|prénom|prenom|né\(e\)|née?\s+le|ddn|date\s+de\s+naissance|naissance|ipp|nda|nip|n°\s*ss|nir|n°\s*sécu|"
    r"patient(?:e)?|identifiant|dossier|rpps|adeli|adresse|tél|tel\.|mobile|sexe|chambre|lit|séjour|venue|médecin traitant|"
    r"pid|dob|patient\s*id|accession|acc\s*(?:n°|no|#|:)|id\s*[:#])\b")
# Imaging software overlays: DICOM person names ("DURAND^PAUL") and compact dates ("19870315").
# The caret as OCR may read it: "^", or a look-alike (Λ, ʌ, ∧, ˆ…), "DURANDΛPAUL".
CARET = "[\\^ΛʌɅ∧˄ˆ＾]"
DICOM_NAME = re.compile(rf"\b[A-ZÀ-Þ][A-ZÀ-Þ'-]+{CARET}[A-ZÀ-Þa-zà-ÿ][\wÀ-ÿ'-]*(?:{CARET}[\wÀ-ÿ'-]*)*")
COMPACT_DATE = re.compile(r"(?<!\d)(?:19\d{2}|20\d{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)")
# Column headers of a patient list: the cells below them are names.
NAME_HEADERS = re.compile(r"(?i)^\s*(?:nom|prénom|prenom|nom\s+prénom|nom\s+prenom|nom\s+d'usage|nom\s+de\s+naissance|patient|patiente|"
                          r"identité|identite|name|first\s+name|last\s+name|surname)\s*:?\s*$")
# the year may have lost a digit to the photo's edge or the reader ("le 16/03/202")
DATE = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b|\b(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}\b")
LONG_NUMBER = re.compile(r"(?<![\d.,])\d[\d ]{4,}\d(?![\d.,])")
CAPS_NAME_LINE = re.compile(r"^\s*(?:[A-ZÀ-Þ]{3,}(?:-[A-ZÀ-Þ]{2,})?\s+){1,2}[A-ZÀ-Þ]{3,}(?:-[A-ZÀ-Þ]{2,})?\s*$")  # name badge
IMAGING_WORDS = frozenset({"thorax", "face", "profil", "gauche", "droit", "droite", "abdomen", "bassin", "genou", "poignet",
                           "cheville", "epaule", "épaule", "rachis", "crane", "crâne", "debout", "couche", "couché", "inspi",
                           "expi", "scanner", "echo", "écho", "doppler", "coupe", "axiale", "sagittale", "coronale", "urgent",
                           "urgences", "service", "radio", "radiologie", "cardiologie", "pediatrie", "pédiatrie", "lateral",
                           "latéral", "avant", "apres", "après", "pre", "post", "bilan", "controle", "contrôle", "main", "pied"})
# "MOREAU Sylvie", "LE GOFF Anne", "DE LA FONTAINE Hélène", "O'NEILL Graziella": up to four parts in capitals, then a first name,
# or glued to it when the reader missed the space ("MANDRAYSabrine"), or glued to the label before it ("EnfantBOSC Maitena")
CAPS_PART = r"[A-ZÀ-Þ](?:['’]?[A-ZÀ-Þ])+"
SURNAME_FIRST = re.compile(rf"(?<![A-ZÀ-Þ0-9_'’-])({CAPS_PART}(?:[- ]{CAPS_PART}){{0,3}})\s*([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)\b")
PAD = 0.25  # of the text height, around a redacted word or line
# Below this recognition confidence a line is unreadable: it cannot be shown harmless, so it goes.
UNREADABLE = 0.8


def merge_rows(lines: Sequence[OcrLine]) -> list[OcrLine]:
    """Join lines the OCR split on one row ("FAURE" | "Chloé Né(e) le …"), left to right."""
    rows: list[OcrLine] = []
    for line in sorted(lines, key=lambda ln: ln.box.x1):  # left to right, so each row grows rightwards
        for i, row in enumerate(rows):
            gap = line.box.x1 - row.box.x2
            if _on_one_row(row.box, line.box) and -row.box.height <= gap <= 3 * row.box.height:
                offset = len(row.text) + 1
                words = row.words + tuple(OcrWord(w.text, w.box, w.start + offset) for w in line.words)
                rows[i] = OcrLine(f"{row.text} {line.text}", BBox.hull((row.box, line.box)), min(row.score, line.score), words)
                break
        else:
            rows.append(line)
    return rows


def _on_one_row(a: BBox, b: BBox) -> bool:
    """Two boxes on one row of text: they share at least half the height of the lower one."""
    return min(a.y2, b.y2) - max(a.y1, b.y1) >= 0.5 * min(a.height, b.height)


def _across(a: BBox, b: BBox, p: BBox) -> bool:
    """Whether the painted box ``p`` lies on the row of the words ``a`` and ``b`` and fills at least half a text height of
    the gap from ``a``'s right end to ``b``'s left end (a space between two words is about a third of a height)."""
    return _on_one_row(p, BBox.hull((a, b))) and min(p.x2, b.x1) - max(p.x1, a.x2) >= 0.5 * min(a.height, b.height)


def split_at_paint(row: OcrLine, painted: Sequence[BBox]) -> list[OcrLine]:
    """``row`` cut wherever a redaction lies between two of its words: each part is judged alone (words without their
    boxes cannot be placed, so such a row stays whole). Each part keeps the row's confidence: the reader's confidence in
    single words ranks punctuation low (": Mme" at 0.7), and parts judged at it were taken for unreadable lines. An
    unreadable row stays whole too: it is destroyed as it is (cut, a texture read as "text" beside a box became two
    boxes and a batch's test photo a third round)."""
    words = sorted(row.words, key=lambda w: w.start)
    if not painted or len(words) < 2 or row.score < UNREADABLE:
        return [row]
    parts: list[list[OcrWord]] = [[words[0]]]
    for a, b in itertools.pairwise(words):
        if any(_across(a.box, b.box, p) for p in painted):
            parts.append([b])
        else:
            parts[-1].append(b)
    if len(parts) == 1:
        return [row]
    out = []
    for part in parts:
        start, end = part[0].start, part[-1].start + len(part[-1].text)
        out.append(OcrLine(row.text[start:end], BBox.hull(w.box for w in part), row.score,
                           tuple(replace(w, start=w.start - start) for w in part)))
    return out


def _runs_into_paint(line: OcrLine, painted: Sequence[BBox]) -> bool:
    """A redaction starts where ``line`` ends, on its row: the line's phrase went on under the paint."""
    h = line.box.height
    return any(line.box.x2 - h // 2 <= p.x1 <= line.box.x2 + h and _on_one_row(p, line.box) for p in painted)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if c.isalnum() or c == " ")


def _padded(box: BBox, w: int, h: int) -> BBox:
    p = max(2, round(PAD * box.height))
    return BBox(box.x1 - p, box.y1 - p, box.x2 + p, box.y2 + p).clip(w, h)


class ImageTextFinder:
    """Turns OCR lines into TEXT findings with boxes; ``redact_all`` flags every line."""

    def __init__(self, checker: TextChecker, lists: PersonalLists | None = None, redact_all: bool = False) -> None:
        self.checker = checker
        self.lists = lists or PersonalLists()
        self.redact_all = redact_all

    def find(self, lines: Sequence[OcrLine], size: tuple[int, int], terms: Sequence[str] = (),
             painted: Sequence[BBox] = ()) -> list[Finding]:
        """Findings for one photo; ``terms`` are identifiers from the post to look for (fuzzy, for OCR errors).

        ``painted``: the redactions of a cleaned copy being checked again. The words either side of one are not one phrase
        (split_at_paint), and a line that runs into one is no context for the line below it: "Mme ██ bilan" is not
        Mme Bilan, "la maman de ██" / "kiné" is not a name wrapped onto the next line."""
        w, h = size
        out: list[Finding] = []
        rows = [part for row in merge_rows(lines) for part in split_at_paint(row, painted)]
        for line in rows:
            above = _line_above(line, rows)
            if above is not None and _runs_into_paint(above, painted):
                above = None
            for box, (label, severity, why), text in self._judge(line, terms, above):
                out.append(Finding(f"text-{len(out) + 1}", Category.TEXT, severity, line.score, f"{label} «{text}» ({why})",
                                   f"ocr+{why}", box, _padded(box, w, h), label=label, text=text))
        out += self._elsewhere(rows, out, size)
        flagged = [f.box for f in out if f.box]
        for line, why in table_names(lines):
            if not any(b.contains_point(*line.box.centre) for b in flagged):
                out.append(Finding(f"text-{len(out) + 1}", Category.TEXT, Severity.HIGH, line.score, f"PERSON «{line.text}» ({why})",
                                   f"ocr+{why}", line.box, _padded(line.box, w, h), label="PERSON", text=line.text))
        return out

    @staticmethod
    def _elsewhere(rows: Sequence[OcrLine], found: list[Finding], size: tuple[int, int]) -> list[Finding]:
        """A name found once in the photo, wherever else it is read there: the same label stuck eight times on a sheet,
        a name in a message's header and in its text (fuzzy, for OCR errors)."""
        names = [n for n in names_in(found) if _name_like(n)][:MAX_ELSEWHERE]
        why = "named elsewhere in the photo"
        out: list[Finding] = []
        taken = [f.box for f in found if f.box]
        for line in rows:
            if line.score < UNREADABLE:
                continue  # already destroyed whole
            for box, _, text in _named(line, names, why, 0.85):
                if box.covered_by(taken) < 0.8:
                    out.append(Finding(f"text-{len(found) + len(out) + 1}", Category.TEXT, Severity.HIGH, line.score,
                                       f"PERSON «{text}» ({why})", f"ocr+{why}", box, _padded(box, *size), label="PERSON", text=text))
                    taken.append(box)
        return out

    def _checked(self, text: str, lead: str, line: OcrLine) -> list[tuple[BBox, tuple[str, Severity, str], str]]:
        """The French checker on ``lead + text``; what it finds in ``text``, in the boxes of ``line``."""
        n = len(lead)
        return [(line.span_box(max(0, f.span[0] - n), f.span[1] - n), (str(f.label), f.severity, f.source),
                 (lead + text)[max(n, f.span[0]) : f.span[1]])
                for f in self.checker.find(lead + text, self.lists) if f.span and f.span[1] > n]

    def _judge(self, line: OcrLine, terms: Sequence[str], above: OcrLine | None = None) -> list[tuple[BBox, tuple[str, Severity, str], str]]:
        """What in one line identifies someone: (box, (label, severity, why), text). A sentence wrapped onto this line from
        ``above`` (a message bubble, a paragraph) is judged with that line before it: "… la maman de" / "Moussa"."""
        # Unreadable text goes; a row of symbols (the stars of a flag read as "***") is not text.
        if line.score < UNREADABLE and sum(c.isalnum() for c in line.text) >= 2:
            return [(line.box, ("OTHER_ID", Severity.HIGH, f"unreadable text, confidence {line.score:.2f}"), line.text)]
        if self.redact_all:
            return [(line.box, ("TEXT", Severity.MEDIUM, "all text"), line.text)]
        if FIELD.search(line.text):
            return [(line.box, ("OTHER_ID", Severity.HIGH, "labelled field"), line.text)]
        words = line.text.lower().split()
        if CAPS_NAME_LINE.match(line.text) and not all(w in IMAGING_WORDS or w in COMMON_ABBREVIATIONS for w in words):
            return [(line.box, ("PERSON", Severity.HIGH, "name in capitals (badge, wristband)"), line.text)]
        out = self._checked(line.text, "", line)
        if above is not None:  # the context only adds: what the line alone shows is kept
            out += [x for x in self._checked(line.text, f"{above.text} ", line) if x not in out]
        out += [(line.span_box(m.start(), m.end()), ("PERSON", Severity.HIGH, "DICOM name"), m.group())
                for m in DICOM_NAME.finditer(line.text)]
        for rx, label in ((DATE, "DATE"), (COMPACT_DATE, "DATE"), (LONG_NUMBER, "OTHER_ID")):
            out += [(line.span_box(m.start(), m.end()), (label, Severity.HIGH, "date or number in a photo"), m.group())
                    for m in rx.finditer(line.text)]
        out += [(line.span_box(m.start(), m.end()), ("PERSON", Severity.HIGH, "SURNAME Firstname"), m.group())
                for m in SURNAME_FIRST.finditer(line.text) if not any(w.lower() in COMMON_ABBREVIATIONS for w in re.split(r"[- ]", m.group(1)))]
        out += [(line.span_box(m.start(), m.end()), ("PERSON", Severity.HIGH, "surname in capitals"), m.group())
                for m in CAPS_WORD.finditer(line.text) if len(line.text.split()) <= 3 and _caps_surname(m.group())]
        return out + _named(line, terms, "named in the post")

CAPS_WORD = re.compile(r"(?<![\w-])[A-ZÀ-Þ]{3,}(?:-[A-ZÀ-Þ]{2,})?(?![\w-])")


def _caps_surname(word: str) -> bool:
    """A word in capitals, alone or nearly on its line ("Dr1 DUPONT", "DUPONT"), that is a known surname and no word."""
    from privacyguard.detectors.text import gazetteers as gz

    key = gz.fold(word)
    return (gz.surnames().get(key, gz.LONE_SURNAME_RANK + 1) <= gz.LONE_SURNAME_RANK and key not in gz.french_words()
            and word.lower() not in IMAGING_WORDS
            and word.lower() not in COMMON_ABBREVIATIONS)


def _named(line: OcrLine, names: Sequence[str], why: str, threshold: float = 0.8) -> list[tuple[BBox, tuple[str, Severity, str], str]]:
    """Where ``line`` reads one of ``names`` (fuzzy, for OCR errors), as a name to hide."""
    return [(line.span_box(s, e), ("PERSON", Severity.HIGH, why), line.text[s:e])
            for name in names for s, e in fuzzy_find_all(name, line.text, threshold)]


def _line_above(line: OcrLine, rows: Sequence[OcrLine]) -> OcrLine | None:
    """The line this one continues, when it sits right above it, starts at the same left edge and has the same height
    (tightly set lines, in a phone's message bubble, may overlap by a few pixels)."""
    h = line.box.height
    for r in rows:
        if (r is not line and -0.3 * h <= line.box.y1 - r.box.y2 <= 0.8 * h and abs(r.box.x1 - line.box.x1) <= h
                and 0.7 <= r.box.height / max(1, h) <= 1.4 and r.score >= UNREADABLE):
            return r
    return None


MAX_ELSEWHERE = 60  # names looked for again in one photo (a long patient list has its own rules)


def _name_like(word: str) -> bool:
    """A word to look for again in the photo: a name, not a word of the form it came from ("Médecin", "Adresse")."""
    from privacyguard.detectors.text import gazetteers as gz

    key = gz.fold(word)
    return (key not in gz.french_words() or gz.first_names().get(key, 0) >= gz.KNOWN_NAME
            or gz.surnames().get(key, gz.LONE_SURNAME_RANK + 1) <= gz.LONE_SURNAME_RANK)


def _same_row(a: OcrLine, b: OcrLine) -> bool:
    return _on_one_row(a.box, b.box)


def _known(cell: str) -> tuple[bool, bool]:
    """(a known surname in capitals, a known capitalised first name): one word or two of a table cell."""
    from privacyguard.detectors.text import gazetteers as gz
    from privacyguard.detectors.text.repeats import is_common_word

    words = [w.strip(".,;:()|") for w in cell.split()]
    if not words or len(words) > 3:
        return False, False
    surname = all(w.isupper() and len(w) >= 2 and gz.surnames().get(gz.fold(w), 10**9) <= 200_000 for w in words)
    first = (len(words) <= 2 and all(w[:1].isupper() and w[1:].islower() and gz.first_names().get(gz.fold(w), 0) >= 300
                                     and not is_common_word(gz.fold(w)) for w in words))
    return surname, first


def table_names(lines: Sequence[OcrLine]) -> list[tuple[OcrLine, str]]:
    """Names in a table or a list where surname and first name sit in separate cells ("MOREAU" | "Sylvie"),
    and the cells of a column headed "Nom", "Prénom", "Patient"."""
    out: list[tuple[OcrLine, str]] = []
    kinds = {id(x): _known(x.text) for x in lines}
    for a in lines:
        surname, _ = kinds[id(a)]
        if not surname:
            continue
        partners = [b for b in lines if b is not a and kinds[id(b)][1] and _same_row(a, b)]
        if partners:
            out.append((a, "surname and first name in one row"))
            out += [(b, "surname and first name in one row") for b in partners if all(b is not o for o, _ in out)]
    for header in (x for x in lines if NAME_HEADERS.match(x.text)):
        left, right = header.box.x1 - header.box.width, header.box.x2 + header.box.width
        for cell in lines:
            below = header.box.y2 - 2 <= cell.box.y1 <= header.box.y2 + 30 * header.box.height  # the table, not the page
            if (cell is not header and below and left <= cell.box.centre[0] <= right and any(c.isalpha() for c in cell.text)
                    and all(cell is not o for o, _ in out)):
                out.append((cell, "in a name column"))
    return out


def fuzzy_find(term: str, text: str, threshold: float = 0.8) -> tuple[int, int] | None:
    """Where ``term`` first appears in ``text`` allowing OCR errors (same number of words, similarity ≥ threshold)."""
    found = fuzzy_find_all(term, text, threshold)
    return found[0] if found else None


def fuzzy_find_all(term: str, text: str, threshold: float = 0.8) -> list[tuple[int, int]]:
    """Every place ``term`` appears in ``text`` allowing OCR errors (same number of words, similarity ≥ threshold)."""
    target = _norm(term)
    if len(target) < 3:
        return []
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    n = max(1, len(target.split()))
    out: list[tuple[int, int]] = []
    for i in range(len(words) - n + 1):
        s, e = words[i][0], words[i + n - 1][1]
        if out and s < out[-1][1]:
            continue
        if difflib.SequenceMatcher(None, target, _norm(text[s:e])).ratio() >= threshold:
            out.append((s, e))
    return out


NAME_WORD = re.compile(r"\b(?:[A-ZÀ-Þ][a-zà-ÿ]{2,}|[A-ZÀ-Þ]{3,})(?:-[A-ZÀ-Þa-zà-ÿ]+)?\b")


def names_in(findings: Sequence[Finding]) -> list[str]:
    """Name-like words in a photo's identifying text, to look for in the post (DUPONT, Marie)."""
    out: list[str] = []
    for f in findings:
        if f.category is not Category.TEXT or f.label not in ("PERSON", "OTHER_ID") or not f.text or "unreadable" in f.source:
            continue
        for m in NAME_WORD.finditer(f.text):
            word = m.group()
            if word.lower() not in COMMON_ABBREVIATIONS and not FIELD.fullmatch(word) and word not in out:
                out.append(word)
    return out
