"""The checks, one small pure function each: ``rule(source, context) -> list[Problem]``.

Codes are stable (README.md lists them); a new check gets a new code, never a reused one.
"""

from __future__ import annotations

import datetime as dt
import difflib
import posixpath
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote, urlsplit

from portal_content.metadata import SLUG_MAX_LENGTH, UNKNOWN_VALUES, unreadable_date_message
from portal_files.links import climbing_refusal, climbs_out
from portal_files.soft_breaks import soft_breaks_as_spaces
from vntext import fold_diacritics, parse_datetime_vn, slugify_vi

from content_check.cited_as import check_cited_as
from content_check.models import CheckSettings, Problem, Severity
from content_check.modified import check_modified
from content_check.photos import check_photo_fields
from content_check.plenum import check_plenum_references
from content_check.security import check_script
from content_check.source import Field, Source


class Kind(StrEnum):
    """What a content file is, from where it lives under content/."""

    ARTICLE = "article"
    PAGE = "page"
    RECORD = "record"  # a document record (content/van-ban/)


@dataclass(frozen=True, slots=True)
class SiteIndex:
    """What exists on the site, for link checks: source files and article/page URLs."""

    files: frozenset[str]  # every file under content/, relative, POSIX
    urls: frozenset[str]  # article, draft and page URLs, without leading "/"


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a rule may look at besides the file itself."""

    settings: CheckSettings
    kind: Kind
    relpath: str | None  # POSIX path relative to content/, None when outside it
    site: SiteIndex


Rule = Callable[[Source, Context], list[Problem]]

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_STATUSES = ("draft", "hidden", "published", "skip")
_PRECISIONS = ("day", "minute")
_FIELD_VI = {
    "title": "tiêu đề (Title)",
    "date": "ngày đăng (Date)",
    "author": "tác giả (Author)",
    "category": "chuyên mục (Category)",
    "summary": "tóm tắt (Summary)",
    "slug": "địa chỉ (Slug)",
}


def _err(src: Source, line: int, col: int, code: str, message: str) -> Problem:
    return Problem(src.path, line, col, code, Severity.ERROR, message)


def _warn(src: Source, line: int, col: int, code: str, message: str) -> Problem:
    return Problem(src.path, line, col, code, Severity.WARNING, message)


def is_draft(src: Source) -> bool:
    return (src.value("status") or "").strip().lower() == "draft"


# --- text ---------------------------------------------------------------------------------


def check_nfc(src: Source, ctx: Context) -> list[Problem]:
    """VN006: text must be in Unicode NFC (one code point per Vietnamese letter)."""
    problems = []
    for number, line in enumerate(src.lines, start=1):
        if unicodedata.is_normalized("NFC", line):
            continue
        col = next(
            (
                i
                for i in range(1, len(line))
                if unicodedata.normalize("NFC", line[i - 1 : i + 1]) != line[i - 1 : i + 1]
            ),
            1,
        )
        problems.append(
            _err(
                src,
                number,
                col,
                "VN006",
                "chữ chưa ở dạng Unicode dựng sẵn (NFC), thường do gõ trên macOS hoặc chép từ "
                "PDF; `invoke check --fix` sửa tự động",
            )
        )
    return problems


def check_control_chars(src: Source, ctx: Context) -> list[Problem]:
    """VN007: no stray control characters (they are invisible and break feeds)."""
    problems = []
    for number, line in enumerate(src.lines, start=1):
        for match in _CONTROL_RE.finditer(line):
            problems.append(
                _err(
                    src,
                    number,
                    match.start() + 1,
                    "VN007",
                    f"ký tự điều khiển vô hình U+{ord(match.group()):04X}; hãy xóa ký tự này",
                )
            )
    return problems


# --- metadata -----------------------------------------------------------------------------


def _required(ctx: Context) -> tuple[str, ...]:
    if ctx.kind is Kind.PAGE:
        return ctx.settings.required_page_keys
    return ctx.settings.required_article_keys


def check_required(src: Source, ctx: Context) -> list[Problem]:
    """VN010 no metadata block; VN011 missing and VN012 empty required metadata."""
    if ctx.kind is Kind.RECORD:
        return []
    if not src.fields:
        return [
            _err(
                src,
                1,
                1,
                "VN010",
                "thiếu phần thông tin đầu bài: dòng đầu phải là `Title: …`, mỗi dòng một "
                "`Khóa: giá trị`, rồi một dòng trống (xem docs/content-format.md)",
            )
        ]
    metadata = src.metadata
    problems = []
    end = src.fields[-1].line + 1
    for key in _required(ctx):
        name = _FIELD_VI.get(key, key)
        if key not in metadata:
            problems.append(_err(src, end, 1, "VN011", f"thiếu thông tin bắt buộc: {name}"))
        elif not metadata[key].value:
            item = metadata[key]
            problems.append(_err(src, item.line, item.value_col, "VN012", f"{name} đang để trống"))
    return problems


def check_keys(src: Source, ctx: Context) -> list[Problem]:
    """VN013 unknown key (probably a typo, warning); VN014 key given twice."""
    if ctx.kind is Kind.RECORD:
        return []
    problems = []
    seen: dict[str, Field] = {}
    known = ctx.settings.known_keys
    for item in src.fields:
        if item.key in seen:
            problems.append(
                _err(
                    src,
                    item.line,
                    1,
                    "VN014",
                    f"khóa `{item.name}` lặp lại (đã có ở dòng {seen[item.key].line}); "
                    "chỉ giữ một dòng",
                )
            )
            continue
        seen[item.key] = item
        if item.key not in known:
            close = difflib.get_close_matches(item.key, sorted(known), n=1)
            hint = f"; có phải là `{close[0].capitalize()}`?" if close else ""
            problems.append(
                _warn(src, item.line, 1, "VN013", f"khóa lạ `{item.name}`, sẽ bị bỏ qua{hint}")
            )
    return problems


def check_date(src: Source, ctx: Context) -> list[Problem]:
    """VN020 date unreadable; VN021 date without a time of day; VN022 bad Date_precision;
    VN023 an explicit offset that is not Vietnam time (warning)."""
    if ctx.kind is not Kind.ARTICLE:
        return []
    problems = []
    precision_field = src.metadata.get("date_precision")
    precision = (precision_field.value.strip().lower() if precision_field else "") or "minute"
    if precision_field and precision not in _PRECISIONS:
        problems.append(
            _err(
                src,
                precision_field.line,
                precision_field.value_col,
                "VN022",
                f"Date_precision `{precision_field.value}` không hợp lệ; chỉ dùng `day` "
                "(nguồn chỉ ghi ngày, không ghi giờ)",
            )
        )
    for key in ("date", "modified"):
        item = src.metadata.get(key)
        if item is None or not item.value or item.value.strip().lower() in UNKNOWN_VALUES:
            continue
        raw = item.value.strip()
        try:
            parsed = dt.datetime.fromisoformat(raw)
        except ValueError:
            problems.append(
                _err(
                    src,
                    item.line,
                    item.value_col,
                    "VN020",
                    unreadable_date_message(raw),
                )
            )
            continue
        if len(raw) <= 10 and not (key == "date" and precision == "day"):
            problems.append(
                _err(
                    src,
                    item.line,
                    item.value_col,
                    "VN021",
                    f"`{raw}` thiếu giờ: hãy viết YYYY-MM-DD HH:MM, hoặc thêm dòng "
                    "`Date_precision: day` nếu nguồn chỉ ghi ngày",
                )
            )
        offset = parsed.utcoffset()
        if offset is not None and offset != dt.timedelta(hours=7):
            problems.append(
                _warn(
                    src,
                    item.line,
                    item.value_col,
                    "VN023",
                    f"`{raw}` ghi múi giờ khác giờ Việt Nam (+07:00); giờ hiển thị sẽ được đổi "
                    "sang giờ Việt Nam",
                )
            )
    return problems


def check_location(src: Source, ctx: Context) -> list[Problem]:
    """VN024 (warning): an article's folder should match its date (YYYY/MM or undated/)."""
    if ctx.kind is not Kind.ARTICLE or ctx.relpath is None:
        return []
    item = src.metadata.get("date")
    if item is None or not item.value:
        return []
    raw = item.value.strip()
    folder = posixpath.dirname(ctx.relpath)
    if raw.lower() in UNKNOWN_VALUES:
        expected = "undated"
    else:
        try:
            date = parse_datetime_vn(raw, default_time=dt.time(0, 0))
        except ValueError:
            return []
        expected = f"{date.year:04d}/{date.month:02d}"  # %Y is "1", not "0001", on glibc
    if folder == expected:
        return []
    return [
        _warn(
            src,
            item.line,
            item.value_col,
            "VN024",
            f"bài nằm trong thư mục `{folder or '.'}` nhưng ngày đăng thuộc `{expected}/`; "
            "hãy chuyển tệp (địa chỉ bài không đổi)",
        )
    ]


def check_category(src: Source, ctx: Context) -> list[Problem]:
    """VN030: the category is one of PORTAL_CATEGORIES."""
    if ctx.kind is not Kind.ARTICLE or not ctx.settings.categories:
        return []
    item = src.metadata.get("category")
    if item is None or not item.value:
        return []
    if unicodedata.normalize("NFC", item.value) in ctx.settings.categories:
        return []
    folded = {fold_diacritics(c).lower(): c for c in ctx.settings.categories}
    close = folded.get(fold_diacritics(item.value).lower()) or next(
        iter(difflib.get_close_matches(item.value, ctx.settings.categories, n=1)), None
    )
    hint = f" Có phải là `{close}`?" if close else ""
    return [
        _err(
            src,
            item.line,
            item.value_col,
            "VN030",
            f"chuyên mục `{item.value}` không có trong danh sách PORTAL_CATEGORIES "
            f"({'; '.join(ctx.settings.categories)}).{hint}",
        )
    ]


def check_slug(src: Source, ctx: Context) -> list[Problem]:
    """VN041: a slug is lower-case ASCII words joined by hyphens; VN042: at most
    SLUG_MAX_LENGTH characters."""
    if ctx.kind is Kind.RECORD:
        return []
    item = src.metadata.get("slug")
    if item is None or not item.value:
        return []
    if _SLUG_RE.match(item.value):
        if len(item.value) <= SLUG_MAX_LENGTH:
            return []
        return [
            _err(
                src,
                item.line,
                item.value_col,
                "VN042",
                f"Slug dài {len(item.value)} ký tự, quá {SLUG_MAX_LENGTH}: không tạo được thư "
                "mục của bài; hãy rút gọn (địa chỉ do `invoke new` tạo dài tối đa 80 ký tự)",
            )
        ]
    return [
        _err(
            src,
            item.line,
            item.value_col,
            "VN041",
            f"Slug `{item.value}` không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu "
            "gạch nối (ví dụ `dang-uy-khoi-hoc-tap-nghi-quyet`)",
        )
    ]


def check_name_lengths(src: Source, ctx: Context) -> list[Problem]:
    """VN043: a tag, author or category whose address (its slug) is longer than
    SLUG_MAX_LENGTH: it names a folder of the output (``chu-de/<slug>/``)."""
    if ctx.kind is Kind.RECORD:
        return []
    problems = []
    for key in ("tags", "author", "authors", "category"):
        item = src.metadata.get(key)
        if item is None:
            continue
        names = [item.value] if key == "category" else item.value.split(",")
        for name in names:
            # A letter gives at most a few ASCII letters: short names skip slugify (the
            # build measures every slug exactly).
            if len(name) * 4 > SLUG_MAX_LENGTH and len(slugify_vi(name)) > SLUG_MAX_LENGTH:
                problems.append(
                    _err(
                        src,
                        item.line,
                        item.value_col + item.value.find(name.strip()),
                        "VN043",
                        f"`{name.strip()[:60]}…` quá dài để làm địa chỉ (quá {SLUG_MAX_LENGTH} "
                        "ký tự khi viết không dấu); hãy viết ngắn hơn",
                    )
                )
    return problems


def check_status(src: Source, ctx: Context) -> list[Problem]:
    """VN071: Status is draft, hidden, published or skip."""
    item = src.metadata.get("status")
    if item is None or item.value.strip().lower() in _STATUSES:
        return []
    return [
        _err(
            src,
            item.line,
            item.value_col,
            "VN071",
            f"Status `{item.value}` không hợp lệ; dùng `draft` (bản nháp), `hidden` hoặc "
            "`published`",
        )
    ]


def check_internal(src: Source, ctx: Context) -> list[Problem]:
    """VN070: an internal article ("lưu hành nội bộ" or Visibility) must stay a draft."""
    if ctx.kind is Kind.RECORD or is_draft(src):
        return []
    item = src.metadata.get("visibility")
    if item is not None:
        value = item.value.strip().lower()
        if value in ctx.settings.internal_values:
            return [
                _err(
                    src,
                    item.line,
                    item.value_col,
                    "VN070",
                    f"bài đánh dấu `Visibility: {item.value}` (nội bộ) không được xuất bản; "
                    "hãy để `Status: draft`",
                )
            ]
        if value in {"public", "công khai", "cong-khai"}:
            return []  # the editor has decided: the phrase is quoted, the article is public
    for number, line in enumerate(src.lines, start=1):
        position = fold_diacritics(line).lower().find("luu hanh noi bo")
        if position >= 0:
            return [
                _err(
                    src,
                    number,
                    position + 1,
                    "VN070",
                    'bài có ghi "lưu hành nội bộ" nên không được xuất bản; hãy để '
                    "`Status: draft`, hoặc ghi `Visibility: public` nếu đã được phép công khai",
                )
            ]
    return []


# --- cited documents ----------------------------------------------------------------------

_QUALIFIER_RE = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """One ``;``-separated entry of ``Documents``: the id as written and where it starts."""

    raw: str
    qualifier: str
    col: int


def document_entries(item: Field) -> list[DocumentEntry]:
    """Split ``Documents: 98-QĐ/TW (khóa IX); 02-NQ/ĐUK (2021)`` into entries."""
    entries = []
    offset = 0
    for part in item.value.split(";"):
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            qualifier = _QUALIFIER_RE.search(stripped)
            raw = stripped[: qualifier.start()].strip() if qualifier else stripped
            entries.append(
                DocumentEntry(
                    raw,
                    qualifier.group().strip() if qualifier else "",
                    item.value_col + offset + lead,
                )
            )
        offset += len(part) + 1
    return entries


def _same_number_and_issuer(cited_id: str, parsed) -> bool:
    """True when ``cited_id`` has the number and issuer of ``parsed`` (a near miss)."""
    import citations

    other = citations.parse_id(cited_id)
    return (other.number, other.issuer, other.system) == (
        parsed.number,
        parsed.issuer,
        parsed.system,
    ) and (other.year is None or parsed.year is None or other.year == parsed.year)


def check_documents(src: Source, ctx: Context) -> list[Problem]:
    """VN050 malformed id in ``Documents``; VN051 (warning) an id the citation library reads
    differently from how the metadata writes it (in the id itself or in the text)."""
    import citations

    item = src.metadata.get("documents")
    if item is None or not item.value.strip():
        return []
    problems = []
    body = soft_breaks_as_spaces("\n".join(src.lines[src.body_line - 1 :]))
    cited = {c.id for c in citations.extract_citations(unicodedata.normalize("NFC", body))}
    for entry in document_entries(item):
        try:
            parsed = citations.parse_id(entry.raw)
        except citations.MalformedDocumentId:
            problems.append(
                _err(
                    src,
                    item.line,
                    entry.col,
                    "VN050",
                    f"số hiệu văn bản `{entry.raw}` không đúng dạng: văn bản Đảng viết "
                    "`số-LOẠI/CƠ QUAN` (ví dụ 98-QĐ/TW), văn bản Nhà nước `số/năm/LOẠI-CƠ QUAN` "
                    "(ví dụ 30/2020/NĐ-CP); các văn bản cách nhau bằng dấu `;`",
                )
            )
            continue
        if parsed.id != unicodedata.normalize("NFC", entry.raw):
            problems.append(
                _warn(
                    src,
                    item.line,
                    entry.col,
                    "VN051",
                    f"số hiệu `{entry.raw}` được thư viện trích dẫn đọc là `{parsed.id}`; "
                    "hãy viết đúng dạng chuẩn",
                )
            )
            continue
        if parsed.id in cited:
            continue
        near = sorted(c for c in cited if _same_number_and_issuer(c, parsed))
        if near:
            problems.append(
                _warn(
                    src,
                    item.line,
                    entry.col,
                    "VN051",
                    f"thông tin đầu bài ghi `{parsed.id}` nhưng trong bài thư viện trích dẫn đọc "
                    f"là `{near[0]}`; hãy thống nhất một cách viết",
                )
            )
    return problems


# --- links --------------------------------------------------------------------------------

_MD_LINK_RE = re.compile(
    r"!?\[[^\]\n]*\]\(\s*<?(?P<url>[^)\s>]+)>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)"
)
_REF_DEF_RE = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:\s*<?(?P<url>[^\s>]+)>?")
_HTML_LINK_RE = re.compile(r"""\b(?:href|src)\s*=\s*["'](?P<url>[^"']+)["']""", re.IGNORECASE)
_PELICAN_LINK_RE = re.compile(r"^(?:\{(?P<a>\w+)\}|\|(?P<b>\w+)\|)(?P<rest>.*)$")


def links_in(src: Source) -> list[tuple[int, int, str]]:
    """(line, col, url) of every Markdown or HTML link and image in the body."""
    found = []
    for number in range(src.body_line, len(src.lines) + 1):
        line = src.lines[number - 1]
        for pattern in (_MD_LINK_RE, _REF_DEF_RE, _HTML_LINK_RE):
            for match in pattern.finditer(line):
                found.append((number, match.start("url") + 1, match.group("url")))
    return sorted(set(found))


def _static_prefixes(settings: CheckSettings) -> tuple[str, ...]:
    return tuple(p.rstrip("/") for p in settings.static_paths)


def _url_prefix(pattern: str) -> str:
    """``bai-viet/{slug}/`` -> ``bai-viet/``: the fixed part before the first field."""
    return pattern.split("{", 1)[0]


def check_links(src: Source, ctx: Context) -> list[Problem]:
    """VN060: a link to an internal page or attachment that does not exist.

    Checked: Pelican links (``{filename}``, ``{static}``, ``{attach}``), links to article
    and page URLs (``/bai-viet/<slug>/``, ``/trang/<slug>/``, also drafts) and to static files
    (``/files/…``, ``/images/…``). Other site URLs (categories, tags, archives) are generated
    and not checked; external links are not fetched.
    """
    problems = []
    settings = ctx.settings
    here = posixpath.dirname(ctx.relpath) if ctx.relpath else ""
    for line, col, url in links_in(src):
        pelican = _PELICAN_LINK_RE.match(url)
        if pelican and (pelican["a"] or pelican["b"]) in {"static", "attach"}:
            target = unquote(urlsplit(pelican["rest"]).path)
            if climbs_out(target[1:] if target.startswith("/") else posixpath.join(here, target)):
                problems.append(_err(src, line, col, "VN060", climbing_refusal(url)))
                continue
        missing = _missing_target(url, here, settings, ctx.site)
        if missing:
            problems.append(
                _err(
                    src,
                    line,
                    col,
                    "VN060",
                    f"liên kết tới `{url}` nhưng {missing} không tồn tại; kiểm tra lại đường dẫn",
                )
            )
    return problems


def _missing_target(url: str, here: str, settings: CheckSettings, site: SiteIndex) -> str:
    """What is missing ('tệp content/x' or 'trang /x/'), or '' if the link is fine/unchecked."""
    pelican = _PELICAN_LINK_RE.match(url)
    if pelican:
        kind = pelican["a"] or pelican["b"]
        if kind not in {"filename", "static", "attach"}:
            return ""
        target = unquote(urlsplit(pelican["rest"]).path)
        if not target:
            return ""
        if target.startswith("/"):
            resolved = posixpath.normpath(target.lstrip("/"))
        else:
            resolved = posixpath.normpath(posixpath.join(here, target))
        return "" if resolved in site.files else f"tệp `{resolved}`"
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return ""  # external, mailto:, or "#anchor" on the same page
    path = unquote(parts.path)
    if not path.startswith("/"):
        if path.endswith(".md"):
            resolved = posixpath.normpath(posixpath.join(here, path))
            return "" if resolved in site.files else f"tệp `{resolved}`"
        return ""  # relative to the page's own URL: too ambiguous to judge
    path = path.lstrip("/")
    for prefix in _static_prefixes(settings):
        if path == prefix or path.startswith(prefix + "/"):
            return "" if path in site.files else f"tệp `{path}`"
    url_prefixes = {
        _url_prefix(p) for p in (settings.article_url, settings.draft_url, settings.page_url)
    }
    for prefix in url_prefixes:
        if prefix and path.startswith(prefix):
            normalised = path if path.endswith("/") else path + "/"
            if normalised.endswith("index.html/"):
                normalised = normalised[: -len("index.html/")]
            return "" if normalised in site.urls else f"trang `/{normalised}`"
    return ""


# --- document records ---------------------------------------------------------------------


def check_record(src: Source, ctx: Context) -> list[Problem]:
    """VN080 a document record whose id is malformed; VN081 a required field missing;
    VN082 any other field the document archive refuses (its own parser decides)."""
    import citations
    from archive.errors import ArchiveError
    from archive.records import parse_record

    if ctx.kind is not Kind.RECORD:
        return []
    problems = []
    metadata = src.metadata
    end = src.fields[-1].line + 1 if src.fields else 1
    for key in ctx.settings.required_record_keys:
        if key not in metadata or not metadata[key].value.strip():
            problems.append(
                _err(src, end, 1, "VN081", f"hồ sơ văn bản thiếu thông tin bắt buộc `{key}`")
            )
    item = metadata.get("id")
    if item is None or not item.value.strip():
        return problems
    if not citations.is_valid_id(item.value):
        return [
            *problems,
            _err(
                src,
                item.line,
                item.value_col,
                "VN080",
                f"số hiệu `{item.value}` của hồ sơ văn bản không đúng dạng (ví dụ 98-QĐ/TW, "
                "30/2020/NĐ-CP)",
            ),
        ]
    if citations.canonical_id(item.value) != unicodedata.normalize("NFC", item.value):
        problems.append(
            _warn(
                src,
                item.line,
                item.value_col,
                "VN051",
                f"số hiệu `{item.value}` được thư viện trích dẫn đọc là "
                f"`{citations.canonical_id(item.value)}`; hãy viết đúng dạng chuẩn",
            )
        )
    text = unicodedata.normalize("NFC", src.text)
    values = {f.key: unicodedata.normalize("NFC", f.value) for f in src.fields}
    default_slug = posixpath.splitext(posixpath.basename(ctx.relpath or src.path))[0]
    try:
        parse_record(src.path, text, values, "", citations.canonical_id, default_slug=default_slug)
    except ArchiveError as exc:
        message = f"{exc.message}; {exc.hint}" if exc.hint else exc.message
        problems.append(_err(src, exc.line or 1, 1, "VN082", message))
    return problems


def check_document_overrides(src: Source, ctx: Context) -> list[Problem]:
    """VN052: ``Documents_remove`` / ``Documents_fix`` the document archive cannot read."""
    import citations
    from archive.errors import ArchiveError
    from archive.overrides import parse_overrides

    metadata = {f.key: f.value for f in src.fields if f.key != "documents"}
    if not {"documents_remove", "documents_fix"} & metadata.keys():
        return []
    lines = {f.key: f.line for f in src.fields}
    try:
        parse_overrides(metadata, citations.canonical_id, path=src.path, line_of=lines.get)
    except ArchiveError as exc:
        message = f"{exc.message}; {exc.hint}" if exc.hint else exc.message
        return [_err(src, exc.line or 1, 1, "VN052", message)]
    return []


RULES: tuple[Rule, ...] = (
    check_nfc,
    check_control_chars,
    check_required,
    check_keys,
    check_date,
    check_modified,
    check_location,
    check_category,
    check_slug,
    check_name_lengths,
    check_status,
    check_internal,
    check_documents,
    check_document_overrides,
    check_plenum_references,
    check_links,
    check_record,
    check_cited_as,
    check_script,
    check_photo_fields,
)
