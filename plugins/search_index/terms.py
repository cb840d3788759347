"""Search terms for Pagefind, which folds tone marks but keeps "đ" and splits on punctuation.

Pure functions over strings: they import nothing from Pelican.
"""

from __future__ import annotations

from vntext import fold_diacritics, slugify_vi


def fold_for_search(text: str) -> str:
    """The text with every Vietnamese diacritic folded, "đ" included: "Đảng ủy" -> "Dang uy".

    Pagefind already folds tone marks ("ủy" matches "uy") but treats "đ" as its own letter, so
    an unaccented query "dang uy" would miss "Đảng ủy" without this folded copy.
    """
    return " ".join(fold_diacritics(text).split())


def document_number_variants(document_id: str) -> tuple[str, ...]:
    """Ways a reader may type a document number: as printed, folded and as a slug.

    "98-QĐ/TW" -> ("98-QĐ/TW", "98-QD/TW", "98-qd-tw"). Pagefind indexes each variant both as a
    whole word and as its parts, so "98-QĐ/TW", "98-qd-tw" and "98 qđ tw" all find it.
    """
    variants: list[str] = []
    for variant in (document_id.strip(), fold_for_search(document_id), slugify_vi(document_id)):
        if variant and variant not in variants:
            variants.append(variant)
    return tuple(variants)
