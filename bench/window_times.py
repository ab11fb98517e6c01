"""The window as a GP uses it, timed: start, models ready, check a draft and 4 photos, add a photo, name someone more in
the draft, clean, reword the draft and clean again.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python bench/window_times.py [--runs 3]

Each run starts a fresh process with the real window (QSettings and the journal in a temporary folder).
Photos are made as in bench/stages.py (a face on a textured background): three of 2 MP and one of 12 MP.
Prints the median of each step, and the longest the window went without answering (its event loop waiting for the
interpreter) while the models load and while it checks and cleans.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

DRAFT = "#DocTocToc Léa Martin, 3 ans, vue ce matin aux urgences du CH de Dax : éruption depuis hier. Vos avis ?"
RENAMED = DRAFT.replace("hier.", "hier, comme sa sœur Inès Girod.")  # a name more: the post's identifiers change
REWORDED = RENAMED.replace("Vos avis ?", "Qu'en pensez-vous ?")  # the same identifiers, the same choices


def one(folder: Path) -> None:
    """In a fresh process: the window's steps, printed as JSON."""
    start = time.perf_counter()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from privacyguard.gui.main_window import MainWindow
    from privacyguard.gui.settings import AppSettings

    QCoreApplication.setOrganizationName("privacyguard-bench")
    app = QApplication(sys.argv[:1])
    w = MainWindow(AppSettings())
    w.show()
    app.processEvents()
    shown = time.perf_counter()
    w.c.load_models()

    frozen = [0.0]  # the longest the window went without answering (its event loop not run) in the current steps

    def wait(until: object) -> float:
        t = last = time.perf_counter()
        while not until():  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.01)
            now = time.perf_counter()
            frozen[0] = max(frozen[0], now - last - 0.01)
            last = now
        return time.perf_counter() - t

    ready = wait(lambda: bool(w.c.status) and not w.c.queue.busy())
    frozen_loading, frozen[0] = frozen[0], 0.0
    photos = sorted(folder.glob("*.jpg"))
    w.draft.setPlainText(DRAFT)
    t = time.perf_counter()
    w.intake.add_paths(photos[:3])
    wait(lambda: w.c.review is not None and len(w.c.review.report.photos) == 3 and not w.c.queue.busy())
    check3 = time.perf_counter() - t
    t = time.perf_counter()
    w.intake.add_paths(photos[3:4])  # the 12 MP one
    wait(lambda: w.c.review is not None and len(w.c.review.report.photos) == 4 and not w.c.queue.busy())
    add = time.perf_counter() - t
    t = time.perf_counter()
    w.draft.setPlainText(RENAMED)
    w.check()
    wait(lambda: w.c.review is not None and w.c.text == RENAMED and not w.c.queue.busy())
    renamed = time.perf_counter() - t
    t = time.perf_counter()
    w.clean_all()
    wait(lambda: w.c.review is not None and w.c.review.cleaned is not None and not w.c.queue.busy())
    clean = time.perf_counter() - t
    t = time.perf_counter()
    w.draft.setPlainText(REWORDED)
    w.clean_all()  # the draft changed: checked, then cleaned
    wait(lambda: w.c.review is not None and w.c.text == REWORDED and w.c.review.cleaned is not None and not w.c.queue.busy())
    again = time.perf_counter() - t
    w.c.close()
    print(json.dumps({"window appears": shown - start, "models ready after it appears": ready,
                      "check a draft + 3 photos (2 MP)": check3, "add a 12 MP photo (4th)": add,
                      "a name added to the draft, checked again with the 4 photos": renamed,
                      "clean everything + re-check, 4 photos": clean,
                      "the draft reworded after cleaning, checked and cleaned again": again,
                      "longest freeze of the window while the models load": frozen_loading,
                      "longest freeze of the window while it checks and cleans": frozen[0]}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one(args.one)
        return
    from PIL import Image

    from stages import make_photo  # here, not at the top: the timed process imports only what the app imports

    with tempfile.TemporaryDirectory() as d:
        folder = Path(d) / "photos"
        folder.mkdir()
        for n, size in enumerate(((1632, 1224), (1632, 1224), (1632, 1224), (4000, 3000))):
            p = make_photo(folder, size)
            # three different files (saved at other qualities), not one: the same file is looked at once
            Image.open(p).save(folder / f"{n}-{p.name}", quality=90 + n)
            p.unlink()
        env = {**os.environ, "PRIVACYGUARD_HOME": str(Path(d) / "home"), "XDG_CONFIG_HOME": str(Path(d) / "config")}
        runs = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--one", str(folder)], capture_output=True, text=True, env=env, check=True)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    for step in runs[0]:
        print(f"{step}: {statistics.median(r[step] for r in runs):.1f} s (median of {len(runs)})")


if __name__ == "__main__":
    main()
