"""The article's header: its title, then site, author and date when known, then the
reader's notes on it. Every part comes from outside (or from the reader) and is shown as
literal text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from briefing.analysis.types import Article
from briefing.safe_text import safe_line
from briefing.ui.widgets.article_list import article_date, article_site, article_title

if TYPE_CHECKING:
    from briefing.store import Note

NOTES_SHOWN = 3
"""Notes listed in the header; the rest are counted."""


class ArticleHeader(Static):
    """What is known about the article on screen, and the notes on it."""

    COMPONENT_CLASSES = {"header--title", "header--meta", "header--note"}

    def show(self, article: Article, notes: Sequence[Note] = ()) -> None:
        style = self.get_component_rich_style
        text = Text(article_title(article), style("header--title", partial=True), no_wrap=True)
        text.overflow = "ellipsis"
        author = safe_line(article.author) if article.author else ""
        meta = " · ".join(p for p in (article_site(article), author, article_date(article)) if p)
        if meta:
            text.append("\n" + meta, style("header--meta", partial=True))
        for note in notes[:NOTES_SHOWN]:
            where = "" if note.span is None else " (on a position)"
            line = f"\n✎ {safe_line(' '.join(note.body.split()))}{where}"
            text.append(line, style("header--note", partial=True))
        if len(notes) > NOTES_SHOWN:
            more = len(notes) - NOTES_SHOWN
            text.append(f"\n✎ and {more} more", style("header--note", partial=True))
        self.update(text)
        # a bare file name says nothing the pane's border does not say already
        self.display = bool(article.title or meta or notes)
