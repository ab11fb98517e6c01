"""The window's side panels and status line: the draft, the findings, and the verdict in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QIcon, QImageReader, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacyguard.core.types import RAN, Category
from privacyguard.gui.draft_edit import DraftEdit
from privacyguard.gui.findings_model import FindingsModel
from privacyguard.gui.messages import plain
from privacyguard.gui.review import Review, Row, Verdict
from privacyguard.pipeline.checklist import MARKS
from privacyguard.pipeline.text import CleanText
from privacyguard.redactors.text import platform_lengths

VERDICT_COLOURS = {Verdict.READY: "#1b7f3b", Verdict.CLEAN: "#1b7f3b", Verdict.FOUND: "#b45309", Verdict.KEPT: "#b45309",
                   Verdict.CHECKLIST: "#b45309",
                   Verdict.LEFT: "#b91c1c", Verdict.UNCHECKED: "#b91c1c", Verdict.UNREADABLE: "#b91c1c", Verdict.EMPTY: "#555"}


def warn(parent: QWidget, message: str) -> None:
    """A warning the doctor must see, without blocking the window (no nested event loop)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "privacyguard", message, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _lengths(lengths: dict[str, tuple[int, int]]) -> str:
    return " · ".join(f"{k} {n}/{limit}" for k, (n, limit) in lengths.items())


class DraftPanel(QWidget):
    """The draft, its length on each platform, and once cleaned, the text that will be pasted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        title = self.tr("Draft")
        v.addWidget(QLabel(f"<b>{title}</b>"))
        self.edit = DraftEdit()
        self.edit.setPlaceholderText(self.tr("Write or paste the post here, e.g. “#DocTocToc 3 ans, éruption depuis ce matin…”"))
        v.addWidget(self.edit, 1)
        self.lengths = QLabel()
        self.lengths.setWordWrap(True)
        # room for two lines: in a small window the layout gave the wrapped line one, and cut it at its top
        self.lengths.setMinimumHeight(2 * self.lengths.fontMetrics().lineSpacing() + 2)
        v.addWidget(self.lengths)
        self.cleaned = QLabel()
        self.cleaned.setWordWrap(True)
        self.cleaned.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cleaned.setStyleSheet("background: #eef7ee; border: 1px solid #b7dfb9; border-radius: 4px; padding: 6px")
        self.cleaned.hide()
        v.addWidget(self.cleaned)
        self.fix_button = QPushButton()  # the risk's one-click rewrite ("97 ans" → "plus de 90 ans"), when there is one
        self.fix_button.hide()
        v.addWidget(self.fix_button)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setShortcut(QKeySequence("Ctrl+Return"))
        v.addWidget(self.check_button)
        self.edit.textChanged.connect(self.show_cleaned)

    def show_fix(self, reason: dict[str, object] | None) -> None:
        """Offer the risk's softer wording as a button, or hide it."""
        fix = reason.get("fix") if reason else None
        self.fix_button.setVisible(bool(fix))
        if reason and fix:
            self.fix_button.setText(self.tr("Apply the advice: %1").replace("%1", str(reason["suggestion"])))
            self.fix_button.setToolTip(str(reason["message"]))

    def show_cleaned(self, cleaned: CleanText | None = None) -> None:
        """The cleaned text and its lengths when there is one, else the draft's lengths."""
        self.cleaned.setVisible(cleaned is not None)
        if cleaned is not None:
            self.cleaned.setText(cleaned.text)
            self.lengths.setText(self.tr("Cleaned text:") + " " + _lengths(cleaned.lengths))
        else:
            text = self.edit.toPlainText()
            self.lengths.setText(_lengths(platform_lengths(text)) if text else "")


class FindingsPanel(QWidget):
    """The findings list (checkable), why the selected one was flagged, and the keys to use."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        self.title = QLabel()
        v.addWidget(self.title)
        self.list = QListView()
        self.list.setModel(model)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)  # a narrow window wraps a finding's words rather than cutting them
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        v.addWidget(self.list, 1)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setMinimumHeight(90)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop)
        v.addWidget(self.why)
        hint = QLabel(self.tr("Space: keep / remove · drag on the photo: hide a region · Ctrl+Z: undo"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666")
        v.addWidget(hint)

    def show_count(self, n: int) -> None:
        title = self.tr("To review")
        self.title.setText(f"<b>{title} ({n})</b>")

    def show_why(self, row: Row | None) -> None:
        self.why.setText(FindingsModel.why(row) if row else "")


class ChecksLabel(QLabel):
    """Which checks can run ("✓ visages ✗ texte des photos"), the reasons in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Loading the models…"), parent)

    def show_status(self, status: dict[str, str]) -> None:
        names = {"faces": self.tr("faces"), "text": self.tr("text in photos"), "barcodes": self.tr("codes"),
                 "identifiers": self.tr("draft")}
        parts = [("✓ " if v == RAN else "✗ ") + names.get(k, k) for k, v in status.items()]
        self.setText(self.tr("Checks:") + " " + "  ".join(parts))
        self.setToolTip("\n".join(f"{names.get(k, k)}: {v}" for k, v in status.items()))


class StatusLine(QLabel):
    """The verdict in plain words: "Prêt à publier" only when everything was removed and verified."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def say(self, text: str) -> None:
        """A neutral message (work in progress, something copied)."""
        self.setText(text)
        self.setStyleSheet("")

    def show_review(self, review: Review | None, has_input: bool) -> None:
        if review is None:
            self.say(self.tr("Add photos or write the draft, then “Check”.") if has_input else
                     self.tr("Ready. Write the draft and add photos."))
            return
        v = review.verdict()
        self.setText(self._message(review, v) + self._risk(review))
        self.setStyleSheet(f"color: {VERDICT_COLOURS[v]}; font-weight: 600; font-size: 14px")
        metadata = sum(f.category is Category.METADATA for i in review.report.photos for f in i.findings)
        self.setToolTip(self.tr("%1 metadata field(s): never copied").replace("%1", str(metadata)))

    def _risk(self, review: Review) -> str:
        """The re-identification risk of what stays in the draft, when it is not low (its reasons in French)."""
        risk = review.risk()
        if not risk or risk.get("level") == "low":
            return ""
        level = {"medium": self.tr("moderate"), "high": self.tr("serious")}.get(str(risk["level"]), str(risk["level"]))
        first = review.first_reason()
        return ("\n" + self.tr("Re-identification risk of what stays: %1.").replace("%1", level) +
                (f" {first['message']} → {first['suggestion']}" if first else ""))

    def kept_words(self, review: Review) -> str:
        """What the doctor kept, in words: "1 face, 2 names"."""
        counts: dict[str, int] = {}
        for r in review.kept_high():
            kind = "face" if r.finding.category is Category.FACE else "name" if r.finding.label == "PERSON" else "other"
            counts[kind] = counts.get(kind, 0) + 1
        if review.marks_left():
            counts["mark"] = len(review.marks_left())
        words = {"face": self.tr("%1 face(s)"), "name": self.tr("%1 name(s)"), "other": self.tr("%1 other identifier(s)"),
                 "mark": self.tr("%1 distinctive mark(s) not hidden")}
        return ", ".join(words[k].replace("%1", str(n)) for k, n in counts.items())

    def _message(self, review: Review, v: Verdict) -> str:  # noqa: PLR0911 - one message per verdict
        if v is Verdict.FOUND:
            remove, undecided = review.counts()
            return (self.tr("⚠ %1 identifying item(s) to remove, %2 to decide. Click “Clean everything”.")
                    .replace("%1", str(remove)).replace("%2", str(undecided)))
        if v is Verdict.UNCHECKED:
            return self.tr("✗ Not verified: %1").replace("%1", "; ".join(f"{Path(f).name} — {plain(w.split(': ', 1)[-1])}"
                                                                         for f, w in review.unchecked()))
        if v is Verdict.UNREADABLE:
            return self.tr("✗ Unreadable photo: %1").replace("%1", "; ".join(
                f"{Path(i.path).name} — {plain(i.error)}" for i in review.report.photos if i.status != "ok"))
        if v is Verdict.CHECKLIST:
            return (self.tr("⚠ Verified. Last step: look at photo %1 for what no detector sees, and answer under the photo.")
                    .replace("%1", ", ".join(str(n + 1) for n in review.unanswered())))
        if v is Verdict.KEPT:
            return (self.tr("⚠ Verified, but you kept: %1. Confirm before copying or saving.")
                    .replace("%1", self.kept_words(review)))
        if v is Verdict.LEFT and review.cleaned:
            left = [f.detail for r in review.cleaned.photos for f in r.residual]
            left += [f"{k}: {s}" for r in review.cleaned.photos for k, s in r.verification.items() if s != RAN]
            left += [f.detail for f in (review.cleaned.text.residual if review.cleaned.text else ())]
            return self.tr("✗ Not ready: the re-check still finds something or could not run. See the list.") + " " + "; ".join(left[:3])
        if v is Verdict.READY and any(n.startswith("faces:") for i in review.report.photos for n in i.notes):
            return (self.tr("✓ Ready to publish: everything chosen was removed and the re-check found nothing.") + " " +
                    self.tr("(Faces were looked for by one detector only: the other has no version for this computer.)"))
        return {
            Verdict.EMPTY: self.tr("Nothing to check."),
            Verdict.CLEAN: self.tr("Nothing identifying found, and every check ran."),
            Verdict.READY: self.tr("✓ Ready to publish: everything chosen was removed and the re-check found nothing."),
        }.get(v, "")

    def why_not_publishable(self, review: Review | None) -> str:
        """Why copying and saving are disabled, in words (the buttons' tooltip)."""
        if review is None or review.cleaned is None:
            return self.tr("Click “Clean everything” first: only a cleaned and verified post can be copied or saved.")
        if review.verdict() is Verdict.KEPT:
            return self.tr("You kept something identifying: confirm it first.")
        if review.verdict() is Verdict.CHECKLIST:
            return self.tr("Answer the checklist under each photo first.")
        return self.tr("The re-check did not verify the cleaned post: nothing can be copied or saved.")


def _upright_icon(path: str) -> QIcon:
    """A thumbnail the right way up: the file's EXIF orientation applied (QIcon alone ignores it), read small."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > 256:
        reader.setScaledSize(size.scaled(256, 256, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon(path)


def photo_mime(path: str) -> QMimeData:
    """A cleaned photo for the clipboard or a drag: the picture itself, and the file for apps that take files."""
    mime = QMimeData()
    mime.setImageData(QPixmap(path).toImage())
    mime.setUrls([QUrl.fromLocalFile(path)])
    return mime


class Thumbnails(QListWidget):
    """The post's photos in a row; once cleaned, each shows its cleaned copy, which can be dragged out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setMovement(QListView.Movement.Static)  # the order is the post's: no moving inside the row
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)
        self.draggable = False  # only a cleaned, verified photo leaves the window
        self.setWrapping(False)
        self.setFixedHeight(86)
        self.setIconSize(QPixmap(96, 64).size())

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        """What a drag carries: the cleaned copy (never the original), and only once it may leave."""
        shown = [str(i.data(Qt.ItemDataRole.UserRole + 1) or "") for i in items]
        if not self.draggable or not all(shown):
            return QMimeData()
        return photo_mime(shown[0])

    def startDrag(self, actions: Qt.DropAction) -> None:
        if self.draggable:
            super().startDrag(Qt.DropAction.CopyAction)

    def show_photos(self, photos: list[Path], cleaned: list[str | None], current: int) -> None:
        self.blockSignals(True)
        self.clear()
        for n, p in enumerate(photos):
            shown = (cleaned[n] if n < len(cleaned) else None) or str(p)
            item = QListWidgetItem(_upright_icon(shown), str(n + 1))
            item.setData(Qt.ItemDataRole.UserRole, shown)
            item.setData(Qt.ItemDataRole.UserRole + 1, cleaned[n] if n < len(cleaned) else None)  # the copy a drag carries
            item.setToolTip(str(p))
            self.addItem(item)
        if photos:
            self.setCurrentRow(min(current, len(photos) - 1))
        self.blockSignals(False)


class ChecklistBar(QWidget):
    """Under the photo: what no detector sees (a tattoo, a reflection…), answered with a click, hints highlighted."""

    answered = Signal(str, bool)  # a mark, present or not
    done = Signal()  # the doctor looked at the whole photo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Also visible in this photo? Click what is there:"))
        grid.addWidget(self.title, 0, 0, 1, 3)
        self.done_button = QPushButton(self.tr("Checked: nothing else"))
        self.done_button.setShortcut(QKeySequence("Ctrl+K"))
        grid.addWidget(self.done_button, 0, 3)
        names = {"tattoo": self.tr("Tattoo"), "jewellery": self.tr("Jewellery"), "scar_birthmark": self.tr("Scar, birthmark"),
                 "hair_clothing": self.tr("Hair, clothing"), "room_view": self.tr("Room, window view"),
                 "reflection": self.tr("Reflection (glasses, mirror)"), "document_screen": self.tr("Document, screen")}
        self.buttons: dict[str, QToolButton] = {}
        for n, mark in enumerate(MARKS):
            b = QToolButton()
            b.setText(names[mark])
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.toggled.connect(lambda on, m=mark: self.answered.emit(m, on))
            grid.addWidget(b, 1 + n // 4, n % 4)
            self.buttons[mark] = b
        self.done_button.clicked.connect(self.done.emit)
        self.hint_words = {"document_screen": self.tr("Text was read in this photo: a document or a screen may show."),
                           "hair_clothing": self.tr("A face touches the edge: someone is only partly in the frame.")}

    def show_photo(self, hints: dict[str, bool], marks: dict[str, bool], answered: bool) -> None:
        """One photo's checklist: its hints highlighted, the doctor's answers ticked."""
        for mark, b in self.buttons.items():
            b.blockSignals(True)
            b.setChecked(marks.get(mark, False))
            b.blockSignals(False)
            hinted = hints.get(mark, False)
            b.setStyleSheet("QToolButton { border: 2px solid #b45309; border-radius: 3px; font-weight: 600 }" if hinted else "")
            b.setToolTip(self.hint_words.get(mark, "") if hinted else "")
        self.done_button.setText(self.tr("✓ Checked") if answered else self.tr("Checked: nothing else"))
        self.done_button.setEnabled(not answered)
