"""The findings list: a Qt model over ``Review.rows()`` (the review object holds the state)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from privacyguard.core.types import Category, Finding
from privacyguard.gui.photo_view import SEVERITY_COLOURS
from privacyguard.gui.review import DRAFT, Review, Row

Index = QModelIndex | QPersistentModelIndex


T = QCoreApplication.translate  # T("Findings", "…"): lupdate reads these literal calls


def kind_word(kind: str, default: str | None = None) -> str:
    """A kind of finding in the doctor's words: a category ("FACE") or a text label ("PERSON"); the core only gives codes."""
    words = {
        Category.FACE.value: T("Findings", "Face"), Category.BARCODE.value: T("Findings", "Barcode"),
        Category.METADATA.value: T("Findings", "Metadata"), Category.MANUAL.value: T("Findings", "Region drawn by hand"),
        "PERSON": T("Findings", "Name"), "DATE": T("Findings", "Date"), "BIRTH_DATE": T("Findings", "Date of birth"),
        "AGE": T("Findings", "Age"), "LOCATION": T("Findings", "Place"), "ADDRESS": T("Findings", "Address"),
        "ORGANIZATION": T("Findings", "Institution"), "PHONE": T("Findings", "Phone"), "EMAIL": T("Findings", "E-mail"),
        "NIR": T("Findings", "Social security number"), "MEDICAL_ID": T("Findings", "Record number"),
        "IBAN": T("Findings", "IBAN"), "PLATE": T("Findings", "Number plate"), "URL": T("Findings", "Web address"),
        "HANDLE": T("Findings", "Account"), "PROFESSION": T("Findings", "Profession"), "OTHER_ID": T("Findings", "Identifier"),
    }
    return words.get(kind, kind if default is None else default)


def label_word(f: Finding) -> str:
    """What the finding is, in the doctor's words."""
    if f.category is Category.METADATA and f.text:
        return T("Findings", "Metadata (%1 fields)").replace("%1", f.text)
    if f.category is Category.TEXT and "unreadable" in f.source:
        return T("Findings", "Unreadable text")
    if f.category is Category.TEXT:
        word = kind_word(f.label or "", T("Findings", "Text in the photo") if f.box else T("Findings", "Identifier"))
        return f"{word} « {f.text} »" if f.text else word
    return kind_word(f.category.value)


def reason_words(f: Finding) -> str:  # noqa: PLR0911 - one sentence per kind of finding
    """Why it was flagged, in plain words for a GP (the detector and rule go into the details line)."""
    if f.category is Category.FACE:
        return T("Findings", "A face: anyone who knows the person recognises it.")
    if f.category is Category.METADATA:
        return T("Findings", "Data hidden in the file (where and when the photo was taken, the device, a thumbnail): always removed.")
    if f.category is Category.BARCODE:
        return T("Findings", "A barcode or QR code: it can hold a name or a record number.")
    if f.category is Category.MANUAL:
        return T("Findings", "A region you hid by hand.")
    if "unreadable" in f.source:
        return T("Findings", "Text that cannot be read with confidence: destroyed to be safe (nobody can check it is harmless).")
    if "labelled field" in f.source:
        return T("Findings", "A field of a medical document (Nom, Né(e) le, IPP…): the whole line goes.")
    if f.source in ("repeat", "cross-check", "recheck:repeat") or "named in the post" in f.source:
        return T("Findings", "Found elsewhere in the post: removed everywhere it appears.")
    words = {
        "PERSON": T("Findings", "The first name or surname of a person."),
        "DATE": T("Findings", "A precise date: with an age or a place, it can point at the patient."),
        "AGE": T("Findings", "An exact age: yours to decide (with a date or a place it narrows things down)."),
        "LOCATION": T("Findings", "A place: a town, an address, a postcode."),
        "ORGANIZATION": T("Findings", "A named institution (hospital, school, club, employer)."),
        "PHONE": T("Findings", "A phone number."), "EMAIL": T("Findings", "An e-mail address."),
        "NIR": T("Findings", "A social security number."), "MEDICAL_ID": T("Findings", "A record or patient number."),
        "IBAN": T("Findings", "Bank details."), "URL": T("Findings", "A web link."),
        "HANDLE": T("Findings", "A social media account of the patient or a relative."),
        "PLATE": T("Findings", "A number plate."),
        "OTHER_ID": T("Findings", "Something that can point at one person (a rare role, a bed or door number, a long number)."),
    }
    return words.get(f.label or "", T("Findings", "Text that can identify someone."))


def where_word(where: int) -> str:
    return T("Findings", "draft") if where == DRAFT else T("Findings", "photo %1").replace("%1", str(where + 1))


class FindingsModel(QAbstractListModel):
    """Checkable rows: checked = removed. Unchecking a high-severity finding is allowed (the doctor decides)."""

    changed_by_user = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.review: Review | None = None
        self._rows: list[Row] = []

    def set_review(self, review: Review | None) -> None:
        self.beginResetModel()
        self.review = review
        self._rows = review.rows() if review else []
        self.endResetModel()

    def refresh(self) -> None:
        if self.review:
            self._rows = self.review.rows()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def row_at(self, n: int) -> Row | None:
        return self._rows[n] if 0 <= n < len(self._rows) else None

    def index_of(self, finding_id: str, where: int) -> QModelIndex:
        for n, r in enumerate(self._rows):
            if r.finding.id == finding_id and r.where == where:
                return self.index(n)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        f = row.finding
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label_word(f)} — {where_word(row.where)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return SEVERITY_COLOURS[f.severity] if Review.removable(f) else QColor("#607d8b")
        if role == Qt.ItemDataRole.CheckStateRole and Review.removable(f):
            return Qt.CheckState.Checked if row.remove else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.why(row)
        return None

    @staticmethod
    def why(row: Row) -> str:
        f = row.finding
        kept = T("Findings", "always removed (the copy is rebuilt from pixels)") if not Review.removable(f) else (
            T("Findings", "will be removed") if row.remove else T("Findings", "kept"))
        lines = f.detail.splitlines()
        detail = "; ".join(lines[:8] + (["…"] if len(lines) > 8 else []))
        severity = {"high": T("Findings", "high"), "medium": T("Findings", "medium"), "low": T("Findings", "low")}[f.severity.value]
        why = T("Findings", "Why: %1").replace("%1", reason_words(f))
        details = T("Findings", "Details: %1").replace("%1", f"{detail} · {f.source} · {f.score:.2f} · {severity}")
        return f"{label_word(f)}\n{why}\n{kept}\n{details}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = self.row_at(index.row())
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if row and Review.removable(row.finding) else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row())
        if role != Qt.ItemDataRole.CheckStateRole or row is None or self.review is None:
            return False
        remove = Qt.CheckState(value) == Qt.CheckState.Checked
        self.review.set_remove(row.where, row.finding.id, remove)
        self.refresh()
        self.changed_by_user.emit()
        return True
