"""A third generator of photos with identifying text, written after the rules were frozen: new kinds, fonts and damage.

    python bench/make_text_images3.py OUT_DIR --fonts FONT_DIR [--seed 0] [--per-kind 5] [--size 3mp|12mp]

FONT_DIR holds fonts neither the tests nor the other generators use (for instance Debian's
``fonts-open-sans``, ``fonts-crosextra-carlito``, ``fonts-roboto-unhinted`` and the URW base 35 in
``fonts-urw-base35``, unpacked with ``apt-get download`` and ``dpkg -x``). Names mix the Insee lists
(rarer ones too, up to rank 60,000) with accented first names and surnames of foreign origin or with
particles that those lists fold or lack. Every identity is invented by chance. Kinds:

- ``stickers``: part of a sheet of patient labels (name, birth date and sex, IPP, stay number) in perspective;
- ``bottle``: a label round a pill bottle or a tube, so its lines curve and shrink towards the edges;
- ``sms``: a phone screenshot of a patient's messages, the name in the header and in sentences;
- ``screen``: a monitor showing a patient record, photographed: moiré, colour cast, perspective, NIR, address, phone;
- ``ordonnance``: a prescription on paper under a hand's shadow: the prescriber, RPPS, address, the patient, a date;
- ``board``: a ward whiteboard in a marker-like font: rooms and the patients' names;
- ``night``: a wristband at any angle (upside down too) in low light: sensor noise and motion blur.

A word's box is the box of its pixels after every warp (each word is drawn into a label map that
takes the same geometric path as the picture). Writes OUT_DIR/*.png and OUT_DIR/truth.json in the
format of ``make_text_images.py``.
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from privacyguard.detectors.text import gazetteers as gz

FIRST = ["Hélène", "Jérôme", "Chloé", "Maël", "Anaïs", "Noémie", "Loïc", "Gaëlle", "Zoé", "Benoît", "Célestine", "Thaïs",
         "Mathéo", "Inès", "Aurélien", "Léonie", "Marie-Hélène", "Jean-Noël", "Anne-Sophie", "Yasmine", "Moussa", "Aïcha",
         "Kévin", "Océane", "Grégoire", "Solène", "Wassim", "Fatoumata", "Thuy", "Ewen"]
LAST = ["Le Goff", "N'Diaye", "Da Silva", "Nguyen", "Benali", "Kowalski", "Van den Berg", "O'Neill", "De La Fontaine",
        "Ben Ahmed", "Dos Santos", "Le Bihan", "Traoré", "Lefèvre", "Bérard", "Hervé", "Ménard", "Lemaître", "Pérez",
        "Müller", "Rousselière", "Kerjean", "Abgrall", "Tran", "Haddad", "Delaunay-Roux", "Saint-Martin"]
STREETS = ["rue des Lilas", "avenue Jean Jaurès", "impasse du Moulin", "chemin des Vignes", "boulevard Victor Hugo",
           "allée des Tilleuls", "route de Quimper", "place de l'Église"]
DRUGS = ["Paracétamol 1 g", "3 fois par jour", "pendant 5 jours", "Amoxicilline 500 mg", "matin et soir", "Ibuprofène 400 mg",
         "Qsp 1 mois", "À renouveler", "Solution hydroalcoolique", "Pansements"]


class Names:
    def __init__(self, rng: np.random.Generator) -> None:
        gz.load()
        self.rng = rng
        self.first = sorted(k for k, v in gz.first_names().items() if v >= 800 and "-" not in k)
        self.last = sorted(k for k, r in gz.surnames().items() if r <= 60000 and k.isalpha())
        self.towns = sorted(c.name for c in gz.communes().values() if c.population >= 2000 and c.postcodes)
        self.codes = {c.name: c.postcodes[0] for c in gz.communes().values() if c.postcodes}

    def first_name(self) -> str:
        return str(self.rng.choice(FIRST)) if self.rng.random() < 0.4 else str(self.rng.choice(self.first)).capitalize()

    def surname(self) -> str:
        return str(self.rng.choice(LAST)) if self.rng.random() < 0.4 else str(self.rng.choice(self.last)).capitalize()

    def date(self, lo: int = 1925, hi: int = 2024) -> str:
        return f"{self.rng.integers(1, 29):02d}/{self.rng.integers(1, 13):02d}/{self.rng.integers(lo, hi)}"

    def number(self, digits: int) -> str:
        return str(self.rng.integers(10 ** (digits - 1), 10**digits))

    def phone(self) -> str:
        return "0" + str(self.rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(f" {self.rng.integers(0, 100):02d}" for _ in range(4))

    def nir(self) -> str:
        return f"{self.rng.integers(1, 3)} {self.rng.integers(30, 99)} {self.rng.integers(1, 13):02d} {self.rng.integers(1, 96):02d} " \
               f"{self.rng.integers(1, 990):03d} {self.rng.integers(1, 999):03d} {self.rng.integers(1, 98):02d}"

    def town(self) -> tuple[str, str]:
        t = str(self.rng.choice(self.towns))
        return t, self.codes[t]


class Page:
    """A canvas that remembers each word drawn: its text, whether it identifies, and a label map of its pixels' box."""

    def __init__(self, size: tuple[int, int], colour: tuple[int, int, int]) -> None:
        self.im = Image.new("RGB", size, colour)
        self.draw = ImageDraw.Draw(self.im)
        self.labels = np.zeros((size[1], size[0]), np.float32)
        self.words: list[dict] = []

    def line(self, xy: tuple[float, float], tokens: list[tuple[str, bool]], font: ImageFont.FreeTypeFont, fill: tuple[int, ...]) -> float:
        x, y = xy
        for text, ident in tokens:
            for part in text.split():
                box = self.draw.textbbox((x, y), part, font=font)
                self.draw.text((x, y), part, font=font, fill=fill)
                self.words.append({"text": part, "identifying": ident})
                x0, y0, x1, y1 = (int(v) for v in box)
                self.labels[max(0, y0):max(0, y1), max(0, x0):max(0, x1)] = len(self.words)
                x = box[2] + font.size * 0.32
            x += font.size * 0.25
        return x

    def boxes(self, labels: np.ndarray) -> list[dict]:
        out = []
        for i, w in enumerate(self.words, 1):
            ys, xs = np.nonzero(labels == i)
            if len(xs):
                out.append({**w, "box": [int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1]})
        return out


def font(fonts: list[Path], rng: np.random.Generator, px: int, kind: str = "") -> ImageFont.FreeTypeFont:
    pool = [f for f in fonts if kind in f.name] or fonts
    return ImageFont.truetype(str(pool[rng.integers(len(pool))]), max(8, px))


def scene(rng: np.random.Generator, size: tuple[int, int], dark: bool = False) -> np.ndarray:
    w, h = size
    base = rng.integers(10, 40, 3) if dark else rng.integers(90, 200, 3)
    img = np.ones((h, w, 3), np.float32) * base
    img += cv2.resize(rng.normal(0, 30, (max(2, h // 150), max(2, w // 150), 3)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(img, 0, 255).astype(np.uint8)


def place(page: Page, size: tuple[int, int], matrix: np.ndarray, rng: np.random.Generator, dark: bool = False) -> tuple[np.ndarray, list[dict]]:
    """Warp the page by a 3×3 homography onto a scene of `size`."""
    back = scene(rng, size, dark)
    pic = cv2.warpPerspective(np.asarray(page.im), matrix, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full(page.labels.shape, 255, np.uint8), matrix, size) > 0
    labels = cv2.warpPerspective(page.labels, matrix, size, flags=cv2.INTER_NEAREST)
    back[mask] = pic[mask]
    return back, page.boxes(labels)


def homography(src_size: tuple[int, int], size: tuple[int, int], rng: np.random.Generator, *, fill: float, angle: float,
               tilt: float) -> np.ndarray:
    """Scale the page to `fill` of the frame, turn it by `angle` degrees, and pull its corners by up to `tilt` of its size."""
    sw, sh = src_size
    w, h = size
    s = fill * min(w / sw, h / sh)
    c = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    pts = (c - [sw / 2, sh / 2]) * s
    pts += rng.uniform(-tilt, tilt, (4, 2)) * [sw * s, sh * s]
    a = np.deg2rad(angle)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    pts = pts @ rot.T + [w / 2, h / 2]
    return cv2.getPerspectiveTransform(c, np.float32(pts))


def stickers(n: Names, fonts: list[Path], rng: np.random.Generator, size: tuple[int, int]) -> tuple[np.ndarray, list[dict]]:
    sw, sh = 1400, 1000
    page = Page((sw, sh), (252, 252, 250))
    name, first, born, sex, ipp, nda = n.surname().upper(), n.first_name(), n.date(), str(rng.choice(["F", "M"])), n.number(9), n.number(9)
    f = font(fonts, rng, 34, str(rng.choice(["Sans", "Roboto", "Carlito"])))
    for r in range(4):
        for c in range(2):
            x, y = 40 + c * 690, 30 + r * 245
            page.draw.rectangle([x - 20, y - 15, x + 640, y + 215], outline=(200, 200, 200), width=2)
            page.line((x, y), [(name, True), (first, True)], f, (10, 10, 10))
            page.line((x, y + 50), [("Né(e) le", False), (born, True), (sex, False)], f, (10, 10, 10))
            page.line((x, y + 100), [("IPP", False), (ipp, True)], f, (10, 10, 10))
            page.line((x, y + 150), [("NDA", False), (nda, True), ("UF 2104", False)], f, (10, 10, 10))
    m = homography((sw, sh), size, rng, fill=float(rng.uniform(0.6, 0.95)), angle=float(rng.uniform(-12, 12)), tilt=0.06)
    return place(page, size, m, rng)


def bottle(n: Names, fonts: list[Path], rng: np.random.Generator, size: tuple[int, int]) -> tuple[np.ndarray, list[dict]]:
    lw, lh = 1200, 520
    page = Page((lw, lh), tuple(int(v) for v in rng.integers(235, 255, 3)))
    f = font(fonts, rng, 52, str(rng.choice(["Sans", "Roboto", "Open"])))
    page.line((80, 50), [(n.surname().upper(), True), (n.first_name(), True)], f, (0, 0, 0))
    page.line((80, 150), [("Née le" if rng.random() < 0.5 else "Né le", False), (n.date(), True)], font(fonts, rng, 40), (0, 0, 0))
    page.line((80, 230), [("Prélevé le", False), (n.date(2024, 2026), True)], font(fonts, rng, 40), (0, 0, 0))
    page.line((80, 310), [("Dossier", False), (n.number(8), True)], font(fonts, rng, 40), (0, 0, 0))
    page.line((80, 400), [("Tube sec", False), ("5 mL", False)], font(fonts, rng, 36), (60, 60, 60))
    # the label wraps round a cylinder seen from slightly above: x squeezes at the edges, lines bow
    w, h = size
    scale = float(rng.uniform(0.45, 0.8)) * w / lw
    radius = lw * scale / 2.6
    cx, cy = w / 2, h / 2
    xs, ys = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    u = np.clip((xs - cx) / radius, -0.999, 0.999)
    theta = np.arcsin(u)  # the angle round the cylinder this pixel shows
    bow = float(rng.uniform(0.08, 0.2)) * radius * (1 - np.cos(theta))
    map_x = (theta * radius / scale + lw / 2).astype(np.float32)
    map_y = ((ys - cy - bow) / scale + lh / 2).astype(np.float32)
    visible = (np.abs(u) < 0.98) & (map_x >= 0) & (map_x < lw) & (map_y >= 0) & (map_y < lh)
    pic = cv2.remap(np.asarray(page.im), map_x, map_y, cv2.INTER_LINEAR)
    labels = cv2.remap(page.labels, map_x, map_y, cv2.INTER_NEAREST)
    shade = (0.55 + 0.45 * np.cos(theta))[:, :, None]
    out = scene(rng, size)
    out[visible] = (pic * shade).astype(np.uint8)[visible]
    labels[~visible] = 0
    turn = float(rng.choice([0.0, 90.0])) + float(rng.uniform(-10, 10))
    if abs(turn) > 1:
        r = cv2.getRotationMatrix2D((cx, cy), turn, 1.0)
        out = cv2.warpAffine(out, r, size, borderMode=cv2.BORDER_REFLECT)
        labels = cv2.warpAffine(labels, r, size, flags=cv2.INTER_NEAREST)
    return out, page.boxes(labels)


def sms(n: Names, fonts: list[Path], rng: np.random.Generator) -> tuple[np.ndarray, list[dict]]:
    w, h = 1170, 2532
    page = Page((w, h), (255, 255, 255))
    page.draw.rectangle([0, 0, w, 260], fill=(245, 245, 247))
    first, last, kid = n.first_name(), n.surname(), n.first_name()
    f = font(fonts, rng, 44, str(rng.choice(["Roboto", "Open", "Sans"])))
    page.line((330, 150), [(first, True), (last, True)], font(fonts, rng, 50), (0, 0, 0))
    page.line((360, 320), [(n.phone(), True)], font(fonts, rng, 32), (120, 120, 120))
    town, _ = n.town()
    msgs = [[("Bonjour docteur, c'est", False), (first, True), (last, True), (", la maman de", False), (kid, True)],
            [("Il a", False), ("39", False), ("depuis cette nuit", False)],
            [("On habite à", False), (town, True), (", je peux passer ?", False)],
            [("Mon numéro :", False), (n.phone(), True)],
            [("Merci beaucoup !", False)]]
    y = 460
    for i, tokens in enumerate(msgs):
        mine = i == 1
        x0 = 480 if mine else 60
        text_w = sum(page.draw.textlength(t + " ", font=f) for t, _ in tokens)
        lines, cur, width = [], [], 0.0
        for tok in tokens:  # wrap in bubbles 620 px wide
            tw = page.draw.textlength(tok[0] + " ", font=f)
            if cur and width + tw > 620:
                lines.append(cur)
                cur, width = [], 0.0
            cur.append(tok)
            width += tw
        lines.append(cur)
        bw = min(680, text_w + 60)
        page.draw.rounded_rectangle([x0 - 30, y - 20, x0 + bw, y + 62 * len(lines) + 10], 30, fill=(0, 122, 255) if mine else (233, 233, 235))
        for j, line in enumerate(lines):
            page.line((x0, y + 62 * j), line, f, (255, 255, 255) if mine else (0, 0, 0))
        y += 62 * len(lines) + 90
    return np.asarray(page.im), page.boxes(page.labels)


def screen(n: Names, fonts: list[Path], rng: np.random.Generator, size: tuple[int, int]) -> tuple[np.ndarray, list[dict]]:
    sw, sh = 1600, 1000
    page = Page((sw, sh), (236, 240, 246))
    page.draw.rectangle([0, 0, sw, 70], fill=(30, 90, 160))
    f = font(fonts, rng, 30, str(rng.choice(["Carlito", "Roboto", "Sans"])))
    page.line((30, 20), [("Dossier médical", False), ("—", False), (n.surname().upper(), True), (n.first_name(), True)], f, (255, 255, 255))
    town, code = n.town()
    rows = [[("Né(e) le :", False), (n.date(), True)], [("N° SS :", False), (n.nir(), True)],
            [("Adresse :", False), (str(rng.integers(1, 120)), True), (str(rng.choice(STREETS)), True)],
            [("", False), (code, True), (town.upper(), True)], [("Tél. :", False), (n.phone(), True)],
            [("Médecin traitant :", False), ("Dr", False), (n.surname(), True)], [("Allergies :", False), ("pénicilline", False)],
            [("Antécédents :", False), ("HTA, diabète de type 2", False)]]
    for i, tokens in enumerate(rows):
        page.line((60, 120 + i * 95), [t for t in tokens if t[0]], f, (20, 20, 30))
    m = homography((sw, sh), size, rng, fill=float(rng.uniform(0.75, 1.0)), angle=float(rng.uniform(-6, 6)), tilt=0.08)
    out, words = place(page, size, m, rng, dark=True)
    yy, xx = np.mgrid[0:size[1], 0:size[0]].astype(np.float32)  # moiré: two close gratings beating
    period = float(rng.uniform(3.0, 6.0))
    moire = 12 * np.sin(2 * np.pi * (xx * np.cos(0.1) + yy * np.sin(0.1)) / period) * np.sin(2 * np.pi * yy / (period * 1.07))
    cast = rng.uniform(0.85, 1.1, 3)
    return np.clip(out.astype(np.float32) * cast + moire[:, :, None], 0, 255).astype(np.uint8), words


def ordonnance(n: Names, fonts: list[Path], rng: np.random.Generator, size: tuple[int, int]) -> tuple[np.ndarray, list[dict]]:
    sw, sh = 1240, 1754
    page = Page((sw, sh), (250, 249, 244))
    f = font(fonts, rng, 34, str(rng.choice(["C059", "P052", "Bookman", "Sans"])))
    town, code = n.town()
    page.line((90, 90), [("Docteur", False), (n.first_name(), True), (n.surname().upper(), True)], font(fonts, rng, 44), (10, 20, 60))
    page.line((90, 160), [("Médecine générale", False), ("—", False), ("RPPS", False), (n.number(11), True)], f, (10, 20, 60))
    page.line((90, 215), [(str(rng.integers(1, 90)), True), (str(rng.choice(STREETS)), True)], f, (10, 20, 60))
    page.line((90, 270), [(code, True), (town, True), ("—", False), (n.phone(), True)], f, (10, 20, 60))
    page.line((720, 400), [(f"{town},", True), ("le", False), (n.date(2024, 2026), True)], f, (10, 10, 10))
    who = str(rng.choice(["Mme", "M.", "Enfant"]))
    page.line((90, 500), [(who, False), (n.surname().upper(), True), (n.first_name(), True)], font(fonts, rng, 40), (10, 10, 10))
    for i in range(6):
        page.line((140, 640 + i * 80), [(str(rng.choice(DRUGS)), False)], f, (10, 10, 10))
    m = homography((sw, sh), size, rng, fill=float(rng.uniform(0.8, 1.0)), angle=float(rng.uniform(-8, 8)), tilt=0.05)
    out, words = place(page, size, m, rng)
    w, h = size  # a hand's soft shadow across part of the sheet
    shadow = np.zeros((h, w), np.float32)
    centre = (int(rng.uniform(0.2, 0.8) * w), int(rng.uniform(0.6, 1.0) * h))
    cv2.ellipse(shadow, centre, (w // 3, h // 4), float(rng.uniform(0, 180)), 0, 360, 1.0, -1)
    shadow = cv2.GaussianBlur(shadow, (0, 0), h * 0.05)[:, :, None] * float(rng.uniform(0.35, 0.6))
    return (out * (1 - shadow)).astype(np.uint8), words


def board(n: Names, fonts: list[Path], rng: np.random.Generator, size: tuple[int, int]) -> tuple[np.ndarray, list[dict]]:
    bw, bh = 1800, 1200
    page = Page((bw, bh), (240, 242, 240))
    marker = [(20, 40, 160), (20, 20, 20), (170, 20, 30), (20, 110, 40)]
    page.line((80, 50), [("Planning", False), ("du", False), ("week-end", False)], font(fonts, rng, 64, "Z003"), (20, 20, 20))
    for i in range(6):
        f = font(fonts, rng, int(rng.integers(48, 64)), str(rng.choice(["Z003", "Bookman", "Sans"])))
        ink = marker[int(rng.integers(len(marker)))]
        toks = [("Ch", False), (str(rng.integers(1, 40)), False), (":", False), (str(rng.choice(["M.", "Mme"])), False),
                (n.surname(), True), (str(rng.choice(["sortie lundi", "à jeun", "pansement", "kiné", "bilan"])), False)]
        page.line((80 + rng.uniform(-10, 30), 180 + i * 160), toks, f, ink)
    m = homography((bw, bh), size, rng, fill=float(rng.uniform(0.7, 0.95)), angle=float(rng.uniform(-5, 5)), tilt=0.1)
    out, words = place(page, size, m, rng)
    glare = np.zeros(out.shape[:2], np.float32)
    cv2.circle(glare, (int(rng.uniform(0.2, 0.8) * size[0]), int(rng.uniform(0.2, 0.8) * size[1])), size[1] // 8, 1.0, -1)
    glare = cv2.GaussianBlur(glare, (0, 0), size[1] * 0.05)[:, :, None] * 90
    return np.clip(out + glare, 0, 255).astype(np.uint8), words


def night(n: Names, fonts: list[Path], rng: np.random.Generator, size: tuple[int, int]) -> tuple[np.ndarray, list[dict]]:
    bw, bh = 1300, 330
    page = Page((bw, bh), (225, 228, 232))
    f = font(fonts, rng, 58, str(rng.choice(["Bold", "Medium", "Cond"])))
    page.line((40, 30), [(n.surname().upper(), True), (n.first_name(), True)], f, (5, 5, 5))
    page.line((40, 130), [("DDN", False), (n.date(), True), ("IEP", False), (n.number(9), True)], font(fonts, rng, 44), (5, 5, 5))
    page.line((40, 220), [("Allergie :", False), ("latex", False)], font(fonts, rng, 40), (5, 5, 5))
    m = homography((bw, bh), size, rng, fill=float(rng.uniform(0.35, 0.7)), angle=float(rng.uniform(0, 360)), tilt=0.04)
    out, words = place(page, size, m, rng, dark=True)
    out = (out.astype(np.float32) * float(rng.uniform(0.3, 0.55)))
    k = int(rng.integers(5, 13)) * (2 if size[0] > 3000 else 1)  # a shaky hand
    kern = np.zeros((k, k), np.float32)
    kern[k // 2, :] = 1.0 / k
    kern = cv2.warpAffine(kern, cv2.getRotationMatrix2D((k / 2, k / 2), float(rng.uniform(0, 180)), 1.0), (k, k))
    out = cv2.filter2D(out, -1, kern / max(kern.sum(), 1e-6))
    out += rng.normal(0, float(rng.uniform(6, 12)), out.shape)  # high ISO
    return np.clip(out, 0, 255).astype(np.uint8), words


def phone_damage(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Not the other generators' damage: a digital zoom (down then up), a tone curve, chroma noise, JPEG at 45-85."""
    h, w = img.shape[:2]
    z = float(rng.uniform(0.6, 1.0))
    out = cv2.resize(cv2.resize(img, (int(w * z), int(h * z)), interpolation=cv2.INTER_AREA), (w, h), interpolation=cv2.INTER_LINEAR)
    gamma = float(rng.uniform(0.75, 1.3))
    out = 255.0 * (out / 255.0) ** gamma
    chroma = cv2.resize(rng.normal(0, float(rng.uniform(2, 6)), (h // 4, w // 4, 3)).astype(np.float32), (w, h))
    out = np.clip(out + chroma, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, "JPEG", quality=int(rng.integers(45, 86)))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


KINDS = ("stickers", "bottle", "sms", "screen", "ordonnance", "board", "night")


def make(kind: str, n: Names, fonts: list[Path], rng: np.random.Generator, k: int) -> tuple[np.ndarray, list[dict]]:
    size = (2000 * k, 1500 * k) if rng.random() < 0.6 else (1500 * k, 2000 * k)
    makers = {"stickers": stickers, "bottle": bottle, "screen": screen, "ordonnance": ordonnance, "board": board, "night": night}
    if kind == "sms":
        return sms(n, fonts, rng)
    return makers[kind](n, fonts, rng, size)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--fonts", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-kind", type=int, default=5)
    ap.add_argument("--size", choices=["3mp", "12mp"], default="3mp", help="photos of 3 or 12 MP (the screenshot stays a phone's screen)")
    a = ap.parse_args()
    fonts = sorted(p for p in a.fonts.iterdir() if p.suffix in (".ttf", ".otf"))
    rng = np.random.default_rng(a.seed)
    names = Names(rng)
    a.out.mkdir(parents=True, exist_ok=True)
    truth = []
    for kind in KINDS:
        for i in range(a.per_kind):
            img, words = make(kind, names, fonts, rng, 2 if a.size == "12mp" else 1)
            if kind != "sms":
                img = phone_damage(img, rng)
            name = f"{kind}_{i:02d}.png"
            Image.fromarray(img).save(a.out / name)
            truth.append({"image": name, "category": kind, "words": words, "codes": []})
    (a.out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    print(f"{len(truth)} images, {sum(w['identifying'] for t in truth for w in t['words'])} identifying words in {a.out}")


if __name__ == "__main__":
    main()
