"""A metadata observation before it becomes a Finding."""

from __future__ import annotations

from dataclasses import dataclass

from privacyguard.core.types import Severity


@dataclass(frozen=True)
class MetaItem:
    """One identifying thing found in a file's metadata: where it is and what it says."""

    severity: Severity
    detail: str
    source: str


H, M, L = Severity.HIGH, Severity.MEDIUM, Severity.LOW


def clip(value: object, limit: int = 60) -> str:
    """A short printable form of a metadata value for the report."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = " ".join(str(value).replace("\x00", " ").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
