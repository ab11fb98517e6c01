"""The doctor's review, in plain Python (no Qt): which findings to remove, boxes drawn by hand, undo,
and the verdict shown in the status line. The Qt views adapt this object; tests use it directly."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from privacyguard.core.report import Decisions, ItemReport
from privacyguard.core.types import RAN, BBox, Category, Finding, Severity
from privacyguard.pipeline.post import PostClean, PostReport

DRAFT = -1  # the key of the draft; photos are 0, 1, 2…


@dataclass(frozen=True)
class Row:
    """One line of the findings list: where it is (DRAFT or a photo index) and whether it goes."""

    where: int
    finding: Finding
    remove: bool


class Verdict(StrEnum):
    EMPTY = "empty"  # nothing to check yet
    UNCHECKED = "unchecked"  # a check could not run: never "ready"
    UNREADABLE = "unreadable"  # a photo could not be read
    FOUND = "found"  # identifiers found, not yet removed
    CLEAN = "clean"  # nothing found, every check ran
    CHECKLIST = "checklist"  # cleaned and verified, but a photo's checklist (tattoo, reflection…) is not answered yet
    READY = "ready"  # cleaned and verified, nothing high kept (or the doctor confirmed it): "Prêt à publier"
    KEPT = "kept"  # cleaned and verified, but the doctor kept something high (a face, a name): confirm first
    LEFT = "left"  # cleaned, but the re-check found something or could not run


class Review:
    """Decisions over one checked post. Every change can be undone."""

    def __init__(self, report: PostReport) -> None:
        self.report = report
        self.remove: dict[int, set[str]] = {w: {f.id for f in Decisions().chosen(item)} for w, item in self._items()}
        self.boxes: dict[int, list[BBox]] = {n: [] for n in range(len(report.photos))}
        self._undo: list[tuple[dict[int, set[str]], dict[int, list[BBox]]]] = []
        self.cleaned: PostClean | None = None
        self.confirmed = False  # the doctor confirmed publishing what they kept (reset by any change)
        # The photo checklist (pipeline/checklist.py): the marks the doctor said are there, and the photos looked at.
        self.marks: dict[int, dict[str, bool]] = {n: {} for n in range(len(report.photos))}
        self.answered: set[int] = set()

    def _items(self) -> list[tuple[int, ItemReport]]:
        out = [(n, item) for n, item in enumerate(self.report.photos)]
        return out + ([(DRAFT, self.report.draft)] if self.report.draft else [])

    def item(self, where: int) -> ItemReport | None:
        return self.report.draft if where == DRAFT else self.report.photos[where]

    def rows(self) -> list[Row]:
        """Draft first, then the photos; within each, high severity first; a photo's metadata is one row."""
        order = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
        rows = []
        for w, item in sorted(self._items(), key=lambda x: x[0] != DRAFT):
            found = [f for f in item.findings if f.category is not Category.METADATA]
            rows += [Row(w, f, f.id in self.remove[w]) for f in sorted(found, key=lambda f: order[f.severity])]
            meta = [f for f in item.findings if f.category is Category.METADATA]
            if meta:
                worst = min((f.severity for f in meta), key=lambda s: order[s])
                rows.append(Row(w, Finding(f"metadata-{w}", Category.METADATA, worst, 1.0, "\n".join(f.detail for f in meta),
                                           "metadata", text=str(len(meta))), True))
        return rows

    @staticmethod
    def removable(f: Finding) -> bool:
        """Metadata is always dropped; anything with a place can be kept or removed."""
        return f.redact_box is not None or f.span is not None

    def _push(self) -> None:
        self._undo.append(({k: set(v) for k, v in self.remove.items()}, {k: list(v) for k, v in self.boxes.items()}))
        self.cleaned = None  # any change makes the last cleaning stale
        self.confirmed = False

    def set_remove(self, where: int, finding_id: str, remove: bool) -> None:
        if (finding_id in self.remove[where]) == remove:
            return
        self._push()
        (self.remove[where].add if remove else self.remove[where].discard)(finding_id)

    def toggle(self, where: int, finding_id: str) -> None:
        self.set_remove(where, finding_id, finding_id not in self.remove[where])

    def add_box(self, where: int, box: BBox) -> None:
        """A region drawn by hand (a tattoo, a reflection): always removed."""
        if box.width < 3 or box.height < 3:
            return
        self._push()
        self.boxes[where].append(box)

    def answer(self, where: int, mark: str, present: bool) -> None:
        """The doctor says a distinctive mark (a tattoo, a reflection…) is or is not in photo ``where``."""
        if self.marks[where].get(mark, False) != present:
            self.confirmed = False
        self.marks[where][mark] = present

    def checked_photo(self, where: int) -> None:
        """The doctor looked at photo ``where`` for every mark of the checklist."""
        self.answered.add(where)

    def unanswered(self) -> list[int]:
        """Readable photos whose checklist the doctor has not answered yet."""
        return [n for n, item in enumerate(self.report.photos) if item.status == "ok" and n not in self.answered]

    def marks_left(self) -> list[tuple[int, str]]:
        """Marks the doctor said are there, on a photo where no region was drawn by hand to hide them."""
        return [(n, m) for n, marks in self.marks.items() for m, present in marks.items() if present and not self.boxes.get(n)]

    def checklist_answers(self) -> dict[int, dict[str, bool]]:
        """What the journal keeps: each looked-at photo's answers (marks not ticked are absent)."""
        return {n: {m: p for m, p in self.marks[n].items() if p} for n in sorted(self.answered)}

    def risk(self) -> dict[str, object] | None:
        """The draft's re-identification risk: of the cleaned text once cleaned, else of the check's default removals."""
        if self.cleaned is not None and self.cleaned.text is not None:
            return self.cleaned.text.risk
        return self.report.draft.risk if self.report.draft is not None else None

    def first_reason(self) -> dict[str, object] | None:
        """The worst reason of the risk (the one the window offers to fix), if any."""
        reasons = (self.risk() or {}).get("reasons")
        return reasons[0] if isinstance(reasons, list) and reasons else None

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> None:
        if self._undo:
            self.remove, self.boxes = self._undo.pop()
            self.cleaned = None
            self.confirmed = False

    def kept_high(self) -> list[Row]:
        """High-severity findings the doctor chose to keep (a face, a name, a date of birth)."""
        return [r for r in self.rows() if not r.remove and r.finding.severity is Severity.HIGH and self.removable(r.finding)]

    def set_cleaned(self, cleaned: PostClean) -> None:
        """A new cleaning: what was kept must be confirmed again."""
        self.cleaned = cleaned
        self.confirmed = False

    def confirm(self) -> None:
        """The doctor confirms publishing what they kept (only meaningful once cleaned and verified)."""
        if self.verdict() is Verdict.KEPT:
            self.confirmed = True

    def can_publish(self) -> bool:
        """The cleaned copies and text may leave the app: verified, and nothing high kept without confirmation."""
        return self.verdict() is Verdict.READY

    def decisions(self, where: int) -> Decisions:
        return Decisions(frozenset(self.remove[where]), tuple(self.boxes.get(where, ())))

    def photo_decisions(self) -> list[Decisions]:
        return [self.decisions(n) for n in range(len(self.report.photos))]

    def text_decisions(self) -> Decisions:
        return self.decisions(DRAFT) if self.report.draft else Decisions()

    def counts(self) -> tuple[int, int]:
        """(findings to remove, low-severity findings left for the doctor to decide)."""
        rows = self.rows()
        remove = sum(r.remove for r in rows) + sum(len(b) for b in self.boxes.values())
        undecided = sum(1 for r in rows if not r.remove and r.finding.severity is Severity.LOW and self.removable(r.finding))
        return remove, undecided

    def unchecked(self) -> list[tuple[str, str]]:
        """(file, "check: why") for every check that could not run."""
        return [(item.path, f"{k}: {v}") for _, item in self._items() for k, v in item.checks.items() if v != RAN]

    def verdict(self) -> Verdict:  # noqa: PLR0911 - one return per verdict
        if not self.report.photos and self.report.draft is None:
            return Verdict.EMPTY
        if any(i.status != "ok" for i in self.report.photos):
            return Verdict.UNREADABLE
        if self.unchecked():
            return Verdict.UNCHECKED
        if self.cleaned is not None:
            if not self.cleaned.verified:
                return Verdict.LEFT
            if self.kept_high() and not self.confirmed:
                return Verdict.KEPT  # a kept face or name is said first
            if self.unanswered():
                return Verdict.CHECKLIST
            return Verdict.KEPT if self.marks_left() and not self.confirmed else Verdict.READY
        items = [i for _, i in self._items()]
        metadata = any(f.category is Category.METADATA for i in items for f in i.findings)
        return Verdict.FOUND if any(self.remove.values()) or metadata or any(self.boxes.values()) else Verdict.CLEAN
