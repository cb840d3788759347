"""Article bodies held compressed (pages and feeds get the same text) and freed memory
given back: an archive build holds what it uses, not what it once used."""

from __future__ import annotations

import sys

from build_cache.bodies import (
    ENCODED_BODY,
    MIN_COMPRESSED,
    compress_bodies,
    drop_body,
    forget_rendered_bodies,
    forget_rendered_content,
)
from build_cache.pool import fork_map, in_worker, release_free_memory
from build_cache.store import encode
from pelican.contents import Article, Content
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import SafeDatetime

BODY = "".join(
    f"<p>Đoạn {n}: Nghị quyết số {n}-NQ/TW về công tác xây dựng Đảng “trong sạch”.</p>\n"
    for n in range(60)
)


def article(body: str = BODY, **metadata) -> Article:
    settings = dict(DEFAULT_CONFIG)
    meta = {"title": "Tin", "date": SafeDatetime(2024, 5, 21), **metadata}
    return Article(body, metadata=meta, settings=settings, source_path="/c/a.md", context={})


def test_compressed_body_renders_the_same_text_in_less_memory():
    plain, compact = article(), article()
    held = sys.getsizeof(plain._content)
    assert compress_bodies([compact]) == 1
    assert compact._content == ""
    assert compact.content == plain.content == BODY
    assert compact.summary == plain.summary  # cut from the body: no Summary metadata
    assert sys.getsizeof(compact._get_content._blob) < held / 3


def test_a_body_left_encoded_is_used_only_while_it_is_still_the_body():
    kept, replaced = article(), article()
    for item in (kept, replaced):
        setattr(item, ENCODED_BODY, (item._content, encode(BODY.replace("Đoạn", "Phần"))))
    replaced._content = BODY[:9] + BODY[9:]  # equal text, another string: stale blob
    compress_bodies([kept, replaced])
    assert "Phần" in kept.content  # the blob given was used as it is, not encoded again
    assert replaced.content == BODY
    assert ENCODED_BODY not in vars(kept) and ENCODED_BODY not in vars(replaced)


def test_short_bodies_and_compressed_ones_are_left_alone():
    short, done = article("<p>Ngắn.</p>"), article()
    assert len(short._content) < MIN_COMPRESSED
    compress_bodies([done])
    stored = done._get_content
    assert compress_bodies([short, done]) == 0
    assert short._content == "<p>Ngắn.</p>" and done._get_content is stored


def test_dropped_body_is_gone_in_either_form():
    plain, compact = article(), article()
    compress_bodies([compact])
    for item in (plain, compact):
        drop_body(item)
        assert item.get_content("") == ""


def test_forgetting_the_memo_frees_rendered_bodies():
    item = article()
    compress_bodies([item])
    assert item.content == BODY
    memo = Content.__dict__["get_content"].cache
    assert any(key[0] is item for key in memo)
    forget_rendered_content()
    assert not any(key[0] is item for key in memo)


def test_a_render_worker_forgets_bodies_but_keeps_summaries():
    item = article()  # no Summary: cut from the body, shown on many listing pages
    assert item.content == BODY and item.summary
    bodies = Content.__dict__["get_content"].cache
    summaries = Content.__dict__["get_summary"].cache
    forget_rendered_bodies()
    assert not any(key[0] is item for key in bodies)
    assert any(key[0] is item for key in summaries)
    forget_rendered_content(item)
    assert not any(key[0] is item for key in summaries)


def test_in_worker_is_true_only_in_forked_workers():
    assert in_worker() is False
    assert set(fork_map(lambda _: in_worker(), range(100), 2, min_items=1)) == {True}


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_free_memory_goes_back_to_the_system():
    held = [bytes(8192) + bytes([n % 256]) for n in range(20_000)]  # 160 MiB
    kept = held[::16]  # every 16th stays: no freed run reaches the heap's top
    del held
    before = _rss_mib()
    release_free_memory()
    assert before - _rss_mib() > 100
    assert len(kept) == 1250
