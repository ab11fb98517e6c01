"""Why a file could not be read or written, or a check could not run, in the doctor's words and language.

The core says why in English, for logs and the command line; the window translates each family of
reasons here (a reason not in the table is shown as it is, never hidden).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

T = QCoreApplication.translate  # T("Errors", "…"): lupdate reads these literal calls


def _table() -> list[tuple[re.Pattern[str], str]]:
    rows = [
        (r"^the file is empty", T("Errors", "the file is empty")),
        (r"^not an image privacyguard can read", T("Errors", "not a photo privacyguard can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)")),
        (r"^damaged image: it starts like an? (\w+) file", T("Errors", "damaged photo: it looks like a %1 file but cannot be opened")),
        (r"^damaged image header", T("Errors", "damaged photo: its beginning cannot be read")),
        (r"^truncated or damaged image data", T("Errors", "damaged or incomplete photo (a copy or a transfer cut short?)")),
        (r"^damaged frames after the first", T("Errors", "damaged animation: some of its images cannot be read, so they cannot be checked")),
        (r"^image has too many pixels", T("Errors", "the photo is too large to check (too many pixels)")),
        (r"^file is (\d+) MB, over the (\d+) MB limit", T("Errors", "the file is %1 MB, over the %2 MB limit")),
        (r"^(\w+) images are not supported", T("Errors", "%1 images are not supported")),
        (r"^HEIC support", T("Errors", "HEIC photos cannot be read on this computer (pillow-heif is missing)")),
        (r"^is a folder", T("Errors", "this is a folder, not a photo")),
        (r"^is an? (?:named pipe|socket|device|special file)", T("Errors", "this is a special file, not a photo")),
        (r"^file not found", T("Errors", "the file is no longer there")),
        (r"^permission denied", T("Errors", "you are not allowed to read this file")),
        (r"^cannot be read", T("Errors", "the file cannot be read")),
        (r"^refusing to overwrite an original", T("Errors", "an original would have been overwritten: nothing was written")),
        (r"^cannot write|cannot be written", T("Errors", "the file cannot be written (disk full, or a read-only folder?)")),
        (r"^a file with this name is already there", T("Errors", "a file with this name is already there and was kept")),
        (r"the journal cannot be", T("Errors", "the journal cannot be written (disk full, or a read-only folder?)")),
        (r"the OCR model .* is missing|RapidOCR is not installed", T("Errors", "the text reader is missing: text in photos was not checked")),
        (r"the detector failed on this image", T("Errors", "the detector could not process this photo")),
        (r"^unavailable", T("Errors", "this check could not run")),
    ]
    return [(re.compile(p), words) for p, words in rows]


def plain(reason: str | None) -> str:
    """``reason`` (the core's English) in the interface's language; unknown reasons as they are."""
    text = reason or ""
    for pattern, words in _table():
        m = pattern.search(text)
        if m:
            out = words
            for n, group in enumerate(m.groups(), 1):
                out = out.replace(f"%{n}", group)
            return out
    return text


def said(exc: Exception) -> str:
    """One of our errors as the window shows it: the file on one line, why on the next, in the doctor's language."""
    path, reason = getattr(exc, "path", None), getattr(exc, "reason", str(exc))
    return f"{path}\n{plain(reason)}" if path else plain(reason)
