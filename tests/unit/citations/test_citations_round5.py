"""Issue 14, fifth round: shapes the fresh4 labels showed (letter codes without a unit, a dot
for the dash, codes of an earlier regime, issuers named partly by abbreviation or by an office,
proposers before a parenthesised letter, a second letter of one proposal after its title, a
date printed right after a code), one representative sentence each.
"""

from __future__ import annotations

from citations import canonical_id, extract, is_valid_id


def docs(text: str) -> list[tuple]:
    return [(c.id, c.issuer, c.date) for c in extract(text).documents]


# --- coded ids ---------------------------------------------------------------------------------


def test_a_letter_code_without_unit_after_a_letter_noun():
    found = docs(
        "Xét đề nghị của Phòng Tài nguyên và Môi trường quận 3 tại công văn số 828/TNMT ngày 15 "
        "tháng 10 năm 2009 về việc đề nghị thông qua quy chế;"
    )
    assert found == [("828/TNMT", "Phòng Tài nguyên và Môi trường quận 3", "2009-10-15")]


def test_a_short_code_needs_a_letter_noun():
    # a decision or a bare "số" does not make "N/ABC" a letter code
    assert docs("Quyết định số 12/ABC ngày 1/2/2009") == []
    assert docs("theo số 828/TNMT") == []


def test_a_dot_for_the_dash_before_an_all_capital_issuer():
    found = docs(
        "Theo Tờ trình số 30/TTr. SXD ngày 19/01/2006 của Giám đốc Sở Xây dựng,\n"
        "Căn cứ Thông tư số 124/TT.TTr ngày 18/7/1990 của Thanh tra Nhà nước hướng dẫn;"
    )
    assert [f[:1] + f[2:] for f in found] == [
        ("30/TTr-SXD", "2006-01-19"),
        ("124/TT-TTr", "1990-07-18"),
    ]


def test_a_dot_never_joins_the_next_sentence():
    assert docs("Đã có Tờ trình số 12/TTr. Sau đó, tỉnh họp.") == []
    assert docs("Đã có Tờ trình số 12/TTr. Ta họp.") == []


def test_codes_of_an_earlier_regime_are_kept_as_printed():
    found = docs(
        "Ngày 22-10-1956, Tổng thống VNCH Ngô Đình Diệm đã ký Sắc lệnh số 143-NV về việc đổi "
        "tên các tỉnh.\nNgày 21-10-1969, Thủ tướng VNCH Trần Thiện Khiêm đã ký Nghị định số "
        "709-BNV/HCĐP sáp nhập xã.\nNgày 6-9-1973, VNCH ban hành Nghị định số 420-BNV/HCĐP/26."
    )
    assert [f[0] for f in found] == ["143-NV", "709-BNV/HCĐP", "420-BNV/HCĐP/26"]
    assert extract("Sắc lệnh số 143-NV").documents[0].type == "Sắc lệnh"


def test_a_dashed_code_needs_a_noun_and_so_and_is_never_a_party_code():
    assert docs("Nghị định 709-BNV/HCĐP") == []
    assert docs("vùng 143-NV") == []
    assert docs("Quyết định số 15-QĐ/TWĐTN") == []  # the Youth Union, not read
    assert canonical_id("12-XY/TW") is None
    assert is_valid_id("709-BNV/HCĐP")
