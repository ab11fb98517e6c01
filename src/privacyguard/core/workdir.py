"""Private folders in the temporary folder (cleaned copies not yet saved, pasted images): nothing stays behind.

A folder holds patient pixels, so it goes when its owner closes it, when the program ends without closing it (a script,
a quit that skips the window's close), and, when the program was killed or crashed, at the next start: each folder
holds a lock file its process keeps locked while it lives, and a folder whose lock can be taken has no owner left.
"""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO

PREFIX = "privacyguard-work-"
LOCK = ".owner.lock"

_live: dict[Path, IO[bytes]] = {}  # each folder this process made, and its lock file held open
_guard = threading.Lock()


def _lock(fh: IO[bytes]) -> bool:
    """Lock ``fh`` for this process (True), or False when another holder has it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def make(parent: Path | None = None) -> Path:
    """A new private folder (mode 700), locked by this process and removed at exit if not before; stale ones first go."""
    sweep(parent)
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))
    fh = (folder / LOCK).open("wb")
    _lock(fh)
    with _guard:
        _live[folder] = fh
    return folder


def remove(folder: Path) -> None:
    """Delete one of our folders and everything in it (a missing one is fine)."""
    with _guard:
        fh = _live.pop(folder, None)
    if fh is not None:
        fh.close()  # the lock goes with it (Windows cannot delete an open file)
    shutil.rmtree(folder, ignore_errors=True)


def sweep(parent: Path | None = None) -> list[Path]:
    """Delete the private folders left by a process that no longer runs (killed, crashed); the ones removed.

    A folder without its lock file is one being made, or not ours: it is left alone. Another user's folders cannot be
    opened and are left alone too."""
    removed = []
    for folder in Path(parent or tempfile.gettempdir()).glob(PREFIX + "*"):
        with _guard:
            if folder in _live:
                continue
        try:
            fh = (folder / LOCK).open("rb+")
        except OSError:
            continue
        with fh:
            if not _lock(fh):
                continue  # its process is alive
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


@atexit.register
def _at_exit() -> None:
    for folder in list(_live):
        remove(folder)
