"""Generate a scaled, realistic corpus of portal articles for benchmarks.

Paragraphs come from the real reports in ../shared/corpus and ../shared/corpus-extra; dates,
authors, categories, tags and cited documents vary. Every article is valid for both stock
Pelican and the portal (real dates, real authors), so both build the same input.

    python bench/generate_corpus.py OUT_DIR [-n 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import unicodedata
from pathlib import Path

from pelican.settings import read_settings
from vntext import slugify_vi

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))
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
_MIN_PARAGRAPH = 80


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
    return list(read_settings(str(ROOT / "pelicanconf.py"))["PORTAL_CATEGORIES"])


def render_article(
    number: int, rng: random.Random, paragraphs: list[str], categories: list[str]
) -> tuple[str, str]:
    """Return (relative path, Markdown text) of one generated article."""
    body = rng.sample(paragraphs, k=rng.randint(4, 12))
    title = " ".join(body[0].split()[: rng.randint(8, 14)]).rstrip(",.;:") + f" ({number})"
    when = dt.datetime(2010, 1, 1, 7, 0) + dt.timedelta(minutes=rng.randint(0, 16 * 365 * 1440))
    slug = slugify_vi(title, max_length=80)
    documents = "; ".join(rng.sample(DOCUMENTS, k=rng.randint(0, 3)))
    meta = [
        ("Title", title),
        ("Date", when.strftime("%Y-%m-%d %H:%M")),
        ("Author", rng.choice(AUTHORS)),
        ("Category", rng.choice(categories)),
        ("Tags", ", ".join(rng.sample(TAGS, k=rng.randint(1, 3)))),
        ("Summary", body[0][:300]),
        ("Slug", slug),
    ]
    if documents:
        meta.append(("Documents", documents))
    header = "".join(f"{key}: {value}\n" for key, value in meta)
    text = header + "\n" + "\n\n".join(body[1:]) + "\n"
    return f"{when:%Y}/{when:%m}/{slug}.md", text


def generate(out_dir: Path, count: int = 2000, seed: int = 7) -> Path:
    """Write ``count`` articles under ``out_dir`` (created) and return it."""
    rng = random.Random(seed)
    paragraphs = load_paragraphs()
    categories = portal_categories()
    for number in range(1, count + 1):
        relpath, text = render_article(number, rng, paragraphs, categories)
        target = out_dir / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return out_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.out_dir, args.count, args.seed)
    print(f"{args.count} bài viết -> {args.out_dir}")


if __name__ == "__main__":
    main()
