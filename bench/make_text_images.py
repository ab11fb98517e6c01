"""Generate a seeded set of medical images with identifying text and codes, and their ground truth.

    python bench/make_text_images.py OUT_DIR [--seed 0] [--per-category 6] [--size 2mp|12mp]

Categories: ECG header, X-ray overlay (white on black, in the corners), wristband (rotated band
with a barcode), tube label (small text + DataMatrix), software banner, report page, text on a
photo (rotated). Fonts are the ones matplotlib ships (DejaVu Sans/Serif/Mono, bold). Every
name and number is invented. Writes OUT_DIR/*.png and OUT_DIR/truth.json:
[{"image", "category", "words": [{"text", "box", "identifying"}], "codes": [[x1, y1, x2, y2]]}].
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib
import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

FONTS = [Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf" / f for f in
         ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf")]
SURNAMES = ["DUPONT", "MARTIN", "LEFEBVRE", "NGUYEN", "BENALI", "ROUSSEAU", "FAURE", "GIRAUD", "MOREL", "LEGRAND", "CARON", "PERRIN"]
FIRST = ["Marie", "Paul", "Léa", "Hugo", "Inès", "Jérôme", "Chloé", "André", "Yasmine", "Théo", "Zoé", "Françoise"]
NEUTRAL = ["25 mm/s", "10 mm/mV", "Filtre 40 Hz", "Service de radiologie", "Face", "Profil", "Gain", "Dérivations",
           "Compte rendu", "Conclusion", "Thorax", "Poignet G", "Hémoglobine", "Tube EDTA", "Bilan"]


def _rng_date(rng: np.random.Generator) -> str:
    return f"{rng.integers(1, 29):02d}/{rng.integers(1, 13):02d}/{rng.integers(1930, 2024)}"


def _identity(rng: np.random.Generator) -> list[tuple[str, bool]]:
    """Tokens of a patient line: (text, identifying)."""
    return [(str(rng.choice(SURNAMES)), True), (str(rng.choice(FIRST)), True), ("Né(e) le", False), (_rng_date(rng), True),
            ("IPP", False), (str(rng.integers(10**6, 10**9)), True)]


def _write(draw: ImageDraw.ImageDraw, xy: tuple[int, int], tokens: list[tuple[str, bool]], font: ImageFont.FreeTypeFont,
           fill: tuple[int, int, int]) -> list[dict]:
    words, (x, y) = [], xy
    for text, ident in tokens:
        for part in text.split():
            box = draw.textbbox((x, y), part, font=font)
            draw.text((x, y), part, font=font, fill=fill)
            words.append({"text": part, "box": list(box), "identifying": ident})
            x = box[2] + font.size // 2
        x += font.size // 2
    return words


def _code(content: str, fmt: zxingcpp.BarcodeFormat, scale: int) -> Image.Image:
    return Image.fromarray(np.asarray(zxingcpp.create_barcode(content, fmt).to_image(scale=scale))).convert("RGB")


def make(category: str, rng: np.random.Generator, size: tuple[int, int]) -> tuple[Image.Image, list[dict], list[list[int]]]:
    w, h = size
    k = w / 1632  # scale text with the image
    font = ImageFont.truetype(str(FONTS[rng.integers(len(FONTS))]), max(12, int(rng.integers(20, 34) * k)))
    dark = category == "xray"
    im = Image.new("RGB", size, (12, 12, 12) if dark else tuple(int(v) for v in rng.integers(215, 252, 3)))
    draw = ImageDraw.Draw(im)
    ink = (235, 235, 235) if dark else (20, 20, 30)
    words: list[dict] = []
    codes: list[list[int]] = []
    inset = (int(w * 0.15), int(h * 0.25)) if category == "photo" else (int(40 * k), int(30 * k))  # rotation keeps it in frame
    words += _write(draw, inset, _identity(rng), font, ink)
    words += _write(draw, (int(w * 0.55), int(h * 0.9)), [(str(rng.choice(NEUTRAL)), False)], font, ink)
    if category in ("xray", "report", "banner"):
        words += _write(draw, (int(40 * k), int(h * 0.5)), [("Dr", False), (str(rng.choice(SURNAMES)), True)], font, ink)
    if category in ("wristband", "label"):
        fmt = zxingcpp.BarcodeFormat.Code128 if category == "wristband" else zxingcpp.BarcodeFormat.DataMatrix
        code = _code(str(rng.integers(10**6, 10**9)), fmt, max(2, int(3 * k)))
        x, y = int(w * 0.6), int(h * 0.35)
        im.paste(code, (x, y))
        codes.append([x, y, x + code.width, y + code.height])
    if category == "photo":  # text on a textured background, turned a little
        noise = rng.integers(0, 40, (h, w, 3), dtype=np.uint8)
        im = Image.fromarray(np.clip(np.asarray(im, np.int16) - noise, 0, 255).astype(np.uint8))
        angle = float(rng.uniform(-12, 12))
        im = im.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(200, 200, 200))
        a = np.deg2rad(angle)
        rot = np.array([[np.cos(a), np.sin(a)], [-np.sin(a), np.cos(a)]])
        for word in words:
            x1, y1, x2, y2 = word["box"]
            pts = (np.array([[x1, y1], [x2, y1], [x1, y2], [x2, y2]]) - [w / 2, h / 2]) @ rot.T + [w / 2, h / 2]
            word["box"] = [int(pts[:, 0].min()), int(pts[:, 1].min()), int(pts[:, 0].max()), int(pts[:, 1].max())]
    return im, words, codes


CATEGORIES = ("ecg", "xray", "wristband", "label", "banner", "report", "photo")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-category", type=int, default=6)
    ap.add_argument("--size", choices=["2mp", "12mp"], default="2mp")
    a = ap.parse_args()
    size = (1632, 1224) if a.size == "2mp" else (4000, 3000)
    rng = np.random.default_rng(a.seed)
    a.out.mkdir(parents=True, exist_ok=True)
    truth = []
    for cat in CATEGORIES:
        for n in range(a.per_category):
            im, words, codes = make(cat, rng, size)
            name = f"{cat}_{n:02d}.png"
            im.save(a.out / name)
            truth.append({"image": name, "category": cat, "words": words, "codes": codes})
    (a.out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    print(f"{len(truth)} images, {sum(w['identifying'] for t in truth for w in t['words'])} identifying words in {a.out}")


if __name__ == "__main__":
    main()
