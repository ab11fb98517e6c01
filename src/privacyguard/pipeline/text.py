"""The draft's text: check it, clean it, and check the cleaned text again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from privacyguard.core.report import Decisions, ItemReport
from privacyguard.core.settings import PersonalLists
from privacyguard.core.types import RAN, Category, Finding, Severity
from privacyguard.detectors.image_text import fuzzy_find_all, names_in
from privacyguard.detectors.text.checker import TextChecker
from privacyguard.detectors.text.repeats import IdentifierSet, spans_outside
from privacyguard.detectors.text.risk import assess
from privacyguard.pipeline.checks import Check
from privacyguard.redactors.text import TextStyle, platform_lengths, redact_text

DRAFT_CHECK = "identifiers"
# The cleaned draft is searched again; what the re-check finds is replaced and searched again, this many times.
TEXT_RECHECK_ROUNDS = 2


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
    risk: dict[str, object] | None = None  # what stays in the cleaned draft, judged (see detectors/text/risk.py)

    status = "ok"  # a cleaned draft is always produced (the text is in memory)

    @property
    def verified(self) -> bool:
        return all(v == RAN for v in self.verification.values()) and not self.residual

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "replaced": list(self.replaced), "verification": dict(self.verification),
                "residual": [f.to_dict() for f in self.residual], "verified": self.verified, "risk": self.risk,
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
        """Check a draft; the item's findings carry ``span`` and ``label``; its risk assumes the default removals."""
        status = self.load()
        findings = tuple(self.checker.find(text, self.lists)) if status == RAN else ()
        return self.with_risk(ItemReport(path=name, status="ok", format="TEXT", checks={DRAFT_CHECK: status}, findings=findings), text=text)

    def with_risk(self, item: ItemReport, decisions: Decisions | None = None, text: str = "") -> ItemReport:
        """``item`` with the risk of what stays in ``text`` once ``decisions`` (the defaults) are applied."""
        chosen = (decisions or Decisions()).chosen(item)
        return replace(item, risk=assess([f for f in item.findings if f not in chosen], self.lists.always, text).to_dict())

    @staticmethod
    def cross_check(item: ItemReport, text: str, photo_terms: Sequence[str]) -> ItemReport:
        """``item`` plus the identifiers read in the photos that appear in the draft (allowing OCR errors)."""
        findings = list(item.findings)
        for term in photo_terms:
            for span in fuzzy_find_all(term, text):
                if not any(f.span and f.span[0] < span[1] and span[0] < f.span[1] for f in findings):
                    findings.append(Finding(f"text-{len(findings) + 1}", Category.TEXT, Severity.HIGH, 0.8,
                                            f"PERSON «{text[span[0]:span[1]]}» (also read in a photo)", "cross-check",
                                            span=span, label="PERSON", text=text[span[0] : span[1]]))
        return replace(item, findings=tuple(findings))

    @staticmethod
    def repeats(item: ItemReport, text: str, identifiers: IdentifierSet) -> ItemReport:
        """``item`` plus every other place the post's identifiers appear in the draft ("Malo … Malo a été vu")."""
        taken = [f.span for f in item.findings if f.span]
        hits = spans_outside(identifiers.find(text), taken)
        if not hits:
            return item
        extra = tuple(Finding(f"text-{len(item.findings) + n}", Category.TEXT, it.severity, 0.9,
                              f"{it.label} «{text[s:e]}» (named elsewhere in the post)", "repeat", span=(s, e),
                              label=it.label, text=text[s:e])
                      for n, (s, e, it) in enumerate(hits, 1))
        return replace(item, findings=tuple(sorted(item.findings + extra, key=lambda f: f.span or (0, 0))))

    def clean(self, item: ItemReport, text: str, decisions: Decisions, style: TextStyle = TextStyle.PLACEHOLDER,
              identifiers: IdentifierSet | None = None) -> CleanText:
        """Replace the chosen spans, then look again, harder: the checker, and every identifier of the post
        (``identifiers``) and its parts anywhere in the cleaned text. What that finds is replaced and looked
        for again; whatever is still there makes the draft not verified. A finding kept on purpose is not residual."""
        chosen = decisions.chosen(item)
        kept_findings = [f for f in item.findings if f not in chosen]
        kept = {(f.text or "").lower() for f in kept_findings}
        identifiers = identifiers or IdentifierSet.of(chosen, self.lists.always)
        cleaned = redact_text(text, chosen, style)
        status = self.load()
        residual: list[Finding] = []
        more: list[Finding] = []
        for round_ in range(1 + TEXT_RECHECK_ROUNDS):
            residual = self._look_again(cleaned, identifiers, kept) if status == RAN else []
            if not residual or round_ == TEXT_RECHECK_ROUNDS:
                break
            more += residual
            cleaned = redact_text(cleaned, residual, style)
        ids = tuple(f.id for f in chosen) + tuple(f"recheck-{n}" for n in range(1, len(more) + 1))
        risk = assess(kept_findings, self.lists.always, text).to_dict()
        return CleanText(item.path, cleaned, ids, {DRAFT_CHECK: status}, tuple(residual), platform_lengths(cleaned), risk)

    def _look_again(self, cleaned: str, identifiers: IdentifierSet, kept: set[str]) -> list[Finding]:
        """The re-check of a cleaned draft: the checker (high and medium), then the post's identifiers anywhere."""
        found = [f for f in self.checker.find(cleaned, self.lists)
                 if f.severity is not Severity.LOW and (f.text or "").lower() not in kept]
        taken = [f.span for f in found if f.span]
        for s, e, it in spans_outside(identifiers.find(cleaned), taken):
            if cleaned[s:e].lower() not in kept:
                found.append(Finding(f"residual-{len(found) + 1}", Category.TEXT, it.severity, 1.0,
                                     f"{it.label} «{cleaned[s:e]}» (removed elsewhere, still here)", "recheck:repeat",
                                     span=(s, e), label=it.label, text=cleaned[s:e]))
        return sorted(found, key=lambda f: f.span or (0, 0))
