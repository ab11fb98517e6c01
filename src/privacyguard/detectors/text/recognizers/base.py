"""A Presidio recognizer driven by regular expressions with a value group, a validator and a severity."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from privacyguard.detectors.text.lexicon import alternatives

__all__ = ["CAP_WORD", "LOW", "NAME", "UP", "RegexRecognizer", "alternatives", "result"]

# Building blocks shared by the recognizers.
# Letters of names: French and Latin-1, and the Latin letters of other languages' names (Latin Extended A and B,
# Vietnamese): "Yılmaz", "Şahin", "Łukasiewicz", "Nguyễn", "Dvořák".
_EXTENDED = [chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00))]
UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
LOW = "a-zà-öø-ÿ" + "".join(c for c in _EXTENDED if c.islower())
CAP_WORD = rf"(?:[{UP}]['’])?[{UP}][{LOW}'’]+(?:-[{UP}{LOW}][{LOW}'’]*)*"  # Martin, Jean-Luc, O'Connor, N'Guessan
UPPER_WORD = rf"[{UP}]{{2,}}(?:-[{UP}]{{2,}})*"
# Particles inside a name, alone or in pairs: "Van den Berg", "Dos Santos", "de la Fontaine", "Ben Ali", "Ter Horst".
PARTICLE = (r"(?:(?:van|von)\s+(?:der|den|de)|de\s+la|de|du|des|d'|d’|le|la|van|von|vander|der|den|ben|bin|ibn|el|al|di|da|dos|das|del|"
            r"della|do|ter|ten|mac|af)")
NAME = rf"(?:{CAP_WORD}|{UPPER_WORD})(?:\s+(?:{PARTICLE}\s+)?(?:{CAP_WORD}|{UPPER_WORD})){{0,2}}"


def result(label: str, span: tuple[int, int], score: float, rule: str, severity: str) -> RecognizerResult:
    """A RecognizerResult that carries the rule that fired and its severity."""
    explanation = AnalysisExplanation(recognizer=rule, original_score=score, textual_explanation=rule)
    return RecognizerResult(label, span[0], span[1], score, explanation, {"rule": rule, "severity": severity})


class RegexRecognizer(EntityRecognizer):
    """Subclasses list (label, regex, score, severity) in PATTERNS; the group "v" is the value, if any."""

    LABEL: ClassVar[str] = "OTHER_ID"
    PATTERNS: ClassVar[list[tuple[str, str, float, str]]] = []  # (rule name, regex, score, severity)
    FLAGS: ClassVar[int] = 0

    def __init__(self) -> None:
        self._compiled = [(name, re.compile(rx, self.FLAGS), score, sev) for name, rx, score, sev in self.PATTERNS]
        super().__init__(supported_entities=[self.LABEL], supported_language="fr", name=type(self).__name__)

    def load(self) -> None:
        """Nothing heavy: patterns are compiled in the constructor."""

    def accept(self, value: str, text: str, start: int, end: int) -> bool:
        """Checksum or context check for a candidate (True to keep it)."""
        return True

    def severity_of(self, rule: str, severity: str, text: str, start: int) -> str:
        return severity

    def trim(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The span to report (a subclass may drop a word the pattern took along, "Chez" in "Chez Lucas")."""
        return start, end

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        out = []
        for rule, rx, score, severity in self._compiled:
            for m in rx.finditer(text):
                start, end = m.span("v") if "v" in rx.groupindex and m.group("v") else m.span()
                start, end = self.trim(text, start, end)
                if end > start and self.accept(text[start:end], text, start, end):
                    out.append(result(self.LABEL, (start, end), score, f"{type(self).__name__}:{rule}",
                                      self.severity_of(rule, severity, text, start)))
        return out
