"""git_dates (pure part): parsing git log and when to show "Cập nhật lúc"."""

from __future__ import annotations

import datetime as dt

import pytest
from git_dates.history import last_changes, last_update_times, parse_raw_log, updated_time
from git_dates.significant import reader_view
from vntext import VN_TZ

SEP = "\x1e"


RAW = (
    f"{SEP}2024-03-02T10:00:00+07:00\n\n"
    ":100644 100644 b2 b3 M\t2024/01/b.md\n"
    ":100644 100644 a2 a2 R100\told/a.md\t2024/01/a.md\n"
    f"{SEP}2024-02-01T09:00:00+00:00\n\n"
    ":100644 100644 b1 b2 M\t2024/01/b.md\n"
    ":100644 100644 a1 a2 M\told/a.md\n"
)
HEAD = "Title: {}\nDate: 2024-01-10 08:00\nTags: {}\nSummary: Tóm tắt.\n{}\nNội dung.\n"
BLOBS = {
    "a1": HEAD.format("Tiêu đề", "x", ""),
    "a2": HEAD.format("Tiêu đề mới", "x", ""),
    "b1": HEAD.format("Bài B", "x", ""),
    "b2": HEAD.format("Bài B", "x", "").replace("Nội dung.", "Nội dung đã sửa."),
    "b3": HEAD.format("Bài B", "y, z", "Slug: bai-b\n")
    .replace("Nội dung.", "Nội dung đã sửa.")
    .replace("\n", "\r\n"),
}


def test_parse_raw_log_reads_modifications_and_renames():
    changes = list(parse_raw_log(RAW))
    assert [(c.old_path, c.path, c.old_blob, c.new_blob) for c in changes] == [
        ("2024/01/b.md", "2024/01/b.md", "b2", "b3"),
        ("old/a.md", "2024/01/a.md", "a2", "a2"),
        ("2024/01/b.md", "2024/01/b.md", "b1", "b2"),
        ("old/a.md", "old/a.md", "a1", "a2"),
    ]
    assert changes[2].when == dt.datetime(2024, 2, 1, 9, tzinfo=dt.UTC)


def test_metadata_only_commits_and_pure_renames_are_not_updates():
    def view(blob):
        return reader_view(BLOBS[blob].encode("utf-8"))

    when = dt.datetime(2024, 2, 1, 9, tzinfo=dt.UTC)
    # b: newest commit changed tags, slug and line ends only; the one before changed the body.
    # a: renamed last (no change), its title changed before, under its old name.
    assert last_changes(parse_raw_log(RAW), view) == {"2024/01/b.md": when, "2024/01/a.md": when}


def test_reader_view_ignores_formatting_and_sees_drafts():
    plain = reader_view(b"Title: A\nSummary: S\n\nBody\n")
    assert (
        reader_view(b"\xef\xbb\xbfsummary:  S\r\nTITLE: A \r\nTags: t\r\n\r\nBody  \r\n") == plain
    )
    assert reader_view(b"Title: A\nSummary: S\n\nBody!\n") != plain
    assert reader_view(b"Title: A\nSummary: S\nStatus: draft\n\nBody\n")[2] is True


PUB = dt.datetime(2024, 1, 10, 8, 0, tzinfo=VN_TZ)


@pytest.mark.parametrize(
    ("committed", "time_known", "expected"),
    [
        (PUB + dt.timedelta(days=2), True, PUB + dt.timedelta(days=2)),
        (PUB + dt.timedelta(seconds=40), True, None),  # same minute as published
        (PUB - dt.timedelta(days=1), True, None),  # committed before publication
        (PUB + dt.timedelta(hours=3), False, None),  # same day, time not known
        (PUB + dt.timedelta(days=1), False, PUB + dt.timedelta(days=1)),
        (None, True, None),
    ],
    ids=["later", "same_minute", "earlier", "same_day_no_time", "next_day_no_time", "no_commit"],
)
def test_updated_time_only_when_it_differs(committed, time_known, expected):
    assert updated_time(PUB, committed, time_known=time_known) == expected


def test_updated_time_is_in_vietnam_time():
    committed = dt.datetime(2024, 1, 12, 1, 0, tzinfo=dt.UTC)
    assert updated_time(PUB, committed).utcoffset() == dt.timedelta(hours=7)


def test_no_git_checkout_means_no_times(tmp_path):
    (tmp_path / "a.md").write_text("x")
    assert last_update_times(tmp_path) == {}
