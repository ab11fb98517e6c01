"""Turn ``drafts.txt`` (one draft a line, spans marked [[text|LABEL|severity]]) into ``text_drafts.jsonl``.

Written for privacyguard's own development and tests; every name, number and place is invented.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\|(high|medium|low)\]\]")


def parse(line: str, n: int) -> dict[str, object]:
    text, spans, pos = "", [], 0
    for m in MARK.finditer(line):
        text += line[pos : m.start()]
        start = len(text)
        text += m.group(1)
        spans.append({"start": start, "end": len(text), "label": m.group(2), "severity": m.group(3)})
        pos = m.end()
    text += line[pos:]
    return {"id": f"own{n:03d}", "text": text, "spans": spans}


def main() -> None:
    here = Path(__file__).parent
    lines = [ln for ln in (here / "drafts.txt").read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    with (here / "text_drafts.jsonl").open("w") as out:
        for n, line in enumerate(lines, 1):
            out.write(json.dumps(parse(line, n), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
