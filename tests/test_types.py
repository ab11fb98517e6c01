from __future__ import annotations

import pytest

from privacyguard.core.report import Decisions, ItemReport
from privacyguard.core.types import RAN, BBox, Category, Finding, Severity, unavailable


@pytest.mark.parametrize(("a", "b", "iou"), [
    (BBox(0, 0, 10, 10), BBox(0, 0, 10, 10), 1.0),
    (BBox(0, 0, 10, 10), BBox(10, 10, 20, 20), 0.0),
    (BBox(0, 0, 10, 10), BBox(5, 0, 15, 10), 50 / 150),
])
def test_iou(a: BBox, b: BBox, iou: float) -> None:
    assert a.iou(b) == pytest.approx(iou)


def test_pad_and_clip() -> None:
    assert BBox(10, 10, 20, 30).pad(0.5, 0.5, 0.5, 0.5) == BBox(5, 0, 25, 40)
    assert BBox(-5, -5, 50, 50).clip(40, 30) == BBox(0, 0, 40, 30)


def test_inverted_box_refused() -> None:
    with pytest.raises(ValueError, match="inverted"):
        BBox(10, 0, 5, 5)


def _finding(fid: str, severity: Severity, boxed: bool = True) -> Finding:
    box = BBox(0, 0, 5, 5) if boxed else None
    return Finding(fid, Category.FACE, severity, 0.9, "x", "fake", box, box)


def test_default_decisions_redact_high_and_medium_boxed_findings() -> None:
    item = ItemReport("p", "ok", findings=(_finding("a", Severity.HIGH), _finding("b", Severity.MEDIUM),
                                           _finding("c", Severity.LOW), _finding("d", Severity.HIGH, boxed=False)))
    assert [f.id for f in Decisions().chosen(item)] == ["a", "b"]
    assert [f.id for f in Decisions(redact=frozenset({"c"})).chosen(item)] == ["c"]


@pytest.mark.parametrize(("checks", "findings", "clean"), [
    ({"faces": RAN, "metadata": RAN}, (), True),
    ({"faces": RAN, "metadata": RAN}, (_finding("a", Severity.LOW),), False),
    ({"faces": unavailable("no model"), "metadata": RAN}, (), False),  # fail closed
])
def test_item_is_clean_only_when_every_check_ran_and_nothing_was_found(checks: dict[str, str], findings: tuple[Finding, ...],
                                                                        clean: bool) -> None:
    assert ItemReport("p", "ok", checks=checks, findings=findings).clean is clean


def test_error_item_is_never_clean() -> None:
    assert not ItemReport("p", "error", error="bad").clean
