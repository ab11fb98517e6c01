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


def test_gazetteers_match_models_md_and_the_loader() -> None:
    from privacyguard.detectors.text.gazetteers import FILES

    table = (ROOT / "models" / "MODELS.md").read_text()
    for name, digest in FILES.items():
        row = next(line for line in table.splitlines() if line.startswith(f"| `gazetteers/{name}`"))
        assert re.findall(r"`([0-9a-f]{64})`", row)[-1] == digest == hashlib.sha256((ROOT / "models" / "gazetteers" / name).read_bytes()).hexdigest()


def test_a_damaged_name_list_makes_the_text_check_unavailable(monkeypatch, tmp_path) -> None:
    import gzip

    from privacyguard.core.errors import DetectorUnavailableError
    from privacyguard.detectors.text import gazetteers

    (tmp_path / "models" / "gazetteers").mkdir(parents=True)
    for name in gazetteers.FILES:
        (tmp_path / "models" / "gazetteers" / name).write_bytes(gzip.compress(b"martin\n"))
    monkeypatch.setattr("privacyguard.detectors.text.gazetteers.resource_path", lambda rel: tmp_path / rel)
    gazetteers.first_names.cache_clear()
    try:
        import pytest

        with pytest.raises(DetectorUnavailableError, match="damaged"):
            gazetteers.first_names()
    finally:
        gazetteers.first_names.cache_clear()
