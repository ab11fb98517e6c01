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
from privacyguard.detectors.text.lexicon import RARE_CONDITIONS, alternatives

SMALL_COMMUNE = 5_000  # people: under this, a town plus a condition or an age narrows it to a handful
EXTREME_AGE = 95
LEVELS = ("low", "medium", "high")
ROLE_SOURCES = (*(f"QuasiIdentifierRecognizer:{rule}" for rule in ("unique-role", "local-office", "eldest-of", "local-trade",
                                                                    "only-around")), "RareProfessionRecognizer")
RARE = re.compile(rf"(?i)(?<![\w-])(?:{alternatives(RARE_CONDITIONS)})(?![\w-])")
NOT_RARE_SENSE = re.compile(r"(?i)^rage\s+de\s+dents?|^rage\b(?=.{0,3}$)")  # a toothache; "fait rage" is excluded before
UNSURE_BEFORE = re.compile(r"(?i)(?:pas\s+de|pas\s+d['’]|éliminer|eliminer|évoquer|evoquer|suspicion\s+de|hypothèse\s+d['’]une?|"
                           r"différentiel\s*:?|\bou|fai[ts]\w*|\?)\s*(?:une?\s+|la\s+|le\s+|l['’])?$")
AT_BEFORE = re.compile(r"(?i)\b(?:à|a)\s+$")
AGE = re.compile(r"(?i)(\d{1,3})(?:[,.]5)?\s*(ans?|a|mois|semaines?|sem\.?|jours?|j)\b")


@dataclass(frozen=True)
class Reason:
    kind: str
    level: str
    spans: tuple[tuple[int, int], ...]
    message: str
    suggestion: str
    fix: tuple[int, int, str | None] | None = None  # one click: put this text in place of the span (None: remove it as found)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "level": self.level, "spans": [list(s) for s in self.spans],
                                  "message": self.message, "suggestion": self.suggestion}
        if self.fix:
            start, end, text = self.fix
            out["fix"] = {"span": [start, end], **({"text": text} if text is not None else {"remove": True})}
        return out


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


def _bracket(years: float) -> str:
    """A softer age: a bracket a reader cannot match to one birthday."""
    for limit, words in ((0.1, "quelques jours"), (0.25, "quelques semaines"), (1, "quelques mois"), (3, "moins de 3 ans"),
                         (6, "moins de 6 ans"), (12, "moins de 12 ans"), (18, "moins de 18 ans")):
        if years < limit:
            return words
    return "plus de 90 ans" if years >= EXTREME_AGE else f"plus de {int(years // 10 * 10)} ans"


def _fix(f: Finding, text: str, words: str | None, lead: str = r"(?:le|du|au|en|depuis\s+le)") -> tuple[int, int, str | None] | None:
    """Put ``words`` in place of ``f`` (with a leading "le"/"en"/"à" it needs no more: "vue le 14 mars" → "vue récemment")."""
    if f.span is None:
        return None
    start, end = f.span
    m = re.search(rf"(?i)\b{lead}\s+$", text[max(0, start - 12) : start]) if text and words else None
    return (start - len(m.group()) if m else start, end, words)


def _rare_conditions(text: str) -> list[tuple[int, int, str]]:
    """Rare conditions named as the patient's, not as a question or a diagnosis ruled out."""
    out = []
    for m in RARE.finditer(text):
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 3]
        if UNSURE_BEFORE.search(before) or "?" in after or NOT_RARE_SENSE.search(text[m.start() : m.end() + 10]):
            continue
        out.append((m.start(), m.end(), m.group()))
    return out


def _population(value: str) -> int | None:
    from privacyguard.detectors.text import gazetteers as gz

    commune = gz.communes().get(gz.fold(value.strip()))
    return commune.population if commune else None


def assess(kept: Sequence[Finding], always: Sequence[str] = (), text: str = "") -> Risk:  # noqa: PLR0912 - one block per reason kind
    """The risk of a draft from the findings that stay in it (those not chosen for removal)."""
    reasons: list[Reason] = []
    ages = [f for f in kept if f.label == "AGE" and f.span]
    dates = [f for f in kept if f.label == "DATE" and f.span]
    places = [f for f in kept if f.label in ("LOCATION", "ORGANIZATION") and f.span]
    precise_dates = [f for f in dates if f.severity is not Severity.LOW]
    roles = [f for f in kept if f.label == "OTHER_ID" and f.span and f.source.startswith(ROLE_SOURCES)]
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
                                  f"supprimer « {f.text} »", _fix(f, text, None)))
    for f in ages:
        years = _age_in_years(f.text or "")
        if years is None:
            continue
        if years >= EXTREME_AGE:
            reasons.append(Reason("extreme_age", "medium", _spans(f),
                                  f"Un âge de {f.text} est rare : avec un lieu ou une date, il désigne une personne.",
                                  f"remplacer « {f.text} » par « plus de 90 ans »", _fix(f, text, _bracket(years), "$^")))
        if precise_dates:
            kind = "newborn_with_date" if years < 0.25 else "age_and_date"
            reasons.append(Reason(kind, "medium", _spans(f, *precise_dates),
                                  "Un âge exact et une date précise ensemble retrouvent une date de naissance.",
                                  f"remplacer « {precise_dates[0].text} » par « récemment »", _fix(precise_dates[0], text, "récemment")))
        if places:
            reasons.append(Reason("age_and_place", "medium", _spans(f, *places),
                                  "Un âge exact et un lieu ensemble réduisent le nombre de personnes possibles à quelques-unes.",
                                  f"remplacer « {f.text} » par « {_bracket(years)} »", _fix(f, text, _bracket(years), "$^")))
    for d in dates:
        if d.severity is Severity.LOW and places:
            reasons.append(Reason("month_year_place", "medium", _spans(d, *places),
                                  "Un mois et une année à côté d'un lieu désignent un événement local.",
                                  f"remplacer « {d.text} » par « récemment »", _fix(d, text, "récemment")))
    for p in places:
        population = _population(p.text or "")
        if population is not None and population < SMALL_COMMUNE:
            level = "high" if ages or dates else "medium"
            reasons.append(Reason("small_commune", level, _spans(p),
                                  f"{p.text} compte {population} habitants : avec l'état de santé décrit, le patient y est reconnaissable.",
                                  "remplacer le nom de la commune par « une petite commune »",
                                  _fix(p, text, "dans une petite commune", r"(?:à|a)") if AT_BEFORE.search(text[: p.span[0]])  # type: ignore[index]
                                  else _fix(p, text, "une petite commune", "$^")))
    for f in kept:
        if f.span and f.text and any(f.text.lower() == w.strip().lower() for w in always if w.strip()):
            reasons.append(Reason("personal_identity", "high", _spans(f),
                                  f"« {f.text} » est dans « Mon exercice » : vos patients vivent près de chez vous.",
                                  f"supprimer « {f.text} »", _fix(f, text, None)))
    for start, end, name in _rare_conditions(text)[:1]:  # one reason is enough: the advice is the same
        near = [f for f in (*ages, *places) if f.span]
        years = _age_in_years(ages[0].text or "") if ages else None
        if near:
            small = any(r.kind == "small_commune" for r in reasons)
            reasons.append(Reason("rare_condition", "high" if small else "medium", ((start, end), *_spans(*near)),
                                  f"« {name} » est rare : avec l'âge ou le lieu, très peu de personnes correspondent.",
                                  f"garder « {name} » mais remplacer l'âge exact par une tranche d'âge et retirer le lieu",
                                  _fix(ages[0], text, _bracket(years), "$^") if years is not None else None))
    reasons.sort(key=lambda r: -LEVELS.index(r.level))  # the worst first: it is the one the window offers to fix
    level = reasons[0].level if reasons else "low"
    return Risk(level, tuple(reasons))
