"""Names from real knowledge: Insee first names and surnames.

Each rule is a family with its own row in the tests (what it flags and what it must leave alone):
- a known first name where the context is a person's: a verb or a pronoun after it ("Maël m'a dit",
  "Odile part"), "merci/bravo à", "avec/chez/pour", "vu", a list of people ("Gaspard, Louise et
  Joseph"), an age after it ("inès 4a"); the more common the name, the weaker the cue it needs; a
  name that is also a French or medical word ("Rose", "Pierre", "Claire") needs a capital and a
  strong cue;
- an honorific followed by a surname written in lower case or misspelt ("mme leroux", "le dr fauvel");
- communes, the organisations named after them and postcodes: ``communes.py``.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult

from privacyguard.detectors.text import gazetteers as gz
from privacyguard.detectors.text.gazetteers import COMMON_SURNAME, KNOWN_NAME, LONE_SURNAME_RANK, SURNAME_RANK
from privacyguard.detectors.text.lexicon import COMMON_ABBREVIATIONS, DRUGS, EPONYM_SET, REGIONS, countries_fr
from privacyguard.detectors.text.recognizers.base import CAP_WORD, LOW, UP, RegexRecognizer, result
from privacyguard.detectors.text.recognizers.medical import is_eponym, names_a_disease
from privacyguard.detectors.text.recognizers.people import LEAD_WORDS, NOT_NAMES
from privacyguard.detectors.text.recognizers.places import NATURAL_PLACES, STREET
from privacyguard.detectors.text.repeats import is_common_word

# How many people in France bear a first name (Insee, since 1900) for each strength of context.
COMMON_NAME = 10_000  # fires on a weak cue: a verb after it, a list of people
CLEAR_VERB_NAME = 1_000  # fires when an auxiliary or a clitic follows ("Ousmane est reparti", "Nour m'a dit")
LOWER_NAME = 5_000  # written in lower case: only the well-known ones, with a strong cue

# Right before a name: someone is thanked, seen, called, met, or is somebody's relative.
STRONG_BEFORE = re.compile(
    r"(?i)(?:\b(?:merci|bravo|félicitations|courage|bisous|salut|bonjour|coucou|hello)(?:\s+à)?\s*,?|\bchez|\bavec|\bpour|\bvu|\bvue|\brevu|\brevue|\bvoir|\bappel(?:le|é|ée)?(?:\s+de|\s+à)?|"
    r"\bfélicitations\s+à|\bcourage\s+à|\bsoutien\s+à|\bpensées?\s+pour|\bsms\s+de|\bmessage\s+de|\bmail\s+de|"
    r"\b(?:maman|papa|mère|père|fils|fille|frère|sœur|soeur|mari|femme|parents?|compagne?|copine?|nounou)\s+(?:de|d'|d’)|"
    r"\b(?:le|la|mon|ma|notre)\s+(?:petite?|bébé|patiente?|jeune))\s*$")
# Right after a name: a verb form or a clitic pronoun ("Maël m'a dit", "Odile part"), or an apposition naming a
# relation or a role ("Kévin, le fils de ma voisine", "Anne-Sophie, infirmière libérale").
VERB_AFTER = re.compile(rf"^\s*(?:m'|m’|me\s|nous\s|lui\s|l'|l’|s'|s’|se\s|n'|n’|ne\s|y\s|en\s|a\s|ont\s|est\s|sont\s|était\s|va\s|vient\s|"
                        rf"part\s|fait\s|dit\s|pleure|tousse|mange|dort|revient|rentre|refuse|demande|veut|doit|peut|sait|"
                        rf"(?!(?:de|le|la|ce|que|une|se|ne|me|te|entre|comme|contre|pendant|avant|sans|sur|sous|depuis|pour|avec|"
                        rf"et|ou|mais|donc|cette|notre|votre|leur|quelque|chaque|toute|même|autre|elle|elles|celle|ville)\s)"
                        rf"(?:[{LOW}]+(?:e|ent|ait|era|ira|it|ut)\s))")
ROLES = (r"fils|fille|mari|femme|épouse|mère|père|frère|sœur|soeur|voisine?|patiente?|amie?|collègue|secrétaire|infirmière?|"
         r"infirmier|kiné|aide-soignante?|auxiliaire|interne|externe|étudiante?|assistante?|stagiaire|remplaçante?|nounou|"
         r"compagne?|copine?|cousine?|tante|oncle|neveu|nièce|grand-mère|grand-père|belle-fille|gendre|petite?-fille|petit-fils")
# Trades and places in a team that stand before a first name: "le gardien Kevin", "le brancardier Fabrice".
JOBS = (r"gardien(?:ne)?|joueur|joueuse|entraîneur|entraîneuse|coach|capitaine|arbitre|brancardier|brancardière|pompier|"
        r"policier|policière|gendarme|facteur|factrice|maire|curé|boulanger|boulangère|instit|institutrice|instituteur|"
        r"maîtresse|prof|professeure?|éducatrice|éducateur|moniteur|monitrice|chauffeur|ambulancier|ambulancière")
# A possessive and a role right before a name: "mon interne Clémence", "notre secrétaire Constance", "son kiné Max".
ROLE_BEFORE = re.compile(rf"(?i)\b(?:mon|ma|notre|son|sa|votre|leur|le|la|l'|l’|un|une|nos|mes)\s*(?:nouvelle?\s+|nouveau\s+|jeune\s+)?"
                         rf"(?:{ROLES}|associée?|médecin|docteur|confrère|consœur|consoeur|pharmacienne?|ostéo|sage-femme|"
                         rf"remplaçant|coordinatrice|coordinateur|tuteur|tutrice|maître\s+de\s+stage|{JOBS})\s*$")
# A possessive, a relation or a role, then a name that is also a word: "sa sœur jade", "mon interne clémence" (never
# "la patiente rose": an article is not enough for a word).
POSSESSIVE_ROLE_BEFORE = re.compile(rf"(?i)\b(?:mon|ma|notre|son|sa|votre|leur)\s+(?:{ROLES})\s*$")
APPOSITION_AFTER = re.compile(rf"(?i)^\s*(?:[,(]\s*(?:(?:le|la|l'|l’|mon|ma|son|sa|notre|votre|leur)\s+)?(?:{ROLES})\b|"
                              # without a comma, an article and a role: "Aurélien le kiné dit", "lina la fille de la pharmacienne"
                              rf"(?:le|la|l'|l’)\s*(?:{ROLES}|ide|facteur|factrice|pharmacienne?|médecin|véto|coiffeuse?)\b|"
                              rf"et\s+(?:sa|son|ses|leur|leurs)\s+(?:{ROLES}|maman|papa|parents|famille|mamie|papi|papy)\b)")
# An auxiliary or a clitic pronoun right after a word: the word is the subject of a clause.
CLEAR_VERB_AFTER = re.compile(r"^\s*(?:m'|m’|l'|l’|s'|s’|n'|n’|nous\s|lui\s|y\s|a\s|ont\s|est\s|sont\s|était\s|avait\s|va\s|vient\s|"
                              r"revient\s|sera\s|aura\s)")
AGE_AFTER = re.compile(r"^\s*,?\s*\(?\d{1,3}\s*(?:ans?|a|mois|m|j|jours?|semaines?|sem)\b")
# An object pronoun and a verb right after a capitalised word: its subject is someone ("Claire me remplace", "Rose nous a dit").
CLITIC_VERB_AFTER = re.compile(rf"^\s*(?:me|nous|vous|te|lui|leur)\s+[{LOW}]+\b|^\s*(?:m|t)['’]\s*[{LOW}]+")
LIST_AFTER = re.compile(rf"^\s*(?:,|et)\s*[{UP}][{LOW}]+")
# A word, also right after an elided article or preposition ("la maman d'Anaïs", "l'équipe d'Yvan"); not inside O'Neil.
WORD = re.compile(rf"(?<![\w@#-])(?<!\w\w['’])([{UP}{LOW}][{LOW}{UP}]*(?:-[{UP}{LOW}][{LOW}]+)?)(?![\w'’-])")
# A product, not a person: "sous Diane", "pilule Jasmine", "le vaccin Beyfortus".
PRODUCT_BEFORE = re.compile(r"(?i)\b(?:loi|plan|rapport|réforme|décret|amendement|méthode|protocole|modèle|principe|effet|paradoxe|"
                            r"revue|journal|magazine|site|logiciel|appli|application|le|la|les|l'|l’|du|des|au|aux|un|une|"
                            r"disait|dixit|selon\s+(?:le|la)|sous|pilule|traitement|ttt|comprimés?|gélules?|molécule|vaccin|marque|spécialité|générique|"
                            r"contraception|stérilet|implant|anneau|patch|crème|pommade|sirop|collyre|spray)\s+$")
# What may stand before the first word of a sentence: the end of the last one, a line break, an emoji or a bullet.
SENTENCE_START = re.compile(r"(?:[.!?…:;]\s|\n)\s*[^\w\s]{0,3}\s*$")


def opens_sentence(text: str, start: int) -> bool:
    """True when the word at ``start`` is the first of the draft or of a sentence."""
    return bool(re.fullmatch(r"[^\w]{0,4}", text[:start])) or bool(SENTENCE_START.search(text[max(0, start - 12) : start]))


# Honorifics as typed in a hurry, any case: before a surname written in lower case.
LOWER_HONORIFIC = r"(?:mme|mmes|mlle|mr|m\.|dr|dr\.|pr|monsieur|madame|mademoiselle|docteur|professeur)"
HONORIFIC_BEFORE = re.compile(rf"(?i)\b{LOWER_HONORIFIC}\s+$")


def is_french_word(key: str) -> bool:
    """A (folded) French word, inflected or not: the dictionary lists "nombreux", not "nombreuse"."""
    words = gz.french_words()
    stems = {key, key.removesuffix("s"), key.removesuffix("e"), key.removesuffix("es")}
    if key.endswith(("euse", "euses")):
        stems.add(key[: key.rindex("euse")] + "eux")
    if key.endswith(("ive", "ives")):
        stems.add(key[: key.rindex("ive")] + "if")
    return any(stem in words for stem in stems)


VERB_COMPLEMENT = re.compile(r"^\s+(?:à|au|aux|de|du|des|d['’]|que|qu['’]|si|le|la|les|l['’]|un|une|pas|plus|ne|n['’]|toujours|"
                             r"encore|beaucoup|rapidement)(?![\w'’-])", re.IGNORECASE)


def _family_acts(key: str, text: str, start: int, end: int) -> bool:
    """After "famille", ``key`` is the family's verb: a French word with a verb's ending, then what a verb takes ("la famille
    demande à voir", "refuse de", "souhaite que"); a surname that is a word is followed by a verb instead ("la famille
    boucher est venue")."""
    return (bool(re.search(r"(?i)famille\s+$", text[max(0, start - 10) : start])) and is_french_word(key)
            and key.endswith(("e", "ent", "t")) and bool(VERB_COMPLEMENT.match(text[end : end + 12])))


def _lower_name_beside(before: str, after: str) -> bool:
    """Another well-known first name in lower case, no word, joined to this one by "et" or a comma."""
    nxt = re.match(rf"^\s*(?:,|et)\s*([{LOW}]{{3,}})(?![\w'’-])", after)
    prev = re.search(rf"(?<![\w'’-])([{LOW}]{{3,}})\s*(?:,|\bet)\s*$", before)
    return any(m is not None and _first_name_count(m.group(1)) >= LOWER_NAME and not is_common_word(gz.fold(m.group(1)))
               for m in (nxt, prev))


def _first_name_count(word: str) -> int:
    return gz.first_names().get(gz.fold(word), 0)


def _town(word: str) -> bool:
    """A town of 10,000 people or more: "Paris", "Nancy", "Florence" are places first when nothing says person."""
    commune = gz.communes().get(gz.fold(word))
    return commune is not None and commune.population >= 10_000


def _surname(value: str) -> bool:
    """A known surname (Insee) that is no common word, no first name, no function word and no medicine."""
    key = gz.fold(value)
    last = key.split()[-1]
    return (gz.surnames().get(last, SURNAME_RANK + 1) <= SURNAME_RANK and not is_common_word(last) and not is_medical_word(value)
            and last not in NOT_NAMES and last not in LEAD_WORDS and _first_name_count(last) < KNOWN_NAME and len(last) > 2)


def is_medical_word(word: str) -> bool:
    w = word.lower()
    return w in DRUGS or w in COMMON_ABBREVIATIONS or w in EPONYM_SET


PLACE_KIND_BEFORE = re.compile(rf"(?i)\b(?:{NATURAL_PLACES}|{STREET})\s+(?:(?:de\s+la|de\s+l'|du|des|de|d'|d’)\s*)?$")


def _joined_first_names(word: str) -> bool:
    return ("-" in word and _first_name_count(word) < KNOWN_NAME and not _town(word)
            and all(_first_name_count(p) >= KNOWN_NAME and not is_medical_word(p) for p in word.split("-")))


def _first_name_before(word: str) -> bool:
    """A known first name right before a name found ("Marie-Line Célestine", "Jean Moreau"): the same person's."""
    return (_first_name_count(word) >= KNOWN_NAME and not is_common_word(gz.fold(word)) and word.lower() not in NOT_NAMES
            and not is_medical_word(word))


class FirstNameRecognizer(EntityRecognizer):
    """A known first name (Insee) where the context is a person's; the more common, the weaker the cue needed."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language="fr", name="FirstNameRecognizer")

    def load(self) -> None:
        gz.load()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        out = []
        for m in WORD.finditer(text):
            word = m.group(1)
            full = self._lower_full_name(word, text, m.end(1))
            if full:  # "sandrine lefèvre-dumas": a well-known first name, then a surname, both in lower case
                out.append(result("PERSON", (m.start(1), full), 0.75, "FirstNameRecognizer:lower-full-name", "high"))
                continue
            rule = self._rule(word, text, m.start(1), m.end(1))
            if rule:
                out.append(result("PERSON", self._with_surname(text, m.start(1), m.end(1)), 0.75, f"FirstNameRecognizer:{rule}", "high"))
        return out

    @staticmethod
    def _with_surname(text: str, start: int, end: int) -> tuple[int, int]:
        """The first name with a known surname written right before or after it: "Grondin Marie-Josée", "Loïc Le Gall"."""
        nxt = re.match(rf"\s+((?:(?:Le|La|De|Du|Da|Dos|Van|Ben|El)\s+)?(?:{CAP_WORD}|[{UP}]{{2,}}(?:-[{UP}]{{2,}})*))(?![\w'’-])", text[end:])
        if nxt and _surname(nxt.group(1)):
            end += nxt.end(1)
        prev = re.search(rf"(?<![\w'’-])((?:{CAP_WORD}|[{UP}]{{2,}}(?:-[{UP}]{{2,}})*))\s+$", text[max(0, start - 40) : start])
        if prev and (_surname(prev.group(1)) or _first_name_before(prev.group(1))):
            start -= len(prev.group(0))
        return start, end


    @staticmethod
    def _lower_full_name(word: str, text: str, end: int) -> int | None:
        """The end of "prénom nom" written in lower case, when both are known and neither is a French word."""
        if not word.islower() or _first_name_count(word) < LOWER_NAME or is_common_word(gz.fold(word)) or is_medical_word(word):
            return None
        nxt = re.match(rf"\s+([{LOW}]{{2,}}(?:['’-][{LOW}]{{2,}})*)(?![\w'’-])", text[end:])
        if nxt is None:
            return None
        parts = [gz.fold(p) for p in re.split(r"['’-]", nxt.group(1))]
        if all(gz.surnames().get(p, SURNAME_RANK + 1) <= SURNAME_RANK and not is_common_word(p) and not is_medical_word(p) and len(p) > 2
               for p in parts):
            return end + nxt.end(1)
        return None

    @staticmethod
    def _rule(word: str, text: str, start: int, end: int) -> str | None:  # noqa: PLR0911 - one reason per cue
        # "Rose-Aimée", "Marie-Line": first names joined are a first name, however rare the pair
        count = KNOWN_NAME if _joined_first_names(word) else _first_name_count(word)
        if (count < KNOWN_NAME or is_medical_word(word) or word.lower() in NOT_NAMES or is_eponym(word, text, start, EPONYM_SET)
                or names_a_disease(text[start : start + 40])):
            return None  # "pour Noël", "le Dr", "Lundi": days, feasts, honorifics are no one
        if word.isupper() and len(word) <= 4:
            return None  # an acronym
        before, after = text[max(0, start - 40) : start], text[end : end + 40]
        strong = ("strong-cue" if STRONG_BEFORE.search(before) else "role-before" if ROLE_BEFORE.search(before)
                  else "age-after" if AGE_AFTER.match(after) else "apposition" if APPOSITION_AFTER.match(after)
                  else "clitic-verb" if word[:1].isupper() and CLITIC_VERB_AFTER.match(after) else None)
        if not word[:1].isupper():  # "vu lucas", "inès 4a": well-known names only, never a word
            if count < LOWER_NAME:
                return None
            if is_common_word(gz.fold(word)):  # "sa sœur jade": a word is a name only after a possessive and a relation
                return "possessive-role" if POSSESSIVE_ROLE_BEFORE.search(before) else None
            if "-" in word and all(_first_name_count(p) >= KNOWN_NAME for p in word.split("-")):
                return "compound-first-name"  # "jean-pierre", "marie-claire": two first names joined are no French word
            if _lower_name_beside(before, after):
                return "list-of-names"  # "éloïse et baptiste": two well-known first names joined
            return strong or ("person-verb" if VERB_AFTER.match(after) else None)
        if strong or is_common_word(gz.fold(word)):  # "Rose", "Pierre", "Claire": a strong cue or nothing
            return strong
        if (count >= COMMON_NAME and VERB_AFTER.match(after)) or (count >= CLEAR_VERB_NAME and CLEAR_VERB_AFTER.match(after)):
            return "person-verb"
        if re.match(r"\s*,", after) and opens_sentence(text, start) and not word.isupper():
            return "opens-sentence"  # "Dimitri, pompier volontaire, …": who the sentence is about
        if count >= COMMON_NAME and (LIST_AFTER.match(after) or re.search(rf"[{UP}][{LOW}]+\s*(?:,|et)\s*$", before)):
            return "list-of-people"
        # Inside a sentence a capital marks a proper noun: a known first name there is a person, unless it names a product
        # ("sous Diane 35", "pilule Jasmine") or sits in a handle or a hashtag.
        if (not opens_sentence(text, start) and not word.isupper() and not re.search(r"[#@]\w*$", before)
                and not PRODUCT_BEFORE.search(before) and not re.match(r"\s*\d", after) and not _town(word)):
            return "capitalised-mid-sentence"
        return None




class SurnameRecognizer(EntityRecognizer):
    """A known surname (Insee) written with its capital inside a sentence ("vu avec Técher", "j'ai appelé Ribeiro"), or opening
    one before an auxiliary ("Ribeiro a 84 ans"); never a French or medical word, a first name, a commune, a drug or an eponym."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language="fr", name="SurnameRecognizer")

    def load(self) -> None:
        gz.load()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        out = []
        for m in re.finditer(rf"(?<![\w@#'’-])({CAP_WORD})(?![\w'’-])", text):
            word, start = m.group(1), m.start(1)
            key = gz.fold(word)
            if (gz.surnames().get(key, LONE_SURNAME_RANK + 1) > LONE_SURNAME_RANK or is_common_word(key) or is_medical_word(word)
                    or (key in gz.french_words() and gz.surnames().get(key, 0) > COMMON_SURNAME)
                    or _first_name_count(word) >= KNOWN_NAME or key in gz.communes() or key in countries_fr() or key in REGIONS
                    or key in NOT_NAMES or key in LEAD_WORDS or len(key) < 3 or is_eponym(word, text, start, EPONYM_SET)
                    or names_a_disease(text[max(0, start - 30) : m.end(1) + 30])):
                continue
            before, after = text[max(0, start - 40) : start], text[m.end(1) : m.end(1) + 40]
            if (PRODUCT_BEFORE.search(before) or re.search(r"[#@]\w*$", before) or re.search(r"(?i)\b(?:le|la|les|l'|l’)\s*$", before)
                    or PLACE_KIND_BEFORE.search(before)):
                continue  # "l'étang de Berre", "rue Pasteur": the name of a place, not a person
            if opens_sentence(text, start) and not CLEAR_VERB_AFTER.match(after):
                continue
            out.append(result("PERSON", m.span(1), 0.6, "SurnameRecognizer:capitalised-surname", "high"))
        return out


# "monsieur" or "madame" after a determiner is a noun ("un monsieur", "la dame", "ce monsieur"), not a title before a name;
# "le docteur" is a title either way ("le dr fauvel"), so only these words.
NOUN_HONORIFIC = re.compile(r"(?i)\b(?:une?|le|la|ce|cet|cette|du|au|ces|des|les|mon|ma|votre|notre)\s+"
                            r"(?:monsieur|madame|mademoiselle|messieurs|mesdames|dames?)\s+$")


class LowerSurnameRecognizer(RegexRecognizer):
    """An honorific followed by a surname written in lower case or misspelt: "mme leroux", "mr garnier 64a", "le dr fauvel"."""

    LABEL = "PERSON"
    PATTERNS: ClassVar = [("honorific-lower",
                           rf"(?i:\b{LOWER_HONORIFIC}\s+)"
                           rf"(?P<v>[{LOW}][{LOW}'’-]{{2,}})", 0.8, "high"),
                          # a family by its name in lower case: "la famille delmas", "chez les fabre"
                          ("family-lower", rf"(?i:\b(?:famille|chez\s+les)\s+)(?P<v>[{LOW}][{LOW}'’-]{{2,}})(?![\w'’-])", 0.75, "high"),
                          # note-taking: "patiente gomez 45a", "patient durand, 72 ans"
                          ("patient-lower-age", rf"(?i:\bpatiente?\s+)(?P<v>[{LOW}][{LOW}'’-]{{2,}})(?=\s*,?\s*\d{{1,3}}\s*(?:ans?|a)\b)",
                           0.75, "high")]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        key = gz.fold(value)
        if is_common_word(key) or is_medical_word(value) or _family_acts(key, text, start, end):
            return False
        if NOUN_HONORIFIC.search(text[max(0, start - 24) : start]):
            return False  # "un monsieur vient", "ce monsieur arrive": the word as a noun, then a verb, not a name
        if re.search(r"(?<![\w.])pr\s+$", text[max(0, start - 6) : start]) and key in gz.french_words():
            return False  # "pr contrôle": in a text message "pr" is "pour", not a professor
        if gz.surnames().get(key, SURNAME_RANK + 1) <= SURNAME_RANK or key in gz.first_names():
            return True
        elided = re.match(r"(?:qu|[cdjlmnst])['’](.+)", key)
        if elided and (is_common_word(elided.group(1)) or is_french_word(elided.group(1))):
            return False  # "docteur c'est Jessica", "mme n'est pas venue": an elided pronoun and a verb, not a registered name
        # a name no register lists ("mr oulad"), right after an honorific (not "famille"): anything that is no French word
        return (bool(HONORIFIC_BEFORE.search(text[max(0, start - 16) : start])) and len(key) >= 3 and not is_french_word(key)
                and key not in NOT_NAMES and key not in LEAD_WORDS)
