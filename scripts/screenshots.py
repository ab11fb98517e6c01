"""Start the real window with the bundled sample draft and photo, and save PNGs of its main states.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py [OUT_DIR]

(or with QT_QPA_PLATFORM=offscreen). States: models loading, checked (findings shown), cleaned and
verified with the photo checklist asked, "Prêt à publier" once it is answered (the cleaned copy and text shown), the
batch dialog, and the journal (kept in a temporary folder here, not the user's).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from privacyguard.core.resources import resource_path
from privacyguard.gui.app import SAMPLE_DRAFT, install_translation
from privacyguard.gui.main_window import MainWindow
from privacyguard.gui.settings import AppSettings


def wait(app: QApplication, until: object, timeout: float = 300) -> None:
    end = time.monotonic() + timeout
    while not until() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.05)
    for _ in range(5):
        app.processEvents()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="privacyguard-screenshots-")
    os.environ["PRIVACYGUARD_HOME"] = home
    QCoreApplication.setOrganizationName("privacyguard-screenshots")
    app = QApplication(sys.argv[:1])
    lang = sys.argv[2] if len(sys.argv) > 2 else "fr"
    install_translation(app, lang)
    w = MainWindow(AppSettings(language=lang))
    w.resize(1360, 820)
    w.show()
    w.c.load_models()
    w.draft.setPlainText(SAMPLE_DRAFT)
    wait(app, lambda: False, 0.5)
    w.grab().save(str(out / "1-loading.png"))
    w.intake.add_paths([resource_path("assets/samples/consultation.jpg")])
    wait(app, lambda: w.c.review is not None and not w.c.queue.busy())
    w.list.setCurrentIndex(w.model.index(0))
    wait(app, lambda: False, 0.3)
    w.grab().save(str(out / "2-checked.png"))
    w.clean_all()
    wait(app, lambda: w.c.review is not None and w.c.review.cleaned is not None and not w.c.queue.busy())
    w.grab().save(str(out / "3-checklist.png"))  # verified: what no detector sees is asked under the photo
    w.photo_checked()
    wait(app, lambda: False, 0.3)
    w.grab().save(str(out / "3-ready.png"))  # the cleaned copy is shown once verified
    w.after.setChecked(False)  # the original with its boxes, zoomed on the name tag: what a doctor checks closely
    from PySide6.QtCore import QPointF

    w.view.set_zoom(1.6)
    w.view.centre = QPointF(300, 500)
    w.view.update()
    wait(app, lambda: False, 0.3)
    w.grab().save(str(out / "3-zoomed.png"))
    w.view.set_zoom(None)
    w.after.setChecked(True)
    from privacyguard.gui.batch_dialog import BatchDialog

    d = BatchDialog(w.c.settings, Path.home() / "Photos cas cliniques", w)
    d.show()
    wait(app, lambda: False, 0.3)
    d.grab().save(str(out / "4-batch.png"))
    d.close()
    w.copy_text()
    from privacyguard.gui import dialogs

    dialogs.open_journal(w)
    wait(app, lambda: False, 0.3)
    w.journal_dialog.grab().save(str(out / "5-journal.png"))
    print(w.verdict.text())
    _close(w, home)
    QTimer.singleShot(0, app.quit)


def _close(w: MainWindow, home: str) -> None:
    """As the doctor closes the window: the cleaned copy goes with it; and the journal kept for the screenshot."""
    w.journal_dialog.close()
    w.close()
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
