"""JSON-LD of article pages: built as data, serialised safe for <script> (pure)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from jinja2.utils import htmlsafe_json_dumps
from portal_seo.jsonld import Image, Person, news_article, script_json

VN = dt.timezone(dt.timedelta(hours=7))
WHEN = dt.datetime(2023, 5, 20, 8, 30, tzinfo=VN)


@pytest.mark.parametrize(
    ("fields", "present", "absent"),
    [
        pytest.param({}, {"headline": "Tin A", "inLanguage": "vi"}, ("author", "url"), id="bare"),
        pytest.param(
            {"url": "https://x.vn/a/"},
            {"url": "https://x.vn/a/", "mainEntityOfPage": "https://x.vn/a/"},
            (),
            id="canonical-url",
        ),
        pytest.param(
            {"published": WHEN, "modified": WHEN},
            {"datePublished": "2023-05-20T08:30:00+07:00"},
            (),
            id="dates",
        ),
        pytest.param({"published": None}, {}, ("datePublished",), id="unknown-date"),
        pytest.param(
            {"authors": [Person("Lê Văn An", "/tac-gia/le-van-an/")]},
            {"author": [{"@type": "Person", "name": "Lê Văn An", "url": "/tac-gia/le-van-an/"}]},
            (),
            id="author",
        ),
        pytest.param({"authors": []}, {}, ("author",), id="unknown-author"),
        pytest.param(
            {"description": " Sapo\xa0ngắn "}, {"description": "Sapo ngắn"}, (), id="sapo"
        ),
        pytest.param({"description": ""}, {"description": ""}, (), id="empty-sapo-kept"),
        pytest.param({}, {}, ("description",), id="no-sapo"),
        pytest.param(
            {"keywords": ["Đảng ủy", "Hội nghị"], "section": "Tin hoạt động"},
            {"keywords": "Đảng ủy, Hội nghị", "articleSection": "Tin hoạt động"},
            (),
            id="tags-and-category",
        ),
        pytest.param(
            {"image": Image("/anh/k/a-1200.jpg", 1200, 800, "Chú thích")},
            {
                "image": {
                    "@type": "ImageObject",
                    "url": "/anh/k/a-1200.jpg",
                    "width": 1200,
                    "height": 800,
                    "caption": "Chú thích",
                }
            },
            (),
            id="photo",
        ),
    ],
)
def test_news_article_fields(fields, present, absent):
    data = news_article(headline="Tin\xa0A", publisher="Cổng", **fields)
    assert data["@type"] == "NewsArticle"
    assert data["publisher"] == {"@type": "Organization", "name": "Cổng"}
    for key, value in present.items():
        assert data[key] == value, key
    for key in absent:
        assert key not in data, key


PAYLOADS = [
    "</script><script>alert(1)</script>",
    "Tom & Jerry's <b>",
    "Đảng ủy \u2028 \U0001f600",
]


@pytest.mark.parametrize("text", PAYLOADS)
def test_script_json_cannot_close_the_script_element(text):
    out = script_json({"headline": text, "nested": {"b": text, "a": [text]}})
    assert "<" not in out and ">" not in out and "&" not in out and "'" not in out
    assert out.isascii()
    assert json.loads(out)["nested"]["a"] == [text]


@pytest.mark.parametrize("text", PAYLOADS)
def test_script_json_bytes_equal_jinja_tojson(text):
    """The theme used Jinja's ``tojson``: the page bytes must not change."""
    data = news_article(headline=text, publisher=text, description=text, keywords=[text])
    assert script_json(data) == str(htmlsafe_json_dumps(data, sort_keys=True))
