"""The article list: one line per article (unread marker, bookmark, title cut to fit, site,
date), filtered all / unread / bookmarked / search matches. Shown when several articles are
loaded; each option's id is the index of its article in the reader."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.analysis.types import Article
from briefing.safe_text import safe_line
from briefing.ui.bindings import list_movement

FILTERS = ("all", "unread", "bookmarked", "matches")
"""What the list shows, in the order ``f`` goes through them."""
UNREAD, BOOKMARK = "●", "★"
TITLE_ROOM = 12
"""Cells a title keeps before the site and date make way for it (the site first)."""
SITE_ROOM = 18


def article_title(article: Article) -> str:
    """The title to show, on one line: the article's own, or its file name; any control or
    bidi character in it is escaped (it comes from a feed or a file name)."""
    title = article.title or Path(article.source).name or article.source
    return safe_line(" ".join(title.split()))


def article_site(article: Article) -> str:
    """The site an article comes from (its URL's host, without ``www.``), or ""."""
    for link in (article.url, article.source):
        if link and "://" in link:
            host = urlsplit(link).hostname or ""
            return safe_line(host.removeprefix("www."))
    return ""


def article_date(article: Article) -> str:
    """The article's date as YYYY-MM-DD when it has one in ISO form, else as given."""
    date = (article.date or "").strip()
    return safe_line(date[:10] if date[:4].isdigit() else date[:16])


Marked = Callable[[int], tuple[bool, bool]]
"""(read, bookmarked) of the article at an index."""


class ArticleList(OptionList):
    """One option per article shown; highlighting one switches the reader to it."""

    BINDINGS = [
        *list_movement("articles"),
    ]

    COMPONENT_CLASSES = {"articles--matches", "articles--meta", "articles--unread"}

    filter = reactive("all", init=False)
    """Which articles are listed (one of ``FILTERS``); setting it lists them again."""

    def __init__(
        self, articles: list[Article], *, marked: Marked | None = None, id: str | None = None
    ) -> None:
        super().__init__(id=id, markup=False)
        self.articles = articles
        """The reader's articles (shared: new ones are appended by the reader)."""
        self.titles = [article_title(a) for a in articles]
        self.order = list(range(len(articles)))
        """Article indices in the order listed, newest first (before any filter)."""
        self.shown: list[int] = []
        """Article indices listed now (the filter applied)."""
        self.counts: list[int] | None = None
        self._marked = marked or (lambda _index: (False, False))

    def on_mount(self) -> None:
        self.refilter()

    def watch_filter(self) -> None:
        self.refilter()

    def on_resize(self) -> None:
        self.refresh_prompts()

    def add_articles(self, indices: Sequence[int]) -> None:
        """New articles (already appended to ``articles``) go at the top of the list."""
        self.titles.extend(article_title(self.articles[i]) for i in indices)
        self.order[:0] = list(indices)
        if self.counts is not None:
            self.counts.extend(0 for _ in indices)
        self.refilter(keep=True)

    def position_of(self, index: int) -> int | None:
        """Where article ``index`` is listed now (None: filtered out)."""
        try:
            return self.shown.index(index)
        except ValueError:
            return None

    def refilter(self, keep: bool = True) -> None:
        """List the articles the filter lets through, keeping the highlighted one if listed."""
        current = self.shown[self.highlighted] if self.highlighted is not None and keep else None
        self.shown = [i for i in self.order if self._passes(i)]
        self.clear_options()
        self.add_options([Option(self._prompt(i), id=str(i)) for i in self.shown])
        if current in self.shown:
            self.highlighted = self.shown.index(current)
        self._describe()

    def _passes(self, index: int) -> bool:
        read, bookmarked = self._marked(index)
        if self.filter == "unread":
            return not read
        if self.filter == "bookmarked":
            return bookmarked
        if self.filter == "matches":
            return self.counts is None or self.counts[index] > 0
        return True

    def _describe(self) -> None:
        total = len(self.order)
        if self.filter == "all":
            self.border_title = "Articles"
            self.border_subtitle = f"{total}" if total > 1 else ""
        else:
            self.border_title = f"Articles · {self.filter}"
            self.border_subtitle = f"{len(self.shown)} of {total}"

    def show_matches(self, counts: list[int] | None) -> None:
        """Say how often a search matches in each article (``None``: no search)."""
        self.counts = counts
        if self.filter == "matches" and counts is None:
            self.filter = "all"  # the search has ended, and its filter with it
        elif self.filter == "matches":
            self.refilter()
        else:
            self.refresh_prompts()

    def refresh_prompts(self) -> None:
        """Draw every listed article again (its marks changed, or the width)."""
        for position, index in enumerate(self.shown):
            self.replace_option_prompt_at_index(position, self._prompt(index))

    def _prompt(self, index: int) -> Text:
        read, bookmarked = self._marked(index)
        article = self.articles[index]
        style = self.get_component_rich_style
        marker = Text.assemble(
            (" " if read else UNREAD, style("articles--unread", partial=True)),
            BOOKMARK if bookmarked else " ",
            " ",
        )
        count = Text()
        if self.counts is not None:
            count = Text(f" ({self.counts[index]})", style("articles--matches", partial=True))
        # the option's own padding takes two cells; the title keeps at least TITLE_ROOM
        room = max(self.scrollable_content_region.width - 2, 20) - marker.cell_len - count.cell_len
        site, date = article_site(article)[:SITE_ROOM], article_date(article)
        about = ""
        for candidate in (f"{site} {date}".strip(), date):
            if candidate and room - cell_len(candidate) - 1 >= TITLE_ROOM:
                about = candidate
                break
        meta = Text(" " + about, style("articles--meta", partial=True)) if about else Text()
        title = Text(self.titles[index])
        title.truncate(max(room - meta.cell_len, 8), overflow="ellipsis")
        gap = room - meta.cell_len - title.cell_len if meta else 0
        return Text.assemble(marker, title, " " * max(gap, 0), meta, count, no_wrap=True)
