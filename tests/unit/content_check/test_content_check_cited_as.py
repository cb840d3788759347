"""VN084–VN086: `Cited_as` of document records, checked by the real checker on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from content_check import CheckSettings, Severity, check_paths, has_errors
from content_check.cache import CheckCache

from tests.unit.content_check.test_content_check_rules import CATEGORIES

CODES = ("VN084", "VN085", "VN086")


def record(doc_id: str, cited_as: str | None, **meta: str) -> str:
    lines = [f"Id: {doc_id}", "Title: Văn bản thử nghiệm"]
    lines += [f"{key}: {value}" for key, value in meta.items()]
    if cited_as is not None:
        lines.append(f"Cited_as: {cited_as}")
    return "\n".join(lines) + "\n\nHồ sơ thử nghiệm.\n"


def write(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "content"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def run(root: Path, targets=None, cache=None):
    settings = CheckSettings(content_root=root, categories=CATEGORIES)
    found = check_paths(targets or [root], settings, cache)
    return [p for p in found if p.code in CODES]


def test_sound_phrases_are_quiet(tmp_path):
    root = write(
        tmp_path,
        {
            "van-ban/05-ct-tw.md": record(
                "05-CT/TW",
                "Chỉ thị 05; Chỉ thị số 05 của Bộ Chính trị;",
                Type="Chỉ thị",
                Issuer="Bộ Chính trị",
                Term="XII",
            ),
            "van-ban/04-nq-tw.md": record(
                "04-NQ/TW", "Nghị quyết Trung ương 4 khóa XII", Term="XII", Issued="2016-10-30"
            ),
        },
    )
    assert run(root) == []


def test_a_phrase_two_records_list_warns_in_both_at_the_phrase(tmp_path):
    root = write(
        tmp_path,
        {
            "van-ban/09-ct-tu.md": record("09-CT/TU", "Chỉ thị 09", Issued="2017-02-01"),
            "van-ban/09-ct-hu.md": record(
                "09-CT/HU", "Chỉ thị số 09 của Ban Thường vụ Huyện ủy; Chỉ thị số 09"
            ),
        },
    )
    found = run(root)
    assert [(Path(p.path).name, p.line, p.col, p.code) for p in found] == [
        ("09-ct-hu.md", 3, 53, "VN084"),
        ("09-ct-tu.md", 4, 11, "VN084"),
    ]
    assert all(p.severity is Severity.WARNING for p in found)
    hu, tu = found
    assert "content/van-ban/09-ct-tu.md:4 (09-CT/TU)" in hu.message
    assert "content/van-ban/09-ct-hu.md:3 (09-CT/HU)" in tu.message
    assert hu.format().startswith(f"{hu.path}:3:53: VN084 ")
    # "Chỉ thị số 09 của Ban Thường vụ Huyện ủy" names its issuer: no collision


def test_collision_is_found_when_only_one_file_is_checked(tmp_path):
    root = write(
        tmp_path,
        {
            "van-ban/a.md": record("09-CT/TU", "Chỉ thị 09"),
            "van-ban/b.md": record("09-CT/HU", "Chỉ thị số 9"),
        },
    )
    [problem] = run(root, [root / "van-ban/b.md"])
    assert (Path(problem.path).name, problem.code) == ("b.md", "VN084")
    assert "content/van-ban/a.md:3 (09-CT/TU)" in problem.message


def test_collision_is_judged_again_with_a_warm_cache(tmp_path):
    root = write(tmp_path, {"van-ban/a.md": record("09-CT/TU", "Chỉ thị 09")})
    cache_file = tmp_path / "cache.json"
    settings = CheckSettings(content_root=root, categories=CATEGORIES)
    assert run(root, cache=CheckCache(cache_file, settings)) == []
    (root / "van-ban/b.md").write_text(record("09-CT/HU", "Chỉ thị 09"), encoding="utf-8")
    found = run(root, cache=CheckCache(cache_file, settings))
    assert sorted(Path(p.path).name for p in found) == ["a.md", "b.md"]


def test_the_same_document_listing_a_phrase_twice_is_no_collision(tmp_path):
    root = write(tmp_path, {"van-ban/a.md": record("05-CT/TW", "Chỉ thị 05; Chỉ thị số 5")})
    assert run(root) == []


@pytest.mark.parametrize(
    ("cited_as", "col", "says"),
    [
        ("Chỉ thị 05-CT/TW", 11, "số hiệu đầy đủ"),
        ("05", 11, "chỉ có số, thiếu loại văn bản"),
        ("Chỉ thị 05; học tập tốt", 23, "không phải tên một văn bản"),
        ("Chỉ thị 05 và Nghị quyết 05", 11, "2 cách gọi trong một mục"),
    ],
)
def test_an_item_the_build_refuses_is_an_error_at_its_column(tmp_path, cited_as, col, says):
    root = write(tmp_path, {"van-ban/05-ct-tw.md": record("05-CT/TW", cited_as)})
    found = run(root)
    [problem] = found
    assert (problem.line, problem.col, problem.code) == (3, col, "VN085")
    assert problem.severity is Severity.ERROR and has_errors(found)
    assert says in problem.message


@pytest.mark.parametrize(
    ("cited_as", "meta", "says"),
    [
        ("Chỉ thị 05;; Chỉ thị số 05", {}, "mục rỗng"),
        ("Chỉ thị 06", {}, "số 06 khác số của `Id` 05-CT/TW"),
        ("Nghị quyết 05", {}, "loại 'Nghị quyết' không khớp"),
        ("Chỉ thị số 05 khóa XI", {"Term": "XII"}, "khóa XI khác `Term: XII`"),
        ("Chỉ thị 05, Chỉ thị số 05 của Bộ Chính trị", {}, "có 2 cách gọi trong một mục"),
        ("Chỉ thị 05 của Ban Bí thư", {}, None),  # the Secretariat also signs …/TW: fine
    ],
)
def test_an_item_that_cannot_name_the_record_warns(tmp_path, cited_as, meta, says):
    root = write(tmp_path, {"van-ban/05-ct-tw.md": record("05-CT/TW", cited_as, **meta)})
    found = run(root)
    if says is None:
        assert found == []
        return
    [problem] = found
    assert (problem.code, problem.severity) == ("VN086", Severity.WARNING)
    assert says in problem.message


def test_a_phrase_the_library_resolves_elsewhere_warns(tmp_path):
    root = write(
        tmp_path,
        {
            "van-ban/05-nq-tw.md": record("05-NQ/TW", "Nghị quyết Trung ương 4 khóa XII"),
            "van-ban/05-ct-tu.md": record("05-CT/TU", "Chỉ thị 05 của Bộ Chính trị"),
        },
    )
    found = {Path(p.path).name: p for p in run(root)}
    assert "là 04-NQ/TW (bảng Hội nghị Trung ương)" in found["05-nq-tw.md"].message
    assert "là 05-CT/TW (cơ quan ghi kèm)" in found["05-ct-tu.md"].message


def test_an_impossible_plenum_in_cited_as_warns(tmp_path):
    root = write(
        tmp_path, {"van-ban/19-nq-tw.md": record("19-NQ/TW", "Nghị quyết Trung ương 19 khóa XI")}
    )
    [problem] = run(root)
    assert problem.code == "VN086"
    assert "không có Hội nghị Trung ương 19 khóa XI" in problem.message


def test_a_continuation_line_is_located(tmp_path):
    text = (
        "Id: 05-CT/TW\nCited_as: Chỉ thị 05;\n    Chỉ thị 05-CT/TW\nTitle: Chỉ thị 05-CT/TW\n\n"
        "Mô tả.\n"
    )
    root = write(tmp_path, {"van-ban/05-ct-tw.md": text})
    [problem] = run(root)
    assert (problem.line, problem.col, problem.code) == (3, 5, "VN085")


def test_articles_are_not_read_for_cited_as(tmp_path):
    from tests.unit.content_check.test_content_check_rules import GOOD_PATH, article

    root = write(tmp_path, {GOOD_PATH: article(Cited_as="05")})
    assert run(root) == []
