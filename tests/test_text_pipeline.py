"""The draft: check, clean French-style, re-check, platform lengths, personal lists, offline, quality floor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from privacyguard.core.report import Decisions
from privacyguard.core.settings import PersonalLists
from privacyguard.core.types import Category, Finding, Severity
from privacyguard.pipeline.text import TextPipeline
from privacyguard.redactors.text import TextStyle, platform_lengths, redact_text, soft_replacement

DRAFT = "#DocTocToc petite Jade, 3 ans, vue aux urgences de Dax le 12 mars. La maman : 06 33 21 78 90."


@pytest.fixture(scope="session")
def texts() -> TextPipeline:
    p = TextPipeline()
    p.load()
    return p


def test_clean_replaces_high_and_medium_and_keeps_low_for_the_doctor(texts: TextPipeline) -> None:
    item = texts.analyze(DRAFT)
    assert item.checks == {"identifiers": "ran"}
    cleaned = texts.clean(item, DRAFT, Decisions())
    assert cleaned.text == ("#DocTocToc petite [NOM], 3 ans, vue aux urgences de [LIEU] le [DATE]. La maman : [TÉL].")
    assert cleaned.verified and cleaned.residual == ()
    assert cleaned.lengths["X"] == (len(cleaned.text), 280)


def test_soft_style_reads_naturally(texts: TextPipeline) -> None:
    item = texts.analyze(DRAFT)
    everything = Decisions(redact=frozenset(f.id for f in item.findings))
    cleaned = texts.clean(item, DRAFT, everything, TextStyle.SOFT)
    assert cleaned.text == "#DocTocToc petite J., 3-6 ans, vue aux urgences de [LIEU] récemment. La maman : [TÉL]."


@pytest.mark.parametrize(("label", "value", "soft"), [
    ("AGE", "58 ans", "la cinquantaine"), ("AGE", "86 ans", "plus de 80 ans"), ("AGE", "18 mois", "moins de 2 ans"),
    ("AGE", "5 semaines", "quelques semaines"), ("PERSON", "Brigitte", "B."), ("DATE", "12 mars", "récemment"),
    ("PHONE", "06 33 21 78 90", "[TÉL]"),
])
def test_soft_replacements(label: str, value: str, soft: str) -> None:
    f = Finding("t", Category.TEXT, Severity.LOW, 1.0, "", "", span=(0, len(value)), label=label, text=value)
    assert soft_replacement(f) == soft


def test_overlapping_spans_are_replaced_once() -> None:
    text = "Mme Rose Martin"
    a = Finding("a", Category.TEXT, Severity.HIGH, 1, "", "", span=(4, 15), label="PERSON", text="Rose Martin")
    b = Finding("b", Category.TEXT, Severity.HIGH, 1, "", "", span=(9, 15), label="PERSON", text="Martin")
    assert redact_text(text, [a, b]) == "Mme [NOM]"


def test_x_counts_links_as_23() -> None:
    text = "voir https://example.org/" + "a" * 100
    assert platform_lengths(text)["X"] == (5 + 23, 280)


def test_personal_lists(texts: TextPipeline) -> None:
    lists = PersonalLists(always=("Saint-Jean-de-Luz", "Dr Etcheverry"), never=("Dax",))
    mine = TextPipeline(lists, texts.checker)
    item = mine.analyze("Cabinet du Dr Etcheverry à Saint-Jean-de-Luz ; patiente vue aux urgences de Dax.")
    flagged = {f.text for f in item.findings}
    assert {"Saint-Jean-de-Luz"} <= flagged and "Dax" not in flagged
    assert any("Etcheverry" in str(t) for t in flagged)


def test_a_kept_finding_is_not_residual(texts: TextPipeline) -> None:
    item = texts.analyze(DRAFT)
    keep_city = frozenset(f.id for f in item.findings if f.text != "Dax")
    cleaned = texts.clean(item, DRAFT, Decisions(redact=keep_city))
    assert "Dax" in cleaned.text and cleaned.verified


def test_missing_model_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from privacyguard.detectors.text.checker import TextChecker

    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    pipe = TextPipeline(checker=TextChecker())
    item = pipe.analyze(DRAFT)
    assert item.checks["identifiers"].startswith("unavailable: the French language model")
    assert not item.clean and item.findings == ()


def test_cold_start_opens_no_socket(tmp_path: Path, grace: Path) -> None:
    """A fresh process that cannot connect or resolve names loads every model and checks a draft and a photo."""
    code = f"""
import socket
def refuse(*a, **k):
    raise SystemExit("a network call was made")
class Refused(socket.socket):  # urllib3 makes a local socket at import to test IPv6: only reaching out is refused
    connect = connect_ex = sendto = refuse
def refuse(*a, **k):
    raise SystemExit("a network call was made")
socket.socket = Refused
socket.create_connection = refuse
socket.getaddrinfo = refuse
from privacyguard.cli.main import main
raise SystemExit(main(["check", {str(grace)!r}, "--text", {DRAFT!r}, "--json"]))
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["draft"]["checks"]["identifiers"] == "ran" and report["items"][0]["checks"]["faces"] == "ran"


def test_quality_floor_on_our_annotated_drafts(texts: TextPipeline) -> None:
    """Regression guard on tests/data/text_drafts.jsonl (bench/text_eval.py gives the full table)."""
    data = Path(__file__).parent / "data"
    names = ("text_drafts.jsonl", "text_drafts2.jsonl", "text_drafts3.jsonl")
    drafts = [json.loads(line) for name in names for line in (data / name).read_text().splitlines()]
    found = total = flagged_clean = 0
    for d in drafts:
        spans = [f.span for f in texts.checker.find(d["text"]) if f.span]
        for g in d["spans"]:
            total += 1
            found += any(min(e, g["end"]) - max(s, g["start"]) >= 0.5 * (g["end"] - g["start"]) for s, e in spans)
        if not d["spans"]:
            flagged_clean += any(f.severity is not Severity.LOW for f in texts.checker.find(d["text"]))
    assert found / total >= 0.95
    assert flagged_clean <= 1
