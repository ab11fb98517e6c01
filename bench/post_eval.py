"""Whole posts, cleaned with one click, then attacked: is anything identifying left in what is marked verified?

    python bench/post_eval.py [--out DIR] [--seed 0] [--tesseract]

Each post is a draft whose identifiers come back later in the text ("Malo … Malo a été vu"), in
lower case or capitals, and also appear in its photos (a wristband, a sticky note, a software
screen, a face with a name tag), in other fonts than the project's own generators (STIX,
DejaVu Condensed and Serif), tilted a little, with noise. Every post goes through the window's
path: PostChecker.check, the default decisions, PostChecker.clean.

Then the attack, with independent looks at what would be posted:
- the cleaned draft is searched for every gold value (accent- and case-insensitive);
- every cleaned photo is read again by RapidOCR at every quarter turn and, with --tesseract, by
  Tesseract (fra), and searched for every gold value (allowing one OCR error in five letters);
- every cleaned photo is searched for faces by the paranoid setting (full resolution, low thresholds).

A leak is a gold value found in a post marked verified. Written for privacyguard's own
measurement; every name, number and place is invented. The face photos are the public-domain
portraits that ship in matplotlib and scikit-image.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from privacyguard.core.report import Decisions
from privacyguard.core.settings import FaceSensitivity
from privacyguard.detectors.faces import FaceFinder
from privacyguard.detectors.ocr import RapidOcrEngine
from privacyguard.pipeline.post import PostChecker


@dataclass(frozen=True)
class Post:
    draft: str
    photos: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, lines): band, note, screen, face
    gold: tuple[str, ...]  # every value that must not be left anywhere


POSTS = (
    Post("#DocTocToc Ewen, 7 ans, chute de vélo. Ewen a mal au poignet droit. Radio faite, la maman d'ewen demande un plâtre ?",
         (("band", ("LE GALL Ewen", "Né le 14/06/2018", "IPP 80045123")),),
         ("Ewen", "Le Gall", "14/06/2018", "80045123")),
    Post("Mme Arnoux 79 ans, chute. arnoux vit seule. Sa fille (06 72 14 55 90) passe le soir. Quelle aide à domicile ?",
         (("note", ("Rappeler Mme ARNOUX", "06 72 14 55 90")),),
         ("Arnoux", "06 72 14 55 90")),
    Post("Petite Anaïs, 2 ans, érythème fessier rebelle. Anaïs est gardée par sa mamie à Quimperlé. Candida ?",
         (("screen", ("Patient : BERNIER Anaïs    Né(e) le 03/02/2023", "Motif : érythème")),),
         ("Anaïs", "Bernier", "03/02/2023", "Quimperlé")),
    Post("Thread 1/2 : M. Tessier, diabétique, plaie du pied. 2/2 Tessier ne sent plus rien au monofilament. Avis podo ?",
         (("band", ("TESSIER Gilbert", "IPP 55023871")), ("note", ("Gilbert Tessier - podo mardi",))),
         ("Tessier", "Gilbert", "55023871")),
    Post("Bébé Nolan, 5 semaines, pleure après chaque tétée. Nolan prend bien du poids. RGO ou APLV ? La maman de nolan est épuisée.",
         (("screen", ("MARTY Nolan   né le 21/10/2026   garçon",)),),
         ("Nolan", "Marty", "21/10/2026")),
    Post("Vu Mme Karadeniz pour une toux. KARADENIZ fume 20 PA. Scanner demandé, résultat envoyé à yasemin.karadeniz@free.fr",
         (("note", ("Mme Karadeniz", "scanner jeudi")),),
         ("Karadeniz", "yasemin.karadeniz@free.fr")),
    Post("Mon patient Léon (92 ans) refuse l'EHPAD. Léon vit à Saint-Flour avec son chat. Comment l'aider ?",
         (("face", ("Léon",)),),
         ("Léon", "Saint-Flour")),
    Post("Jumelles Inès et Lyna, 4 ans, varicelle. Inès a des lésions surinfectées, Lyna va bien. Antibio pour Inès ?",
         (("band", ("Inès HADDAD", "Lyna HADDAD")),),
         ("Inès", "Lyna", "Haddad")),
    Post("M. Van Damme, chauffeur routier, SAOS sévère. van damme refuse la PPC. Permis poids lourd : que dire ?",
         (("screen", ("VAN DAMME Patrick   IAH 48/h",)),),
         ("Van Damme", "Patrick")),
    Post("Consult de Jeanne, 34 ans, enceinte de 8 SA. Jeanne a fait une FCS l'an dernier. Écho de datation ce jour. #grossesse",
         (("face", ("Jeanne",)), ("note", ("Jeanne Rivière 07 81 33 09 12",))),
         ("Jeanne", "Rivière", "07 81 33 09 12")),
    Post("Mme Oliveira (née le 12/09/1961) : TSH à 0,02. Oliveira a perdu 6 kg. Basedow ? Je l'adresse au Dr Chevrier.",
         (("band", ("OLIVEIRA Maria", "12/09/1961")),),
         ("Oliveira", "Maria", "12/09/1961", "Chevrier")),
    Post("Le petit Sacha, 6 ans, énurésie. Sacha dort chez son père à Lunel le week-end, et là il ne fait pas pipi au lit.",
         (("note", ("Sacha - calendrier mictionnel",)),),
         ("Sacha", "Lunel")),
)


FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)


def fonts() -> list[Path]:
    import matplotlib

    mpl = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf"
    out = [mpl / "STIXGeneral.ttf", mpl / "STIXGeneralBol.ttf", mpl / "DejaVuSerif.ttf"]
    for d in FONT_DIRS:
        out += [d / n for n in ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf") if (d / n).exists()]
    return [f for f in out if f.exists()]


def portrait(n: int) -> Image.Image:
    import matplotlib.cbook
    import skimage

    paths = [Path(matplotlib.cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)),
             Path(skimage.__file__).parent / "data" / "astronaut.png"]
    return Image.open(paths[n % 2]).convert("RGB")


def make_photo(kind: str, lines: tuple[str, ...], rng: random.Random, font_path: Path) -> Image.Image:
    """One photo of the post, in the style of its kind."""
    if kind == "face":
        im = portrait(rng.randrange(2)).resize((900, 1000))
        d = ImageDraw.Draw(im)
        f = ImageFont.truetype(str(font_path), 44)
        d.rectangle((0, 900, 900, 1000), fill=(250, 250, 240))
        d.text((30, 920), f"{lines[0]} - consultation", fill=(20, 20, 20), font=f)
        return im
    size = {"band": (1400, 420), "note": (900, 700), "screen": (1600, 500)}[kind]
    bg = {"band": (246, 240, 222), "note": (252, 240, 140), "screen": (255, 255, 255)}[kind]
    im = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(str(font_path), {"band": 46, "note": 52, "screen": 30}[kind])
    y = 50
    for line in lines:
        d.text((50 + rng.randrange(30), y), line, fill=(15, 15, 40) if kind != "screen" else (30, 30, 30), font=f)
        y += {"band": 110, "note": 120, "screen": 60}[kind]
    if kind == "screen":
        d.rectangle((0, 0, size[0], 30), fill=(40, 90, 160))
    im = im.rotate(rng.uniform(-4, 4), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(90, 90, 90))
    a = np.asarray(im, np.float32) + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, (im.height, im.width, 3))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def in_text(value: str, text: str) -> bool:
    v = fold(value)
    return bool(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", fold(text))) or (
        bool(re.fullmatch(r"[\d\s./]+", value)) and re.sub(r"\D", "", value) in re.sub(r"\D", "", text))


def in_ocr(value: str, words: list[str]) -> bool:
    """The value read again, allowing one error in five letters (over the same number of words)."""
    target = fold(value)
    n = len(target.split())
    norm = [fold(w).strip(".,:;()") for w in words]
    return any(difflib.SequenceMatcher(None, target, " ".join(norm[i:i + n])).ratio() >= 0.8 for i in range(len(norm) - n + 1))


def tesseract_words(path: Path) -> list[str]:
    out = subprocess.run(["tesseract", str(path), "-", "-l", "fra", "--psm", "11"], capture_output=True, text=True, check=False)
    return out.stdout.split()


def make_photos(post: Post, folder: Path, rng: random.Random, fs: list[Path]) -> list[Path]:
    paths = []
    for k, (kind, lines) in enumerate(post.photos, 1):
        p = folder / f"{k}-{kind}.jpg"
        make_photo(kind, lines, rng, rng.choice(fs)).save(p, quality=90)
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--tesseract", action="store_true", help="also read the cleaned photos with Tesseract (fra)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = a.out or Path(tempfile.mkdtemp(prefix="post-eval-"))
    out.mkdir(parents=True, exist_ok=True)
    checker = PostChecker()
    checker.load()
    reader = RapidOcrEngine(turns=(0, 1, 2, 3))
    attacker = FaceFinder(FaceSensitivity.PARANOID)
    fs = fonts()
    totals = {"posts": 0, "verified": 0, "gold": 0, "repeated": 0, "in_photos": 0, "leaks": 0, "face_leaks": 0, "faces": 0}
    for n, post in enumerate(POSTS, 1):
        folder = out / f"post{n:02d}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        paths = make_photos(post, folder, rng, fs)
        report = checker.check(post.draft, paths)
        cleaned = checker.clean(report, [Decisions()] * len(paths), Decisions())
        verified = cleaned.verified
        text = cleaned.text.text if cleaned.text else post.draft
        leaks = [g for g in post.gold if in_text(g, text)]
        seen: list[str] = []  # candidate faces found by the paranoid setting: to be looked at
        for r in cleaned.photos:
            if not r.output:
                continue
            rgb = np.asarray(Image.open(r.output).convert("RGB"))
            words = [w for line in reader.read(rgb) for w in line.text.split()]
            if a.tesseract and shutil.which("tesseract"):
                words += tesseract_words(Path(r.output))
            leaks += [f"{g} (photo)" for g in post.gold if in_ocr(g, words)]
            faces = attacker.find(rgb)
            totals["face_leaks"] += len(faces)
            seen += [f"a face? at {f.box.as_list() if f.box else '?'} in {Path(r.source).name} (look at it)" for f in faces]
            shutil.copy(r.output, folder / f"cleaned-{Path(r.output).name}")
        totals["faces"] += sum(kind == "face" for kind, _ in post.photos)
        totals["posts"] += 1
        totals["verified"] += verified
        totals["gold"] += len(post.gold)
        totals["repeated"] += sum(fold(post.draft).count(fold(g)) > 1 for g in post.gold)
        totals["in_photos"] += sum(any(fold(g) in fold(" ".join(lines)) for _, lines in post.photos) for g in post.gold)
        totals["leaks"] += len(leaks) if verified else 0
        state = "verified" if verified else "NOT verified"
        print(f"post{n:02d} {state:13} leaks: {', '.join(leaks) or '-'}{'; ' + '; '.join(seen) if seen else ''}")
        (folder / "cleaned.txt").write_text(text, encoding="utf-8")
    print(f"\n{totals['posts']} posts, {totals['verified']} verified; {totals['gold']} identifiers "
          f"({totals['repeated']} repeated in the draft, {totals['in_photos']} also in a photo); "
          f"left in verified posts: {totals['leaks']}; faces found again in cleaned photos: {totals['face_leaks']} "
          f"(photos with a face: {totals['faces']})")
    checker.close()
    print(f"outputs in {out}")


if __name__ == "__main__":
    main()
