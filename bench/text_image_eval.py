"""Identifying-word coverage and barcode coverage on a folder made by make_text_images.py (or real, same JSON).

    python bench/text_image_eval.py FOLDER [--truth FOLDER/truth.json] [--paranoid]

A word is covered when at least 90 % of its box lies inside the boxes that the default decisions
redact; a code is covered at 95 %. Also: neutral words redacted (over-redaction), OCR time per
image and whole analysis time per image (medians).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path

from privacyguard.core.report import Decisions
from privacyguard.core.settings import AnalysisOptions, FaceSensitivity
from privacyguard.core.types import BBox
from privacyguard.images.load import load_photo
from privacyguard.pipeline import Pipeline


def covered(box: BBox, regions: list[BBox], share: float) -> bool:
    return box.covered_by(regions) >= share


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--truth", type=Path)
    ap.add_argument("--paranoid", action="store_true")
    ap.add_argument("--show-misses", action="store_true", help="print each identifying word left uncovered")
    a = ap.parse_args()
    truth = json.loads((a.truth or a.folder / "truth.json").read_text())
    sens = FaceSensitivity.PARANOID if a.paranoid else FaceSensitivity.STANDARD
    pipe = Pipeline(AnalysisOptions(face_sensitivity=sens))
    pipe.load()
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # ident covered/total, neutral hit/total, codes
    ocr_times, times = [], []
    for entry in truth:
        photo = load_photo(a.folder / entry["image"])
        t = time.perf_counter()
        pipe.detectors.ocr.read(photo.rgb())
        ocr_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        item = pipe.analyze_photo(photo)
        times.append(time.perf_counter() - t)
        regions = [f.redact_box for f in Decisions().chosen(item) if f.redact_box]
        for key in (entry["category"], "ALL"):
            s = stats[key]
            for word in entry["words"]:
                hit = covered(BBox(*word["box"]), regions, 0.9)
                if word["identifying"]:
                    s[0] += hit
                    if a.show_misses and not hit and key == "ALL":
                        print(f"  missed {entry['image']}: {word['text']}")
                    s[1] += 1
                else:
                    s[2] += hit
                    s[3] += 1
            for code in entry["codes"]:
                s[4] += covered(BBox(*code), regions, 0.95)
                s[5] += 1
    print(f"{'category':<10} {'ident. words':>12} {'covered':>8} {'neutral redacted':>17} {'codes covered':>14}")
    for cat in sorted(stats, key=lambda c: (c == "ALL", c)):
        s = stats[cat]
        codes = f"{s[4]}/{s[5]}" if s[5] else "-"
        print(f"{cat:<10} {s[1]:>12} {s[0] / max(1, s[1]):>8.3f} {s[2]:>8}/{s[3]:<8} {codes:>14}")
    print(f"median OCR s/image {statistics.median(ocr_times):.2f}, median whole analysis s/image {statistics.median(times):.2f}")


if __name__ == "__main__":
    main()
