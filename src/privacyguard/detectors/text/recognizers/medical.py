"""Medical context: where a capitalised word is an eponym (maladie de X, signe de X et Y), not a person."""

from __future__ import annotations

import re

from privacyguard.detectors.text.lexicon import EPONYM_TRIGGERS

_TRIGGERS = "|".join(re.escape(t) for t in EPONYM_TRIGGERS)
# "syndrome de Wolff", "règles d'Ottawa" (singular or plural), "maladie de Charcot et ..."
TRIGGER_INSIDE = re.compile(rf"(?i)\b(?:{_TRIGGERS})[sx]?\s+(?:de|du|des|d'|d’)\s*\w")
TRIGGER_BEFORE = re.compile(rf"(?i)\b(?:{_TRIGGERS})[sx]?\s+(?:de|du|des|d'|d’)\s*(?:[\w-]+\s+(?:et|-)\s+)?$")


def eponym_context(text: str, start: int) -> bool:
    """True when the word at ``start`` follows "maladie de", "signe de X et", …"""
    return bool(TRIGGER_BEFORE.search(text[max(0, start - 50) : start]))
