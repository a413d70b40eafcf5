"""Responsive layout: side by side when there is room, stacked on a narrow terminal."""

from __future__ import annotations

import pytest
from builders import app_for, settle, tiny_analysis

from briefing.ui.widgets.article_view import ArticleView


def regions(app):
    names = ("#articles", "#article", "#summary", "#parties-box")
    return {name: app.query_one(name).region for name in names}


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (200, 60)])
async def test_every_pane_is_on_screen_with_room_to_read(seed, size):
    other = tiny_analysis("Reuters said so.", [("Reuters", "ORG")], "b.txt")
    app = app_for([seed, other])
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen.region
        found = regions(app)
        for name, region in found.items():
            assert screen.contains_region(region), name
            assert region.height >= 4 and region.width >= 20, (name, region)
        for a in found.values():  # no pane hides another
            assert sum(bool(a.overlaps(b)) for b in found.values()) == 1
        article, summary = found["#article"], found["#summary"]
        if size[0] < 100:
            assert summary.y >= article.bottom  # stacked
            assert article.width == size[0]
        else:
            assert summary.x >= article.right  # side by side
            assert article.height >= size[1] - 3
        assert app.query_one(ArticleView).line_count > 0


async def test_a_wide_terminal_gives_the_text_long_lines(seed):
    app = app_for([seed])
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        assert view.scrollable_content_region.width >= 100
        assert max(len(view.line_text(y)) for y in range(view.line_count)) > 90


async def test_a_new_theme_recolours_the_highlights_and_the_panels(seed):
    from briefing.ui.widgets.parties_pane import PartiesPane

    app = app_for([seed])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        parties = app.query_one(PartiesPane)

        def colours():
            person = view.get_component_rich_style("entity--person", partial=True).bgcolor
            details = parties.root.children[0].label.spans[-1].style.color
            return person, details

        before = colours()
        assert app.current_theme.dark
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        after = colours()
        assert after[0] != before[0] and after[1] != before[1]
        # muted text stays darker than the light background, not white
        assert sum(after[1].get_truecolor()) < sum(before[1].get_truecolor())
