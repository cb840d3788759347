"""Bad archive input stops the build with file:line and a hint (real Pelican builds)."""

from __future__ import annotations

import pytest
from archive.errors import ArchiveError, ArchiveSettingsError

from tests.support import build_site, copy_fixture


def test_record_with_unparseable_id_fails_with_file_and_line(tmp_path):
    content = copy_fixture("archive_bad_record_id", tmp_path)
    with pytest.raises(ArchiveError) as excinfo:
        build_site(content, tmp_path / "out")
    message = str(excinfo.value)
    assert f"{content / 'van-ban' / '98-qd-tw.md'}:3:" in message  # "Id:" is line 3
    assert "số hiệu văn bản không hợp lệ" in message and "Gợi ý" in message


def test_malformed_override_fails_with_file_and_line(tmp_path):
    content = copy_fixture("archive_bad_override", tmp_path)
    with pytest.raises(ArchiveError) as excinfo:
        build_site(content, tmp_path / "out")
    message = str(excinfo.value)
    assert f"{content / '2023' / '06' / 'b.md'}:6:" in message  # Documents_fix is line 6
    assert "'76-QĐ'" in message and "Gợi ý" in message


def test_two_records_for_one_document_fail(tmp_path):
    content = copy_fixture("archive_duplicate_records", tmp_path)
    with pytest.raises(ArchiveError) as excinfo:
        build_site(content, tmp_path / "out")
    message = str(excinfo.value)
    assert "hai hồ sơ cho cùng một văn bản 98-QĐ/TW" in message
    assert "98-qd-tw.md" in message and "quy-dinh-98.md:2:" in message


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        pytest.param({"DOCUMENT_URLS": "x/{slug}/"}, "DOCUMENT_URL", id="unknown-key"),
        pytest.param({"DOCUMENT_PAGINATION": "10"}, "số nguyên", id="wrong-type"),
        pytest.param({"ARCHIVE_RELATED_COUNT": True}, "số nguyên", id="bool-for-int"),
        pytest.param({"DOCUMENT_URL": ""}, "DOCUMENT_SAVE_AS", id="half-off"),
        pytest.param({"DOCUMENT_URL": "van-ban/{id}/"}, "{slug}", id="bad-placeholder"),
    ],
)
def test_bad_settings_stop_the_build_at_start_up(tmp_path, overrides, expected):
    content = copy_fixture("archive_dates", tmp_path)
    with pytest.raises(ArchiveSettingsError) as excinfo:
        build_site(content, tmp_path / "out", **overrides)
    assert expected in str(excinfo.value)
    assert not (tmp_path / "out" / "index.html").exists()


def test_empty_string_turns_a_page_kind_off(tmp_path):
    content = copy_fixture("archive_documents", tmp_path)
    out = build_site(
        content,
        tmp_path / "out",
        DOCUMENT_URL="",
        DOCUMENT_SAVE_AS="",
        DOCUMENT_FEED_ATOM="",
        ARCHIVE_MONTH_URL="",
        ARCHIVE_MONTH_SAVE_AS="",
    )
    assert not (out / "van-ban" / "98-qd-tw").exists()
    assert not (out / "feeds" / "van-ban").exists()
    assert not (out / "2023" / "05").exists()
    assert (out / "2023" / "index.html").is_file()
    assert (out / "van-ban" / "index.html").is_file()
