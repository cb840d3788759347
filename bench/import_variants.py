"""The importer on import-dev's reports printed the ways other portals print them.

Usage: ``python bench/import_variants.py [DIR] [--family FAMILY]… [-v]`` (FAMILY: date,
furniture, layout, text, encoding, page-encoding)
(DIR defaults to ``../shared/import-dev``).

import-dev has three page shapes with one furniture and one date format each; real archives
have many. This bench keeps every report's text and gold record and changes only what a
portal changes around it, then scores each variant with ``bench/import_score.py``'s rules:

* **date**: a text copy's date line printed in each of the forms in ``DATE_FORMS`` (weekday,
  labels, words, 12-hour clock, time first, the time on a line of its own…);
* **furniture**: a portal copy's header and footer replaced by other portals' furniture
  (``HEADERS``/``FOOTERS``: breadcrumbs, log-in bars, weather, rating and feedback widgets,
  comments, tags, licence lines…), four random draws per report (``--seed``);
* **layout**: a saved page without its machine dates (no meta tag, no ``<time>``) in
  ``LAYOUTS`` (a date span under ``<h1>``, a ``<div>`` title, the date above an ``<h2>``, a
  two-column table, the date after the article, day and time in elements of their own, a
  meta list, a breadcrumb inside the article, a headline in capitals, ``<font>`` and
  ``<br>``, the site's logo as ``<h1>`` over an ``<h2>`` headline, share and tag boxes),
  each with several date forms;
* **text**: a text copy laid out as other sources do (a kicker, a byline under the date, a
  series line under the title, hard wrapping at 60-76 columns, field labels, a Markdown
  heading, indentation);
* **encoding**: a text copy saved with CR LF or CR line ends, a byte-order mark, decomposed
  accents (NFD), UTF-16, Windows-1258 or VNI;
* **page-encoding**: a saved page in Windows-1258 (with or without its ``<meta>``), UTF-8
  without or under a wrong ``<meta>``, VNI bytes in a "VNI-Times" font declared as
  ISO-8859-1, or UTF-16.

Each variant is imported in a folder of its own (the same report twice is a duplicate). Prints
one line per variant with a miss, then totals per family; exits 1 on any miss.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from import_score import FIELDS, score_folder
from importer.legacy import encode

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
SHORT_WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một",
          "Mười Hai")  # fmt: skip


def date_forms(day: dt.date, hour: int, minute: int) -> dict[str, str]:
    """The date line of one report in the forms Vietnamese portals print (Vietnam time)."""
    d = f"{day.day:02d}/{day.month:02d}/{day.year}"
    t = f"{hour:02d}:{minute:02d}"
    weekday = WEEKDAYS[day.weekday()]
    h12, ampm = (hour % 12) or 12, "PM" if hour >= 12 else "AM"
    return {
        "weekday-gmt": f"{weekday}, {d}, {t} (GMT+7)",
        "plain": f"{d} {t}",
        "time-first": f"{t} | {d}",
        "updated": f"Cập nhật lúc {t}, ngày {d}",
        "posted-label": f"Ngày đăng: {day.day:02d}-{day.month:02d}-{day.year} | {t}",
        "seconds": f"{d} - {t}:00",
        "h-time": f"{hour:02d}h{minute:02d}, {d}",
        "words": f"{weekday}, ngày {day.day} tháng {day.month} năm {day.year} {t}",
        "posted-at": f"Đăng lúc: {t} {d}",
        "weekday-number": f"Thứ {day.weekday() + 2 if day.weekday() < 6 else 'CN'}, {d} | {t}",
        "weekday-short": f"{SHORT_WEEKDAYS[day.weekday()]}, {d} - {t}",
        "published-label": f"Ngày xuất bản: {d} {t}",
        "month-words": f"{day.day} Tháng {MONTHS[day.month - 1]} {day.year} | {t}",
        "iso": f"{day.isoformat()} {t}:00",
        "posted-on-at": f"Đăng ngày {d} lúc {t}",
        "dots": f"{day.day:02d}.{day.month:02d}.{day.year} | {t}",
        "twelve-hour": f"{weekday}, {d} | {h12}:{minute:02d} {ampm}",
        "updated-dash": f"Cập nhật: {t} - {d}",
        "offset": f"{d} {t} (GMT+07:00)",
        "unpadded": f"{weekday}, {day.day}/{day.month}/{day.year} - {hour}:{minute:02d}",
        "hours-minutes-words": f"{hour} giờ {minute:02d} phút, ngày {d}",
        "two-digit-year": f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d} {t}",
        "labels": f"Ngày: {d} - Giờ: {t}",
        "english": f"{day.strftime('%A, %B')} {day.day}, {day.year} {h12}:{minute:02d} {ampm}",
        "brackets": f"[{d} {t}]",
        "with-views": f"{d} {t} | Lượt xem: 1.234",
        "with-author": f"Tác giả: Minh Anh | {d} {t}",
        "time-own-line": f"{d}\n{t}",
        "time-line-first": f"{t}\n{weekday}, {d}",
        "ict": f"{d} {t} ICT",
        "dot-time": f"{d} {hour:02d}.{minute:02d}",
    }


HEADERS = (
    ("Trang chủ » Tin tức » Thời sự",),
    ("Bạn đang ở: Trang chủ > Tin tức - Sự kiện",),
    ("Đăng nhập | Đăng ký", "Tìm kiếm..."),
    ("Hotline: 0243.823.4567 | Email: toasoan@dangbo.vn",),
    ("English | Tiếng Việt", "RSS | Sơ đồ site"),
    ("GIỚI THIỆU  TIN TỨC  VĂN BẢN  THƯ VIỆN ẢNH  LIÊN HỆ",),
    ("Cỡ chữ: A A A", "Bản in"),
    ("Trang chủ / Thời sự / Trong nước",),
    ("Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao",),
    (),
)
FOOTERS = (
    ("Bình luận (0)", "Gửi bình luận", "Họ tên", "Email"),
    ("Ý kiến bạn đọc", "Chưa có ý kiến nào. Hãy là người đầu tiên bình luận!"),
    ("Tin cùng chuyên mục", "Hội nghị tổng kết công tác năm 2013 (21/10/2013)"),
    ("Tin mới hơn", "Tin cũ hơn"),
    ("Từ khóa: kinh tế, xã hội, thời sự",),
    ("Bài viết liên quan", "Đọc nhiều nhất"),
    ("Chia sẻ: Facebook Zalo Twitter", "Lượt xem: 1.234"),
    ("Đánh giá bài viết: ★★★★★ (12 lượt)",),
    ("Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "Click để đánh giá bài viết"),
    ("Bài viết có hữu ích với bạn không? Có Không",),
    ("Về đầu trang", "Gửi cho bạn bè", "In trang"),
    ("Bản quyền © 2013 Đảng bộ Khối. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",),
    ("Cơ quan chủ quản: Đảng ủy Khối", "Địa chỉ: 6 Hoàng Hoa Thám, Ba Đình, Hà Nội"),
    ("TIN KHÁC", "Hội nghị tổng kết công tác năm"),
    ("Lên đầu trang ↑",),
    (),
)
_NAV = '<div class="menu"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></div>'
_ASIDE = (
    "<div class='tin-khac'><h3>Tin khác</h3><ul><li><a href='/a'>Hội nghị sơ kết (21/10/2013)"
    "</a></li></ul></div><div class='footer'>Bản quyền thuộc Đảng ủy Khối.</div>"
)
LAYOUTS: dict[str, Callable[[str, str, str], str]] = {
    "h1-date-span": lambda t, d, b: f"<h1>{t}</h1><span class='date'>{d}</span>{b}",
    "div-title": lambda t, d, b: f"<div class='tieu-de'>{t}</div><div class='ngay'>{d}</div>{b}",
    "date-above-h2": lambda t, d, b: f"<div class='ngay'>{d}</div><h2>{t}</h2>{b}",
    "table": lambda t, d, b: (
        f"<table width='100%'><tr><td width='200'>{_NAV}</td><td><h3 class='title'>{t}</h3>"
        f"<p class='date'>{d}</p>{b}</td></tr></table>"
    ),
    "date-after": lambda t, d, b: f"<article><h1>{t}</h1>{b}<p>Ngày đăng: {d}</p></article>",
    "meta-list": lambda t, d, b: (
        f"<article><h1>{t}</h1><ul class='meta'><li>{d}</li><li>Lượt xem: 1.234</li>"
        f"<li>In bài</li></ul>{b}</article>"
    ),
    "breadcrumb-inside": lambda t, d, b: (
        "<article><p><a href='/'>Trang chủ</a> &gt; <a href='/t'>Tin tức</a></p>"
        f"<h1>{t}</h1><p><em>{d}</em></p>{b}</article>"
    ),
    "title-in-capitals": lambda t, d, b: f"<article><h1>{t.upper()}</h1><p>{d}</p>{b}</article>",
    "font-and-br": lambda t, d, b: (
        f"<table><tr><td><font size='4'><b>{t}</b></font><br><font size='2'><i>{d}</i>"
        f"</font><br><br>{b}</td></tr></table>"
    ),
    "logo-h1-title-h2": lambda t, d, b: (
        "<h1 class='logo'>Cổng TTĐT Đảng bộ Khối</h1><div class='detail'>"
        f"<h2 class='title'>{t}</h2><div class='date'>{d}</div>{b}</div>"
    ),
    "share-and-tags": lambda t, d, b: (
        f"<article><h1>{t}</h1><div class='date'>{d}</div><div class='share'><a href='#'>"
        f"Facebook</a> <a href='#'>Zalo</a></div>{b}<div class='tags'>Tags: <a href='/a'>"
        "kinh tế</a>, <a href='/b'>xã hội</a></div></article>"
    ),
    "date-time-apart": lambda t, d, b: (
        f"<article><h1>{t}</h1><div class='date'>{d.split(' ')[0]}</div>"
        f"<div class='time'>{d.split(' ')[1]}</div>{b}</article>"
    ),
}
LAYOUT_DATE_FORMS = ("plain", "words", "weekday-gmt", "posted-at", "twelve-hour", "updated")


def _gold(folder: Path) -> dict[str, dict]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return {name: record for name, record in gold.items() if record.get("time")}


def _when(record: dict) -> tuple[dt.date, int, int]:
    hour, minute = map(int, record["time"].split(":"))
    return dt.date.fromisoformat(record["date"]), hour, minute


def _title_index(lines: list[str], record: dict) -> int | None:
    return next((i for i, line in enumerate(lines) if line.strip() == record["title"]), None)


def _date_line_index(lines: list[str], record: dict) -> int | None:
    day = dt.date.fromisoformat(record["date"])
    printed = re.compile(rf"(?<!\d)0?{day.day}[/.-]0?{day.month}[/.-]{day.year}")
    return next(
        (i for i, line in enumerate(lines) if printed.search(line) and len(line) < 70), None
    )


def date_variants(folder: Path, seed: int) -> Iterator[tuple[str, str, str, dict]]:
    """(variant, file name, text, gold) for every text copy and date form."""
    for name, record in sorted(_gold(folder).items()):
        if not name.endswith(".txt"):
            continue
        lines = (folder / name).read_text(encoding="utf-8").split("\n")
        at = _date_line_index(lines, record)
        if at is None:
            continue
        for form, line in date_forms(*_when(record)).items():
            yield form, name, "\n".join([*lines[:at], line, *lines[at + 1 :]]), record


def furniture_variants(folder: Path, seed: int) -> Iterator[tuple[str, str, str, dict]]:
    """Portal copies with their header and footer furniture drawn from other portals'."""
    rng = random.Random(seed)
    for name, record in sorted(_gold(folder).items()):
        if not name.endswith("-portal.txt"):
            continue
        lines = (folder / name).read_text(encoding="utf-8").split("\n")
        title = _title_index(lines, record)
        dated = _date_line_index(lines, record) is not None  # a copy that prints its date
        end = next((i for i in range(len(lines) - 1, -1, -1) if record["body_tail"][-20:] in
                    " ".join(lines[i].split())), None)  # fmt: skip
        if title is None or not dated or end is None:
            continue
        for draw in range(4):
            header = [*rng.choice(HEADERS), *rng.choice(HEADERS)[:1]]
            footer = [line for _ in range(rng.randint(1, 3)) for line in rng.choice(FOOTERS)]
            text = "\n".join([*header, "", *lines[title : end + 1], "", "", *footer]) + "\n"
            yield f"draw-{draw}", name, text, record


def layout_variants(folder: Path, seed: int) -> Iterator[tuple[str, str, str, dict]]:
    """Saved pages without machine dates, in other layouts, with several date forms."""
    for name, record in sorted(_gold(folder).items()):
        if not name.endswith((".html", ".htm")):
            continue
        markup = (folder / name).read_text(encoding="utf-8")
        body = re.search(r"<p class=\"sapo\">.*?(?=</article>)", markup, re.S)
        page_title = re.search(r"<title>(.*?)</title>", markup, re.S)
        if not body or not page_title:
            continue
        forms = date_forms(*_when(record))
        for layout, build in LAYOUTS.items():
            for form in LAYOUT_DATE_FORMS[:1] if layout == "date-time-apart" else LAYOUT_DATE_FORMS:
                article = build(record["title"], forms[form], body.group(0))
                page = (
                    f"<html><head><title>{page_title.group(1)}</title></head><body>{_NAV}"
                    f"<div class='noi-dung'>{article}</div>{_ASIDE}</body></html>"
                )
                yield f"{layout}/{form}", name, page, record


def _text_forms(lines: list[str], title: int, at: int) -> dict[str, list[str]]:
    """A text copy's lines (title at ``title``, date line at ``at``) as other sources lay
    them out: bylines under the date, a series line, hard wrapping, field labels…"""
    body = lines[at + 1 :]

    def wrap(text_lines: list[str], width: int) -> list[str]:
        return [
            part
            for line in text_lines
            for part in (textwrap.wrap(line, width, break_on_hyphens=False) or [""])
        ]

    return {
        "kicker": [*lines[:title], "THỜI SỰ", *lines[title:]],
        "credit-under-date": [*lines[: at + 1], "", "Bài và ảnh: MINH ANH", "", *body],
        "name-under-date": [*lines[: at + 1], "Minh Anh", *body],
        "series-line": [*lines[: title + 1], "(Kỳ 1: Những con số biết nói)", *lines[title + 1 :]],
        "source-at-end": [*lines, "", "(Theo VOV)"],
        "indented": [f"    {line}" if line.strip() else line for line in lines],
        "markdown-heading": [*lines[:title], f"# {lines[title]}", *lines[title + 1 :]],
        "field-labels": [
            *lines[:title],
            f"Tiêu đề: {lines[title]}",
            *lines[title + 1 : at + 1],
            "Nội dung:",
            *body,
        ],
        "body-wrapped-72": [*lines[: at + 1], *wrap(body, 72)],
        "all-wrapped-60": wrap(lines, 60),
        "wrapped-no-blank-lines": wrap([line for line in lines if line.strip()], 76),
    }


def text_variants(folder: Path, seed: int) -> Iterator[tuple[str, str, str, dict]]:
    """Text copies laid out as other sources lay them out (``_text_forms``)."""
    for name, record in sorted(_gold(folder).items()):
        if not name.endswith(".txt"):
            continue
        lines = (folder / name).read_text(encoding="utf-8").split("\n")
        title = _title_index(lines, record)
        at = _date_line_index(lines, record)
        if title is None or at is None or at < title:
            continue
        for form, new_lines in _text_forms(lines, title, at).items():
            yield form, name, "\n".join(new_lines), record


def encoding_variants(folder: Path, seed: int) -> Iterator[tuple[str, str, bytes, dict]]:
    """Text copies saved in the encodings and line endings old archives have."""
    for name, record in sorted(_gold(folder).items()):
        if not name.endswith(".txt"):
            continue
        text = (folder / name).read_text(encoding="utf-8")
        forms = {
            "crlf": text.replace("\n", "\r\n").encode(),
            "cr": text.replace("\n", "\r").encode(),
            "utf-8-bom": b"\xef\xbb\xbf" + text.encode(),
            "nfd": unicodedata.normalize("NFD", text).encode(),
            "utf-16": text.encode("utf-16"),
        }
        for legacy in ("cp1258", "vni"):
            try:
                forms[legacy] = encode(text, legacy)
            except ValueError:
                continue  # a character the legacy code page cannot hold
        for form, data in forms.items():
            yield form, name, data, record


def page_encoding_variants(folder: Path, seed: int) -> Iterator[tuple[str, str, bytes, dict]]:
    """Saved pages in the encodings old portals served: Windows-1258 with or without its
    ``<meta>``, UTF-8 without one or under a wrong one, VNI or TCVN3 bytes in a "VNI-Times"
    or ".VnTime" font declared as ISO-8859-1, UTF-16."""
    meta = '<meta charset="utf-8">'
    latin1 = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    for name, record in sorted(_gold(folder).items()):
        if not name.endswith((".html", ".htm")):
            continue
        page = (folder / name).read_text(encoding="utf-8")
        if meta not in page:
            continue
        vni_page = page.replace(meta, latin1).replace("<body>", "<body><font face='VNI-Times'>")
        forms = {  # form: (page, how it is stored)
            "cp1258-meta": (page.replace(meta, '<meta charset="windows-1258">'), "cp1258"),
            "cp1258-no-meta": (page.replace(meta, ""), "cp1258"),
            "utf-8-no-meta": (page.replace(meta, ""), "utf-8"),
            "utf-8-wrong-meta": (page.replace(meta, '<meta charset="iso-8859-1">'), "utf-8"),
            "vni-font": (vni_page, "vni"),
            "utf-16": (page, "utf-16"),
        }
        for form, (markup, codec) in forms.items():
            try:
                data = markup.encode(codec) if codec.startswith("utf") else encode(markup, codec)
            except ValueError:
                continue  # a character the legacy code page cannot hold
            yield form, name, data, record


FAMILIES = {
    "date": date_variants,
    "furniture": furniture_variants,
    "layout": layout_variants,
    "text": text_variants,
    "encoding": encoding_variants,
    "page-encoding": page_encoding_variants,
}


def run(folder: Path, families: list[str], seed: int, verbose: bool) -> int:
    """Score every variant of every family; print misses and totals; the number of misses."""
    misses = 0
    for family in families:
        groups: dict[str, list[tuple[str, str | bytes, dict]]] = {}
        for variant, name, text, record in FAMILIES[family](folder, seed):
            groups.setdefault(variant, []).append((name, text, record))
        totals = dict.fromkeys(FIELDS, 0)
        reports = rejected = 0
        with tempfile.TemporaryDirectory() as tmp:
            for index, (variant, items) in enumerate(sorted(groups.items())):
                variant_dir = Path(tmp) / str(index)
                variant_dir.mkdir()
                for name, text, _ in items:
                    data = text if isinstance(text, bytes) else text.encode("utf-8")
                    (variant_dir / name).write_bytes(data)
                gold = {name: record for name, _, record in items}
                (variant_dir / "gold.json").write_text(
                    json.dumps(gold, ensure_ascii=False), encoding="utf-8"
                )
                score = score_folder(variant_dir)
                reports += score.total
                rejected += len(score.rejected)
                for key in FIELDS:
                    totals[key] += score.right[key]
                wrong = [k for k in FIELDS if score.right[k] < score.total] + (
                    ["rejected"] if score.rejected else []
                )
                if wrong:
                    misses += 1
                    print(f"{family} {variant}: {score.total} reports, wrong: {', '.join(wrong)}")
                    if verbose:
                        for line in score.rejected + score.misses:
                            print(f"    {line}")
        fields = ", ".join(f"{key} {totals[key]}/{reports}" for key in FIELDS)
        print(f"{family}: {len(groups)} variants, {reports} reports: {fields}, rejected {rejected}")
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "import-dev"
    parser.add_argument("folder", type=Path, nargs="?", default=default)
    parser.add_argument("--family", choices=sorted(FAMILIES), action="append")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    return 1 if run(args.folder, args.family or list(FAMILIES), args.seed, args.verbose) else 0


if __name__ == "__main__":
    sys.exit(main())
