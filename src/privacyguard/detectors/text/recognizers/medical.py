"""Medical context: where a capitalised word is an eponym (maladie de X, signe de X et Y), not a person."""

from __future__ import annotations

import re
import unicodedata

from privacyguard.detectors.text.lexicon import EPONYM_PHRASES, EPONYM_TRIGGERS

_TRIGGERS = "|".join(re.escape(t) for t in EPONYM_TRIGGERS)
# "syndrome de Wolff", "règles d'Ottawa" (singular or plural), "maladie de Charcot et ..."
TRIGGER_INSIDE = re.compile(rf"(?i)\b(?:{_TRIGGERS})[sx]?\s+(?:de|du|des|d'|d’)\s*\w")
# One adjective may stand between the trigger and "de": "pityriasis rosé de Gibert", "fracture ouverte de …".
TRIGGER_BEFORE = re.compile(rf"(?i)\b(?:{_TRIGGERS})[sx]?(?:\s+[\w-]+)?\s+(?:de|du|des|d'|d’)\s*(?:[\w-]+\s+(?:et|-)\s+)?$")


def eponym_context(text: str, start: int) -> bool:
    """True when the word at ``start`` follows "maladie de", "signe de X et", …"""
    return bool(TRIGGER_BEFORE.search(text[max(0, start - 50) : start]))


# Body parts and other weak triggers: "le genou de Jean Dupont" is a person's knee; only a known
# eponym after them is medicine ("main de Dupuytren").
WEAK_TRIGGERS = frozenset({"pied", "main", "doigt", "genou", "coude", "épaule", "corps", "cellules", "cellule", "ligne", "point",
                           "position", "canal", "espace", "artère", "veine", "nerf", "muscle", "ganglion", "ligament",
                           "tendon", "membrane", "glande", "appendice", "ampoule", "sphincter", "abord", "incision", "technique",
                           "opération", "intervention", "procédure", "type", "phase", "onde", "ondes", "cicatrice", "tache",
                           "taches", "lésion", "lésions", "vaisseaux", "valve", "valvule", "bruit", "souffle", "accès", "cycle",
                           "crise", "sonde", "pince"})
_WEAK = re.compile(rf"(?i)\b(?:{'|'.join(re.escape(t) for t in sorted(WEAK_TRIGGERS, key=len, reverse=True))})[sx]?(?:\s+[\w-]+)?\s+"
                   rf"(?:de|du|des|d'|d’)\s*(?:[\w-]+\s+(?:et|-)\s+)?$")


def is_eponym(value: str, text: str, start: int, eponyms: frozenset[str]) -> bool:
    """True when ``value`` at ``start`` names a disease or a sign, not a person or a place.

    After a disease word ("maladie de", "signe de X et"): a single word, or known eponyms only.
    After a body part ("genou de", "main de"): known eponyms only ("le genou de Jean Dupont" is a person).
    """
    before = text[max(0, start - 50) : start]
    if not TRIGGER_BEFORE.search(before):
        return False
    words = [w for w in re.split(r"[\s\-]+", value.lower()) if w]
    known = bool(words) and all(w in eponyms for w in words)
    if _WEAK.search(before):
        return known
    return known or len(value.split()) == 1  # one name, hyphenated or not: "manœuvre de Dix-Hallpike"


def _fold_words(value: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", value.lower()) if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", plain))


_PHRASES = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(EPONYM_PHRASES, key=len, reverse=True)) + r")\b")


def names_a_disease(value: str) -> bool:
    """True when ``value`` holds a disease or sign named after a whole person ("Gilles de la Tourette", "Charcot-Marie-Tooth")."""
    return bool(_PHRASES.search(_fold_words(value)))
