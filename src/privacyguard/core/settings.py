"""Options that change what the pipeline does, as frozen dataclasses."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum


class FaceSensitivity(StrEnum):
    """STANDARD is fast enough for batches; PARANOID looks at full resolution with lower thresholds."""

    STANDARD = "standard"
    PARANOID = "paranoid"


class RedactionStyle(StrEnum):
    """SOLID paints a filled box; BLUR destroys the region (coarse cells, noise, heavy blur)."""

    SOLID = "solid"
    BLUR = "blur"


class VerifyScope(StrEnum):
    """Both compare the written copy with the intended pixels. FULL (the window, ``sanitize``) reads its text and codes
    again on the whole copy, and its faces around each painted face (elsewhere the first look's face detections are
    judged again, more strictly); REGIONS (batch) checks everything again around each redaction only."""

    FULL = "full"
    REGIONS = "regions"


@dataclass(frozen=True)
class AnalysisOptions:
    """What ``analyze`` looks for."""

    face_sensitivity: FaceSensitivity = FaceSensitivity.STANDARD
    redact_all_text: bool = False
    threads: int | None = None  # threads per model; None: see model_threads (a batch worker uses 1, and runs its checks in turn)


def model_threads(threads: int | None) -> int:
    """Threads for one model's session: ``threads``, else every core. The face and text detectors run side by side, and
    each still takes every core, and no session's threads spin while they wait (detectors/base.without_spinning): on 2 cores
    a 12 MP photo is checked in 3.1-3.3 s so, against 3.7 s with spinning threads and 3.6-4.2 s with one thread each."""
    return threads or os.cpu_count() or 1


@dataclass(frozen=True)
class PersonalLists:
    """The doctor's own words: always flagged (their name, practice, town) or never flagged."""

    always: tuple[str, ...] = ()
    never: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoadLimits:
    """Inputs beyond these limits are refused before decoding (decompression bombs)."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_pixels: int = 120_000_000
