"""Face recall and false positives over a folder of images and a JSON list of face boxes.

    python bench/face_eval.py FOLDER [--truth FOLDER/faces.json] [--sensitivity standard paranoid]

A face is found when its centre lies inside a detection box; "covered" when the redaction
box (the padded one that is actually painted) contains at least 95 % of the face box.
A false positive is a detection that touches no annotated face. Times are per image, median.
"paint x": how much is painted for a found face, the median over found faces of the area of the painted box that
holds its centre, divided by the face box's (over-painting: a portrait blacked out to the waist).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path

from privacyguard.core.settings import AnalysisOptions, FaceSensitivity
from privacyguard.core.types import BBox
from privacyguard.images.load import load_photo
from privacyguard.pipeline import Pipeline


def evaluate(folder: Path, truth: list[dict], sensitivity: FaceSensitivity) -> dict[str, dict[str, float]]:
    pipe = Pipeline(AnalysisOptions(face_sensitivity=sensitivity))
    pipe.load()
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for entry in truth:
        photo = load_photo(folder / entry["image"])
        t = time.perf_counter()
        found = pipe.faces.find(photo.rgb())
        elapsed = time.perf_counter() - t
        gts = [BBox(*b) for b in entry["faces"]]
        for g in gts:  # recall by face width, over every image
            s = stats[_size_bucket(g.width)]
            s["faces"] += 1
            s["found"] += any(f.box and f.box.contains_point(*g.centre) for f in found)
            s["covered"] += any(f.redact_box and f.redact_box.intersection(g) >= 0.95 * g.area for f in found)
        for key in (entry.get("category", "all"), "ALL"):
            s = stats[key]
            s["images"] += 1
            s["faces"] += len(gts)
            s["found"] += sum(any(f.box and f.box.contains_point(*g.centre) for f in found) for g in gts)
            s["covered"] += sum(any(f.redact_box and f.redact_box.intersection(g) >= 0.95 * g.area for f in found) for g in gts)
            s.setdefault("paint", [])  # type: ignore[arg-type]
            holding = [[f.redact_box.area for f in found if f.redact_box and f.redact_box.contains_point(*g.centre)] for g in gts]
            s["paint"] += [min(areas) / g.area for areas, g in zip(holding, gts, strict=True) if areas]  # type: ignore[attr-defined]
            s["false_pos"] += sum(not any(f.box and (f.box.contains_point(*g.centre) or f.box.iou(g) > 0.1) for g in gts)
                                  for f in found)
            s.setdefault("times", [])  # type: ignore[arg-type]
            s["times"].append(elapsed)  # type: ignore[attr-defined]
    return stats


BUCKETS = (24, 32, 48, 64, 128)


def _size_bucket(width: int) -> str:
    low = 0
    for high in BUCKETS:
        if width < high:
            return f"~{low}-{high}px"
        low = high
    return f"~{low}px+"


def table(stats: dict[str, dict[str, float]], sensitivity: str) -> str:
    rows = [f"\n{sensitivity}", f"{'category':<18} {'images':>6} {'faces':>5} {'recall':>7} {'covered':>8} {'FP/img':>7} {'s/img':>6} {'paint x':>7}"]
    for cat in sorted(stats, key=lambda c: (c.startswith("~"), c == "ALL", c if not c.startswith("~") else int(c[1:].split("-")[0].rstrip("px+")))):
        s = stats[cat]
        faces = s["faces"] or 1
        if cat.startswith("~"):
            rows.append(f"{'width ' + cat:<18} {'':>6} {int(s['faces']):>5} {s['found'] / faces:>7.3f} {s['covered'] / faces:>8.3f}")
            continue
        rows.append(f"{cat:<18} {int(s['images']):>6} {int(s['faces']):>5} {s['found'] / faces:>7.3f} {s['covered'] / faces:>8.3f} "
                    f"{s['false_pos'] / s['images']:>7.2f} {statistics.median(s['times']):>6.2f} "  # type: ignore[call-overload]
                    f"{statistics.median(s['paint']) if s['paint'] else 0:>7.2f}")  # type: ignore[call-overload]
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--truth", type=Path)
    ap.add_argument("--sensitivity", nargs="+", default=["standard", "paranoid"])
    a = ap.parse_args()
    truth = json.loads((a.truth or a.folder / "faces.json").read_text())
    for sens in a.sensitivity:
        print(table(evaluate(a.folder, truth, FaceSensitivity(sens)), sens), flush=True)


if __name__ == "__main__":
    main()
