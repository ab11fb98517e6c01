"""Start the window: ``privacyguard-gui [--sample] [PHOTO ...]``."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from pathlib import Path

from privacyguard.core.resources import resource_path

SAMPLE_DRAFT = ("#DocTocToc Léa Martin, 3 ans, vue ce matin aux urgences du CH de Dax : éruption depuis hier, 38,5°, "
                "non vaccinée ROR. Maman joignable au 06 12 34 56 78. Vos avis ?")


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # batch workers in a frozen (PyInstaller) build
    ap = argparse.ArgumentParser(prog="privacyguard-gui")
    ap.add_argument("photos", nargs="*", type=Path)
    ap.add_argument("--sample", action="store_true", help="open with the bundled sample draft and photo")
    ap.add_argument("--smoke", action="store_true",
                    help="start the window, wait for the models, print which checks can run and quit (0: every check can run)")
    args = ap.parse_args(argv)
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("No display here. Use the command line instead, e.g.\n"
              "  privacyguard check PHOTO.jpg --text \"...\"\n  privacyguard sanitize PHOTO.jpg -o cleaned/\n"
              "  privacyguard batch FOLDER -o CLEANED_FOLDER", file=sys.stderr)
        return 2
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from privacyguard.gui.main_window import MainWindow
    from privacyguard.gui.settings import load_settings

    QCoreApplication.setOrganizationName("privacyguard")
    QCoreApplication.setApplicationName("privacyguard")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = load_settings()
    install_translation(app, settings.ui_language())
    window = MainWindow(settings)
    window.show()
    _close_when_told(window)
    if args.smoke:
        _quit_when_ready(app, window)
    window.c.load_models()
    photos = list(args.photos)
    if args.sample:
        window.draft.setPlainText(SAMPLE_DRAFT)
        photos.append(resource_path("assets/samples/consultation.jpg"))
    if photos:
        window.intake.add_paths(photos)
    code = app.exec()
    if QApplication.platformName() == "offscreen":  # Qt 6.12 offscreen crashes at exit on a clipboard holding mime data
        QApplication.clipboard().clear()
    return code


def _close_when_told(window: object) -> None:
    """Terminated (a logout, ``kill``, Ctrl-C in a terminal): close the window as the doctor would, so the private folder of
    cleaned copies goes too. Python sees a signal only when it runs: a timer lets it run four times a second."""
    import signal

    from PySide6.QtCore import QTimer

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: window.close())  # type: ignore[attr-defined]
    timer = QTimer(window)  # type: ignore[arg-type]
    timer.timeout.connect(lambda: None)
    timer.start(250)


def _quit_when_ready(app: object, window: object) -> None:
    """The frozen app's smoke test: the window is up; once the models are loaded, say which checks run, then quit."""
    import json

    from PySide6.QtCore import QTimer

    def ready(status: dict[str, str]) -> None:
        if sys.stdout is not None:  # a windowed program on Windows has no standard output
            print(json.dumps({"window": "shown", "checks": status}, ensure_ascii=False))
        app.exit(0 if status and all(v == "ran" for v in status.values()) else 1)  # type: ignore[attr-defined]

    window.c.models_ready.connect(ready)  # type: ignore[attr-defined]
    QTimer.singleShot(300_000, lambda: app.exit(3))  # type: ignore[attr-defined]


_translators: list[object] = []


def install_translation(app: object, language: str) -> bool:
    """French (or any shipped language) from ``i18n/privacyguard_<lang>.qm``; English is the source."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    for t in _translators:
        QCoreApplication.removeTranslator(t)  # type: ignore[arg-type]
    _translators.clear()
    if language == "en":
        return True
    from PySide6.QtCore import QLibraryInfo, QLocale

    # Qt's own dialogs (OK / Annuler, the folder dialog) in the same language: qtbase_fr.qm ships with PySide6.
    qt = QTranslator(app)  # type: ignore[arg-type]
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _translators.append(qt)
    qm = Path(__file__).with_name("i18n") / f"privacyguard_{language}.qm"  # beside this module, also in a frozen build
    t = QTranslator(app)  # type: ignore[arg-type]
    if t.load(str(qm)):
        QCoreApplication.installTranslator(t)
        _translators.append(t)
        return True
    return False


if __name__ == "__main__":
    sys.exit(main())
