"""The main window: composition of the views, wired to the controller. No detection logic here."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from privacyguard.core.progress import Progress
from privacyguard.gui import dialogs
from privacyguard.gui.controller import Controller
from privacyguard.gui.findings_model import FindingsModel
from privacyguard.gui.handover import HandOver
from privacyguard.gui.intake import Intake
from privacyguard.gui.messages import plain
from privacyguard.gui.panels import ChecksLabel, DraftPanel, FindingsPanel, StatusLine, warn
from privacyguard.gui.photo_pane import PhotoPane
from privacyguard.gui.photo_view import SEVERITY_COLOURS, to_pixmap
from privacyguard.gui.review import DRAFT, Verdict
from privacyguard.gui.settings import AppSettings

LIVE_CHECK_MS = 1200  # a pause in typing this long checks the draft again


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.setWindowTitle("privacyguard")
        self.setAcceptDrops(True)
        self.resize(1280, 760)
        self.c = Controller(settings, self)
        self.model = FindingsModel(self)
        self.photo_index = 0
        self._clean_after_check = False
        # The draft is checked as the doctor types, once they pause (photos already checked are reused).
        self.live = QTimer(self)
        self.live.setSingleShot(True)
        self.live.setInterval(LIVE_CHECK_MS)
        self.live.timeout.connect(self.live_check)
        self.intake = Intake(self)
        self.journal_dialog: QDialog | None = None
        self._build()
        self._wire()
        self.refresh()

    # --- building -----------------------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object) -> QAction:
        a = QAction(text, self)
        a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _build(self) -> None:
        bar = QToolBar(self.tr("Actions"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.open_action = self._action(self.tr("Open photos…"), QKeySequence.StandardKey.Open, self.intake.open_photos)
        self.paste_action = self._action(self.tr("Paste image"), "Ctrl+Shift+V", self.intake.paste_image)
        self.folder_action = self._action(self.tr("Clean a folder…"), "Ctrl+Shift+O", lambda: dialogs.open_batch(self))
        self.undo_action = self._action(self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo)
        self.settings_action = self._action(self.tr("Settings…"), QKeySequence.StandardKey.Preferences, lambda: dialogs.open_settings(self))
        self.journal_action = self._action(self.tr("Journal…"), "Ctrl+J", lambda: dialogs.open_journal(self))
        for a in (self.open_action, self.paste_action, self.folder_action, self.undo_action, self.settings_action, self.journal_action):
            bar.addAction(a)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy())
        bar.addWidget(spacer)
        self.models_label = ChecksLabel()
        bar.addWidget(self.models_label)
        self.draft_panel = DraftPanel()
        self.draft, self.check_button = self.draft_panel.edit, self.draft_panel.check_button
        self.findings = FindingsPanel(self.model)
        self.list = self.findings.list
        split = QSplitter()
        for w, stretch in ((self.draft_panel, 3), (self._build_photos(), 5), (self.findings, 3)):
            split.addWidget(w)
            split.setStretchFactor(split.count() - 1, stretch)
        split.setSizes([340, 620, 320])
        body = QWidget()
        v = QVBoxLayout(body)
        v.addWidget(split, 1)
        v.addLayout(self._build_bottom())
        self.setCentralWidget(body)

    def _build_photos(self) -> QWidget:
        pane = PhotoPane()
        self.view, self.thumbs, self.zoom_bar, self.after, self.checklist = pane.view, pane.thumbs, pane.zoom_bar, pane.after, pane.checklist
        self.remove_photo_button, self.zoom_label = pane.remove_button, self.zoom_bar.label
        self.zoom_out_button, self.fit_button, self.actual_button, self.zoom_in_button = self.zoom_bar.buttons
        return pane

    def _build_bottom(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        self.verdict = StatusLine()
        bottom.addWidget(self.verdict, 1)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        bottom.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setShortcut(QKeySequence("Esc"))
        self.cancel_button.hide()
        bottom.addWidget(self.cancel_button)
        self.clean_button = QPushButton(self.tr("Clean everything"))
        self.clean_button.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.clean_button.setDefault(True)
        self.hand = HandOver(self)
        self.copy_all_button, self.copy_text_button, self.copy_image_button, self.save_button = self.hand.buttons
        self.copy_text, self.copy_image, self.save_copies = self.hand.copy_text, self.hand.copy_image, self.hand.save_copies
        self.confirm_button = QPushButton(self.tr("I confirm: publish what I kept"))
        self.confirm_button.hide()
        for b in (self.confirm_button, self.clean_button, *self.hand.buttons):
            bottom.addWidget(b)
        return bottom

    def _wire(self) -> None:
        c = self.c
        c.models_ready.connect(self.on_models)
        c.busy.connect(self.on_busy)
        c.progress.connect(self.on_progress)
        c.checked.connect(self.on_checked)
        c.cleaned.connect(self.on_cleaned)
        c.failed.connect(self.on_failed)
        c.photos_changed.connect(self.on_photos_changed)
        self.check_button.clicked.connect(self.check)
        self.cancel_button.clicked.connect(self.c.cancel)
        self.clean_button.clicked.connect(self.clean_all)
        self.confirm_button.clicked.connect(self.confirm_kept)
        self.remove_photo_button.clicked.connect(lambda: self.c.remove_photo(self.photo_index))
        self.thumbs.currentRowChanged.connect(self.show_photo)
        self.after.toggled.connect(lambda _: self.show_photo(self.photo_index))
        self.draft.textChanged.connect(self.on_text_changed)
        self.draft.files_dropped.connect(self.intake.add_paths)
        self.checklist.answered.connect(self.answer_mark)
        self.checklist.done.connect(self.photo_checked)
        self.draft_panel.fix_button.clicked.connect(self.apply_fix)
        self.view.box_clicked.connect(self.toggle_from_photo)
        self.view.box_drawn.connect(self.draw_box)
        self.model.changed_by_user.connect(self.refresh)
        self.model.changed_by_user.connect(lambda: self.on_current(self.list.currentIndex().row()))  # "why" follows the tick
        self.list.selectionModel().currentChanged.connect(lambda cur, _: self.on_current(cur.row()))

    # --- actions ------------------------------------------------------------------------------
    def check(self) -> None:
        self.c.check(self.draft.toPlainText())

    def clean_all(self) -> None:
        if self.c.review is None or self.c.text != self.draft.toPlainText():
            self._clean_after_check = True
            self.check()
        else:
            self.c.clean_all()

    def confirm_kept(self) -> None:
        if self.c.review:
            self.c.review.confirm()
        self.refresh()

    def undo(self) -> None:
        if self.c.review:
            self.c.review.undo()
            self.model.refresh()
            self.refresh()

    def toggle_from_photo(self, finding_id: str) -> None:
        if self.c.review:
            self.c.review.toggle(self.photo_index, finding_id)
            self.model.refresh()
            self.select(finding_id, self.photo_index)
            self.refresh()

    def answer_mark(self, mark: str, present: bool) -> None:
        review = self.c.review
        if review and self.photo_index < len(review.report.photos):
            review.answer(self.photo_index, mark, present)
            self.refresh()

    def photo_checked(self) -> None:
        """The doctor looked at this photo: go on to the next one not looked at yet."""
        review = self.c.review
        if review and self.photo_index < len(review.report.photos):
            review.checked_photo(self.photo_index)
            left = review.unanswered()
            if left:
                self.thumbs.setCurrentRow(left[0])
            self.refresh()

    def apply_fix(self) -> None:
        """The risk's one-click rewrite: a softer wording in the draft (then checked again), or a kept identifier removed."""
        review = self.c.review
        reason = review.first_reason() if review else None
        fix = reason.get("fix") if reason else None
        if review is None or not isinstance(fix, dict) or self.c.text != self.draft.toPlainText():
            return
        start, end = fix["span"]
        if fix.get("remove"):
            for r in review.rows():
                if r.where == DRAFT and r.finding.span == (start, end):
                    review.set_remove(DRAFT, r.finding.id, True)
            self.model.refresh()
            self.refresh()
            return
        cursor = self.draft.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        cursor.insertText(str(fix["text"]))
        self._clean_after_check = review.cleaned is not None  # it was cleaned: clean the new wording too
        self.check()

    def draw_box(self, box: object) -> None:
        if self.c.review and self.photo_index < len(self.c.review.report.photos):
            self.c.review.add_box(self.photo_index, box)  # type: ignore[arg-type]
            self.refresh()

    def select(self, finding_id: str, where: int) -> None:
        idx = self.model.index_of(finding_id, where)
        if idx.isValid():
            self.list.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.c.close()
        super().closeEvent(event)

    # --- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.intake.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.intake.drop(event)

    # --- showing state --------------------------------------------------------------------------
    def on_models(self, status: dict[str, str]) -> None:
        self.models_label.show_status(status)
        self.refresh()

    def on_busy(self, what: str) -> None:
        words = {"loading": self.tr("Loading the models…"), "checking": self.tr("Checking…"), "cleaning": self.tr("Cleaning and verifying…")}
        busy = bool(what)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(what == "checking")
        self.progress.setRange(0, 0)
        self.check_button.setEnabled(not busy or what == "loading")
        self.clean_button.setEnabled((not busy or what == "loading") and bool(self.c.photos or self.draft.toPlainText().strip()))
        if busy:
            self.verdict.say(words.get(what, what))
        else:
            self.refresh()

    def on_progress(self, p: Progress) -> None:
        self.progress.setRange(0, max(1, p.total))
        self.progress.setValue(p.done)

    def on_failed(self, message: str) -> None:
        self._clean_after_check = False
        warn(self, message)
        self.refresh()

    def on_checked(self) -> None:
        self.model.set_review(self.c.review)
        self.findings.show_why(None)  # nothing of the previous post
        bad = [i for i in self.c.review.report.photos if i.status != "ok"] if self.c.review else []
        if bad:
            warn(self, self.tr("These photos cannot be read and were not checked:") + "\n\n" +
                      "\n".join(f"{i.path}\n    {plain(i.error)}" for i in bad))
        self.show_photo(min(self.photo_index, max(0, len(self.c.photos) - 1)))
        if self._clean_after_check:
            self._clean_after_check = False
            self.c.clean_all()
        self.refresh()

    def on_cleaned(self) -> None:
        """Show what will be posted: the cleaned copy on screen and in the thumbnails (even if "after" was ticked)."""
        cleaned = self.c.review.cleaned if self.c.review else None
        self.after.setChecked(bool(cleaned and cleaned.photos))
        self.on_photos_changed(keep_review=True)

    def on_photos_changed(self, keep_review: bool = False) -> None:
        if not keep_review:
            self.model.set_review(None)
            self.after.setChecked(False)  # a new post: nothing is cleaned yet
        cleaned = self.c.review.cleaned if self.c.review else None
        self.photo_index = min(self.photo_index, max(0, len(self.c.photos) - 1))
        self.thumbs.show_photos(self.c.photos, [r.output for r in cleaned.photos] if cleaned else [], self.photo_index)
        self.show_photo(self.photo_index)
        self.refresh()

    def live_check(self) -> None:
        """Check the draft as it stands, unless nothing changed or the doctor's decisions would be lost."""
        review, text = self.c.review, self.draft.toPlainText()
        if not self.c.status or text == self.c.text or not (text.strip() or self.c.photos):
            return
        if self.c.queue.busy():
            self.live.start()  # try again after the work in progress
            return
        if review is not None and (review.can_undo() or any(review.boxes.values()) or review.answered or review.cleaned):
            return  # ticks, drawn boxes, answers or a cleaned copy: the doctor checks again when they choose
        self.check()

    def on_text_changed(self) -> None:
        self.live.start()
        self.clean_button.setEnabled(self._something_to_clean())
        if self.c.review and self.c.text != self.draft.toPlainText() and self.c.review.report.draft is not None:
            self.draft.setExtraSelections([])
            self.verdict.say(self.tr("The draft has changed: check it again."))

    def _something_to_clean(self) -> bool:
        return bool(self.c.photos or self.draft.toPlainText().strip()) and not self.c.queue.busy()

    def on_current(self, n: int) -> None:
        row = self.model.row_at(n)
        self.findings.show_why(row)
        if row is None:
            return
        if row.where not in (DRAFT, self.photo_index):
            self.thumbs.setCurrentRow(row.where)
        self.view.current = row.finding.id if row.where != DRAFT else ""
        self.refresh_marks()

    def show_photo(self, n: int) -> None:
        self.photo_index = max(0, n)
        review = self.c.review
        pixmap = None
        if review and review.cleaned and self.after.isChecked() and n < len(review.cleaned.photos) and review.cleaned.photos[n].output:
            pixmap = QPixmap(str(review.cleaned.photos[n].output))
        elif review and n < len(review.report.pixels) and review.report.pixels[n] is not None:
            pixmap = to_pixmap(review.report.pixels[n].pixels)  # type: ignore[union-attr]
        elif n < len(self.c.photos):
            pixmap = QPixmap(str(self.c.photos[n]))
        self.view.set_photo(pixmap if pixmap and not pixmap.isNull() else None, [], [])
        self.zoom_bar.show_scale()
        self.refresh_marks()
        self._show_checklist()

    def refresh_marks(self) -> None:
        review = self.c.review
        rows = review.rows() if review else []
        showing_after = self.after.isChecked() and review is not None and review.cleaned is not None
        boxes = [] if showing_after else [
            (r.finding.id, r.finding.redact_box or r.finding.box, SEVERITY_COLOURS[r.finding.severity], r.remove)
            for r in rows if r.where == self.photo_index and (r.finding.redact_box or r.finding.box)]
        manual = [] if showing_after or not review else review.boxes.get(self.photo_index, [])
        self.view.set_photo(self.view.pixmap, boxes, manual)  # type: ignore[arg-type]
        if review and review.report.draft is not None and self.c.text == self.draft.toPlainText():
            self.draft.show_findings([r for r in rows if r.where == DRAFT], self.view.current)

    def _show_checklist(self) -> None:
        review = self.c.review
        n = self.photo_index
        item = review.report.photos[n] if review and n < len(review.report.photos) else None
        self.checklist.setVisible(bool(item and item.status == "ok"))
        if review and item:
            self.checklist.show_photo(dict(item.checklist), review.marks[n], n in review.answered)

    def refresh(self) -> None:
        review = self.c.review
        self.refresh_marks()
        self.undo_action.setEnabled(bool(review and review.can_undo()))
        cleaned = review.cleaned if review else None
        current = bool(review and self.c.text == self.draft.toPlainText())  # the review is of the draft as it stands
        publish = bool(review and current and review.can_publish())
        self.thumbs.draggable = publish  # a cleaned, verified photo can be dragged out into a browser
        self.hand.show(publish, self.verdict.why_not_publishable(review) if current or review is None else
                       self.tr("The draft has changed: check it again."))
        self.confirm_button.setVisible(bool(review and review.verdict() is Verdict.KEPT))
        self.after.setEnabled(bool(cleaned and cleaned.photos))
        self.remove_photo_button.setEnabled(bool(self.c.photos))
        self.clean_button.setEnabled(self._something_to_clean())
        self.findings.show_count(self.model.rowCount())
        self._show_checklist()
        self.draft_panel.show_fix(review.first_reason() if review and current else None)
        if self.c.queue.busy():
            return
        if review is not None and not current:
            self.verdict.say(self.tr("The draft has changed: check it again."))
        else:
            self.verdict.show_review(review, bool(self.c.photos or self.draft.toPlainText()))
        self.draft_panel.show_cleaned(cleaned.text if cleaned else None)
