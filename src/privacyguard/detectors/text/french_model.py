"""spaCy's French model, loaded without paying twice for one regular expression: same tokens, same entities.

Importing spaCy's French language class compiles its tokenizer's "token match", a pattern of 266 alternatives
(hyphenated and elided words kept whole: "après-midi", "entr'ouvert") 1.45 million characters long, because each
alternative spells out the Unicode letter classes again. Compiling it costs 2.8 s on this machine, most of the
text checker's load, all of it holding the interpreter. The alternatives that end the same way are grouped here
before compiling ("^(?:a|b)X" for "^aX" and "^bX": the same words match, by construction), which compiles in
0.2 s; the model's saved tokenizer, which holds that same pattern and would be compiled again, is checked equal
to the one built from the language class and then not read. Anything unexpected (another spaCy, another model)
falls back to spaCy's own way: slower, never different. tests/test_text_checker.py holds the match results and
the tokens equal on every draft of the tests.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HEAD = "(?iu)(?:"
LONG = 100_000  # characters: only the token-match pattern is this long
_lock = threading.Lock()
_sources: dict[int, str] = {}  # id of a grouped compiled pattern -> the pattern it stands for


def grouped(pattern: str, classes: Sequence[str]) -> str | None:
    """``pattern`` (``(?iu)(?:^…$)|(?:^…$)|…``) with alternatives that share their end from the first of the large
    ``classes`` written once; ``None`` when the pattern is not of that form."""
    if not (pattern.startswith(HEAD + "^") and pattern.endswith("$)")):
        return None
    alternatives = pattern[len(HEAD) : -1].split(")|(?:")
    if "(?iu)" + "|".join(f"(?:{a})" for a in alternatives) != pattern:
        return None  # a ")|(?:" inside an alternative: not split where we think
    ends: dict[str, list[str]] = {}
    for alt in alternatives:
        if not (alt.startswith("^") and alt.endswith("$")):
            return None
        body = alt[1:]
        cut = min([body.find(c) for c in classes if c in body] or [len(body)])
        if not _whole(body[:cut]):
            return None  # the cut falls inside a group: grouping would change what matches
        ends.setdefault(body[cut:], []).append(body[:cut])
    return "(?iu)" + "|".join(f"(?:^(?:{'|'.join(heads)})(?:{end}))" for end, heads in ends.items())


def _whole(part: str) -> bool:
    """Whether ``part`` of a pattern closes every group it opens (escapes and character classes skipped)."""
    depth, i, in_class = 0, 0, False
    while i < len(part):
        c = part[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if part[i + 1 : i + 2] != "]" else 2  # "[]…]": a bracket first in a class is a character
            continue
        elif c in "()":
            depth += 1 if c == "(" else -1
            if depth < 0:
                return False
        i += 1
    return depth == 0 and not in_class


def import_french() -> None:
    """Import ``spacy.lang.fr`` with its token-match pattern compiled in grouped form (once per process)."""
    with _lock:
        if "spacy.lang.fr" in sys.modules:
            return
        from spacy.lang.char_classes import ALPHA, ALPHA_LOWER

        original = re.compile

        def compile_grouped(pattern: Any, flags: Any = 0) -> re.Pattern[Any]:
            if isinstance(pattern, str) and not flags and len(pattern) > LONG:
                fast = grouped(pattern, (f"[{ALPHA}]", f"[{ALPHA_LOWER}]"))
                if fast is not None:
                    compiled = original(fast)
                    _sources[id(compiled)] = pattern
                    return compiled
            return original(pattern, flags)

        re.compile = compile_grouped  # only while the language class is imported
        try:
            import spacy.lang.fr  # noqa: F401
        finally:
            re.compile = original


def pattern_of(fn: Callable[..., Any] | None) -> str | None:
    """The pattern a tokenizer's regex method matches: the original one for a grouped pattern."""
    compiled = getattr(fn, "__self__", None)
    if compiled is None:
        return None
    return _sources.get(id(compiled), compiled.pattern)


def same_tokenizer(tokenizer: Any, saved: dict[str, Any]) -> bool:
    """Whether ``tokenizer`` (built from the language class) is the one the model saved."""
    fields = {"prefix_search": tokenizer.prefix_search, "suffix_search": tokenizer.suffix_search,
              "infix_finditer": tokenizer.infix_finditer, "token_match": tokenizer.token_match, "url_match": tokenizer.url_match}
    return (all(pattern_of(fn) == saved.get(key) for key, fn in fields.items())
            and tokenizer.rules == saved.get("exceptions") and tokenizer.faster_heuristics == saved.get("faster_heuristics"))


def load(model: str, exclude: Sequence[str] = ()) -> Any:
    """``spacy.load(model, exclude=exclude)``, the French token match compiled once and in grouped form."""
    import spacy
    import srsly

    import_french()
    saved_path = next(iter(sorted(Path(spacy.util.get_package_path(model)).glob(f"{model}-*/tokenizer"))), None)
    if saved_path is None:
        return spacy.load(model, exclude=list(exclude))
    nlp = spacy.load(model, exclude=[*exclude, "tokenizer"])
    if not same_tokenizer(nlp.tokenizer, srsly.msgpack_loads(saved_path.read_bytes())):
        nlp.tokenizer.from_disk(saved_path, exclude=["vocab"])  # type: ignore[union-attr] # spaCy's way: the saved tokenizer wins
    return nlp
