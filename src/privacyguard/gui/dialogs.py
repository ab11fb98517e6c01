"""The window's secondary dialogs, opened on demand (each imported when first opened, to keep the start quick)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from privacyguard.gui.main_window import MainWindow


def open_settings(window: MainWindow) -> None:
    from privacyguard.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.c.settings, window)
    if dialog.exec():
        window.c.apply_settings(dialog.result_settings())


def open_journal(window: MainWindow) -> None:
    from privacyguard.gui.journal_dialog import JournalDialog

    dialog = JournalDialog(window.c.journal_path, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.journal_dialog = dialog


def open_batch(window: MainWindow, folder: Path | None = None) -> None:
    from privacyguard.gui.batch_dialog import BatchDialog

    BatchDialog(window.c.settings, folder, window).show()
