"""A new article's file name and text (pure): what `invoke new` writes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import PurePosixPath

from vntext import VN_TZ, fold_diacritics, nfc, slugify_vi

SLUG_MAX_LENGTH = 80


class ScaffoldError(ValueError):
    """The editor's input cannot make an article; the message (Vietnamese) says what to do."""


@dataclass(frozen=True, slots=True)
class NewArticle:
    """A new article: where it goes under content/ and its full text."""

    relpath: PurePosixPath
    slug: str
    text: str


def match_category(value: str, categories: tuple[str, ...]) -> str:
    """The category of ``categories`` that ``value`` names: exactly, without diacritics or as
    a slug ("xay-dung-dang"). Raises ScaffoldError listing the choices otherwise."""
    wanted = nfc(value).strip()
    for category in categories:
        if wanted == category:
            return category
    key = fold_diacritics(wanted).casefold()
    for category in categories:
        if key in (fold_diacritics(category).casefold(), slugify_vi(category)):
            return category
    choices = "; ".join(categories)
    raise ScaffoldError(f"chuyên mục `{value}` không có trong danh sách: {choices}")


_PHOTO_KEYS = ("Image", "Image_alt", "Image_caption", "Image_credit")


def new_article(
    *,
    title: str,
    category: str,
    author: str,
    tags: str = "",
    summary: str = "",
    status: str = "draft",
    categories: tuple[str, ...],
    now: dt.datetime | None = None,
    image: str = "",
    image_alt: str = "",
    image_caption: str = "",
    image_credit: str = "",
) -> NewArticle:
    """Metadata and path ``YYYY/MM/<slug>.md`` for an article written now (Vietnam time)."""
    title = " ".join(nfc(title).split())
    author = " ".join(nfc(author).split())
    if not title:
        raise ScaffoldError("thiếu tiêu đề (--title)")
    if not author:
        raise ScaffoldError("thiếu tác giả (--author); ghi `unknown` nếu bài không có tác giả")
    slug = slugify_vi(title, max_length=SLUG_MAX_LENGTH)
    if not slug:
        raise ScaffoldError(f"không tạo được địa chỉ (slug) từ tiêu đề `{title}`")
    chosen = match_category(category, categories)
    photo = [" ".join(nfc(v).split()) for v in (image, image_alt, image_caption, image_credit)]
    if photo[0] and not photo[1]:
        raise ScaffoldError("có --image thì phải có --image-alt (tả ngắn gọn nội dung ảnh)")
    moment = (now or dt.datetime.now(VN_TZ)).astimezone(VN_TZ)
    tag_list = [" ".join(t.split()) for t in nfc(tags).split(",") if t.strip()]
    lines = [
        f"Title: {title}",
        f"Date: {moment:%Y-%m-%d %H:%M}",
        f"Author: {author}",
        f"Category: {chosen}",
        f"Tags: {', '.join(tag_list)}" if tag_list else "",
        f"Summary: {' '.join(nfc(summary).split())}".rstrip(),
        *(f"{k}: {v}" for k, v in zip(_PHOTO_KEYS, photo, strict=True) if v and photo[0]),
        f"Slug: {slug}",
        f"Status: {status}" if status else "",
    ]
    text = "\n".join(line for line in lines if line) + "\n\nViết nội dung bài ở đây.\n"
    return NewArticle(PurePosixPath(f"{moment:%Y}/{moment:%m}/{slug}.md"), slug, text)
