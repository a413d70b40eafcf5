"""The article list, shown when several articles are loaded."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.analysis.types import Article
from briefing.ui.literal import printable


def article_title(article: Article) -> str:
    """The title to show: the article's own, or its file name."""
    title = article.title or Path(article.source).name or article.source
    return " ".join(printable(title).split())


class ArticleList(OptionList):
    """One option per article; highlighting one switches the reader to it."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="articles.down", tooltip="Next"),
        Binding("k", "cursor_up", "Up", show=False, id="articles.up", tooltip="Previous"),
        Binding("g", "first", "First", show=False, id="articles.first", tooltip="First"),
        Binding("G", "last", "Last", show=False, id="articles.last", tooltip="Last"),
    ]

    def __init__(self, articles: list[Article], *, id: str | None = None) -> None:
        options = [Option(Text(article_title(a)), id=str(i)) for i, a in enumerate(articles)]
        super().__init__(*options, id=id, markup=False)
