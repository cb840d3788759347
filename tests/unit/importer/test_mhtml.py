"""Single-file saved pages (MHTML): their page, resources and references."""

from __future__ import annotations

from importer import ImportOptions, Outcome, import_sources
from importer.mhtml import relink, unpack_mhtml

ARCHIVE = (
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/related; boundary="B"; type="text/html"\r\n\r\n'
    b"--B\r\n"
    b"Content-Type: text/html; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n"
    b"Content-Location: http://old.example.vn/tin/a.html\r\n\r\n"
    b"<p>=C4=90=E1=BA=A3ng <img src=3D\"cid:anh1@x\"> <img src=3D'../img/b.jpg'></p>\r\n"
    b"--B\r\n"
    b"Content-Type: image/jpeg\r\n"
    b"Content-Transfer-Encoding: base64\r\n"
    b"Content-ID: <anh1@x>\r\n\r\n"
    b"/9j/4AAQ\r\n"
    b"--B\r\n"
    b"Content-Type: image/jpeg\r\n"
    b"Content-Transfer-Encoding: base64\r\n"
    b"Content-Location: http://old.example.vn/img/b.jpg\r\n\r\n"
    b"/9j/4AAR\r\n"
    b"--B--\r\n"
)


def test_unpack_decodes_the_page_and_names_each_part():
    archive = unpack_mhtml(ARCHIVE)
    assert archive.location == "http://old.example.vn/tin/a.html"
    assert archive.html.decode("utf-8").startswith("<p>Đảng <img")
    names = {r.location: r.data for r in archive.resources}
    assert names == {
        "cid:anh1@x": b"\xff\xd8\xff\xe0\x00\x10",
        "http://old.example.vn/img/b.jpg": b"\xff\xd8\xff\xe0\x00\x11",
    }


def test_relink_by_address_relative_address_and_content_id():
    archive = unpack_mhtml(ARCHIVE)
    html = relink(
        archive.html.decode("utf-8"),
        archive.location,
        {"cid:anh1@x": "0-anh1.jpg", "http://old.example.vn/img/b.jpg": "1-b.jpg"},
    )
    assert '<img src="0-anh1.jpg">' in html and "<img src='1-b.jpg'>" in html


def test_an_archive_without_a_page_is_none_and_rejected(tmp_path):
    data = ARCHIVE.replace(b"text/html", b"text/plain")
    assert unpack_mhtml(data) is None
    source = tmp_path / "trang.mht"
    source.write_bytes(data)
    [result] = import_sources([source], ImportOptions(tmp_path / "content"))
    assert result.outcome is Outcome.REJECTED
    assert "MHTML không chứa trang HTML" in result.reason
