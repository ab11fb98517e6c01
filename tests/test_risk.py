"""Re-identification risk of what stays in a draft: each reason kind, and what must stay low."""

from __future__ import annotations

import pytest

from privacyguard.core.report import Decisions
from privacyguard.core.settings import PersonalLists
from privacyguard.pipeline.text import TextPipeline


@pytest.fixture(scope="module")
def texts() -> TextPipeline:
    t = TextPipeline(PersonalLists(always=("Figeac",)))
    t.load()
    return t


@pytest.mark.parametrize(("text", "kind", "level"), [
    ("C'est le seul kiné du village, il est débordé.", "unique_role", "medium"),
    ("Consultation de l'adjointe au maire pour un surmenage.", "unique_role", "medium"),
    ("Mme X, 97 ans, chute à domicile.", "extreme_age", "medium"),
    ("Patient du lit 8, confusion fébrile.", "numbered_place", "medium"),
    ("Visite à domicile, code d'entrée 2741A, 3e gauche.", "numbered_place", "medium"),
    ("Encore le boucher de la commune qui se coupe la main.", "unique_role", "medium"),  # a trade named by its place
    ("La pharmacienne du bourg vient pour des palpitations.", "unique_role", "medium"),
    ("Le seul kiné à 30 km à la ronde s'est fait une entorse.", "unique_role", "medium"),  # the only one for miles
    ("J'ai suivi la seule sage-femme libérale de notre vallée.", "unique_role", "medium"),
    ("Mucoviscidose chez une ado de 15 ans, exacerbation.", "rare_condition", "medium"),  # a rare disease with an age
    ("Un petit de 4 ans avec une maladie de Pompe.", "rare_condition", "medium"),
])
def test_each_reason_kind_with_the_default_removals(texts: TextPipeline, text: str, kind: str, level: str) -> None:
    risk = texts.analyze(text).risk
    assert risk is not None
    kinds = {r["kind"]: r for r in risk["reasons"]}  # type: ignore[union-attr]
    assert kind in kinds, risk
    assert risk["level"] in ("medium", "high") and kinds[kind]["level"] == level
    assert kinds[kind]["suggestion"] and kinds[kind]["spans"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Bébé de 5 jours vu le 12 mars pour un ictère.", "newborn_with_date"),
    ("Patiente de 43 ans, vue le 14 mars pour une dyspnée.", "age_and_date"),
])
def test_a_date_kept_next_to_an_age(texts: TextPipeline, text: str, kind: str) -> None:
    item = texts.analyze(text)
    assert item.risk == {"level": "low", "reasons": []}  # the date goes by default: nothing to tie the age to
    keep_date = Decisions(frozenset(f.id for f in Decisions().chosen(item) if f.label != "DATE"))
    risk = texts.with_risk(item, keep_date).risk
    assert risk is not None and risk["level"] == "medium" and kind in {r["kind"] for r in risk["reasons"]}  # type: ignore[union-attr]


def test_what_the_doctor_keeps_is_judged(texts: TextPipeline) -> None:
    """An age kept next to a small commune kept on purpose: Salers has a few hundred people."""
    text = "Vu à Salers un homme de 58 ans pour une maladie de Wilson."
    item = texts.analyze(text)
    town = next(f for f in item.findings if f.text == "Salers")
    kept = Decisions(frozenset(f.id for f in Decisions().chosen(item) if f.id != town.id))
    risk = texts.with_risk(item, kept).risk
    assert risk is not None and risk["level"] == "high"
    assert {r["kind"] for r in risk["reasons"]} >= {"small_commune", "age_and_place"}  # type: ignore[union-attr]
    cleaned = texts.clean(item, text, kept)
    assert cleaned.risk is not None and cleaned.risk["level"] == "high"


def test_the_doctors_own_town_kept_is_high(texts: TextPipeline) -> None:
    item = texts.analyze("Garde à Figeac ce week-end, 42 patients.")
    keep_all = Decisions(frozenset())
    risk = texts.with_risk(item, keep_all).risk
    assert risk is not None and risk["level"] == "high" and "personal_identity" in {r["kind"] for r in risk["reasons"]}  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "Érysipèle de jambe : amoxicilline 7 jours, recos HAS 2024.",
    "Patiente de 45 ans, douleur thoracique atypique, ECG normal.",  # an age alone, nothing to tie it to
    "Éruption depuis 3 ans, traitée par dermocorticoïdes.",
    "Le seul traitement validé reste la rééducation.",  # "le seul" without a place
    "Maladie de Crohn chez une jeune femme : quand penser à l'atteinte anopérinéale ?",
    "Le boucher m'a dit que la viande était bonne.",  # a trade with no place
    "La pharmacie du village ferme en août.",  # a shop, not a person
    "Enfant de 6 ans, fièvre depuis 3 jours, conjonctivite. Kawasaki ? Rougeole ?",  # a rare disease asked about
    "Homme de 40 ans, pas de syndrome de Marfan malgré sa taille.",  # ruled out
    "Une rage de dents chez un homme de 40 ans.",  # a toothache, not rabies
    "La mucoviscidose : où en est le dépistage néonatal ?",  # a rare disease with no age or place
    "Vue en mars 2024 pour une éruption, guérie en deux semaines.",  # a month and a year, no place
])
def test_what_must_stay_low(texts: TextPipeline, text: str) -> None:
    risk = texts.analyze(text).risk
    assert risk == {"level": "low", "reasons": []}


def _apply(text: str, fix: dict[str, object]) -> str:
    start, end = fix["span"]  # type: ignore[misc]
    return text[:start] + str(fix.get("text", "")) + text[end:]


@pytest.mark.parametrize(("text", "keep", "after"), [
    ("Mme X, 97 ans, chute à domicile.", "", "Mme X, plus de 90 ans, chute à domicile."),
    ("Patiente de 43 ans, vue le 14 mars pour une dyspnée.", "DATE", "Patiente de 43 ans, vue récemment pour une dyspnée."),
    ("Vu à Salers un homme de 58 ans pour une toux.", "LOCATION", "Vu dans une petite commune un homme de 58 ans pour une toux."),
    ("Mucoviscidose chez une ado de 15 ans.", "", "Mucoviscidose chez une ado de moins de 18 ans."),
    ("Vue en mars 2024 à Saint-Flour pour une éruption.", "LOCATION", "Vue récemment à Saint-Flour pour une éruption."),  # month_year_place
])
def test_each_rewrite_reads_as_french_and_lowers_the_risk(texts: TextPipeline, text: str, keep: str, after: str) -> None:
    """The one-click rewrite puts a softer wording in place; checked again, the draft is no longer at risk for that reason."""
    item = texts.analyze(text)
    decisions = Decisions(frozenset(f.id for f in Decisions().chosen(item) if f.label != keep))
    risk = texts.with_risk(item, decisions, text).risk
    assert risk is not None and risk["reasons"], risk
    reason = risk["reasons"][0]  # type: ignore[index]
    assert _apply(text, reason["fix"]) == after
    again = texts.analyze(after)
    again_risk = texts.with_risk(again, Decisions(frozenset(f.id for f in Decisions().chosen(again) if f.label != keep)), after).risk
    assert reason["kind"] not in {r["kind"] for r in again_risk["reasons"]}  # type: ignore[index]


def test_a_kept_identifier_is_fixed_by_removing_it(texts: TextPipeline) -> None:
    risk = texts.analyze("Patient du lit 8, confusion fébrile.").risk
    assert risk is not None and risk["reasons"][0]["fix"] == {"span": [11, 16], "remove": True}  # type: ignore[index]
