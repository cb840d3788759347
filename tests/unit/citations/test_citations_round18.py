"""Issue 14, eighteenth round: general shapes behind the fresh25 misses (vietnews articles),
made-up sentences of the same shape, with the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents

# --- an office holder named with his title, a comma, then "ký" -----------------------------------


def test_an_office_holder_with_his_name_and_a_comma_before_ky_is_the_issuer():
    found = cited_documents(
        "Ngày 3/2/2010, Phó Chủ tịch UBND tỉnh Nam Định Trần Văn An, ký quyết định số "
        "512/QĐ-UBND, thu hồi đất của dự án."
    )
    assert found == [("512/QĐ-UBND", "Phó Chủ tịch UBND tỉnh Nam Định Trần Văn An", "2010-02-03")]
    found = cited_documents(
        "Ngày 9/10/2015, Giám đốc Sở Xây dựng Lê Văn Bình, đã ký Công văn số 12/SXD-QLN gửi các "
        "quận."
    )
    assert found == [("12/SXD-QLN", "Giám đốc Sở Xây dựng Lê Văn Bình", "2015-10-09")]


def test_a_body_without_a_title_and_name_before_the_comma_is_not_the_signer():
    # a body, not an office holder: a comma before "ký" is no subject's
    found = cited_documents("Ngày 3/2/2010, UBND tỉnh Nam Định, ký quyết định số 512/QĐ-UBND.")
    assert found == [("512/QĐ-UBND", None, None)]
    # the proposer is not the signer
    found = cited_documents(
        "Ngày 3/2/2010, theo đề nghị của Sở Tài chính, ký quyết định số 512/QĐ-UBND."
    )
    assert found == [("512/QĐ-UBND", None, None)]
    # a relative clause after the comma: "người đã ký" is no verb of the subject
    found = cited_documents(
        "Phó Chủ tịch UBND tỉnh Nam Định Trần Văn An, người đã ký quyết định số 512/QĐ-UBND, "
        "bị kỷ luật."
    )
    assert found == [("512/QĐ-UBND", None, None)]


# --- the date after "ký ban hành" -----------------------------------------------------------------


def test_the_date_after_ky_ban_hanh_is_the_codes():
    found = cited_documents(
        "Theo Quyết định số 52/QĐ-UBND do Chủ tịch UBND huyện Tam Nông ký ban hành ngày 4/9/2016 "
        "thì việc này đã rõ."
    )
    assert found == [("52/QĐ-UBND", "Chủ tịch UBND huyện Tam Nông", "2016-09-04")]
    found = cited_documents("Quyết định số 52/QĐ-UBND ký ban hành 4/9/2016 đã nêu rõ điều đó.")
    assert found == [("52/QĐ-UBND", None, "2016-09-04")]


def test_ky_ban_hanh_without_a_date_gives_none():
    found = cited_documents("Quyết định số 52/QĐ-UBND ký ban hành tháng trước vẫn chưa thực hiện.")
    assert found == [("52/QĐ-UBND", None, None)]
