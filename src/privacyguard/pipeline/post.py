"""A post as the doctor writes it: a draft and up to a few photos, checked and cleaned together.

The window calls this; it holds no Qt and prints nothing. Identifiers named in the draft are
looked for in the photos, and names read in the photos are looked for in the draft.
"""

from __future__ import annotations

import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from privacyguard.core import workdir
from privacyguard.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from privacyguard.core.report import CleanResult, Decisions, ItemReport
from privacyguard.core.settings import AnalysisOptions, PersonalLists, RedactionStyle
from privacyguard.core.types import Category, Finding, Photo
from privacyguard.detectors.image_text import names_in
from privacyguard.detectors.text.repeats import CODE_LABELS, IdentifierSet, fold, is_not_a_name
from privacyguard.images.save import extension, output_format
from privacyguard.pipeline.engine import Detectors, Pipeline
from privacyguard.pipeline.text import CleanText, TextPipeline, photo_names
from privacyguard.redactors.text import TextStyle

SEEN_PHOTOS = 8  # analyses kept for the post being written (a 12 MP photo's pixels are about 36 MB)


def _identity(path: str | Path) -> tuple[object, ...] | None:
    """The file itself (its path, device, inode, size, time): with the post's terms, what makes two analyses the same."""
    try:
        st = Path(path).stat()
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return (str(Path(path).resolve()), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


CROSS_LABELS = ("PERSON", "NIR", "MEDICAL_ID", "PHONE", "EMAIL", "HANDLE")


def post_identifiers(draft: tuple[ItemReport, Decisions] | None, photos: Sequence[tuple[ItemReport, Decisions]],
                     always: Sequence[str] = ()) -> IdentifierSet:
    """The post's one set of identifiers: every value chosen for removal in the draft and in the photos
    (names read in a photo, its dates and numbers), with their parts, and the doctor's "always" words."""
    chosen: list[Finding] = list(draft[1].chosen(draft[0])) if draft else []
    for item, decisions in photos:
        picked = [f for f in decisions.chosen(item) if f.read]
        chosen += [f for f in picked if f.label in CODE_LABELS and f.label != "OTHER_ID" and f.text]
        chosen += [Finding("photo-name", Category.TEXT, f.severity, 1.0, "", "photo", label="PERSON", text=w)
                   for f in picked for w in names_in([f]) if not is_not_a_name(fold(w))]
    return IdentifierSet.of(chosen, always)


@dataclass(frozen=True)
class PostReport:
    """The draft's findings (None without text) and each photo's item, in order."""

    text: str
    draft: ItemReport | None
    photos: tuple[ItemReport, ...]
    pixels: tuple[Photo | None, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class PostClean:
    """The cleaned draft and the cleaned copies (written in a private folder until saved)."""

    text: CleanText | None
    photos: tuple[CleanResult, ...]

    @property
    def verified(self) -> bool:
        return (self.text is None or self.text.verified) and all(r.verified for r in self.photos)


class PostChecker:
    """Owns every model: the text checker is shared by the draft and the text read in photos."""

    def __init__(self, options: AnalysisOptions | None = None, lists: PersonalLists | None = None) -> None:
        self.options = options or AnalysisOptions()
        self.lists = lists or PersonalLists()
        self.texts = TextPipeline(self.lists)
        self.photos = Pipeline(self.options, detectors=Detectors.default(self.options, self.texts.checker), lists=self.lists)
        self._workdir: Path | None = None
        # A photo's analysis, kept while the post is being written: adding a photo analyses only that photo.
        # Keyed by the file's identity and the post's identifiers, so a changed file or a new name means a new look.
        self._seen: dict[tuple[object, ...], tuple[ItemReport, Photo | None]] = {}

    @property
    def workdir(self) -> Path:
        """A private folder for cleaned copies (and pasted images), made on first use; it goes at close, or when the
        program ends, or (killed) at the next start (``core.workdir``)."""
        if self._workdir is None:
            self._workdir = workdir.make()
        return self._workdir

    def close(self) -> None:
        """Delete the private folder (cleaned copies not saved, pasted images): nothing stays in the temp folder."""
        if self._workdir is not None:
            workdir.remove(self._workdir)
            self._workdir = None

    def load(self) -> dict[str, str]:
        """Load every model now; each check's status ("ran" or "unavailable: why")."""
        return {**self.photos.load(), "identifiers": self.texts.load()}

    def use_lists(self, lists: PersonalLists) -> None:
        """The doctor changed their lists: the draft and the photos are judged with them from the next check, by the models
        already loaded and on what was read in the photos (nothing loaded or read again)."""
        self.lists = lists
        self.texts.lists = lists
        self.photos.use_lists(lists)
        self._seen.clear()  # analyses judged with the old lists (the photos' readings stay with the pipeline)

    def check_draft(self, text: str, name: str) -> tuple[ItemReport | None, list[str]]:
        """The draft's findings (None for an empty draft), and the identifiers to look for in the photos."""
        if not text.strip():
            return None, []
        draft = self.texts.analyze(text, name)
        return draft, [str(f.text) for f in draft.findings if f.label in CROSS_LABELS]

    def check(self, text: str, paths: Sequence[str | Path], progress: ProgressCallback = no_progress,
              cancel: CancelToken | None = None, *, name: str = "brouillon", keep_pixels: bool = True) -> PostReport:
        """Check the draft and every photo; an unreadable photo becomes an item with its reason.

        Removed once, removed everywhere: the identifiers found anywhere in the post (and their
        parts) are then looked for in the whole draft and on every line read in every photo.
        ``keep_pixels=False`` keeps memory low (the photos are read again when cleaned).
        """
        total = len(paths) + 1
        progress(Progress("check", 0, total, "texte"))
        draft, terms = self.check_draft(text, name)
        items: list[ItemReport] = []
        pixels: list[Photo | None] = []
        for n, path in enumerate(paths):
            if cancel:
                cancel.raise_if_cancelled()
            progress(Progress("check", n + 1, total, str(path)))
            item, photo = self._analyze_one(path, terms, keep_pixels)
            items.append(item)
            pixels.append(photo if keep_pixels else None)
        post_terms = self.identifiers(draft, items).terms()
        items = [self.photos.more_text(item, post_terms) for item in items]
        if draft is not None:
            draft = self.texts.cross_check(draft, text, photo_names(items))
            draft = self.texts.with_risk(self.texts.repeats(draft, text, self.identifiers(draft, items)), text=text)
        progress(Progress("check", total, total))
        return PostReport(text, draft, tuple(items), tuple(pixels))

    def _analyze_one(self, path: str | Path, terms: Sequence[str], keep: bool) -> tuple[ItemReport, Photo | None]:
        """``Pipeline.analyze_one``, reusing the analysis of a photo already checked in this post (same file, same terms)."""
        file = _identity(path) if keep else None
        key = (file, tuple(terms)) if file is not None else None
        if key is not None and key in self._seen:
            return self._seen[key]
        # the same file with other identifiers (a name typed in the draft): judged again, not loaded or looked at again
        photo = next((p for (f, _), (_, p) in self._seen.items() if f == file and p is not None), None)
        result = (self.photos.analyze_photo(photo, terms), photo) if photo is not None else self.photos.analyze_one(path, terms)
        if key is not None and result[1] is not None:
            if len(self._seen) >= SEEN_PHOTOS:
                self._seen.pop(next(iter(self._seen)))  # the oldest goes
            self._seen[key] = result
        return result

    def identifiers(self, draft: ItemReport | None, photos: Sequence[ItemReport], text_decisions: Decisions | None = None,
                    photo_decisions: Sequence[Decisions] | None = None) -> IdentifierSet:
        """The post's identifier set for these decisions (the defaults when none are given)."""
        decisions = list(photo_decisions) if photo_decisions is not None else [Decisions()] * len(photos)
        pairs = [(item, decisions[n] if n < len(decisions) else Decisions()) for n, item in enumerate(photos)]
        return post_identifiers((draft, text_decisions or Decisions()) if draft else None, pairs, self.lists.always)

    def clean(self, report: PostReport, decisions: Sequence[Decisions], text_decisions: Decisions,
              styles: tuple[RedactionStyle, TextStyle] = (RedactionStyle.SOLID, TextStyle.PLACEHOLDER),
              progress: ProgressCallback = no_progress, *, targets: Sequence[Path] | None = None,
              protected: Sequence[Path] = (), unverified_dir: Path | None = None) -> PostClean:
        """Apply the decisions (one per photo) and verify every result, each re-check looking for every
        identifier of the post. Copies go to ``targets`` (default: the private folder) only once verified;
        the others to ``unverified_dir`` (default: a private folder, so the window can show them) or nowhere."""
        style, text_style = styles
        identifiers = self.identifiers(report.draft, report.photos, text_decisions, decisions)
        terms = identifiers.terms()
        text = (self.texts.clean(report.draft, report.text, text_decisions, text_style, identifiers)
                if report.draft else None)
        if targets is None:
            unverified_dir = unverified_dir or self.workdir / "non_verifie"
        results = []
        for n, item in enumerate(report.photos):
            progress(Progress("clean", n, len(report.photos), item.path))
            photo = report.pixels[n] if n < len(report.pixels) else None
            if targets is not None:
                target = targets[n]
            else:
                fmt = output_format(item.format, bool(photo is not None and photo.has_alpha))
                # handed to the browser: no file name of the patient; a folder per original, so a copy on the clipboard
                # stays itself when the next post is cleaned (the same photo cleaned again: the same file)
                target = self.workdir / item.sha256[:16] / f"photo-{n + 1}{extension(fmt)}"
            results.append(self.photos.apply(item, decisions[n], target, style, photo, terms=terms,
                                             protected=protected, unverified_dir=unverified_dir, replace_ours=targets is None))
        progress(Progress("clean", len(report.photos), len(report.photos)))
        return PostClean(text, tuple(results))
