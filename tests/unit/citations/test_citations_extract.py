"""Extraction tables: every shape, pitfall and look-alike of design/citations.md, on real snippets.

Each row names its case; snippets come from the seed reports, the grammar notes and real reports
of the wider corpus (shortened).
"""

from __future__ import annotations

import unicodedata

import pytest
from citations import ReferenceKind, System, extract, extract_citations


def ids(text: str) -> list[str]:
    return [c.id for c in extract_citations(text)]


def only(text: str):
    found = extract_citations(text)
    assert len(found) == 1, [c.id for c in found]
    return found[0]


# --- coded ids: shape, canonical id, type, system ------------------------------------------------

CODED = [
    ("party-basic", "theo Quy định số 98-QĐ/TW của Ban Bí thư", "98-QĐ/TW", "Quy định", "party"),
    ("party-no-so", "Nghị quyết 02-NQ/ĐUK của Đảng ủy Khối", "02-NQ/ĐUK", "Nghị quyết", "party"),
    ("party-chi-thi", "theo Chỉ thị 10-CT/TW về", "10-CT/TW", "Chỉ thị", "party"),
    ("party-ket-luan", "Kết luận số 18-KL/TW của", "18-KL/TW", "Kết luận", "party"),
    ("party-central-organ", "Hướng dẫn 12-HD/BTCTW ngày", "12-HD/BTCTW", "Hướng dẫn", "party"),
    ("party-qdi-code", "theo 08-QĐi/TW của Bộ Chính trị", "08-QĐi/TW", "Quy định", "party"),
    ("space-after-dash", "nội dung Quy định 98- QĐ/TW của", "98-QĐ/TW", "Quy định", "party"),
    ("space-both-sides", "Quy định số 98 - QĐ / TW", "98-QĐ/TW", "Quy định", "party"),
    ("en-dash", "Chỉ thị 05–CT/TW của Bộ Chính trị", "05-CT/TW", "Chỉ thị", "party"),
    ("non-breaking-hyphen", "Chỉ thị 05\u2011CT/TW", "05-CT/TW", "Chỉ thị", "party"),
    ("u00d0-for-d-stroke", "Nghị quyết số 02-NQ/\u00d0UK", "02-NQ/ĐUK", "Nghị quyết", "party"),
    ("so-with-colon", "Kế hoạch số: 15/KH-UBND ngày", "15/KH-UBND", "Kế hoạch", "state"),
    ("so-capital-colon", "Tờ trình Số: 896/TTr-STC-GCS", "896/TTr-STC-GCS", "Tờ trình", "state"),
    ("no-break-space", "Quy định\u00a0số\u00a098-QĐ/TW", "98-QĐ/TW", "Quy định", "party"),
    ("alnum-number", "Nghị quyết số 12a-NQ/TU của", "12a-NQ/TU", "Nghị quyết", "party"),
    ("alnum-state", "Nghị quyết số 30c/NQ-CP ngày 08/11/2011", "30c/NQ-CP", "Nghị quyết", "state"),
    ("suffixed-number", "Công văn số 1234-2/BNV-TCCB", "1234-2/BNV-TCCB", "Công văn", "state"),
    ("leading-zero-kept", "Chỉ thị số 05-CT/TW", "05-CT/TW", "Chỉ thị", "party"),
    ("other-shape-party", "Chỉ thị 05/CT-TW của Bộ Chính trị", "05-CT/TW", "Chỉ thị", "party"),
    ("quan-uy-slashes", "Quyết định 646/QĐ/QUTW", "646-QĐ/QUTW", "Quyết định", "party"),
    ("ta-u-for-tw", "Nghị quyết số 04-NQ/TƯ", "04-NQ/TW", "Nghị quyết", "party"),
    ("decree", "Nghị định 30/2020/NĐ-CP ngày 05/3/2020", "30/2020/NĐ-CP", "Nghị định", "state"),
    ("circular", "Thông tư 21/2012/TT-BLĐTBXH", "21/2012/TT-BLĐTBXH", "Thông tư", "state"),
    ("joint-circular", "Thông tư liên tịch số 35/2008/TTLT-BGDĐT-BNV", "35/2008/TTLT-BGDĐT-BNV",
     "Thông tư liên tịch", "state"),
    ("joint-slash", "Thông tư số 14/2008/TTLT/BTC-BTNMT", "14/2008/TTLT-BTC-BTNMT", "Thông tư",
     "state"),
    ("ampersand-issuer", "Thông tư liên tịch số 03/2006/TTLT-BYT-BTC-BLĐTB&XH",
     "03/2006/TTLT-BYT-BTC-BLĐTB&XH", "Thông tư liên tịch", "state"),
    ("pm-decision", "Quyết định 1234/QĐ-TTg ngày", "1234/QĐ-TTg", "Quyết định", "state"),
    ("law", "Luật số 12/2008/QH12", "12/2008/QH12", "Luật", "state"),
    ("law-no-noun", "theo 23/2008/QH12 và", "23/2008/QH12", "Luật", "state"),
    ("ordinance", "Pháp lệnh số 38/2001/PL-UBTVQH10", "38/2001/PL-UBTVQH10", "Pháp lệnh", "state"),
    ("letter", "Công văn 1234/BNV-TCCB ngày", "1234/BNV-TCCB", "Công văn", "state"),
    ("letter-van-ban", "tại văn bản số 872/VPCP-KGVX", "872/VPCP-KGVX", "Công văn", "state"),
    ("old-state-cp", "Nghị định số 64/CP ngày", "64/CP", "Nghị định", "state"),
    ("old-state-hdbt", "Căn cứ Nghị định 244/HĐBT ngày 30/6/1990", "244/HĐBT", "Nghị định",
     "state"),
    ("lowercase-state", "nghị định số 58/2001/nđ-cp ngày", "58/2001/NĐ-CP", "Nghị định", "state"),
    ("lowercase-ttg", "quyết định số 12/qđ-ttg", "12/QĐ-TTg", "Quyết định", "state"),
    ("party-shape-state-issuer", "Nghị quyết số 24-NQ/UBND về", "24-NQ/UBND", "Nghị quyết",
     "state"),
    ("noun-quy-dinh-not-quyet-dinh", "Quy định số 213-QĐ/TW", "213-QĐ/TW", "Quy định", "party"),
    ("code-qd-without-noun", "theo 213-QĐ/TW", "213-QĐ/TW", "Quyết định", "party"),
    ("noun-disagrees-keep-printed", "theo tinh thần Quy định số 76-CT/TW và", "76-CT/TW",
     "Quy định", "party"),
    ("noun-far-from-number", "thông báo kết luận của Ban Thường vụ Huyện ủy số 120-TB/HU",
     "120-TB/HU", "Thông báo", "party"),
    ("parenthesised", "(Quyết định số 1816/QĐ-BYT)", "1816/QĐ-BYT", "Quyết định", "state"),
    ("glued-so", "Quy định số98-QĐ/TW", "98-QĐ/TW", "Quy định", "party"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want_id", "want_type", "want_system"),
    [pytest.param(*row[1:], id=row[0]) for row in CODED],
)
def test_extract_coded_shapes(text, want_id, want_type, want_system):
    c = only(text)
    assert (c.id, c.type, c.system) == (want_id, want_type, System(want_system))


def test_extract_mention_text_and_offsets_are_exact():
    text = "Theo tinh thần Quy định 98- QĐ/TW của Ban Bí thư (khóa IX) thực hiện"
    c = only(text)
    (m,) = c.mentions
    assert m.text == "Quy định 98- QĐ/TW"
    assert text[m.start : m.end] == m.text


def test_extract_offsets_index_nfc_text_of_nfd_input():
    nfc_text = "Đảng ủy ban hành Nghị quyết số 02-NQ/ĐUK, ngày 26/4/2021của Ban Chấp hành"
    nfd_text = unicodedata.normalize("NFD", nfc_text)
    assert len(nfd_text) > len(nfc_text)
    c = only(nfd_text)
    (m,) = c.mentions
    assert nfc_text[m.start : m.end] == m.text == "Nghị quyết số 02-NQ/ĐUK"
    assert c.date == "2021-04-26"


# --- coordination ---


def test_extract_elided_noun_in_coordination_shares_noun_and_issuer():
    text = "gắn với Chỉ thị 29-CT/TU và 43-CT/TU của Ban Thường vụ Thành ủy, Đề án"
    first, second = extract_citations(text)
    assert (first.id, second.id) == ("29-CT/TU", "43-CT/TU")
    assert first.type == second.type == "Chỉ thị"
    assert second.mentions[0].text == "43-CT/TU"
    assert first.issuer == second.issuer == "Ban Thường vụ Thành ủy"


def test_extract_coordination_does_not_give_a_wrong_noun():
    first, second = extract_citations("Nghị quyết 12-NQ/TW và 05-CT/TW")
    assert (first.type, second.type) == ("Nghị quyết", "Chỉ thị")


def test_extract_issuer_is_not_shared_across_own_issuers():
    text = "theo Chỉ thị 10-CT/TW của Ban Bí thư và Kết luận số 18-KL/TW của Bộ Chính trị"
    a, b = extract_citations(text)
    assert (a.issuer, b.issuer) == ("Ban Bí thư", "Bộ Chính trị")


# --- context: issuer, date, term -----------------------------------------------------------------

CONTEXT = [
    ("issuer-ban-bi-thu", "Quy định số 98-QĐ/TW của Ban Bí thư (khóa IX) về", "Ban Bí thư", None,
     "IX"),
    ("issuer-bo-chinh-tri", "Chỉ thị số 05-CT/TW của Bộ Chính trị, Chỉ thị", "Bộ Chính trị", None,
     None),
    ("issuer-btv-tinh-uy", "Chỉ thị 15-CT/TU của Ban Thường vụ Tỉnh ủy về",
     "Ban Thường vụ Tỉnh ủy", None, None),
    ("issuer-chinh-phu", "Nghị định số 42/2009/NĐ-CP ngày 07/5/2009 của Chính phủ về",
     "Chính phủ", "2009-05-07", None),
    ("issuer-ministry", "Thông tư 45/2006/TT-BTC ngày 25/5/2006 của Bộ Tài chính hướng dẫn",
     "Bộ Tài chính", "2006-05-25", None),
    ("issuer-province-name", "Quyết định số 5/QĐ-UBND của UBND tỉnh Lâm Đồng về",
     "UBND tỉnh Lâm Đồng", None, None),
    ("issuer-stops-at-title", "Quyết định số 02/2007/QĐ-UBND ngày 15/01/2007 của Uỷ ban nhân "
     "dân tỉnh Khánh Hoà Ban hành Quy định", "Uỷ ban nhân dân tỉnh Khánh Hoà", "2007-01-15", None),
    ("issuer-stops-at-v-v", "Quyết định số 114/2004/QĐ-UB của UBND tỉnh V/v đổi tên",
     "UBND tỉnh", None, None),
    ("term-after-issuer", "Kết luận số 18-KL/TW của Ban Bí thư khóa XII và", "Ban Bí thư", None,
     "XII"),
    ("term-khoa-spelling", "Chỉ thị số 16-CT/TW của Ban Bí thư Trung ương (khoá IX) về",
     "Ban Bí thư Trung ương", None, "IX"),
    ("date-no-space-before-cua", "Nghị quyết số 02-NQ/ĐUK, ngày 26/4/2021của Ban Chấp hành Đảng "
     "bộ Khối về", "Ban Chấp hành Đảng bộ Khối", "2021-04-26", None),
    ("date-dashes", "Nghị quyết số 03-NQ/ĐUK ngày 4-7-2011, về", None, "2011-07-04", None),
    ("date-spaced-dashes", "Nghị quyết số 05-NQ/TW, ngày 24 - 9 - 2001 về", None, "2001-09-24",
     None),
    ("date-words", "Chỉ thị số 32-CT/TW ngày 09 tháng 12 năm 2003 của Ban Bí thư",
     "Ban Bí thư", "2003-12-09", None),
    ("date-month-only", "Nghị quyết số 02-NQ/TU tháng 7/2011 của Tỉnh ủy", "Tỉnh ủy", "2011-07",
     None),
    ("date-and-issuer-before", "ngày 4-7-2011 Đảng ủy Khối đã ban hành Nghị quyết số 02-NQ/ĐUK "
     "về Xây dựng", "Đảng ủy Khối", "2011-07-04", None),
    ("issuer-before-co", "Ngày 20/4/1981 Bộ Chính trị có Nghị quyết 37-NQ/TW về",
     "Bộ Chính trị", "1981-04-20", None),
    ("plenum-before", "Hội nghị Trung ương 3 khoá IX đã ra Nghị quyết số 05-NQ/TW về",
     "Hội nghị Trung ương 3", None, "IX"),
    ("plenum-after-comma", "Nghị quyết số 13-NQ/TW ngày 16-1-2012, Hội nghị Trung ương 4 khoá XI "
     "là", "Hội nghị Trung ương 4", "2012-01-16", "XI"),
    ("impossible-date-dropped", "Nghị quyết số 02-NQ/TU ngày 45/13/2011", None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "issuer", "date", "term"), [pytest.param(*row[1:], id=row[0]) for row in CONTEXT]
)
def test_extract_context_fields(text, issuer, date, term):
    c = only(text)
    assert (c.issuer, c.date, c.term) == (issuer, date, term)


# --- merging one document, keeping two apart ------------------------------------------------------


def test_extract_merges_mentions_and_combines_context():
    text = (
        "theo tinh thần Quy định 98-QĐ/TW. Nội dung Quy định số 98- QĐ/TW, ngày 22/3/2004 của "
        "Ban Bí thư về chức năng. Quy định 98- QĐ/TW của Ban Bí thư (khóa IX) thực hiện."
    )
    c = only(text)
    assert len(c.mentions) == 3
    assert (c.issuer, c.date, c.term) == ("Ban Bí thư", "2004-03-22", "IX")
    assert c.key == "98-QĐ/TW#khoa-IX"


def test_extract_two_terms_for_one_id_are_two_documents():
    text = (
        "Nghị quyết số 04-NQ/TW của Hội nghị Trung ương 3 (khóa X) và Nghị quyết số 04-NQ/TW "
        "của Hội nghị Trung ương 4 (khóa XII) đều bàn về xây dựng Đảng."
    )
    x, xii = extract_citations(text)
    assert x.id == xii.id == "04-NQ/TW"
    assert (x.term, xii.term) == ("X", "XII")
    assert x.key != xii.key


def test_extract_misprinted_code_files_under_noun_consistent_code():
    text = (
        "theo tinh thần Quy định số 213-CT/TW, ngày 02/01/2020 của Bộ Chính trị. Sau đó, theo "
        "Quy định số 76-QĐ/TW và Quy định số 213-QĐ/TW của Bộ Chính trị."
    )
    found = {c.id: c for c in extract_citations(text)}
    assert set(found) == {"213-QĐ/TW", "76-QĐ/TW"}
    assert found["213-QĐ/TW"].printed_ids == ("213-CT/TW", "213-QĐ/TW")
    assert found["213-QĐ/TW"].type == "Quy định"
    assert found["76-QĐ/TW"].issuer == "Bộ Chính trị"


# --- back-references and uncoded references ---


def test_extract_backref_becomes_a_mention_of_the_coded_document():
    text = "Quy định số 98-QĐ/TW của Ban Bí thư. Các đơn vị thực hiện theo Quy định số 98, tạo"
    c = only(text)
    assert [m.text for m in c.mentions] == ["Quy định số 98-QĐ/TW", "Quy định số 98"]
    assert extract(text).references == ()


def test_extract_backref_needs_the_same_noun():
    text = "Quy định số 98-QĐ/TW của Ban Bí thư. Theo Chỉ thị số 98, các đơn vị"
    result = extract(text)
    assert len(result.documents[0].mentions) == 1
    (ref,) = result.references
    assert (ref.kind, ref.label) == (ReferenceKind.NUMBER_ONLY, "Chỉ thị 98")


UNCODED = [
    ("plenum-paren-term",
     "trọng tâm là Nghị quyết Trung ương 4 (khóa XII) về xây dựng, chỉnh đốn Đảng", "plenum",
     "Nghị quyết Trung ương 4 khóa XII", "04-NQ/TW"),
    ("plenum-tw-abbrev", "chi bộ thực hiện Nghị quyết TW 4 khóa XII", "plenum",
     "Nghị quyết Trung ương 4 khóa XII", "04-NQ/TW"),
    ("plenum-glued", "đảng viên thực hiện Nghị quyết TW4 khoá XI", "plenum",
     "Nghị quyết Trung ương 4 khóa XI", "12-NQ/TW"),
    ("plenum-hoi-nghi", "Nghị quyết Hội nghị Trung ương 3 khoá X về tăng cường", "plenum",
     "Nghị quyết Trung ương 3 khóa X", "04-NQ/TW"),
    ("plenum-lan-thu", "Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương (khoá X) về",
     "plenum", "Nghị quyết Trung ương 7 khóa X", None),
    ("plenum-no-term-unresolved", "theo Nghị quyết Trung ương 4, các cấp ủy", "plenum",
     "Nghị quyết Trung ương 4", None),
    ("plenum-unknown-row-unresolved", "Nghị quyết Trung ương 8 khoá VI Đảng đã nêu", "plenum",
     "Nghị quyết Trung ương 8 khóa VI", None),
    ("number-and-plenum", "thực hiện Nghị quyết 18 của Hội nghị Trung ương 6 (khóa XII) về",
     "number_and_plenum", "Nghị quyết 18 Hội nghị Trung ương 6 khóa XII", "18-NQ/TW"),
    ("number-and-plenum-unknown-number", "Nghị quyết 99 của Hội nghị Trung ương 6 (khóa XII)",
     "number_and_plenum", "Nghị quyết 99 Hội nghị Trung ương 6 khóa XII", None),
    ("congress-national", "thực hiện Nghị quyết Đại hội XI của Đảng, các cấp", "congress",
     "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI", None),
    ("congress-national-long", "Tiếp thu Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI của "
     "Đảng và", "congress", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI", None),
    ("congress-local-ordinal", "chỉ tiêu Nghị quyết Đại hội Đảng bộ khối lần thứ 8, nhiệm kỳ "
     "2015-2020 đề ra", "congress", "Nghị quyết Đại hội Đảng bộ khối lần thứ 8", None),
    ("congress-local-term-years", "thực hiện Nghị quyết Đại hội Đảng bộ khối nhiệm kỳ 2015-2020 "
     "là", "congress", "Nghị quyết Đại hội Đảng bộ khối nhiệm kỳ 2015-2020", None),
    ("number-only", "theo Chỉ thị 05 của Bộ Chính trị", "number_only", "Chỉ thị 05", "05-CT/TW"),
    ("number-only-alnum", "thực hiện Nghị quyết 12a về", "number_only", "Nghị quyết 12a", None),
    ("number-only-with-term", "Nghị quyết 26 của Bộ Chính trị (Khoá VI) đã nêu", "number_only",
     "Nghị quyết 26 khóa VI", "26-NQ/TW"),
    ("number-only-local-issuer-open", "theo Chỉ thị 05 của Tỉnh ủy Khánh Hòa", "number_only",
     "Chỉ thị 05", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "label", "resolves_to"), [pytest.param(*r[1:], id=r[0]) for r in UNCODED]
)
def test_extract_uncoded_references(text, kind, label, resolves_to):
    result = extract(text)
    assert result.documents == ()
    (ref,) = result.references
    assert (ref.kind, ref.label, ref.resolves_to) == (ReferenceKind(kind), label, resolves_to)
    for m in ref.mentions:
        assert text[m.start : m.end] == m.text


def test_extract_elided_plenums_share_the_term():
    result = extract("quán triệt Nghị quyết Trung ương 4 và Trung ương 7 (khóa X) trong toàn")
    labels = [r.label for r in result.references]
    assert labels == ["Nghị quyết Trung ương 4 khóa X", "Nghị quyết Trung ương 7 khóa X"]
    assert result.references[1].mentions[0].text == "Trung ương 7 (khóa X)"


def test_extract_elided_congress_in_coordination():
    text = (
        "thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ thành phố lần thứ XII và Đại hội đại "
        "biểu toàn quốc lần thứ XI của Đảng."
    )
    labels = [r.label for r in extract(text).references]
    assert labels == [
        "Nghị quyết Đại hội Đảng bộ thành phố lần thứ XII",
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI",
    ]


def test_extract_termless_repeat_folds_into_the_stated_term():
    text = "Nghị quyết Trung ương 9 khoá XI chỉ rõ. Nghị quyết Trung ương 9 nhấn mạnh."
    (ref,) = extract(text).references
    assert ref.resolves_to == "33-NQ/TW"
    assert len(ref.mentions) == 2


# --- look-alikes ---

LOOKALIKES = [
    ("term-of-office", "Bí thư chủ trì hội nghị lần thứ 6, khóa VIII, nhiệm kỳ 2015-2020."),
    ("terms-listed", "các đồng chí Ủy viên Trung ương khóa V, VI, VII đã dự"),
    ("plan-years", "thực hiện kế hoạch 2012-2015 của ngành"),
    ("programme-number", "thực hiện chương trình 135 ở các xã đặc biệt khó khăn"),
    ("programme-name", "Đề án thực hiện chương trình “Thành phố 4 an”"),
    ("democracy-regulation", "thực hiện Quy chế dân chủ ở cơ sở tại nơi làm việc"),
    ("womens-congress", "quán triệt Nghị quyết Đại hội phụ nữ toàn quốc lần thứ XII"),
    ("plenum-without-resolution", "Hội nghị Trung ương 9 đề ra nhiệm vụ"),
    ("figure", "kết nạp được 80/100 đảng viên mới (đạt 80%)"),
    ("phone", "HOTLINE: 0834 244 333 | 024-3825-1234"),
    ("date", "Cập nhật ngày: 09/10/2018 | 16:34 GMT+7, ngày 30-3-2007"),
    ("percent-range", "Tỷ lệ tham gia học tập hằng năm đạt từ 92-94%."),
    ("generic-resolution", "các nghị quyết đại hội chi bộ và Điều lệ Đảng"),
    ("youth-union", "Quyết định số 15-QĐ/TWĐTN của Ban Bí thư Trung ương Đoàn"),
    ("year-after-noun", "Kế hoạch 2021 của Đảng ủy và Nghị quyết 2020"),
    ("unknown-type-code", "mã hồ sơ 12-XY/TW lưu tại"),
    ("letter-shape-without-so", "đạt chuẩn ISO 9001/TCVN-ISO trong năm"),
    ("decimal-after-noun", "Quyết định 1,5 tỷ đồng"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=name) for name, t in LOOKALIKES])
def test_extract_rejects_lookalikes(text):
    result = extract(text)
    assert result.documents == ()
    assert result.references == ()


def test_extract_never_raises_on_empty_and_odd_text():
    for text in ("", " ", "\n\n", "số", "Quy định số", "98-", "/TW", "Nghị quyết Trung ương"):
        assert extract(text).documents == ()


def test_extract_rejects_non_str():
    with pytest.raises(TypeError):
        extract(b"Quy \xc4\x91\xe1\xbb\x8bnh")  # type: ignore[arg-type]
