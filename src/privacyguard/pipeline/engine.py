"""analyze(photo) -> Report; apply(report, decisions) -> cleaned copy; verify(cleaned) -> residual."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from privacyguard.core.errors import PrivacyGuardError
from privacyguard.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from privacyguard.core.report import CleanResult, Decisions, ItemReport, Report
from privacyguard.core.settings import AnalysisOptions, FaceSensitivity, LoadLimits, PersonalLists, RedactionStyle, VerifyScope
from privacyguard.core.types import RAN, Category, Finding, Photo, Severity, unavailable
from privacyguard.detectors.barcodes import BarcodeFinder
from privacyguard.detectors.faces import FaceFinder
from privacyguard.detectors.image_text import ImageTextFinder
from privacyguard.detectors.ocr import OcrEngine, RapidOcrEngine
from privacyguard.detectors.text.checker import TextChecker
from privacyguard.images.load import load_photo, pil_info
from privacyguard.images.save import encode, extension, output_format, write_atomically
from privacyguard.metadata.audit import audit_metadata
from privacyguard.pipeline.checks import Check
from privacyguard.pipeline.recheck import FACE_VIEW, Intended, around, faithful
from privacyguard.redactors.regions import redact

# When the re-check of a written copy finds more (OCR reads a re-encoded image a little differently),
# those regions are redacted too and the copy checked again, this many times at most.
RECHECK_ROUNDS = 2
ALL_CHECKS = frozenset({"faces", "text", "barcodes"})
FACE_CHECKS, TEXT_CHECKS = frozenset({"faces"}), frozenset({"text", "barcodes"})  # what runs again around each kind of box


def output_path(source: str | Path, out_dir: str | Path | None, fmt: str) -> Path:
    """``NAME.cleaned.EXT`` beside the source, or inside ``out_dir``."""
    src = Path(source)
    folder = Path(out_dir) if out_dir is not None else src.parent
    return folder / f"{src.stem}.cleaned{extension(fmt)}"


@dataclass
class Detectors:
    """What the photo pipeline runs; tests replace any of them with fakes."""

    faces: FaceFinder
    ocr: OcrEngine
    checker: TextChecker
    barcodes: BarcodeFinder

    @classmethod
    def default(cls, options: AnalysisOptions, checker: TextChecker | None = None, faces: FaceFinder | None = None) -> Detectors:
        turns = (0, 1, 3) if options.face_sensitivity is FaceSensitivity.PARANOID else (0,)
        faces = faces or FaceFinder(options.face_sensitivity, threads=options.threads)
        return cls(faces, RapidOcrEngine(turns, options.threads), checker or TextChecker(), BarcodeFinder())


class Pipeline:
    """Holds the loaded detectors; every method is safe to call from a worker thread."""

    def __init__(self, options: AnalysisOptions | None = None, limits: LoadLimits | None = None,
                 detectors: Detectors | None = None, lists: PersonalLists | None = None) -> None:
        self.options = options or AnalysisOptions()
        self.detectors = detectors or Detectors.default(self.options)
        self.limits = limits or LoadLimits()
        self.image_text = ImageTextFinder(self.detectors.checker, lists, self.options.redact_all_text)
        self._checks = {
            "faces": Check(self.faces.load),
            "text": Check(self.detectors.ocr.load, self.detectors.checker.load),
            "barcodes": Check(self.detectors.barcodes.load),
        }

    @property
    def faces(self) -> FaceFinder:
        return self.detectors.faces

    def load(self) -> dict[str, str]:
        """Load the models now (else on first use); returns each check's status."""
        return {name: check.status() for name, check in self._checks.items()}

    def _run(self, rgb: np.ndarray, terms: Sequence[str], only: frozenset[str] = ALL_CHECKS) -> tuple[dict[str, str], list[Finding]]:
        """The image checks (faces, text, codes, or ``only`` some): each one's status and all their findings."""
        status = self.load()
        found: list[Finding] = []
        if "faces" in only and status["faces"] == RAN:
            found += self.faces.find(rgb)
        if "text" in only and status["text"] == RAN:
            lines = self.detectors.ocr.read(rgb)
            found += self.image_text.find(lines, (rgb.shape[1], rgb.shape[0]), terms)
        if "barcodes" in only and status["barcodes"] == RAN:
            found += self.detectors.barcodes.find(rgb)
        return status, found

    def analyze_photo(self, photo: Photo, terms: Sequence[str] = ()) -> ItemReport:
        """Every check on an already-loaded photo; ``terms`` are identifiers named in the post."""
        meta = audit_metadata(photo.raw, photo.format, pil_info)
        status, found = self._run(photo.rgb(), terms)
        notes = list(photo.notes) + [f"{k}: {v}" for k, v in self.faces.status.items() if v != RAN]
        return ItemReport(
            path=photo.path, status="ok", width=photo.width, height=photo.height, format=photo.format,
            sha256=hashlib.sha256(photo.raw).hexdigest(), checks={"metadata": RAN, **status},
            findings=tuple(found + meta), notes=tuple(notes),
        )

    def analyze_one(self, path: str | Path, terms: Sequence[str] = ()) -> tuple[ItemReport, Photo | None]:
        """Load and check one file; an unusable file becomes an item with status "error"."""
        try:
            photo = load_photo(path, self.limits)
        except PrivacyGuardError as exc:
            return ItemReport(path=str(path), status="error", error=exc.reason), None
        return self.analyze_photo(photo, terms), photo

    def analyze(self, paths: Sequence[str | Path], progress: ProgressCallback = no_progress,
                cancel: CancelToken | None = None) -> Report:
        """Check every file; errors do not stop the run; cancel stops between files."""
        items = []
        for n, path in enumerate(paths):
            if cancel:
                cancel.raise_if_cancelled()
            progress(Progress("analyze", n, len(paths), str(path)))
            items.append(self.analyze_one(path)[0])
        progress(Progress("analyze", len(paths), len(paths)))
        return Report(tuple(items), {"face_sensitivity": self.options.face_sensitivity.value})

    def apply(self, item: ItemReport, decisions: Decisions, target: Path, style: RedactionStyle = RedactionStyle.SOLID,
              photo: Photo | None = None, *, scope: VerifyScope = VerifyScope.FULL) -> CleanResult:
        """Write a cleaned copy of ``item`` to ``target`` (never onto the source), then verify it."""
        if item.status != "ok":
            return CleanResult(item.path, None, "error", item.error)
        try:
            photo = photo or load_photo(item.path, self.limits)
            if hashlib.sha256(photo.raw).hexdigest() != item.sha256:
                return CleanResult(item.path, None, "error", "the file changed since it was checked; check it again")
            chosen = decisions.chosen(item)
            # Text and codes are always filled solid, whatever the style chosen for faces.
            solid = [f.redact_box for f in chosen if f.redact_box and f.category in (Category.TEXT, Category.BARCODE)]
            boxes = [f.redact_box for f in chosen if f.redact_box and f.category not in (Category.TEXT, Category.BARCODE)]
            boxes += list(decisions.extra_boxes)
            fmt = output_format(photo.format, photo.has_alpha)
            target = target.with_suffix(extension(fmt))
            kept = [f for f in item.findings if f.redact_box is not None and f not in chosen]
            extra: list[Finding] = []
            for _ in range(1 + RECHECK_ROUNDS):
                pixels = redact(photo.pixels, boxes, style)
                pixels = redact(pixels, solid + [f.redact_box for f in extra if f.redact_box], RedactionStyle.SOLID)
                write_atomically(encode(pixels, fmt), target, protected=[Path(item.path)])
                text_boxes = solid + [f.redact_box for f in extra if f.redact_box]
                intended = Intended(pixels, tuple(boxes), tuple(text_boxes)) if scope is VerifyScope.REGIONS else None
                verification, residual = self.verify(target, item, kept, intended)
                more = [f for f in residual if f.redact_box is not None]
                if not more or len(more) < len(residual):  # nothing to add, or metadata left: stop
                    break
                extra += more
        except PrivacyGuardError as exc:
            return CleanResult(item.path, None, "error", exc.reason)
        ids = tuple(f.id for f in chosen) + tuple(f.id for f in extra)
        return CleanResult(item.path, str(target), "ok", None, ids, verification, tuple(residual), scope.value)

    def verify(self, cleaned: Path, item: ItemReport, kept: Sequence[Finding] = (),
               intended: Intended | None = None) -> tuple[dict[str, str], list[Finding]]:
        """Re-read the written file from disk and check it again; ``kept`` are regions left on purpose.

        Without ``intended``, every check runs again on the whole written image. With it (batch
        mode), the written pixels are compared with the intended ones (so everything outside the
        redactions is the picture already checked), and the checks run again around each redaction.
        """
        try:
            out = load_photo(cleaned, self.limits)
        except PrivacyGuardError as exc:
            return {"readable": unavailable(exc.reason)}, []
        verification = {"readable": RAN}
        residual: list[Finding] = []
        if (out.width, out.height) != (item.width, item.height):
            residual.append(Finding("residual-size", Category.METADATA, Severity.HIGH, 1.0,
                                    f"output is {out.width}×{out.height}, expected {item.width}×{item.height}", "verify"))
        residual += [_residual(f) for f in audit_metadata(out.raw, out.format, pil_info)]
        verification["metadata"] = RAN
        if intended is None:
            status, found = self._run(out.rgb(), ())
        else:
            status, found = self._around(out.rgb(), intended, residual)
        verification.update(status)
        for f in found:
            if f.severity is Severity.LOW or not f.box:
                continue
            if not any(k.box and k.box.contains_point(*f.box.centre) for k in kept):
                residual.append(_residual(f))
        return verification, residual


    def _around(self, rgb: np.ndarray, intended: Intended, residual: list[Finding]) -> tuple[dict[str, str], list[Finding]]:
        """Compare with the intended pixels, then re-check around each redaction (faces near faces, text near text)."""
        residual += faithful(rgb, intended)
        found = around(rgb, intended.face_boxes, lambda crop: self._run(crop, (), FACE_CHECKS)[1], FACE_VIEW)
        found += around(rgb, intended.text_boxes, lambda crop: self._run(crop, (), TEXT_CHECKS)[1], 0)
        return {"pixels": RAN, **self.load()}, found


def _residual(f: Finding) -> Finding:
    return Finding(f"residual-{f.id}", f.category, f.severity, f.score, f"still present after cleaning: {f.detail}",
                   f.source, f.box, f.redact_box)
