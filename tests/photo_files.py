"""Photos made with Pillow for the tests: camera-like JPEGs with EXIF orientation and GPS."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image

ORIENTATION = 0x0112
GPS_IFD = 0x8825


def camera_jpeg(
    path: Path, width: int = 1600, height: int = 1200, orientation: int = 6, seed: int = 1
) -> Path:
    """A noisy photo (so it compresses like a real one) with an EXIF orientation and GPS
    position, as a phone camera writes them. Left half red, right half blue."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height))
    noise = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    left = Image.new("RGB", (width // 2, height), (200, 30, 30))
    right = Image.new("RGB", (width - width // 2, height), (30, 30, 200))
    image.paste(left, (0, 0))
    image.paste(right, (width // 2, 0))
    image = Image.blend(image, Image.merge("RGB", (noise, noise, noise)), 0.25)
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "Máy ảnh thử"  # Make
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)})
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=90, exif=exif)
    return path


def png_bytes(size=(400, 300), mode="RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, 0).save(buffer, "PNG")
    return buffer.getvalue()


def photo_like_jpeg(path: Path, width: int = 2400, height: int = 1600) -> Path:
    """A camera-sized photo that compresses like a real scene: gradients, shapes, grain."""
    from PIL import ImageDraw, ImageFilter

    rng = random.Random(7)
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(20, 300)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(3))
    grain = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    image = Image.blend(image, Image.merge("RGB", (grain, grain, grain)), 0.06)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=92)
    return path
