"""Where a cleaned copy goes: its name beside the source or in an output folder, the name of a copy that could not be
verified, and the last rename (never onto an original or a file this program did not write)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from privacyguard.core.errors import OutputError
from privacyguard.images.save import extension, refuse_protected


def output_path(source: str | Path, out_dir: str | Path | None, fmt: str) -> Path:
    """``NAME.cleaned.EXT`` beside the source, or inside ``out_dir``."""
    src = Path(source)
    folder = Path(out_dir) if out_dir is not None else src.parent
    return folder / f"{src.stem}.cleaned{extension(fmt)}"


def unverified_name(target: Path, folder: Path | None) -> Path | None:
    """Where a copy that could not be verified goes: a name that says so, in its own folder (or nowhere)."""
    if folder is None:
        return None
    return folder / f"{target.stem.removesuffix('.cleaned')}.non_verifie{target.suffix}"


def place(pending: Path, final: Path | None, protected: Sequence[Path], replace_existing: bool) -> Path | None:
    """Rename the checked copy to its final name (never onto a protected file), or delete it."""
    if final is None:
        pending.unlink(missing_ok=True)
        return None
    if final.exists() and not replace_existing:
        raise OutputError("a file with this name is already there and was not written by privacyguard: not replaced", str(final))
    refuse_protected(final, protected)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(pending, final)
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror or exc})", str(final)) from None
    return final
