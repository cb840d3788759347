"""Fragments rendered once per batch of pages (build_cache.fragments)."""

from __future__ import annotations

from build_cache.fragments import MEMO_KEY, FragmentMemo, fragment
from jinja2 import Environment


class Item:
    """An object keyed by identity, as an article is; counts how often it is shown."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.shown = 0

    def show(self) -> str:
        self.shown += 1
        return self.name


def environment() -> Environment:
    env = Environment(autoescape=True)
    env.globals["fragment"] = fragment
    return env


CARD = (
    '{% for item in items %}{% call fragment("card", item, level) %}'
    "<h{{ level }}>{{ item.show() }}</h{{ level }}>{% endcall %}{% endfor %}"
)


def test_a_fragment_is_rendered_once_per_object_and_parts():
    memo = FragmentMemo()
    first, second = Item("a"), Item("b")
    template = environment().from_string(CARD)
    pages = [
        template.render(items=[first, second], level=2, **{MEMO_KEY: memo}),
        template.render(items=[second, first], level=2, **{MEMO_KEY: memo}),
        template.render(items=[first], level=3, **{MEMO_KEY: memo}),
    ]
    assert pages == ["<h2>a</h2><h2>b</h2>", "<h2>b</h2><h2>a</h2>", "<h3>a</h3>"]
    assert (first.shown, second.shown) == (2, 1)  # level 3 is another fragment
    assert len(memo) == 3


def test_without_a_memo_the_body_is_rendered_every_time():
    item = Item("<b>")
    template = environment().from_string(CARD)
    assert template.render(items=[item, item], level=2) == "<h2>&lt;b&gt;</h2>" * 2
    assert item.shown == 2


def test_objects_are_told_apart_by_identity_and_plain_data_by_value():
    memo = FragmentMemo()
    renders: list[str] = []

    def render(text: str):
        return lambda: renders.append(text) or text

    twins = Item("same"), Item("same")
    assert memo.get_or_render("card", (twins[0],), render("x")) == "x"
    assert memo.get_or_render("card", (twins[1],), render("y")) == "y"
    assert memo.get_or_render("card", (twins[0],), render("z")) == "x"
    assert memo.get_or_render("card", (["m", 1],), render("l")) == "l"
    assert memo.get_or_render("card", (("m", 1),), render("t")) == "l"  # same value
    assert memo.get_or_render("other", (["m", 1],), render("o")) == "o"  # other name
    assert renders == ["x", "y", "l", "o"]


def test_a_full_memo_starts_again():
    memo = FragmentMemo(limit=2)
    for number in range(5):
        memo.get_or_render("card", (number,), lambda number=number: number)
        assert len(memo) <= 2
    assert memo.get_or_render("card", (4,), lambda: "again") == 4  # the newest is kept
