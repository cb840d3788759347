"""archive.listing: the documents index split by type, and by date of issue."""

from __future__ import annotations

from types import SimpleNamespace

from archive.listing import by_date_of_issue, document_types


def doc(number, type_="Quy định", system="Đảng", cited=1, date=None):
    return SimpleNamespace(
        id=number, type=type_, system_label=system, articles=[object()] * cited, date=date
    )


def test_types_keep_the_index_order_and_get_a_slug_per_system():
    docs = [doc("1"), doc("2", "Nghị quyết"), doc("3"), doc("4", "Quy định", "Nhà nước")]
    types = document_types(docs, "van-ban/loai/{slug}/", "van-ban/loai/{slug}/index.html")
    assert [system for system, _ in types] == ["Đảng", "Nhà nước"]
    party = types[0][1]
    assert [(t.name, t.slug, t.count) for t in party] == [
        ("Quy định", "dang-quy-dinh", 2),
        ("Nghị quyết", "dang-nghi-quyet", 1),
    ]
    assert party[0].url == "van-ban/loai/dang-quy-dinh/"
    assert types[1][1][0].slug == "nha-nuoc-quy-dinh"


def test_top_shows_the_most_cited_in_index_order():
    docs = [doc("1", cited=1), doc("2", cited=5), doc("3", cited=2), doc("4", cited=5)]
    kind = document_types(docs, "{slug}/", "{slug}/index.html")[0][1][0]
    assert [d.id for d in kind.top(3)] == ["2", "3", "4"]
    assert [d.id for d in kind.top(10)] == ["1", "2", "3", "4"]


def test_by_date_of_issue_newest_first_undated_last():
    docs = [doc("a", date="2019"), doc("b"), doc("c", date="2020-03-05"), doc("d", date="2019")]
    assert [d.id for d in by_date_of_issue(docs)] == ["c", "a", "d", "b"]
