"""Long work off the GUI thread: one queue, so a check submitted while the models load waits for them."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from privacyguard.core.errors import Cancelled, PrivacyGuardError
from privacyguard.core.progress import CancelToken, Progress
from privacyguard.gui.messages import said


class TaskSignals(QObject):
    progress = Signal(object)  # Progress
    done = Signal(object)  # the function's result
    failed = Signal(str)  # a message for the doctor (names the file and the reason)
    cancelled = Signal()


class Task(QRunnable):
    """Runs ``fn(progress=..., cancel=...)`` in the queue; results and errors come back as signals."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.cancel = CancelToken()
        self.setAutoDelete(False)

    def _progress(self, p: Progress) -> None:
        self.signals.progress.emit(p)

    def run(self) -> None:
        try:
            result = self.fn(progress=self._progress, cancel=self.cancel)
        except Cancelled:
            self.signals.cancelled.emit()
        except PrivacyGuardError as exc:
            self.signals.failed.emit(said(exc))  # the file, and why in the doctor's language
        except Exception as exc:  # noqa: BLE001 - an unexpected error must reach the doctor, not vanish in a thread
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc(limit=3)}")
        else:
            self.signals.done.emit(result)


class TaskQueue(QObject):
    """One worker thread: tasks run one after the other, never on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: list[Task] = []

    def submit(self, fn: Callable[..., Any], done: Callable[[Any], None], failed: Callable[[str], None],
               progress: Callable[[Progress], None] | None = None) -> Task:
        task = Task(fn)
        for sig in (task.signals.done, task.signals.failed, task.signals.cancelled):  # first: handlers see the queue idle
            sig.connect(lambda *_, t=task: self._running.remove(t) if t in self._running else None)
        task.signals.done.connect(done)
        task.signals.failed.connect(failed)
        if progress:
            task.signals.progress.connect(progress)
        self._running.append(task)
        self.pool.start(task)
        return task

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
