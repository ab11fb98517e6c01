"""Persons found by context: honorifics, kinship and role words, "Name, 3 ans", "chez Name", names in hashtags."""

from __future__ import annotations

import re
from typing import ClassVar

from privacyguard.detectors.text import gazetteers as gz
from privacyguard.detectors.text.lexicon import COMMON_ABBREVIATIONS, DRUGS, EPONYM_SET, KINSHIP
from privacyguard.detectors.text.recognizers.base import CAP_WORD, LOW, NAME, UP, RegexRecognizer, alternatives
from privacyguard.detectors.text.recognizers.medical import is_eponym

HONORIFIC = (r"(?:M\.|[Mm]r\.?|MM\.|[Mm]me|Mmes|[Mm]lle|Me|[Dd]r\.?|Pr\.?|[Dd]octeur|[Pp]rofesseur|[Mm]onsieur|[Mm]adame|"
             r"[Mm]ademoiselle|[Mm]aître)")
AGE_AFTER = r"\s*(?:,|\(|:)\s*(?:\d{1,3}|un|une|deux|trois)\s*(?:ans?|mois|semaines?|jours?)\b"
NOT_NAMES = frozenset({"noël", "pâques", "toussaint", "covid", "samu", "smur", "urgences", "patient", "patiente", "madame",
                       "monsieur", "dame", "homme", "femme", "enfant", "bébé", "garçon", "fille", "nourrisson", "ado", "x", "y",
                       "z", "docteur", "dr", "mme", "m", "mr", "le", "la", "les", "un", "une", "cas", "rx", "écho", "irm",
                       "tdm", "bilan", "rdv", "hier", "demain", "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi",
                       "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                       "août", "septembre", "octobre", "novembre", "décembre", "dermato", "cardio", "pneumo", "neuro"})


# A capitalised word that opens a sentence before a name is not part of it: "Chez Lucas, 8 ans", "Merci Julie".
LEAD_WORDS = frozenset({"chez", "pour", "avec", "merci", "bravo", "et", "ou", "vu", "vue", "revu", "revue", "hier", "ce", "cette",
                        "mais", "puis", "donc", "alors", "quand", "si", "un", "une", "à", "au",
                        "selon", "sans", "encore", "enfin", "bonjour", "salut", "coucou", "bienvenue", "félicitations", "courage"})


def trim_lead(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the capitalised function words a name pattern took along at its start."""
    while True:
        m = re.match(r"([\w'’]+)\s+(?=\S)", text[start:end])
        if m is None or m.group(1).lower() not in LEAD_WORDS:
            return start, end
        start += m.end()


def plausible_name(value: str) -> bool:
    """Not a placeholder (X, Mme Y), a drug, an abbreviation or a common word."""
    words = [w.strip(".,'’").lower() for w in value.split()]
    if not words or all(len(w) <= 1 for w in words):
        return False
    first = words[0]
    if value.isupper() and first in LEAD_WORDS | {"de", "du", "des", "en", "sur", "dans", "par"}:
        return False  # a line in capitals: "AVEC LA MAMAN ET LE PAPA DE CHLOÉ" holds no name "ET LE PAPA"
    return first not in NOT_NAMES and first not in DRUGS and first not in COMMON_ABBREVIATIONS


class HonorificRecognizer(RegexRecognizer):
    """The name after M., Mme, Dr, Me… (the honorific itself is not part of the span)."""

    LABEL = "PERSON"
    PATTERNS: ClassVar = [("honorific", rf"(?<![\w.]){HONORIFIC}\s+(?P<v>(?:(?:de\s+la|de|du|des|d'|d’)\s*)?{NAME})", 0.9, "high"),
                          # a particle surname in lower case: "mr da costa", "mme dos santos", "m. van damme"
                          ("honorific-particle", rf"(?<![\w.]){HONORIFIC}\s+(?P<v>(?:da|dos|das|do|de|van|von|ben|el|di|del|della|le|la)"
                                                 rf"\s+[{LOW}]{{3,}})\b", 0.85, "high"),
                          # an abbreviated title glued to the name by a hurried hand or a reader: "M.Dupont", "Mme.De La Fontaine"
                          ("honorific-glued", rf"(?<![\w.@])(?:M|Mr|Mme|Mlle|Dr|Pr)\.(?P<v>(?:(?:De\s+La|De|Du|Le|La)\s+)?{NAME})(?![\w@.])",
                           0.85, "high"),
                          # without the dot, a title of several letters glued to a capitalised name: "MmeBacon", "DrMartin"
                          # (not "PrEP": the name must be a capital then small letters)
                          ("honorific-glued-nodot", rf"(?<![\w.@])(?:Mme|Mlle|Mr|Dr|Pr)(?P<v>{CAP_WORD})(?![\w@.])", 0.85, "high")]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        if value[:1].islower() and " " in value:  # "mr da costa": the particle's surname must be a known one, no French word
            from privacyguard.detectors.text import gazetteers as gz
            from privacyguard.detectors.text.repeats import is_common_word

            last = gz.fold(value.rsplit(maxsplit=1)[-1])
            return (gz.surnames().get(last, gz.SURNAME_RANK + 1) <= gz.SURNAME_RANK and not is_common_word(last)
                    and last not in gz.french_words())
        return plausible_name(value)


class KinshipRecognizer(RegexRecognizer):
    """A name after a kinship or role word ("la fille, Brigitte", "patiente Fanny", "petite Jade")."""

    LABEL = "PERSON"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = [
        ("kinship", rf"\b(?:{alternatives(KINSHIP)})\s*[,:(]?\s*(?-i:(?P<v>{NAME}))", 0.85, "high"),
        # "la fille de ma secrétaire, Manon": the relation, its complement, then the name in apposition
        ("kinship-of", rf"\b(?:{alternatives(KINSHIP)})\s+(?:de|du|d'|d’)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+\s*[,:(]\s*(?-i:(?P<v>{NAME}))",
         0.8, "high"),
    ]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        return plausible_name(value)


class ContextNameRecognizer(RegexRecognizer):
    """Names in apposition with an age ("Lina, 13 ans"), after "chez"/"pour", lower-case before an age."""

    LABEL = "PERSON"
    PATTERNS: ClassVar = [
        ("apposition", rf"(?P<v>{NAME})(?={AGE_AFTER})", 0.85, "high"),
        ("coordinated", rf"(?P<v>{CAP_WORD})(?=\s+et\s+{CAP_WORD}\s+{CAP_WORD})", 0.6, "high"),
        ("after-age", rf"\b\d{{1,3}}\s*(?:ans?|mois|semaines?|jours?)(?:\s+et\s+demi)?\s*,\s*(?P<v>{NAME})\s*[,:)]", 0.75, "high"),
        ("chez", rf"\b(?:chez|appelée?|prénommée?|s'appelle|nommée?)\s+(?P<v>{NAME})", 0.7, "high"),
        # what someone is called: "sa mère l'appelle Choupette", "surnommé Bibi", "qu'on appelle Tatie Rose", "se fait appeler Max"
        ("called", rf"(?i:\b(?:l['’]appel(?:le|lent|ait|aient)|on\s+appelle|surnommée?s?|se\s+fait\s+appeler|dite?)\s+[«\"“]?\s*)"
                   rf"(?P<v>{NAME})", 0.7, "high"),
        # a family by its name: "chez les Ramos", "les Nguyen sont passés" (a plural people word is a common word: refused)
        ("family", rf"\b(?:chez|voir|visite|passer|appeler|rappeler)\s+les\s+(?P<v>{CAP_WORD})\b", 0.7, "high"),
        # "pour Léo", "avec Mme…" is the honorific's: a person when the word is a known name or a full name follows
        ("for-with", rf"\b(?:pour|avec)\s+(?P<v>{NAME})", 0.7, "high"),
        # "J'ai vu Nicolas", "revu Mme…" is the honorific's; a capitalised word right after seeing someone is a name
        ("seen", rf"(?<!la\s)(?<!une\s)(?<!sa\s)(?<!ma\s)\b(?:vu|vue|revu|revue|reçu|reçue|croisé|croisée)\s+"
                 rf"(?P<v>{CAP_WORD}(?:\s+{CAP_WORD})?)", 0.7, "high"),
        ("relation-of", rf"(?i:\b(?:fils|fille|mère|père|femme|mari|épouse|sœur|frère|bébé|grossesse|accouchement|dossier|"
                        rf"compte rendu|résultats|ordonnance|parents|enfants?|petit-fils|petite-fille)\s+(?:de|d'|d’))\s*(?P<v>{NAME})",
         0.7, "high"),
        ("lowercase-with-age", rf"\b(?:petite?|chez|pour)\s+(?P<v>[{LOW}]{{3,}})(?={AGE_AFTER})", 0.7, "high"),
    ]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        if re.match(r"[ \t]*:", text[end:]) and " " not in value.strip():  # "- Âge : 52 ans": a form's field, not a person
            from privacyguard.detectors.text import gazetteers as gz

            key = gz.fold(value)
            if (key in gz.french_words() and gz.first_names().get(key, 0) < gz.KNOWN_NAME
                    and gz.surnames().get(key, gz.SURNAME_RANK + 1) > gz.COMMON_SURNAME):  # "Boucher : 52 ans" stays a name
                return False
        if re.search(r"\bles\s+$", text[max(0, start - 5) : start]):  # "chez les Anglais": a people, not a family
            from privacyguard.detectors.text import gazetteers as gz

            key = gz.fold(value)
            if key in gz.french_words() and gz.surnames().get(key, gz.SURNAME_RANK + 1) > gz.COMMON_SURNAME:
                return False
        if re.search(r"(?i)\b(?:pour|avec)\s+$", text[max(0, start - 8) : start]) and " " not in value.strip():
            from privacyguard.detectors.text import gazetteers as gz

            key = gz.fold(value)
            if gz.first_names().get(key, 0) < gz.KNOWN_NAME and gz.surnames().get(key, gz.SURNAME_RANK + 1) > gz.SURNAME_RANK:
                return False  # "pour Bluesky", "avec Doctolib": not a name anyone is given
        return plausible_name(value) and not is_eponym(value, text, start, EPONYM_SET)

    def trim(self, text: str, start: int, end: int) -> tuple[int, int]:
        return trim_lead(text, start, end)


# Doubled syllables that are words or kinship, not nicknames.
NOT_NICKNAMES = frozenset({"bebe", "dodo", "coco", "toto", "papa", "mama", "nana", "pipi", "caca", "tata", "dada", "bobo", "lolo",
                           "nounou", "tonton", "tutu", "joujou", "chouchou", "bonbon", "cancan", "couscous", "tamtam", "tintin",
                           "yoyo", "gogo", "zozo", "kiki", "pupu", "popo"})


class NicknameRecognizer(RegexRecognizer):
    """A pet name made of a doubled syllable, capitalised: "Jojo", "Momo", "Dédé", "Loulou" (never a medical word)."""

    LABEL = "PERSON"
    PATTERNS: ClassVar = [("doubled-syllable", rf"(?<![\w@#'’-])(?P<v>[{UP}][{LOW}]{{1,3}}[{LOW}]{{2,4}})(?![\w'’-])", 0.7, "high")]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        from privacyguard.detectors.text.repeats import fold

        w = fold(value)
        half = len(w) // 2
        return len(w) % 2 == 0 and w[:half] == w[half:] and w not in NOT_NICKNAMES and value.lower() not in DRUGS


HASHTAG_CONNECTORS = ("pour", "avec", "team", "force", "soutien", "justice", "vérité", "verite", "merci", "jesuis", "bravo",
                      "courage", "tous", "toutes", "sauvons", "aidons", "rip", "hommage", "liberez", "libérez")


def _a_word_no_one_bears(word: str) -> bool:
    """A common French word that is no first name and no frequent surname ("Médecin", "Soignant"; not "Léa", "Rose")."""
    key = gz.fold(word)
    return gz.plain_word(key) and key not in gz.first_names()


class HashtagNameRecognizer(RegexRecognizer):
    """A hashtag that carries a name (#JusticePourLéa, #TeamNathan): the whole hashtag is flagged."""

    LABEL = "PERSON"
    PATTERNS: ClassVar = [("hashtag", r"(?P<v>#\w{4,})", 0.75, "high")]
    SEGMENT = re.compile(rf"{CAP_WORD}|[{LOW}]+|\d+")

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        parts = self.SEGMENT.findall(value[1:])
        for i, part in enumerate(parts[:-1]):
            nxt = parts[i + 1]
            joined = "".join(parts[: i + 1]).lower()
            if (part.lower() in HASHTAG_CONNECTORS or joined in HASHTAG_CONNECTORS) and nxt[:1].isupper():
                if nxt.lower() in HASHTAG_CONNECTORS or _a_word_no_one_bears(nxt):
                    continue  # "#JusticePourLéa": the name is further on; "#JeSuisMédecin", "#MerciDocteur": no name at all
                return plausible_name(nxt)
        return False
