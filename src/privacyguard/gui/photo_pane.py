"""The centre of the window: the photo, its thumbnails, zoom, before/after, removal, and the checklist for a photo."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from privacyguard.gui.panels import ChecklistBar, Thumbnails
from privacyguard.gui.photo_view import PhotoView, ZoomBar


class PhotoPane(QWidget):
    def __init__(self) -> None:
        super().__init__()
        v = QVBoxLayout(self)
        self.view = PhotoView()
        self.view.placeholder = self.tr("Drop photos here (up to 4), or use “Open photos…” or “Paste image”.\n"
                                        "Drop a folder to clean all its photos.")
        v.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.thumbs = Thumbnails()
        row.addWidget(self.thumbs, 1)
        self.zoom_bar = ZoomBar(self.view)
        row.addWidget(self.zoom_bar)
        self.after = QCheckBox(self.tr("Show the cleaned copy"))
        self.after.setShortcut(QKeySequence("Ctrl+B"))
        row.addWidget(self.after)
        self.remove_button = QPushButton(self.tr("Remove photo"))
        row.addWidget(self.remove_button)
        v.addLayout(row)
        self.checklist = ChecklistBar()
        self.checklist.hide()
        v.addWidget(self.checklist)
