"""The search line (``/``): what is typed is highlighted in the article and counted in every
article of the list, as it is typed; ``enter`` goes back to the text, ``escape`` ends it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textual import on
from textual.widgets import Input

from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from briefing.ui.app import BriefingApp


class SearchBar(Input):
    """Shown (class ``-active``) while a search is on; its handlers act on the reader's
    article and list, which it finds on its screen."""

    app: BriefingApp

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            placeholder="Search the text (enter: go through matches, escape: end)", id=id
        )

    def open(self) -> None:
        """Show the line and take the focus; a search left typed goes on."""
        self.add_class("-active")
        self.focus()
        if self.value:
            self.screen.query_one(ArticleView).search(self.value)

    def close(self) -> None:
        """End the search (nothing if none is on) and give the focus back to the text."""
        view = self.screen.query_one(ArticleView)
        if not self.has_class("-active") and not view.searching:
            return
        self.remove_class("-active")
        self.value = ""
        self.search("")
        view.focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.search(event.value)

    def search(self, query: str) -> None:
        """Highlight ``query`` in the text and count it in every article ("" ends it)."""
        view = self.screen.query_one(ArticleView)
        listing = self.screen.query_one(ArticleList)
        articles = listing.articles
        if not query:  # emptied, or cleared by escape: no search
            view.end_search()
            if len(articles) > 1:
                listing.show_matches(None)
        else:
            view.search(query)
            if len(articles) > 1:
                pattern = re.compile(re.escape(query), re.IGNORECASE)
                listing.show_matches([len(pattern.findall(a.text)) for a in articles])
        self.app.describe_article()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        view = self.screen.query_one(ArticleView)
        if not view.matches:
            self.app.notify(f"No match for “{event.value}”", timeout=3)
        view.focus()
