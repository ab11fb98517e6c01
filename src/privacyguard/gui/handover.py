"""Handing the cleaned post over: its buttons (copy all, copy the text, copy a photo, save the copies).

Only a cleaned, verified post of the draft as it stands is handed over (``publish`` in ``show``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QPushButton

from privacyguard.core.errors import PrivacyGuardError
from privacyguard.gui.messages import said
from privacyguard.gui.panels import photo_mime, warn
from privacyguard.gui.review import DRAFT

if TYPE_CHECKING:
    from privacyguard.gui.main_window import MainWindow


class HandOver(QObject):
    """The hand-over buttons of ``window`` and what they do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.step = 0  # where "Copy all" is in the hand-over (text, then each photo)
        self.copy_all_button = QPushButton(self.tr("Copy all"))
        self.copy_all_button.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_text_button = QPushButton(self.tr("Copy text"))
        self.copy_image_button = QPushButton(self.tr("Copy photo"))
        self.save_button = QPushButton(self.tr("Save copies…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.copy_all_button.clicked.connect(self.copy_next)
        self.copy_text_button.clicked.connect(self.copy_text)
        self.copy_image_button.clicked.connect(lambda: self.copy_image())  # noqa: PLW0108 - not clicked(bool) as the photo
        self.save_button.clicked.connect(self.save_copies)

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return self.copy_all_button, self.copy_text_button, self.copy_image_button, self.save_button

    def show(self, publish: bool, why: str) -> None:
        """Enable what can be handed over; ``why`` nothing can, as the buttons' tooltip."""
        review = self.w.c.review
        cleaned = review.cleaned if review else None
        self.copy_all_button.setEnabled(publish)
        if not publish:
            self.step = 0
            self.copy_all_button.setText(self.tr("Copy all"))
        self.copy_text_button.setEnabled(publish and bool(cleaned and cleaned.text))
        self.copy_image_button.setEnabled(publish and bool(cleaned and cleaned.photos))
        self.save_button.setEnabled(publish and bool(cleaned))
        for b in self.buttons:
            b.setToolTip("" if publish else why)

    def copy_text(self) -> None:
        cleaned = self.w.c.publishable()
        if cleaned and cleaned.text:
            QGuiApplication.clipboard().setText(cleaned.text.text)
            self.w.c.handed_over()
            self.w.verdict.say(self.tr("Cleaned text copied."))

    def copy_image(self, n: int | None = None) -> bool:
        cleaned = self.w.c.publishable()
        n = self.w.photo_index if n is None else n
        if not cleaned or n >= len(cleaned.photos) or not cleaned.photos[n].output:
            return False
        QGuiApplication.clipboard().setMimeData(photo_mime(str(cleaned.photos[n].output)))
        self.w.c.handed_over()
        self.w.verdict.say(self.tr("Cleaned photo %1 copied.").replace("%1", str(n + 1)))
        return True

    def steps(self) -> list[int]:
        """What "Copy all" hands over, one paste at a time: the text (DRAFT), then each cleaned photo."""
        cleaned = self.w.c.publishable()
        if not cleaned:
            return []
        return ([DRAFT] if cleaned.text and cleaned.text.text.strip() else []) + [n for n, r in enumerate(cleaned.photos) if r.output]

    def copy_next(self) -> None:
        """A clipboard holds one thing a post's composer takes: the text first, then each photo in turn, a click each."""
        steps = self.steps()
        if not steps:
            return
        step = steps[self.step % len(steps)]
        if step == DRAFT:
            self.copy_text()
        else:
            self.copy_image(step)
            self.w.thumbs.setCurrentRow(step)
        self.step += 1
        left = len(steps) - self.step
        verdict = self.w.verdict
        if left > 0:
            following = steps[self.step]
            self.copy_all_button.setText(self.tr("Copy next: photo %1").replace("%1", str(following + 1)))
            verdict.say(verdict.text() + " " + self.tr("Paste it, then click “%1” for the next one (%2 left).")
                        .replace("%1", self.copy_all_button.text()).replace("%2", str(left)))
        else:
            self.step = 0
            self.copy_all_button.setText(self.tr("Copy all"))
            verdict.say(verdict.text() + " " + self.tr("That was the last one."))

    def save_copies(self) -> None:
        if not self.w.c.publishable():
            return
        folder = QFileDialog.getExistingDirectory(self.w, self.tr("Save the cleaned copies in"))
        if folder:
            try:
                saved = self.w.c.save_copies(Path(folder))
            except PrivacyGuardError as exc:
                warn(self.w, said(exc))
                return
            self.w.c.handed_over()
            self.w.verdict.say(self.tr("%1 file(s) saved in %2").replace("%1", str(len(saved))).replace("%2", folder))
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))  # the doctor's next step: attach them from there
