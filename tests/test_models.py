"""Every model stored in models/ matches the checksum recorded in MODELS.md."""

from __future__ import annotations

import hashlib
import re

from conftest import ROOT


def test_stored_models_match_models_md() -> None:
    table = (ROOT / "models" / "MODELS.md").read_text()
    stored = sorted(p for p in (ROOT / "models").iterdir() if p.suffix == ".onnx")
    assert stored, "models/ holds the CenterFace model"
    for path in stored:
        row = next(line for line in table.splitlines() if line.startswith(f"| `{path.name}`"))
        expected = re.findall(r"`([0-9a-f]{64})`", row)[-1]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == expected, path.name
