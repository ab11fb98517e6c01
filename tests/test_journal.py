"""The doctor's journal (one line per check, clean or hand-over, never a value) and the photo checklist."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from privacyguard.core.report import Decisions, ItemReport
from privacyguard.core.types import BBox, Category, Finding, Severity
from privacyguard.pipeline import journal
from privacyguard.pipeline.checklist import MARKS, hints, with_checklist

DRAFT = "Mme Dupont, 97 ans, vue le 3 mars 2026 à Salers. Tél 06 12 34 56 78"
VALUES = ("Dupont", "97", "3 mars", "Salers", "06 12", "dupont")


def _photo(*findings: Finding, w: int = 1000, h: int = 800, path: str = "/home/dr/Dupont_Marie.jpg") -> ItemReport:
    return ItemReport(path=path, status="ok", width=w, height=h, format="JPEG", sha256="ab" * 32, findings=findings)


def _face(x1: int, y1: int, x2: int, y2: int) -> Finding:
    return Finding("face-1", Category.FACE, Severity.HIGH, 0.9, "face", "centerface", box=BBox(x1, y1, x2, y2), redact_box=BBox(x1, y1, x2, y2))


def _name() -> Finding:
    return Finding("text-1", Category.TEXT, Severity.HIGH, 0.9, "PERSON «Dupont»", "ocr", box=BBox(10, 10, 200, 40),
                   redact_box=BBox(10, 10, 200, 40), label="PERSON", text="Dupont")


def test_a_journal_line_counts_by_kind_and_holds_no_value(tmp_path: Path) -> None:
    span = Finding("t1", Category.TEXT, Severity.HIGH, 0.9, "PERSON «Dupont»", "model", span=(4, 10), label="PERSON", text="Dupont")
    age = Finding("t2", Category.TEXT, Severity.LOW, 0.9, "AGE «97 ans»", "age", span=(12, 18), label="AGE", text="97 ans")
    draft = ItemReport(path="Dupont.txt", status="ok", format="TEXT", findings=(span, age),
                       risk={"level": "medium", "reasons": [{"kind": "extreme_age", "message": "97 ans", "spans": [[12, 18]]}]})
    photo = _photo(_face(300, 200, 500, 450), _name())
    line = journal.entry("clean", draft, [photo], [Decisions()], Decisions(), checklist={0: {"tattoo": True}}, verified=True)
    assert line["found"] == {"AGE": 1, "FACE": 1, "PERSON": 2} and line["kept"] == {"AGE": 1}
    assert line["risk"] == "medium" and line["risk_reasons"] == ["extreme_age"]
    assert line["checklist"] == {"0": {"tattoo": True}} and line["verified"] is True
    path = tmp_path / "sub" / "journal.jsonl"
    journal.append(path, line)
    journal.append(path, journal.entry("check", None, [photo]))
    written = path.read_text(encoding="utf-8")
    assert not any(v in written for v in VALUES), written  # no name, age, date, place, number or file name
    assert [r["event"] for r in journal.read(path)] == ["clean", "check"]


def test_a_damaged_line_is_skipped_and_the_export_opens_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    journal.append(path, journal.entry("check", None, [_photo(_name())]))
    with path.open("a", encoding="utf-8") as f:
        f.write('{"truncated\n')
    journal.append(path, journal.entry("check", None, []))
    lines = journal.read(path)
    assert len(lines) == 2
    journal.export_csv(lines, tmp_path / "journal.csv")
    rows = list(csv.reader((tmp_path / "journal.csv").open(encoding="utf-8-sig")))
    assert rows[0] == list(journal.COLUMNS) and len(rows) == 3 and "PERSON=1" in rows[1][rows[0].index("found")]
    journal.delete(path)
    assert not path.exists() and journal.read(path) == []
    journal.delete(path)  # deleting twice is fine


def test_the_journal_lives_in_the_users_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PRIVACYGUARD_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert journal.default_path() == tmp_path / "privacyguard" / "journal.jsonl"
    monkeypatch.setenv("PRIVACYGUARD_HOME", str(tmp_path / "pg"))
    assert journal.default_path() == tmp_path / "pg" / "journal.jsonl"


def test_an_unwritable_journal_is_said_with_its_name(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(journal.OutputError, match="journal"):
        journal.append(blocker / "journal.jsonl", {"event": "check"})


def test_the_cli_appends_one_line_per_run(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    for command in ("check", "sanitize"):
        extra = ["-o", str(tmp_path)] if command == "sanitize" else []
        proc = subprocess.run([sys.executable, "-m", "privacyguard", command, "--text", DRAFT, "--journal", str(path), *extra],
                              capture_output=True, text=True, timeout=300, check=False)
        assert proc.returncode in (0, 1), proc.stderr
    lines = journal.read(path)
    assert [r["event"] for r in lines] == ["check", "clean"]
    assert lines[1]["verified"] is True and lines[1]["found"]["PERSON"] >= 1  # type: ignore[index]
    assert not any(v in path.read_text(encoding="utf-8") for v in VALUES)


@pytest.mark.parametrize(("findings", "hinted"), [
    ((), set()),  # nothing to point at: every mark asked, none hinted
    ((_name(),), {"document_screen"}),  # text read in the photo: a document or a screen is there
    ((_face(0, 200, 150, 450),), {"hair_clothing"}),  # a face cut by the left edge: someone partly in the frame
    ((_face(300, 200, 500, 450),), set()),  # a whole face well inside the frame: no hint
])
def test_the_checklist_asks_every_mark_and_hints_what_it_can(findings: tuple[Finding, ...], hinted: set[str]) -> None:
    item = with_checklist(_photo(*findings))
    assert [m for m, _ in item.checklist] == list(MARKS)
    assert {m for m, h in item.checklist if h} == hinted == {m for m, h in hints(item).items() if h}
    report = item.to_dict()
    assert report["checklist"] == [{"mark": m, "hint": m in hinted} for m in MARKS]


def test_no_checklist_for_a_draft_or_an_unreadable_file() -> None:
    assert with_checklist(ItemReport(path="x.jpg", status="error", error="truncated")).checklist == ()
    draft = ItemReport(path="<texte>", status="ok", format="TEXT")
    assert "checklist" not in with_checklist(draft).to_dict()
    assert json.dumps(with_checklist(_photo()).to_dict())  # the report stays JSON
