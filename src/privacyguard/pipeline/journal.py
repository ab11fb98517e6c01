"""The doctor's own record of what was checked: one JSON line per check, clean or hand-over, never a value.

Each line holds the date, the app's version, counts of findings by kind, what was kept by kind, the
draft's risk level and the kinds of its reasons, the photo checklist's answers, whether the re-check
verified, and the sha256 of each cleaned copy. Never a name, a date read, a place, a number or a path
(file names can hold a patient's name): the journal proves what was done without saying about whom.
It stays on the computer (the user's data folder, or the file given by ``--journal``).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from privacyguard.core.errors import OutputError
from privacyguard.core.report import CleanResult, Decisions, ItemReport
from privacyguard.core.types import Category, Finding

FILE_NAME = "journal.jsonl"
COLUMNS = ("date", "event", "version", "photos", "draft", "unreadable", "found", "kept", "risk", "risk_reasons", "checklist", "verified", "outputs")


def data_folder() -> Path:
    """The user's data folder for privacyguard (``PRIVACYGUARD_HOME`` overrides it, e.g. for tests)."""
    if os.environ.get("PRIVACYGUARD_HOME"):
        return Path(os.environ["PRIVACYGUARD_HOME"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "privacyguard"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "privacyguard"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "privacyguard"


def default_path() -> Path:
    return data_folder() / FILE_NAME


def kind(f: Finding) -> str:
    """A finding's kind for counting: a face, a code, metadata, or the text label ("PERSON", "DATE"…)."""
    if f.category is Category.TEXT:
        return f.label or "TEXT"
    return f.category.value


def _counts(findings: Iterable[Finding]) -> dict[str, int]:
    return dict(sorted(Counter(kind(f) for f in findings).items()))


def entry(event: str, draft: ItemReport | None, photos: Sequence[ItemReport], decisions: Sequence[Decisions] = (),
          text_decisions: Decisions | None = None, *, risk: Mapping[str, object] | None = None,
          checklist: Mapping[int, Mapping[str, bool]] | None = None, results: Sequence[CleanResult] = (),
          verified: bool | None = None) -> dict[str, object]:
    """One journal line (a dict ready for JSON): ``event`` is "check", "clean" or "publish"."""
    from privacyguard import __version__

    items: list[tuple[ItemReport, Decisions]] = [(p, decisions[n] if n < len(decisions) else Decisions()) for n, p in enumerate(photos)]
    if draft is not None:
        items.append((draft, text_decisions or Decisions()))
    found = [f for item, _ in items for f in item.findings]
    chosen = {id(f) for item, d in items for f in d.chosen(item)}
    kept = [f for item, _ in items for f in item.findings if id(f) not in chosen and (f.redact_box or f.span)]
    risk = risk if risk is not None else (draft.risk if draft is not None else None)
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "event": event,
        "version": __version__,
        "photos": len(photos),
        "draft": draft is not None,
        "unreadable": sum(p.status != "ok" for p in photos),
        "found": _counts(found),
        "kept": _counts(kept),
        "risk": str(risk.get("level")) if risk else None,
        "risk_reasons": sorted({str(r["kind"]) for r in risk.get("reasons", [])}) if risk else [],  # type: ignore[attr-defined]
        "checklist": {str(n): dict(sorted(a.items())) for n, a in sorted((checklist or {}).items())},
        "verified": verified,
        "outputs": [_sha256(r.output) for r in results if r.output],
    }


def _sha256(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


def append(path: Path, line: Mapping[str, object]) -> None:
    """Add one line to the journal (its folder made if needed). Raises OutputError, naming the file, if it cannot."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    except OSError as exc:
        raise OutputError(f"{path}: the journal cannot be written ({exc.strerror or exc})") from exc


def read(path: Path) -> list[dict[str, object]]:
    """Every readable line of the journal, oldest first (a damaged line is skipped, not fatal)."""
    if not path.is_file():
        return []
    out = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            line = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if isinstance(line, dict):
            out.append(line)
    return out


def _cell(value: object) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}={_cell(v)}" for k, v in value.items())
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return "" if value is None else str(value)


def export_csv(lines: Sequence[Mapping[str, object]], target: Path) -> None:
    """The journal as a CSV a spreadsheet opens (UTF-8 with BOM, one column per field)."""
    try:
        with target.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(COLUMNS)
            for line in lines:
                w.writerow([_cell(line.get(c)) for c in COLUMNS])
    except OSError as exc:
        raise OutputError(f"{target}: cannot be written ({exc.strerror or exc})") from exc


def delete(path: Path) -> None:
    """Delete the journal (the doctor's choice); nothing to do if there is none."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: the journal cannot be deleted ({exc.strerror or exc})") from exc
