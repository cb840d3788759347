"""A saved page's lead photo becomes the article's ``Image`` (pure).

The photo the page names for sharing (its ``og:image``, when it was saved with the page) leads
the report; without one, the first photo of the article. With the caption printed under it,
it is taken out of the body and given as ``Image``, ``Image_alt``, ``Image_caption`` and
``Image_credit`` (the "Ảnh: …" part of the caption). The other photos stay in the body.
"""

from __future__ import annotations

from portal_photos.fields import PHOTO_SUFFIXES, split_credit

from importer.models import Block, BlockKind


def lead_photo(
    blocks: tuple[Block, ...], title: str, preferred: str = ""
) -> tuple[list[tuple[str, str]], tuple[Block, ...]]:
    """``([(key, value)…], remaining blocks)``; no fields when the report has no photo.
    ``preferred``: the content path of the page's ``og:image``, if it was saved."""
    if preferred and not preferred.lower().endswith(PHOTO_SUFFIXES):
        preferred = ""
    images = [i for i, b in enumerate(blocks) if b.kind is BlockKind.IMAGE]
    chosen = next((i for i in images if blocks[i].src == preferred), None) if preferred else None
    if chosen is None and preferred:
        # Shared photo not in the body (only in the page's head): it leads, with the title.
        return [("Image", preferred), ("Image_alt", title)], blocks
    if chosen is None and images:
        chosen = images[0]
    if chosen is None or not blocks[chosen].src.lower().endswith(PHOTO_SUFFIXES):
        return [], blocks
    block = blocks[chosen]
    after = blocks[chosen + 1] if chosen + 1 < len(blocks) else None
    printed = after.text if after is not None and after.kind is BlockKind.CAPTION else ""
    caption, credit = split_credit(printed)
    used = chosen + 2 if printed else chosen + 1
    alt = " ".join(block.text.split()) or caption or title
    fields = [
        ("Image", block.src),
        ("Image_alt", alt),
        ("Image_caption", caption),
        ("Image_credit", credit),
    ]
    return [(k, v) for k, v in fields if v], blocks[:chosen] + blocks[used:]
