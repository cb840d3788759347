"""Legacy Vietnamese encodings: Windows-1258, VNI-Windows, TCVN3 (ABC) and VIQR (pure)."""

from importer.legacy.convert import (
    ENCODINGS,
    LegacyDecodeError,
    canonical_encoding,
    decode,
    encode,
)
from importer.legacy.detect import Detection, UndecodableError, detect, vietnamese_score

__all__ = [
    "ENCODINGS",
    "Detection",
    "LegacyDecodeError",
    "UndecodableError",
    "canonical_encoding",
    "decode",
    "detect",
    "encode",
    "vietnamese_score",
]
