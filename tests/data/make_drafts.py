"""Turn ``drafts.txt`` (one draft a line, spans marked [[text|LABEL|severity]]) into ``text_drafts.jsonl``.

Written for privacyguard's own development and tests; every name, number and place is invented.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\|(high|medium|low)\]\]")


def parse(line: str, n: int, prefix: str = "own") -> dict[str, object]:
    line = line.replace("\\n", "\n")  # a draft of several lines is written on one, its line breaks as \n
    text, spans, pos = "", [], 0
    for m in MARK.finditer(line):
        text += line[pos : m.start()]
        start = len(text)
        text += m.group(1)
        spans.append({"start": start, "end": len(text), "label": m.group(2), "severity": m.group(3)})
        pos = m.end()
    text += line[pos:]
    return {"id": f"{prefix}{n:03d}", "text": text, "spans": spans}


def main() -> None:
    here = Path(__file__).parent
    batches = (("drafts.txt", "text_drafts.jsonl", "own"), ("drafts2.txt", "text_drafts2.jsonl", "own2-"),
               ("drafts3.txt", "text_drafts3.jsonl", "own3-"), ("drafts4.txt", "text_drafts4.jsonl", "own4-"),
               ("drafts5.txt", "text_drafts5.jsonl", "own5-"), ("drafts6.txt", "text_drafts6.jsonl", "own6-"),
               ("drafts7.txt", "text_drafts7.jsonl", "own7-"),
               ("drafts8.txt", "text_drafts8.jsonl", "own8-"),
               ("drafts9.txt", "text_drafts9.jsonl", "own9-"),
               ("drafts10.txt", "text_drafts10.jsonl", "own10-"),
               ("drafts11.txt", "text_drafts11.jsonl", "own11-"),
               ("drafts12.txt", "text_drafts12.jsonl", "own12-"),
               ("drafts13.txt", "text_drafts13.jsonl", "own13-"),
               ("drafts14.txt", "text_drafts14.jsonl", "own14-"),
               ("drafts15.txt", "text_drafts15.jsonl", "own15-"),
               ("drafts16.txt", "text_drafts16.jsonl", "own16-"),
               ("drafts17.txt", "text_drafts17.jsonl", "own17-"),
               ("drafts18.txt", "text_drafts18.jsonl", "own18-"),
               ("drafts19.txt", "text_drafts19.jsonl", "own19-"),
               ("drafts20.txt", "text_drafts20.jsonl", "own20-"))
    for source, target, prefix in batches:
        lines = [ln for ln in (here / source).read_text().splitlines() if ln.strip() and not ln.startswith("#")]
        with (here / target).open("w") as out:
            for n, line in enumerate(lines, 1):
                out.write(json.dumps(parse(line, n, prefix), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
