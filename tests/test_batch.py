"""Batch mode: a folder in, verified copies and a report out; bad files reported; resume; cancel."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from privacyguard.cli.main import main
from privacyguard.core.errors import BatchError
from privacyguard.core.progress import CancelToken, Progress
from privacyguard.images.load import load_photo
from privacyguard.images.save import write_atomically
from privacyguard.pipeline.batch import JOURNAL, BatchOptions, run_batch, unverified_folder
from privacyguard.pipeline.batch_report import write_reports

ONE = BatchOptions(workers=1)


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def photos(tmp_path: Path, grace: Path, astronaut: Path) -> Path:
    """A folder as a doctor has one: photos in sub-folders, a damaged file and a stray document."""
    src = tmp_path / "cas"
    (src / "consultation").mkdir(parents=True)
    Image.open(grace).save(src / "grace.jpg", quality=90)
    Image.open(astronaut).resize((256, 256)).save(src / "consultation" / "astronaut.png")
    (src / "consultation" / "cut.jpg").write_bytes((src / "grace.jpg").read_bytes()[:3000])
    (src / "notes.txt").write_text("compte rendu", encoding="utf-8")
    return src


def test_refuses_an_output_folder_inside_or_equal_to_the_input(photos: Path) -> None:
    for out in (photos, photos / "clean", photos / "consultation" / "..", photos.parent):
        with pytest.raises(BatchError, match="must not be the input folder"):
            run_batch(photos, out, ONE)
    assert main(["batch", str(photos / "consultation"), "-o", str(photos)]) == 2  # an output that contains the input
    assert main(["batch", str(photos), "-o", str(photos / "out")]) == 2
    assert not (photos / "out").exists()


def test_every_input_is_reported_and_the_input_folder_is_untouched(photos: Path, tmp_path: Path) -> None:
    before = _tree(photos)
    out = tmp_path / "propre"
    seen: list[Progress] = []
    result = run_batch(photos, out, ONE, seen.append)
    write_reports(result, photos, out, ONE)
    assert _tree(photos) == before
    status = {e.source: e for e in result.entries}
    assert set(status) == {"grace.jpg", "consultation/astronaut.png", "consultation/cut.jpg", "notes.txt"}
    assert status["grace.jpg"].status == "cleaned"
    assert status["consultation/astronaut.png"].status == "cleaned"
    assert status["consultation/cut.jpg"].status == "error" and "truncated" in status["consultation/cut.jpg"].reason
    assert status["notes.txt"].status == "error" and "not an image" in status["notes.txt"].reason
    # Same relative paths; the faces are gone from the copies, which carry no metadata.
    assert (out / "grace.jpg").is_file() and (out / "consultation" / "astronaut.png").is_file()
    clean = load_photo(out / "grace.jpg")
    assert not clean.raw.count(b"Exif")
    face = next(f for f in status["grace.jpg"].item["findings"] if f["category"] == "FACE")
    x1, y1, x2, y2 = face["box"]
    assert clean.pixels[y1:y2, x1:x2].std() < 3  # filled solid
    assert status["grace.jpg"].cleaned and status["grace.jpg"].cleaned["verified"]
    assert seen[-1].done == seen[-1].total == 4
    # The three reports.
    report = json.loads((out / "report.json").read_text())
    assert report["counts"]["cleaned"] == 2 and report["counts"]["error"] == 2
    item = next(i for i in report["items"] if i["source"] == "grace.jpg")
    assert {"path", "checks", "findings", "clean", "cleaned"} <= set(item)
    rows = list(csv.DictReader((out / "report.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [r["source"] for r in rows] == [e.source for e in result.entries]
    page = (out / "report.html").read_text()
    assert page.count("data:image/jpeg;base64,") == 2 and "notes.txt" in page and "<script" not in page
    assert not list(out.rglob(".pg-*"))


def test_a_second_run_resumes_and_redoes_a_changed_output(photos: Path, tmp_path: Path) -> None:
    out = tmp_path / "propre"
    run_batch(photos, out, ONE)
    assert (out / JOURNAL).is_file()
    stamp = (out / "grace.jpg").stat().st_mtime_ns
    (out / "consultation" / "astronaut.png").write_bytes(b"half a file")
    again = {e.source: e for e in run_batch(photos, out, ONE).entries}
    assert again["grace.jpg"].resumed and again["grace.jpg"].status == "cleaned"
    assert (out / "grace.jpg").stat().st_mtime_ns == stamp
    assert not again["consultation/astronaut.png"].resumed and again["consultation/astronaut.png"].status == "cleaned"
    assert load_photo(out / "consultation" / "astronaut.png").width == 256
    # Other options: nothing is reused.
    other = run_batch(photos, out, BatchOptions(workers=1, redact=frozenset({"text"})))
    assert not any(e.resumed for e in other.entries)


def test_check_only_writes_only_the_report(photos: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport"
    assert main(["batch", str(photos), "-o", str(out), "--check-only", "--workers", "1"]) == 2  # two unreadable files
    assert sorted(p.name for p in out.iterdir()) == ["report.csv", "report.html", "report.json"]
    report = json.loads((out / "report.json").read_text())
    assert {i["source"]: i["result"] for i in report["items"]}["grace.jpg"] == "flagged"


def test_policy_keeps_faces_when_asked(photos: Path, tmp_path: Path) -> None:
    result = run_batch(photos, tmp_path / "o", BatchOptions(workers=1, redact=frozenset({"text", "codes"})))
    grace = next(e for e in result.entries if e.source == "grace.jpg")
    faces = {f["id"] for f in grace.item["findings"] if f["category"] == "FACE"}
    assert faces and not faces & set(grace.cleaned["redacted"])


def test_cancel_stops_between_files_and_lists_the_rest(photos: Path, tmp_path: Path) -> None:
    cancel = CancelToken()

    def stop_after_first(p: Progress) -> None:
        if p.done >= 1:
            cancel.cancel()

    result = run_batch(photos, tmp_path / "o", ONE, stop_after_first, cancel)
    assert result.cancelled and len(result.entries) == 4
    assert result.count("cancelled") == 3
    assert not list((tmp_path / "o").rglob(".pg-*"))


def test_an_interrupted_write_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("os.replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(b"x" * 1000, tmp_path / "a.jpg", [])
    assert list(tmp_path.iterdir()) == []


def test_batch_with_two_worker_processes(photos: Path, tmp_path: Path) -> None:
    shutil.rmtree(photos / "consultation")
    (photos / "notes.txt").unlink()
    shutil.copy(photos / "grace.jpg", photos / "grace2.jpg")
    out = tmp_path / "o"
    run = subprocess.run([sys.executable, "-m", "privacyguard", "batch", str(photos), "-o", str(out), "--workers", "2"],
                         capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr + run.stdout
    assert "2 files" in run.stdout and "2 cleaned" in run.stdout and "2 worker(s)" in run.stdout
    assert all(i["cleaned"]["verified"] for i in json.loads((out / "report.json").read_text())["items"])


def test_ctrl_c_stops_after_the_photo_in_progress_and_writes_the_report(photos: Path, tmp_path: Path) -> None:
    import signal

    for n in range(3):
        shutil.copy(photos / "grace.jpg", photos / f"copy{n}.jpg")
    out = tmp_path / "o"
    proc = subprocess.Popen([sys.executable, "-m", "privacyguard", "batch", str(photos), "-o", str(out), "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("[1/"):
            proc.send_signal(signal.SIGINT)
            break
    proc.wait(timeout=300)
    assert proc.returncode == 130
    report = json.loads((out / "report.json").read_text())
    assert report["cancelled"] and report["counts"]["cancelled"] >= 1
    assert len(report["items"]) == 7  # every input is listed, done or not
    assert not list(out.rglob(".pg-*"))


def _strings(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*")
                     if p.is_file() and p.suffix in (".json", ".csv", ".html", ".jsonl"))


def test_reports_and_journal_hold_no_value_read_in_the_photos(photos: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The name tag read on Grace Hopper's uniform, and the GPS of a tagged photo, stay out of every file we write."""
    from builders import add_identifying_metadata

    add_identifying_metadata(photos / "grace.jpg")
    out = tmp_path / "o"
    result = run_batch(photos, out, ONE)
    write_reports(result, photos, out, ONE)
    written = _strings(out)
    assert "HOPPER" not in written and "Jeanne Martin" not in written and "48.85" not in written
    assert "NOM (10 lettres)" in written and "GPS position" in written  # what was found, without its value
    revealed = tmp_path / "r"
    options = BatchOptions(workers=1, reveal=True)
    write_reports(run_batch(photos, revealed, options), photos, revealed, options)
    assert "HOPPER" in _strings(revealed)


def test_an_unverified_copy_goes_to_a_sibling_folder(photos: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from privacyguard.core.types import Category, Finding, Severity
    from privacyguard.pipeline.engine import Pipeline

    def left(self: Pipeline, *args: object, **kw: object) -> tuple[dict[str, str], list[Finding]]:
        return {"faces": "ran"}, [Finding("residual-face", Category.METADATA, Severity.HIGH, 1.0, "still present", "verify")]

    monkeypatch.setattr(Pipeline, "verify", left)
    out = tmp_path / "o"
    result = run_batch(photos, out, ONE)
    grace = next(e for e in result.entries if e.source == "grace.jpg")
    assert grace.status == "flagged" and not (out / "grace.jpg").exists()
    aside = unverified_folder(out)
    assert aside == tmp_path / "o_non_verifie" and (aside / "grace.non_verifie.jpg").is_file()
    assert not list(out.rglob("*.jpg")) and not list(out.rglob(".pg-*"))


def test_a_detector_that_raises_does_not_stop_a_one_worker_batch(photos: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from privacyguard.pipeline.engine import Pipeline

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Pipeline, "apply", broken)
    out = tmp_path / "o"
    assert main(["batch", str(photos), "-o", str(out), "--workers", "1"]) == 2
    report = json.loads((out / "report.json").read_text())
    assert {i["source"]: i["result"] for i in report["items"]}["grace.jpg"] == "error"
    assert "internal error" in next(i for i in report["items"] if i["source"] == "grace.jpg")["reason"]


def test_a_file_already_in_the_output_folder_is_never_replaced(photos: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    (out / "grace.jpg").write_bytes(b"the doctor's own file")
    result = run_batch(photos, out, ONE)
    grace = next(e for e in result.entries if e.source == "grace.jpg")
    assert (out / "grace.jpg").read_bytes() == b"the doctor's own file"
    assert grace.status == "cleaned" and grace.output == "grace-2.jpg"


def test_full_verify_rechecks_the_whole_copy(photos: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    assert main(["batch", str(photos), "-o", str(out), "--workers", "1", "--full-verify", "--check-only"]) == 2
    shutil.rmtree(out)
    main(["batch", str(photos), "-o", str(out), "--workers", "1", "--full-verify"])
    report = json.loads((out / "report.json").read_text())
    grace = next(i for i in report["items"] if i["source"] == "grace.jpg")
    assert grace["result"] == "cleaned" and grace["cleaned"]["verify_scope"] == "full" and grace["cleaned"]["verified"]
    assert "pixels" not in grace["cleaned"]["verification"]  # the whole copy was checked, not compared by region


def test_a_pool_worker_takes_one_core_and_a_batch_alone_takes_every_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker of the pool has one thread per model (the workers share the cores); a batch of one worker runs in
    this process and gives its models every core, as the single-photo path does (a folder of one photo was 40 % slower)."""
    from privacyguard.pipeline import batch, engine

    made: list[int | None] = []

    class Loaded:
        def __init__(self, options: object, lists: object = None) -> None:
            made.append(options.threads)  # type: ignore[attr-defined]

        def load(self) -> None:
            pass

    monkeypatch.setattr(engine, "Pipeline", Loaded)
    monkeypatch.setattr(batch, "_PIPES", {})
    batch.worker_pipeline(BatchOptions())
    monkeypatch.setattr(batch, "_PIPES", {})
    batch.worker_pipeline(BatchOptions(), pooled=True)
    assert made == [None, 1]


def test_each_photo_s_memory_is_given_back_before_the_next(photos: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch worker's peak grew photo after photo (glibc kept the freed pages of each 12 MP photo's arrays); the
    memory is given back after every file, a damaged one too."""
    from privacyguard.core.memory import give_back_memory
    from privacyguard.pipeline import batch

    assert give_back_memory() is sys.platform.startswith("linux")  # CI and this machine run glibc
    given: list[int] = []
    monkeypatch.setattr(batch, "give_back_memory", lambda: given.append(1) or True)
    result = run_batch(photos, tmp_path / "o", BatchOptions(workers=1))
    assert [e.status for e in result.entries].count("error") == 2  # the damaged photo and the stray document
    assert len(given) == len(result.entries) == 4
