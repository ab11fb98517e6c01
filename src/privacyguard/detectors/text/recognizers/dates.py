"""French dates in every form, and exact ages (not durations)."""

from __future__ import annotations

import re
from typing import ClassVar

from privacyguard.detectors.text.lexicon import DRUGS, MONTHS, WEEKDAYS
from privacyguard.detectors.text.recognizers.base import LOW, UP, RegexRecognizer, alternatives

MONTH = rf"(?:(?:{alternatives(MONTHS[:15])})|(?:{alternatives(MONTHS[15:])})\.?)"  # a dot only after a short form
WEEKDAY = rf"(?:{alternatives(WEEKDAYS)})"
DAY = r"(?:1er|0?[1-9]|[12]\d|3[01])"
NUM_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
NUM_MONTH = r"(?:0?[1-9]|1[0-2])"
BIRTH = re.compile(r"(?i)(\bnée?s?\b|\bné\(e\)|naissance|\bddn\b|\bnaiss\.?)[\s:]*(le|en|du)?\s*$")
# A number before "/" in these contexts is a grade or a score, not a date ("souffle 4/6").
NOT_DATE_BEFORE = re.compile(r"(?i)(souffle|grade|stade|score|eva|ta|pa|glasgow|apgar|tension|\d)\s*$")


class DateRecognizer(RegexRecognizer):
    """Numeric, ISO and textual dates, weekday + day, ranges, "né(e) en 1957"; birth dates are high."""

    LABEL = "DATE"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = [
        ("numeric-year", rf"(?<![\d/.\-])(?P<v>{NUM_DAY}[/.\-]{NUM_MONTH}[/.\-](?:19|20)?\d{{2}})(?![\d/])", 0.9, "medium"),
        ("iso", r"(?<!\d)(?P<v>(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?!\d)", 0.9, "medium"),
        ("numeric-day-month", rf"\b(?:le|du|au|depuis le|né le|née le|jusqu'au|vu le|vue le)\s+(?P<v>{NUM_DAY}[/.]{NUM_MONTH})(?![\d/]|\.\d)",
         0.8, "medium"),
        # next to a relative word or in brackets: "hier 07/11", "revu ce matin (07/11)"
        ("relative-day-month", rf"(?:\b(?:hier|avant-hier|aujourd'hui|aujourd’hui|ce\s+matin|ce\s+soir|cette\s+nuit|demain|{WEEKDAY})\s*|\(\s*)"
                               rf"(?P<v>{NUM_DAY}/{NUM_MONTH})(?![\d/]|\.\d)", 0.75, "medium"),
        ("textual", rf"\b(?P<v>(?:{WEEKDAY}\s+)?{DAY}(?:\s*(?:au|et|-|à)\s*{DAY})?\s+{MONTH}(?:\s+(?:19|20)\d{{2}})?)(?![\w])",
         0.9, "medium"),
        ("weekday-day", rf"\b(?P<v>{WEEKDAY}\s+{DAY})\b(?!\s*(?:h\b|heures?|mg|ans|jours|%|{MONTH}))", 0.8, "medium"),
        ("month-year", rf"\b(?P<v>{MONTH}\s+(?:19|20)\d{{2}})\b", 0.7, "low"),
        # a month in Roman numerals, as on old forms and in some hospitals: "né le 3/XI", "12.VIII.1958"
        ("roman-month", rf"(?<![\d/.\-])(?P<v>{NUM_DAY}\s?[/.\-]\s?(?-i:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
                        rf"(?:\s?[/.\-]\s?(?:19|20)?\d{{2}})?)(?![\w/])", 0.8, "medium"),
        ("birth-year", r"\b(?:née?s?|né\(e\))\s+en\s+(?P<v>(?:19|20)\d{2})\b", 0.9, "high"),
    ]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 12) : start]
        if re.fullmatch(r"\d{1,2}\s?[/.\-]\s?[IVX]+", value):  # "NYHA 3/IV", "stade 2/IV": a grade out of a scale
            return not (NOT_DATE_BEFORE.search(before) or CLASS_BEFORE.search(before))
        return not (re.fullmatch(r"\d{1,2}[/.]\d{1,2}", value) and NOT_DATE_BEFORE.search(before))

    def severity_of(self, rule: str, severity: str, text: str, start: int) -> str:
        return "high" if BIRTH.search(text[max(0, start - 25) : start]) else severity


AGE_UNIT = r"(?:ans?|mois|semaines?|sem\.?|jours?|j)\b"
AGE_VALUE = rf"(?P<v>\d{{1,3}}(?:[,.]5)?\s*{AGE_UNIT}(?:\s+et\s+demi)?)"
PERSON_NOUNS = (r"(?:patiente?|dame|femme|homme|monsieur|madame|enfant|garçon|garcon|fille|fillette|bébé|bebe|nourrisson|"
                r"nouveau-né|ado|adolescente?|jeune|papy|mamie|retraitée?|sportive?|petite?|grossesse|primipare|multipare)")
DURATION_BEFORE = re.compile(
    r"(?i)(depuis|pendant|durant|il y a|dans|après|avant|tous les|toutes les|pour|sur|en|à|de plus de|plus de|moins de|"
    r"dès|à partir de|au-delà de|passé|jusqu'à|entre|"
    r"jusqu'à|x|J|durée|délai|traitement|ttt|arrêt|itt|attelle|pdt|since|sous)\s*$")


# Before "3a", a word that makes it a class or a stage: "stade 3a", "type 2a", "Forrest 2a", "grade 1a", "IRC 3a".
CLASS_BEFORE = re.compile(r"(?i)\b(?:stades?|types?|grades?|classes?|classification|groupes?|phases?|niveaux?|zones?|catégories?|"
                          r"lésions?|IRC|MRC|CKD|NYHA|Forrest|Salter|Gustilo|Child|Garden|Neer|Weber|Lauge|Schatzker|Kellgren|"
                          r"Gleason|Breslow|Clark|Tanner|FIGO|TNM|T|N|M|G|pT|pN|Ia|Ib|II|III|IV)\s*$")


OF_A_NOUN_AFTER = re.compile(rf"\s*(?:de\s+|d['’]\s*)(?!origine\b|âge\b|la\b|le\b|les\b|l['’])[{LOW}]")


class AgeRecognizer(RegexRecognizer):
    """The patient's exact age: "58 ans", ", 3 ans et demi", "(8 ans)", "nourrisson de 5 semaines"; not "depuis 3 ans",
    not "3 mois sans cigarette"."""

    LABEL = "AGE"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = [
        ("apposition", rf"(?:^|[,(:;]|#\w+)\s*{AGE_VALUE}", 0.85, "low"),
        ("person-of", rf"\b{PERSON_NOUNS}\s+(?:de\s+)?{AGE_VALUE}", 0.85, "low"),
        ("aged", rf"\bâgée?s?\s+de\s+{AGE_VALUE}", 0.9, "low"),
        ("years", r"(?<![\d,.])(?P<v>\d{1,3}\s*ans(?:\s+et\s+demi)?)\b", 0.6, "low"),
        # note-taking shorthand after a name: "mr garnier 64a", "inès 4a"
        ("short-years", r"(?:(?<=[^\W\d_])|(?<=[^\W\d_]\.))\s(?P<v>\d{1,3}a)\b", 0.6, "low"),  # "Mr K. 92a" too
        # after the emoji for a sex (read as "f️" or "h️" by normalize), as a short post gives an age: "♀️34a", "♀️28 G2P1"
        ("sex-emoji", r"(?<!\w)[fh]\ufe0f\s*(?P<v>\d{1,3}(?:\s*(?:a|ans))?)(?![\w/]|[,.]\d)", 0.8, "low"),
        # the same in brackets or between commas: "M. Dubois (73a)", "Lina, 4a,"
        ("short-years-apart", r"[(,]\s*(?P<v>\d{1,3}a)(?=\s*[),:;])", 0.6, "low"),
        # in English: "71 y/o", "(14 yo)", "a 3-year-old", "52 years old"
        ("english-years", r"(?<![\d,.])(?P<v>\d{1,3}\s*(?:y/?o|yrs?\s+old|-?\s*years?[\s-]+old))\b", 0.8, "low"),
    ]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 20) : start]
        if DURATION_BEFORE.search(before) and not re.search(r"[,(]\s*$", before):
            return False
        if re.fullmatch(r"\d+a", value) and CLASS_BEFORE.search(before):
            return False  # "stade 3a", "type 2a", "Salter 2a": a class, not an age
        word = re.search(r"([\w'’-]+)\s*$", before)
        if word and (word.group(1).lower() in DRUGS or word.group(1).lower() in ("j", "jour", "semaine", "traitement", "ttt")):
            return False  # "Augmentin 7 jours": a duration
        # "7 ans d'errance", "10 ans de diabète": "de" and a noun after the years make them the length of something,
        # not an age ("un garçon de 6 ans d'origine comorienne" is one)
        if OF_A_NOUN_AFTER.match(text[end:end + 12]) and not re.fullmatch(r"\d+a", value):
            return False
        # "3 ans d'exercice", "30 ans que je la suis": the length of something, not an age
        return not re.match(r"\s*(?:que\b|qu['’]|plus tard|après|avant|sans\b|de suite|d'évolution|de recul|de traitement|d'arrêt|"
                            r"d'exercice|de carrière|"
                            r"d'expérience|de métier|d'installation|de pratique|de suivi|de mariage|d'ancienneté|de retraite|de garde|"
                            r"d['’]internat|de remplacement|de vie commune)", text[end:end + 24])


class AgeAfterNameRecognizer(AgeRecognizer):
    """An age right after a known first name: "Capucine 3 mois", "Léna 16 ans" (not "Plâtre 6 semaines")."""

    PATTERNS: ClassVar = [("after-name", rf"(?-i:\b(?P<name>[{UP}][{LOW}'’-]+))\s+{AGE_VALUE}", 0.7, "low")]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        from privacyguard.detectors.text import gazetteers as gz

        name = re.search(rf"([{UP}][{LOW}'’-]+)\s+$", text[max(0, start - 40) : start])
        if name is None:
            return False
        return gz.first_names().get(gz.fold(name.group(1)), 0) >= 300 and super().accept(value, text, start, end)


class MeasuredAgeRecognizer(RegexRecognizer):
    """An age given with a measurement or an event: "pèse 9 kg à 14 mois", "partie à 95 ans", "diabète découvert à 52 ans"."""

    LABEL = "AGE"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = [
        ("measure-at", rf"\b\d{{1,3}}(?:[,.]\d{{1,3}})?\s*(?:kg|kilos?|g|grammes?|cm)\s+à\s+{AGE_VALUE}", 0.7, "low"),
        # the age at death or at a diagnosis: "partie ce week-end à 95 ans", "diabète découvert à 52 ans"
        ("age-at-event", rf"\b(?:décédée?s?|morte?s?|partie?s?|éteinte?s?|quittée?s?|disparue?s?|mort|découverte?s?|diagnostiquée?s?|"
                         rf"opérée?s?|greffée?s?|amputée?s?|veuve|veuf|ménopausée|réglée)\b(?:\s+[\w'’-]+){{0,4}}?\s+à\s+{AGE_VALUE}",
         0.7, "low"),
    ]
