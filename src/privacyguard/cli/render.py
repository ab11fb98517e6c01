"""Readable terminal output for reports (the JSON form is ``Report.to_dict``)."""

from __future__ import annotations

from privacyguard.core.report import CleanResult, ItemReport
from privacyguard.core.types import RAN


def verdict(item: ItemReport) -> str:
    """One line a doctor can act on."""
    if item.status != "ok":
        return f"ERROR: {item.error}"
    parts = []
    if item.findings:
        parts.append(f"{len(item.findings)} finding(s)")
    if item.unchecked:
        parts.append("not checked: " + ", ".join(item.unchecked))
    return "CLEAN" if item.clean else "NOT CLEAN: " + "; ".join(parts)


def render_item(item: ItemReport) -> str:
    lines = [f"{item.path}"]
    if item.status != "ok":
        lines.append(f"  ERROR: {item.error}")
        return "\n".join(lines)
    lines[0] += f"  ({item.width}×{item.height} {item.format})"
    for f in item.findings:
        box = "" if f.box is None else " [" + ", ".join(map(str, f.box.as_list())) + "]"
        lines.append(f"  {f.id:<8} {f.category.value:<9} {f.severity.value:<6} {f.detail}{box}")
    checks = " · ".join(f"{k} {'ran' if v == RAN else v}" for k, v in item.checks.items())
    lines.append(f"  checks: {checks}")
    lines.extend(f"  note: {n}" for n in item.notes)
    lines.append(f"  verdict: {verdict(item)}")
    return "\n".join(lines)


def render_clean(result: CleanResult) -> str:
    if result.status != "ok":
        return f"  cleaned copy NOT written: {result.error}"
    if result.output is None:
        lines = ["  cleaned copy NOT written: the re-check could not verify it"]
    elif result.verified:
        lines = [f"  cleaned copy: {result.output} ({len(result.redacted)} region(s) redacted, metadata removed)"]
    else:
        lines = [f"  NOT VERIFIED copy (not a clean copy): {result.output}"]
    for r in result.residual:
        lines.append(f"  STILL PRESENT: {r.detail}")
    unverified = [k for k, v in result.verification.items() if v != RAN]
    state = "verified" if result.verified else "NOT VERIFIED"
    lines.append(f"  re-check of the written file: {state}" + (f" (not re-checked: {', '.join(unverified)})" if unverified else ""))
    return "\n".join(lines)
