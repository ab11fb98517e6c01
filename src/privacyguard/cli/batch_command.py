"""``privacyguard batch IN_DIR -o OUT_DIR``: a folder of photos in, verified cleaned copies and a report out."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

from privacyguard.cli.exit_codes import EXIT_FLAGGED, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK
from privacyguard.core.errors import PrivacyGuardError
from privacyguard.core.progress import CancelToken, Progress
from privacyguard.core.settings import AnalysisOptions, FaceSensitivity, PersonalLists, RedactionStyle, VerifyScope


def add_batch_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = "clean every photo under a folder into another folder, with a report (json, csv, html)"
    b = sub.add_parser("batch", help=text, description=text)
    b.add_argument("input", type=Path, help="folder of photos (read recursively, never modified)")
    b.add_argument("-o", "--output-dir", type=Path, required=True, help="folder for the cleaned copies and the report")
    b.add_argument("--check-only", action="store_true", help="dry run: write only the report")
    b.add_argument("--redact", default="faces,text,codes",
                   help="what is removed automatically, comma-separated among faces,text,codes (metadata always is)")
    b.add_argument("--paranoid", action="store_true", help="more sensitive face detection and OCR of turned text (slower)")
    b.add_argument("--all-text", action="store_true", help="redact every line of text read in the photos")
    b.add_argument("--style", choices=[s.value for s in RedactionStyle], default="solid", help="for faces: solid fill or destroying blur")
    b.add_argument("--workers", type=int, default=0, help="worker processes (default: one per core)")
    b.add_argument("--full-verify", action="store_true",
                   help="read the text of each written copy again on the whole of it, not only around the redactions (as sanitize does)")
    b.add_argument("--always", action="append", default=[], metavar="WORD", help="always flag this word (repeatable)")
    b.add_argument("--never", action="append", default=[], metavar="WORD", help="never flag this word (repeatable)")
    b.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of report.html")
    b.add_argument("--reveal-values", action="store_true",
                   help="write the values found (names, dates, GPS…) into the reports; by default they are masked")


def _bar(p: Progress) -> None:
    if not sys.stderr.isatty():
        if p.path:
            print(f"[{p.done}/{p.total}] {p.path}", file=sys.stderr, flush=True)
        return
    width = 30
    filled = int(width * p.done / p.total) if p.total else width
    left = f", {int(p.eta // 60)} min {int(p.eta % 60):02d} s left" if p.eta is not None else ""
    rate = f", {p.rate:.1f} photos/min" if p.rate else ""
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {p.done}/{p.total}{rate}{left}   ", end="", file=sys.stderr, flush=True)


def run_batch_command(args: argparse.Namespace) -> int:
    from privacyguard.pipeline.batch import POLICY_CATEGORIES, BatchOptions, run_batch
    from privacyguard.pipeline.batch_report import write_reports

    redact = frozenset(x.strip() for x in args.redact.split(",") if x.strip())
    if not redact <= set(POLICY_CATEGORIES):
        print(f"privacyguard: --redact takes {','.join(POLICY_CATEGORIES)}", file=sys.stderr)
        return EXIT_INPUT
    options = BatchOptions(
        analysis=AnalysisOptions(FaceSensitivity.PARANOID if args.paranoid else FaceSensitivity.STANDARD, args.all_text),
        style=RedactionStyle(args.style), redact=redact, check_only=args.check_only, workers=args.workers,
        scope=VerifyScope.FULL if args.full_verify else VerifyScope.REGIONS,
        lists=PersonalLists(tuple(args.always), tuple(args.never)), reveal=args.reveal_values)
    cancel = CancelToken()
    started = time.monotonic()

    def stop(*_: object) -> None:  # first Ctrl-C: finish the photos in progress, write the report
        print("\nstopping after the photos in progress (Ctrl-C again to abort)…", file=sys.stderr)
        cancel.cancel()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, stop)
    try:
        result = run_batch(args.input, args.output_dir, options, _bar, cancel)
        paths = write_reports(result, args.input, args.output_dir, options, args.lang)
    except PrivacyGuardError as exc:
        print(f"privacyguard: {exc}", file=sys.stderr)
        return EXIT_INPUT
    finally:
        signal.signal(signal.SIGINT, previous)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for e in result.entries:
        if e.status not in ("cleaned", "clean"):
            print(f"{e.status:9} {e.source}: {e.reason}")
    counts = ", ".join(f"{result.count(s)} {s}" for s in ("cleaned", "clean", "flagged", "error", "cancelled") if result.count(s))
    print(f"{len(result.entries)} files in {time.monotonic() - started:.0f} s with {result.workers} worker(s): {counts}")
    print(f"report: {paths[2]}")
    if result.cancelled:
        return EXIT_INTERRUPTED
    if result.count("error"):
        return EXIT_INPUT
    return EXIT_FLAGGED if result.count("flagged") else EXIT_OK
