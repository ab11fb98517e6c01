"""Settings: redaction style, face sensitivity, text replacements, personal lists, language."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QWidget

from privacyguard.core.settings import FaceSensitivity, RedactionStyle
from privacyguard.gui.settings import AppSettings, save_settings
from privacyguard.redactors.text import TextStyle


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        form = QFormLayout(self)
        self.style_box = self._combo([(self.tr("Solid fill"), RedactionStyle.SOLID),
                                      (self.tr("Destroying blur"), RedactionStyle.BLUR)], settings.style)
        self.faces = self._combo([(self.tr("Standard"), FaceSensitivity.STANDARD),
                                  (self.tr("Paranoid (slower, smaller faces)"), FaceSensitivity.PARANOID)], settings.sensitivity)
        self.text_style = self._combo([(self.tr("[NOM], [DATE]…"), TextStyle.PLACEHOLDER),
                                       (self.tr("Soft (initials, “récemment”, age ranges)"), TextStyle.SOFT)], settings.text_style)
        self.language = self._combo([(self.tr("System"), ""), ("Français", "fr"), ("English", "en")], settings.language)
        self.always = QPlainTextEdit("\n".join(settings.always))
        self.never = QPlainTextEdit("\n".join(settings.never))
        for w in (self.always, self.never):
            w.setMaximumHeight(90)
        form.addRow(self.tr("Faces and regions"), self.style_box)
        form.addRow(self.tr("Face detection"), self.faces)
        form.addRow(self.tr("Text replacements"), self.text_style)
        form.addRow(self.tr("Always flag (one per line)"), self.always)
        form.addRow(self.tr("Never flag (one per line)"), self.never)
        form.addRow(self.tr("Language (after a restart)"), self.language)
        self.journal = QCheckBox(self.tr("Keep a journal of my checks on this computer (counts only, never a name)"))
        self.journal.setChecked(settings.journal)
        form.addRow(self.tr("Journal"), self.journal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _combo(choices: list[tuple[str, object]], current: object) -> QComboBox:
        box = QComboBox()
        for text, value in choices:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, [v for _, v in choices].index(current) if current in [v for _, v in choices] else 0))
        return box

    def result_settings(self) -> AppSettings:
        words = lambda w: tuple(x.strip() for x in w.toPlainText().splitlines() if x.strip())  # noqa: E731
        # Qt hands the combo's data back as plain strings: turn them into the settings' own types again.
        s = AppSettings(RedactionStyle(str(self.style_box.currentData())), FaceSensitivity(str(self.faces.currentData())),
                        TextStyle(str(self.text_style.currentData())), words(self.always), words(self.never),
                        str(self.language.currentData() or ""), self.journal.isChecked())
        save_settings(s)
        return s
