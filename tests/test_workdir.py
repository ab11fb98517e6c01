"""The private folders of cleaned copies and pasted images: nothing stays in the temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from privacyguard.core import workdir

MAKE = ("from privacyguard.pipeline.post import PostChecker\nfolder = PostChecker().workdir\n"
        "(folder / '1-dupont.cleaned.jpg').write_bytes(b'pixels')\nprint(folder, flush=True)\n")


def _run(code: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True)


def _left(tmp: Path) -> list[Path]:
    return sorted(p for p in tmp.iterdir() if p.name.startswith("privacyguard-"))


def test_a_post_checker_never_closed_leaves_nothing_when_the_program_ends(tmp_path: Path) -> None:
    """A script (or a quit that skips the window's close) ends without PostChecker.close: its cleaned copies go too."""
    made = Path(_run(MAKE, tmp_path).stdout.strip())
    assert made.parent == tmp_path
    assert _left(tmp_path) == []


def test_the_folder_of_a_killed_program_goes_at_the_next_start(tmp_path: Path) -> None:
    killed = Path(_run(MAKE + "import os\nos._exit(0)\n", tmp_path).stdout.strip())  # no exit handler runs: as if killed
    assert (killed / "1-dupont.cleaned.jpg").exists()
    mine = workdir.make(tmp_path)
    try:
        assert not killed.exists()
        assert _left(tmp_path) == [mine]
    finally:
        workdir.remove(mine)
    assert not mine.exists()


def test_a_running_program_keeps_its_folder_and_a_foreign_folder_is_left_alone(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path), "TEMP": str(tmp_path), "TMP": str(tmp_path)}
    live = subprocess.Popen([sys.executable, "-c", MAKE + "import sys\nsys.stdin.read()\n"], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert live.stdout is not None
        running = Path(live.stdout.readline().strip())
        foreign = tmp_path / (workdir.PREFIX + "not-ours")  # no lock file: being made, or someone else's
        foreign.mkdir()
        assert workdir.sweep(tmp_path) == []
        assert (running / "1-dupont.cleaned.jpg").exists() and foreign.exists()
    finally:
        live.communicate("", timeout=60)
    assert not running.exists()  # gone with its program


def test_the_window_terminated_removes_its_cleaned_copies(tmp_path: Path) -> None:
    """A logout or ``kill`` closes the window as the doctor would: the private folder goes with it."""
    import signal
    import time

    env = {**os.environ, "TMPDIR": str(tmp_path), "TEMP": str(tmp_path), "TMP": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "PRIVACYGUARD_HOME": str(tmp_path / "home")}
    window = subprocess.Popen([sys.executable, "-c", "import sys\nfrom privacyguard.gui.app import main\nsys.exit(main([]))"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        end = time.monotonic() + 120
        while not _left(tmp_path) and time.monotonic() < end and window.poll() is None:
            time.sleep(0.2)
        folders = _left(tmp_path)
        assert folders, "the window made no private folder"
        (folders[0] / "1-dupont.cleaned.jpg").write_bytes(b"pixels")
        time.sleep(1)
        window.send_signal(signal.SIGTERM)
        window.wait(timeout=90)
    finally:
        if window.poll() is None:
            window.kill()
    assert window.returncode == 0
    assert _left(tmp_path) == []
