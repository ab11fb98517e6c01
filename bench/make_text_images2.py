"""A second, independent generator of photos with identifying text: the kinds the first one lacks.

    python bench/make_text_images2.py OUT_DIR --fonts FONT_DIR [--seed 0] [--per-kind 5]

FONT_DIR holds .ttf files other than the ones the project's tests use (for instance Debian's
``fonts-liberation2`` and ``fonts-freefont-ttf``, unpacked with ``apt-get download`` and ``dpkg -x``).
Names are drawn from the Insee lists the project ships (frequent first names and surnames), dates
and numbers at random; every identity is invented by chance. Kinds:

- ``band_tilt``: a hospital wristband photographed at 8 to 35 degrees, either way;
- ``band_side``: the same band held sideways (90 or 270 degrees);
- ``table``: a 1920×1080 screenshot of a patient list, 13 to 16 px text, surname and first name in columns;
- ``dicom``: an X-ray with DICOM-style corners (``DURAND^PAUL``, ``19870315``, ``PID``, ``Acc``, ``DOB``);
- ``timestamp``: a photo of a wound with a camera's burned-in date and time, and the patient's name on a label;
- ``small``: a 12 MP photo with a name label at 16 to 22 px (whatever ``--size``);
- ``warp``: a report page photographed in perspective, with glare.

Writes OUT_DIR/*.png and OUT_DIR/truth.json in the format of ``make_text_images.py``: a word's box is
the axis-aligned box of the word as drawn (turned and warped with the image).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from privacyguard.detectors.text import gazetteers as gz

Word = dict  # {"text", "box", "identifying"}
NEUTRAL = ["Service de chirurgie", "Allergies : aucune", "Groupe A+", "Poids 72 kg", "Chambre", "Unité de soins", "Examen",
           "Compte rendu opératoire", "Conclusion", "Traitement", "Bilan sanguin", "Radiologie", "Thorax face", "Genou D"]


class Names:
    def __init__(self, rng: np.random.Generator) -> None:
        gz.load()
        self.rng = rng
        self.first = sorted(k for k, v in gz.first_names().items() if v >= 5000 and "-" not in k)
        self.last = sorted(k for k, r in gz.surnames().items() if r <= 20000 and k.isalpha())

    def first_name(self) -> str:
        return str(self.rng.choice(self.first)).capitalize()

    def surname(self) -> str:
        return str(self.rng.choice(self.last)).upper()

    def date(self, sep: str = "/") -> str:
        d, m, y = self.rng.integers(1, 29), self.rng.integers(1, 13), self.rng.integers(1925, 2024)
        return f"{d:02d}{sep}{m:02d}{sep}{y}"

    def number(self, digits: int) -> str:
        return str(self.rng.integers(10 ** (digits - 1), 10**digits))


def draw_tokens(draw: ImageDraw.ImageDraw, xy: tuple[float, float], tokens: list[tuple[str, bool]], font: ImageFont.FreeTypeFont,
                fill: tuple[int, ...]) -> tuple[list[Word], float]:
    """Draw words left to right; returns their boxes and the x where the line ends."""
    words: list[Word] = []
    x, y = xy
    for text, ident in tokens:
        for part in text.split():
            box = draw.textbbox((x, y), part, font=font)
            draw.text((x, y), part, font=font, fill=fill)
            words.append({"text": part, "box": [float(v) for v in box], "identifying": ident})
            x = box[2] + font.size * 0.35
        x += font.size * 0.3
    return words, x


def transform(words: list[Word], matrix: np.ndarray) -> list[Word]:
    """Words' boxes moved by a 3×3 homography (or a 2×3 affine), as axis-aligned boxes."""
    m = matrix if matrix.shape == (3, 3) else np.vstack([matrix, [0, 0, 1]])
    out = []
    for w in words:
        x1, y1, x2, y2 = w["box"]
        pts = np.array([[x1, y1, 1], [x2, y1, 1], [x1, y2, 1], [x2, y2, 1]], float) @ m.T
        pts = pts[:, :2] / pts[:, 2:]
        out.append({**w, "box": [int(pts[:, 0].min()), int(pts[:, 1].min()), int(np.ceil(pts[:, 0].max())), int(np.ceil(pts[:, 1].max()))]})
    return out


def background(rng: np.random.Generator, size: tuple[int, int], dark: bool = False) -> np.ndarray:
    """A blurred, noisy scene (a sheet, skin, a desk), not a flat colour."""
    w, h = size
    base = rng.integers(20, 60, 3) if dark else rng.integers(120, 220, 3)
    img = np.ones((h, w, 3), np.float32) * base
    blobs = cv2.resize(rng.normal(0, 25, (max(2, h // 200), max(2, w // 200), 3)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    img += blobs + rng.normal(0, 6, (h, w, 3))
    return np.clip(img, 0, 255).astype(np.uint8)


def font(fonts: list[Path], rng: np.random.Generator, px: int, mono: bool = False) -> ImageFont.FreeTypeFont:
    pool = [f for f in fonts if ("Mono" in f.name) == mono] or fonts
    return ImageFont.truetype(str(pool[rng.integers(len(pool))]), px)


def band(names: Names, fonts: list[Path], rng: np.random.Generator, angle: float, size: tuple[int, int]) -> tuple[np.ndarray, list[Word]]:
    w, h = size
    share = float(rng.uniform(0.12, 0.55))  # the band fills an eighth to a half of the frame
    bw, bh = int(w * share), int(h * share * 0.29)
    layer = Image.new("RGBA", (bw, bh), (*(int(v) for v in rng.integers(225, 250, 3)), 255))
    d = ImageDraw.Draw(layer)
    f = font(fonts, rng, int(bh * 0.2))
    words, _ = draw_tokens(d, (bh * 0.15, bh * 0.1), [(names.surname(), True), (names.first_name(), True)], f, (15, 15, 20, 255))
    more, _ = draw_tokens(d, (bh * 0.15, bh * 0.4), [("Né(e) le", False), (names.date(), True), ("IPP", False), (names.number(8), True)],
                          font(fonts, rng, int(bh * 0.16)), (15, 15, 20, 255))
    words += more
    more, _ = draw_tokens(d, (bh * 0.15, bh * 0.68), [("NDA", False), (names.number(9), True), ("CH", False),
                                                     (names.surname().capitalize(), True)], font(fonts, rng, int(bh * 0.15)), (15, 15, 20, 255))
    words += more
    scene = Image.fromarray(background(rng, size))
    x0, y0 = (w - bw) // 2, (h - bh) // 2
    big = Image.new("RGBA", size, (0, 0, 0, 0))
    big.paste(layer, (x0, y0))
    words = [{**wd, "box": [wd["box"][0] + x0, wd["box"][1] + y0, wd["box"][2] + x0, wd["box"][3] + y0]} for wd in words]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turned = cv2.warpAffine(np.asarray(big), matrix, size, flags=cv2.INTER_CUBIC)
    alpha = turned[:, :, 3:] / 255.0
    out = (np.asarray(scene) * (1 - alpha) + turned[:, :, :3] * alpha).astype(np.uint8)
    return out, transform(words, matrix)


def table(names: Names, fonts: list[Path], rng: np.random.Generator) -> tuple[np.ndarray, list[Word]]:
    size = (1920, 1080)
    im = Image.new("RGB", size, (246, 247, 250))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 1920, 56], fill=(40, 70, 120))
    f = font(fonts, rng, int(rng.integers(13, 17)))
    words, _ = draw_tokens(d, (24, 18), [("Agenda", False), ("Consultations", False), ("du", False), ("jour", False)], f, (255, 255, 255))
    cols = [("Nom", 120), ("Prénom", 360), ("Né(e) le", 560), ("IPP", 740), ("Motif", 920)]
    y = 110
    for title, x in cols:
        words += draw_tokens(d, (x, y), [(title, False)], f, (60, 60, 70))[0]
    for row in range(int(rng.integers(6, 11))):
        y = 150 + row * int(f.size * 2.2)
        if row % 2:
            d.rectangle([100, y - 6, 1800, y + f.size + 6], fill=(232, 236, 244))
        cells = [names.surname(), names.first_name(), names.date(), names.number(7), str(rng.choice(["Renouvellement", "Fièvre", "Suivi HTA",
                                                                                                     "Vaccin", "Douleur"]))]
        for (_, x), text, ident in zip(cols, cells, (True, True, True, True, False), strict=True):
            words += draw_tokens(d, (x, y), [(text, ident)], f, (25, 25, 30))[0]
    return np.asarray(im), words


def _yyyymmdd(ddmmyyyy: str) -> str:
    return ddmmyyyy[4:] + ddmmyyyy[2:4] + ddmmyyyy[:2]


def dicom(names: Names, fonts: list[Path], rng: np.random.Generator, size: tuple[int, int]) -> tuple[np.ndarray, list[Word]]:
    w, h = size
    img = background(rng, size, dark=True)
    cv2.ellipse(img, (w // 2, h // 2), (w // 4, h // 3), 0, 0, 360, (150, 150, 150), -1)
    img = cv2.GaussianBlur(img, (0, 0), 25)
    im = Image.fromarray(img)
    d = ImageDraw.Draw(im)
    f = font(fonts, rng, int(h * 0.022), mono=bool(rng.integers(2)))
    ink = (230, 230, 230)
    words = []
    x, y = int(w * 0.02), int(h * 0.02)
    for i, tokens in enumerate([[(f"{names.surname()}^{names.first_name().upper()}", True)], [("PID:", False), (names.number(8), True)],
                                [("DOB:", False), (_yyyymmdd(names.date("")), True)],
                                [("Acc:", False), (names.number(10), True)]]):
        words += draw_tokens(d, (x, y + i * f.size * 1.4), tokens, f, ink)[0]
    study = f"{rng.integers(2015, 2026)}{rng.integers(1, 13):02d}{rng.integers(1, 29):02d}"
    words += draw_tokens(d, (w * 0.7, h * 0.02), [("Study", False), ("Date:", False), (study, True)], f, ink)[0]
    words += draw_tokens(d, (w * 0.7, h * 0.93), [("kVp", False), ("120", False), ("mAs", False), ("5", False)], f, ink)[0]
    words += draw_tokens(d, (w * 0.02, h * 0.93), [(str(rng.choice(["CH", "Clinique"])), False), (names.surname().capitalize(), True)], f, ink)[0]
    return np.asarray(im), words


def timestamp(names: Names, fonts: list[Path], rng: np.random.Generator, size: tuple[int, int]) -> tuple[np.ndarray, list[Word]]:
    w, h = size
    img = background(rng, size)
    cv2.circle(img, (w // 2, h // 2), h // 6, (90, 60, 160), -1)
    im = Image.fromarray(cv2.GaussianBlur(img, (0, 0), 3))
    d = ImageDraw.Draw(im)
    f = font(fonts, rng, int(h * 0.035), mono=True)
    stamp = f"{rng.integers(2019, 2026)}-{rng.integers(1, 13):02d}-{rng.integers(1, 29):02d} {rng.integers(0, 24):02d}:{rng.integers(0, 60):02d}"
    day, time = stamp.split(" ", 1)
    words = draw_tokens(d, (w * 0.62, h * 0.9), [(day, True), (time, False)], f, (255, 150, 30))[0]
    d.rectangle([w * 0.08, h * 0.08, w * 0.45, h * 0.2], fill=(250, 250, 245))
    words += draw_tokens(d, (w * 0.1, h * 0.1), [(names.surname(), True), (names.first_name(), True)], font(fonts, rng, int(h * 0.035)),
                         (10, 10, 10))[0]
    return np.asarray(im), words


def small(names: Names, fonts: list[Path], rng: np.random.Generator) -> tuple[np.ndarray, list[Word]]:
    size = (4000, 3000)
    img = background(rng, size)
    im = Image.fromarray(img)
    d = ImageDraw.Draw(im)
    px = int(rng.integers(16, 23))
    x, y = int(rng.integers(200, 3000)), int(rng.integers(200, 2700))
    d.rectangle([x - 10, y - 8, x + 22 * px, y + 2.6 * px], fill=(245, 245, 240))
    words = draw_tokens(d, (x, y), [(names.surname(), True), (names.first_name(), True)], font(fonts, rng, px), (10, 10, 10))[0]
    words += draw_tokens(d, (x, y + 1.3 * px), [("DDN", False), (names.date(), True)], font(fonts, rng, px), (10, 10, 10))[0]
    return np.asarray(im), words


def warp(names: Names, fonts: list[Path], rng: np.random.Generator, size: tuple[int, int]) -> tuple[np.ndarray, list[Word]]:
    w, h = size
    page = Image.new("RGB", size, (250, 250, 248))
    d = ImageDraw.Draw(page)
    f = font(fonts, rng, int(h * 0.03))
    words = draw_tokens(d, (w * 0.1, h * 0.1), [("Patient :", False), (names.surname(), True), (names.first_name(), True)], f, (20, 20, 20))[0]
    words += draw_tokens(d, (w * 0.1, h * 0.17), [("Date", False), ("de", False), ("naissance", False), (names.date(), True)], f, (20, 20, 20))[0]
    words += draw_tokens(d, (w * 0.1, h * 0.24), [("Médecin :", False), ("Dr", False), (names.surname().capitalize(), True)], f, (20, 20, 20))[0]
    for i in range(6):
        words += draw_tokens(d, (w * 0.1, h * (0.36 + 0.08 * i)), [(str(rng.choice(NEUTRAL)), False)], f, (40, 40, 40))[0]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = rng.uniform(0.03, 0.12, (4, 2)) * [w, h]
    dst = np.float32([[j[0][0], j[0][1]], [w - j[1][0], j[1][1]], [w - j[2][0], h - j[2][1]], [j[3][0], h - j[3][1]]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    scene = background(rng, size)
    warped = cv2.warpPerspective(np.asarray(page), matrix, size, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, size) > 0
    out = scene.copy()
    out[mask] = warped[mask]
    glare = np.zeros((h, w), np.float32)
    cv2.circle(glare, (int(rng.uniform(0.3, 0.8) * w), int(rng.uniform(0.4, 0.8) * h)), int(h * 0.15), 1.0, -1)
    glare = cv2.GaussianBlur(glare, (0, 0), h * 0.06)[:, :, None] * 110
    out = np.clip(out.astype(np.float32) + glare, 0, 255).astype(np.uint8)
    return np.asarray(Image.fromarray(out).filter(ImageFilter.GaussianBlur(0.6))), transform(words, matrix)


def degrade(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """What a phone does to a picture: a little blur, sensor noise, exposure, JPEG at 60-90."""
    import io

    out = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.3, 1.2)))
    out = out.astype(np.float32) * float(rng.uniform(0.8, 1.1)) + float(rng.uniform(-15, 15))
    out = np.clip(out + rng.normal(0, float(rng.uniform(1, 5)), out.shape), 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, "JPEG", quality=int(rng.integers(60, 91)))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


KINDS = ("band_tilt", "band_side", "table", "dicom", "timestamp", "small", "warp")


def make(kind: str, names: Names, fonts: list[Path], rng: np.random.Generator, k: int = 1) -> tuple[np.ndarray, list[Word]]:  # noqa: PLR0911
    size = (2016 * k, 1512 * k)
    if kind == "band_tilt":
        return band(names, fonts, rng, float(rng.uniform(8, 35) * rng.choice([-1, 1])), size)
    if kind == "band_side":
        return band(names, fonts, rng, float(rng.choice([90, 270]) + rng.uniform(-5, 5)), (1512 * k, 2016 * k))
    if kind == "table":
        return table(names, fonts, rng)
    if kind == "dicom":
        return dicom(names, fonts, rng, (1536 * k, 1536 * k))
    if kind == "timestamp":
        return timestamp(names, fonts, rng, size)
    if kind == "small":
        return small(names, fonts, rng)
    return warp(names, fonts, rng, size)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--fonts", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-kind", type=int, default=5)
    ap.add_argument("--size", choices=["3mp", "12mp"], default="3mp", help="photos of 3 or 12 MP (the table stays a 1080p screen)")
    a = ap.parse_args()
    fonts = sorted(p for p in a.fonts.glob("*.ttf") if "Italic" not in p.name and "Oblique" not in p.name)
    rng = np.random.default_rng(a.seed)
    names = Names(rng)
    a.out.mkdir(parents=True, exist_ok=True)
    truth = []
    for kind in KINDS:
        for n in range(a.per_kind):
            img, words = make(kind, names, fonts, rng, 2 if a.size == "12mp" else 1)
            if kind != "table":  # a photo, not a screenshot: a phone's blur, noise, exposure and JPEG
                img = degrade(img, rng)
            name = f"{kind}_{n:02d}.png"
            Image.fromarray(img).save(a.out / name)
            h, w = img.shape[:2]
            words = [{**wd, "box": [max(0, int(wd["box"][0])), max(0, int(wd["box"][1])), min(w, int(np.ceil(wd["box"][2]))),
                                    min(h, int(np.ceil(wd["box"][3])))]} for wd in words]
            truth.append({"image": name, "category": kind, "words": words, "codes": []})
    (a.out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    print(f"{len(truth)} images, {sum(w['identifying'] for t in truth for w in t['words'])} identifying words in {a.out}")


if __name__ == "__main__":
    main()
