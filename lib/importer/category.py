"""Category of an imported report: ``--category`` wins, else the keyword rule below (pure).

Rule: each category has keywords; a keyword found in the title counts 3, in the summary 1.
The category with the highest score (at least 3, i.e. a title keyword or three in the
summary) is chosen; ties go to the earlier row. Otherwise ``DEFAULT_CATEGORY``.
"""

from __future__ import annotations

from vntext import fold_diacritics

DEFAULT_CATEGORY = "Tin hoạt động"
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Kiểm tra - Giám sát",
        (
            "kiểm tra",
            "giám sát",
            "kỷ luật",
            "ủy ban kiểm tra",
            "uỷ ban kiểm tra",
            "thi hành kỷ luật",
        ),
    ),
    ("Tuyên giáo - Dân vận", ("tuyên giáo", "dân vận", "tuyên truyền", "học tập và làm theo")),
    ("Công tác tổ chức", ("công tác tổ chức", "bổ nhiệm", "quy hoạch cán bộ", "kết nạp")),
    (
        "Xây dựng Đảng",
        (
            "xây dựng đảng",
            "chi bộ",
            "tổ chức đảng",
            "tổ chức cơ sở đảng",
            "đảng viên",
            "trong sạch, vững mạnh",
            "đảng bộ",
        ),
    ),
    ("Văn bản - Chỉ đạo", ("hướng dẫn số", "chỉ thị số", "kế hoạch số", "công văn")),
)


def _fold(text: str) -> str:
    return " ".join(fold_diacritics(text).lower().replace("uỷ", "ủy").split())


def choose_category(title: str, summary: str = "", *, allowed: tuple[str, ...] = ()) -> str:
    folded_title, folded_summary = _fold(title), _fold(summary)
    best, best_score = DEFAULT_CATEGORY, 0
    for category, words in KEYWORDS:
        if allowed and category not in allowed:
            continue
        score = 0
        for word in words:
            key = _fold(word)
            score += 3 * folded_title.count(key) + folded_summary.count(key)
        if score > best_score:
            best, best_score = category, score
    return best if best_score >= 3 else DEFAULT_CATEGORY
