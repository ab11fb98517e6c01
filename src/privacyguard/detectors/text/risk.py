"""How re-identifiable a draft still is, once the chosen removals are made: reasons a GP understands.

No name is needed to point at one patient: "97 ans, le plus âgé de la commune", "la seule sage-femme
du canton", an exact age with a date, a small town with a condition. Each reason names the spans it
rests on, says why in plain French, and proposes a softer wording. The level is the worst reason's:
low (nothing found), medium, high.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from privacyguard.core.types import Finding, Severity

SMALL_COMMUNE = 5_000  # people: under this, a town plus a condition or an age narrows it to a handful
EXTREME_AGE = 95
LEVELS = ("low", "medium", "high")
AGE = re.compile(r"(?i)(\d{1,3})(?:[,.]5)?\s*(ans?|a|mois|semaines?|sem\.?|jours?|j)\b")


@dataclass(frozen=True)
class Reason:
    kind: str
    level: str
    spans: tuple[tuple[int, int], ...]
    message: str
    suggestion: str

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "level": self.level, "spans": [list(s) for s in self.spans], "message": self.message,
                "suggestion": self.suggestion}


@dataclass(frozen=True)
class Risk:
    level: str
    reasons: tuple[Reason, ...]

    def to_dict(self) -> dict[str, object]:
        return {"level": self.level, "reasons": [r.to_dict() for r in self.reasons]}


def _spans(*findings: Finding) -> tuple[tuple[int, int], ...]:
    return tuple(f.span for f in findings if f.span is not None)


def _age_in_years(value: str) -> float | None:
    m = AGE.search(value)
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2).lower()
    if unit.startswith(("j",)):
        return n / 365
    if unit.startswith("sem"):
        return n / 52
    return n / 12 if unit == "mois" else float(n)


def _population(value: str) -> int | None:
    from privacyguard.detectors.text import gazetteers as gz

    commune = gz.communes().get(gz.fold(value.strip()))
    return commune.population if commune else None


def assess(kept: Sequence[Finding], always: Sequence[str] = ()) -> Risk:  # noqa: PLR0912 - one block per reason kind
    """The risk of a draft from the findings that stay in it (those not chosen for removal)."""
    reasons: list[Reason] = []
    ages = [f for f in kept if f.label == "AGE" and f.span]
    dates = [f for f in kept if f.label == "DATE" and f.span]
    places = [f for f in kept if f.label in ("LOCATION", "ORGANIZATION") and f.span]
    precise_dates = [f for f in dates if f.severity is not Severity.LOW]
    roles = [f for f in kept if f.label == "OTHER_ID" and f.span and f.source.startswith(("QuasiIdentifierRecognizer:unique-role",
             "QuasiIdentifierRecognizer:local-office", "QuasiIdentifierRecognizer:eldest-of", "RareProfessionRecognizer"))]
    for f in roles:
        level = "high" if places else "medium"
        reasons.append(Reason("unique_role", level, _spans(f, *places),
                              f"« {f.text} » désigne une seule personne dans son lieu : elle peut s'y reconnaître.",
                              f"remplacer « {f.text} » par une formulation générale (« un professionnel de santé », « une patiente »)"))
    for f in kept:
        if f.label == "OTHER_ID" and f.span and f.source.startswith(("QuasiIdentifierRecognizer:numbered-place",
                                                                      "QuasiIdentifierRecognizer:door-code")):
            reasons.append(Reason("numbered_place", "medium", _spans(f),
                                  f"« {f.text} » : l'équipe, les voisins ou la famille savent qui c'est.",
                                  f"supprimer « {f.text} »"))
    for f in ages:
        years = _age_in_years(f.text or "")
        if years is None:
            continue
        if years >= EXTREME_AGE:
            reasons.append(Reason("extreme_age", "medium", _spans(f),
                                  f"Un âge de {f.text} est rare : avec un lieu ou une date, il désigne une personne.",
                                  f"remplacer « {f.text} » par « très âgé(e) »"))
        if precise_dates:
            kind = "newborn_with_date" if years < 0.25 else "age_and_date"
            reasons.append(Reason(kind, "medium", _spans(f, *precise_dates),
                                  "Un âge exact et une date précise ensemble retrouvent une date de naissance.",
                                  f"remplacer « {precise_dates[0].text} » par « récemment »"))
        if places:
            reasons.append(Reason("age_and_place", "medium", _spans(f, *places),
                                  "Un âge exact et un lieu ensemble réduisent le nombre de personnes possibles à quelques-unes.",
                                  f"remplacer « {f.text} » par une tranche d'âge"))
    for d in dates:
        if d.severity is Severity.LOW and places:
            reasons.append(Reason("month_year_place", "medium", _spans(d, *places),
                                  "Un mois et une année à côté d'un lieu désignent un événement local.",
                                  f"remplacer « {d.text} » par « récemment »"))
    for p in places:
        population = _population(p.text or "")
        if population is not None and population < SMALL_COMMUNE:
            level = "high" if ages or dates else "medium"
            reasons.append(Reason("small_commune", level, _spans(p),
                                  f"{p.text} compte {population} habitants : avec l'état de santé décrit, le patient y est reconnaissable.",
                                  f"remplacer « {p.text} » par le département ou la région"))
    for f in kept:
        if f.span and f.text and any(f.text.lower() == w.strip().lower() for w in always if w.strip()):
            reasons.append(Reason("personal_identity", "high", _spans(f),
                                  f"« {f.text} » est dans « Mon exercice » : vos patients vivent près de chez vous.",
                                  f"supprimer « {f.text} »"))
    level = max((r.level for r in reasons), key=LEVELS.index, default="low")
    return Risk(level, tuple(reasons))
