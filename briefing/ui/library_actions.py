"""The reader as a daily tool: read marks, bookmarks, notes, the list's filter, the original
link, copying, and refreshing the subscribed feeds (``u b m f o y r``).

``LibraryActions`` is a part of ``BriefingApp`` (a mixin), like ``AnalysisFeed``: the one
place that writes the reader's marks to the library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.timer import Timer
from textual.widgets import ProgressBar
from textual.worker import get_current_worker

from briefing.analysis.types import Analysis, Article, Position
from briefing.ui.marks import Marks
from briefing.ui.messages import AnalysisReady
from briefing.ui.place import Place, save_place
from briefing.ui.widgets.article_header import ArticleHeader
from briefing.ui.widgets.article_list import FILTERS, ArticleList, article_title

if TYPE_CHECKING:
    from textual.app import App

    from briefing.analysis.summarize import SummaryLength
    from briefing.config import Fetching
    from briefing.refresh import FeedResult
    from briefing.store import Store
    from briefing.ui.widgets.article_view import ArticleView
    from briefing.ui.widgets.parties_pane import PartiesPane
    from briefing.ui.widgets.summary_pane import SummaryPane

    _Base = App[int]
else:
    _Base = object

READ_AFTER = 2.0
"""Seconds an article stays on screen before it counts as read (as newsboat does)."""


class LibraryActions(_Base):
    """Marks, links, copying and refresh; state lives in ``marks`` and the store."""

    articles: list[Article]
    analyses: dict[int, Analysis]
    current: int
    marks: Marks
    store: Store | None
    fetching: Fetching | None
    read_after: float
    _read_timer: Timer | None
    _restore: Place | None
    _algorithm: str | None
    _length: SummaryLength | None

    if TYPE_CHECKING:
        article_view: ArticleView
        summary_pane: SummaryPane
        parties_pane: PartiesPane
        analysis: Analysis | None

        def _describe_article(self) -> None: ...
        def _analyse_articles(self, order: list[int]) -> None: ...
        def _show(self, index: int) -> None: ...

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    def marked(self, index: int) -> tuple[bool, bool]:
        """(read, bookmarked) of article ``index``."""
        article_id = self.articles[index].id
        return article_id in self.marks.read, article_id in self.marks.bookmarked

    def _say_failure(self, failure: str | None) -> None:
        if failure:
            self.notify(failure, title="Library", severity="warning", timeout=6)

    # -- read, bookmark, filter ----------------------------------------------------------

    def _schedule_read(self, index: int) -> None:
        """Mark article ``index`` read once it has been on screen for ``read_after``."""
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        if not self.marked(index)[0]:
            self._read_timer = self.set_timer(self.read_after, lambda: self._read_now(index))

    def _read_now(self, index: int) -> None:
        self._read_timer = None
        if not self.is_running:  # the timer fired while the reader closes: its panes are gone
            return
        if self.current == index and not self.marked(index)[0]:
            self._set_read(index, True)

    def _set_read(self, index: int, read: bool) -> None:
        self._say_failure(self.marks.set_read(self.articles[index], read))
        self.article_list.refresh_prompts()
        self._describe_article()

    def action_toggle_read(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        read = not self.marked(self.current)[0]
        self._set_read(self.current, read)
        self.notify(f"Marked {'read' if read else 'unread'}", timeout=2)

    def action_toggle_bookmark(self) -> None:
        bookmarked = not self.marked(self.current)[1]
        self._say_failure(self.marks.set_bookmark(self.articles[self.current], bookmarked))
        self.article_list.refresh_prompts()
        self._describe_article()
        self.notify("Bookmarked" if bookmarked else "Bookmark removed", timeout=2)

    def action_cycle_filter(self) -> None:
        """All, unread, bookmarked, search matches (only while a search is on), all..."""
        listing = self.article_list
        choices = [f for f in FILTERS if f != "matches" or listing.counts is not None]
        now = listing.filter if listing.filter in choices else "all"
        listing.filter = choices[(choices.index(now) + 1) % len(choices)]
        listing.refilter()
        shown = listing.shown
        if shown and self.current not in shown:
            self._show(shown[0])
        if not shown:
            self.notify(f"No {listing.filter} articles", timeout=3)

    # -- links, copying, notes -----------------------------------------------------------

    def action_open_url(self) -> None:
        article = self.articles[self.current]
        url = article.url or (article.source if "://" in article.source else None)
        if not url or not url.startswith(("http://", "https://")):
            self.notify(f"{article_title(article)} has no web address", timeout=4)
            return
        self._open_in_browser(url)

    @work(thread=True, exit_on_error=False, group="browser")
    def _open_in_browser(self, url: str) -> None:
        import webbrowser  # honours $BROWSER

        if webbrowser.open(url):
            self.call_from_thread(self.notify, f"Opened {url}", timeout=3)
        else:
            self.call_from_thread(
                self.notify, f"No browser could open {url} (set $BROWSER)", severity="warning"
            )

    def selected_position(self) -> Position | None:
        """The position under the parties panel's cursor, when that panel has the focus."""
        node = self.parties_pane.cursor_node
        if self.parties_pane.has_focus and node is not None and isinstance(node.data, Position):
            return node.data
        return None

    def action_copy(self) -> None:
        """Copy the selected position or summary sentence (else the article's title and
        address), with where it comes from."""
        article = self.articles[self.current]
        analysis = self.analysis
        reference = " ".join(p for p in (article_title(article), article.url) if p)
        position = self.selected_position() if analysis else None
        summary = self.summary_pane
        if analysis is not None and position is not None:
            text, what = _position_text(analysis, position), "position"
        elif analysis is not None and summary.has_focus and summary.highlighted is not None:
            sentence = analysis.sentences[summary.sentence_indices[summary.highlighted]]
            text = " ".join(article.text[sentence.start : sentence.end].split())
            what = "summary sentence"
        else:
            text, what = "", "title and address"
        copied = f"{text}\n— {reference}" if text else reference
        self.copy_to_clipboard(copied)
        self.notify(f"Copied the {what}", timeout=2)

    def action_note(self) -> None:
        from briefing.ui.screens.note import NoteScreen  # only when asked

        article = self.articles[self.current]
        position = self.selected_position() if self.analysis else None
        about = article_title(article)
        if position is not None and self.analysis is not None:
            about = f"On: {_position_text(self.analysis, position)}"

        def keep(body: str | None) -> None:
            if body:
                span = _extent(position) if position is not None else None
                self._say_failure(self.marks.add_note(article, body, span))
                self._notes_changed()
                self.notify("Note kept", timeout=2)

        self.push_screen(NoteScreen(about), keep)

    def _notes_changed(self) -> None:
        """List the notes on the article in its header."""
        article = self.articles[self.current]
        self.query_one(ArticleHeader).show(article, self.marks.notes(article))

    # -- the last place ------------------------------------------------------------------

    def _keep_place(self) -> None:
        """Keep the article on screen and the summarizer and length chosen, for next time."""
        length = self._length
        k = int(length.value) if length is not None and not length.percent else None
        article = self.articles[self.current].id
        save_place(self.store, Place(article, self._algorithm, k))

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if self._restore is not None:  # the summarizer's module is loaded by now
            from briefing.analysis.summarize import SummaryLength, algorithms

            place, self._restore = self._restore, None
            if place.algorithm in algorithms():
                self._algorithm = place.algorithm
            if place.length is not None:
                self._length = SummaryLength(place.length)
        super().on_analysis_ready(message)

    async def action_quit(self) -> None:
        self._keep_place()
        await super().action_quit()

    # -- refresh -------------------------------------------------------------------------

    def action_refresh(self) -> None:
        if self.store is None:
            self.notify("No library to refresh into (the store is unavailable)", timeout=5)
            return
        if any(w.group == "refresh" and w.is_running for w in self.workers):
            self.notify("The feeds are being refreshed already", timeout=3)
            return
        bar = self.query_one("#refresh-bar", ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self._refresh_feeds(self.store)

    @work(thread=True, exclusive=True, exit_on_error=False, group="refresh")
    def _refresh_feeds(self, store: Store) -> None:
        from briefing.refresh import refresh

        worker = get_current_worker()

        def progress(result: FeedResult, done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.call_from_thread(self._feed_refreshed, result, done, total)

        refreshed = refresh(store, self.fetching, progress=progress)
        if not worker.is_cancelled:
            summary = refreshed.summary() if refreshed.results else "No subscriptions yet"
            self.call_from_thread(self._refresh_done, summary, bool(refreshed.failed))

    def _feed_refreshed(self, result: FeedResult, done: int, total: int) -> None:
        self.query_one("#refresh-bar", ProgressBar).update(total=total, progress=done)
        if not result.new:
            return
        first = len(self.articles)
        self.articles.extend(result.new)
        indices = list(range(first, len(self.articles)))
        self.article_list.add_articles(indices)
        self.query_one("#main").set_class(len(self.articles) > 1, "-several")

    def _refresh_done(self, summary: str, failed: bool) -> None:
        self.query_one("#refresh-bar", ProgressBar).display = False
        missing = [i for i in range(len(self.articles)) if i not in self.analyses]
        if missing:  # the new articles, and any the first batch has not reached yet
            self._analyse_articles(missing)
        severity = "warning" if failed else "information"
        self.notify(summary, title="Refresh", severity=severity, timeout=8)


def _position_text(analysis: Analysis, position: Position) -> str:
    """A position in words: who, the cue, and what, quoted."""
    text = analysis.article.text
    party = analysis.party(position.party) if position.party else None
    source = text[slice(*position.source)] if position.source else None
    who = party.name if party else source or "someone"
    if party and source and " ".join(source.split()) != party.name:
        who += f" ({source})"  # as the text names it: "he", "the minister"
    cue = text[slice(*position.cue)]
    content = " … ".join(text[s:e] for s, e in position.content)
    if content.lstrip()[:1] not in "“\"'‘«":  # quote it, unless it is quoted already
        content = f"“{content}”"
    return " ".join(f"{who} {cue}: {content}".split())


def _extent(position: Position) -> tuple[int, int]:
    """The span a position covers in the text, from its first to its last part."""
    spans = [position.cue, *position.content] + ([position.source] if position.source else [])
    return min(s for s, _ in spans), max(e for _, e in spans)
