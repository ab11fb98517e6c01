"""Score the re-identification risk estimate on drafts: does what should stay low stay low, and is the rest flagged?

Usage: python bench/risk_eval.py FILE [FILE...]

A ``.txt`` file holds one draft a line, "low" or "medium" (the least level expected once the default removals are
made), a tab, the draft; lines starting with # are comments. A ``.jsonl`` file of annotated drafts (tests/data/
text_draftsN.jsonl) counts as identifier-free drafts where it has no span: each must stay low. Prints, per file,
the share flagged at least medium among the risky drafts and the share left low among the others, the misses, and
the time the estimate adds per draft (median).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from privacyguard.core.report import Decisions
from privacyguard.detectors.text.risk import assess
from privacyguard.pipeline.text import TextPipeline


def share(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else "-"


def cases(path: Path) -> list[tuple[str, str]]:
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [("low", r["text"]) for r in rows if not r["spans"]]
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            level, text = line.split("\t", 1)
            out.append((level, text))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    texts = TextPipeline()
    texts.load()
    for path in args.files:
        risky = flagged = harmless = low = 0
        misses: list[str] = []
        times: list[float] = []
        for want, text in cases(path):
            item = texts.analyze(text)
            chosen = Decisions().chosen(item)
            kept = [f for f in item.findings if f not in chosen]
            t0 = time.perf_counter()
            risk = assess(kept, texts.lists.always, text)
            times.append(time.perf_counter() - t0)
            if want == "low":
                harmless += 1
                low += risk.level == "low"
                if risk.level != "low":
                    misses.append(f"  flagged {risk.level} ({', '.join(r.kind for r in risk.reasons)}): {text[:110]}")
            else:
                risky += 1
                flagged += risk.level != "low"
                if risk.level == "low":
                    misses.append(f"  left low: {text[:110]}")
        print(f"{path.name}: risky flagged {share(flagged, risky)}; harmless low {share(low, harmless)}; "
              f"estimate {statistics.median(times) * 1000:.2f} ms/draft (median)")
        for m in misses:
            print(m)


if __name__ == "__main__":
    main()
