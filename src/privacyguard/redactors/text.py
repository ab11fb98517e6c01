"""Replace identifying spans in the draft, French-style, and measure it against the platforms' limits."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from enum import StrEnum

from privacyguard.core.types import Finding

PLACEHOLDERS = {
    "PERSON": "[NOM]", "DATE": "[DATE]", "AGE": "[ÂGE]", "LOCATION": "[LIEU]", "ORGANIZATION": "[ÉTABLISSEMENT]",
    "PHONE": "[TÉL]", "EMAIL": "[EMAIL]", "NIR": "[NIR]", "MEDICAL_ID": "[IDENTIFIANT]", "IBAN": "[IBAN]", "URL": "[LIEN]",
    "HANDLE": "[COMPTE]", "PLATE": "[PLAQUE]", "OTHER_ID": "[…]",
}
LIMITS = {"X": 280, "Bluesky": 300, "Mastodon": 500}


class TextStyle(StrEnum):
    """PLACEHOLDER: "[NOM]", "[DATE]"…; SOFT: readable where it makes sense ("J.", "récemment", "3-5 ans")."""

    PLACEHOLDER = "placeholder"
    SOFT = "soft"


def _age_range(value: str) -> str | None:
    m = re.match(r"(\d+)(?:[,.]5)?\s*(ans?|mois|semaines?|sem\.?|jours?|j)\b", value)
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit.startswith(("sem", "j")):
        return "quelques semaines"
    years = n / 12 if unit == "mois" else n
    if years < 2:
        return "moins de 2 ans"
    if years < 18:
        low = int(years) - int(years) % 3
        return f"{low}-{low + 3} ans"
    decades = {1: "18-20 ans", 2: "la vingtaine", 3: "la trentaine", 4: "la quarantaine", 5: "la cinquantaine", 6: "la soixantaine"}
    return decades.get(n // 10, f"plus de {min(n // 10, 9) * 10} ans")


def soft_replacement(f: Finding) -> str:
    """A softer replacement that keeps the post readable, or the placeholder where none fits."""
    value = f.text or ""
    if f.label == "PERSON" and value[:1].isalpha():
        return value[0].upper() + "."
    if f.label == "DATE":
        return "récemment"
    if f.label == "AGE":
        return _age_range(value) or PLACEHOLDERS["AGE"]
    return PLACEHOLDERS.get(str(f.label), "[…]")


def redact_text(text: str, findings: Sequence[Finding], style: TextStyle = TextStyle.PLACEHOLDER) -> str:
    """``text`` with every finding's span replaced; spans are applied from the end so offsets stay valid."""
    spans = sorted((f for f in findings if f.span), key=lambda f: f.span[0] if f.span else 0)
    out, last = [], 0
    for f in spans:
        assert f.span is not None
        start, end = f.span
        if start < last:  # overlapping: already covered by the previous replacement
            start = last
            if start >= end:
                continue
        before = text[last:start]
        if style is TextStyle.SOFT and f.label == "DATE":  # "vue le 12 mars" -> "vue récemment"
            before = re.sub(r"(?i)\b(?:le|du|au|depuis le|en date du)\s+$", "", before)
        out.append(before)
        out.append(soft_replacement(f) if style is TextStyle.SOFT else PLACEHOLDERS.get(str(f.label), "[…]"))
        last = end
    out.append(text[last:])
    return "".join(out)


def platform_lengths(text: str) -> dict[str, tuple[int, int]]:
    """(length, limit) per platform: X counts every link as 23 characters; Bluesky counts graphemes."""
    x_len = len(re.sub(r"https?://\S+", "x" * 23, unicodedata.normalize("NFC", text)))
    graphemes = len([c for c in unicodedata.normalize("NFC", text) if not unicodedata.combining(c)])
    return {"X": (x_len, LIMITS["X"]), "Bluesky": (graphemes, LIMITS["Bluesky"]), "Mastodon": (len(text), LIMITS["Mastodon"])}
