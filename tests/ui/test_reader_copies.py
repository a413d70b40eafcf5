"""Copies of an article given to the reader: listed once, named in one notice."""

from __future__ import annotations

from dataclasses import replace

from builders import settle, tiny_analysis

from briefing.ui.launch import create_app
from briefing.ui.widgets.article_list import ArticleList


def _analyse(articles, options):
    return [replace(tiny_analysis(a.text, source=a.source), article=a) for a in articles]


async def test_copies_are_listed_once_and_named_in_one_notice(tmp_path, notified):
    for name in "abcde":  # a.txt and four copies of it
        (tmp_path / f"{name}.txt").write_text("Budget\n\nMinisters met on Monday.\n")
    (tmp_path / "z.txt").write_text("Other news\n\nThe council met.\n")
    app = create_app([str(tmp_path)], analyse=_analyse)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.query_one(ArticleList).titles == ["Budget", "Other news"]
        (notice,) = [n for n in notified if "shown once" in n.message]
        lines = notice.message.splitlines()
        assert lines[0] == f'{tmp_path / "b.txt"}: "Budget" has the same text as in ' + (
            f"{tmp_path / 'a.txt'}, shown once"
        )
        assert len(lines) == 4 and lines[-1] == "… and 1 more"
