"""Photos coming into the window: opened, dropped (files, a folder, an image), pasted; a folder goes to the batch."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from privacyguard.gui import dialogs
from privacyguard.gui.controller import MAX_PHOTOS
from privacyguard.gui.panels import warn

if TYPE_CHECKING:
    from privacyguard.gui.main_window import MainWindow

PHOTO_FILTER = "(*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;* (*)"


class Intake(QObject):
    """How photos reach ``window``'s post; each new photo is checked at once."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def open_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.w, self.tr("Open photos"), "", self.tr("Images") + " " + PHOTO_FILTER)
        self.add_paths([Path(f) for f in files])

    def add_paths(self, paths: list[Path]) -> None:
        c = self.w.c
        folders = [p for p in paths if p.is_dir()]
        before = list(c.photos)
        refused = c.add_paths([p for p in paths if not p.is_dir()])
        if refused:  # a dialog, not the status line: the check that follows would overwrite it at once
            warn(self.w, self.tr("Only %1 photos per post: these were not added:").replace("%1", str(MAX_PHOTOS)) + "\n" + "\n".join(refused))
        if folders:
            dialogs.open_batch(self.w, folders[0])
        elif c.photos != before:
            self.w.check()

    def paste_image(self) -> None:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.w.verdict.say(self.tr("The clipboard holds no image."))
            return
        if self.w.c.add_image(image):
            self.w.check()

    @staticmethod
    def drag_enter(event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if paths:
            self.add_paths(paths)
        elif mime.hasImage() and self.w.c.add_image(mime.imageData()):
            self.w.check()
        event.acceptProposedAction()
