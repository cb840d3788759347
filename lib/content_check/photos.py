"""VN100–VN108: an article's lead photo (``Image``, plugins/photos), as the build will judge it.

What the metadata says is a rule like the others (remembered per file by its bytes; a missing
file is judged against the site's files). What the photo file itself is (format, complete,
pixels, size) is judged on every run by ``photo_file_problems``, from its header and last
bytes only: cheap at archive size, and never stale when a photo is replaced. An SVG under
content/ that could run script (VN108) is judged on every run too: the build never publishes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from portal_photos.fields import IMAGE_KEYS, content_relpath, credit_mixup, split_credit
from portal_photos.imaging import PhotoError, PhotoTooLarge, inspect_photo
from portal_photos.svg import svg_problem

from content_check.models import CheckSettings, Problem, Severity
from content_check.source import Source


def image_anchor(src: Source, settings: CheckSettings) -> tuple[str, int, int] | None:
    """``(relpath under content/, line, col)`` of a usable ``Image`` value, else None."""
    item = src.metadata.get("image")
    if item is None or not item.value.strip():
        return None
    relpath, reason = content_relpath(item.value, settings.photo_dirs)
    return None if reason else (relpath, item.line, item.value_col)


def check_photo_fields(src: Source, ctx) -> list[Problem]:
    """VN100 an ``Image`` that cannot be a photo of the site; VN101 its file is missing;
    VN102 ``Image_alt`` missing or empty; VN106 caption and credit mixed up; VN107 photo
    fields without ``Image``."""
    if ctx.kind != "article":
        return []
    problems: list[Problem] = []
    item = src.metadata.get("image")

    def add(field, code, severity, message):
        problems.append(Problem(src.path, field.line, field.value_col, code, severity, message))

    if item is None or not item.value.strip():
        for key in IMAGE_KEYS[1:]:
            other = src.metadata.get(key)
            if other is not None and other.value.strip():
                add(other, "VN107", Severity.WARNING, f"có {other.name} nhưng không có Image")
        return problems
    relpath, reason = content_relpath(item.value, ctx.settings.photo_dirs)
    if reason:
        add(item, "VN100", Severity.ERROR, reason)
    elif relpath not in ctx.site.files:
        add(item, "VN101", Severity.ERROR, f"không có tệp ảnh content/{relpath}")
    alt = src.metadata.get("image_alt")
    if alt is None:
        add(item, "VN102", Severity.ERROR, _ALT_HINT.format("thiếu Image_alt"))
    elif not alt.value.strip():
        add(alt, "VN102", Severity.ERROR, _ALT_HINT.format("Image_alt để trống"))
    caption, credit = src.metadata.get("image_caption"), src.metadata.get("image_credit")
    why = credit_mixup(caption.value if caption else "", credit.value if credit else "")
    if why:
        at = caption if caption is not None and split_credit(caption.value)[1] else credit
        add(at or item, "VN106", Severity.WARNING, why)
    return problems


_ALT_HINT = "{}: tả ngắn gọn nội dung ảnh cho người đọc không xem được ảnh (trình đọc màn hình)"


def photo_file_problems(
    targets: list[Path], entries: Mapping[Path, object], root: Path, settings: CheckSettings
) -> list[Problem]:
    """VN103 not a JPEG/PNG/WebP the build can read (SVG, damaged, cut short, wrong name);
    VN104 an original over ``photo_max_bytes`` (warning, with its size); VN105 an original
    over ``photo_max_pixels`` (error)."""
    problems: list[Problem] = []
    for path in targets:
        anchor = getattr(entries.get(path), "image", None)
        if anchor is None:
            continue
        relpath, line, col = anchor
        photo = root / relpath
        if not photo.is_file():
            continue  # VN101
        where = (str(path), line, col)
        try:
            info = inspect_photo(photo, settings.photo_max_pixels)
        except PhotoTooLarge as exc:
            problems.append(Problem(*where, "VN105", Severity.ERROR, str(exc)))
            continue
        except PhotoError as exc:
            problems.append(Problem(*where, "VN103", Severity.ERROR, f"content/{relpath}: {exc}"))
            continue
        if info.bytes > settings.photo_max_bytes:
            size, limit = info.bytes / 1024 / 1024, settings.photo_max_bytes / 1024 / 1024
            problems.append(
                Problem(
                    *where,
                    "VN104",
                    Severity.WARNING,
                    f"ảnh gốc content/{relpath} nặng {size:.1f} MB (quá {limit:.0f} MB, "
                    "PHOTO_MAX_BYTES): hãy thu nhỏ trước khi đưa vào kho",
                )
            )
    return problems


def svg_file_problems(paths: list[Path]) -> list[Problem]:
    """VN108 an SVG with script, an event handler or a ``javascript:`` address (error, at
    its line): opened directly, it would run on the site; the build does not publish it."""
    problems: list[Problem] = []
    for path in paths:
        try:
            found = svg_problem(path.read_bytes())
        except OSError:
            continue
        if found is not None:
            line, reason = found
            message = f"ảnh SVG {reason}: trang web sẽ không đăng tệp này; hãy bỏ phần đó đi"
            problems.append(Problem(str(path), line, 1, "VN108", Severity.ERROR, message))
    return problems
