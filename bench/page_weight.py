"""Page weight of an article page: its HTML plus the CSS and JavaScript it requires.

Budget: 60 KB uncompressed (issue 6). Search assets (Pagefind) load on the search page only,
so they are not part of an article's weight; images are content, not page chrome, and are
listed apart. With its lead photo, as a phone 360 px wide loads it (the photo the browser
picks from `srcset`: the narrowest WebP at least 360 px wide; lazy images are not loaded),
an article page loads at most 150 KB (issue 15, column "with photo"). Usage:

    .venv/bin/python bench/page_weight.py [OUTPUT_DIR] [--budget-kb 60]

Builds nothing: run `invoke build` first (default OUTPUT_DIR is output/). Prints one row per
article page and exits 1 if any page is over budget.
"""

from __future__ import annotations

import argparse
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
KB = 1024


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.css: list[str] = []
        self.js: list[str] = []
        self.images: list[str] = []
        self.eager: list[str] = []  # the photo a 360 px phone loads for each eager <picture>
        self._webp: str = ""

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "source" and values.get("type") == "image/webp":
            self._webp = values.get("srcset") or ""
        elif tag == "img" and values.get("loading") != "lazy":
            candidates = self._webp or values.get("srcset") or ""
            chosen = pick_candidate(candidates, PHONE_WIDTH) or values.get("src") or ""
            if chosen:
                self.eager.append(chosen)
        if tag == "img":
            self._webp = ""
        if tag == "link" and "stylesheet" in (values.get("rel") or "").split():
            self.css.append(values.get("href") or "")
        elif tag == "script" and values.get("src"):
            self.js.append(values["src"])
        elif tag == "img" and values.get("src"):
            self.images.append(values["src"])


PHONE_WIDTH = 360
PHOTO_BUDGET_KB = 150


def pick_candidate(srcset: str, width: int) -> str:
    """The URL of ``srcset`` a browser picks for ``width`` device pixels: the narrowest
    candidate at least that wide, else the widest."""
    candidates = []
    for part in srcset.split(","):
        fields = part.split()
        if len(fields) == 2 and fields[1].endswith("w") and fields[1][:-1].isdigit():
            candidates.append((int(fields[1][:-1]), fields[0]))
    if not candidates:
        return ""
    candidates.sort()
    return next((url for w, url in candidates if w >= width), candidates[-1][1])


def local_file(site: Path, page: Path, url: str) -> Path | None:
    """The output file behind a same-site URL, or None for other sites."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    path = site / parts.path.lstrip("/") if parts.path.startswith("/") else page.parent / parts.path
    return path / "index.html" if path.is_dir() else path


def page_weight(site: Path, page: Path) -> dict[str, int]:
    """Bytes of the page's HTML, required CSS and JS, and (apart) its images."""
    html = page.read_bytes()
    assets = _Assets()
    assets.feed(html.decode("utf-8"))

    def total(urls: list[str]) -> int:
        files = {local_file(site, page, url) for url in urls}
        return sum(path.stat().st_size for path in files if path and path.is_file())

    return {
        "html": len(html),
        "css": total(assets.css),
        "js": total(assets.js),
        "images": total(assets.images),
        "photo": total(assets.eager),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default=str(ROOT / "output"))
    parser.add_argument("--budget-kb", type=float, default=60.0)
    args = parser.parse_args(argv)
    site = Path(args.output)
    pages = sorted((site / "bai-viet").glob("*/index.html"))
    if not pages:
        print(f"no article pages under {site}/bai-viet: run `invoke build` first", file=sys.stderr)
        return 2
    print(
        f"{'article':<50} {'HTML':>8} {'CSS':>7} {'JS':>6} {'total':>8}  {'images':>8}"
        f"  {'with photo':>10}"
    )
    over = 0
    worst = 0
    for page in pages:
        weight = page_weight(site, page)
        required = weight["html"] + weight["css"] + weight["js"]
        worst = max(worst, required)
        loaded = required + weight["photo"]
        flag = "  OVER" if required > args.budget_kb * KB or loaded > PHOTO_BUDGET_KB * KB else ""
        over += bool(flag)
        name = page.parent.name[:50]
        print(
            f"{name:<50} {weight['html'] / KB:7.1f}K {weight['css'] / KB:6.1f}K "
            f"{weight['js'] / KB:5.1f}K {required / KB:7.1f}K  {weight['images'] / KB:7.1f}K"
            f"  {loaded / KB:9.1f}K{flag}"
        )
    print(f"heaviest article page: {worst / KB:.1f} KB of {args.budget_kb:.0f} KB budget")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
