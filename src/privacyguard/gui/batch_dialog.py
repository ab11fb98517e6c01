"""Clean a whole folder: pick the folders, go, watch the progress, open the report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from privacyguard.core.progress import CancelToken, Progress
from privacyguard.core.settings import VerifyScope
from privacyguard.gui.messages import plain
from privacyguard.gui.settings import AppSettings
from privacyguard.gui.workers import TaskQueue
from privacyguard.pipeline.batch import BatchOptions, BatchResult, run_batch
from privacyguard.pipeline.batch_report import write_reports


class BatchDialog(QDialog):
    def __init__(self, settings: AppSettings, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clean a folder"))
        self.setMinimumWidth(560)
        self.settings = settings
        self.queue = TaskQueue(self)
        self.task: Any = None
        self.report: Path | None = None
        self.workers = 0  # one per core
        self.outcome: BatchResult | None = None
        form = QFormLayout(self)
        self.input = QLineEdit(str(folder or ""))
        self.output = QLineEdit(str(folder.with_name(folder.name + " - anonymisé")) if folder else "")
        form.addRow(self.tr("Photos from"), self._picker(self.input))
        form.addRow(self.tr("Cleaned copies into"), self._picker(self.output))
        self.check_only = QCheckBox(self.tr("Check only (write just the report)"))
        form.addRow("", self.check_only)
        self.bar = QProgressBar()
        self.status = QLabel(self.tr("The originals are never modified."))
        self.status.setWordWrap(True)
        form.addRow(self.bar)
        form.addRow(self.status)
        row = QHBoxLayout()
        self.start = QPushButton(self.tr("Start"))
        self.start.setDefault(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setEnabled(False)
        self.open_report = QPushButton(self.tr("Open the report"))
        self.open_report.setEnabled(False)
        for b in (self.start, self.cancel, self.open_report):
            row.addWidget(b)
        form.addRow(row)
        self.start.clicked.connect(self.run)
        self.cancel.clicked.connect(self.stop)
        self.open_report.clicked.connect(self.show_report)

    def _picker(self, edit: QLineEdit) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(edit, 1)
        b = QPushButton(self.tr("Choose…"))
        b.clicked.connect(lambda: edit.setText(QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text()) or edit.text()))
        h.addWidget(b)
        return w

    def run(self) -> None:
        src, dst = Path(self.input.text()), Path(self.output.text())
        s = self.settings
        options = BatchOptions(s.analysis, s.style, check_only=self.check_only.isChecked(), workers=self.workers,
                               scope=VerifyScope.REGIONS, lists=s.lists)
        lang = s.ui_language()

        def work(progress: Any, cancel: CancelToken) -> tuple[BatchResult, list[Path]]:
            result = run_batch(src, dst, options, progress, cancel)
            return result, write_reports(result, src, dst, options, lang)

        self.start.setEnabled(False)
        self.cancel.setEnabled(True)
        self.status.setText(self.tr("Loading the models in each worker…"))
        self.task = self.queue.submit(work, self.finished_batch, self.failed, self.on_progress)

    def on_progress(self, p: Progress) -> None:
        self.bar.setRange(0, max(1, p.total))
        self.bar.setValue(p.done)
        if p.done:
            about = self.tr("about %1 min left")
            per_minute = self.tr("photos/min")
            left = " · " + about.replace("%1", str(round(p.eta / 60))) if p.eta is not None else ""
            self.status.setText(f"{p.done}/{p.total} · {p.rate:.1f} {per_minute}{left}\n{p.path}")

    def stop(self) -> None:
        if self.task:
            self.task.cancel.cancel()
            self.status.setText(self.tr("Stopping after the photos in progress…"))

    def finished_batch(self, result: tuple[BatchResult, list[Path]]) -> None:
        batch, paths = result
        self.outcome, self.report = batch, paths[2]
        self.start.setEnabled(True)
        self.cancel.setEnabled(False)
        self.open_report.setEnabled(True)
        self.status.setText(self.tr("%1 files: %2 cleaned, %3 to review, %4 unreadable%5.").replace("%1", str(len(batch.entries)))
                            .replace("%2", str(batch.count("cleaned") + batch.count("clean"))).replace("%3", str(batch.count("flagged")))
                            .replace("%4", str(batch.count("error"))).replace("%5", self.tr(" (cancelled)") if batch.cancelled else "")
                            + "".join(f"\n{e.source} : {plain(e.reason) if e.status == 'error' else e.reason}"
                                      for e in batch.entries if e.status in ("error", "flagged"))[:2000])

    def show_report(self) -> None:
        """Open report.html in the browser; where none is set, say where the report is."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report))):
            self.status.setText(self.tr("No browser could open the report: it is %1").replace("%1", str(self.report)))

    def failed(self, message: str) -> None:
        self.start.setEnabled(True)
        self.cancel.setEnabled(False)
        self.status.setText(message)

    def closeEvent(self, event: Any) -> None:
        self.stop()
        self.queue.wait(60000)
        super().closeEvent(event)
