"""The draft's text: check it, clean it, and check the cleaned text again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from privacyguard.core.report import Decisions, ItemReport
from privacyguard.core.settings import PersonalLists
from privacyguard.core.types import RAN, Category, Finding, Severity
from privacyguard.detectors.image_text import fuzzy_find, names_in
from privacyguard.detectors.text.checker import TextChecker
from privacyguard.pipeline.checks import Check
from privacyguard.redactors.text import TextStyle, platform_lengths, redact_text

DRAFT_CHECK = "identifiers"


def photo_names(items: Sequence[ItemReport]) -> list[str]:
    """Name-like words read in the photos, to look for in the draft."""
    return names_in([f for item in items for f in item.findings])


@dataclass(frozen=True)
class CleanText:
    """The cleaned draft, what was replaced, and what the re-check found."""

    source: str
    text: str
    replaced: tuple[str, ...]
    verification: dict[str, str]
    residual: tuple[Finding, ...]
    lengths: dict[str, tuple[int, int]]

    status = "ok"  # a cleaned draft is always produced (the text is in memory)

    @property
    def verified(self) -> bool:
        return all(v == RAN for v in self.verification.values()) and not self.residual

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "replaced": list(self.replaced), "verification": dict(self.verification),
                "residual": [f.to_dict() for f in self.residual], "verified": self.verified,
                "lengths": {k: {"length": n, "limit": lim} for k, (n, lim) in self.lengths.items()}}


class TextPipeline:
    """Owns the text checker (loaded on first use, about 5 s)."""

    def __init__(self, lists: PersonalLists | None = None, checker: TextChecker | None = None) -> None:
        self.lists = lists or PersonalLists()
        self.checker = checker or TextChecker()
        self._check = Check(self.checker.load)

    def load(self) -> str:
        return self._check.status()

    def analyze(self, text: str, name: str = "<texte>") -> ItemReport:
        """Check a draft; the item's findings carry ``span`` and ``label``."""
        status = self.load()
        findings = tuple(self.checker.find(text, self.lists)) if status == RAN else ()
        return ItemReport(path=name, status="ok", format="TEXT", checks={DRAFT_CHECK: status}, findings=findings)

    @staticmethod
    def cross_check(item: ItemReport, text: str, photo_terms: Sequence[str]) -> ItemReport:
        """``item`` plus the identifiers read in the photos that appear in the draft (allowing OCR errors)."""
        findings = list(item.findings)
        for term in photo_terms:
            span = fuzzy_find(term, text)
            if span and not any(f.span and f.span[0] < span[1] and span[0] < f.span[1] for f in findings):
                findings.append(Finding(f"text-{len(findings) + 1}", Category.TEXT, Severity.HIGH, 0.8,
                                        f"PERSON «{text[span[0]:span[1]]}» (also read in a photo)", "cross-check",
                                        span=span, label="PERSON", text=text[span[0] : span[1]]))
        return replace(item, findings=tuple(findings))

    def clean(self, item: ItemReport, text: str, decisions: Decisions, style: TextStyle = TextStyle.PLACEHOLDER) -> CleanText:
        """Replace the chosen spans, then check the result again (a finding kept on purpose is not residual)."""
        chosen = decisions.chosen(item)
        cleaned = redact_text(text, chosen, style)
        kept = {(f.text or "").lower() for f in item.findings if f not in chosen}
        status = self.load()
        residual: list[Finding] = []
        if status == RAN:
            residual = [f for f in self.checker.find(cleaned, self.lists)
                        if f.severity is not Severity.LOW and (f.text or "").lower() not in kept]
        return CleanText(item.path, cleaned, tuple(f.id for f in chosen), {DRAFT_CHECK: status}, tuple(residual),
                         platform_lengths(cleaned))
