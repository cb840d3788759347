"""Build a content folder with the portal's real settings (used by build_bench.py).

python bench/portal_build.py CONTENT_DIR OUTPUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parents[1]


def build(content: Path, output: Path) -> None:
    """Run the portal build of ``content`` into ``output``."""
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={"PATH": str(content), "OUTPUT_PATH": str(output), "THEME": str(ROOT / "theme")},
    )
    Pelican(settings).run()


if __name__ == "__main__":
    build(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve())
