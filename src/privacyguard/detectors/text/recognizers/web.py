"""Emails, URLs and the handles of patients or relatives (not of colleagues)."""

from __future__ import annotations

import re
from typing import ClassVar

from privacyguard.detectors.text.lexicon import COLLEAGUE_HINTS
from privacyguard.detectors.text.recognizers.base import RegexRecognizer


class EmailRecognizer(RegexRecognizer):
    """An email address (a plain pattern: no public-suffix list, so nothing is ever downloaded)."""

    LABEL = "EMAIL"
    PATTERNS: ClassVar = [("email", r"(?<![\w.+-])(?P<v>[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})\b", 0.95, "high")]


class UrlRecognizer(RegexRecognizer):
    """Links: with a scheme, starting with www., or a known site with a path."""

    LABEL = "URL"
    PATTERNS: ClassVar = [
        ("url", r"(?P<v>\b(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)])", 0.9, "medium"),
        ("site-path", r"(?<![@\w./])(?P<v>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|fr|net|org|io|be|ch|eu|me|tv|app)/[^\s<>\"']*[^\s<>\"'.,;:!?)])",
         0.8, "medium"),
    ]


PATIENT_BEFORE = re.compile(r"(?i)(compte|profil|insta|instagram|tiktok|twitter|snap|snapchat|facebook|fb|youtube|pseudo|"
                            r"chaîne|page|publie|poste|patiente?|maman|papa|mère|père|fils|fille)\W+(?:\w+\W+){0,2}$")
COLLEAGUE_BEFORE = re.compile(r"(?i)(merci|thanks|cc|avec|par|selon|via|d'après|part de|confrère|consœur|consoeur|collègue|"
                              r"dr|pr|docteur|\brt\b|ping|cf\.?)\W*$")


class HandleRecognizer(RegexRecognizer):
    """@handles of patients and relatives; a colleague's handle (thanks, cc, @dr_…) is left alone."""

    LABEL = "HANDLE"
    PATTERNS: ClassVar = [("handle", r"(?<![\w.@])(?P<v>@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])", 0.85, "high")]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 40) : start]
        if COLLEAGUE_BEFORE.search(before):  # the word right before wins: "Merci @x"
            return False
        if PATIENT_BEFORE.search(before):
            return True
        return not colleague_handle(value)


# A hint is a whole part of the handle, or the start of one for these ("@drlaurence", "@medecin_geek"); "@ahmed_75"
# and "@samedi_lea" only contain the letters.
PREFIX_HINTS = frozenset({"doc", "dr", "med", "méd", "infirm", "kine", "kiné", "pharma", "medic", "médic", "sagefemme", "interne", "prof"})


def colleague_handle(handle: str) -> bool:
    """True when a handle reads as a health professional's: one of its parts is a hint (dr, doc, med…)."""
    spaced = re.sub(r"([a-zà-ÿ])([A-ZÀ-Þ])", r"\1 \2", handle.lstrip("@"))
    parts = [p for p in re.split(r"[\s_.\d-]+", spaced.lower()) if p]
    return any(p == h or (h in PREFIX_HINTS and p.startswith(h)) for p in parts for h in COLLEAGUE_HINTS)
