"""Is a content file internal ("lưu hành nội bộ")? Pure; the same rule as the checker's VN070."""

from __future__ import annotations

from vntext import fold_diacritics

# Values of ``Visibility`` that mark a file internal, and those that declare it public.
INTERNAL_VALUES = frozenset({"internal", "noi-bo", "nội bộ", "lưu hành nội bộ", "private"})
PUBLIC_VALUES = frozenset({"public", "công khai", "cong-khai"})
_PHRASE = "luu hanh noi bo"


def internal_mark(path: str, visibility: object = None) -> tuple[int, str] | None:
    """``(line, Vietnamese message)`` if the file at ``path`` is internal, else ``None``.

    Internal: ``Visibility`` is one of INTERNAL_VALUES, or (unless ``Visibility`` says public)
    the text says "lưu hành nội bộ" in any spelling of its diacritics or case.
    """
    from portal_content.source import decode_source

    with open(path, "rb") as handle:
        text = decode_source(path, handle.read())
    lines = text.split("\n")
    value = " ".join(str(visibility).split()).lower() if visibility is not None else ""
    if value in INTERNAL_VALUES:
        number = next(
            (i for i, line in enumerate(lines, 1) if line.lower().startswith("visibility:")), 1
        )
        return number, (
            f"bài đánh dấu `Visibility: {visibility}` (lưu hành nội bộ) không bao giờ được "
            "xuất bản; bản dựng xuất bản từ chối. Hãy để `Status: draft`"
        )
    if value in PUBLIC_VALUES:
        return None
    if _PHRASE not in fold_diacritics(text).lower():  # one pass over the whole text
        return None
    for number, line in enumerate(lines, start=1):
        if _PHRASE in fold_diacritics(line).lower():
            return number, (
                'bài có ghi "lưu hành nội bộ" nên không được xuất bản; bản dựng xuất bản từ '
                "chối. Hãy để `Status: draft`, hoặc ghi `Visibility: public` nếu đã được phép"
            )
    return None
