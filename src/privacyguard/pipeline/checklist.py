"""What no detector sees but a patient recognises: the distinctive marks a doctor is asked about, photo by photo.

A tattoo, a ring, a scar, a hairstyle, the room, a reflection in glasses or a screen, a document lying
in the background: human moderators (MedPics, Figure 1) ask these questions before a case goes out.
Where a cheap signal exists, the mark comes with a hint (the doctor is shown it first):
- text was read in the photo: a document or a screen is there;
- a code was found: a label, a wristband or a document;
- a face touches the frame: someone is only partly in the picture (hair, clothing, an ear).
"""

from __future__ import annotations

from dataclasses import replace

from privacyguard.core.report import ItemReport
from privacyguard.core.types import Category

MARKS = ("tattoo", "jewellery", "scar_birthmark", "hair_clothing", "room_view", "reflection", "document_screen")
EDGE = 0.02  # a face box this close to the frame (share of the side) is cut by it


def _face_cut_by_frame(item: ItemReport) -> bool:
    for f in item.findings:
        if f.category is Category.FACE and f.box is not None and item.width and item.height:
            mx, my = item.width * EDGE, item.height * EDGE
            if f.box.x1 <= mx or f.box.y1 <= my or f.box.x2 >= item.width - mx or f.box.y2 >= item.height - my:
                return True
    return False


def hints(item: ItemReport) -> dict[str, bool]:
    """Each mark of the checklist, and whether something in the photo points at it."""
    text = any(f.category in (Category.TEXT, Category.BARCODE) for f in item.findings)
    return {"tattoo": False, "jewellery": False, "scar_birthmark": False, "hair_clothing": _face_cut_by_frame(item),
            "room_view": False, "reflection": False, "document_screen": text}


def with_checklist(item: ItemReport) -> ItemReport:
    """A photo item with its checklist (none for an unreadable file or a draft)."""
    if item.status != "ok" or item.format == "TEXT":
        return item
    return replace(item, checklist=tuple(hints(item).items()))
