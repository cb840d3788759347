"""The lead photo of an article as templates see it (pure data)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Source:
    """One published derivative: site-relative URL, pixel size and MIME type."""

    url: str
    width: int
    height: int
    type: str  # "image/webp" or "image/jpeg"


@dataclass(frozen=True, slots=True)
class Photo:
    """``article.photo``: text as the editor wrote it and the derivatives, widest last."""

    alt: str
    caption: str
    credit: str
    sources: tuple[Source, ...]

    def _of(self, kind: str) -> tuple[Source, ...]:
        return tuple(s for s in self.sources if s.type == kind)

    @property
    def webp_srcset(self) -> str:
        return ", ".join(f"{s.url} {s.width}w" for s in self._of("image/webp"))

    @property
    def jpeg_srcset(self) -> str:
        return ", ".join(f"{s.url} {s.width}w" for s in self._of("image/jpeg"))

    def jpeg(self, width: int) -> Source:
        """The JPEG of ``width`` or the nearest wider one (the widest if none is)."""
        jpegs = self._of("image/jpeg")
        return next((s for s in jpegs if s.width >= width), jpegs[-1])

    @property
    def largest(self) -> Source:
        return self._of("image/jpeg")[-1]

    @property
    def width(self) -> int:
        return self.largest.width

    @property
    def height(self) -> int:
        return self.largest.height
