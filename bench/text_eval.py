"""Score the French text checker on a gold JSONL file (format and rules: shared/eval/README.md).

    python bench/text_eval.py GOLD.jsonl [GOLD2.jsonl ...] [--show-errors] [--post]

``--post`` scores what one click removes: the whole post pipeline (the checker, then every other
mention of an identifier found, "Malo … Malo a été vu"), with the default decisions (high and medium).

A gold span is found when one predicted span covers at least 50 % of its characters (ANY: any
label; label-aware: same label). A predicted span is correct when it covers at least 50 % of a
gold span, or at least 50 % of its own characters lie inside one. Also: recall by severity,
identifier-free drafts with any medium/high flag, median ms per draft after load, load time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path

from privacyguard.detectors.text.checker import LABELS, TextChecker

Span = tuple[int, int, str]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def found(gold: Span, preds: list[Span], same_label: bool) -> bool:
    return any(overlap(gold[:2], p[:2]) >= 0.5 * (gold[1] - gold[0]) and (not same_label or p[2] == gold[2]) for p in preds)


def correct(pred: Span, golds: list[Span], same_label: bool) -> bool:
    for g in golds:
        if same_label and g[2] != pred[2]:
            continue
        o = overlap(pred[:2], g[:2])
        if o >= 0.5 * (g[1] - g[0]) or o >= 0.5 * (pred[1] - pred[0]):
            return True
    return False


def prf(tp_r: int, n_gold: int, tp_p: int, n_pred: int) -> tuple[float, float, float]:
    r = tp_r / n_gold if n_gold else 1.0
    p = tp_p / n_pred if n_pred else 1.0
    return r, p, (2 * p * r / (p + r) if p + r else 0.0)


def _findings(text: str, checker: TextChecker, post: object) -> list:
    """The checker's findings, or with a post pipeline, what the whole post check flags in the draft."""
    if post is None:
        return checker.find(text)
    report = post.check(text, [])  # type: ignore[attr-defined]
    return list(report.draft.findings) if report.draft else []


def evaluate(drafts: list[dict], checker: TextChecker, show: bool, post: object = None) -> None:
    c: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # found, gold, correct, predicted
    sev: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    clean_flagged = clean_total = 0
    times = []
    for d in drafts:
        t = time.perf_counter()
        findings = _findings(d["text"], checker, post)
        times.append(time.perf_counter() - t)
        preds = [(f.span[0], f.span[1], str(f.label)) for f in findings if f.span]
        golds = [(s["start"], s["end"], s["label"]) for s in d["spans"]]
        if not golds:
            clean_total += 1
            clean_flagged += any(f.severity.value in ("high", "medium") for f in findings)
        for key, same in (("ANY", False), ("label-aware", True)):
            c[key][0] += sum(found(g, preds, same) for g in golds)
            c[key][1] += len(golds)
            c[key][2] += sum(correct(p, golds, same) for p in preds)
            c[key][3] += len(preds)
        for g, s in zip(golds, d["spans"], strict=True):
            c[g[2]][0] += found(g, preds, True)
            c[g[2]][1] += 1
            sev[s["severity"]][0] += found(g, preds, False)
            sev[s["severity"]][1] += 1
        for p in preds:
            c[p[2]][2] += correct(p, golds, True)
            c[p[2]][3] += 1
        if show:
            missed = [d["text"][g[0]:g[1]] + f"/{g[2]}" for g in golds if not found(g, preds, False)]
            wrong = [d["text"][p[0]:p[1]] + f"/{p[2]}" for p in preds if not correct(p, golds, False)]
            if missed or wrong:
                print(f"{d['id']}: missed {missed} wrong {wrong}")
    print(f"{'label':<14} {'gold':>5} {'recall':>7} {'pred':>5} {'precision':>9} {'F1':>6}")
    for key in ["ANY", "label-aware", *LABELS]:
        f_, g, ok, n = c[key]
        if g or n:
            r, p, f1 = prf(f_, g, ok, n)
            print(f"{key:<14} {g:>5} {r:>7.3f} {n:>5} {p:>9.3f} {f1:>6.3f}")
    for s in ("high", "medium", "low"):
        if sev[s][1]:
            print(f"recall {s:<7} {sev[s][0] / sev[s][1]:.3f} ({sev[s][0]}/{sev[s][1]})")
    print(f"identifier-free drafts with a medium/high flag: {clean_flagged}/{clean_total}")
    print(f"median ms per draft: {statistics.median(times) * 1000:.1f} (drafts: {len(drafts)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--post", action="store_true", help="score the whole post pipeline (repeated mentions included)")
    a = ap.parse_args()
    post = None
    if a.post:
        from privacyguard.pipeline.post import PostChecker

        post = PostChecker()
        checker = post.texts.checker
    else:
        checker = TextChecker()
    t = time.perf_counter()
    checker.load()
    print(f"model load: {time.perf_counter() - t:.2f} s")
    for path in a.gold:
        drafts = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        print(f"\n== {path.name}")
        evaluate(drafts, checker, a.show_errors, post)


if __name__ == "__main__":
    main()
