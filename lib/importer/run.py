"""The import run: sources -> Reports -> articles in content/, and the import report.

Every input given (or found in a given folder) ends in exactly one ``ImportResult``:
imported, duplicate or rejected with a Vietnamese reason naming the file. Nothing is written
for a rejected source; an article is written through a temporary file and a rename, its
images and attachments first, so content/ never holds half an article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from portal_files.atomic import write_atomic
from vntext import VN_TZ, slugify_vi

from importer.category import choose_category
from importer.cite import cited_documents
from importer.fingerprint import existing_fingerprints, fingerprint_of_body, split_article
from importer.html_reader import read_html_page
from importer.legacy import UndecodableError, detect
from importer.mhtml import MHTML_SUFFIXES, MhtmlArchive, relink, unpack_mhtml
from importer.models import (
    Asset,
    Block,
    BlockKind,
    ImportRejected,
    ImportResult,
    Outcome,
    Provenance,
    Report,
)
from importer.old_address import alias_of, old_address
from importer.text_reader import read_text_page
from importer.word import DOCX_SUFFIXES, WordError, docx_text
from importer.writer import (
    article_path,
    format_date,
    render_body,
    render_markdown,
)

# Largest source accepted (bytes). A report is a few tens of kB; a bigger file is a dump, a
# scan or a mistake, and reading it whole would only hide that.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Office and PDF documents an archive holds beside its text and web pages: not read (yet),
# but listed as refused with what to do, never skipped in silence.
DOCUMENT_SUFFIXES = {".doc", ".odt", ".rtf", ".pdf", ".wps"}
# A Word file holds its pictures: it may be this many times the text limit (--max-bytes).
WORD_FILE_FACTOR = 25
# A saved web page's own folder ("Trang_files" from a browser, "Trang.files" from Word).
COMPANION_ENDINGS = ("_files", ".files")
SLUG_MAX = 80


@dataclass(frozen=True)
class ImportOptions:
    content: Path
    dry_run: bool = False
    encoding: str | None = None
    category: str | None = None
    categories: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    now: dt.datetime | None = None
    base_url: str | None = None  # where the given folders were published on the old portal


def collect_sources(paths: list[Path]) -> list[Path]:
    """Files given, and inside given folders (sorted, recursively) the text, HTML and MHTML
    files, and the Word/PDF documents (refused with a reason, not skipped)."""
    return [path for path, _ in _sources_with_names(paths)]


def _sources_with_names(paths: list[Path]) -> list[tuple[Path, str]]:
    """Each source with its path inside the folder given (its name for a file given)."""
    found: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                (p, name)
                for p in path.rglob("*")
                if p.is_file() and _is_source(name := p.relative_to(path).as_posix())
            )
        else:
            found.append((path, path.name))
    return found


def _is_source(name: str) -> bool:
    """Whether the file at ``name`` (a path inside a folder given) is a source: a text, HTML
    or MHTML file, or a Word/PDF document outside a saved page's own folder (there it is
    the page's attachment, copied when the page links to it)."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in TEXT_SUFFIXES | HTML_SUFFIXES | MHTML_SUFFIXES:
        return True
    if suffix in DOCX_SUFFIXES:
        return not _in_companion_folder(name)
    return suffix in DOCUMENT_SUFFIXES and not _in_companion_folder(name)


def _in_companion_folder(name: str) -> bool:
    """Whether ``name`` lies in a saved page's own folder (see COMPANION_ENDINGS)."""
    return any(folder.lower().endswith(COMPANION_ENDINGS) for folder in name.split("/")[:-1])


def _source_label(path: Path) -> str:
    """``corpus/000_x.txt``: the file with its folder, as the hand-made articles cite it."""
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def read_report(path: Path, options: ImportOptions, scratch: Path | None = None) -> Report:
    """Read one source into a Report, or raise ImportRejected with a Vietnamese reason.

    ``scratch``: a folder where an MHTML archive's images are unpacked for the import to copy
    (without it they are left out, with a warning each)."""
    if not path.exists():
        raise ImportRejected(path, "không tìm thấy tệp")
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        raise ImportRejected(
            path,
            f"tệp {suffix} (Word, PDF…) chưa nhập trực tiếp được: hãy mở tệp, lưu "
            "thành Trang web (.htm) hoặc Văn bản thuần (.txt, mã UTF-8) rồi nhập tệp đó",
        )
    size = path.stat().st_size
    word = suffix in DOCX_SUFFIXES
    if size > options.max_bytes * (WORD_FILE_FACTOR if word else 1):
        raise ImportRejected(
            path,
            f"tệp quá lớn ({size / 1048576:.1f} MB, giới hạn {options.max_bytes / 1048576:.1f}"
            " MB): một bài báo không lớn như vậy, hãy kiểm tra lại tệp",
        )
    data = path.read_bytes()
    if not data.strip():
        raise ImportRejected(path, "tệp rỗng")
    archive = None
    page_bytes = data
    pictures = 0
    if word:
        try:
            document = docx_text(data, options.max_bytes)
        except WordError as exc:
            raise ImportRejected(path, str(exc)) from exc
        if not document.text.strip():
            raise ImportRejected(path, "tệp Word không có chữ nào")
        # As UTF-8 bytes: detect() reads text typed in an old font (.VnTime) back.
        page_bytes, pictures = document.text.encode("utf-8"), document.pictures
    if suffix in MHTML_SUFFIXES:
        archive = unpack_mhtml(data)
        if archive is None:
            raise ImportRejected(path, "tệp MHTML không chứa trang HTML nào")
        page_bytes = archive.html
    try:
        detection = detect(page_bytes, forced=options.encoding)
    except UndecodableError as exc:
        where = f" (byte {exc.offset})" if exc.offset is not None else ""
        raise ImportRejected(path, f"không giải mã được{where}: {exc.reason}") from exc
    provenance = Provenance(
        source=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=detection.encoding,
        confidence=detection.confidence,
        kind="text" if word or suffix in TEXT_SUFFIXES else "html",
    )
    if archive is not None:
        page, text = _unpack_archive(archive, detection.text, path, scratch)
        report = _report_from_html(page, text, provenance, fallback_url=archive.location)
    elif provenance.kind == "html":
        report = _report_from_html(path, detection.text, provenance)
    else:
        report = _report_from_text(path, detection.text, provenance)
    if pictures:
        report = replace(
            report,
            uncertain=(
                *report.uncertain,
                f"tệp Word có {pictures} ảnh chưa được nhập: thêm ảnh vào bài bằng tay",
            ),
        )
    now = options.now or dt.datetime.now(VN_TZ)
    if report.date is not None and report.date > now + dt.timedelta(minutes=5):
        raise ImportRejected(
            path,
            f"ngày đăng {report.date:%d/%m/%Y %H:%M} ở tương lai: kiểm tra lại ngày trong nguồn",
        )
    body_text = "\n".join(
        [
            report.summary or "",
            *(b.text for b in report.blocks),
            *sum((b.items for b in report.blocks), ()),
        ]
    )
    documents, warning = cited_documents(body_text, date=report.date)
    warnings = report.warnings + ((warning,) if warning else ())
    uncertain = report.uncertain + _doubts(report, body_text)
    return replace(report, documents=documents, warnings=warnings, uncertain=uncertain)


SHORT_BODY_WORDS = 80  # a news report is longer; shorter ones may have lost their body
LOW_CONFIDENCE = 0.8  # below this the encoding guess is worth a look


def _doubts(report: Report, body_text: str) -> tuple[str, ...]:
    """What is missing or weak in a report that still imports (shown in the CSV report)."""
    doubts: list[str] = []
    if report.date is None:
        doubts.append("không thấy ngày đăng")
    elif report.date_precision == "day":
        doubts.append("không có giờ đăng")
    if report.author is None:
        doubts.append("không thấy tên tác giả")
    words = len(body_text.split())
    if words < SHORT_BODY_WORDS:
        doubts.append(f"thân bài ngắn hơn thường lệ ({words} chữ)")
    if report.provenance.confidence < LOW_CONFIDENCE:
        doubts.append(
            f"bảng mã {report.provenance.encoding} không chắc chắn"
            f" ({report.provenance.confidence:.2f})"
        )
    return tuple(doubts)


def _no_body(path: Path) -> ImportRejected:
    return ImportRejected(path, "không nhận ra tiêu đề và nội dung bài viết trong tệp")


def _report_from_text(path: Path, text: str, provenance: Provenance) -> Report:
    page = read_text_page(text)
    if page is None:
        raise _no_body(path)
    summary, summary_source = page.summary, None
    if summary is None:
        summary = _lead(page.blocks)
        summary_source = "tự động: đoạn đầu bài (trang gốc không có sapo)"
    date_line = page.date_line
    return Report(
        title=page.title,
        blocks=page.blocks,
        provenance=provenance,
        date=date_line.value if date_line else None,
        date_precision=date_line.precision if date_line else "minute",
        author=page.byline.author if page.byline else None,
        author_title=page.byline.author_title if page.byline else None,
        byline=page.byline.printed if page.byline else None,
        kicker=page.kicker,
        headline=page.headline,
        summary=summary,
        summary_source=summary_source,
        source_note=None if date_line else "Trang gốc không ghi ngày đăng.",
        uncertain=page.uncertain,
    )


def _unpack_archive(
    archive: MhtmlArchive, text: str, path: Path, scratch: Path | None
) -> tuple[Path, str]:
    """Where the archive's page stands for reading its images (a folder of ``scratch`` holding
    them, named as on the old site) and its HTML pointing at them."""
    if scratch is None or not archive.resources:
        return path, text
    folder = Path(tempfile.mkdtemp(prefix="mhtml-", dir=scratch))
    files: dict[str, str] = {}
    for number, resource in enumerate(archive.resources):
        name = resource.location.rsplit("/", 1)[-1].split("?", 1)[0].split(":", 1)[-1]
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, (mimetypes.guess_extension(resource.content_type) or ".bin")[1:]
        local = f"{number}-{slugify_vi(stem) or 'tep'}.{suffix.lower()}"
        (folder / local).write_bytes(resource.data)
        files.setdefault(resource.location, local)
    return folder / path.name, relink(text, archive.location, files)


def _report_from_html(
    path: Path, text: str, provenance: Provenance, fallback_url: str | None = None
) -> Report:
    page = read_html_page(text, path)
    if page is None:
        raise _no_body(path)
    if page.url is None and fallback_url and fallback_url.startswith(("http://", "https://")):
        page = replace(page, url=fallback_url)  # the address the archive was saved from
    if page.url:
        provenance = replace(provenance, source=f"{provenance.source} ({page.url})")
    assets = tuple(Asset(ref.path, ref.kind) for ref in page.refs)
    summary, summary_source = page.summary, None
    if summary is None:
        summary = _lead(page.blocks)
        summary_source = "tự động: đoạn đầu bài (trang gốc không có sapo)"
    return Report(
        title=page.title,
        blocks=page.blocks,
        provenance=provenance,
        date=page.date_line.value if page.date_line else None,
        date_precision=page.date_line.precision if page.date_line else "minute",
        author=page.author,
        byline=page.byline,
        summary=summary,
        summary_source=summary_source,
        source_note=None if page.date_line else "Trang gốc không ghi ngày đăng.",
        assets=assets,
        lead_image="" if page.lead_ref is None else f"ref:{page.lead_ref}",
        warnings=page.warnings,
        uncertain=page.uncertain,
        page_url=page.url,
    )


def _with_alias(report: Report, relative: str, options: ImportOptions, taken: dict) -> Report:
    """The report with its old portal address as alias, or a doubt saying why not."""
    if report.provenance.kind != "html":
        return report
    url = old_address(report.page_url, relative, options.base_url)
    if url is None:
        return report
    try:
        alias = alias_of(url)
    except ValueError as exc:
        return replace(report, uncertain=(*report.uncertain, f"không chuyển hướng được {exc}"))
    if alias in taken:
        doubt = f"địa chỉ cũ {alias} đã là bí danh của {taken[alias]}"
        return replace(report, uncertain=(*report.uncertain, doubt))
    return replace(report, alias=alias)


def _lead(blocks: tuple[Block, ...], limit: int = 300) -> str:
    """The first paragraph, cut at a word boundary (a summary when the page has no sapo)."""
    first = next((b.text for b in blocks if b.kind is BlockKind.PARAGRAPH), "")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _existing_slugs(content: Path, aliases: dict[str, Path] | None = None) -> set[str]:
    """Slugs of content/'s articles; their ``Aliases:`` tokens go into ``aliases``."""
    slugs: set[str] = set()
    for path in content.rglob("*.md"):
        try:
            meta, _ = split_article(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        slugs.add(meta.get("slug") or path.stem)
        if aliases is not None:
            for token in (meta.get("aliases") or "").split():
                aliases.setdefault(token.rstrip(","), path)
    return slugs


def _unique_slug(title: str, taken: set[str]) -> str:
    base = slugify_vi(title, max_length=SLUG_MAX)
    slug, number = base, 2
    while slug in taken:
        suffix = f"-{number}"
        slug = base[: SLUG_MAX - len(suffix)].rstrip("-") + suffix
        number += 1
    return slug


def _place_assets(report: Report, slug: str) -> tuple[Report, list[tuple[Path, str]]]:
    """Point image/file blocks at images/<slug>/… and files/<slug>/…; return the copies."""
    copies: list[tuple[Path, str]] = []
    targets: dict[int, str] = {}
    used: set[str] = set()
    for index, asset in enumerate(report.assets):
        folder = "images" if asset.target == "image" else "files"
        stem, suffix = Path(asset.source.name).stem, Path(asset.source.name).suffix.lower()
        name = (slugify_vi(stem) or "tep") + suffix
        while f"{folder}/{slug}/{name}" in used:
            name = f"{slugify_vi(stem) or 'tep'}-{len(used)}{suffix}"
        target = f"{folder}/{slug}/{name}"
        used.add(target)
        targets[index] = target
        copies.append((asset.source, target))
    blocks = []
    for block in report.blocks:
        if block.src.startswith("ref:"):
            block = replace(block, src=targets[int(block.src[4:])])
        blocks.append(block)
    lead = report.lead_image
    if lead.startswith("ref:"):
        lead = targets.get(int(lead[4:]), "")
    return replace(report, blocks=tuple(blocks), lead_image=lead), copies


def import_sources(paths: list[Path], options: ImportOptions) -> list[ImportResult]:
    """Import every source; returns one result per input, in order."""
    content = options.content
    fingerprints = existing_fingerprints(content) if content.exists() else {}
    aliases: dict[str, Path] = {}
    slugs = _existing_slugs(content, aliases) if content.exists() else set()
    if options.category and options.categories and options.category not in options.categories:
        raise ValueError(
            f"chuyên mục {options.category!r} không có trong PORTAL_CATEGORIES: "
            + ", ".join(options.categories)
        )
    today = (options.now or dt.datetime.now(VN_TZ)).date()
    results: list[ImportResult] = []
    # MHTML archives' images are unpacked here until their article is written.
    with tempfile.TemporaryDirectory(prefix="nhap-bai-") as scratch_dir:
        scratch = Path(scratch_dir)
        for path, relative in _sources_with_names(paths):
            try:
                report = read_report(path, options, scratch)
            except ImportRejected as exc:
                results.append(ImportResult(path, Outcome.REJECTED, exc.message))
                continue
            report = _with_alias(report, relative, options, aliases)
            encoding = f"{report.provenance.encoding} ({report.provenance.confidence:.2f})"
            found = {
                "title": report.title,
                "date": format_date(report),
                "author": report.author or "",
                "uncertain": report.uncertain,
            }
            slug = _unique_slug(report.title, slugs)
            report, copies = _place_assets(report, slug)
            fingerprint = fingerprint_of_body(render_body(report.blocks))
            if fingerprint in fingerprints:
                where = fingerprints[fingerprint]
                results.append(
                    ImportResult(
                        path,
                        Outcome.DUPLICATE,
                        f"trùng nội dung với {where}",
                        target=where,
                        encoding=encoding,
                        **found,
                    )
                )
                continue
            category = options.category or choose_category(
                report.title, report.summary or "", allowed=options.categories
            )
            markdown = render_markdown(
                report,
                slug=slug,
                category=category,
                source=_source_label(path),
                fingerprint=fingerprint,
                imported_on=today,
            )
            target = article_path(content, report, slug)
            reason = f"chuyên mục {category}"
            if report.warnings:
                reason += "; " + "; ".join(report.warnings)
            if not options.dry_run:
                for source, relative in copies:
                    destination = content / relative
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    temp = destination.with_name(f".{destination.name}.tmp")
                    shutil.copyfile(source, temp)
                    temp.replace(destination)
                write_atomic(target, markdown, durable=True)
            fingerprints[fingerprint] = target
            slugs.add(slug)
            if report.alias:
                aliases[report.alias] = target
            results.append(
                ImportResult(
                    path,
                    Outcome.IMPORTED,
                    reason,
                    target=target,
                    encoding=encoding,
                    **found,
                )
            )
    return results


_OUTCOME_VI = {
    Outcome.IMPORTED: "đã nhập",
    Outcome.DUPLICATE: "trùng lặp",
    Outcome.REJECTED: "từ chối",
}


def format_results(
    results: list[ImportResult], *, dry_run: bool = False, root: Path | None = None
) -> str:
    """The import report as a plain-text table (every input, its outcome and why)."""

    def rel(path: Path | None) -> str:
        if path is None:
            return "-"
        if root is not None:
            try:
                return str(path.resolve().relative_to(root.resolve()))
            except ValueError:
                pass
        return str(path)

    header = ("nguồn", "kết quả", "bài viết", "bảng mã", "lý do")
    rows = [header]
    for result in results:
        outcome = _OUTCOME_VI[result.outcome]
        if dry_run and result.outcome is Outcome.IMPORTED:
            outcome = "sẽ nhập"
        rows.append(
            (rel(result.source), outcome, rel(result.target), result.encoding or "-", result.reason)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for number, row in enumerate(rows):
        lines.append(
            "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4]
        )
        if number == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * 10)
    counts = {o: sum(1 for r in results if r.outcome is o) for o in Outcome}
    lines.append(
        f"Tổng: {len(results)} nguồn; "
        + ", ".join(f"{_OUTCOME_VI[o]} {counts[o]}" for o in Outcome)
        + (" (chạy thử: chưa ghi gì vào content/)" if dry_run else "")
    )
    return "\n".join(lines)
