"""Command line: ``python -m citations [--json] [--date YYYY-MM-DD] FILE…`` (script ``citations``).

Without ``--json``: a readable Vietnamese table per file. With ``--json``: one JSON object per
input file, one per line, with the keys of the contract (issue 4), new keys after them (issue
14). ``--date`` is the articles' date (fixes the term of plenum references). A file that is not
UTF-8 (or cannot be read) gets a Vietnamese error on stderr naming it; the other files are still
processed and the exit status is 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from types import MappingProxyType

from .canonical import nfc
from .extract import extract
from .models import Citation, Extraction, Mention, Reference, System

_SYSTEM_VI = MappingProxyType({System.PARTY: "Đảng", System.STATE: "Nhà nước"})
_KIND_VI = MappingProxyType(
    {
        "plenum": "Hội nghị Trung ương",
        "congress": "Đại hội",
        "number_only": "chỉ có số",
        "number_and_plenum": "số và Hội nghị Trung ương",
    }
)


def _mention_json(m: Mention) -> dict:
    return {"text": m.text, "start": m.start, "end": m.end}


def _document_json(c: Citation) -> dict:
    return {
        "id": c.id,
        "type": c.type,
        "system": c.system.value,
        "issuer": c.issuer,
        "date": c.date,
        "term": c.term,
        "key": c.key,
        "mentions": [_mention_json(m) for m in c.mentions],
        "issuer_implied": c.issuer_implied,
    }


def _reference_json(r: Reference) -> dict:
    return {
        "label": r.label,
        "kind": r.kind.value,
        "resolves_to": r.resolves_to,
        "mentions": [_mention_json(m) for m in r.mentions],
        "type": r.type,
        "term": r.term,
        "issuer": r.issuer,
        "number": r.number,
        "resolved_by": r.resolved_by,
        "problem": r.problem,
    }


def to_json(path: str, result: Extraction) -> str:
    """One line of JSON for one file (keys exactly as the contract states)."""
    obj = {
        "file": path,
        "documents": [_document_json(c) for c in result.documents],
        "references": [_reference_json(r) for r in result.references],
    }
    return json.dumps(obj, ensure_ascii=False)


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return out


def to_text(path: str, result: Extraction) -> str:
    """Readable Vietnamese report for one file."""
    out = [f"Tệp: {path}"]
    if result.documents:
        out.append(f"Văn bản có số hiệu: {len(result.documents)}")
        rows = [
            [
                c.id,
                c.type,
                _SYSTEM_VI[c.system],
                c.issuer or "—",
                c.date or "—",
                c.term or "—",
                str(len(c.mentions)),
            ]
            for c in result.documents
        ]
        header = ["Số hiệu", "Loại", "Hệ thống", "Cơ quan ban hành", "Ngày", "Khóa", "Lần nhắc"]
        out += ["  " + line for line in _table(rows, header)]
    else:
        out.append("Văn bản có số hiệu: không có")
    if result.references:
        out.append(f"Tham chiếu không có số hiệu: {len(result.references)}")
        rows = [
            [r.label, _KIND_VI[r.kind.value], r.resolves_to or "—", str(len(r.mentions))]
            for r in result.references
        ]
        header = ["Tham chiếu", "Dạng", "Ứng với", "Lần nhắc"]
        out += ["  " + line for line in _table(rows, header)]
    else:
        out.append("Tham chiếu không có số hiệu: không có")
    return "\n".join(out)


def _iso_date(value: str) -> str:
    if not re.fullmatch(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])", value):
        raise argparse.ArgumentTypeError(f"ngày {value!r} không hợp lệ: viết YYYY-MM-DD")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="citations",
        description="Tìm các văn bản của Đảng và Nhà nước được trích dẫn trong bài viết.",
    )
    p.add_argument("--json", action="store_true", help="in mỗi tệp thành một dòng JSON")
    p.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="ngày đăng bài (xác định khóa của các nghị quyết Trung ương không ghi khóa)",
    )
    p.add_argument("files", nargs="+", metavar="TỆP", help="tệp văn bản UTF-8")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status (0, or 2 when some file could not be read)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = _parser().parse_args(argv)
    status = 0
    for i, path in enumerate(args.files):
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            print(f"Lỗi: không đọc được tệp {path}: {exc.strerror or exc}", file=sys.stderr)
            status = 2
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            print(
                f"Lỗi: tệp {path} không phải văn bản UTF-8 hợp lệ (byte lỗi ở vị trí "
                f"{exc.start}); hãy chuyển tệp sang UTF-8 rồi chạy lại. Đã bỏ qua tệp này.",
                file=sys.stderr,
            )
            status = 2
            continue
        result = extract(nfc(text), date=args.date)
        if args.json:
            print(to_json(path, result), flush=True)
        else:
            if i:
                print()
            print(to_text(path, result), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
