"""The report: one item per input file, with which checks ran and what they found.

Its JSON form is the contract read by the CLI, the GUI, batch mode and external checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from privacyguard.core.types import RAN, BBox, Finding, Severity


@dataclass(frozen=True)
class ItemReport:
    """What ``analyze`` learnt about one file. ``status`` is "ok" or "error"."""

    path: str
    status: str
    width: int = 0
    height: int = 0
    format: str = ""
    sha256: str = ""
    error: str | None = None
    checks: dict[str, str] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()
    risk: dict[str, object] | None = None  # a draft's re-identification risk once the chosen removals are made
    checklist: tuple[tuple[str, bool], ...] = ()  # a photo's distinctive marks to ask about, each with a hint (pipeline/checklist.py)

    @property
    def unchecked(self) -> list[str]:
        """Checks that did not run (so nothing can be said about what they look for)."""
        return [name for name, status in self.checks.items() if status != RAN]

    @property
    def clean(self) -> bool:
        """True only when the file was read, every check ran and nothing was found."""
        return self.status == "ok" and not self.unchecked and not self.findings

    def to_dict(self, reveal: bool = True) -> dict[str, object]:
        return {
            "path": self.path,
            "width": self.width,
            "height": self.height,
            "format": self.format,
            "sha256": self.sha256,
            "status": self.status,
            "error": self.error,
            "checks": dict(self.checks),
            "findings": [f.to_dict(reveal) for f in self.findings],
            "notes": list(self.notes),
            "clean": self.clean,
            **({"risk": self.risk} if self.risk is not None else {}),
            **({"checklist": [{"mark": m, "hint": h} for m, h in self.checklist]} if self.format != "TEXT" else {}),
        }


@dataclass(frozen=True)
class Decisions:
    """What the user decided for one item.

    ``redact`` holds the ids of findings to remove; ``None`` means the defaults
    (every finding with a box or a text span whose severity is high or medium; low ones are
    shown for the doctor to decide). ``extra_boxes`` are regions
    drawn by hand. Metadata is never a decision: the output never carries any.
    """

    redact: frozenset[str] | None = None
    extra_boxes: tuple[BBox, ...] = ()

    def chosen(self, item: ItemReport) -> list[Finding]:
        """The findings of ``item`` to redact: those with a box or a text span."""
        boxed = [f for f in item.findings if f.redact_box is not None or f.span is not None]
        if self.redact is None:
            return [f for f in boxed if f.severity in (Severity.HIGH, Severity.MEDIUM)]
        return [f for f in boxed if f.id in self.redact]


@dataclass(frozen=True)
class CleanResult:
    """A cleaned copy written to disk, and what re-reading it showed."""

    source: str
    output: str | None
    status: str
    error: str | None = None
    redacted: tuple[str, ...] = ()
    verification: dict[str, str] = field(default_factory=dict)
    residual: tuple[Finding, ...] = ()
    scope: str = "full"  # what the re-check covered: the whole image, or the regions around redactions

    @property
    def verified(self) -> bool:
        """True when the output was written, every re-check ran and nothing was left."""
        return (
            self.status == "ok"
            and bool(self.verification)
            and all(v == RAN for v in self.verification.values())
            and not self.residual
        )

    def to_dict(self, reveal: bool = True) -> dict[str, object]:
        return {
            "source": self.source,
            "output": self.output,
            "status": self.status,
            "error": self.error,
            "redacted": list(self.redacted),
            "verification": dict(self.verification),
            "residual": [f.to_dict(reveal) for f in self.residual],
            "verify_scope": self.scope,
            "verified": self.verified,
        }


@dataclass(frozen=True)
class Report:
    """The result of ``analyze`` over several files."""

    items: tuple[ItemReport, ...]
    options: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        from privacyguard import __version__

        return {"version": __version__, "options": dict(self.options), "items": [i.to_dict() for i in self.items]}
