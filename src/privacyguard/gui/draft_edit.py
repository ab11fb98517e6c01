"""The draft, with each finding highlighted where it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from privacyguard.core.types import Severity
from privacyguard.gui.review import Row

HIGHLIGHTS = {Severity.HIGH: QColor("#ffcdd2"), Severity.MEDIUM: QColor("#ffe0b2"), Severity.LOW: QColor("#fff59d")}


class DraftEdit(QPlainTextEdit):
    files_dropped = Signal(list)  # photos dropped (or pasted as files) on the draft: they join the post, not the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    @staticmethod
    def _files(source: QMimeData) -> list[Path]:
        return [Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()] if source.hasUrls() else []

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(self._files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Files go to the post's photos; only text is typed into the draft (never "file:///…jpg")."""
        files = self._files(source)
        if files:
            self.files_dropped.emit(files)
            return
        super().insertFromMimeData(source)

    def show_findings(self, rows: list[Row], current: str = "") -> None:
        """Highlight each finding's span; removed ones are underlined, kept ones plain."""
        selections = []
        for row in rows:
            span = row.finding.span
            if span is None or span[1] > len(self.toPlainText()):
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(HIGHLIGHTS[row.finding.severity] if row.remove else QColor("#eeeeee"))
            if row.finding.id == current:
                fmt.setProperty(QTextFormat.Property.OutlinePen, QColor("#1565c0"))
                fmt.setFontWeight(700)
            if row.remove:
                fmt.setFontUnderline(True)
            cursor = QTextCursor(self.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
        self.setExtraSelections(selections)
