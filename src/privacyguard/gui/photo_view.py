"""One photo with its findings drawn where they are; click a box to keep or remove it, drag to add one.

Zoom and pan, so a small name tag can be checked and a box drawn precisely: the wheel or a pinch zooms
around the pointer, + and - zoom, 0 fits, 1 shows 100 %; the middle button, or Shift with the left button,
pans, and so do the arrow keys once zoomed. Boxes and drawing follow the image at every zoom.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QPaintEvent, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from privacyguard.core.types import BBox, Severity

SEVERITY_COLOURS = {Severity.HIGH: QColor("#d32f2f"), Severity.MEDIUM: QColor("#ef8f00"), Severity.LOW: QColor("#d4b000")}
MANUAL_COLOUR = QColor("#6a1b9a")
ZOOM_STEP = 1.25
MAX_ZOOM = 8.0  # 800 %: a few pixels of a small label fill the view


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
    zoom_changed = Signal(float)  # the scale shown (1.0 = 100 %)

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
        self._pan: QPointF | None = None  # where a pan started (screen)
        self.zoom: float | None = None  # None: fit the view; else image pixels to screen pixels
        self.centre = QPointF()  # the image point at the middle of the view, when zoomed
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab: the keys zoom and pan

    def set_photo(self, pixmap: QPixmap | None, boxes: list[tuple[str, BBox, QColor, bool]], manual: list[BBox]) -> None:
        if pixmap is None or self.pixmap is None or pixmap.size() != self.pixmap.size():
            self.zoom = None  # another photo: fit it
        self.pixmap, self.boxes, self.manual = pixmap, boxes, manual
        self.update()

    # --- zoom and pan ---------------------------------------------------------------------------
    def fit_scale(self) -> float:
        if not self.pixmap or self.pixmap.isNull():
            return 1.0
        return min(self.width() / self.pixmap.width(), self.height() / self.pixmap.height())

    def scale(self) -> float:
        return self.fit_scale() if self.zoom is None else self.zoom

    def set_zoom(self, zoom: float | None, anchor: QPointF | None = None) -> None:
        """Zoom to ``zoom`` (None: fit), keeping the image point under ``anchor`` (screen; default the centre) in place."""
        if not self.pixmap:
            return
        if zoom is not None:
            zoom = None if zoom <= self.fit_scale() * 1.001 else min(zoom, MAX_ZOOM)  # below "fit" is fit
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        ix, iy = self._to_image_f(anchor)
        self.zoom = zoom
        if zoom is not None:  # the image point under the anchor stays under it
            self.centre = QPointF(ix - (anchor.x() - self.width() / 2) / zoom, iy - (anchor.y() - self.height() / 2) / zoom)
            self._clamp()
        self.update()
        self.zoom_changed.emit(self.scale())

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        self.set_zoom(self.scale() * factor, anchor)

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the view by (dx, dy) screen pixels."""
        if self.zoom is None:
            return
        self.centre = QPointF(self.centre.x() + dx / self.zoom, self.centre.y() + dy / self.zoom)
        self._clamp()
        self.update()

    def _clamp(self) -> None:
        if self.pixmap and self.zoom:
            self.centre = QPointF(min(max(self.centre.x(), 0), self.pixmap.width()), min(max(self.centre.y(), 0), self.pixmap.height()))

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def _frame(self) -> tuple[QRectF, float]:
        """Where the image is drawn, and its scale."""
        if not self.pixmap or self.pixmap.isNull():
            return QRectF(), 1.0
        pw, ph = self.pixmap.width(), self.pixmap.height()
        f = self.scale()
        w, h = pw * f, ph * f
        if self.zoom is None:
            return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h), f
        return QRectF(self.width() / 2 - self.centre.x() * f, self.height() / 2 - self.centre.y() * f, w, h), f

    def _to_image_f(self, p: QPointF) -> tuple[float, float]:
        frame, f = self._frame()
        return (p.x() - frame.x()) / f, (p.y() - frame.y()) / f

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
        p.drawPixmap(frame, self.pixmap, QRectF(self.pixmap.rect()))
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
        self.setFocus()
        panning = event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self.pixmap and panning:
            self._pan = event.position()
        elif self.pixmap and event.button() == Qt.MouseButton.LeftButton:
            self._drag = (event.position().toPoint(), event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            delta = self._pan - event.position()
            self._pan = event.position()
            self.pan_by(delta.x(), delta.y())
        elif self._drag:
            self._drag = (self._drag[0], event.position().toPoint())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            self._pan = None
            return
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

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if self.pixmap and steps:
            self.zoom_by(ZOOM_STEP ** steps, event.position())
            event.accept()

    def event(self, e: QEvent) -> bool:
        if isinstance(e, QNativeGestureEvent) and e.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:  # a trackpad pinch
            self.zoom_by(1 + e.value(), e.position())
            return True
        return super().event(e)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, step = Qt.Key(event.key()), 0.2 * min(self.width(), self.height())
        actions = {
            Qt.Key.Key_Plus: lambda: self.zoom_by(ZOOM_STEP), Qt.Key.Key_Equal: lambda: self.zoom_by(ZOOM_STEP),
            Qt.Key.Key_Minus: lambda: self.zoom_by(1 / ZOOM_STEP), Qt.Key.Key_0: lambda: self.set_zoom(None),
            Qt.Key.Key_1: lambda: self.set_zoom(1.0),
            Qt.Key.Key_Left: lambda: self.pan_by(-step, 0), Qt.Key.Key_Right: lambda: self.pan_by(step, 0),
            Qt.Key.Key_Up: lambda: self.pan_by(0, -step), Qt.Key.Key_Down: lambda: self.pan_by(0, step),
        }
        if self.pixmap and key in actions:
            actions[key]()
            event.accept()
        else:
            super().keyPressEvent(event)


class ZoomBar(QWidget):
    """The photo's zoom shown ("62 %") and four buttons: out, fit, 100 %, in."""

    def __init__(self, view: PhotoView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        v.addWidget(self.label)
        row = QHBoxLayout()
        row.setSpacing(2)
        actions = (("−", self.tr("Zoom out (-)"), lambda: view.zoom_by(1 / ZOOM_STEP)),
                   (self.tr("Fit"), self.tr("The whole photo (0)"), lambda: view.set_zoom(None)),
                   ("100 %", self.tr("Actual pixels (1)"), lambda: view.set_zoom(1.0)),
                   ("+", self.tr("Zoom in (+, or the wheel; the middle button or Shift pans)"), lambda: view.zoom_by(ZOOM_STEP)))
        self.buttons: list[QToolButton] = []
        for text, tip, slot in actions:
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            row.addWidget(b)
            self.buttons.append(b)
        v.addLayout(row)
        view.zoom_changed.connect(lambda _: self.show_scale())

    def show_scale(self) -> None:
        self.label.setText(f"{round(self.view.scale() * 100)} %" if self.view.pixmap else "")
