"""The batch report: ``report.json`` (per item, the shape of ``check --json``), ``report.csv`` and a
self-contained ``report.html`` (thumbnails of the cleaned copies inlined, no external file)."""

from __future__ import annotations

import base64
import csv
import html
import io
import json
from pathlib import Path
from typing import Any

from privacyguard.images.save import write_atomically
from privacyguard.pipeline.batch import BatchEntry, BatchOptions, BatchResult

REPORT_NAMES = ("report.json", "report.csv", "report.html")

WORDS = {
    "fr": {"title": "Rapport d'anonymisation", "cleaned": "anonymisée et vérifiée", "clean": "rien trouvé",
           "flagged": "à vérifier", "error": "illisible", "cancelled": "annulée", "input": "Dossier source",
           "output": "Dossier des copies", "files": "fichiers", "found": "Trouvé", "verified": "Vérifié",
           "none": "rien", "resumed": "reprise d'une exécution précédente", "speed": "photos par minute",
           "check_only": "Vérification seule : aucune copie écrite ; les vignettes montrent ce qui serait masqué.",
           "metadata": ("Les métadonnées (GPS, dates, appareil, vignettes) ne sont jamais copiées : "
                        "chaque copie est reconstruite à partir des pixels.")},
    "en": {"title": "Anonymisation report", "cleaned": "cleaned and verified", "clean": "nothing found",
           "flagged": "to review", "error": "unreadable", "cancelled": "cancelled", "input": "Input folder",
           "output": "Output folder", "files": "files", "found": "Found", "verified": "Verified",
           "none": "nothing", "resumed": "resumed from an earlier run", "speed": "photos per minute",
           "check_only": "Check only: no copy written; thumbnails show what would be covered.",
           "metadata": "Metadata (GPS, dates, device, thumbnails) is never copied: every copy is rebuilt from pixels."},
}
COLOURS = {"cleaned": "#1b7f3b", "clean": "#1b7f3b", "flagged": "#b45309", "error": "#b91c1c", "cancelled": "#6b7280"}
CSV_FIELDS = ("source", "status", "reason", "output", "faces", "text", "codes", "metadata", "verified", "verify_scope", "resumed")


def write_reports(result: BatchResult, in_dir: Path, out_dir: Path, options: BatchOptions, lang: str = "fr") -> list[Path]:
    """Write the three reports into ``out_dir`` (atomically); returns their paths."""
    protected: list[Path] = []  # the folders were checked by run_batch: the output is not inside the input
    paths = [out_dir / n for n in REPORT_NAMES]
    write_atomically(json.dumps(report_dict(result, in_dir, out_dir, options), ensure_ascii=False, indent=2).encode(),
                     paths[0], protected)
    write_atomically(_csv(result).encode("utf-8-sig"), paths[1], protected)  # the BOM lets Excel read the accents
    write_atomically(render_html(result, in_dir, out_dir, options, lang).encode(), paths[2], protected)
    return paths


def report_dict(result: BatchResult, in_dir: Path, out_dir: Path, options: BatchOptions) -> dict[str, Any]:
    from privacyguard import __version__

    counts = {s: result.count(s) for s in ("cleaned", "clean", "flagged", "error", "cancelled")}
    return {"version": __version__, "command": "batch", "input": str(in_dir), "output": str(out_dir),
            "options": {"face_sensitivity": options.analysis.face_sensitivity.value, "style": options.style.value,
                        "redact": sorted(options.redact), "check_only": options.check_only,
                        "verify_scope": options.scope.value, "all_text": options.analysis.redact_all_text},
            "workers": result.workers, "seconds": round(result.seconds, 1), "cancelled": result.cancelled,
            "counts": counts, "items": [e.to_dict() for e in result.entries]}


def _counts(entry: BatchEntry) -> dict[str, int]:
    n = {"FACE": 0, "TEXT": 0, "BARCODE": 0, "METADATA": 0}
    for f in entry.item.get("findings", []):
        if f.get("category") in n:
            n[f["category"]] += 1
    return n


def _csv(result: BatchResult) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, CSV_FIELDS)
    w.writeheader()
    for e in result.entries:
        n = _counts(e)
        cleaned = e.cleaned or {}
        w.writerow({"source": e.source, "status": e.status, "reason": e.reason, "output": e.output or "",
                    "faces": n["FACE"], "text": n["TEXT"], "codes": n["BARCODE"], "metadata": n["METADATA"],
                    "verified": cleaned.get("verified", ""), "verify_scope": cleaned.get("verify_scope", ""),
                    "resumed": e.resumed})
    return buf.getvalue()


STYLE = """body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem;color:#1f2937;background:#f9fafb}
h1{font-weight:600}.sum{margin:1rem 0 2rem}.sum span{margin-right:1.5rem}
.item{display:flex;gap:1.5rem;background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:1rem;margin:.8rem 0}
.item img{width:240px;height:auto;border-radius:4px;background:#e5e7eb}.noimg{width:240px;height:80px;background:#e5e7eb;border-radius:4px}
.badge{display:inline-block;color:#fff;border-radius:999px;padding:.1rem .7rem;font-size:.85rem}
.name{font-weight:600;margin-right:.6rem}ul{margin:.4rem 0;padding-left:1.2rem}.muted{color:#6b7280;font-size:.9rem}"""


def render_html(result: BatchResult, in_dir: Path, out_dir: Path, options: BatchOptions, lang: str = "fr") -> str:
    t = WORDS.get(lang, WORDS["en"])
    esc = html.escape
    rate = (len(result.entries) - sum(e.resumed for e in result.entries)) / result.seconds * 60 if result.seconds else 0
    head = [f"<h1>{esc(t['title'])}</h1>",
            f"<p>{esc(t['input'])} : <code>{esc(str(in_dir))}</code><br>{esc(t['output'])} : <code>{esc(str(out_dir))}</code></p>",
            f"<p class=muted>{esc(t['check_only'] if options.check_only else t['metadata'])}</p>",
            "<div class=sum>" + "".join(
                f"<span><span class=badge style='background:{COLOURS[s]}'>{result.count(s)}</span> {esc(t[s])}</span>"
                for s in ("cleaned", "clean", "flagged", "error", "cancelled") if result.count(s)) +
            f"<span class=muted>{len(result.entries)} {esc(t['files'])} · {rate:.1f} {esc(t['speed'])}</span></div>"]
    return (f"<!doctype html><html lang={lang}><head><meta charset=utf-8><title>{esc(t['title'])}</title>"
            f"<style>{STYLE}</style></head><body>{''.join(head)}{''.join(_item_html(e, t) for e in result.entries)}</body></html>")


def _item_html(e: BatchEntry, t: dict[str, str]) -> str:
    esc = html.escape
    img = (f"<img alt='' src='data:image/jpeg;base64,{base64.b64encode(e.thumbnail).decode()}'>" if e.thumbnail
           else "<div class=noimg></div>")
    found = [f"{esc(f.get('category', '').lower())} : {esc(str(f.get('detail', '')))}" for f in e.item.get("findings", [])]
    lines = [f"<span class=name>{esc(e.source)}</span><span class=badge style='background:{COLOURS.get(e.status, '#6b7280')}'>"
             f"{esc(t.get(e.status, e.status))}</span>"]
    if e.output:
        lines.append(f"<div class=muted>→ {esc(e.output)}</div>")
    if e.reason:
        lines.append(f"<div>{esc(e.reason)}</div>")
    if e.item.get("status") == "ok":
        lines.append(f"<div>{esc(t['found'])} :</div><ul>" + ("".join(f"<li>{x}</li>" for x in found[:30])
                                                              or f"<li>{esc(t['none'])}</li>") + "</ul>")
    verification = (e.cleaned or {}).get("verification")
    if verification:
        checks = ", ".join(f"{esc(k)} {esc(v)}" for k, v in verification.items())
        scope = (e.cleaned or {}).get("verify_scope", "")
        lines.append(f"<div class=muted>{esc(t['verified'])} ({esc(scope)}) : {checks}</div>")
    if e.resumed:
        lines.append(f"<div class=muted>{esc(t['resumed'])}</div>")
    return f"<div class=item>{img}<div>{''.join(lines)}</div></div>"
