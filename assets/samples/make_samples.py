"""Rebuild ``consultation.jpg``: a real face with identifying metadata, for the README's run command.

The photo is Grace Hopper's official portrait (US Navy, public domain) as shipped in
matplotlib's sample data. It is re-encoded rotated 90° with EXIF orientation 6 (as phones
store portraits), and exiftool adds GPS, serial numbers, dates, an owner, an XMP face region
with a name, IPTC fields, a comment and a thumbnail. Run from the repository root:
``.venv/bin/python assets/samples/make_samples.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib.cbook
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from builders import add_identifying_metadata  # noqa: E402


def main() -> None:
    out = ROOT / "assets" / "samples" / "consultation.jpg"
    with Image.open(matplotlib.cbook.get_sample_data("grace_hopper.jpg")) as im:
        rotated = im.convert("RGB").rotate(90, expand=True)  # stored sideways ...
        exif = Image.Exif()
        exif[0x0112] = 6  # ... and displayed upright by orientation 6
        rotated.save(out, "JPEG", quality=92, exif=exif.tobytes())
    add_identifying_metadata(out)
    print("wrote", out)


if __name__ == "__main__":
    main()
