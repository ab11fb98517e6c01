"""The recognizers the checker runs: a literal list (no discovery, so a frozen build finds them all)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from privacyguard.detectors.text.recognizers.communes import (
    CommuneRecognizer,
    DatelineRecognizer,
    NamedAfterTownRecognizer,
    PostcodeRecognizer,
)
from privacyguard.detectors.text.recognizers.dates import AgeAfterNameRecognizer, AgeRecognizer, DateRecognizer, MeasuredAgeRecognizer
from privacyguard.detectors.text.recognizers.gazetteer import FirstNameRecognizer, LowerSurnameRecognizer, SurnameRecognizer
from privacyguard.detectors.text.recognizers.model import ModelRecognizer
from privacyguard.detectors.text.recognizers.numbers import (
    IbanRecognizer,
    LongNumberRecognizer,
    MedicalIdRecognizer,
    NirRecognizer,
    PhoneRecognizer,
    PlateRecognizer,
)
from privacyguard.detectors.text.recognizers.people import (
    ContextNameRecognizer,
    HashtagNameRecognizer,
    HonorificRecognizer,
    KinshipRecognizer,
    NicknameRecognizer,
)
from privacyguard.detectors.text.recognizers.places import (
    AddressRecognizer,
    InstitutionRecognizer,
    QuasiIdentifierRecognizer,
    RareProfessionRecognizer,
    ServiceCityRecognizer,
    UnitRecognizer,
)
from privacyguard.detectors.text.recognizers.web import EmailRecognizer, HandleRecognizer, UrlRecognizer


def french_recognizers() -> list[EntityRecognizer]:
    return [
        NirRecognizer(), IbanRecognizer(), PhoneRecognizer(), MedicalIdRecognizer(), PlateRecognizer(), LongNumberRecognizer(),
        DateRecognizer(), AgeRecognizer(), EmailRecognizer(), UrlRecognizer(), HandleRecognizer(),
        HonorificRecognizer(), KinshipRecognizer(), ContextNameRecognizer(), HashtagNameRecognizer(), NicknameRecognizer(),
        AddressRecognizer(), InstitutionRecognizer(), ServiceCityRecognizer(), RareProfessionRecognizer(), UnitRecognizer(), ModelRecognizer(),
        FirstNameRecognizer(), LowerSurnameRecognizer(), CommuneRecognizer(), NamedAfterTownRecognizer(), PostcodeRecognizer(), DatelineRecognizer(),
        QuasiIdentifierRecognizer(), AgeAfterNameRecognizer(), MeasuredAgeRecognizer(), SurnameRecognizer(),
    ]
