"""Time each stage of the photo pipeline at 2 MP and 12 MP (median of several runs).

    python bench/stages.py [PHOTO ...] [--runs 5]

Without photos, a 2 MP and a 12 MP test photo are made from the public-domain portrait in
matplotlib's wheel pasted on a textured background (a face plus texture, like a real photo).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import matplotlib.cbook
import skimage
from PIL import Image

from privacyguard.core.report import Decisions
from privacyguard.core.settings import AnalysisOptions, FaceSensitivity, RedactionStyle
from privacyguard.images.load import load_photo, pil_info
from privacyguard.images.save import encode
from privacyguard.metadata.audit import audit_metadata
from privacyguard.pipeline import Pipeline
from privacyguard.redactors.regions import redact


def make_photo(folder: Path, size: tuple[int, int]) -> Path:
    bg = Image.open(Path(skimage.__file__).parent / "data" / "gravel.png").convert("RGB").resize(size)
    face = Image.open(matplotlib.cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)).convert("RGB")
    f = size[1] / 2 / face.height
    bg.paste(face.resize((round(face.width * f), round(face.height * f))), (size[0] // 3, size[1] // 4))
    path = folder / f"photo_{size[0] * size[1] / 1e6:.0f}MP.jpg"
    bg.save(path, "JPEG", quality=92)
    return path


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench(path: Path, runs: int, out_dir: Path) -> dict[str, float]:
    std = Pipeline(AnalysisOptions(FaceSensitivity.STANDARD))
    par = Pipeline(AnalysisOptions(FaceSensitivity.PARANOID))
    std.load()
    par.load()
    photo = load_photo(path)
    item = std.analyze_photo(photo)
    boxes = [f.redact_box for f in item.findings if f.redact_box]
    target = out_dir / "out.jpg"
    res = {
        "load (decode, orient)": median_time(lambda: load_photo(path), runs),
        "metadata audit": median_time(lambda: audit_metadata(photo.raw, photo.format, pil_info), runs),
        "faces, standard": median_time(lambda: std.faces.find(photo.rgb()), runs),
        "faces, paranoid": median_time(lambda: par.faces.find(photo.rgb()), max(1, runs // 2)),
        "OCR (RapidOCR)": median_time(lambda: std.detectors.ocr.read(photo.rgb()), runs),
        "barcodes (zxing-cpp)": median_time(lambda: std.detectors.barcodes.find(photo.rgb()), runs),
        "whole analysis, standard": median_time(lambda: (std.forget(), std.analyze_photo(photo)), runs),
        "redact, solid": median_time(lambda: redact(photo.pixels, boxes, RedactionStyle.SOLID), runs),
        "redact, blur": median_time(lambda: redact(photo.pixels, boxes, RedactionStyle.BLUR), runs),
        "encode JPEG q95": median_time(lambda: encode(photo.pixels, "JPEG"), runs),
        "apply + verify (standard)": median_time(lambda: (std.forget(photos=False), std.apply(item, Decisions(), target, photo=photo)), runs),
        "whole sanitize (standard)": median_time(lambda: (std.forget(), std.apply(std.analyze_one(path)[0], Decisions(), target)), runs),
    }
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("photos", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        photos = a.photos or [make_photo(folder, (1632, 1224)), make_photo(folder, (4000, 3000))]
        results = {}
        for p in photos:
            with Image.open(p) as im:
                label = f"{im.width * im.height / 1e6:.1f} MP"
            results[label] = bench(p, a.runs, folder)
    labels = list(results)
    print(f"{'stage (median s)':<28}" + "".join(f"{lab:>10}" for lab in labels))
    for stage in results[labels[0]]:
        print(f"{stage:<28}" + "".join(f"{results[lab][stage]:>10.3f}" for lab in labels))


if __name__ == "__main__":
    main()
