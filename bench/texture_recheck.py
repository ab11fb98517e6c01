"""The re-check on textured photos: does it remove what it must, and only that?

    python bench/texture_recheck.py [--scope regions|full] [--size 2400x1800] [--show]

Each photo is one of scikit-image's public-domain pictures (brick, grass, gravel, coffee, a cat, a rocket, the moon, a
retina, a stained slide, the Hubble deep field) with a patient label written on it: on a paper sticker or straight on
the texture, a name, a birth date and a record number, at a seeded place. Texture is what a region re-check reading
at full resolution takes for "unreadable text". Prints, per photo and in total: identifying words covered on the
first look's boxes and on the written copy (90 % of the word's box), the re-check's extra boxes (rounds), the share of the photo changed
beyond what the first look chose, whether the copy was verified, and the time of ``apply``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import matplotlib
import numpy as np
import skimage
from PIL import Image, ImageDraw, ImageFont

from privacyguard.core.report import Decisions
from privacyguard.core.settings import VerifyScope
from privacyguard.pipeline import Pipeline

TEXTURES = ("brick.png", "grass.png", "gravel.png", "coffee.png", "chelsea.png", "rocket.jpg", "moon.png", "retina.jpg",
            "ihc.png", "hubble_deep_field.jpg")
LABELS = (("Mme", "LAMBERT", "Odile", "née le", "04/11/1962", "IPP", "4471902"),
          ("M.", "Karim", "BENSALEM", "né le", "17/02/1949", "NIP", "0912338"),
          ("Patient :", "ROUSSEL", "Gaëtan", "DDN", "30/06/2011", "IEP", "88120457"))
IDENTIFYING = {1, 2, 4, 6}  # positions of the name, date and number in each label


def make(folder: Path, n: int, texture: str, size: tuple[int, int]) -> tuple[Path, list[tuple[str, tuple[int, int, int, int]]]]:
    """A textured photo with a label; its identifying words and their boxes."""
    rng = random.Random(n)
    im = Image.open(Path(skimage.__file__).parent / "data" / texture).convert("RGB").resize(size)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(str(Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"),
                              rng.choice((28, 36, 48)))
    label = LABELS[n % len(LABELS)]
    x0, y0 = rng.randrange(40, size[0] // 2), rng.randrange(40, size[1] - 300)
    sticker = n % 2 == 0
    words: list[tuple[str, tuple[int, int, int, int]]] = []
    lines = (label[:3], label[3:5], label[5:])
    if sticker:
        width = max(sum(draw.textlength(w + " ", font=font) for w in line) for line in lines)
        draw.rectangle((x0 - 20, y0 - 20, x0 + width + 20, y0 + 3 * font.size * 1.4 + 10), fill=(245, 243, 235))
    ink = (20, 20, 20) if sticker else (rng.choice(((250, 250, 250), (10, 10, 10))))
    k = 0
    for r, line in enumerate(lines):
        x, y = x0, y0 + round(r * font.size * 1.4)
        for w in line:
            box = draw.textbbox((x, y), w, font=font)
            draw.text((x, y), w, fill=ink, font=font, stroke_width=0 if sticker else 2,
                      stroke_fill=tuple(255 - c for c in ink))
            if k in IDENTIFYING:
                words.append((w, box))
            x += round(draw.textlength(w + " ", font=font))
            k += 1
    path = folder / f"{n:02d}_{Path(texture).stem}.png"
    im.save(path)
    return path, words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scope", choices=[s.value for s in VerifyScope], default=VerifyScope.REGIONS.value)
    ap.add_argument("--size", default="2400x1800")
    ap.add_argument("--show", action="store_true", help="print each identifying word left on a copy")
    a = ap.parse_args()
    size = tuple(int(v) for v in a.size.split("x"))
    pipe = Pipeline()
    pipe.load()
    covered = first = total = extra = verified = 0
    beyond, times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, texture in enumerate(TEXTURES):
            path, words = make(folder, n, texture, size)  # type: ignore[arg-type]
            item, photo = pipe.analyze_one(path)
            assert photo is not None
            chosen = Decisions().chosen(item)
            t = time.perf_counter()
            result = pipe.apply(item, Decisions(), folder / f"{n}.cleaned.png", photo=photo, scope=VerifyScope(a.scope),
                                unverified_dir=folder / "aside")
            times.append(time.perf_counter() - t)
            written = np.asarray(Image.open(result.output).convert("RGB"), np.int16) if result.output else None
            changed = None
            if written is not None:  # changed, or the solid paint itself (black text painted black does not change)
                changed = (np.abs(written - photo.rgb().astype(np.int16)).max(axis=2) > 40) | (written.max(axis=2) == 0)
            here = 0
            boxes = np.zeros(photo.rgb().shape[:2], bool)
            for f in chosen:
                if f.redact_box:
                    boxes[f.redact_box.y1:f.redact_box.y2, f.redact_box.x1:f.redact_box.x2] = True
            seen = sum(bool(boxes[y1:y2, x1:x2].mean() >= 0.9) for _, (x1, y1, x2, y2) in words)
            for w, (x1, y1, x2, y2) in words:
                ok = changed is not None and changed[y1:y2, x1:x2].mean() >= 0.9
                here += ok
                if a.show and not ok:
                    print(f"  left: {path.name} {w}")
            more = len(result.redacted) - len(chosen)
            outside = 0.0
            if changed is not None:
                mask = changed.copy()
                for f in chosen:
                    if f.redact_box:
                        b = f.redact_box
                        mask[b.y1:b.y2, b.x1:b.x2] = False
                outside = float(mask.mean())
            covered, first, total = covered + here, first + seen, total + len(words)
            extra, verified = extra + more, verified + result.verified
            beyond.append(outside)
            print(f"{path.name:<28} words {seen}->{here}/{len(words)}  re-check boxes {more}  beyond chosen {outside:6.1%}  "
                  f"verified {result.verified}  {times[-1]:.1f} s", flush=True)
    print(f"scope {a.scope}: identifying words covered by the first look {first}/{total}, on the copy {covered}/{total}; "
          f"re-check boxes {extra}; changed beyond the "
          f"chosen boxes median {statistics.median(beyond):.1%}, max {max(beyond):.1%}; {verified}/{len(TEXTURES)} verified; "
          f"apply median {statistics.median(times):.2f} s")


if __name__ == "__main__":
    main()
