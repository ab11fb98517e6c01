"""One photo with its findings drawn where they are; click a box to keep or remove it, drag to add one."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from privacyguard.core.types import BBox, Severity

SEVERITY_COLOURS = {Severity.HIGH: QColor("#d32f2f"), Severity.MEDIUM: QColor("#ef8f00"), Severity.LOW: QColor("#d4b000")}
MANUAL_COLOUR = QColor("#6a1b9a")


def to_pixmap(pixels: np.ndarray) -> QPixmap:
    """A QPixmap from RGB or RGBA uint8 pixels (copied, so the array may go)."""
    rgb = np.ascontiguousarray(pixels)
    h, w, c = rgb.shape
    fmt = QImage.Format.Format_RGBA8888 if c == 4 else QImage.Format.Format_RGB888
    return QPixmap.fromImage(QImage(rgb.data, w, h, w * c, fmt).copy())


class PhotoView(QWidget):
    """Shows a pixmap scaled to fit, with boxes: solid = removed, dashed = kept."""

    box_clicked = Signal(str)  # a finding id
    box_drawn = Signal(object)  # a BBox in image pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.pixmap: QPixmap | None = None
        self.boxes: list[tuple[str, BBox, QColor, bool]] = []  # id, box, colour, removed
        self.manual: list[BBox] = []
        self.current = ""
        self.placeholder = ""
        self._drag: tuple[QPoint, QPoint] | None = None

    def set_photo(self, pixmap: QPixmap | None, boxes: list[tuple[str, BBox, QColor, bool]], manual: list[BBox]) -> None:
        self.pixmap, self.boxes, self.manual = pixmap, boxes, manual
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def _frame(self) -> tuple[QRectF, float]:
        """Where the image is drawn, and its scale."""
        if not self.pixmap or self.pixmap.isNull():
            return QRectF(), 1.0
        pw, ph = self.pixmap.width(), self.pixmap.height()
        f = min(self.width() / pw, self.height() / ph)
        w, h = pw * f, ph * f
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h), f

    def _to_screen(self, b: BBox) -> QRectF:
        frame, f = self._frame()
        return QRectF(frame.x() + b.x1 * f, frame.y() + b.y1 * f, b.width * f, b.height * f)

    def _to_image(self, p: QPointF) -> tuple[int, int]:
        frame, f = self._frame()
        x = min(max((p.x() - frame.x()) / f, 0), self.pixmap.width() if self.pixmap else 0)
        y = min(max((p.y() - frame.y()) / f, 0), self.pixmap.height() if self.pixmap else 0)
        return round(x), round(y)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().window())
        if not self.pixmap:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        frame, _ = self._frame()
        p.drawPixmap(frame.toRect(), self.pixmap)
        for fid, box, colour, removed in self.boxes:
            pen = QPen(colour, 4 if fid == self.current else 2.5)
            if not removed:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 50 if removed else 0))
            p.drawRect(self._to_screen(box))
        p.setPen(QPen(MANUAL_COLOUR, 2.5))
        p.setBrush(QColor(MANUAL_COLOUR.red(), MANUAL_COLOUR.green(), MANUAL_COLOUR.blue(), 60))
        for box in self.manual:
            p.drawRect(self._to_screen(box))
        if self._drag:
            p.setPen(QPen(MANUAL_COLOUR, 1.5, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRect(self._drag[0], self._drag[1]).normalized())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.pixmap and event.button() == Qt.MouseButton.LeftButton:
            self._drag = (event.position().toPoint(), event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag:
            self._drag = (self._drag[0], event.position().toPoint())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._drag:
            return
        start, end = self._drag
        self._drag = None
        self.update()
        if (end - start).manhattanLength() < 6:  # a click: the smallest box under the pointer
            x, y = self._to_image(QPointF(end))
            hits = [(b.area, fid) for fid, b, _, _ in self.boxes if b.contains_point(x, y)]
            if hits:
                fid = min(hits)[1]
                self.box_clicked.emit(fid)
            return
        (x1, y1), (x2, y2) = self._to_image(QPointF(start)), self._to_image(QPointF(end))
        self.box_drawn.emit(BBox(min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)))
