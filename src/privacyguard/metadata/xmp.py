"""XMP packets: positions, dates, people, face regions, edit history, embedded images."""

from __future__ import annotations

import re

from privacyguard.metadata.items import H, L, M, MetaItem, clip

# (pattern on the packet, severity, label); attribute or element forms both match
_RULES = [
    (r"exif:GPS(Latitude|Longitude)", H, "GPS position"),
    (r"mwg-rs:Regions|MP:RegionInfo|MPRI:Regions|Iptc4xmpExt:ImageRegion", H, "face or person regions (people tagged in the photo)"),
    (r"mwg-rs:Name|MPReg:PersonDisplayName|Iptc4xmpExt:PersonInImage", H, "names of people in the photo"),
    (r"GCamera:MotionPhoto|Camera:MotionPhoto|GCamera:MicroVideo|Container:Directory", H, "motion photo: a video of the moments around the shot"),
    (r"GImage:Data|GDepth:Data|hdrgm:|GainMap", H, "embedded extra image (depth map, original, gain map)"),
    (r"xmpMM:History|stEvt:", M, "edit history"),
    (r"xmpMM:(Original)?DocumentID|xmpMM:InstanceID|xmpMM:DerivedFrom", M, "document ids linking this file to its original"),
    (r"dc:creator|photoshop:AuthorsPosition|xmpRights:Owner|aux:OwnerName", H, "author / owner"),
    (r"aux:SerialNumber|exifEX:BodySerialNumber|aux:LensSerialNumber|exifEX:LensSerialNumber", H, "serial number"),
    (r"dc:description|dc:title|exif:UserComment|photoshop:Headline|dc:subject", H, "title, caption or keywords"),
    (r"photoshop:(City|State|Country)|Iptc4xmpCore:Location|Iptc4xmpExt:LocationShown", H, "place names"),
    (r"xmp:CreateDate|exif:DateTimeOriginal|photoshop:DateCreated|xmp:ModifyDate", M, "dates"),
    (r"tiff:Make|tiff:Model|aux:Lens|exifEX:LensModel", L, "camera make / model"),
    (r"xmp:CreatorTool", L, "software"),
]
_NAME = re.compile(r"(?:mwg-rs:Name|PersonDisplayName)\s*=\s*\"([^\"]{1,80})\"|<(?:mwg-rs:Name|MPReg:PersonDisplayName)>([^<]{1,80})<")


def audit_xmp(packet: bytes | str, where: str = "XMP") -> list[MetaItem]:
    """Findings for one XMP packet (text of any encoding Pillow hands over)."""
    text = packet.decode("utf-8", "replace") if isinstance(packet, bytes) else packet
    items: list[MetaItem] = []
    for pattern, severity, label in _RULES:
        if re.search(pattern, text):
            detail = label
            if "names of people" in label:
                names = [a or b for a, b in _NAME.findall(text)]
                if names:
                    detail = f"{label}: {clip(', '.join(names))}"
            items.append(MetaItem(severity, f"{detail} ({where})", "metadata:xmp"))
    if not items and text.strip():
        items.append(MetaItem(L, f"XMP packet ({len(text)} characters) ({where})", "metadata:xmp"))
    return items
