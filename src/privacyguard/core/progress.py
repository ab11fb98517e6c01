"""Progress reporting and cooperative cancellation, shared by the CLI, the GUI and batch."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from privacyguard.core.errors import Cancelled


@dataclass(frozen=True)
class Progress:
    """Where a long operation is: ``done`` of ``total`` steps, now doing ``stage`` on ``path``."""

    stage: str
    done: int
    total: int
    path: str = ""
    rate: float = 0.0  # files per minute, when known
    eta: float | None = None  # seconds left, when known


ProgressCallback = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """Set from any thread; checked by the pipeline between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled by the user")
