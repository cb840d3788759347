"""Issue 14, ninth round: general shapes behind the fresh7 misses (personnel decisions of the
Politburo, a plenum reference naming two terms, the settled meaning of a plenum with several
resolutions outside its topic, …), made-up sentences, with the cases that must stay as they
were.
"""

from __future__ import annotations

from citations import canonical_id, extract

from tests.support import cited_documents

# --- "QĐNS": a Party decision on personnel ------------------------------------------------------


def test_a_personnel_decision_of_the_politburo_is_a_party_code():
    assert canonical_id("215- QĐNS/TW") == "215-QĐNS/TW"
    found = cited_documents(
        "Đoàn công bố Quyết định số 215-QĐNS/TW ngày 2/3/2018 của Bộ Chính trị về thành lập "
        "Đoàn kiểm tra."
    )
    assert found == [("215-QĐNS/TW", "Bộ Chính trị", "2018-03-02")]
    (doc,) = extract("theo Quyết định số 215-QĐNS/TW của Ban Bí thư").documents
    assert (doc.type, doc.system.value) == ("Quyết định", "party")


def test_a_personnel_decision_shares_the_issuer_of_a_list():
    found = cited_documents(
        "theo Quy định số 12-QĐ/TW, ngày 3/4/2015 và Quyết định số 81-QĐNS/TW, ngày 5/6/2016 "
        "của Bộ Chính trị về tổ chức bộ máy"
    )
    assert found == [
        ("12-QĐ/TW", "Bộ Chính trị", "2015-04-03"),
        ("81-QĐNS/TW", "Bộ Chính trị", "2016-06-05"),
    ]


# --- a plenum reference naming two terms -------------------------------------------------------


def test_a_plenum_of_two_terms_resolves_to_neither():
    for text in (
        "Thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng, chỉnh đốn Đảng.",
        "Quán triệt Nghị quyết Trung ương 4 khoá XI và khoá XII về xây dựng Đảng, đảng viên.",
    ):
        (r,) = extract(text).references
        assert r.kind.value == "plenum" and r.resolves_to is None and r.term is None, text
        assert r.label == "Nghị quyết Trung ương 4 khóa XI, XII"


def test_a_plenum_of_two_terms_is_not_folded_into_the_one_of_one_term():
    refs = extract(
        "Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng; trước hết là Nghị quyết "
        "Trung ương 4 (khóa XII) về xây dựng, chỉnh đốn Đảng."
    ).references
    assert [(r.label, r.resolves_to) for r in refs] == [
        ("Nghị quyết Trung ương 4 khóa XI, XII", None),
        ("Nghị quyết Trung ương 4 khóa XII", "04-NQ/TW"),
    ]


def test_a_number_after_the_term_is_not_a_second_term():
    (r,) = extract(
        "Sau Nghị quyết Trung ương 4 khóa XII, 5 năm qua công tác xây dựng Đảng có chuyển biến."
    ).references
    assert (r.term, r.resolves_to) == ("XII", "04-NQ/TW")


# --- the settled meaning of a plenum with several resolutions ----------------------------------


def test_the_settled_meaning_needs_a_text_on_its_topic():
    # plenum 4 of khóa XII adopted 04 (Party building), 05 (growth model), 06 (integration)
    text = (
        "Chủ trương tuyển dụng viên chức theo hợp đồng đã được nêu ở Nghị quyết Trung ương 4 "
        "khóa XII và Quyết định số 15/QĐ-TTg về cải cách chế độ công vụ."
    )
    (r,) = extract(text).references
    assert (r.term, r.resolves_to) == ("XII", None)


def test_the_settled_meaning_holds_in_a_text_on_party_building():
    for text in (
        "Các chi bộ đã kiểm điểm theo Nghị quyết Trung ương 4 khóa XII.",
        "Cấp uỷ tổ chức học tập Nghị quyết Trung ương 4 khoá XI cho cán bộ.",
        "Kiểm điểm đảng viên theo Nghị quyết Trung ương 4 (khóa XII).",
    ):
        (r,) = extract(text).references
        assert r.resolves_to in ("04-NQ/TW", "12-NQ/TW"), text


def test_a_topic_or_a_one_resolution_plenum_needs_no_context():
    (r,) = extract("Theo Nghị quyết Trung ương 4 khóa XII về hội nhập kinh tế quốc tế.").references
    assert r.resolves_to == "06-NQ/TW"
    (r,) = extract("Thực hiện Nghị quyết Trung ương 3 (khóa VIII), ngành đã làm tốt.").references
    assert r.resolves_to == "03-NQ/HNTW"


def test_a_phrase_on_its_own_keeps_the_settled_meaning():
    # a register's "Cited_as" phrase is a name: nothing around it to speak of another topic
    for text in ("Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Trung ương 4 (khóa XII)."):
        (r,) = extract(text).references
        assert r.resolves_to == "04-NQ/TW", text
    (r,) = extract("thực hiện Nghị quyết Trung ương 4 khóa XII").references
    assert r.resolves_to is None


# --- one document printed with and without the leading zero ------------------------------------


def test_a_code_with_and_without_its_leading_zero_is_one_document():
    (doc,) = extract(
        "gắn với Kế hoạch số 07-KH/TW của Ban Bí thư; các nhiệm vụ theo Kế hoạch số 7-KH/TW "
        "ngày 2/3/2017 của Ban Bí thư về học tập."
    ).documents
    assert (doc.id, doc.issuer, doc.date) == ("07-KH/TW", "Ban Bí thư", "2017-03-02")
    assert doc.printed_ids == ("07-KH/TW", "7-KH/TW") and len(doc.mentions) == 2


def test_numbers_that_differ_otherwise_stay_two_documents():
    found = cited_documents("Kế hoạch số 07-KH/TW và Kế hoạch số 70-KH/TW của Ban Bí thư")
    assert [f[0] for f in found] == ["07-KH/TW", "70-KH/TW"]


# --- subjects: a coordinated "xây dựng và ban hành", a former land administration office ------


def test_the_subject_of_built_and_issued_is_the_issuer_of_any_document():
    found = cited_documents(
        "Bộ Tài chính đã xây dựng và ban hành Thông tư 12/2016/TT-BTC về phí, lệ phí."
    )
    assert found == [("12/2016/TT-BTC", "Bộ Tài chính", None)]
    # "xây dựng" alone still only builds a plan or a programme
    found = cited_documents("Bộ Tài chính đã xây dựng Thông tư 12/2016/TT-BTC về phí.")
    assert found == [("12/2016/TT-BTC", None, None)]


def test_a_former_land_administration_office_is_a_body():
    found = cited_documents(
        "Ngày 3/6/1998, Sở Địa chính (nay là Sở Tài nguyên và Môi trường) có Tờ trình số "
        "77/TT-ĐC đề nghị UBND tỉnh cấp giấy chứng nhận."
    )
    assert found == [("77/TT-ĐC", "Sở Địa chính", "1998-06-03")]


# --- "X đã ban hành hai Nghị quyết …, đó là Nghị quyết A … và Nghị quyết số B" -------------------


def test_the_subject_of_a_counted_object_reaches_the_items_after_do_la():
    refs = extract(
        "Sau đó, Ban Bí thư khóa X đã ban hành hai Chỉ thị về công tác dân vận, đó là Chỉ thị "
        "49 về vùng đồng bào dân tộc và Chỉ thị số 50 về vùng công giáo."
    ).references
    assert [(r.label, r.issuer, r.term, r.resolves_to) for r in refs] == [
        ("Chỉ thị 49 khóa X", "Ban Bí thư", "X", "49-CT/TW"),
        ("Chỉ thị 50 khóa X", "Ban Bí thư", "X", "50-CT/TW"),
    ]


def test_do_la_after_a_sentence_end_or_a_local_body_fixes_nothing():
    refs = extract(
        "Ban Bí thư đã ban hành hai Chỉ thị về dân vận. Đó là Chỉ thị 49 và Chỉ thị số 50."
    ).references
    assert [r.resolves_to for r in refs] == [None, None]
    refs = extract(
        "Tỉnh ủy đã ban hành hai Chỉ thị về dân vận, đó là Chỉ thị 49 về vùng đồng bào."
    ).references
    assert [(r.issuer, r.resolves_to) for r in refs] == [("Tỉnh ủy", None)]


# --- a noun, what the document does, then "số N" ------------------------------------------------


def test_a_described_decision_with_a_number_is_a_number_only_reference():
    refs = extract(
        "Bà A khởi kiện yêu cầu hủy Quyết định giải quyết khiếu nại số 333 của Chủ tịch UBND "
        "huyện B và Quyết định thu hồi đất số 2594 của UBND huyện B."
    ).references
    assert [(r.label, r.issuer, r.resolves_to, r.mentions[0].text) for r in refs] == [
        (
            "Quyết định 333",
            "Chủ tịch UBND huyện B",
            None,
            "Quyết định giải quyết khiếu nại số 333",
        ),
        ("Quyết định 2594", "UBND huyện B", None, "Quyết định thu hồi đất số 2594"),
    ]


def test_a_description_needs_a_capital_noun_and_no_clause_words():
    for text in (
        "UBND huyện quyết định thu hồi đất số 25 của ông A.",  # the verb
        "Quyết định này có số 12 trang.",
        "Luật sư số 6 của đoàn bào chữa.",  # a lawyer
    ):
        assert extract(text).references == (), text


# --- a court's judgment and the courts as bodies -----------------------------------------------


def test_a_judgment_code_is_a_coded_citation_of_its_court():
    assert canonical_id("139/2011/hs-pt") == "139/2011/HS-PT"
    assert canonical_id("02/2017/HNGĐ-GĐT") == "02/2017/HNGĐ-GĐT"
    (doc,) = extract(
        "Sau xét xử, TAND tỉnh Bắc Ninh đã ra bản án số 13/2015/HC-ST tuyên hủy quyết định."
    ).documents
    assert (doc.id, doc.type, doc.issuer, doc.system.value) == (
        "13/2015/HC-ST",
        "Bản án",
        "TAND tỉnh Bắc Ninh",
        "state",
    )
    found = cited_documents(
        "theo Bản án số 87/2016/DS-PT ngày 18/5/2016 của Tòa án nhân dân cấp cao tại Hà Nội về"
    )
    assert found == [("87/2016/DS-PT", "Tòa án nhân dân cấp cao tại Hà Nội", "2016-05-18")]
    found = cited_documents("theo Công văn số 38/NCPL ngày 2/3/2017 của TAND Tối cao về")
    assert found == [("38/NCPL", "TAND Tối cao", "2017-03-02")]


def test_a_judgment_category_needs_an_instance_and_a_year():
    assert canonical_id("02/2017/HC-UBND") is None
    assert canonical_id("02/HC-ST") is None
    assert extract("Bản án 20 năm tù được tuyên với bị cáo.").references == ()


# --- a central body after the title of a central Party document -------------------------------


def test_a_central_body_ending_the_title_clause_is_the_issuer():
    (doc,) = extract(
        "Sơ kết Quyết định số 217-QĐ/TW về ban hành quy chế giám sát và phản biện xã hội của "
        "Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội của Bộ Chính trị (khóa XI)."
    ).documents
    assert (doc.issuer, doc.term) == ("Bộ Chính trị", "XI")
    (doc,) = extract(
        "thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 về đẩy mạnh học tập và làm theo tư tưởng, "
        "đạo đức, phong cách Hồ Chí Minh của Bộ Chính trị, các chi bộ đã …"
    ).documents
    assert (doc.issuer, doc.date) == ("Bộ Chính trị", "2016-05-15")


def test_a_body_after_a_title_naming_a_document_or_not_ending_the_clause_is_not_read():
    for text in (
        "Kế hoạch số 04-KH/TW về thực hiện Nghị quyết Trung ương 4 của Bộ Chính trị.",
        "Chỉ thị số 05-CT/TW về học tập của Bộ Chính trị về lâu dài.",
        "Quyết định số 123-QĐ/TU về công tác cán bộ của Bộ Chính trị.",  # a provincial code
    ):
        (doc,) = extract(text).documents
        assert doc.issuer is None, text


# --- plenum numbers in words; the term the text prints for a plenum ----------------------------


def test_plenum_numbers_in_words():
    cases = (
        (
            "thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII "
            "về tăng cường xây dựng, chỉnh đốn Đảng",
            "Nghị quyết Trung ương 4 khóa XII",
            "04-NQ/TW",
        ),
        (
            "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa IX về tiếp tục đổi "
            "mới, phát triển và nâng cao hiệu quả kinh tế tập thể",
            "Nghị quyết Trung ương 5 khóa IX",
            "13-NQ/TW",
        ),
        (
            "Nghị quyết Hội nghị Trung ương tám khóa XI về Chiến lược bảo vệ Tổ quốc",
            "Nghị quyết Trung ương 8 khóa XI",
            "28-NQ/TW",
        ),
        (
            "Nghị quyết Hội nghị lần thứ mười hai Ban Chấp hành Trung ương",
            "Nghị quyết Trung ương 12",
            None,
        ),
    )
    for text, label, res in cases:
        (r,) = extract(text).references
        assert (r.label, r.resolves_to) == (label, res), text


def test_number_words_need_hoi_nghi_or_lan_thu_and_no_figure_after():
    for text in (
        "Nghị quyết của Trung ương ba năm qua đã đi vào cuộc sống.",
        "Nghị quyết Hội nghị lần thứ năm 2017 của Ban Chấp hành Trung ương.",
        "Các Nghị quyết Hội nghị Trung ương năm 2017 đã đi vào cuộc sống.",
    ):
        assert extract(text).references == (), text


def test_a_termless_plenum_takes_the_term_the_text_prints_not_the_date():
    text = (
        "Hội nghị Trung ương tám khóa I (5-1941) đã thay đổi chiến lược. Nghị quyết Hội nghị "
        "Trung ương tám là một sự kiện đặc biệt quan trọng."
    )
    (r,) = extract(text, date="2019-05-01").references
    assert (r.label, r.resolves_to) == ("Nghị quyết Trung ương 8", None)  # khóa I: not tabled
    text = (
        "Hội nghị Trung ương 4 khóa XII bàn về xây dựng Đảng. Chi bộ học Nghị quyết Trung ương 4."
    )
    (r,) = extract(text).references
    assert (r.term, r.resolves_to) == ("XII", "04-NQ/TW")
    text = (
        "Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng. Đảng viên học Nghị quyết "
        "Trung ương 4."
    )
    refs = extract(text, date="2018-01-01").references
    assert [r.resolves_to for r in refs] == [None, None]  # two terms printed: open


# --- fresh8: "T.Ư Đảng", a quoted title after the term, corruption as Party-building talk -----


def test_dang_after_any_spelling_of_trung_uong():
    (r,) = extract(
        "thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành T.Ư Đảng (Khóa XII) về xây dựng, "
        "chỉnh đốn Đảng và các nghị quyết khác"
    ).references
    assert (r.label, r.resolves_to) == ("Nghị quyết Trung ương 4 khóa XII", "04-NQ/TW")
    assert r.mentions[0].text.endswith("(Khóa XII)")


def test_a_quoted_title_after_the_term_is_the_topic():
    (r,) = extract(
        'tổng kết Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa IX "Về tiếp '
        'tục đổi mới cơ chế, chính sách, khuyến khích phát triển kinh tế tư nhân";'
    ).references
    assert r.resolves_to == "14-NQ/TW"


def test_corruption_and_group_interests_speak_of_party_building():
    (r,) = extract(
        "Các Bộ trưởng chỉ đạo triển khai nghiêm túc Nghị quyết Trung ương 4 (khóa XII); thực "
        "hiện nghiêm các quy định về phòng chống tham nhũng, lãng phí."
    ).references
    assert r.resolves_to == "04-NQ/TW"


# --- the signer's office, and a passive issuer after the title --------------------------------


def test_the_office_of_the_signer_named_after_the_code_is_the_issuer():
    found = cited_documents(
        "theo Kết luận số 05/KL-UBND do ông Đào Văn An, Chủ tịch UBND huyện ký ngày 3/4/2017 về"
    )
    assert found == [("05/KL-UBND", "Chủ tịch UBND huyện", "2017-04-03")]
    found = cited_documents(
        "Quyết định số 3314/QĐ-XPVPHC do ông Nguyễn Văn Bình – Phó Chủ tịch UBND quận Hà Đông ký."
    )
    assert found == [("3314/QĐ-XPVPHC", "Phó Chủ tịch UBND quận Hà Đông", None)]
    # an office the grammar does not know as a body: nothing is guessed
    found = cited_documents("Quyết định số 111/QĐ-PTTH do ông Lê Văn Cư (Phó giám đốc Đài) ký")
    assert found == [("111/QĐ-PTTH", None, None)]


def test_a_passive_issuer_after_the_title():
    found = cited_documents(
        "Thông tư 43/2016/TT-NHNN quy định cho vay tiêu dùng của công ty tài chính được Thống "
        "đốc Ngân hàng Nhà nước ký ngày 30/12/2016."
    )
    assert found == [("43/2016/TT-NHNN", "Thống đốc Ngân hàng Nhà nước", "2016-12-30")]
    found = cited_documents(
        "Quyết định số 24/2017/QĐ-TTg về cơ chế điều chỉnh giá điện vừa được Thủ tướng Chính phủ "
        "ký ngày 30/6, ông A cho biết."
    )
    assert found == [("24/2017/QĐ-TTg", "Thủ tướng Chính phủ", None)]
    # a sentence end or another code between: not the document's
    found = cited_documents(
        "Thông tư 43/2016/TT-NHNN về cho vay. Quy định này được Bộ Tài chính ban hành sau."
    )
    assert found == [("43/2016/TT-NHNN", None, None)]


# --- adverbs before the verb; ministry names typed with "&" and a dash; social insurance --------


def test_adverbs_between_the_subject_and_its_verb():
    for adverb in ("tiếp tục", "lại", "nhanh chóng", "kịp thời"):
        found = cited_documents(
            f"Ngày 5/1/2017, UBND thành phố {adverb} ban hành Quyết định số 83/QĐ-UBND về bãi xe."
        )
        assert found == [("83/QĐ-UBND", "UBND thành phố", "2017-01-05")], adverb
    # "đồng thời" links two clauses: the date of the first is not the letter's
    found = cited_documents(
        "Ban Tiếp công dân tiếp dân từ ngày 17/11/2016, đồng thời có văn bản số 1286/BTCDTW-TD1."
    )
    assert found == [("1286/BTCDTW-TD1", None, None)]


def test_a_ministry_name_typed_with_a_dash_and_an_ampersand():
    found = cited_documents(
        "Bộ Văn hóa - Thể thao & Du lịch ban hành Công văn số 2383/BVHTTDL-TCDL ngày 2/6/2017."
    )
    assert found == [("2383/BVHTTDL-TCDL", "Bộ Văn hóa - Thể thao & Du lịch", "2017-06-02")]


def test_social_insurance_is_a_body():
    found = cited_documents(
        "Bảo hiểm xã hội Việt Nam vừa có Công văn số 1986/BHXH-CSYT gửi Bộ Y tế đề nghị thanh tra."
    )
    assert found == [("1986/BHXH-CSYT", "Bảo hiểm xã hội Việt Nam", None)]


# --- fresh9: "Đại hội Đảng lần thứ XII", the Fatherland Front's own codes, a letter sent -------


def test_the_party_congress_named_with_dang_lan_thu():
    (r,) = extract("thực hiện Nghị quyết Đại hội Đảng lần thứ XII, các mục tiêu").references
    assert (r.kind.value, r.label, r.term) == (
        "congress",
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII",
        "XII",
    )
    (r,) = extract("Nghị quyết Đại hội Đảng bộ quận lần thứ I đã đề ra").references
    assert (r.label, r.term) == ("Nghị quyết Đại hội Đảng bộ quận lần thứ I", None)


def test_a_fatherland_front_code_in_the_state_shape_stays_its_own():
    assert canonical_id("1161/QĐ-MTTW-BTT") == "1161/QĐ-MTTW-BTT"
    assert canonical_id("31-QĐ/ĐU-MTTW") == "31-QĐ/ĐU-MTTW"  # its Party committee's
    assert canonical_id("05/CT-TW") == "05-CT/TW"  # a Party code in the State shape


def test_the_sender_of_a_letter_is_its_issuer_not_of_a_decision():
    found = cited_documents(
        "Trước đó, vào ngày 6/1/2017, Bộ Tài chính đã gửi Công văn số 211/BTC-TCDN báo cáo."
    )
    assert found == [("211/BTC-TCDN", "Bộ Tài chính", "2017-01-06")]
    found = cited_documents("UBND tỉnh đã gửi Quyết định số 12/QĐ-UBND cho các xã.")
    assert found == [("12/QĐ-UBND", None, None)]


# --- one resolution named by topic, the plenum's others meant together ------------------------


def test_mentions_meaning_all_resolutions_do_not_take_the_one_named_by_topic():
    text = (
        "Hội nghị quán triệt Nghị quyết Trung ương 5 (khóa XII) về hoàn thiện thể chế kinh tế thị "
        "trường. Ba nghị quyết về kinh tế tư nhân, thể chế kinh tế thị trường và doanh nghiệp nhà "
        "nước đều quan trọng. Thành phố thông qua Chương trình thực hiện Nghị quyết Trung ương 5 "
        "(khóa XII) và Kế hoạch học tập Nghị quyết Trung ương 5."
    )
    refs = extract(text).references
    by_text = {m.start: r.resolves_to for r in refs for m in r.mentions}
    first, *others = sorted(by_text)
    assert by_text[first] == "11-NQ/TW"
    assert [by_text[s] for s in others] == [None, None]


def test_one_resolution_named_by_topic_still_speaks_for_its_other_mentions():
    # the text speaks of no other resolution of that plenum: the usual reading holds
    text = (
        "Nghị quyết Trung ương 8 khóa XI về Chiến lược bảo vệ Tổ quốc trong tình hình mới đã "
        "xác định rõ mục tiêu. Nghị quyết Trung ương 8 khóa XI đã chỉ rõ nhiệm vụ."
    )
    (r,) = extract(text).references
    assert r.resolves_to == "28-NQ/TW" and len(r.mentions) == 2


def test_a_plenum_of_one_resolution_keeps_all_its_mentions_together():
    text = (
        "Nghị quyết Hội Nghị Trung ương 5 “Xây dựng và phát triển nền văn hóa Việt Nam tiên tiến, "
        "đậm đà bản sắc dân tộc”. Nghị quyết Trung ương 5 đã đi vào cuộc sống."
    )
    (r,) = extract(text).references
    assert r.resolves_to == "03-NQ/TW" and len(r.mentions) == 2


def test_joined_mentions_keep_how_the_resolution_was_made():
    # the first mention resolves through the text, the second by its own topic: one reference,
    # resolved by the table; an article date before the term leaves both open
    text = (
        "Nghị quyết Trung ương 6 khóa XI, ngày 5/3/2015 về khoa học Nghị quyết Trung ương 6 "
        "khóa XI về khoa học "
    )
    (r,) = extract(text).references
    assert (r.resolves_to, r.resolved_by, len(r.mentions)) == ("20-NQ/TW", "plenum-table", 2)
    (r,) = extract(text, date="2000-01-01").references
    assert r.resolves_to is None and r.problem
