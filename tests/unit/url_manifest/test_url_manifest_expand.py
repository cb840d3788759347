"""Prefix redirects and served URLs on large inputs: exact results, found without rescans."""

from __future__ import annotations

from stable_urls.manifest import Redirect, expand_redirects, served_urls, withdrawn


def test_prefix_rules_match_only_their_folder_whatever_the_manifest_order():
    manifest = [f"chuyen-muc/a/page/{n}/" for n in range(5000, 0, -1)]
    manifest += ["chuyen-muc/ab/", "chuyen-muc/a/", "chuyen-muc/", "bai-viet/x/", "chuyen-muc/a"]
    rules = [
        Redirect("chuyen-muc/a/*", "chuyen-muc/b/*", "redirects.yaml"),
        Redirect("bai-viet/x/", "bai-viet/y/", "x.md"),
        Redirect("khong-co/*", "moi/*", "redirects.yaml"),
    ]
    expanded = expand_redirects(rules, manifest)
    olds = {r.old for r in expanded}
    assert len(expanded) == 5002
    assert "chuyen-muc/a/" in olds and "chuyen-muc/a/page/5000/" in olds
    assert not {"chuyen-muc/ab/", "chuyen-muc/", "chuyen-muc/a"} & olds
    moved = {r.old: r.new for r in expanded}
    assert moved["chuyen-muc/a/page/17/"] == "chuyen-muc/b/page/17/"
    assert moved["bai-viet/x/"] == "bai-viet/y/"
    assert withdrawn(manifest, {"chuyen-muc/", "chuyen-muc/ab/"}, expanded) == ["chuyen-muc/a"]


def test_served_urls_excludes_by_glob(tmp_path):
    for relative in ("index.html", "bai-viet/x/index.html", "theme/css/main.css", "feeds/a.xml"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    assert served_urls(tmp_path, ("theme/*", "pagefind/*")) == {"", "bai-viet/x/", "feeds/a.xml"}
