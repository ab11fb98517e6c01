"""The doctor's journal, shown as a list: what was checked, cleaned and handed over, when; export as CSV, or delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privacyguard.core.errors import PrivacyGuardError
from privacyguard.gui.findings_model import kind_word
from privacyguard.pipeline import journal


def _counts(value: object) -> str:
    """{"PERSON": 2, "FACE": 1} in the doctor's words: "Nom 2, Visage 1"."""
    return ", ".join(f"{kind_word(str(k))} {v}" for k, v in value.items()) if isinstance(value, dict) else ""


def _answers(value: object) -> str:
    """The checklist's answers: "1: tattoo; 2: —" (photo numbers from 1)."""
    if not isinstance(value, dict):
        return ""
    return "; ".join(f"{int(n) + 1}: {', '.join(m) or '—'}" for n, m in value.items())


class JournalDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Journal of my checks"))
        self.resize(900, 420)
        v = QVBoxLayout(self)
        about = QLabel(self.tr("Kept on this computer only, never sent: counts by kind, the risk, the checklist's answers and "
                               "the fingerprint (sha256) of each cleaned copy. Never a name, a date, a place or a file name.")
                       + "\n" + str(path))
        about.setWordWrap(True)
        v.addWidget(about)
        self.headers = {"date": self.tr("Date"), "event": self.tr("What"), "photos": self.tr("Photos"), "found": self.tr("Found"),
                        "kept": self.tr("Kept"), "risk": self.tr("Risk"), "checklist": self.tr("Checklist"),
                        "verified": self.tr("Verified")}
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(list(self.headers.values()))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        v.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export as CSV…"))
        self.delete_button = QPushButton(self.tr("Delete the journal…"))
        close = QPushButton(self.tr("Close"))
        for b in (self.export_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        v.addLayout(row)
        self.export_button.clicked.connect(lambda: self.export())  # noqa: PLW0108 - clicked(bool) must not reach target
        self.delete_button.clicked.connect(self.ask_delete)
        close.clicked.connect(self.accept)
        self.load()

    def load(self) -> None:
        events = {"check": self.tr("checked"), "clean": self.tr("cleaned"), "publish": self.tr("copied or saved")}
        lines = list(reversed(journal.read(self.path)))  # the latest first
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            verified = line.get("verified")
            cells = [str(line.get("date", "")).replace("T", " ")[:16], events.get(str(line.get("event")), str(line.get("event"))),
                     str(line.get("photos", "")), _counts(line.get("found")), _counts(line.get("kept")), str(line.get("risk") or ""),
                     _answers(line.get("checklist")),
                     "" if verified is None else self.tr("yes") if verified else self.tr("no")]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.export_button.setEnabled(bool(lines))
        self.delete_button.setEnabled(bool(lines))

    def export(self, target: Path | None = None) -> Path | None:
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the journal"), "privacyguard-journal.csv", "CSV (*.csv)")
            if not name:
                return None
            target = Path(name)
        try:
            journal.export_csv(journal.read(self.path), target)
        except PrivacyGuardError as exc:
            QMessageBox.warning(self, "privacyguard", str(exc))
            return None
        return target

    def ask_delete(self) -> None:
        answer = QMessageBox.question(self, "privacyguard", self.tr("Delete the whole journal? This cannot be undone."))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete()

    def delete(self) -> None:
        try:
            journal.delete(self.path)
        except PrivacyGuardError as exc:
            QMessageBox.warning(self, "privacyguard", str(exc))
        self.load()
