"""Issue 14, fiftieth round: the rules written against issuer misses (fresh89, the round's
training batch, and older batches), on made-up sentences of the same shapes, with the cases that
must stay as they were.
"""

from __future__ import annotations

from citations import extract

from tests.support import cited_documents as _docs

# --- "khởi tố bổ sung" in a prosecution decision's description before its code ---------------


def test_a_supplementary_prosecution_decision_keeps_its_subject_and_date():
    text = (
        "Ngày 5/3/2018, Cục Cảnh sát hình sự đã ra quyết định khởi tố bổ sung vụ án hình sự số "
        "21/C45-P2 đối với ông A."
    )
    assert _docs(text) == [("21/C45-P2", "Cục Cảnh sát hình sự", "2018-03-05")]
    (citation,) = extract(text).documents
    assert citation.type == "Quyết định"


def test_the_description_still_has_at_most_six_more_words():
    # seven words after "khởi tố bổ sung": the noun is too far for the code, as before
    text = (
        "Ngày 5/3/2018, Cục Cảnh sát hình sự đã ra quyết định khởi tố bổ sung vụ án hình sự "
        "lạm dụng chức vụ quyền hạn số 21/C45-P2."
    )
    assert _docs(text) == [("21/C45-P2", None, None)]
    # "bổ sung" elsewhere counts as two words of the description, as before
    text = (
        "Ngày 5/3/2018, Cục Cảnh sát hình sự đã ra quyết định bổ sung khởi tố vụ án hình sự số "
        "21/C45-P2."
    )
    assert _docs(text) == [("21/C45-P2", None, None)]


# --- a police department by its code, "C46", as the subject that issues --------------------


def test_a_police_department_code_opening_the_clause_is_the_issuer():
    text = (
        "Cơ quan CSĐT Bộ Công an cho biết căn cứ tài liệu thu thập được, C45 đã ra quyết định "
        "khởi tố bổ sung vụ án hình sự số 21/C45-P2 và khởi tố bị can."
    )
    assert _docs(text) == [("21/C45-P2", "C45", None)]
    text = "Ngày 12/6/2019, PC02 đã ra Quyết định số 88/QĐ-PC02 về việc khởi tố."
    assert _docs(text) == [("88/QĐ-PC02", "PC02", "2019-06-12")]
    text = "Quyết định số 21/C45-P2 của C45 về việc khởi tố vụ án."
    assert _docs(text) == [("21/C45-P2", "C45", None)]


def test_a_c_code_inside_a_code_or_after_a_lower_case_word_is_no_body():
    text = "Quyết định số 21/C45-P2 ngày 12/6/2019 về việc khởi tố vụ án."
    assert _docs(text) == [("21/C45-P2", None, "2019-06-12")]
    # a lot, a block: places, never a body
    text = "Ngày 12/6/2019, lô C12 đã có văn bản số 17/BQL-KT gửi các hộ dân."
    assert _docs(text) == [("17/BQL-KT", None, None)]
    text = "Ngày 12/6/2019, khu C10 đã có văn bản số 17/BQL-KT gửi các hộ dân."
    assert _docs(text) == [("17/BQL-KT", None, None)]
    # three digits, or letters glued to it, are no department's code
    text = "Ngày 12/6/2019, C450 đã có văn bản số 17/BQL-KT gửi các hộ dân."
    assert _docs(text) == [("17/BQL-KT", None, None)]


# --- "Quản lý thị trường" with its place: the market surveillance force -----------------------


def test_market_surveillance_by_its_force_name_and_place_is_a_body():
    text = "Theo báo cáo số 2141/BC-QLTT của Quản lý thị trường Đà Nẵng, cơ sở này bán hàng giả."
    assert _docs(text) == [("2141/BC-QLTT", "Quản lý thị trường Đà Nẵng", None)]
    text = (
        "Ngày 7/9/2017, Quản lý thị trường Đà Nẵng đã có văn bản số 2141/BC-QLTT gửi Bộ Công "
        "thương."
    )
    assert _docs(text) == [("2141/BC-QLTT", "Quản lý thị trường Đà Nẵng", "2017-09-07")]


def test_market_surveillance_stays_whole_in_its_department_and_lower_case_is_none():
    text = (
        "Theo báo cáo số 2141/BC-QLTT của Chi cục Quản lý thị trường Đà Nẵng, cơ sở bán hàng giả."
    )
    assert _docs(text) == [("2141/BC-QLTT", "Chi cục Quản lý thị trường Đà Nẵng", None)]
    text = "Theo báo cáo số 2141/BC-QLTT của quản lý thị trường Đà Nẵng, cơ sở này bán hàng giả."
    assert _docs(text) == [("2141/BC-QLTT", None, None)]
    # without a place it names the field, no body
    text = "Theo báo cáo số 2141/BC-QLTT về Quản lý thị trường, cơ sở này bán hàng giả."
    assert _docs(text) == [("2141/BC-QLTT", None, None)]


# --- a pagoda by its name after "của" --------------------------------------------------------


def test_a_pagoda_by_its_name_after_cua_is_the_issuer():
    text = "UBND huyện nhận được thông báo số 15-TB/CTH ngày 2-3-2019 của chùa Tam Chúc về lễ hội."
    assert _docs(text) == [("15-TB/CTH", "chùa Tam Chúc", "2019-03-02")]


def test_a_pagoda_elsewhere_is_a_place():
    text = "Ngày 2/3/2019, tại chùa Tam Chúc, UBND huyện đã ban hành Quyết định số 12/QĐ-UBND."
    assert _docs(text) == [("12/QĐ-UBND", "UBND huyện", "2019-03-02")]
    text = "Quyết định số 12/QĐ-UBND của chùa về việc tổ chức lễ hội."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]
