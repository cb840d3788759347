"""A saved page's lead photo becomes the article's ``Image`` (pure).

The first photo of the article (with the caption printed under it) leads the report: it is
taken out of the body and given as ``Image``, ``Image_alt``, ``Image_caption`` and
``Image_credit`` (the "Ảnh: …" part of the caption). The other photos stay in the body.
"""

from __future__ import annotations

from photos.fields import PHOTO_SUFFIXES, split_credit

from importer.models import Block, BlockKind


def lead_photo(
    blocks: tuple[Block, ...], title: str
) -> tuple[list[tuple[str, str]], tuple[Block, ...]]:
    """``([(key, value)…], remaining blocks)``; no fields when the report has no photo."""
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.IMAGE:
            continue
        if not block.src.lower().endswith(PHOTO_SUFFIXES):
            return [], blocks
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        printed = after.text if after is not None and after.kind is BlockKind.CAPTION else ""
        caption, credit = split_credit(printed)
        used = index + 2 if printed else index + 1
        alt = " ".join(block.text.split()) or caption or title
        fields = [
            ("Image", block.src),
            ("Image_alt", alt),
            ("Image_caption", caption),
            ("Image_credit", credit),
        ]
        return [(k, v) for k, v in fields if v], blocks[:index] + blocks[used:]
    return [], blocks
