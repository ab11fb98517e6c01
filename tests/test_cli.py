"""The command line as a user runs it: exit codes, JSON shape, cleaned copies, bad files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from privacyguard.cli.main import _exit_code
from privacyguard.core.report import CleanResult, ItemReport
from privacyguard.core.types import RAN

from builders import add_identifying_metadata


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "privacyguard", *args], capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def folder(tmp_path: Path, grace: Path) -> Path:
    d = tmp_path / "photos"
    d.mkdir()
    shutil.copy(grace, d / "face.jpg")
    add_identifying_metadata(d / "face.jpg")
    (d / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated")
    return d


def test_check_json_shape(folder: Path) -> None:
    proc = run("check", str(folder / "face.jpg"), str(folder / "broken.jpg"), "--json")
    assert proc.returncode == 2, proc.stderr
    report = json.loads(proc.stdout)
    good, bad = report["items"]
    assert {"path", "width", "height", "status", "error", "checks", "findings"} <= set(good)
    assert good["status"] == "ok" and (good["width"], good["height"]) == (512, 600)
    assert good["checks"]["faces"] == "ran" and good["checks"]["metadata"] == "ran"
    assert good["checks"] == {"metadata": "ran", "faces": "ran", "text": "ran", "barcodes": "ran"}
    face = next(f for f in good["findings"] if f["category"] == "FACE")
    assert {"id", "category", "severity", "score", "box", "detail", "source"} <= set(face)
    assert len(face["box"]) == 4 and face["severity"] == "high"
    assert any(f["category"] == "METADATA" and "GPS" in f["detail"] for f in good["findings"])
    assert bad["status"] == "error" and "damaged" in bad["error"]
    assert "Traceback" not in proc.stderr


def test_check_table_is_readable(folder: Path) -> None:
    proc = run("check", str(folder / "face.jpg"))
    assert proc.returncode == 1
    assert "FACE" in proc.stdout and "GPS position" in proc.stdout and "NOT CLEAN" in proc.stdout


def test_sanitize_writes_cleaned_copies_and_keeps_originals(folder: Path, tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    out = tmp_path / "cleaned"
    proc = run("sanitize", str(folder / "face.jpg"), str(folder / "broken.jpg"), "-o", str(out), "--json")
    assert proc.returncode == 2  # the broken file is an input error; the good one is still cleaned
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert sorted(p.name for p in out.iterdir()) == ["face.cleaned.jpg"]
    items = json.loads(proc.stdout)["items"]
    assert items[0]["cleaned"]["output"].endswith("face.cleaned.jpg")
    assert items[0]["cleaned"]["residual"] == []
    assert items[1]["cleaned"]["status"] == "error"


def test_sanitize_beside_the_source_by_default(folder: Path) -> None:
    proc = run("sanitize", str(folder / "face.jpg"), "--style", "blur")
    assert proc.returncode == 0, proc.stdout
    assert (folder / "face.cleaned.jpg").exists()
    assert "cleaned copy" in proc.stdout and "re-check of the written file: verified" in proc.stdout


def test_same_name_twice_gets_two_outputs(tmp_path: Path, grace: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        shutil.copy(grace, tmp_path / sub / "x.jpg")
    run("sanitize", str(tmp_path / "a" / "x.jpg"), str(tmp_path / "b" / "x.jpg"), "-o", str(tmp_path / "out"))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["x.cleaned-2.jpg", "x.cleaned.jpg"]


def test_the_program_starts_before_any_model_library_is_imported() -> None:
    """Starting the command line imports no model library: each is imported while its model loads, in a thread of its own,
    beside the others and the face passes. presidio and spaCy had come back to the start through one helper of the text
    checker (a name's common-word tail), 1.1 s before anything else could begin (python -X importtime)."""
    heavy = ("presidio_analyzer", "spacy", "onnxruntime", "rapidocr", "cv2", "PySide6")
    code = f"import sys, privacyguard.cli.main; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_usage_errors_exit_2() -> None:
    assert run("check").returncode == 2
    assert run("frobnicate", "x").returncode == 2
    help_text = run("--help")
    assert help_text.returncode == 0 and "sanitize" in help_text.stdout


def _item(clean: bool, status: str = "ok") -> ItemReport:
    return ItemReport("p", status, checks={"faces": RAN if clean else "unavailable: x"})


@pytest.mark.parametrize(("items", "results", "code"), [
    ([_item(True)], None, 0),
    ([_item(True), _item(False)], None, 1),
    ([_item(True), _item(True, "error")], None, 2),
    ([_item(True)], [CleanResult("p", "o", "ok", verification={"faces": RAN})], 0),
    ([_item(True)], [CleanResult("p", "o", "ok", verification={"faces": "unavailable: x"})], 1),
    ([_item(True)], [CleanResult("p", None, "error", "disk full")], 2),
])
def test_exit_codes(items: list[ItemReport], results: list[CleanResult] | None, code: int) -> None:
    assert _exit_code(items, results) == code


def test_check_text_json_has_spans() -> None:
    proc = run("check", "--text", "Mme Girod, 58 ans, ECG normal. Rappel : 06 33 21 78 90.", "--json")
    assert proc.returncode == 1
    draft = json.loads(proc.stdout)["draft"]
    spans = {(f["label"], f["text"]) for f in draft["findings"]}
    assert {("PERSON", "Girod"), ("AGE", "58 ans"), ("PHONE", "06 33 21 78 90")} <= spans
    assert all(len(f["span"]) == 2 for f in draft["findings"])


def test_clean_draft_exits_0() -> None:
    assert run("check", "--text", "Signe de Murphy positif : cholécystite. #chir").returncode == 0


def test_sanitize_text_file_writes_cleaned_post(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Torticolis chez Nathan, 9 ans. La maman : 06 33 21 78 90.", encoding="utf-8")
    before = post.read_bytes()
    proc = run("sanitize", "--text-file", str(post), "-o", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (tmp_path / "out" / "post.cleaned.txt").read_text(encoding="utf-8") == "Torticolis chez [NOM], 9 ans. La maman : [TÉL]."
    assert post.read_bytes() == before
    assert "X 47/280" in proc.stdout


def test_scan_text_jsonl(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "a", "text": "Mme Girod, 58 ans."}\n{"id": "b", "text": "Signe de Murphy."}\nnot json\n', encoding="utf-8")
    proc = run("scan-text", str(src), "-o", str(out))
    assert proc.returncode == 2 and "in.jsonl:3" in proc.stderr  # the bad line is named, the others are done
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"] and lines[1]["spans"] == []
    assert {"start": 4, "end": 9, "label": "PERSON", "severity": "high"}.items() <= lines[0]["spans"][0].items()


def test_missing_text_file_is_an_input_error(tmp_path: Path) -> None:
    proc = run("check", "--text-file", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and "not found" in proc.stderr
