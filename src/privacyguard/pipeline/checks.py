"""A detector loaded once, whose status is "ran" or "unavailable: why" (never an exception)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.types import RAN, unavailable


class Check:
    """Calls ``load`` on first use and remembers whether it worked."""

    def __init__(self, *loaders: Callable[[], None]) -> None:
        self._loaders = loaders
        self._status: str | None = None
        self._lock = threading.Lock()  # loaded once, even when several threads ask at the same time

    def status(self) -> str:
        with self._lock:
            return self._load()

    def _load(self) -> str:
        if self._status is None:
            try:
                for load in self._loaders:
                    load()
                self._status = RAN
            except DetectorUnavailableError as exc:
                self._status = unavailable(exc.reason)
        return self._status
