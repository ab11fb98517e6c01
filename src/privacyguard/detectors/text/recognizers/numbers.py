"""Numbers that identify: NIR, IBAN, phone numbers, medical record ids, plates, other long numbers."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult

from privacyguard.detectors.text.recognizers.base import RegexRecognizer, result


class NirRecognizer(RegexRecognizer):
    """French social security number (NIR): 13 digits + 2-digit key, spaces allowed, Corsica 2A/2B; key checked."""

    LABEL = "NIR"
    PATTERNS: ClassVar = [(
        "nir",
        r"(?<![\d])(?P<v>[12]\s?\d{2}\s?(?:0[1-9]|1[0-2]|[2-9]\d)\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}(?:\s?\d{2})?)(?![\d])",
        0.95, "high",
    )]
    CONTEXT = re.compile(r"(?i)(sécu|secu|nir|n°\s*ss|sécurité sociale|securite sociale|carte vitale|\bins\b|immatriculation)")

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        from stdnum.fr import nir

        digits = re.sub(r"\s", "", value)
        if len(digits) == 15 and nir.is_valid(digits):
            return True
        return bool(self.CONTEXT.search(text[max(0, start - 60) : start]))


class IbanRecognizer(RegexRecognizer):
    """IBAN of any country, checked with its ISO 7064 key."""

    LABEL = "IBAN"
    PATTERNS: ClassVar = [("iban", r"\b(?P<v>[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)\b", 0.95, "high")]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        from stdnum import iban

        return bool(iban.is_valid(value))


class PhoneRecognizer(EntityRecognizer):
    """Phone numbers in every usual French form, found and validated by Google's libphonenumber."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PHONE"], supported_language="fr", name="PhoneRecognizer")

    def load(self) -> None:
        """phonenumbers is imported on first use."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        import phonenumbers

        found = [result("PHONE", (m.start, m.end), 0.95, "PhoneRecognizer:libphonenumber", "high")
                 for m in phonenumbers.PhoneNumberMatcher(text, "FR", leniency=phonenumbers.Leniency.POSSIBLE)]
        # A number that looks like a phone is a phone, assigned or not (fiction ranges, a digit missing or mistyped).
        for m in PHONE_LIKE.finditer(text):
            if not any(r.start < m.end() and m.start() < r.end for r in found):
                found.append(result("PHONE", m.span(), 0.8, "PhoneRecognizer:phone-like", "high"))
        # "IPP : 00983421": a labelled record number that happens to dial, a medical id (MedicalIdRecognizer's)
        return [r for r in found if not ID_LABEL_BEFORE.search(text[max(0, r.start - 30) : r.start])]


# 0X then pairs of digits (the last may have lost a digit), with the usual separators; or +33.
PHONE_LIKE = re.compile(r"(?<![\d/.,-])(?:(?:\+|00)33\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){3}[\s.-]?\d{1,2}(?![\d/]|[.,]\d)")


ID_CONTEXT = (r"IPP|NDA|NIP|RPPS|ADELI|FINESS|INS|n°\s*(?:de\s+)?(?:dossier|patient|séjour)|dossier(?:\s*(?:n°|no|num(?:éro)?\.?))?"
              r"|numéro\s+(?:de\s+)?(?:patient|séjour|dossier)|identifiant(?:\s+patient)?|id\s+patient|matricule")


ID_LABEL_BEFORE = re.compile(rf"(?i)\b(?:{ID_CONTEXT})\s*(?:[:#=]|n°|no)?\s*$")


class MedicalIdRecognizer(RegexRecognizer):
    """IPP, NDA, dossier, RPPS, ADELI numbers: the value after its label."""

    LABEL = "MEDICAL_ID"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = [(
        "labelled-id",
        rf"\b(?:{ID_CONTEXT})(?:\s+[a-zéèàç']+){{0,3}}?\s*(?:[:#=]|n°|no)?\s*(?P<v>[A-Z]{{0,4}}[-/]?\d[\dA-Z]*(?:[-/][\dA-Z]+)*)",
        0.9, "high",
    )]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        return sum(c.isdigit() for c in value) >= 3


class PlateRecognizer(RegexRecognizer):
    """Number plates: SIV (AB-123-CD) anywhere; the old 1234 AB 56 format only near a vehicle word."""

    LABEL = "PLATE"
    PATTERNS: ClassVar = [
        ("siv", r"\b(?P<v>[A-HJ-NP-TV-Z]{2}[- ]\d{3}[- ][A-HJ-NP-TV-Z]{2})\b", 0.9, "high"),
        ("fni", r"\b(?P<v>\d{1,4}\s?[A-Z]{1,3}\s?(?:\d{2}|2A|2B|97\d))\b", 0.6, "high"),
    ]
    CONTEXT = re.compile(r"(?i)(plaque|immatricul|voiture|véhicule|vehicule|moto|scooter|camion|auto\b|garée|garé)")

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        if re.fullmatch(r"[A-Z]{2}[- ]\d{3}[- ][A-Z]{2}", value):
            return True
        return bool(self.CONTEXT.search(text[max(0, start - 50) : end + 50]))


# Labels of the numbers an administration gives one person (a prison, the family allowance office, the tax office, a
# federation, an insurer, the police): the number after one of them is that person.
PERSON_NUMBERS = (r"(?:numéro\s+d['’]|n°\s*d['’])?écrou|allocataire|n°\s*CAF|numéro\s+fiscal|n°\s*fiscal|passeport|carte\s+d['’]identité|CNI|"
                  r"titre\s+de\s+séjour|permis\s+de\s+conduire|licence|licencié|adhérent|sinistre|procès-verbal|main\s+courante|"
                  r"plainte|n°\s*de\s+PV|badge|matricule\s+militaire|carte\s+(?:de\s+)?(?:mutuelle|tiers\s+payant)")


class LongNumberRecognizer(RegexRecognizer):
    """Other long numbers (8+ digits, or labelled with n°) that may identify someone."""

    LABEL = "OTHER_ID"
    PATTERNS: ClassVar = [
        ("long-number", r"(?<![\w.,/])(?P<v>\d{8,})(?![\w.,/])", 0.6, "medium"),
        ("numbered", r"\bn°\s*(?P<v>[A-Z0-9][A-Z0-9\-/]{4,})", 0.6, "medium"),
        # a person's number in an administration, after its label, its digits grouped or not: "écrou n° 458 213",
        # "n° d'allocataire 1234567", "passeport 12AB34567", "licence FFR 2019-04521"
        ("labelled-number", rf"(?i:\b(?:{PERSON_NUMBERS})\b\s*(?:n°|no|num(?:éro)?\.?|:|#)?\s*)"
                            r"(?P<v>(?:[A-Z]{1,4}[\s-]?)?\d[\dA-Z]*(?:[\s./-]\d[\dA-Z]*)*)(?![\w/-])", 0.8, "high"),
    ]

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        if re.fullmatch(r"(?:19|20)\d{2}(?:\s?[-/]\s?(?:19|20)?\d{2})?", value):
            return False  # a year or a season: "licence 2019-2020"
        return sum(c.isdigit() for c in value) >= 4 or bool(re.search(r"[A-Z]", value))  # not "sinistre 3 jours", "licence 3"
