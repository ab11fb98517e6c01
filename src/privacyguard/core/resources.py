"""One door to files shipped with the app, in the source tree and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def _roots() -> list[Path]:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return [Path(frozen)]
    here = Path(__file__).resolve()
    # src/privacyguard/core/resources.py -> repository root (editable install / source tree)
    return [here.parents[3], here.parents[1] / "_data"]


def resource_path(relative: str) -> Path:
    """Absolute path of ``models/...`` or ``assets/...``; raises FileNotFoundError if absent."""
    for root in _roots():
        candidate = root / relative
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"resource not found: {relative}")
