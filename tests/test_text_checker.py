"""The French model as the checker loads it: the same tokens, entities and sentence starts as spaCy's own load."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
import srsly
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER

from privacyguard.detectors.text import french_model
from privacyguard.detectors.text.checker import MODEL

DATA = Path(__file__).parent / "data"


def saved_token_match() -> str:
    path = next(Path(spacy.util.get_package_path(MODEL)).glob(f"{MODEL}-*/tokenizer"))
    return str(srsly.msgpack_loads(path.read_bytes())["token_match"])


def words() -> set[str]:
    """Every word of the test drafts, hyphenated and elided French words (spaCy's own long list), and words joined."""
    import spacy.lang.fr._tokenizer_exceptions_list as long_list

    found = set(long_list.FR_BASE_EXCEPTIONS)
    for path in DATA.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            found.update(json.loads(line)["text"].split())
    plain = sorted(w.strip(".,;:!?()«»\"") for w in found)
    joined = {f"{a}{sep}{b}" for a, b in itertools.pairwise(plain) for sep in ("-", "'", "-de-", "-sur-l'")}
    return found | set(plain) | joined | {w.upper() for w in plain} | {w + "\n" for w in plain[:500]}


def test_the_grouped_token_match_matches_exactly_the_same_words() -> None:
    pattern = saved_token_match()
    fast = french_model.grouped(pattern, (f"[{ALPHA}]", f"[{ALPHA_LOWER}]"))
    assert fast is not None and len(fast) < len(pattern) / 10
    original, grouped = re.compile(pattern), re.compile(fast)
    sample = words()
    kept = {w for w in sample if original.match(w)}
    assert len(kept) > 1000  # the sample exercises the pattern, not only its misses
    assert {w for w in sample if grouped.match(w)} == kept


@pytest.mark.parametrize(("part", "whole"), [("abc", True), ("(?:l['’])?", True), ("(?:l", False), ("a)", False),
                                             ("[(]x", True), (r"\(x", True), ("[]()]", True)])
def test_a_pattern_is_only_cut_between_whole_groups(part: str, whole: bool) -> None:
    assert french_model._whole(part) is whole


def test_not_grouped_when_the_pattern_is_not_the_expected_form() -> None:
    assert french_model.grouped("(?iu)(?:^a[b]+$)|(?:^c(?:d[b]+$)", ("[b]",)) is None
    assert french_model.grouped("(?i)^a$", ("[b]",)) is None
    assert french_model.grouped("(?iu)(?:^a[b]+$)|(?:^c[b]+$)", ("[b]",)) == "(?iu)(?:^(?:a|c)(?:[b]+$))"


CHECK = r"""
import json, sys
from pathlib import Path
import spacy
from privacyguard.detectors.text import french_model
from privacyguard.detectors.text.checker import MODEL, UNUSED_PIPES

fast = french_model.load(MODEL, UNUSED_PIPES)
assert french_model._sources, "the grouped pattern was not used"
assert french_model.pattern_of(fast.tokenizer.token_match) in french_model._sources.values()
full = spacy.load(MODEL)
texts = [json.loads(line)["text"] for p in sorted(Path(sys.argv[1]).glob("*.jsonl")) for line in p.read_text("utf-8").splitlines()]
def seen(nlp, text):
    doc = nlp(text)
    return ([t.text for t in doc], [(e.start_char, e.end_char, e.label_) for e in doc.ents], [t.is_sent_start for t in doc])
diff = [t for t in texts if seen(fast, t) != seen(full, t)]
print(json.dumps({"texts": len(texts), "different": diff[:3]}))
"""


def test_the_model_as_loaded_sees_the_same_tokens_entities_and_sentences_in_every_draft() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK, str(DATA)], capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["texts"] > 500 and out["different"] == []


class _Tokenizer:
    def __init__(self, token_match: str) -> None:
        self.prefix_search, self.suffix_search = re.compile("^a").search, re.compile("a$").search
        self.infix_finditer, self.url_match = re.compile("-").finditer, None
        self.token_match = re.compile(token_match).match
        self.rules, self.faster_heuristics = {"M.": [{65: "M."}]}, True


def test_a_tokenizer_that_differs_from_the_saved_one_is_not_taken_for_it() -> None:
    saved = {"prefix_search": "^a", "suffix_search": "a$", "infix_finditer": "-", "token_match": "x", "url_match": None,
             "exceptions": {"M.": [{65: "M."}]}, "faster_heuristics": True}
    assert french_model.same_tokenizer(_Tokenizer("x"), saved)
    assert not french_model.same_tokenizer(_Tokenizer("y"), saved)
    assert not french_model.same_tokenizer(_Tokenizer("x"), {**saved, "exceptions": {}})
