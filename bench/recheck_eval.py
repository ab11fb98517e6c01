"""What the batch's region re-check recovers when the first look covered too little: each text redaction of the
first look is cut to its left half, the copy is written and re-checked by region, and every identifying word of the
truth is scored on the written copy (covered: 90 % of its box painted over). ``--scope full`` runs the single-photo
path's re-check instead (a whole second look at the copy in every round).

    python bench/recheck_eval.py FOLDER [--limit N] [--only NAME] [--show] [--scope regions|full]

FOLDER is made by make_text_images2.py (truth.json). Prints words covered by the full first look, by the
half boxes alone, and after the re-check; and the median re-check time per photo.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from PIL import Image

from privacyguard.core.report import Decisions
from privacyguard.core.settings import VerifyScope
from privacyguard.core.types import BBox, Category
from privacyguard.pipeline import Pipeline


def covered(mask: np.ndarray, box: list[int]) -> bool:
    x1, y1, x2, y2 = box
    part = mask[max(0, y1):y2, max(0, x1):x2]
    return bool(part.size and part.mean() >= 0.9)


def painted(boxes: list[BBox], shape: tuple[int, int]) -> np.ndarray:
    mask = np.zeros(shape, bool)
    for b in boxes:
        mask[max(0, b.y1):b.y2, max(0, b.x1):b.x2] = True
    return mask


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", action="store_true", help="print each identifying word the re-check left")
    ap.add_argument("--only", default="", help="only the images whose name holds this")
    ap.add_argument("--scope", choices=[s.value for s in VerifyScope], default=VerifyScope.REGIONS.value)
    a = ap.parse_args()
    truth = [t for t in json.loads((a.folder / "truth.json").read_text())[: a.limit or None] if a.only in t["image"]]
    pipe = Pipeline()
    pipe.load()
    full = half = after = total = verified = 0
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, entry in enumerate(truth):
            item, photo = pipe.analyze_one(a.folder / entry["image"])
            shape = (photo.height, photo.width)
            words = [w for w in entry["words"] if w.get("identifying")]
            chosen = [f.redact_box for f in item.findings if f.redact_box and f.severity.value != "low"]
            cut = tuple(replace(f, redact_box=BBox(f.redact_box.x1, f.redact_box.y1, (f.redact_box.x1 + f.redact_box.x2) // 2,
                                                   f.redact_box.y2))
                        if f.redact_box and f.category is Category.TEXT else f for f in item.findings)
            halves = [f.redact_box for f in cut if f.redact_box and f.severity.value != "low"]
            t = time.perf_counter()
            result = pipe.apply(replace(item, findings=cut), Decisions(), Path(tmp) / f"{n}.png", photo=photo,
                                scope=VerifyScope(a.scope), unverified_dir=Path(tmp) / "aside")
            times.append(time.perf_counter() - t)
            verified += result.verified
            written = np.asarray(Image.open(result.output).convert("RGB"), np.int16) if result.output else None
            changed = (np.abs(written - photo.rgb().astype(np.int16)).max(axis=2) > 40) if written is not None else np.ones(shape, bool)
            for w in words:
                total += 1
                full += covered(painted(chosen, shape), w["box"])
                half += covered(painted(halves, shape), w["box"])
                ok = covered(changed | painted(halves, shape), w["box"])
                after += ok
                if a.show and not ok:
                    print(f"  left: {entry['image']} {w['text']} {w['box']}")
            print(f"{entry['image']}: {result.verified=} {times[-1]:.1f} s", flush=True)
    print(f"identifying words: {total}; covered by the first look {full}, by half boxes {half}, after the re-check {after}; "
          f"re-check median {statistics.median(times):.2f} s; {verified}/{len(truth)} copies verified")


if __name__ == "__main__":
    main()
