"""A folder in, a folder of cleaned copies and a report out: worker processes, resume, cancel.

Each worker process loads the models once (one thread each, so the workers use every core without
fighting over them; a batch of one worker runs in this process on every core), then analyses, cleans
and verifies one photo at a time. The main process only hands out files, gathers results, journals
them (so a second run resumes) and writes the report. Nothing is written inside the input folder.
"""

from __future__ import annotations

import base64
import hashlib
import json
import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from privacyguard.core.errors import BatchError, PrivacyGuardError
from privacyguard.core.memory import give_back_memory
from privacyguard.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from privacyguard.core.report import Decisions, ItemReport
from privacyguard.core.settings import AnalysisOptions, PersonalLists, RedactionStyle, VerifyScope
from privacyguard.core.types import Category, Severity
from privacyguard.images.load import EXTENSIONS
from privacyguard.images.save import extension, free_name, output_format, thumbnail_jpeg

JOURNAL = ".privacyguard-journal.jsonl"
# Copies whose re-check failed go to a sibling folder "OUT_non_verifie", never inside the folder of clean copies.
UNVERIFIED = "_non_verifie"
POLICY_CATEGORIES = {"faces": Category.FACE, "text": Category.TEXT, "codes": Category.BARCODE}


def unverified_folder(out_dir: Path) -> Path:
    """The sibling of the output folder that holds copies that could not be verified."""
    return out_dir.parent / f"{out_dir.name}{UNVERIFIED}"


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs. ``redact`` names what is removed automatically (metadata always is)."""

    analysis: AnalysisOptions = field(default_factory=AnalysisOptions)
    style: RedactionStyle = RedactionStyle.SOLID
    redact: frozenset[str] = frozenset(POLICY_CATEGORIES)
    check_only: bool = False
    workers: int = 0  # 0: one per core
    scope: VerifyScope = VerifyScope.REGIONS
    lists: PersonalLists = field(default_factory=PersonalLists)
    reveal: bool = False  # report and journal hold the values read (names, dates, GPS…) only if asked

    def key(self) -> str:
        """What must match for a previous run's output to be reused."""
        a = self.analysis
        return json.dumps([a.face_sensitivity.value, a.redact_all_text, self.style.value, sorted(self.redact),
                           self.scope.value, list(self.lists.always), list(self.lists.never)])

    def worker_count(self, files: int) -> int:
        return max(1, min(self.workers or os.cpu_count() or 1, files))


@dataclass(frozen=True)
class BatchEntry:
    """One input file's outcome. ``status``: cleaned, clean, flagged, error, cancelled (see ``STATUS``)."""

    source: str  # relative to the input folder
    status: str
    item: dict[str, Any] = field(default_factory=dict)  # the same shape as one item of ``check --json``
    cleaned: dict[str, Any] | None = None
    output: str | None = None  # relative to the output folder
    reason: str = ""
    thumbnail: bytes = b""
    resumed: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The item in ``check --json``'s shape (its ``status`` is ok/error), plus the batch ``result``."""
        return {"source": self.source, "result": self.status, "reason": self.reason, "output": self.output,
                "resumed": self.resumed, **self.item, **({"cleaned": self.cleaned} if self.cleaned else {})}


# cleaned: a verified copy was written; clean: nothing found (check-only); flagged: something found
# (check-only) or the copy could not be verified; error: the file could not be used.
STATUS = ("cleaned", "clean", "flagged", "error", "cancelled")


@dataclass(frozen=True)
class BatchResult:
    entries: tuple[BatchEntry, ...]
    seconds: float
    workers: int
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(e.status == status for e in self.entries)


def check_folders(in_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder that is, contains, or lies inside the input folder, or a missing input folder."""
    if not in_dir.is_dir():
        raise BatchError("not a folder", str(in_dir))
    src = in_dir.resolve()
    for dst in (out_dir.resolve(), unverified_folder(out_dir).resolve()):
        if dst == src or src in dst.parents or dst in src.parents:
            raise BatchError("the output folder must not be the input folder, contain it, or lie inside it", str(out_dir))
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchError("the output exists and is not a folder", str(out_dir))


def list_inputs(in_dir: Path) -> list[Path]:
    """Every file under ``in_dir`` (recursive, sorted), except our own partial files."""
    files = []
    for root, dirs, names in os.walk(in_dir):
        dirs.sort()
        files += [Path(root) / n for n in sorted(names) if not n.startswith(".pg-")]
    return files


def plan_outputs(in_dir: Path, files: list[Path]) -> dict[Path, Path]:
    """The relative output path of each input: same folders, ``.jpg`` or ``.png``, clashes numbered.

    The format is decided from the extension here (JPEG for lossy formats) and corrected by the
    worker after reading the file, so a ``.png`` that really is a JPEG still gets a ``.jpg``.
    """
    used: set[Path] = set()
    out: dict[Path, Path] = {}
    for f in files:
        rel = f.relative_to(in_dir)
        ext = extension(output_format(EXTENSIONS.get(f.suffix.lower(), ""), has_alpha=False))
        target = rel.with_suffix(ext)
        n = 1
        while target in used:
            n += 1
            target = rel.with_name(f"{rel.stem}-{n}{ext}")
        used.add(target)
        out[f] = target
    return out


# --- the worker side -------------------------------------------------------------------------

_PIPES: dict[tuple[AnalysisOptions, PersonalLists], Any] = {}  # one loaded pipeline per process and options


def worker_pipeline(options: BatchOptions, pooled: bool = False) -> Any:
    """This process's pipeline for ``options``, loaded on first use: one thread per model in a pool's worker
    (``pooled``: each has a core, and its checks run one after the other), every core when the batch runs in this
    process alone."""
    key = (replace(options.analysis, threads=None), options.lists)
    if key not in _PIPES:
        from privacyguard.pipeline.engine import Pipeline

        threads = 1 if pooled else options.analysis.threads
        _PIPES[key] = Pipeline(replace(options.analysis, threads=threads), lists=options.lists)
        _PIPES[key].load()
    return _PIPES[key]


def _init_worker(options: BatchOptions) -> None:
    """Runs once in each worker process: models loaded before the first photo."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle: finish the photo
    worker_pipeline(options, pooled=True)


def process_one(source: Path, name: str, rel: Path, out_dir: Path, options: BatchOptions, *, ours: bool = False) -> BatchEntry:
    """Analyse one photo (``name``: its path in the input folder), and unless ``check_only`` write
    and verify its cleaned copy at ``rel`` in ``out_dir`` (``ours``: a file there was written by an
    earlier run and may be replaced). A copy that cannot be verified goes to the sibling folder
    ``OUT_non_verifie``, so that the output folder holds only verified copies."""
    from privacyguard.redactors.regions import redact

    pipe = worker_pipeline(options)
    item, photo = pipe.analyze_one(source)
    shown = item.to_dict(options.reveal)
    if photo is None:
        return BatchEntry(name, "error", shown, reason=item.error or "unreadable")
    decisions = policy_decisions(item, options)
    if options.check_only:
        chosen = decisions.chosen(item)
        preview = redact(photo.pixels, [f.redact_box for f in chosen if f.redact_box], RedactionStyle.SOLID)
        status = "clean" if item.clean else "flagged"
        reason = "" if item.clean else _summary(item)
        # No preview of a photo whose checks did not all run: it could show a face that was never looked for.
        return BatchEntry(name, status, shown, reason=reason, thumbnail=b"" if item.unchecked else thumbnail_jpeg(preview))
    fmt = output_format(photo.format, photo.has_alpha)
    target = out_dir / rel.with_suffix(extension(fmt))
    if target.suffix != rel.suffix and target.exists():  # the content decided another format: a name of our own
        target = free_name(target)
    aside = unverified_folder(out_dir) / rel.parent
    result = pipe.apply(item, decisions, target, options.style, photo, scope=options.scope, unverified_dir=aside,
                        replace_ours=ours)
    if result.status != "ok":
        return BatchEntry(name, "error", shown, result.to_dict(options.reveal), reason=result.error or "not written")
    written = Path(result.output) if result.output else None
    thumb = _thumbnail(written) if written and result.verified else b""
    if result.verified and written:
        return BatchEntry(name, "cleaned", shown, result.to_dict(options.reveal), str(written.relative_to(out_dir)), thumbnail=thumb)
    why = [f"{k}: {v}" for k, v in result.verification.items() if v != "ran"]
    why += [f.detail if options.reveal else f.masked_detail() for f in result.residual]
    where = os.path.relpath(written, out_dir) if written else None
    return BatchEntry(name, "flagged", shown, result.to_dict(options.reveal), where, "; ".join(why))



def policy_decisions(item: ItemReport, options: BatchOptions) -> Decisions:
    """The default decisions, limited to the categories the policy redacts automatically."""
    allowed = {POLICY_CATEGORIES[k] for k in options.redact}
    chosen = Decisions().chosen(item)
    return Decisions(frozenset(f.id for f in chosen if f.category in allowed))


def _summary(item: ItemReport) -> str:
    """What a check-only run found in one photo: "1 face, 2 text, 15 metadata"."""
    counts: dict[str, int] = {}
    for f in item.findings:
        if f.category is Category.METADATA or f.severity is not Severity.LOW:
            counts[f.category.value] = counts.get(f.category.value, 0) + 1
    parts = [f"{n} {k.lower()}" for k, n in counts.items()]
    parts += [f"{k} {v}" for k, v in item.checks.items() if v != "ran"]
    return ", ".join(parts) or "low-severity findings to review"


def _thumbnail(path: Path) -> bytes:
    try:
        return thumbnail_jpeg(path)
    except OSError:  # the copy was verified a moment ago; without a preview the report still lists it
        return b""


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --- the main side ---------------------------------------------------------------------------

class Journal:
    """One JSON line per finished file in the output folder: what a second run may skip."""

    def __init__(self, out_dir: Path, key: str) -> None:
        self.path = out_dir / JOURNAL
        self.key = key
        self.done: dict[str, dict[str, Any]] = {}
        self.outputs: set[str] = set()  # every copy an earlier run wrote (any options): it may be replaced
        if self.path.exists():
            for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue  # a line cut by an interruption
                if isinstance(rec, dict) and rec.get("output"):
                    self.outputs.add(str(rec["output"]))
                if isinstance(rec, dict) and rec.get("key") == key:
                    self.done[str(rec.get("source"))] = rec

    def reusable(self, source: Path, rel: str, out_dir: Path) -> BatchEntry | None:
        """The earlier entry if its output is still there, unchanged, verified, and the source is the same."""
        rec = self.done.get(rel)
        if not rec or rec.get("status") != "cleaned" or not rec.get("output"):
            return None
        out = out_dir / rec["output"]
        if not out.is_file() or _file_hash(out) != rec.get("output_sha256"):
            return None
        if rec.get("item", {}).get("sha256") != _file_hash(source):
            return None
        entry = rec["entry"]
        return BatchEntry(rel, "cleaned", entry.get("item", {}), entry.get("cleaned"), rec["output"],
                          thumbnail=base64.b64decode(rec.get("thumbnail", "")), resumed=True)

    def record(self, entry: BatchEntry, out_dir: Path) -> None:
        if entry.status != "cleaned" or not entry.output:
            return
        rec = {"key": self.key, "source": entry.source, "status": entry.status, "output": entry.output,
               "output_sha256": _file_hash(out_dir / entry.output), "item": {"sha256": entry.item.get("sha256")},
               "entry": {"item": entry.item, "cleaned": entry.cleaned}, "thumbnail": base64.b64encode(entry.thumbnail).decode()}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def run_batch(in_dir: Path, out_dir: Path, options: BatchOptions | None = None,
              progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> BatchResult:
    """Clean (or with ``check_only``, check) every file under ``in_dir``; never raises for one bad file."""
    options = options or BatchOptions()
    check_folders(in_dir, out_dir)
    files = list_inputs(in_dir)
    targets = plan_outputs(in_dir, files)
    journal = Journal(out_dir, options.key())
    started = time.monotonic()
    entries: dict[Path, BatchEntry] = {}
    todo: list[Job] = []
    for f in files:
        name = str(f.relative_to(in_dir))
        earlier = None if options.check_only else journal.reusable(f, name, out_dir)
        if earlier:
            entries[f] = earlier
        else:
            rel = targets[f]
            ours = str(rel) in journal.outputs
            if not ours and (out_dir / rel).exists():  # never replace a file this program did not write
                rel = free_name(out_dir / rel).relative_to(out_dir)
            todo.append(Job(f, name, rel, ours))
    workers = options.worker_count(len(todo))
    ticker = _Ticker(progress, len(files), len(entries), started)
    cancel = cancel or CancelToken()
    for f, entry in _results(todo, out_dir, options, workers, cancel):
        entries[f] = entry
        journal.record(entry, out_dir)
        ticker.tick(entry.source)
    cancelled = cancel.cancelled
    ordered = tuple(entries.get(f) or BatchEntry(str(f.relative_to(in_dir)), "cancelled", reason="cancelled before this file")
                    for f in files)
    return BatchResult(ordered, time.monotonic() - started, workers, cancelled)


@dataclass(frozen=True)
class Job:
    source: Path
    name: str  # its path in the input folder
    rel: Path  # its cleaned copy's path in the output folder
    ours: bool = False  # a file at ``rel`` was written by an earlier run: it may be replaced


def _results(todo: list[Job], out_dir: Path, options: BatchOptions, workers: int,
             cancel: CancelToken) -> Iterator[tuple[Path, BatchEntry]]:
    """(file, entry) as each file finishes; in this process for one worker, else in a pool."""
    if workers == 1:
        for job in todo:
            if cancel.cancelled:
                return
            yield job.source, _safe(job, out_dir, options)
        return
    ctx = multiprocessing.get_context("spawn")  # no fork: safe with Qt threads and in a frozen app
    with ProcessPoolExecutor(workers, ctx, initializer=_init_worker, initargs=(options,)) as pool:
        pending: dict[Future[BatchEntry], Job] = {}
        queue = list(todo)
        while queue or pending:
            while queue and len(pending) < workers * 2 and not cancel.cancelled:
                job = queue.pop(0)
                pending[pool.submit(_safe, job, out_dir, options)] = job
            if cancel.cancelled:
                queue.clear()
                for fut in [f for f in pending if f.cancel()]:  # not started yet: it never will be
                    pending.pop(fut)
            if not pending:
                break
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for fut in done:
                job = pending.pop(fut)
                try:
                    entry = fut.result()
                except Exception as exc:  # noqa: BLE001 - a crashed worker must not lose the other files
                    entry = BatchEntry(job.name, "error", reason=f"the worker failed ({exc})")
                yield job.source, entry


def _safe(job: Job, out_dir: Path, options: BatchOptions) -> BatchEntry:
    """One file, whatever happens: an error becomes that file's entry and the batch goes on; its memory is given back
    to the system before the next one (``give_back_memory``)."""
    try:
        return process_one(job.source, job.name, job.rel, out_dir, options, ours=job.ours)
    except PrivacyGuardError as exc:
        return BatchEntry(job.name, "error", reason=exc.reason)
    except OSError as exc:
        return BatchEntry(job.name, "error", reason=f"cannot write the copy ({exc.strerror or exc})")
    except Exception as exc:  # noqa: BLE001 - one photo must never stop the batch or its report
        return BatchEntry(job.name, "error", reason=f"internal error while checking this file ({type(exc).__name__})")
    finally:
        give_back_memory()


class _Ticker:
    """Progress with a rate (files per minute) and the time left, from files actually processed."""

    def __init__(self, progress: ProgressCallback, total: int, skipped: int, started: float) -> None:
        self.progress, self.total, self.done, self.skipped, self.started = progress, total, skipped, skipped, started
        progress(Progress("batch", self.done, total))

    def tick(self, path: str) -> None:
        self.done += 1
        worked = self.done - self.skipped
        elapsed = time.monotonic() - self.started
        rate = worked / elapsed * 60 if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate * 60 if rate > 0 else None
        self.progress(Progress("batch", self.done, self.total, path, rate, left))
