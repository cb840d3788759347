"""Vietnamese text core: normalisation, slugs, collation and dates.

Pure library: it imports nothing from Pelican, so the checker, the importer and the
plugins can all rely on it and it is tested on plain strings.
"""

from vntext.collation import collation_key, person_name_key, sort_vi
from vntext.dates import (
    VN_TZ,
    format_date_vi,
    format_datetime_vi,
    format_month_vi,
    month_name_vi,
    parse_datetime_vn,
)
from vntext.normalize import fold_diacritics, nfc, strip_control_chars
from vntext.slug import slugify_vi

__all__ = [
    "VN_TZ",
    "collation_key",
    "fold_diacritics",
    "format_date_vi",
    "format_datetime_vi",
    "format_month_vi",
    "month_name_vi",
    "nfc",
    "parse_datetime_vn",
    "person_name_key",
    "slugify_vi",
    "sort_vi",
    "strip_control_chars",
]
