"""Addresses, postal codes, named institutions, cities after a service or a preposition, rare professions."""

from __future__ import annotations

import re
from typing import ClassVar

from privacyguard.detectors.text import gazetteers as gz
from privacyguard.detectors.text.lexicon import (
    COMMON_ABBREVIATIONS,
    EPONYM_SET,
    INSTITUTIONS,
    KNOWN_ORGS,
    LOCAL_TRADES,
    RARE_PROFESSIONS,
    SERVICES,
    countries_fr,
)
from privacyguard.detectors.text.recognizers.base import CAP_WORD, UP, RegexRecognizer, alternatives

STREET = (r"rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|allee|place|route|quai|cours|lieu-dit|lotissement|résidence|"
          r"square|passage|voie|sentier|hameau|rond-point|cité|domaine|chaussée|faubourg|montée|ruelle|venelle")
LINK = r"(?:de la|de l'|de l’|des|du|de|d'|d’|la|le|les|l'|l’|et|sur|en|lès|les|aux|au)"
PLACE_NAME = rf"(?:Saint|Sainte|St|Ste)?-?{CAP_WORD}(?:[\s-]+(?:{LINK}[\s-]*)?{CAP_WORD}){{0,4}}"
ORG_NAME = rf"(?:{LINK}\s*)?(?:[{UP}][\w'’]*|\d+)(?:[\s-]+(?:{LINK}\s*)?(?:[{UP}][\w'’]*(?:-[\w'’]+)*|\d+)){{0,5}}"


NATURAL_PLACES = (r"plage|anse|pointe|morne|ravine|îlet|ilet|forêt|foret|bois|lac|étang|etang|col|baie|calanque|crique|gorges|"
                  r"cascade|grotte|dune|marais|massif|causse|plateau|presqu'île|presqu’île|vallon|cirque|piton|"
                  # named landmarks of a town, one spot too: "sous le pont Wilson", "le parc de la Tête d'Or", "gare Saint-Roch"
                  r"pont|passerelle|viaduc|parc|jardin|esplanade|gare|cimetière|base\s+de\s+loisirs|"
                  # a resort: "la station des Deux Alpes", "station de ski de Val Thorens"
                  r"station(?:\s+(?:de\s+ski|de\s+métro|balnéaire|thermale))?")
# Generic kinds of hospital, not one of them: "au CHU", "le GHT"; any other acronym of the family names one ("au CHUV", "au CHUM").
GENERIC_HOSPITALS = frozenset({"CHU", "CHR", "CHRU", "CHI", "CHIC", "CHS", "CHT", "CHG", "CHD", "CHM", "CHSLD", "GHT", "GHU", "CHP",
                               "CHOP", "CHOEP", "CHADS", "CHAMP", "CHARGE", "CHAOS", "CHAT"})
CLINIC_BEFORE = frozenset({"la", "une", "à", "de", "en", "sa", "ma", "notre", "votre", "leur", "cette", "depuis", "vers", "dans", "et",
                           "ou", "par", "pour", "sur", "chez"})


def not_a_country(value: str) -> bool:
    return value.lower() not in countries_fr()


class AddressRecognizer(RegexRecognizer):
    """A street address ("22 chemin des Vignes") or a postal code with its town ("33000 Bordeaux")."""

    LABEL = "LOCATION"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = [
        ("street",
         rf"(?P<v>\b\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+(?:{STREET})\s+(?:{LINK}\s*)?(?-i:[{UP}][\w'’\-]*)(?:\s+(?-i:[{UP}][\w'’\-]*)){{0,3}})",
         0.9, "high"),
        ("street-town", rf"\b\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+(?:{STREET})\s+[^,.;\n]{{2,40}},\s*(?:\d{{5}}\s+)?(?P<v>(?-i:{PLACE_NAME}))",
         0.8, "medium"),
        # a street named without its number: "la rue des Acacias", "avenue Victor-Hugo", "impasse du Moulin"
        ("street-named", rf"\b(?P<v>(?:rue|avenue|boulevard|bd|impasse|allée|chemin|quai|square|ruelle|venelle|faubourg|rond-point|"
                         rf"route)\s+(?:{LINK}\s*)?(?-i:[{UP}][\w'’\-]*)(?:\s+(?:{LINK}\s*)?(?-i:[{UP}][\w'’\-]*)){{0,3}})", 0.8, "high"),
        # an island is a small place: "île d'Ouessant", "île de Sein" (not the region "Île-de-France")
        ("island", rf"\b(?:île|ile)\s+(?:de\s+la|de|du|d'|d’|aux)\s*(?P<v>(?-i:{PLACE_NAME}))", 0.8, "medium"),
        # a named natural place is one spot: "la plage des Hattes", "l'anse Caritan", "le bois de Vincennes", "col du Galibier"
        ("natural-place", rf"\b(?P<v>(?:{NATURAL_PLACES})\s+(?:(?:de\s+la|de\s+l'|de\s+l’|du|des|de|d'|d’)\s*)?(?-i:{PLACE_NAME}))",
         0.75, "medium"),
        ("lieu-dit", rf"\b(?:lieu-dit|lieudit|hameau|lotissement)\s+(?P<v>(?:(?:les|le|la|l'|l’)\s*)?(?-i:{PLACE_NAME}))", 0.85, "high"),
        ("district", rf"\bquartier\s+(?:de\s+la|de\s+l'|de\s+l’|du|des|de|d'|d’)\s*(?P<v>(?-i:{PLACE_NAME}))", 0.8, "medium"),
        ("postcode", rf"(?<!\d)(?P<v>(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97)\d{{3}}\s+(?-i:{PLACE_NAME}))", 0.85, "high"),
        # on letters and records the town after the postcode is in capitals (La Poste's norm): "19250 MEYMAC", "07100 ROIFFIEUX"
        # the postcode also without its leading zero or cut by the photo's edge ("7100 ANNONAY"), never a year ("2024 MARS")
        ("postcode-capitals", rf"(?<!\d)(?P<v>(?:(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97)\d{{3}}|(?!19|20)[1-9]\d{{3}})\s+"
                              rf"(?-i:[{UP}]{{2,}}(?:[\s'’-]+[{UP}]{{2,}}){{0,4}}))"
                              rf"(?![\w'’-])", 0.85, "high"),
        ("postcode-after-town", rf"(?-i:[{UP}][\w'’\-]+),\s*(?P<v>(?:0[1-9]|[1-8]\d|9[0-5]|97)\d{{3}})(?!\d|[,.]\d)", 0.8, "high"),
    ]


    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        kind = re.match(rf"(?i)(?:{NATURAL_PLACES})\s+(?:de|d['’])\s*", value)  # "le pont de Varole"; not "le pont Wilson"
        if kind and all(w.lower() in EPONYM_SET for w in re.split(r"[\s-]+", value[kind.end() :]) if w):
            return False  # anatomy, not a landmark: "le pont de Varole"
        caps = re.fullmatch(r"\S+\s+([^a-zà-ÿ]+)", value)
        if caps and caps.group(1).isupper():  # "25000 UI" is a dose: capitals after a postcode must begin with a commune's name
            shortest = 3 if re.match(r"\d{4}\s", value) else 1  # after four digits, not "Y" or "Eu": the number may be any
            return any(gz.fold(name) in gz.communes() and len(name) >= shortest for name in gz.starts(caps.group(1)))
        return True


class InstitutionRecognizer(RegexRecognizer):
    """Named hospitals, clinics, EHPADs, schools, clubs, employers: the whole "CHU de Bordeaux"."""

    LABEL = "ORGANIZATION"
    PATTERNS: ClassVar = [
        ("institution", rf"(?i:\b(?P<v>(?:{alternatives(INSTITUTIONS)})\s+(?-i:{ORG_NAME})))", 0.85, "medium"),
        ("club", rf"\b(?P<v>(?:{CAP_WORD}\s+)+(?:Club|FC|Association|Clinique|Institut|Hôpital|Lycée|Collège|École)(?:\s+{CAP_WORD}){{0,3}})",
         0.8, "medium"),
        ("known", rf"(?i:\b(?P<v>{alternatives(KNOWN_ORGS)})\b)", 0.7, "medium"),
        # a hospital by its own acronym after an article: "au CHUV", "le CHUM", "aux HUG", "à l'AP-HM" (not "au CHU", "R-CHOP")
        ("hospital-acronym", r"(?i:\b(?:au|aux|du|des|le|la|les|à\s+l['’]|de\s+l['’]|l['’])\s*)"
                             r"(?P<v>(?:CH|HU|GH|HC|AP-?H)[A-Z]{1,3})(?![\w-])", 0.75, "medium"),
    ]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        words = value.split()
        if (re.search(r"(?i)\b(?:français(?:e|es)?|nationale?s?|européen(?:ne)?s?|internationale?s?|mondiale?s?|savante)\b", value)
                or re.match(r"(?i)stade\s+(?:[IVX]+|\d+|[A-D])\b", value)):
            return False  # "Société française de cardiologie": a national body; "stade II": a stage, not a stadium
        if value.lower() in COMMON_ABBREVIATIONS and value.lower() in KNOWN_ORGS:
            return bool(re.search(r"(?i)\b(?:chez|à la|banque|agence|employée?|travaille)\s+$", text[max(0, start - 20) : start]))  # BNP: a lab test
        # "chemin clinique de…", "examen clinique du…": the adjective, not a clinic
        prev = re.search(r"([\w'’]+)\s+$", text[max(0, start - 30) : start])
        if words[0].lower() == "clinique" and prev and prev.group(1).islower() and prev.group(1) not in CLINIC_BEFORE:
            return False
        if re.fullmatch(r"(?:CH|HU|GH|HC|AP-?H)[A-Z]{1,3}", value):
            return value not in GENERIC_HOSPITALS and value.lower() not in COMMON_ABBREVIATIONS
        if value.lower() in KNOWN_ORGS:
            return value.isupper() or value[:1].isupper() or len(value) > 4
        # a kind and a number is no name ("salle 3"); a name may end with its number ("université Rennes 2", "Paris 8")
        return len(words) >= 2 and not (re.fullmatch(r"\d+", words[-1]) and not any(w[:1].isupper() for w in words[1:-1]))


# Units of the armed forces by their number: the Army's own acronyms (régiment d'infanterie, de parachutistes…, bataillon de
# chasseurs…), not any acronym after an ordinal ("2e RDV", "3e RCP": a second appointment, a third case meeting).
# Those that are also medical abbreviations are left out ("2e RA", "1er RT": an aortic stenosis, a radiotherapy).
UNIT_ACRONYMS = ("RI", "RIMa", "RPIMa", "RIAOM", "REP", "REI", "REC", "REG", "RAMa", "RHC", "RHP", "RMT", "RCh", "RSMA", "RMAT",
                 "RTir", "BCA", "BCP", "BIMa", "BSMAT", "DBLE", "GCM")
UNIT_WORDS = r"régiment|bataillon|escadron|escadrille|flottille|demi-brigade"  # not "compagnie", "division": "3e compagnie d'assurance"
VESSELS = (r"frégate|corvette|porte-avions|porte-hélicoptères|sous-marin|navire|bâtiment|patrouilleur|aviso|chalutier|thonier|"
           r"paquebot|cargo|pétrolier|ferry|voilier|remorqueur|caboteur|bateau|BPC|chaland|dragueur|ravitailleur")


class UnitRecognizer(RegexRecognizer):
    """A soldier's or a sailor's unit: where they serve is their employer, and a ship's crew is a few dozen people. A unit by
    its number ("3e RPIMa", "le 92e régiment d'infanterie", "base aérienne 118"), a ship by its name after its kind or
    "à bord du" ("la frégate Aquitaine", "à bord du Marion Dufresne")."""

    LABEL = "ORGANIZATION"
    PATTERNS: ClassVar = [
        ("numbered-unit", rf"\b(?P<v>\d{{1,3}}\s?(?:e|er|ère|ème|ᵉ|ᵉʳ)\s+(?:(?:{'|'.join(UNIT_ACRONYMS)})(?![\w-])"
                          rf"|(?i:{UNIT_WORDS})(?:\s+(?:d['’]|de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+)?[\w-]+){{0,2}}"
                          rf"(?=[\s,.;:!?)]|$)))", 0.8, "medium"),
        ("air-base", r"(?i:\b(?P<v>(?:base\s+a[ée]rienne|BA|base\s+a[ée]ronavale|BAN)\s+\d{2,3}))\b", 0.8, "medium"),
        ("ship", rf"(?:(?i:\b(?:{VESSELS})\s+(?:de\s+(?:pêche|croisière|commerce|guerre)\s+)?)|(?i:\bà\s+bord\s+(?:du|de\s+la|de\s+l['’]|de)\s*))"
                 rf"(?P<v>{CAP_WORD}(?:[\s-]+(?:{LINK}[\s-]*)?{CAP_WORD}){{0,3}})", 0.75, "medium"),
    ]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        if re.match(r"\d|(?i:base|ban?)\s", value):  # a unit or a base by its number
            return True
        return not_a_country(value) and value.lower() not in COMMON_ABBREVIATIONS


class ServiceCityRecognizer(RegexRecognizer):
    """The city in "urgences de Dax", "cardio de Chambéry", "SAMU de Lyon"."""

    LABEL = "LOCATION"
    PATTERNS: ClassVar = [("service-city", rf"(?i:\b(?:{alternatives(SERVICES)})\s+(?:de|d'|d’|du)\s*)(?P<v>{PLACE_NAME})", 0.8, "medium")]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        return not_a_country(value)


class RareProfessionRecognizer(RegexRecognizer):
    """Professions rare enough to point at one person in a small town (low severity)."""

    LABEL = "OTHER_ID"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = [("profession", rf"\b(?P<v>(?:{alternatives(RARE_PROFESSIONS)}))\b", 0.6, "low")]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        return not re.search(r"(?i)(le|la|du|au)\s+$", text[max(0, start - 4) : start]) or "phare" in value.lower()


PLACE_WORDS = (r"(?:village|commune|canton|bourg|quartier|île|ile|vallée|vallee|coin|ville|secteur|hameau|immeuble|résidence|rue|"
               r"lotissement|cité|bled)")
MY = r"(?:notre\s+|mon\s+|ma\s+|leur\s+)?"  # "de notre vallée"
SMALL_PLACE = r"(?:village|commune|canton|bourg|quartier|île|ile|vallée|vallee|coin|hameau|immeuble|résidence|lotissement|cité|paroisse|bled)"


class QuasiIdentifierRecognizer(RegexRecognizer):
    """What points at one person in a small place with no name at all (low severity, for the doctor to decide):
    a unique role in a place ("le seul kiné du village"), a local office ("l'adjointe au maire", "le curé",
    "la doyenne de Pontarlier"), a bed, box, room or bib number, a door code."""

    LABEL = "OTHER_ID"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = [
        ("unique-role", rf"\b(?P<v>(?:le|la|l'|l’)\s*(?:seule?|unique|dernière?|premièr?e?|plus\s+(?:âgée?|vieux|vieille|jeune))\s+"
                        rf"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:du|de\s+la|de\s+l'|de\s+l’|des|de)\s*{MY}{PLACE_WORDS})\b", 0.7, "low"),
        # a trade named by its place: "le boucher de la commune", "la pharmacienne du bourg", "le véto du coin"
        ("local-trade", rf"\b(?P<v>(?:le|la|l'|l’)\s*(?:{alternatives(LOCAL_TRADES)})\s+(?:du|de\s+la|de\s+l'|de\s+l’|de)\s*{MY}{SMALL_PLACE})\b",
         0.7, "low"),
        # the only one for miles: "le seul kiné à 30 km à la ronde", "la seule orthophoniste des environs"
        ("only-around", r"\b(?P<v>(?:le|la|l'|l’)\s*seule?\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:à\s+\d+\s*km(?:\s+à\s+la\s+ronde)?|"
                        r"à\s+la\s+ronde|des\s+environs|du\s+secteur|du\s+coin|dans\s+le\s+secteur|dans\s+le\s+coin))", 0.7, "low"),
        ("local-office", r"\b(?P<v>(?:l'|l’|le\s+|la\s+)(?:adjointe?\s+au\s+maire|maire(?:\s+adjointe?)?|curé|pasteure?|rabbin|imam|"
                         r"garde[- ]champêtre|secrétaire\s+de\s+mairie|instit(?:utrice|uteur)?|directrice\s+de\s+l'école|"
                         r"directeur\s+de\s+l'école|boulang(?:ère|er)\s+du\s+village|facteur|factrice))(?=[\s,.;:!?)]|$)", 0.6, "low"),
        ("eldest-of", rf"\b(?P<v>(?:le|la)\s+doyenn?e?\s+(?:de|d'|d’|du)\s*"
                      rf"(?-i:{CAP_WORD}(?:[\s-]+{CAP_WORD})*|(?:la\s+)?{PLACE_WORDS}))", 0.7, "low"),
        ("numbered-place", r"\b(?P<v>(?:lit|box|chambre|ch\.|dossard|bureau|cellule|porte|bât\.|bâtiment|brancard)\s*"
                           r"(?:n°|no|numéro)?\s*\d{1,4}[a-z]?)\b", 0.6, "low"),
        # a part of a hospital by its letter: "au bâtiment H", "aile B" (an address's "bât. C" is part of the address)
        ("lettered-place", r"\b(?P<v>(?:bâtiment|aile|pavillon|secteur)\s+(?-i:[A-Z])(?:\d{1,2})?)(?![\w'’-])", 0.6, "low"),
        ("door-code", r"\b(?:code\s+d['’]entrée|digicode|code\s+porte|code\s+portail|code\s+de\s+la\s+porte)\s*:?\s*(?P<v>[0-9A-Z]{3,8})\b",
         0.8, "low"),
    ]


LOC_PREPOSITION = re.compile(r"(?i)(?:\bà|\ba|\bhabite(?:\s+à)?|\bvit\s+à|originaire\s+de|résidant\s+à|domiciliée?\s+à|près\s+de|"
                             r"\bvers|\bsur|\bde|\bd'|\bd’|\ben)\s*$")
TRAVEL_BEFORE = re.compile(r"(?i)(retour|voyage|séjour|vacances|provenance|rentrée?|revient|revenue?|partie?|expatriée?|mission)"
                           r"\s+(?:\w+\s+){0,2}(?:à|de|d'|du|au|en)\s*$")
