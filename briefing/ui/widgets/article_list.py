"""The article list, shown when several articles are loaded."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.analysis.types import Article
from briefing.safe_text import safe_line


def article_title(article: Article) -> str:
    """The title to show, on one line: the article's own, or its file name; any control or
    bidi character in it is escaped (it comes from a feed or a file name)."""
    title = article.title or Path(article.source).name or article.source
    return safe_line(" ".join(title.split()))


class ArticleList(OptionList):
    """One option per article; highlighting one switches the reader to it."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="articles.down", tooltip="Next"),
        Binding("k", "cursor_up", "Up", show=False, id="articles.up", tooltip="Previous"),
        Binding("g", "first", "First", show=False, id="articles.first", tooltip="First"),
        Binding("G", "last", "Last", show=False, id="articles.last", tooltip="Last"),
    ]

    COMPONENT_CLASSES = {"articles--matches"}

    def __init__(self, articles: list[Article], *, id: str | None = None) -> None:
        self.titles = [article_title(a) for a in articles]
        options = [Option(Text(title), id=str(i)) for i, title in enumerate(self.titles)]
        super().__init__(*options, id=id, markup=False)

    def show_matches(self, counts: list[int] | None) -> None:
        """Say how often a search matches in each article (``None``: no search)."""
        style = self.get_component_rich_style("articles--matches", partial=True)
        for index, title in enumerate(self.titles):
            prompt = Text(title)
            if counts is not None:
                prompt.append(f" ({counts[index]})", style)
            self.replace_option_prompt_at_index(index, prompt)
