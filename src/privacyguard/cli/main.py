"""``privacyguard check`` and ``privacyguard sanitize``.

Exit codes: 0 every file clean (or cleaned and verified), 1 something flagged or not verified,
2 usage or input error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from privacyguard import __version__
from privacyguard.cli.batch_command import add_batch_parser, run_batch_command
from privacyguard.cli.exit_codes import EXIT_FLAGGED, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK
from privacyguard.cli.render import render_clean, render_item
from privacyguard.cli.text_commands import add_text_options, read_draft, render_clean_text, render_draft, scan_text, text_lists
from privacyguard.core.errors import PrivacyGuardError
from privacyguard.core.progress import Progress
from privacyguard.core.report import CleanResult, Decisions, ItemReport
from privacyguard.core.settings import AnalysisOptions, FaceSensitivity, RedactionStyle
from privacyguard.images.save import free_name, write_atomically
from privacyguard.pipeline.post import PostChecker
from privacyguard.pipeline.text import CleanText
from privacyguard.redactors.text import TextStyle


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="privacyguard", description="Find and remove what identifies a patient in photos, offline.")
    p.add_argument("--version", action="version", version=f"privacyguard {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    for name, text in (("check", "report what in a draft and its photos identifies someone"),
                       ("sanitize", "write cleaned copies (originals untouched) and report")):
        s = sub.add_parser(name, help=text, description=text)
        s.add_argument("photos", nargs="*", type=Path, help="photo files")
        add_text_options(s)
        s.add_argument("--json", action="store_true", help="print the report as JSON")
        s.add_argument("--paranoid", action="store_true", help="more sensitive face detection and OCR of turned text (slower)")
        s.add_argument("--all-text", action="store_true", help="redact every line of text read in the photos")
        s.add_argument("--journal", type=Path, metavar="FILE",
                       help="append one line about this run to FILE (JSONL: counts by kind, risk, sha256 of the copies; never a value)")
        if name == "sanitize":
            s.add_argument("-o", "--output-dir", type=Path, help="folder for the cleaned copies (default: beside each photo)")
            s.add_argument("--style", choices=[s.value for s in RedactionStyle], default="solid",
                           help="solid fill (default) or destroying blur")
    add_batch_parser(sub)
    scan = sub.add_parser("scan-text", help="find identifiers in drafts: JSONL {id, text} in, {id, spans} out")
    scan.add_argument("input", type=Path)
    scan.add_argument("-o", "--output", type=Path, required=True)
    scan.add_argument("--always", action="append", default=[], metavar="WORD")
    scan.add_argument("--never", action="append", default=[], metavar="WORD")
    return p


def _progress(p: Progress) -> None:
    if sys.stderr.isatty() and p.path:
        print(f"[{p.done + 1}/{p.total}] {p.stage} {p.path}", file=sys.stderr)


def _exit_code(items: Sequence[ItemReport], results: Sequence[CleanResult | CleanText] | None) -> int:
    if any(i.status != "ok" for i in items) or (results and any(r.status != "ok" for r in results)):
        return EXIT_INPUT
    if results is not None:
        return EXIT_OK if all(r.verified for r in results) else EXIT_FLAGGED
    return EXIT_OK if all(i.clean for i in items) else EXIT_FLAGGED


def _unique(target: Path, used: set[Path], inputs: Sequence[Path]) -> Path:
    """``target`` or ``NAME-2.EXT``…: a name no other output of this run, no input and no existing file has
    (a run never replaces a file it did not write)."""
    taken = {p.resolve() for p in inputs}
    candidate = free_name(target, lambda c: c in used or c.resolve() in taken)
    used.add(candidate)
    return candidate


def _write_draft(args: argparse.Namespace, name: str, cleaned: CleanText, inputs: Sequence[Path], used: set[Path]) -> Path | None:
    """The cleaned draft beside the text file (or in -o, or here), only once verified."""
    if not cleaned.verified:
        return None
    stem = Path(name).stem if args.text_file else "post"
    folder = args.output_dir or (Path(name).parent if args.text_file else Path.cwd())
    target = _unique(folder / f"{stem}.cleaned.txt", used, inputs)
    write_atomically(cleaned.text.encode("utf-8"), target, protected=list(inputs))
    return target


def run(args: argparse.Namespace) -> int:
    from privacyguard.images.load import EXTENSIONS
    from privacyguard.images.save import output_format
    from privacyguard.pipeline import output_path

    if args.command == "scan-text":
        return scan_text(args)
    if args.command == "batch":
        return run_batch_command(args)
    if not args.photos and args.text is None and args.text_file is None:
        print("privacyguard: give photos, --text or --text-file", file=sys.stderr)
        return EXIT_INPUT
    try:
        draft = read_draft(args)
    except PrivacyGuardError as exc:
        print(f"privacyguard: {exc}", file=sys.stderr)
        return EXIT_INPUT
    options = AnalysisOptions(face_sensitivity=FaceSensitivity.PARANOID if args.paranoid else FaceSensitivity.STANDARD,
                              redact_all_text=args.all_text)
    post = PostChecker(options, text_lists(args))
    name, text = draft or ("<texte>", "")
    # The whole post is checked first: identifiers found anywhere (draft or photo) are looked for everywhere.
    checked = post.check(text, args.photos, _progress, name=name, keep_pixels=False)
    items, draft_item = list(checked.photos), checked.draft
    sanitize = args.command == "sanitize"
    results: list[CleanResult] = []
    cleaned_text, text_target = None, None
    if sanitize:
        inputs = [Path(p) for p in args.photos] + ([args.text_file] if args.text_file else [])
        used: set[Path] = set()
        targets = [_unique(output_path(p, args.output_dir, output_format(i.format or EXTENSIONS.get(Path(p).suffix.lower(), ""), False)),
                           used, inputs) for p, i in zip(args.photos, items, strict=True)]
        clean = post.clean(checked, [Decisions()] * len(items), Decisions(), (RedactionStyle(args.style), TextStyle(args.text_style)),
                           targets=targets, protected=inputs)
        results, cleaned_text = list(clean.photos), clean.text
        if cleaned_text is not None:
            try:
                text_target = _write_draft(args, name, cleaned_text, inputs, used)
            except PrivacyGuardError as exc:
                print(f"privacyguard: {exc}", file=sys.stderr)
                return EXIT_INPUT
    if args.journal:
        _journal(args.journal, "clean" if sanitize else "check", draft_item, items, results, cleaned=cleaned_text)
    return _report(args, options, items, results, draft_item=draft_item, cleaned=(cleaned_text, text_target))


def _journal(path: Path, event: str, draft: ItemReport | None, items: list[ItemReport], results: list[CleanResult], *,
             cleaned: CleanText | None) -> None:
    """One line in the doctor's journal; a journal that cannot be written is said, and the run's result stands."""
    from privacyguard.pipeline import journal

    verified = None if event == "check" else all(r.verified for r in results) and (cleaned is None or cleaned.verified)
    line = journal.entry(event, draft, items, risk=cleaned.risk if cleaned else None, results=results, verified=verified)
    try:
        journal.append(path, line)
    except PrivacyGuardError as exc:
        print(f"privacyguard: {exc}", file=sys.stderr)


def _report(args: argparse.Namespace, options: AnalysisOptions, items: list[ItemReport], results: list[CleanResult], *,
            draft_item: ItemReport | None, cleaned: tuple[CleanText | None, Path | None]) -> int:
    """Print the table or the JSON report of a check or a sanitize; returns the exit code."""
    sanitize = args.command == "sanitize"
    cleaned_text, text_target = cleaned
    report: dict[str, object] = {"version": __version__, "command": args.command,
                                 "options": {"face_sensitivity": options.face_sensitivity.value},
                                 "items": [{**i.to_dict(), **({"cleaned": results[n].to_dict()} if sanitize else {})}
                                           for n, i in enumerate(items)]}
    if not args.json:
        for n, item in enumerate(items):
            print(render_item(item))
            if sanitize:
                print(render_clean(results[n]))
    checked_results: list[CleanResult | CleanText] = list(results)
    if draft_item is not None:
        if args.json:
            output = str(text_target) if text_target else None
            report["draft"] = {**draft_item.to_dict(), **({"cleaned": {**cleaned_text.to_dict(), "output": output}} if cleaned_text else {})}
        else:
            print(render_draft(draft_item))
            if cleaned_text:
                print(render_clean_text(cleaned_text, text_target))
        items = [*items, draft_item]
        if cleaned_text is not None:
            checked_results.append(cleaned_text)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return _exit_code(items, checked_results if sanitize else None)


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # batch workers in a frozen (PyInstaller) build
    args = _parser().parse_args(argv)
    try:
        return run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
