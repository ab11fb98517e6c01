"""Generate a seeded face-evaluation folder from public-domain faces that ship in wheels.

Faces: Grace Hopper (matplotlib), the astronaut Eileen Collins and the cameraman in 3/4 view
(scikit-image), and the 100 real LFW faces of ``skimage/data/lfw_subset.npy`` (25×25).
They are pasted, with hand-measured boxes, onto backgrounds (textures and medical images from
scikit-image) in the situations that matter for a doctor's photo: close-ups, small faces in
12 MP photos, turned and rotated faces, faces upside down and dim (a patient lying on the table photographed
from the head end, a photo stored upside down), faces tilted halfway between the quarter turns and dim (a head
on a pillow), faces shown on a screen, and no face at all.
This is a synthetic stand-in for a real annotated set, which cannot be fetched here.

    python bench/make_face_set.py OUT_DIR [--seed 0] [--per-category 8]

writes OUT_DIR/*.jpg and OUT_DIR/faces.json: [{"image", "faces": [[x1, y1, x2, y2]...], "category"}].
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib.cbook
import numpy as np
import skimage
from PIL import Image, ImageEnhance, ImageFilter

DATA = Path(skimage.__file__).parent / "data"
# (file, face box brows-to-chin in the file's pixels)
PORTRAITS = [
    (Path(matplotlib.cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)), (190, 150, 340, 330)),
    (DATA / "astronaut.png", (185, 70, 265, 175)),
    (DATA / "camera.png", (190, 110, 260, 200)),
]
BACKGROUNDS = ["brick.png", "grass.png", "gravel.png", "coffee.png", "rocket.jpg", "retina.jpg", "ihc.png",
               "microaneurysms.png", "cell.png", "moon.png", "hubble_deep_field.jpg", "motorcycle_left.png", "page.png"]
SIZE_2MP, SIZE_12MP = (1632, 1224), (4000, 3000)
Face = tuple[Image.Image, tuple[float, float, float, float]]  # head crop, face box inside it


def _portrait_faces() -> list[Face]:
    out = []
    for path, (x1, y1, x2, y2) in PORTRAITS:
        im = Image.open(path).convert("RGB")
        w, h = x2 - x1, y2 - y1
        cx1, cy1 = max(0, x1 - w), max(0, y1 - h)
        crop = im.crop((cx1, cy1, min(im.width, x2 + w), min(im.height, y2 + h)))
        out.append((crop, (x1 - cx1, y1 - cy1, x2 - cx1, y2 - cy1)))
    return out


def _lfw_faces() -> list[Face]:
    faces = np.load(DATA / "lfw_subset.npy")[:100]
    return [(Image.fromarray((f * 255).astype(np.uint8)).convert("RGB"), (2.0, 3.0, 23.0, 25.0)) for f in faces]


def _background(rng: np.random.Generator, size: tuple[int, int]) -> Image.Image:
    bg = Image.open(DATA / BACKGROUNDS[rng.integers(len(BACKGROUNDS))]).convert("RGB")
    return bg.resize(size, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(1))


def _scaled(face: Face, width: float, angle: float) -> tuple[Image.Image, list[float]]:
    crop, (x1, y1, x2, y2) = face
    f = width / (x2 - x1)
    im = crop.resize((max(1, round(crop.width * f)), max(1, round(crop.height * f))), Image.Resampling.LANCZOS)
    box = [x1 * f, y1 * f, x2 * f, y2 * f]
    if angle:
        cx, cy = im.width / 2, im.height / 2
        im = im.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(128, 128, 128))
        a = np.deg2rad(angle)
        corners = np.array([[box[0], box[1]], [box[2], box[1]], [box[0], box[3]], [box[2], box[3]]]) - [cx, cy]
        rot = corners @ np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
        rot += [im.width / 2, im.height / 2]
        box = [rot[:, 0].min(), rot[:, 1].min(), rot[:, 0].max(), rot[:, 1].max()]
    return im, box


def _on_screen(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A face shown on a monitor and photographed: lower contrast, blue cast, scan lines, a bezel."""
    im = ImageEnhance.Contrast(im).enhance(0.6)
    a = np.asarray(im, np.float32) * [0.85, 0.95, 1.1] + 15
    a[:: int(rng.integers(2, 4))] *= 0.8
    a[:6], a[-6:], a[:, :6], a[:, -6:] = 20, 20, 20, 20
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _place(canvas: Image.Image, im: Image.Image, box: list[float], taken: list[list[int]],
           rng: np.random.Generator) -> list[int] | None:
    """Paste ``im`` where it covers no earlier paste; ``taken`` holds the pasted rectangles."""
    dx, dy = canvas.width - im.width, canvas.height - im.height  # negative: larger than the canvas (a close-up)
    for _ in range(50):
        x, y = int(rng.integers(min(0, dx), max(0, dx) + 1)), int(rng.integers(min(0, dy), max(0, dy) + 1))
        gt = [round(x + box[0]), round(y + box[1]), round(x + box[2]), round(y + box[3])]
        inside = gt[0] >= 0 and gt[1] >= 0 and gt[2] <= canvas.width and gt[3] <= canvas.height
        rect = [x, y, x + im.width, y + im.height]
        if inside and all(rect[2] < t[0] or rect[0] > t[2] or rect[3] < t[1] or rect[1] > t[3] for t in taken):
            canvas.paste(im, (x, y))
            taken.append(rect)
            return gt
    return None


# A head tilted on a pillow, a photo taken across the bed: halfway between the quarter turns, either way.
TILTS = tuple(a * sign + half for a in range(30, 61, 5) for sign in (1, -1) for half in (0, 180))

# category -> (canvas size, faces per image, face width range px, pool, angles, on screen, dimmed)
# New categories go at the end: the earlier ones then draw the same random numbers, so an old seed makes the same images.
CATEGORIES = {
    "closeup": (SIZE_2MP, (1, 1), (350, 700), "portrait", (0,), False, False),
    "medium": (SIZE_2MP, (2, 3), (60, 250), "portrait", (0,), False, False),
    "small_12mp": (SIZE_12MP, (2, 3), (20, 60), "portrait", (0,), False, False),
    "lfw": (SIZE_2MP, (3, 5), (30, 160), "lfw", (0,), False, False),
    "rotated": (SIZE_2MP, (1, 2), (80, 250), "portrait", (-30, -15, 15, 30, 90, -90), False, False),
    "screen": (SIZE_2MP, (1, 2), (80, 300), "portrait", (0,), True, False),
    "no_face": (SIZE_2MP, (0, 0), (0, 0), "portrait", (0,), False, False),
    "upside_down": (SIZE_2MP, (1, 3), (50, 220), "portrait", (180, 165, 195, 172, 188), False, True),
    "upside_down_lfw": (SIZE_2MP, (3, 5), (40, 130), "lfw", (180, 170, 190), False, True),
    "tilted": (SIZE_2MP, (1, 3), (50, 220), "portrait", TILTS, False, True),
    "tilted_lfw": (SIZE_2MP, (3, 5), (40, 130), "lfw", TILTS, False, True),
}


def _dimmed(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A face in the shade of a room: darker, flatter, slightly out of focus."""
    im = ImageEnhance.Brightness(im).enhance(float(rng.uniform(0.45, 0.85)))
    im = ImageEnhance.Contrast(im).enhance(float(rng.uniform(0.6, 0.9)))
    return im.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.3, 1.2))))


def generate(out: Path, seed: int, per_category: int) -> list[dict[str, object]]:
    rng = np.random.default_rng(seed)
    pools = {"portrait": _portrait_faces(), "lfw": _lfw_faces()}
    out.mkdir(parents=True, exist_ok=True)
    truth: list[dict[str, object]] = []
    for cat, (size, count, widths, pool, angles, screen, dim) in CATEGORIES.items():
        for n in range(per_category):
            canvas = _background(rng, size)
            faces: list[list[int]] = []
            pasted: list[list[int]] = []
            for _ in range(int(rng.integers(count[0], count[1] + 1))):
                face = pools[pool][rng.integers(len(pools[pool]))]
                im, box = _scaled(face, float(rng.uniform(*widths)), float(rng.choice(angles)))
                if screen:
                    im = _on_screen(im, rng)
                if dim:
                    im = _dimmed(im, rng)
                if rng.random() < 0.5:
                    im = im.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
                    box = [im.width - box[2], box[1], im.width - box[0], box[3]]
                gt = _place(canvas, im, box, pasted, rng)
                if gt:
                    faces.append(gt)
            name = f"{cat}_{n:02d}.jpg"
            canvas.save(out / name, "JPEG", quality=90)
            truth.append({"image": name, "faces": faces, "category": cat})
    (out / "faces.json").write_text(json.dumps(truth, indent=1))
    return truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-category", type=int, default=8)
    a = ap.parse_args()
    truth = generate(a.out, a.seed, a.per_category)
    print(f"{len(truth)} images, {sum(len(t['faces']) for t in truth)} faces in {a.out}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
