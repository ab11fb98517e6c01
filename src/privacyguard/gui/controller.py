"""What the window does, without widgets: the photos and draft of the post, the models, the review.

Work runs in the task queue; the window listens to the signals and redraws.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from privacyguard.core import workdir
from privacyguard.core.errors import PrivacyGuardError
from privacyguard.core.progress import CancelToken
from privacyguard.gui.messages import said
from privacyguard.gui.review import Review
from privacyguard.gui.settings import AppSettings
from privacyguard.gui.workers import TaskQueue
from privacyguard.images.save import write_atomically
from privacyguard.pipeline import journal
from privacyguard.pipeline.post import PostChecker, PostClean, PostReport

MAX_PHOTOS = 4  # what X, Bluesky and Mastodon take in one post


class Controller(QObject):
    models_ready = Signal(dict)  # check name -> status
    busy = Signal(str)  # what is being done ("" when idle)
    progress = Signal(object)  # Progress
    checked = Signal()  # a new review is ready
    cleaned = Signal()
    failed = Signal(str)
    photos_changed = Signal()

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.queue = TaskQueue(self)
        self.checker: PostChecker | None = None
        self.status: dict[str, str] = {}
        self.photos: list[Path] = []
        self.review: Review | None = None
        self.text = ""
        self._pasted = 0
        self.current: Any = None  # the task running (for cancel)
        self._own: list[Path] = []  # private folders (pasted images, cleaned copies): removed on close
        self._handed_over: PostClean | None = None  # the cleaning whose hand-over is in the journal
        self._journal_said = False  # a journal that cannot be written is said once, not at every check

    def close(self) -> None:
        """Stop, wait for the worker, and delete the private folders: nothing stays behind in /tmp."""
        self.cancel()
        self.queue.wait(30000)
        for folder in self._own:
            workdir.remove(folder)

    def cancel(self) -> None:
        """Stop the running check between two photos."""
        if self.current is not None:
            self.current.cancel.cancel()

    # --- models -----------------------------------------------------------------------------
    def load_models(self, checker: PostChecker | None = None) -> None:
        """Start loading in the background; a check submitted meanwhile waits in the queue."""
        self.checker = checker or PostChecker(self.settings.analysis, self.settings.lists)
        if checker is None:
            self._own.append(self.checker.workdir)
        checker = self.checker
        self.busy.emit("loading")

        def load(progress: Any, cancel: CancelToken) -> dict[str, str]:
            return checker.load()

        self.queue.submit(load, self._models_loaded, self._failed)

    def _models_loaded(self, status: dict[str, str]) -> None:
        self.status = status
        self.models_ready.emit(status)
        if not self.queue.busy():
            self.busy.emit("")

    def apply_settings(self, settings: AppSettings) -> None:
        """New settings; the models are loaded again only for new analysis options (or while work is in progress): new lists
        are taken by the loaded checker, which judges what it already read in the photos with them."""
        reload = settings.analysis != self.settings.analysis
        relist = settings.lists != self.settings.lists
        self.settings = settings
        if relist and not reload and self.checker is not None and self.status and not self.queue.busy():
            self.checker.use_lists(settings.lists)
        elif reload or relist:
            self.load_models()

    # --- the post ---------------------------------------------------------------------------
    def add_paths(self, paths: list[Path]) -> list[str]:
        """Add photo files (up to MAX_PHOTOS); returns what was refused and why, for the doctor."""
        refused = []
        added = False
        for p in paths:
            if p.is_dir() or len(self.photos) >= MAX_PHOTOS:
                refused.append(p.name)
            elif p not in self.photos:
                self.photos.append(p)
                added = True
        if added:  # nothing added (a folder dropped, a 5th photo): the review in progress stays
            self.review = None
            self.photos_changed.emit()
        return refused

    def add_image(self, image: QImage) -> Path | None:
        """A pasted image (a screenshot of an X-ray viewer…) is saved in the private folder and added."""
        if image.isNull() or self.checker is None:
            return None
        self._pasted += 1
        path = self.checker.workdir / f"collage-{self._pasted}.png"
        if not image.save(str(path)):  # PNG, from the name
            return None
        self.add_paths([path])
        return path

    def remove_photo(self, n: int) -> None:
        if 0 <= n < len(self.photos):
            del self.photos[n]
            self.review = None
            self.photos_changed.emit()

    # --- check and clean --------------------------------------------------------------------
    def check(self, text: str) -> None:
        if self.checker is None:
            self.load_models()
        checker, photos = self.checker, list(self.photos)
        assert checker is not None
        self.busy.emit("checking")

        def run(progress: Any, cancel: CancelToken) -> tuple[str, PostReport]:
            return text, checker.check(text, photos, progress, cancel)

        self.current = self.queue.submit(run, self._checked, self._failed, self.progress.emit)
        self.current.signals.cancelled.connect(lambda: self.busy.emit(""))

    def _checked(self, result: tuple[str, PostReport]) -> None:
        # the text belongs to the review: a check that failed or was stopped leaves the previous
        # review with its own text, which the window then sees as "the draft has changed"
        self.text, report = result
        self.review = Review(report)
        self.write_journal("check")
        self.busy.emit("")
        self.checked.emit()

    def clean_all(self) -> None:
        review, checker = self.review, self.checker
        if review is None or checker is None:
            return
        styles = (self.settings.style, self.settings.text_style)
        photo_decisions, text_decisions = review.photo_decisions(), review.text_decisions()
        self.busy.emit("cleaning")

        def run(progress: Any, cancel: CancelToken) -> tuple[Review, PostClean]:
            return review, checker.clean(review.report, photo_decisions, text_decisions, styles, progress)

        self.current = self.queue.submit(run, self._cleaned, self._failed, self.progress.emit)

    def _cleaned(self, result: tuple[Review, PostClean]) -> None:
        review, cleaned = result
        if review is self.review:  # not a stale result for a post changed meanwhile
            review.set_cleaned(cleaned)
            self.write_journal("clean")
        self.busy.emit("")
        self.cleaned.emit()

    def _failed(self, message: str) -> None:
        self.busy.emit("")
        self.failed.emit(message)

    # --- the journal ---------------------------------------------------------------------------
    @property
    def journal_path(self) -> Path:
        return journal.default_path()

    def write_journal(self, event: str) -> None:
        """One line in the doctor's journal (counts, never a value), if they keep one."""
        review = self.review
        if review is None or not self.settings.journal:
            return
        cleaned = review.cleaned if event != "check" else None
        line = journal.entry(event, review.report.draft, review.report.photos, review.photo_decisions(), review.text_decisions(),
                             risk=cleaned.text.risk if cleaned and cleaned.text else None,
                             checklist=review.checklist_answers() if event == "publish" else None,
                             results=cleaned.photos if cleaned else (), verified=cleaned.verified if cleaned else None)
        if event == "publish":
            line["confirmed_kept"] = review.confirmed
        try:
            journal.append(self.journal_path, line)
        except PrivacyGuardError as exc:
            if not self._journal_said:
                self._journal_said = True
                self.failed.emit(said(exc))

    def handed_over(self) -> None:
        """The cleaned post was copied or saved: the journal says so once per cleaning, with the checklist's answers."""
        cleaned = self.publishable()
        if cleaned is not None and cleaned is not self._handed_over:
            self._handed_over = cleaned
            self.write_journal("publish")

    def publishable(self) -> PostClean | None:
        """The cleaned post when it may leave the app (verified; what was kept, confirmed), else None."""
        review = self.review
        return review.cleaned if review is not None and review.can_publish() else None

    def save_copies(self, folder: Path) -> list[Path]:
        """Write the cleaned photos and text into ``folder`` as ``post-K-photo-N.EXT`` and ``post-K.txt``, K the first post
        number free there: the files attached to the post carry no name of the original file (a photo exported from a
        record is often named after the patient), and a post saved beside another replaces nothing.

        Raises OutputError rather than write onto an original.
        """
        if not self.review or not self.review.cleaned or not self.review.can_publish():
            return []  # only a verified (and, for what was kept, confirmed) result leaves the app
        k = next(k for k in itertools.count(1) if not any(folder.glob(f"post-{k}.*")) and not any(folder.glob(f"post-{k}-*")))
        saved = []
        for n, r in enumerate(self.review.cleaned.photos):
            if r.output:
                copy = Path(r.output)
                target = folder / f"post-{k}-photo-{n + 1}{copy.suffix}"
                write_atomically(copy.read_bytes(), target, protected=list(self.photos))  # every photo of the post
                saved.append(target)
        if self.review.cleaned.text:
            target = folder / f"post-{k}.txt"
            write_atomically(self.review.cleaned.text.text.encode("utf-8"), target, protected=[])
            saved.append(target)
        return saved
