"""analyze(photo) -> Report; apply(report, decisions) -> cleaned copy; verify(cleaned) -> residual."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from privacyguard.core.errors import PrivacyGuardError
from privacyguard.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from privacyguard.core.report import CleanResult, Decisions, ItemReport, Report
from privacyguard.core.settings import AnalysisOptions, FaceSensitivity, LoadLimits, PersonalLists, RedactionStyle, VerifyScope, model_threads
from privacyguard.core.types import RAN, BBox, Category, Finding, Photo, Severity, unavailable
from privacyguard.detectors.barcodes import BarcodeFinder
from privacyguard.detectors.base import Detection
from privacyguard.detectors.faces import FaceFinder
from privacyguard.detectors.image_text import ImageTextFinder
from privacyguard.detectors.ocr import OcrEngine, OcrLine, RapidOcrEngine
from privacyguard.detectors.text.checker import TextChecker
from privacyguard.images.load import load_photo, pil_info
from privacyguard.images.save import encode, extension, output_format, write_atomically
from privacyguard.metadata.audit import audit_metadata
from privacyguard.pipeline.checklist import with_checklist
from privacyguard.pipeline.checks import Check, FirstLook, Looks, Unloaded, checked, pixels_key
from privacyguard.pipeline.placement import place, unverified_name
from privacyguard.pipeline.recheck import FACE_VIEW, Intended, around, beside, faithful, is_upright, neutral, residual_of, same_region, visible
from privacyguard.redactors.regions import redact

# When the re-check of a written copy finds more (OCR reads a re-encoded image a little differently),
# those regions are redacted too and the copy checked again, this many times at most.
RECHECK_ROUNDS = 2
LOOKS_KEPT = 8  # photos whose first look is kept, to be judged again (the post's identifiers, the re-check; a post has 4)
SEEN_KEPT = 64  # other images (written copies, zones around the paint) whose readings are kept: a post cleaned again
ALL_CHECKS = frozenset({"faces", "text", "barcodes"})
FACE_CHECKS, TEXT_CHECKS = frozenset({"faces"}), frozenset({"text", "barcodes"})  # what runs again around each kind of box


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
        self._looks = Looks(LOOKS_KEPT)  # the last photos' first looks, by the file's sha256: read once, judged again
        self._by_pixels = Looks(SEEN_KEPT)  # the readings of other images (copies, zones), by their pixels (pixels_key)
        self._checks = {
            "faces": Check(self.faces.load),
            "ocr": Check(self.detectors.ocr.load),
            "text": Check(self.detectors.checker.load),  # judges what the OCR read; the draft's checker too
            "barcodes": Check(self.detectors.barcodes.load),
        }

    @property
    def faces(self) -> FaceFinder:
        return self.detectors.faces

    def load(self) -> dict[str, str]:
        """Load the models now (else on first use), side by side; returns each check's status.

        The ONNX sessions (faces, OCR) are built in native code that releases the GIL, so they load while
        spaCy and the name lists load for the text checker (measured in bench/model_load.py).
        """
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=4, thread_name_prefix="load") as pool:
            for future in [pool.submit(check.status) for check in self._checks.values()]:
                future.result()
        return self._statuses()

    def use_lists(self, lists: PersonalLists) -> None:
        """Judge with the doctor's new lists from now on: the same models, and what was read in the photos kept."""
        self.image_text = ImageTextFinder(self.detectors.checker, lists, self.options.redact_all_text)

    def forget(self, *, photos: bool = True) -> None:
        """Forget what was read in the images checked (written copies, zones) and, with ``photos``, in the photos: the next
        check of them looks again (bench/: timing a first look)."""
        self._by_pixels.clear()
        if photos:
            self._looks.clear()

    def _run(self, rgb: np.ndarray, terms: Sequence[str], only: frozenset[str] = ALL_CHECKS, *,
             strict: bool = False, cache: str | None = None, text_rgb: np.ndarray | None = None,
             painted: Sequence[BBox] = ()) -> tuple[dict[str, str], list[Finding]]:
        """The image checks (faces, text, codes, or ``only`` some): each one's status and all their findings.

        The checks run side by side, each as soon as its own models are loaded: faces and the reading of the
        photo's text do not wait for the French language model, which only the judging of what was read needs
        (ONNX inference releases the interpreter, so two cores share the work). A detector that raises on this
        image (a shape it cannot take, a bug) makes its check "unavailable" for this photo, with the reason:
        never a crash, never a silent "ran". ``strict`` is the re-check's harder look (lower face thresholds).
        ``text_rgb`` is the image the OCR reads, when it differs (redactions painted grey: see ``neutral``), and ``painted``
        those redactions: the words either side of one are not one phrase (image_text.split_at_paint).
        What each detector saw is kept (``FirstLook``), by ``cache`` (the photo's sha256) or else by the pixels given; what
        was seen before is judged again without being looked at again (the post's identifiers changed, a post cleaned again
        with the same choices: the same copy): the detectors see the same pixels the same way.
        """
        from concurrent.futures import ThreadPoolExecutor

        ocr = self._checks["ocr"]
        look = self._looks(cache) if cache else self._by_pixels(pixels_key(rgb, text_rgb))  # seen before: not looked at again

        def faces() -> list[Finding]:
            dets = look.faces = look.faces if look.faces is not None else self.faces.detect(rgb)
            return self.faces.judge(dets, rgb.shape[1], rgb.shape[0], strict)

        def text() -> list[Finding]:
            lines = look.lines = look.lines if look.lines is not None else self.detectors.ocr.read(rgb if text_rgb is None else text_rgb)
            if self._checks["text"].status() != RAN:  # the judge of what was read (the French model) could not load
                raise Unloaded(self._checks["text"].status())
            return self.image_text.find(lines, (rgb.shape[1], rgb.shape[0]), terms, painted)

        def codes() -> list[Finding]:
            look.codes = look.codes if look.codes is not None else self.detectors.barcodes.find(rgb)
            return look.codes

        calls = {"faces": (self._checks["faces"], faces), "text": (ocr, text), "barcodes": (self._checks["barcodes"], codes)}
        # one thread per model (a batch worker with its own core, a one-core machine): the checks one after the other,
        # as fast and with one detector's working memory at a time instead of two (bench/batch_speed.py)
        side_by_side = len(calls) + 1 if model_threads(self.options.threads) > 1 else 1
        with ThreadPoolExecutor(max_workers=side_by_side, thread_name_prefix="check") as pool:
            if "text" in only:
                pool.submit(self._checks["text"].status)  # the French model loads while the photo is read
            futures = {name: pool.submit(checked, check, call) for name, (check, call) in calls.items() if name in only}
            done = {name: f.result() for name, f in futures.items()}
        status = self._statuses()
        found: list[Finding] = []
        for name, (why, findings) in done.items():  # always in this order: faces, text, codes
            if why:
                status[name] = why
            found += findings
        return status, found

    def _statuses(self) -> dict[str, str]:
        """Each image check's status; the text check needs both the reader and the French model."""
        ocr = self._checks["ocr"].status()
        return {"faces": self._checks["faces"].status(), "text": ocr if ocr != RAN else self._checks["text"].status(),
                "barcodes": self._checks["barcodes"].status()}

    def analyze_photo(self, photo: Photo, terms: Sequence[str] = ()) -> ItemReport:
        """Every check on an already-loaded photo; ``terms`` are identifiers named in the post."""
        meta = audit_metadata(photo.raw, photo.format, pil_info)
        digest = hashlib.sha256(photo.raw).hexdigest()
        status, found = self._run(photo.rgb(), terms, cache=digest)
        if photo.on_dark is not None:  # what a dark page shows of a transparent image: its own look
            dark_status, on_dark = self._run(photo.on_dark, terms)
            status = {k: v if v != RAN else dark_status.get(k, v) for k, v in status.items()}
            found += [replace(f, id=f"{f.id}-dark") for f in on_dark if f.box and not any(g.box and g.box.iou(f.box) > 0.5 for g in found)]
        notes = list(photo.notes) + [f"{k}: {v}" for k, v in self.faces.status.items() if v != RAN]
        return with_checklist(ItemReport(
            path=photo.path, status="ok", width=photo.width, height=photo.height, format=photo.format,
            sha256=digest, checks={"metadata": RAN, **status},
            findings=tuple(found + meta), notes=tuple(notes),
        ))

    def more_text(self, item: ItemReport, terms: Sequence[str]) -> ItemReport:
        """``item`` plus the text of its photo that matches ``terms`` (the post's identifiers), judged again
        on the lines already read: a name found in one photo or in the draft is found on every line."""
        lines = (self._looks.get(item.sha256) or FirstLook()).lines
        if lines is None or not terms or item.status != "ok":
            return item
        boxes = [f.box for f in item.findings if f.box and f.category is Category.TEXT]
        new = [f for f in self.image_text.find(lines, (item.width, item.height), terms)
               if f.box and not any(b.contains_point(*f.box.centre) for b in boxes)]
        if not new:
            return item
        numbered = [replace(f, id=f"text-r{n}") for n, f in enumerate(new, 1)]
        return with_checklist(replace(item, findings=item.findings + tuple(numbered)))

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
              photo: Photo | None = None, *, scope: VerifyScope = VerifyScope.FULL, terms: Sequence[str] = (),
              protected: Sequence[Path] = (), unverified_dir: Path | None = None, replace_ours: bool = False) -> CleanResult:
        """Write a cleaned copy of ``item``, verify it, and only then give it its name ``target``.

        The copy is written under a private name, re-read and checked again (``terms``: every
        identifier of the post, looked for in the copy). A verified copy is renamed to
        ``target``; any other is moved into ``unverified_dir`` (its name says so), or deleted.
        Nothing is ever written onto the source or onto ``protected`` files, and an existing
        file is replaced only when ``replace_ours`` says this program wrote it.
        """
        if item.status != "ok":
            return CleanResult(item.path, None, "error", item.error)
        pending: Path | None = None
        try:
            photo = photo or load_photo(item.path, self.limits)
            if hashlib.sha256(photo.raw).hexdigest() != item.sha256:
                return CleanResult(item.path, None, "error", "the file changed since it was checked; check it again")
            chosen = decisions.chosen(item)
            # Text and codes are always filled solid, whatever the style chosen for faces.
            solid = [f.redact_box for f in chosen if f.redact_box and f.category in (Category.TEXT, Category.BARCODE)]
            boxes = [f.redact_box for f in chosen if f.redact_box and f.category not in (Category.TEXT, Category.BARCODE)]
            boxes += list(decisions.extra_boxes)
            # Only text that was read opens a neighbourhood for unreadable lines in the re-check: an unreadable box is painted whole.
            read_text = tuple(f.redact_box for f in chosen if f.redact_box and f.read)
            fmt = output_format(photo.format, photo.has_alpha)
            target = target.with_suffix(extension(fmt))
            guard = [Path(item.path), *protected]
            pending = target.with_name(f".pg-{uuid.uuid4().hex[:12]}{target.suffix}")
            kept = [f for f in item.findings if f.redact_box is not None and f not in chosen]
            extra: list[Finding] = []
            seed = self._looks(item.sha256).noise  # the same noise in every round (a round only adds boxes) and every clean
            looked: tuple[BBox, ...] = ()
            for _ in range(1 + RECHECK_ROUNDS):
                pixels = redact(photo.pixels, boxes, style, seed)
                pixels = redact(pixels, solid + [f.redact_box for f in extra if f.redact_box], RedactionStyle.SOLID)
                write_atomically(encode(pixels, fmt), pending, protected=guard)
                text_boxes = solid + [f.redact_box for f in extra if f.redact_box and f.category is not Category.FACE]
                face_boxes = boxes + [f.redact_box for f in extra if f.redact_box and f.category is Category.FACE]  # faces: painted solid
                intended = Intended(pixels, tuple(face_boxes), tuple(text_boxes), looked)
                painted = tuple(face_boxes) + tuple(text_boxes)
                verification, residual = self.verify(pending, item, kept, intended, scope=scope, terms=terms, painted=painted,
                                                     text_painted=read_text)
                # a batch's later rounds look only around the boxes they add (recheck.Intended.looked), after a round whose
                # every check ran; the window and sanitize read the whole copy's text every round
                looked = painted if scope is VerifyScope.REGIONS and all(v == RAN for v in verification.values()) else ()
                more = [f for f in residual if f.redact_box is not None]
                if not more or len(more) < len(residual):  # nothing to add, or metadata left: stop
                    break
                extra += more
            ids = tuple(f.id for f in chosen) + tuple(f.id for f in extra)
            result = CleanResult(item.path, None, "ok", None, ids, verification, tuple(residual), scope.value)
            final = target if result.verified else unverified_name(target, unverified_dir)
            output = place(pending, final, guard, replace_ours or not result.verified)
            pending = None
            return CleanResult(item.path, str(output) if output else None, "ok", None, ids, verification,
                               tuple(residual), scope.value)
        except PrivacyGuardError as exc:
            return CleanResult(item.path, None, "error", exc.reason)
        finally:  # an exception or an interruption leaves no copy behind
            if pending is not None:
                pending.unlink(missing_ok=True)

    def verify(self, cleaned: Path, item: ItemReport, kept: Sequence[Finding] = (),
               intended: Intended | None = None, *, scope: VerifyScope = VerifyScope.FULL, terms: Sequence[str] = (),
               painted: Sequence[BBox] = (), text_painted: Sequence[BBox] = ()) -> tuple[dict[str, str], list[Finding]]:
        """Re-read the written file from disk and check it again, harder; ``kept`` are regions left on purpose.

        The re-check is stricter than the first look: lower face thresholds, and every identifier
        of the post (``terms``) looked for in the text read in the copy. Without ``intended`` (the pixels that were
        written and the boxes painted on them) or the first look's readings, every check runs again on the whole written
        image. With them, the written pixels are compared tile by tile with the intended ones (so everything outside the
        redactions is the picture already checked), and:

        - ``scope`` FULL (the window, ``sanitize``): the text and codes are read again on the whole copy; the faces are
          looked at again around each painted face, and the first look's raw face detections elsewhere are judged with the
          re-check's thresholds (``_faces_again``: a face detector sees the same pixels the same way). A copy that is not
          the intended picture has its faces looked at whole too.
        - ``scope`` REGIONS (the batch): the text too is read again only around the redactions (``_around``).
        The OCR reads the copy with the ``painted`` redactions grey: next to a black box, RapidOCR's
        text detector misses the rest of a half-covered name ("██PONT Marie" reads as nothing).
        A line the OCR cannot read counts only beside the text the first look read and redacted (``text_painted``),
        and only that part of it (recheck.beside): elsewhere the pixels are those the first look judged,
        and a texture next to a new grey box reads as low-confidence "text" (measured: two extra rounds and
        two large boxes on a skin texture; on gravel, a line the width of the photo).
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
        residual += [residual_of(f) for f in audit_metadata(out.raw, out.format, pil_info)]
        verification["metadata"] = RAN
        first = self._looks.get(item.sha256)
        rgb = out.rgb()
        if (intended is None or first is None or first.lines is None or first.faces is None  # nothing kept to judge again
                or (scope is VerifyScope.FULL and (item.checks.get("faces") != RAN or faithful(rgb, intended)))):
            status, found = self._run(rgb, terms, strict=True, text_rgb=neutral(rgb, painted), painted=painted)
        elif scope is VerifyScope.FULL:
            from concurrent.futures import ThreadPoolExecutor

            face_status: dict[str, str] = {}
            side_by_side = 2 if model_threads(self.options.threads) > 1 else 1  # a batch worker (one thread per model): in turn
            with ThreadPoolExecutor(max_workers=side_by_side, thread_name_prefix="recheck") as pool:
                faces = pool.submit(self._faces_again, rgb, intended, terms, first.faces, face_status)
                text = pool.submit(self._run, rgb, terms, TEXT_CHECKS, strict=True, text_rgb=neutral(rgb, painted), painted=painted)
                (status, found), found_faces = text.result(), faces.result()
            found = found_faces + found
            status.update(face_status)
        else:
            status, found = self._around(rgb, intended, residual, terms, lines=first.lines, dets=first.faces)  # the crops read grey boxes too
            status.update({k: v for k, v in item.checks.items() if k in status and v != RAN})  # what the first look could not do
        verification.update(status)
        for seen in found:
            if seen.severity is Severity.LOW or not seen.box:
                continue
            f = seen
            if "unreadable" in seen.source:
                part = beside(seen.box, text_painted, painted)
                if part is None:
                    continue
                f = replace(seen, box=part, redact_box=part)
            if f.box and not any(same_region(k, f.box) for k in kept):
                residual.append(residual_of(f))
        return verification, residual

    def _around(self, rgb: np.ndarray, intended: Intended, residual: list[Finding], terms: Sequence[str], *,
                lines: Sequence[OcrLine], dets: Sequence[Detection]) -> tuple[dict[str, str], list[Finding]]:
        """Compare with the intended pixels; then look again around each redaction (faces near faces, text near text and
        along the lines a face box cut), and judge again, more strictly, what the first look saw elsewhere (its ``lines``
        and raw face ``dets``).

        Outside the redactions the written pixels are those the first look saw (``faithful``), so its raw face detections
        there are judged with the re-check's lower thresholds, and its lines there against the post's identifiers, without
        reading them again: the whole stricter look, at the cost of the zones around the paint."""
        residual += faithful(rgb, intended)
        status = {"pixels": RAN, **self.load()}
        h, w = rgb.shape[:2]
        painted = intended.face_boxes + intended.text_boxes
        cut = tuple(line.box for line in lines if any(line.box.intersects(b) for b in intended.face_boxes))
        new_faces = intended.fresh(intended.face_boxes)
        new_cut = tuple(c for c in cut if any(c.intersects(b) for b in new_faces))
        found = self._faces_again(rgb, intended, terms, dets, status)
        upright = [line.box for line in lines if is_upright(line.box)]
        found += around(neutral(rgb, painted), intended.fresh(intended.text_boxes) + new_cut,
                        lambda crop, zone: self._look_again(crop, zone, painted, terms, only=TEXT_CHECKS, status=status), 0,
                        rows=True, upright=upright, near=intended.text_boxes + cut)
        same = [line for line in lines if not any(line.box.intersects(b) for b in painted)]
        found += self.image_text.find(same, (w, h), terms, painted)
        return status, found

    def _look_again(self, crop: np.ndarray, zone: BBox, painted: Sequence[BBox], terms: Sequence[str], *, only: frozenset[str],
                    status: dict[str, str]) -> list[Finding]:
        """The ``only`` checks, strictly, on ``crop`` (the written copy's ``zone``, knowing where the ``painted`` boxes are);
        a check that could not run there is noted in ``status``."""
        here = [BBox(b.x1 - zone.x1, b.y1 - zone.y1, b.x2 - zone.x1, b.y2 - zone.y1) for b in painted if b.intersects(zone)]
        crop_status, found = self._run(crop, terms, only, strict=True, painted=here)
        status.update({k: v for k, v in crop_status.items() if k in only and v != RAN})
        return found

    def _faces_again(self, rgb: np.ndarray, intended: Intended, terms: Sequence[str], dets: Sequence[Detection],
                     status: dict[str, str]) -> list[Finding]:
        """The re-check's faces on a written copy whose pixels are the ``intended`` ones: looked at again around each
        painted face (a chin below its box, a face beside it: the paint changed what the detectors see there), and the
        first look's raw detections (``dets``) that the paint left visible judged with the re-check's lower thresholds,
        without looking again: outside the paint the pixels are those the first look saw, and every detection that the
        stricter thresholds could accept was kept (FaceSetting.candidate). Those beside a painted face too: in a crowd
        the zones around the faces merge into most of the photo, looked at shrunk, where small faces are lost
        (bench/face_recheck.py on WIDER: 22 faces more covered by the re-check than by the first look, against 48 by the
        whole re-check, until they were judged again too)."""
        painted = intended.face_boxes + intended.text_boxes
        found = around(rgb, intended.fresh(intended.face_boxes),
                       lambda crop, zone: self._look_again(crop, zone, painted, terms, only=FACE_CHECKS, status=status), FACE_VIEW,
                       near=intended.face_boxes)
        h, w = rgb.shape[:2]
        left = [d for d, seen in zip(dets, visible([d.box for d in dets], painted, w, h), strict=True) if seen]
        return found + self.faces.judge(left, w, h, strict=True)
