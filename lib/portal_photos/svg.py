"""Is an SVG file safe to publish as a file? (pure: the standard library only)

An SVG opened directly (not through ``<img>``) is a document: its scripts run with the
site's origin. The file is parsed as XML, as a browser parses ``image/svg+xml``, and refused
at the first thing that can run script: a ``script``, ``foreignObject``, ``iframe``,
``embed``, ``object`` or ``handler`` element (whatever its namespace prefix), an ``on…``
event attribute, a ``javascript:``/``vbscript:`` address in any attribute (``href``,
``values`` of an animation…), a document type with entities, or a file that is not
well-formed XML, and an ``xml-stylesheet`` instruction. A plain drawing passes.
"""

from __future__ import annotations

import re
from xml.parsers import expat

_ELEMENTS = frozenset({"script", "foreignobject", "iframe", "embed", "object", "handler"})
_URL_SCHEME = re.compile(r"(?:java|vb)script:")
_INVISIBLE = re.compile(r"[\s\x00-\x1f]+")


class _Unsafe(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line, self.reason = line, reason


def svg_problem(data: bytes) -> tuple[int, str] | None:
    """``(line, Vietnamese reason)`` of the first thing that could run script, else None."""
    parser = expat.ParserCreate()

    def start(name: str, attrs: dict[str, str]) -> None:
        line = parser.CurrentLineNumber
        local = name.rsplit(":", 1)[-1].lower()
        if local in _ELEMENTS:
            raise _Unsafe(line, f"có thẻ <{name}> (chạy được mã lệnh)")
        for key, value in attrs.items():
            if key.rsplit(":", 1)[-1].lower().startswith("on"):
                raise _Unsafe(line, f"thẻ <{name}> có thuộc tính sự kiện {key}=")
            if _URL_SCHEME.search(_INVISIBLE.sub("", value).lower()):
                raise _Unsafe(line, f"thẻ <{name}> có địa chỉ javascript: trong {key}=")

    def doctype(name, system_id, public_id, has_internal_subset) -> None:
        if has_internal_subset or system_id:
            raise _Unsafe(parser.CurrentLineNumber, "có khai báo DOCTYPE với thực thể (ENTITY)")

    def entity(*_args) -> None:
        raise _Unsafe(parser.CurrentLineNumber, "có khai báo thực thể (ENTITY)")

    def instruction(target: str, _data: str) -> None:
        if target.lower() == "xml-stylesheet":
            raise _Unsafe(parser.CurrentLineNumber, "có chỉ thị xml-stylesheet")

    parser.StartElementHandler = start
    parser.ProcessingInstructionHandler = instruction
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    try:
        parser.Parse(data, True)
    except _Unsafe as exc:
        return exc.line, exc.reason
    except expat.ExpatError as exc:
        return exc.lineno or 1, f"không phải SVG (XML) hợp lệ: {expat.ErrorString(exc.code)}"
    return None
