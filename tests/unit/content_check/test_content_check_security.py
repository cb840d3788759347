"""VN090–VN096: the checker tells editors what the sanitiser will remove, in advance."""

from __future__ import annotations

import pytest
from content_check import Severity, has_errors

from tests.unit.content_check.test_content_check_rules import GOOD_PATH, article, check
from tests.xss_payloads import PAYLOADS, write_payload_site

# (case, body or metadata, code, line, col, severity)
CASES = [
    ("script", {"body": "Chữ <script>alert(1)</script>\n"}, "VN090", 8, 5, Severity.ERROR),
    ("script_title", {"Title": "A <SCRIPT>x</SCRIPT>"}, "VN090", 1, 10, Severity.ERROR),
    ("handler", {"body": '<img src="a.jpg" onerror="x()">\n'}, "VN091", 8, 18, Severity.ERROR),
    ("handler_attr_list", {"body": 'Đoạn\n{: onclick="x()" }\n'}, "VN091", 9, 4, Severity.ERROR),
    ("handler_metadata", {"Author": '" onmouseover="x()'}, "VN091", 3, 11, Severity.ERROR),
    ("js_link", {"body": "[bấm](javascript:alert(1))\n"}, "VN092", 8, 7, Severity.ERROR),
    ("js_case", {"body": '<a href="JaVaScRiPt:x()">a</a>\n'}, "VN092", 8, 10, Severity.ERROR),
    (
        "js_entity",
        {"body": '<a href="&#106;avascript:x()">a</a>\n'},
        "VN092",
        8,
        10,
        Severity.ERROR,
    ),
    ("js_tab", {"body": '<a href="jav&#x09;ascript:x()">a</a>\n'}, "VN092", 8, 10, Severity.ERROR),
    ("vbscript", {"body": '<a href="vbscript:x">a</a>\n'}, "VN092", 8, 10, Severity.ERROR),
    (
        "data",
        {"body": '<img src="data:image/png;base64,AA" alt="a">\n'},
        "VN092",
        8,
        11,
        Severity.ERROR,
    ),
    (
        "css_url",
        {"body": '<p style="background:url(javascript:x)">a</p>\n'},
        "VN092",
        8,
        26,
        Severity.ERROR,
    ),
    (
        "iframe",
        {"body": '<iframe src="https://video.example/1"></iframe>\n'},
        "VN093",
        8,
        2,
        Severity.WARNING,
    ),
    ("object", {"body": '<object data="a.swf"></object>\n'}, "VN093", 8, 2, Severity.WARNING),
    (
        "form",
        {"body": '<form action="/x"><input name="a"></form>\n'},
        "VN094",
        8,
        2,
        Severity.WARNING,
    ),
    ("style", {"body": '<p style="color:red">a</p>\n'}, "VN095", 8, 3, Severity.WARNING),
    ("markup_title", {"Title": "Hội nghị <b>lớn</b>"}, "VN096", 1, 17, Severity.WARNING),
]


@pytest.mark.parametrize(
    ("case", "spec", "code", "line", "col", "severity"), CASES, ids=[c[0] for c in CASES]
)
def test_each_removal_is_reported_where_it_is(tmp_path, case, spec, code, line, col, severity):
    body = spec.pop("body", None)
    text = article(body, **spec) if body else article(**spec)
    problems = [p for p in check(tmp_path, {GOOD_PATH: text}) if p.code == code]
    assert problems, check(tmp_path / "again", {GOOD_PATH: text})
    assert (problems[0].line, problems[0].col, problems[0].severity) == (line, col, severity)
    assert has_errors(problems) == (severity is Severity.ERROR)
    # The printed line says "cảnh báo:" once: the severity's prefix comes from Problem.format.
    printed = problems[0].format()
    assert printed.count("cảnh báo:") == (severity is Severity.WARNING), printed


def test_ordinary_articles_and_allowed_embeds_are_not_reported(tmp_path):
    body = (
        "Xem [Cổng Chính phủ](https://chinhphu.vn/), gửi thư [đây](mailto:a@b.vn).\n\n"
        "Dữ liệu (data: số liệu năm 2023) và sự kiện trên trang on-line.\n\n"
        '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>\n'
    )
    from content_check import CheckSettings, check_paths

    root = tmp_path / "content"
    path = root / GOOD_PATH
    path.parent.mkdir(parents=True)
    path.write_text(article(body), encoding="utf-8")
    settings = CheckSettings(
        content_root=root,
        categories=("Tin hoạt động",),
        embed_hosts=("www.youtube-nocookie.com",),
    )
    assert [p for p in check_paths([path], settings) if p.code.startswith("VN09")] == []


def test_every_payload_article_is_an_error_for_invoke_publish(tmp_path):
    from content_check import CheckSettings, check_paths

    root = write_payload_site(tmp_path / "content")
    settings = CheckSettings(content_root=root, categories=("Tin hoạt động",))
    problems = check_paths([root], settings)
    refused = {
        p.path.rsplit("/", 1)[-1]
        for p in problems
        if p.code in ("VN090", "VN091", "VN092") and p.severity is Severity.ERROR
    }
    for number, (name, _) in enumerate(PAYLOADS, start=1):
        assert f"xss-{number:02d}-{name.replace('_', '-')}.md" in refused, name
