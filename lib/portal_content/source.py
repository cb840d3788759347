"""Decode and normalise a content file's bytes (pure, no Pelican)."""

from __future__ import annotations

from vntext import nfc, strip_control_chars

from portal_content.errors import ContentError

_BOM = b"\xef\xbb\xbf"


def decode_source(path: str, data: bytes) -> str:
    """Return the text of a content file: UTF-8 (BOM dropped), LF line ends, NFC.

    Raises ContentError naming the line and column of the first byte that is not UTF-8,
    or of a NUL byte (a binary file named .md).
    """
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ContentError(path, line, "tệp nhị phân, không phải văn bản Markdown")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ContentError(
            path,
            line,
            f"cột {col}: byte 0x{data[exc.start]:02X} không phải UTF-8 "
            "(tệp lưu bằng bảng mã cũ như TCVN3/VNI/Windows-1258?). "
            "Hãy chuyển sang UTF-8, ví dụ bằng `invoke import`.",
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return strip_control_chars(nfc(text))
