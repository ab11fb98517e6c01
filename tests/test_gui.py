"""The window, offscreen, along the doctor's path: drop, review, one-click clean, clipboard, batch."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from privacyguard.core.settings import FaceSensitivity, PersonalLists, RedactionStyle
from privacyguard.core.types import BBox, Category
from privacyguard.gui.app import SAMPLE_DRAFT, install_translation
from privacyguard.gui.main_window import MainWindow
from privacyguard.gui.review import DRAFT, Verdict
from privacyguard.gui.settings import AppSettings, load_settings, save_settings
from privacyguard.pipeline.post import PostChecker

I18N = Path(__file__).resolve().parents[1] / "src" / "privacyguard" / "gui" / "i18n"


@pytest.fixture(scope="session")
def checker() -> Iterator[PostChecker]:
    c = PostChecker()
    c.load()
    yield c
    c.close()  # no cleaned copy is left in the temporary folder


@pytest.fixture(autouse=True)
def _clipboard_emptied_after(qtbot) -> Iterator[None]:
    """Qt 6.12's offscreen platform crashes at exit when the clipboard still holds mime data (a photo, a file):
    each test empties it. The real platforms (xcb, Windows, macOS) hand it to the system and do not crash."""
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def window(qtbot, checker: PostChecker) -> Iterator[MainWindow]:
    w = MainWindow(AppSettings())
    qtbot.addWidget(w)
    w.show()
    w.c.load_models(checker)
    qtbot.waitUntil(lambda: bool(w.c.status), timeout=60000)
    yield w
    # the checker is shared by the tests: nothing of this window may still run on it in the next test
    w.live.stop()
    w.c.queue.wait(120000)


def _drop(w: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)


def _idle(qtbot, w: MainWindow, until) -> None:
    qtbot.waitUntil(lambda: until() and not w.c.queue.busy(), timeout=120000)


def test_the_doctors_path(qtbot, window: MainWindow, grace: Path, tmp_path: Path) -> None:
    photo = tmp_path / "consultation.jpg"
    Image.open(grace).save(photo, quality=92)
    before = hashlib.sha256(photo.read_bytes()).hexdigest()
    window.draft.setPlainText(SAMPLE_DRAFT)
    _drop(window, [photo])  # dropping a photo starts the check
    _idle(qtbot, window, lambda: window.c.review is not None)
    review = window.c.review
    rows = review.rows()
    face = next(r for r in rows if r.finding.category is Category.FACE)
    name = next(r for r in rows if r.finding.text == "Léa Martin")
    assert face.remove and name.remove
    assert review.verdict() is Verdict.FOUND
    assert window.model.rowCount() == len(rows)
    # The doctor keeps the face for a moment, then changes their mind (undo), and hides a region by hand.
    idx = window.model.index_of(face.finding.id, 0)
    window.model.setData(idx, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert face.finding.id not in review.decisions(0).redact
    window.undo_action.trigger()
    assert face.finding.id in review.decisions(0).redact
    window.view.box_drawn.emit(BBox(20, 20, 80, 90))
    assert review.decisions(0).extra_boxes == (BBox(20, 20, 80, 90),)
    # One click.
    qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window, lambda: review.cleaned is not None)
    assert review.verdict() is Verdict.CHECKLIST, window.verdict.text()  # verified; what no detector sees is asked last
    assert not window.copy_text_button.isEnabled() and window.checklist.isVisible()
    qtbot.mouseClick(window.checklist.done_button, Qt.MouseButton.LeftButton)  # nothing else on the photo
    assert review.verdict() is Verdict.READY, window.verdict.text()
    assert "Ready to publish" in window.verdict.text() or "Prêt à publier" in window.verdict.text()
    # The clipboard gets the cleaned text, then the cleaned photo.
    qtbot.mouseClick(window.copy_text_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert "Léa" not in text and "06 12" not in text and "[NOM]" in text and "ROR" in text
    qtbot.mouseClick(window.copy_image_button, Qt.MouseButton.LeftButton)
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == Image.open(grace).size
    fb = face.finding.box
    cx, cy = (fb.x1 + fb.x2) // 2, (fb.y1 + fb.y2) // 2
    assert image.pixelColor(cx, cy).value() < 10  # the face is filled solid in what gets pasted
    assert hashlib.sha256(photo.read_bytes()).hexdigest() == before  # the original is untouched
    (tmp_path / "out").mkdir()
    saved = window.c.save_copies(tmp_path / "out")
    assert sorted(p.name for p in saved) == ["post-1-photo-1.jpg", "post-1.txt"]


def test_paste_an_image_and_an_unreadable_file(qtbot, window: MainWindow, astronaut: Path, tmp_path: Path) -> None:
    QGuiApplication.clipboard().setImage(QImage(str(astronaut)))
    window.intake.paste_image()
    _idle(qtbot, window, lambda: window.c.review is not None)
    assert len(window.c.photos) == 1 and window.c.photos[0].name == "collage-1.png"
    assert any(r.finding.category is Category.FACE for r in window.c.review.rows())
    bad = tmp_path / "radio.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    _drop(window, [bad])
    _idle(qtbot, window, lambda: window.c.review is not None and len(window.c.review.report.photos) == 2)
    assert window.c.review.verdict() is Verdict.UNREADABLE
    assert "radio.jpg" in window.verdict.text()
    dialog = window.findChild(QMessageBox)
    assert dialog is not None and dialog.isVisible() and "radio.jpg" in dialog.text() and "damaged" in dialog.text()


def test_a_dropped_folder_opens_the_batch_dialog_which_cleans_it(qtbot, window: MainWindow, grace: Path, tmp_path: Path) -> None:
    from privacyguard.gui.batch_dialog import BatchDialog

    folder = tmp_path / "cas"
    folder.mkdir()
    Image.open(grace).save(folder / "a.jpg")
    (folder / "abime.jpg").write_bytes(b"\xff\xd8\xff not a jpeg")
    _drop(window, [folder])
    dialog = window.findChild(BatchDialog)
    assert dialog is not None and dialog.isVisible() and dialog.input.text() == str(folder)
    dialog.output.setText(str(tmp_path / "propre"))
    dialog.workers = 1
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=120000)
    assert dialog.outcome.count("cleaned") == 1
    assert (tmp_path / "propre" / "a.jpg").is_file() and (tmp_path / "propre" / "report.html").is_file()
    assert dialog.open_report.isEnabled()
    assert "abime.jpg" in dialog.status.text()  # the unreadable file is named, not just counted
    dialog.show_report()  # no browser offscreen: the dialog says where the report is
    assert "report.html" in dialog.status.text() or "abime.jpg" in dialog.status.text()


def test_settings_persist(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    s = AppSettings(RedactionStyle.BLUR, FaceSensitivity.PARANOID, always=("Dr Dupont", "Dax"), never=("Crohn",), language="en")
    save_settings(s, store)
    assert load_settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)) == s


def test_french_interface_is_complete(qtbot, checker: PostChecker) -> None:
    tree = ET.parse(I18N / "privacyguard_fr.ts")
    messages = tree.findall(".//message")
    assert len(messages) > 80
    missing = [m.findtext("source") for m in messages if m.find("translation").get("type") in ("unfinished", "obsolete")
               or not (m.findtext("translation") or "").strip()]
    assert missing == []
    assert install_translation(None, "fr")
    try:
        w = MainWindow(AppSettings(language="fr"))
        qtbot.addWidget(w)
        assert w.clean_button.text() == "Tout anonymiser"
    finally:
        install_translation(None, "en")


def test_a_kept_face_is_never_green_and_must_be_confirmed(qtbot, window: MainWindow, grace: Path, tmp_path: Path) -> None:
    """Reproduction: one click on a face box kept the face, and "Tout anonymiser" said "Prêt à publier" in green."""
    photo = tmp_path / "g.jpg"
    Image.open(grace).save(photo, quality=92)
    _drop(window, [photo])
    _idle(qtbot, window, lambda: window.c.review is not None)
    review = window.c.review
    face = next(r for r in review.rows() if r.finding.category is Category.FACE)
    window.view.box_clicked.emit(face.finding.id)  # a click on the box: keep the face
    qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window, lambda: review.cleaned is not None)
    assert review.cleaned.verified and review.verdict() is Verdict.KEPT
    assert "1 face" in window.verdict.text() or "1 visage" in window.verdict.text()
    assert not window.copy_image_button.isEnabled() and not window.save_button.isEnabled()
    assert window.copy_image_button.toolTip()
    window.c.save_copies(tmp_path)  # nothing leaves before the confirmation
    assert not list(tmp_path.glob("*.cleaned.*"))
    assert window.confirm_button.isVisible()
    qtbot.mouseClick(window.confirm_button, Qt.MouseButton.LeftButton)
    assert review.verdict() is Verdict.CHECKLIST and not window.copy_image_button.isEnabled()
    qtbot.mouseClick(window.checklist.done_button, Qt.MouseButton.LeftButton)
    assert review.verdict() is Verdict.READY and window.copy_image_button.isEnabled()


def test_an_unticked_name_is_not_ready_either(qtbot, window: MainWindow) -> None:
    window.draft.setPlainText("Mme Girod, 58 ans, douleur thoracique.")
    window.check()
    _idle(qtbot, window, lambda: window.c.review is not None)
    review = window.c.review
    name = next(r for r in review.rows() if r.finding.text == "Girod")
    review.set_remove(name.where, name.finding.id, False)
    window.clean_all()
    _idle(qtbot, window, lambda: review.cleaned is not None)
    assert review.verdict() is Verdict.KEPT and not window.copy_text_button.isEnabled()


def test_a_second_post_shows_its_cleaned_copy(qtbot, window: MainWindow, grace: Path, astronaut: Path, tmp_path: Path) -> None:
    """Reproduction: clean, remove the photo, drop another, clean again: the original (face included) was on screen."""
    first, second = tmp_path / "a.jpg", tmp_path / "b.png"
    Image.open(grace).save(first, quality=92)
    Image.open(astronaut).save(second)
    _drop(window, [first])
    _idle(qtbot, window, lambda: window.c.review is not None)
    window.clean_all()
    _idle(qtbot, window, lambda: window.c.review.cleaned is not None)
    window.c.remove_photo(0)
    _drop(window, [second])
    _idle(qtbot, window, lambda: window.c.review is not None)
    assert not window.after.isChecked()
    window.clean_all()
    _idle(qtbot, window, lambda: window.c.review is not None and window.c.review.cleaned is not None)
    review = window.c.review
    window.photo_checked()
    assert window.after.isChecked() and review.verdict() is Verdict.READY
    out = review.cleaned.photos[0].output
    face = next(r.finding for r in review.rows() if r.finding.category is Category.FACE)
    shown = window.view.pixmap.toImage()
    cx, cy = (face.box.x1 + face.box.x2) // 2, (face.box.y1 + face.box.y2) // 2
    assert shown.pixelColor(cx, cy).value() < 10, "the cleaned copy is what is on screen"
    assert out and window.thumbs.item(0).data(Qt.ItemDataRole.UserRole) == out, "the thumbnail is the cleaned copy"


def test_the_settings_dialog_saves_what_the_doctor_chose(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reproduction: OK raised AttributeError ('str' object has no attribute 'value'), even with nothing changed."""
    from privacyguard.gui import settings_dialog
    from privacyguard.redactors.text import TextStyle

    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(settings_dialog, "save_settings", lambda s: save_settings(s, store))
    dialog = settings_dialog.SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    assert dialog.result_settings() == AppSettings()  # OK with nothing changed
    dialog.style_box.setCurrentIndex(1)
    dialog.faces.setCurrentIndex(1)
    dialog.text_style.setCurrentIndex(1)
    dialog.language.setCurrentIndex(1)
    dialog.always.setPlainText("Dr Dupont\nDax")
    chosen = dialog.result_settings()
    dialog.journal.setChecked(False)
    chosen = dialog.result_settings()
    assert chosen == AppSettings(RedactionStyle.BLUR, FaceSensitivity.PARANOID, TextStyle.SOFT, ("Dr Dupont", "Dax"), (), "fr", journal=False)
    assert load_settings(store) == chosen


def test_photos_dropped_on_the_draft_join_the_post(qtbot, window: MainWindow, grace: Path, tmp_path: Path) -> None:
    """Reproduction: dropping photos on the draft typed file:///…jpg into the post and added no photo."""
    photo = tmp_path / "g.jpg"
    Image.open(grace).save(photo)
    window.draft.setPlainText("Éruption depuis ce matin.")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    window.draft.insertFromMimeData(mime)  # what a drop on the text field does
    assert window.draft.toPlainText() == "Éruption depuis ce matin."
    assert window.c.photos == [photo]
    _idle(qtbot, window, lambda: window.c.review is not None)


def test_a_dropped_folder_keeps_the_review_in_progress(qtbot, window: MainWindow, grace: Path, tmp_path: Path) -> None:
    """Reproduction: dropping a folder wiped the review (decisions and cleaned copy) to open the batch dialog."""
    photo = tmp_path / "g.jpg"
    Image.open(grace).save(photo)
    _drop(window, [photo])
    _idle(qtbot, window, lambda: window.c.review is not None)
    review = window.c.review
    face = next(r for r in review.rows() if r.finding.category is Category.FACE)
    review.set_remove(0, face.finding.id, False)
    folder = tmp_path / "cas"
    folder.mkdir()
    _drop(window, [folder])
    assert window.c.review is review and face.finding.id not in review.decisions(0).redact


def test_a_fifth_photo_is_refused_with_a_message_naming_it(qtbot, window: MainWindow, grace: Path, tmp_path: Path) -> None:
    paths = []
    for n in range(5):
        p = tmp_path / f"p{n}.jpg"
        Image.open(grace).resize((64, 75)).save(p)
        paths.append(p)
    _drop(window, paths)
    dialog = window.findChild(QMessageBox)
    assert dialog is not None and dialog.isVisible() and "p4.jpg" in dialog.text()
    assert len(window.c.photos) == 4
    _idle(qtbot, window, lambda: window.c.review is not None)


def test_clean_everything_follows_the_draft_and_why_follows_the_tick(qtbot, window: MainWindow) -> None:
    """Reproductions: "Tout anonymiser" stayed grey after pasting a draft; "Pourquoi" went stale after unticking."""
    assert not window.clean_button.isEnabled()
    window.draft.setPlainText("Mme Girod, 58 ans, douleur thoracique.")
    assert window.clean_button.isEnabled()
    window.check()
    _idle(qtbot, window, lambda: window.c.review is not None)
    idx = window.model.index_of(next(r.finding.id for r in window.c.review.rows() if r.finding.text == "Girod"), DRAFT)
    window.list.setCurrentIndex(idx)
    before = window.findings.why.text()
    window.model.setData(idx, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.findings.why.text() != before
    window.draft.setPlainText("Rien d'identifiant ici.")
    window.check()
    _idle(qtbot, window, lambda: window.c.text == "Rien d'identifiant ici." and window.c.review is not None)
    assert "Girod" not in window.findings.why.text()


def test_removing_the_last_photo_is_fine(qtbot, window: MainWindow, grace: Path, tmp_path: Path) -> None:
    photo = tmp_path / "g.jpg"
    Image.open(grace).save(photo)
    _drop(window, [photo])
    _idle(qtbot, window, lambda: window.c.review is not None)
    window.remove_photo_button.click()
    assert window.c.photos == [] and window.thumbs.count() == 0


def test_why_is_said_in_plain_french_with_details_apart(qtbot, checker: PostChecker) -> None:
    """Reproduction: every "Pourquoi" line was developer jargon ("PERSON «…» (ContextNameRecognizer:apposition)")."""
    from privacyguard.gui.findings_model import FindingsModel
    from privacyguard.gui.review import Row

    assert install_translation(None, "fr")
    try:
        item = checker.texts.analyze("Lina, 13 ans, pelade.")
        name = next(f for f in item.findings if f.label == "PERSON")
        why = FindingsModel.why(Row(DRAFT, name, True)).splitlines()
        assert why[0] == "Nom « Lina »" and why[1] == "Pourquoi : Le prénom ou le nom d'une personne."
        assert why[2] == "sera supprimé" and why[3].startswith("Détails : ") and "ContextNameRecognizer" in why[3]
    finally:
        install_translation(None, "en")


def test_the_status_line_says_the_risk_of_what_stays(qtbot, window: MainWindow) -> None:
    window.draft.setPlainText("Patient du lit 8, confusion fébrile, ECBU positif.")
    window.clean_all()
    _idle(qtbot, window, lambda: window.c.review is not None and window.c.review.cleaned is not None)
    text = window.verdict.text()
    assert ("Re-identification risk of what stays: moderate" in text or "Risque de ré-identification" in text) and "lit 8" in text


def test_qt_own_dialogs_speak_french_too(qtbot) -> None:
    """Reproduction: OK/Cancel and the folder dialog were English in the French interface."""
    from PySide6.QtCore import QCoreApplication

    assert install_translation(None, "fr")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        install_translation(None, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_checklist_asks_what_no_detector_sees_and_a_mark_said_there_must_be_hidden(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[1] / "assets" / "samples" / "consultation.jpg"
    _drop(window, [sample])
    _idle(qtbot, window, lambda: window.c.review is not None)
    bar = window.checklist
    assert bar.isVisible() and bar.buttons["document_screen"].styleSheet()  # the name tag was read: hinted
    assert not bar.buttons["tattoo"].styleSheet()
    window.clean_all()
    review = window.c.review
    _idle(qtbot, window, lambda: review.cleaned is not None)
    assert review.verdict() is Verdict.CHECKLIST
    qtbot.mouseClick(bar.buttons["tattoo"], Qt.MouseButton.LeftButton)  # "there is a tattoo"
    qtbot.mouseClick(bar.done_button, Qt.MouseButton.LeftButton)
    assert review.verdict() is Verdict.KEPT and not window.copy_image_button.isEnabled()
    assert "tatouage" in window.verdict.text().lower() or "distinctive mark" in window.verdict.text() or \
        "signe" in window.verdict.text()
    window.view.box_drawn.emit(BBox(10, 10, 60, 60))  # hidden by hand, then cleaned again
    window.clean_all()
    _idle(qtbot, window, lambda: review.cleaned is not None)
    assert review.verdict() is Verdict.READY and window.copy_image_button.isEnabled()


def test_the_risks_advice_is_one_click(qtbot, window: MainWindow) -> None:
    window.draft.setPlainText("Mme Girod, 97 ans, chute à domicile, fracture du poignet.")
    window.check()
    _idle(qtbot, window, lambda: window.c.review is not None)
    fix = window.draft_panel.fix_button
    assert fix.isVisible() and "plus de 90 ans" in fix.text()
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    _idle(qtbot, window, lambda: window.c.review is not None and window.c.text == window.draft.toPlainText())
    assert window.draft.toPlainText() == "Mme Girod, plus de 90 ans, chute à domicile, fracture du poignet."
    risk = window.c.review.report.draft.risk
    assert "extreme_age" not in {r["kind"] for r in risk["reasons"]} and not fix.isVisible()


def test_the_journal_records_each_step_without_a_value_and_can_be_exported_and_deleted(
        qtbot, window: MainWindow, grace: Path, tmp_path: Path) -> None:
    from privacyguard.gui.journal_dialog import JournalDialog
    from privacyguard.pipeline import journal

    photo = tmp_path / "Girod_Marie.jpg"
    Image.open(grace).save(photo, quality=92)
    window.draft.setPlainText("Mme Girod, 58 ans, douleur thoracique.")
    _drop(window, [photo])
    _idle(qtbot, window, lambda: window.c.review is not None)
    window.clean_all()
    _idle(qtbot, window, lambda: window.c.review.cleaned is not None)
    window.photo_checked()
    qtbot.mouseClick(window.copy_text_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.copy_image_button, Qt.MouseButton.LeftButton)  # the same hand-over: one line
    path = window.c.journal_path
    lines = journal.read(path)
    assert [r["event"] for r in lines] == ["check", "clean", "publish"]
    assert lines[2]["checklist"] == {"0": {}} and lines[2]["verified"] is True and len(lines[2]["outputs"]) == 1
    assert not any(v in path.read_text(encoding="utf-8") for v in ("Girod", "58 ans", "douleur", "Marie"))  # "58" alone may be in a time or a hash
    dialog = JournalDialog(path, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    csv_file = dialog.export(tmp_path / "j.csv")
    assert csv_file and csv_file.read_text(encoding="utf-8-sig").count("\n") == 4
    dialog.delete()
    assert not path.exists() and dialog.table.rowCount() == 0


def test_no_journal_when_the_doctor_turns_it_off(qtbot, checker: PostChecker) -> None:
    w = MainWindow(AppSettings(journal=False))
    qtbot.addWidget(w)
    w.c.load_models(checker)
    qtbot.waitUntil(lambda: bool(w.c.status), timeout=60000)
    w.draft.setPlainText("Mme Girod, 58 ans.")
    w.check()
    _idle(qtbot, w, lambda: w.c.review is not None)
    assert not w.c.journal_path.exists()


def test_zoom_and_pan_keep_boxes_and_drawing_on_the_image(qtbot) -> None:
    """A 12 MP photo shown at 15 % hides a small name tag: zoom, pan, and draw precisely at any zoom."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPixmap, QWheelEvent

    from privacyguard.gui.photo_view import PhotoView

    view = PhotoView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    pixmap = QPixmap(1000, 800)
    pixmap.fill(QColor("white"))
    view.set_photo(pixmap, [("text-1", BBox(440, 370, 470, 390), QColor("red"), True)], [])
    assert view.zoom is None and abs(view.scale() - 0.375) < 1e-6  # fitted
    view.set_zoom(1.0)  # "100 %": the middle of the photo at the middle of the view
    drawn = []
    view.box_drawn.connect(drawn.append)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseMove(view, QPoint(200, 150))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
    assert drawn == [BBox(400, 350, 500, 400)]  # screen (100, 100)-(200, 150) at 100 % around (500, 400)
    clicked = []
    view.box_clicked.connect(clicked.append)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(155, 130))  # image (455, 380): inside the box
    assert clicked == ["text-1"]
    # Shift-drag pans: the same screen point now shows another part of the photo.
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, QPoint(200, 150))
    qtbot.mouseMove(view, QPoint(100, 150))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, QPoint(100, 150))
    assert abs(view.centre.x() - 600) < 1 and abs(view.centre.y() - 400) < 1
    # The wheel zooms around the pointer: the image point under it stays under it.
    under = view._to_image_f(QPointF(300, 100))
    wheel = QWheelEvent(QPointF(300, 100), QPointF(300, 100), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(wheel)
    assert abs(view.scale() - 1.25) < 1e-6
    after = view._to_image_f(QPointF(300, 100))
    assert abs(after[0] - under[0]) < 0.5 and abs(after[1] - under[1]) < 0.5
    qtbot.keyClick(view, Qt.Key.Key_0)  # fit again
    assert view.zoom is None


def test_the_window_zooms_the_photo_from_its_buttons(qtbot, window: MainWindow, grace: Path, tmp_path: Path) -> None:
    photo = tmp_path / "g.jpg"
    Image.open(grace).save(photo)
    _drop(window, [photo])
    _idle(qtbot, window, lambda: window.c.review is not None)
    qtbot.mouseClick(window.actual_button, Qt.MouseButton.LeftButton)
    assert window.view.scale() == 1.0 and window.zoom_label.text() == "100 %"
    qtbot.mouseClick(window.zoom_in_button, Qt.MouseButton.LeftButton)
    assert window.zoom_label.text() == "125 %"
    qtbot.mouseClick(window.fit_button, Qt.MouseButton.LeftButton)
    assert window.view.zoom is None


def test_why_a_file_was_refused_is_said_in_the_interfaces_language(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Reproduction: error reasons were English inside the French interface."""
    from privacyguard.gui.messages import plain

    bad = tmp_path / "coupée.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 40)
    assert install_translation(None, "fr")
    try:
        assert plain("truncated or damaged image data (image file is truncated)") == "photo abîmée ou incomplète (copie ou transfert interrompu ?)"
        assert plain("file is 300 MB, over the 200 MB limit") == "le fichier fait 300 Mo, au-delà de la limite de 200 Mo"
        assert plain("something nobody foresaw") == "something nobody foresaw"  # never hidden
        _drop(window, [bad])
        _idle(qtbot, window, lambda: window.c.review is not None)
        text = window.verdict.text()
        assert "coupée.jpg" in text and "photo abîmée" in text, text
    finally:
        install_translation(None, "en")


def test_copy_all_hands_over_the_text_then_each_photo_and_a_cleaned_photo_drags_out(
        qtbot, *, window: MainWindow, grace: Path, astronaut: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    first, second = tmp_path / "a.jpg", tmp_path / "b.png"
    Image.open(grace).save(first, quality=92)
    Image.open(astronaut).resize((256, 256)).save(second)
    window.draft.setPlainText("Mme Girod, 58 ans, éruption.")
    _drop(window, [first, second])
    _idle(qtbot, window, lambda: window.c.review is not None)
    item = window.thumbs.item(0)
    assert not window.copy_all_button.isEnabled() and not window.thumbs.mimeData([item]).hasUrls()  # nothing leaves yet
    window.clean_all()
    _idle(qtbot, window, lambda: window.c.review.cleaned is not None)
    window.photo_checked()
    window.photo_checked()
    assert window.c.review.verdict() is Verdict.READY
    cleaned = window.c.review.cleaned
    qtbot.mouseClick(window.copy_all_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == cleaned.text.text and "Girod" not in cleaned.text.text
    assert window.copy_all_button.text() in ("Copy next: photo 1", "Copier ensuite : photo 1")
    qtbot.mouseClick(window.copy_all_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().image().size().toTuple() == Image.open(first).size
    qtbot.mouseClick(window.copy_all_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().image().size().toTuple() == (256, 256)
    assert window.copy_all_button.text() in ("Copy all", "Tout copier")  # the round is over
    # Dragging a thumbnail out carries the cleaned copy, never the original.
    mime = window.thumbs.mimeData([window.thumbs.item(0)])
    assert [u.toLocalFile() for u in mime.urls()] == [cleaned.photos[0].output] and mime.hasImage()
    # Saving opens the folder, the doctor's next step.
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr("privacyguard.gui.handover.QFileDialog.getExistingDirectory", lambda *a: str(tmp_path / "out"))
    (tmp_path / "out").mkdir()
    window.save_copies()
    assert opened == [str(tmp_path / "out")] and (tmp_path / "out" / "post-1.txt").is_file()


def test_adding_a_photo_analyses_only_that_photo(qtbot, *, window: MainWindow, checker: PostChecker, grace: Path, astronaut: Path,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reproduction: adding one 12 MP photo to a post of 3 took 33 s, every photo being analysed again."""
    first, second = tmp_path / "a.jpg", tmp_path / "b.png"
    Image.open(grace).save(first, quality=92)
    Image.open(astronaut).resize((256, 256)).save(second)
    analysed: list[str] = []
    real = checker.photos.analyze_one
    monkeypatch.setattr(checker.photos, "analyze_one", lambda path, terms=(): (analysed.append(Path(path).name), real(path, terms))[1])
    window.draft.setPlainText("Vue ce matin, éruption.")
    _drop(window, [first])
    _idle(qtbot, window, lambda: window.c.review is not None)
    alone = window.c.review.report.photos[0]
    _drop(window, [second])
    _idle(qtbot, window, lambda: window.c.review is not None and len(window.c.review.report.photos) == 2)
    assert analysed == ["a.jpg", "b.png"]  # the first photo was not analysed again
    assert window.c.review.report.photos[0].findings == alone.findings
    first.write_bytes(second.read_bytes())  # the file changed on disk: looked at again
    window.check()
    _idle(qtbot, window, lambda: window.c.review is not None and analysed[-1] == "a.jpg")
    assert analysed == ["a.jpg", "b.png", "a.jpg"]


def test_a_name_typed_after_the_photos_were_checked_does_not_look_at_them_again(
        qtbot, *, window: MainWindow, checker: PostChecker, grace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reproduction: typing a name in the draft changed the post's identifiers, and the check it started loaded and
    looked at every photo again (11.5 s for a draft and 4 photos, again at each name typed). The photos' readings are
    judged against the new name instead."""
    photo = tmp_path / "a.jpg"
    Image.open(grace).save(photo, quality=92)
    window.draft.setPlainText("Vue ce matin, éruption.")
    _drop(window, [photo])
    _idle(qtbot, window, lambda: window.c.review is not None)
    alone = window.c.review.report.photos[0]
    looked: list[str] = []
    for obj, method in ((checker.photos, "analyze_one"), (checker.photos.faces, "detect"), (checker.photos.detectors.ocr, "read")):
        real = getattr(obj, method)
        monkeypatch.setattr(obj, method, lambda *a, _real=real, _m=method: (looked.append(_m), _real(*a))[1])
    window.draft.setPlainText("Mme Girod, 58 ans, vue ce matin, éruption.")  # the live check, no click
    _idle(qtbot, window, lambda: window.c.review is not None and window.c.text == window.draft.toPlainText())
    assert any(r.finding.text == "Girod" for r in window.c.review.rows())
    assert looked == [] and window.c.review.report.photos[0].findings == alone.findings


def test_new_lists_are_taken_without_loading_the_models_or_reading_the_photos_again(
        qtbot, *, window: MainWindow, checker: PostChecker, grace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reproduction: a word added to the doctor's lists in the settings loaded every model again (4 s) and the next check
    read every photo again (11.5 s for a draft and 4 photos). The loaded checker takes the lists; a word now never
    flagged is not flagged."""
    photo = tmp_path / "a.jpg"
    Image.open(grace).save(photo, quality=92)
    window.draft.setPlainText("Mme Girod, 58 ans, vue ce matin, éruption.")
    _drop(window, [photo])
    _idle(qtbot, window, lambda: window.c.review is not None)
    assert any(r.finding.text == "Girod" for r in window.c.review.rows())
    looked: list[str] = []
    for obj, method in ((checker.photos.faces, "detect"), (checker.photos.detectors.ocr, "read")):
        real = getattr(obj, method)
        monkeypatch.setattr(obj, method, lambda *a, _real=real, _m=method: (looked.append(_m), _real(*a))[1])
    try:
        window.c.apply_settings(replace(window.c.settings, never=("Girod",)))
        assert window.c.checker is checker and not window.c.queue.busy()  # not loaded again
        window.check()
        _idle(qtbot, window, lambda: window.c.review is not None)
        assert not any(r.finding.text == "Girod" for r in window.c.review.rows()) and looked == []
    finally:
        checker.use_lists(PersonalLists())  # the checker is shared by the tests


def test_the_draft_is_checked_as_the_doctor_types_unless_a_decision_would_be_lost(qtbot, window: MainWindow) -> None:
    window.draft.setPlainText("Mme Girod, 58 ans, toux.")  # no click on "Check"
    _idle(qtbot, window, lambda: window.c.review is not None and window.c.text == window.draft.toPlainText())
    review = window.c.review
    name = next(r for r in review.rows() if r.finding.text == "Girod")
    review.set_remove(name.where, name.finding.id, False)  # a decision of the doctor's
    window.draft.setPlainText("Mme Girod, 58 ans, toux sèche.")
    qtbot.wait(window.live.interval() + 600)
    assert window.c.review is review and window.c.text != window.draft.toPlainText()  # kept, and said to be stale
    assert "check it again" in window.verdict.text() or "vérifiez" in window.verdict.text().lower()


def test_a_thumbnail_is_the_right_way_up_and_the_list_wraps_in_a_narrow_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Reproduction: photo 1's thumbnail was sideways (QIcon ignores EXIF orientation); at 1024×640 the findings were cut."""
    wide = Image.new("RGB", (120, 60), (200, 40, 40))
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned a quarter: 60 wide, 120 tall
    wide.save(tmp_path / "turned.jpg", exif=exif.tobytes())
    _drop(window, [tmp_path / "turned.jpg"])
    _idle(qtbot, window, lambda: window.c.review is not None)
    pm = window.thumbs.item(0).icon().pixmap(200, 200)
    assert pm.height() > pm.width(), (pm.width(), pm.height())
    assert window.list.wordWrap()


def test_a_check_that_fails_never_leaves_the_previous_verdict_on_the_new_draft(
        qtbot, window: MainWindow, monkeypatch) -> None:
    window.draft.setPlainText("Toux depuis 3 jours, pas de fièvre. Vos avis ?")
    window.clean_all()
    _idle(qtbot, window, lambda: window.c.review is not None and window.c.review.cleaned is not None)
    assert window.c.review.verdict() is Verdict.READY and window.copy_text_button.isEnabled()

    def broken(*_a, **_k):
        raise RuntimeError("the text checker stopped")

    monkeypatch.setattr(window.c.checker, "check", broken)
    window.draft.setPlainText("Mme Girod, 97 ans, toux depuis 3 jours. Vos avis ?")
    window.check()
    _idle(qtbot, window, lambda: True)
    # the name was never checked: nothing may be copied, and the window says the draft must be checked again
    assert not window.copy_text_button.isEnabled() and not window.copy_all_button.isEnabled()
    assert "Prêt" not in window.verdict.text() and "Ready to post" not in window.verdict.text()


def test_what_leaves_the_window_carries_no_file_name(qtbot, window: MainWindow, grace: Path, tmp_path: Path) -> None:
    """A photo exported from a record is often named after the patient: the copy pasted, dragged or saved for the post
    is named "photo-N", and saving a second post beside the first replaces nothing."""
    photo = tmp_path / "DUPONT Marie 12-03-2026.jpg"
    Image.open(grace).save(photo, quality=92)
    window.draft.setPlainText("Éruption depuis hier, 38,5°. Vos avis ?")
    _drop(window, [photo])
    _idle(qtbot, window, lambda: window.c.review is not None)
    qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window, lambda: window.c.review.cleaned is not None)
    qtbot.mouseClick(window.checklist.done_button, Qt.MouseButton.LeftButton)
    assert window.c.review.verdict() is Verdict.READY, window.verdict.text()
    qtbot.mouseClick(window.copy_image_button, Qt.MouseButton.LeftButton)
    pasted = [u.fileName() for u in QGuiApplication.clipboard().mimeData().urls()]
    assert pasted == ["photo-1.jpg"]
    (tmp_path / "out").mkdir()
    first = window.c.save_copies(tmp_path / "out")
    second = window.c.save_copies(tmp_path / "out")
    names = sorted(p.name for p in first + second)
    assert not any("DUPONT" in n or "Marie" in n or "2026" in n for n in names), names
    assert len(set(names)) == 4 and all(p.is_file() for p in first + second), names


def test_a_copied_photo_stays_itself_when_the_next_post_is_cleaned(qtbot, window: MainWindow, grace: Path, astronaut: Path,
                                                                   tmp_path: Path) -> None:
    """The clipboard holds the copy's file: cleaning the next post's first photo must not write over it."""
    first, second = tmp_path / "a.jpg", tmp_path / "b.jpg"
    Image.open(grace).save(first, quality=92)
    Image.open(astronaut).convert("RGB").save(second, quality=92)
    for photo in (first, second):
        _drop(window, [photo])
        _idle(qtbot, window, lambda: window.c.review is not None and len(window.c.photos) == 1)
        qtbot.mouseClick(window.clean_button, Qt.MouseButton.LeftButton)
        _idle(qtbot, window, lambda: window.c.review.cleaned is not None)
        qtbot.mouseClick(window.checklist.done_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.copy_image_button, Qt.MouseButton.LeftButton)
        if photo is first:
            pasted = Path(QGuiApplication.clipboard().mimeData().urls()[0].toLocalFile())
            window.c.remove_photo(0)
    assert Image.open(pasted).size == Image.open(grace).size
