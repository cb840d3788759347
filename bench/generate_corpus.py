"""Generate a scaled, realistic corpus of portal articles for benchmarks.

Paragraphs come from the real reports in ../shared/corpus and ../shared/corpus-extra; dates,
authors, categories, tags and cited documents vary, and the pools of authors, tags and
documents grow with the corpus. Every title and every slug is unique at any size, and the
output depends only on ``--seed`` and ``-n``. Every article is valid for both stock Pelican and
the portal (real dates, real authors), so both build the same input.

    python bench/generate_corpus.py OUT_DIR [-n 2000] [--seed 7]
    python bench/generate_corpus.py OUT_DIR --edit [--marker TEXT]   # one-article edit

``--edit`` changes the newest article of an existing corpus (its title and its first body
paragraph now carry the marker, so the article page and every listing that shows it change)
and prints what was edited as JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import random
import re
import secrets
import unicodedata
from pathlib import Path

from vntext import slugify_vi

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Mai", "Ngô", "Lý"]
MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Quang", "Ngọc", "Thanh", "Hữu", "Đức", "Thị Bích"]
GIVEN = ["An", "Hà", "My", "Lành", "Dân", "Ngọc", "Đức", "Liên", "Ánh", "Ước", "Hoài", "Thiên"]
AUTHORS = [
    "Hoàng Thiên",
    "Đỗ Thị Lành",
    "Hoàng My",
    "Hoàng Hoài",
    "Mai Thanh Dân",
    "Nguyễn Văn An",
    "Trần Thị Bích Ngọc",
    "Lê Quang Đức",
    "Phạm Thu Hà",
    "Vũ Ngọc Liên",
    "Bùi Minh Ánh",
    "Đặng Văn Ước",
]
TAGS = [
    "sinh hoạt chi bộ",
    "tổ chức cơ sở đảng",
    "phát triển đảng viên",
    "công tác cán bộ",
    "bảo vệ chính trị nội bộ",
    "Đảng ủy Khối",
    "chuyển đổi số",
    "dân vận khéo",
    "học tập và làm theo Bác",
    "kiểm tra giám sát",
    "đại hội đảng bộ",
    "nghị quyết Trung ương",
    "công đoàn",
    "đoàn thanh niên",
    "cải cách hành chính",
    "phòng chống tham nhũng",
    "thi đua khen thưởng",
    "an sinh xã hội",
    "đảng viên trẻ",
    "tuyên truyền miệng",
    "quốc phòng an ninh",
    "kinh tế tư nhân",
    "tập huấn nghiệp vụ",
]
DOCUMENTS = [
    "98-QĐ/TW",
    "02-NQ/ĐUK",
    "10-CT/TW",
    "18-KL/TW",
    "12-HD/BTCTW",
    "05-CT/TW",
    "213-QĐ/TW",
    "04-NQ/TW",
    "30/2020/NĐ-CP",
    "21-NQ/TW",
    "28-NQ/TW",
    "08-QĐi/TW",
]
PARTY_KINDS = ["NQ", "CT", "QĐ", "KL", "HD", "TB", "KH"]
PARTY_ISSUERS = ["TW", "ĐUK", "BTCTW", "UBKTTW", "BTGTW"]
STATE_KINDS = ["NĐ-CP", "QĐ-TTg", "TT-BNV"]
UNITS = [
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Văn phòng UBND tỉnh",
    "Thanh tra tỉnh",
    "Sở Công Thương",
    "Sở Xây dựng",
    "Sở Nông nghiệp và Môi trường",
    "Kho bạc Nhà nước tỉnh",
    "Cục Thuế tỉnh",
    "Bảo hiểm xã hội tỉnh",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Ban Quản lý các khu công nghiệp",
    "Đài Phát thanh và Truyền hình",
    "Báo tỉnh",
    "Sở Khoa học và Công nghệ",
]
EVENTS = ["đại hội đảng bộ", "tổng kết năm", "sơ kết 6 tháng", "hội nghị cán bộ", "kỷ niệm"]
_MIN_PARAGRAPH = 80
_SLUG_LENGTH = 80
_EDIT_TITLE_RE = re.compile(r" \(sửa [0-9a-z]+\)$")
_EDIT_LINE = "Bài được cập nhật: "


@dataclasses.dataclass(frozen=True)
class Pools:
    """What articles draw from: real paragraphs and the site's vocabularies."""

    paragraphs: list[str]
    categories: list[str]
    authors: list[str]
    tags: list[str]
    documents: list[str]


@dataclasses.dataclass(frozen=True)
class Edit:
    """One article changed by ``edit_article``: where it is and what now shows the marker."""

    path: str
    slug: str
    title: str
    marker: str
    date: str
    category_slug: str
    author_slug: str

    def urls(self) -> dict[str, str]:
        """Site-relative URLs (portal URL shapes) whose page shows the edited title."""
        year, month = self.date[:4], self.date[5:7]
        return {
            "article": f"bai-viet/{self.slug}/",
            "home": "",
            "category": f"chuyen-muc/{self.category_slug}/",
            "author": f"tac-gia/{self.author_slug}/",
            "month": f"{year}/{month}/",
        }


def load_paragraphs() -> list[str]:
    """Real paragraphs (NFC, at least 80 characters) from the shared corpora."""
    paragraphs: list[str] = []
    for folder in (SHARED / "corpus", SHARED / "corpus-extra"):
        for path in sorted(folder.glob("*.txt")):
            text = unicodedata.normalize("NFC", path.read_text("utf-8", errors="replace"))
            for block in re.split(r"\n\s*\n|\n", text):
                block = " ".join(block.replace("\u00a0", " ").split())
                if len(block) >= _MIN_PARAGRAPH:
                    paragraphs.append(block)
    if not paragraphs:
        raise SystemExit(f"no paragraphs found under {SHARED}")
    return paragraphs


def portal_categories() -> list[str]:
    """The categories editors may use, from the portal's real settings."""
    from content_check.config import read_conf

    return list(read_conf(ROOT / "pelicanconf.py")["PORTAL_CATEGORIES"])


def make_pools(count: int, rng: random.Random) -> Pools:
    """Vocabularies that grow with the archive, as a real one does (deterministic)."""
    authors = list(AUTHORS)
    names = [f"{f} {m} {g}" for f in FAMILY for m in MIDDLE for g in GIVEN]
    rng.shuffle(names)
    wanted_authors = min(len(AUTHORS) + count // 400, 120)
    authors += [n for n in names if n not in authors][: wanted_authors - len(authors)]
    yearly = [f"{event} {year}" for event in EVENTS for year in range(2010, 2026)]
    rng.shuffle(yearly)
    tags = [*TAGS, *UNITS, *yearly][: len(TAGS) + count // 200]
    documents = dict.fromkeys(DOCUMENTS)  # ordered, with set-speed membership
    wanted_documents = min(len(DOCUMENTS) + count // 20, 3000)
    while len(documents) < wanted_documents:
        if rng.random() < 0.85:
            doc = f"{rng.randint(1, 400)}-{rng.choice(PARTY_KINDS)}/{rng.choice(PARTY_ISSUERS)}"
        else:
            doc = f"{rng.randint(1, 200)}/{rng.randint(2005, 2025)}/{rng.choice(STATE_KINDS)}"
        documents.setdefault(doc)
    return Pools(load_paragraphs(), portal_categories(), authors, tags, list(documents))


def _title(rng: random.Random, body: list[str], used: set[str]) -> str:
    """A headline from the real text, unique among ``used`` (qualified when it repeats)."""
    words = body[0].split()
    base = " ".join(words[: rng.randint(7, 13)]).rstrip(",.;:-–")
    title = base
    attempt = 0
    while title.casefold() in used:
        attempt += 1
        qualifier = rng.choice(UNITS) if attempt < 4 else f"{rng.choice(UNITS)}, kỳ {attempt}"
        title = f"{base} tại {qualifier}"
    used.add(title.casefold())
    return title


def _slug(title: str, used: set[str]) -> str:
    """The title's slug (at most 80 characters), made unique with ``-2``, ``-3``…"""
    base = slugify_vi(title, max_length=_SLUG_LENGTH)
    slug, number = base, 1
    while slug in used:
        number += 1
        suffix = f"-{number}"
        slug = base[: _SLUG_LENGTH - len(suffix)].rstrip("-") + suffix
    used.add(slug)
    return slug


def _when(rng: random.Random) -> dt.datetime:
    """A working-day publication time between 2010 and 2025."""
    day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randint(0, 16 * 365 - 1))
    while day.weekday() >= 5 and rng.random() < 0.8:
        day -= dt.timedelta(days=1)
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 17), rng.randint(0, 59))


def render_article(
    rng: random.Random, pools: Pools, titles: set[str], slugs: set[str]
) -> tuple[str, str]:
    """Return (relative path, Markdown text) of one generated article."""
    body = rng.sample(pools.paragraphs, k=rng.randint(4, 12))
    title = _title(rng, body, titles)
    slug = _slug(title, slugs)
    when = _when(rng)
    # Most articles cite one of the well-known documents; some cite rarer ones.
    documents = rng.sample(DOCUMENTS, k=rng.randint(0, 2))
    if rng.random() < 0.5:
        documents.append(rng.choice(pools.documents))
    meta = [
        ("Title", title),
        ("Date", when.strftime("%Y-%m-%d %H:%M")),
        ("Author", rng.choice(pools.authors)),
        ("Category", rng.choice(pools.categories)),
        ("Tags", ", ".join(rng.sample(pools.tags, k=rng.randint(1, 3)))),
        ("Summary", body[0][:300]),
        ("Slug", slug),
    ]
    if documents:
        meta.append(("Documents", "; ".join(dict.fromkeys(documents))))
    header = "".join(f"{key}: {value}\n" for key, value in meta)
    text = header + "\n" + "\n\n".join(body[1:]) + "\n"
    return f"{when:%Y}/{when:%m}/{slug}.md", text


def generate(out_dir: Path, count: int = 2000, seed: int = 7) -> Path:
    """Write ``count`` articles under ``out_dir`` (created) and return it."""
    rng = random.Random(seed)
    pools = make_pools(count, rng)
    titles: set[str] = set()
    slugs: set[str] = set()
    for _ in range(count):
        relpath, text = render_article(rng, pools, titles, slugs)
        target = out_dir / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return out_dir


def _header(text: str) -> dict[str, str]:
    """The ``Key: value`` lines before the first blank line."""
    values = {}
    for line in text.split("\n\n", 1)[0].splitlines():
        key, _, value = line.partition(": ")
        values[key] = value
    return values


def edit_article(content: Path, marker: str = "") -> Edit:
    """Edit the newest article under ``content``: title and first paragraph carry ``marker``.

    Editing again replaces the previous marker, so the file changes by one line each time.
    """
    marker = marker or f"sửa {secrets.token_hex(4)}"
    newest = max(
        (_header(p.read_text(encoding="utf-8")).get("Date", ""), p)
        for p in content.rglob("*.md")
        if p.relative_to(content).parts[0] not in {"pages", "van-ban"}
    )[1]
    head, _, body = newest.read_text(encoding="utf-8").partition("\n\n")
    meta = _header(head)
    title = _EDIT_TITLE_RE.sub("", meta["Title"]) + f" ({marker})"
    head = "\n".join(f"Title: {title}" if x.startswith("Title: ") else x for x in head.split("\n"))
    paragraphs = [p for p in body.split("\n\n") if not p.startswith(_EDIT_LINE)]
    body = "\n\n".join([f"{_EDIT_LINE}{marker}.", *paragraphs])
    newest.write_text(f"{head}\n\n{body}", encoding="utf-8")
    return Edit(
        path=str(newest),
        slug=meta["Slug"],
        title=title,
        marker=marker,
        date=meta["Date"],
        category_slug=slugify_vi(meta["Category"]),
        author_slug=slugify_vi(meta["Author"]),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--edit", action="store_true", help="edit the newest article of OUT_DIR")
    parser.add_argument("--marker", default="", help="text the edit adds (default: random)")
    args = parser.parse_args()
    if args.edit:
        edit = edit_article(args.out_dir, args.marker)
        print(json.dumps({**dataclasses.asdict(edit), "urls": edit.urls()}, ensure_ascii=False))
        return
    generate(args.out_dir, args.count, args.seed)
    print(f"{args.count} bài viết -> {args.out_dir}")


if __name__ == "__main__":
    main()
