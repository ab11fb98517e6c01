"""The draft's text on the command line: reading it, printing its findings, ``scan-text``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from privacyguard.cli.exit_codes import EXIT_INPUT
from privacyguard.core.errors import InputError
from privacyguard.core.report import ItemReport
from privacyguard.core.settings import PersonalLists
from privacyguard.pipeline.text import CleanText, TextPipeline


def add_text_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--text", help="the draft post, as a string")
    group.add_argument("--text-file", type=Path, help="a file holding the draft post (UTF-8)")
    parser.add_argument("--always", action="append", default=[], metavar="WORD",
                        help="a word always to flag (your name, practice, town); repeat as needed")
    parser.add_argument("--never", action="append", default=[], metavar="WORD", help="a word never to flag; repeat as needed")
    parser.add_argument("--text-style", choices=["placeholder", "soft"], default="placeholder",
                        help="[NOM], [DATE]… (default) or softer replacements (initials, 'récemment', age ranges)")


def read_draft(args: argparse.Namespace) -> tuple[str, str] | None:
    """(name, text) of the draft given on the command line, or None."""
    if args.text is not None:
        return "<texte>", args.text
    if args.text_file is not None:
        try:
            return str(args.text_file), args.text_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError("file not found", str(args.text_file)) from None
        except (UnicodeDecodeError, IsADirectoryError, PermissionError) as exc:
            raise InputError(f"cannot read the draft as UTF-8 text ({type(exc).__name__})", str(args.text_file)) from None
    return None


def text_lists(args: argparse.Namespace) -> PersonalLists:
    return PersonalLists(tuple(args.always), tuple(args.never))


def text_pipeline(args: argparse.Namespace) -> TextPipeline:
    return TextPipeline(text_lists(args))


def render_draft(item: ItemReport) -> str:
    lines = [f"{item.path} (draft)"]
    for f in item.findings:
        lines.append(f"  {f.id:<8} {f.label or '':<13} {f.severity.value:<6} «{f.text}» [{f.span[0]}:{f.span[1]}]  {f.source}"
                     if f.span else f"  {f.id} {f.detail}")
    lines.append("  checks: " + " · ".join(f"{k} {v}" for k, v in item.checks.items()))
    lines.append(f"  verdict: {'CLEAN' if item.clean else 'NOT CLEAN: ' + str(len(item.findings)) + ' finding(s)'}")
    if item.risk:
        lines.append(f"  re-identification risk of what stays: {item.risk['level']}")
        lines.extend(f"    - {r['message']} → {r['suggestion']}" for r in item.risk["reasons"])  # type: ignore[attr-defined]
    return "\n".join(lines)


def render_clean_text(result: CleanText, output: Path | None) -> str:
    where = f" written to {output}" if output else (" (NOT written: the re-check could not verify it)" if not result.verified else "")
    lines = [f"  cleaned draft{where}:", "    " + result.text.replace("\n", "\n    ")]
    lines.append("  length: " + " · ".join(f"{k} {n}/{lim}{' (too long)' if n > lim else ''}" for k, (n, lim) in result.lengths.items()))
    lines.extend(f"  STILL PRESENT: {r.detail}" for r in result.residual)
    lines.append(f"  re-check of the cleaned draft: {'verified' if result.verified else 'NOT VERIFIED'}")
    return "\n".join(lines)


def scan_text(args: argparse.Namespace) -> int:
    """``scan-text IN.jsonl -o OUT.jsonl``: one {"id", "spans"} line per {"id", "text"} line."""
    pipe = text_pipeline(args)
    status = pipe.load()
    if status != "ran":
        print(f"privacyguard: the text checker cannot run: {status}", file=sys.stderr)
        return EXIT_INPUT
    try:
        lines = Path(args.input).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"privacyguard: {args.input}: cannot read ({exc})", file=sys.stderr)
        return EXIT_INPUT
    out, errors = [], 0
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            draft = json.loads(line)
            text, ident = draft["text"], draft["id"]
        except (json.JSONDecodeError, KeyError, TypeError):
            print(f"privacyguard: {args.input}:{n}: not a JSON object with \"id\" and \"text\"", file=sys.stderr)
            errors += 1
            continue
        item = pipe.analyze(text)
        spans = [{"start": f.span[0], "end": f.span[1], "label": f.label, "score": round(f.score, 3), "severity": f.severity.value}
                 for f in item.findings if f.span]
        out.append(json.dumps({"id": ident, "spans": spans, "risk": item.risk}, ensure_ascii=False))
    Path(args.output).write_text("\n".join(out) + ("\n" if out else ""), encoding="utf-8")
    return EXIT_INPUT if errors else 0
