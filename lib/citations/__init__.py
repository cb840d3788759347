"""Citation library: find, canonicalise and identify the Party and State documents a text cites.

Pure Python (no Pelican). See README.md in this folder for the API, the key rule and limits.
"""

from .canonical import (
    MalformedDocumentId,
    ParsedId,
    canonical_id,
    document_key,
    is_valid_id,
    parse_id,
)
from .extract import extract, extract_citations, term_problem
from .grammar import TYPE_NOUNS, type_from_code
from .models import Citation, Extraction, Mention, Reference, ReferenceKind, System

__all__ = [
    "TYPE_NOUNS",
    "Citation",
    "Extraction",
    "MalformedDocumentId",
    "Mention",
    "ParsedId",
    "Reference",
    "ReferenceKind",
    "System",
    "canonical_id",
    "document_key",
    "extract",
    "extract_citations",
    "is_valid_id",
    "parse_id",
    "term_problem",
    "type_from_code",
]
