"""Places from real knowledge: every French commune (Etalab) and postcode (La Poste).

Each rule is a family with its own row in the tests (what it flags and what it must leave alone):
- a commune after "à / de / vers / près de / né(e) à / quartier de", in a hashtag, and the
  organisations named after one ("collège de Millau", "gendarmerie de Privas", "SDIS 29");
  written in lower case, only when it is no French word ("à réquista", not "de cheville");
- a postcode on its own when it is a real one and the context is an address, a département number
  after "dans le".
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult

from privacyguard.detectors.text import gazetteers as gz
from privacyguard.detectors.text.lexicon import EPONYM_SET, REGIONS, countries_fr
from privacyguard.detectors.text.recognizers.base import CAP_WORD, LOW, RegexRecognizer, result
from privacyguard.detectors.text.recognizers.gazetteer import is_french_word, is_medical_word
from privacyguard.detectors.text.recognizers.medical import is_eponym
from privacyguard.detectors.text.recognizers.places import TRAVEL_BEFORE
from privacyguard.detectors.text.repeats import is_common_word

PLACE = rf"(?:(?:Saint|Sainte|St|Ste|La|Le|Les|L'|L’)[\s-]?)?{CAP_WORD}(?:-(?:[{LOW}]{{1,3}}-)?{CAP_WORD}){{0,4}}"
PLACE_BEFORE = re.compile(r"(?i)(?:\bà|\bau|\bde|\bd'|\bd’|\bvers|\bprès\s+de|\bnée?\s+à|\bhabite(?:\s+à)?|\bvit\s+à|\boriginaire\s+de|"
                          r"\bquartier\s+(?:de\s+la|de\s+l'|du|des|de)|\bsur|\ben|#|"
                          r"\b(?:in|at|from|near)(?=\s))\s*$")  # French mixed with English: "the talk in Albi"
ARTICLE_BEFORE = re.compile(r"(?i)\b(au|aux|du|des)\s+$")


# A commune written in lower case (a draft dictated to a phone, typed in a hurry): only after a cue that names a place,
# and only a name that is no French word at all ("à millau", "route de camarès", "de sainte-radegonde"; not "de cheville").
LOWER_PLACE = re.compile(rf"(?<![\w'’-])(?P<v>[{LOW}]{{3,}}(?:-[{LOW}]+)*)(?![\w'’-])")
LOWER_PLACE_BEFORE = re.compile(r"(?i)(?:\bà|\bde|\bd'|\bd’|\bvers|\bprès\s+de|\bnée?\s+à|\bhabite(?:\s+à)?|\bvit(?:\s+seule?)?\s+à|"
                                r"\boriginaire\s+de|#)\s*$")


class CommuneRecognizer(EntityRecognizer):
    """A French commune (every one, from Etalab's list) after a place cue, or as a hashtag; not a region, not a word.
    Written in lower case, it must be no French word (Dicollecte's dictionary) and follow "à", "de", "vers", "né à"…"""

    def __init__(self) -> None:
        super().__init__(supported_entities=["LOCATION"], supported_language="fr", name="CommuneRecognizer")
        self._rx = re.compile(rf"(?<![\w'’-])(?P<v>{PLACE})(?![\w'’])")

    def load(self) -> None:
        gz.load()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        out = []
        last = -1  # where the last commune found ends: "à Tarbes ou Pau", "Tarbes, Pau et Lourdes" share their cue
        for m in self._rx.finditer(text):
            value = m.group("v")
            commune = self._commune(value)
            if commune is None:
                hit = self._after_article(value, text, m.start("v"))
                if hit:
                    out.append(result("LOCATION", (m.start("v"), m.start("v") + len(hit)), 0.8, "CommuneRecognizer:article", "medium"))
                continue
            s, e = m.start("v"), m.start("v") + len(commune)
            before = text[max(0, s - 30) : s]
            listed = last >= 0 and re.fullmatch(r"\s*(?:,|/|\bet\b|\bou\b)\s*", text[last:s]) is not None
            if not (PLACE_BEFORE.search(before) or listed) or TRAVEL_BEFORE.search(before) or is_eponym(text[s:e], text, s, EPONYM_SET):
                continue
            if is_common_word(gz.fold(text[s:e])) and not re.search(r"(?i)(?:\bà|#|\bnée?\s+à|\bvit\s+à|\bhabite\s+à)\s*$", before):
                continue  # "Vue", "Bar", "Sains": a word first, a commune only right after "à"
            out.append(result("LOCATION", (s, e), 0.8, "CommuneRecognizer:commune", "medium"))
            last = e
        out += [result("LOCATION", span, 0.7, "CommuneRecognizer:lower-case", "medium") for span in self._lower_case(text)]
        return out

    @staticmethod
    def _lower_case(text: str) -> list[tuple[int, int]]:
        out = []
        for m in LOWER_PLACE.finditer(text):
            key = gz.fold(m.group("v"))
            before = text[max(0, m.start() - 30) : m.start()]
            if (len(key) < 4 or key not in gz.communes() or is_french_word(key) or is_common_word(key) or key in countries_fr()
                    or key in REGIONS or key in gz.departements() or is_medical_word(m.group("v"))
                    or not LOWER_PLACE_BEFORE.search(before) or TRAVEL_BEFORE.search(before)):
                continue
            out.append(m.span("v"))
        return out

    def _after_article(self, value: str, text: str, start: int) -> str | None:
        """"au Croisic", "du Havre", "aux Mureaux": the commune's article merged with "à" or "de" (Le Croisic, Les Mureaux)."""
        art = ARTICLE_BEFORE.search(text[max(0, start - 8) : start])
        if art is None or TRAVEL_BEFORE.search(text[max(0, start - 30) : start]) or is_eponym(value, text, start, EPONYM_SET):
            return None
        article = "les " if art.group(1).lower() in ("aux", "des") else "le "
        for name in gz.starts(value):
            if is_common_word(gz.fold(name)) or len(name) < 3:
                continue
            if gz.fold(article + name) in gz.communes():
                return name
            if art.group(1).lower() == "au" and gz.fold(name) in gz.communes() and gz.fold(name) not in gz.departements():
                return name  # "au Guilvinec": officially without its article
        return None

    @staticmethod
    def _commune(value: str) -> str | None:
        """The longest start of ``value`` that is a commune (not a country, a region or a département)."""
        for name in gz.starts(value):
            key = gz.fold(name)
            if key in gz.communes() and key not in countries_fr() and key not in REGIONS and key not in gz.departements():
                if len(key) < 3:
                    return None
                return name
        return None


CHAINS = (r"Leclerc|E\.?\s?Leclerc|Carrefour(?:\s+Market)?|Auchan|Intermarché|Super\s+U|Hyper\s+U|Système\s+U|Casino|Géant|Lidl|Aldi|"
          r"Monoprix|Franprix|Netto|Leader\s+Price|Cora|Biocoop|Décathlon|Decathlon|Leroy\s+Merlin|Castorama|Brico\s+Dépôt|"
          r"Ikea|McDonald's|McDo|Buffalo\s+Grill|Gifi|Norauto|Feu\s+Vert")


class NamedAfterTownRecognizer(RegexRecognizer):
    """Organisations named after a town or a département: "collège de Millau", "gendarmerie de Privas",
    "centre de santé de Saint-Lô", "SDIS 29", "FC Lunel"; and the well-known hospitals by their name ("la Timone")."""

    LABEL = "ORGANIZATION"
    BODIES = (r"collège|lycée|école|gendarmerie|commissariat|caserne|mairie|centre\s+de\s+santé|maison\s+de\s+santé|centre\s+hospitalier|"
              r"hôpital|clinique|ehpad|crèche|maternité|pharmacie|cabinet|centre\s+médical|centre\s+social|foyer|piscine|prison|"
              r"maison\s+d'arrêt|centre\s+pénitentiaire|sous-préfecture|préfecture|tribunal|bibliothèque|médiathèque")
    PATTERNS: ClassVar = [
        ("body-of-town", rf"(?i:\b(?P<v>(?:{BODIES})\s+(?:de|d'|d’|du)\s*(?-i:{PLACE})))", 0.8, "medium"),
        ("service-number", r"\b(?P<v>(?:SDIS|SAMU|SMUR|CPAM|CAF|MDPH|ARS|CHU|CH)\s+(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]))\b", 0.8, "medium"),
        ("club-town", rf"\b(?P<v>(?:FC|AS|US|RC|SC|SO|AC|ES|JA|Stade|Olympique|Racing|Union\s+sportive)\s+{PLACE})", 0.75, "medium"),
        # a chain's shop by its town, the place someone works or lives near: "le Leclerc de Saint-Lô", "Décathlon de Rodez"
        ("shop-of-town", rf"\b(?P<v>(?:{CHAINS})\s+(?:de|d'|d’|du)\s*{PLACE})", 0.8, "medium"),  # as written: "le match de Nancy" is none
        ("known-hospital", r"(?i:\b(?P<v>(?:la\s+)?(?:Timone|Pitié(?:-Salpêtrière)?|Salpêtrière|Necker|Bichat|Lariboisière|Cochin|"
                           r"Hôtel-Dieu|Trousseau|Robert-Debré|Purpan|Rangueil|Pellegrin|Kremlin-Bicêtre|Bicêtre|"
                           r"Lyon-Sud|Femme-Mère-Enfant|Hautepierre|Brabois|Pontchaillou|Cavale-Blanche|"
                           r"Charles-Nicolle|Archet|Pasteur\s+2|Nord\s+Marseille|Conception|Bretonneau|Clocheville|Dupuytren)))\b",
         0.7, "medium"),
    ]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        if re.match(r"(?i)(?:la\s+)?(?:trousseau|dupuytren|pasteur|conception|archet|cochin|necker|bichat)\b", value):
            # Also signs, diseases and common words: a hospital only after "à / transfert / aux urgences de…"
            return bool(re.search(r"(?i)(?:\bà|\ben|transf[ée]r\w*\s+(?:à|vers)|hospitalis\w+\s+à|urgences\s+de|service\s+de)\s*(?:la\s+)?$",
                                  text[max(0, start - 40) : start]))
        return True


class PostcodeRecognizer(RegexRecognizer):
    """A postcode on its own ("adresse au 46100") when it is a real one and the context is an address or a place;
    a département number after "dans le / en / du" ("je remplace dans le 23")."""

    LABEL = "LOCATION"
    PATTERNS: ClassVar = [
        ("postcode-alone", r"(?i:\b(?:au|code\s+postal|cp|adresse|habite|vit|domiciliée?|secteur|commune|quartier|,|\()\s*:?\s*)"
                           r"(?P<v>\d{5})(?!\d|[,.]\d)", 0.75, "high"),
        ("departement-number", r"(?i:\b(?:dans\s+le|dans\s+l'|en|du|au|le)\s+)(?P<v>0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\b"
                               r"(?!\s*(?:ans?|%|mg|g|h|min|jours?|mois|kg|cm|mm|°|/|\.|,\d|ml|mmhg|sa|semaines?|fois|x|ui|µ))", 0.6, "medium"),
    ]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        if len(value) == 5:
            return value in gz.postcodes()
        before = text[max(0, start - 20) : start].lower()
        return bool(re.search(r"(?:dans le|dans l'|remplace\w*\s+(?:dans|en) le|installée?\s+dans le)\s*$", before))


class DatelineRecognizer(RegexRecognizer):
    """The town of a letter's date line: "Yssingeaux, le 11/09/2024", "Fait à Voglans, le 3 mars 2025" (a commune's name)."""

    LABEL = "LOCATION"
    # "le" may be glued to the day where a reader dropped the space ("Dieulouard, le15/08/2024")
    PATTERNS: ClassVar = [("dateline", rf"(?P<v>{PLACE})\s*,\s*le\s*(?=(?:\d{{1,2}}|1er|premier)\b)", 0.8, "medium")]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        return gz.fold(value) in gz.communes() and not is_eponym(value, text, start, EPONYM_SET)
