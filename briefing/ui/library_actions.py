"""The reader as a daily tool: read marks, bookmarks, notes, the list's filter, the original
link, copying, exporting, and refreshing the subscribed feeds (``u b m f o y e r``).

``LibraryActions`` is a collaborator of ``BriefingApp``, like ``AnalysisFeed``: the one place
that writes the reader's marks and its last place to the library.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.widgets import ProgressBar
from textual.worker import get_current_worker

from briefing.analysis.types import Analysis, Position
from briefing.ui.marks import Marks
from briefing.ui.place import Place, save_place
from briefing.ui.widgets.article_header import ArticleHeader
from briefing.ui.widgets.article_list import FILTERS, ArticleList, article_title

if TYPE_CHECKING:
    from textual.timer import Timer

    from briefing.config import Fetching
    from briefing.refresh import FeedResult
    from briefing.store import Store
    from briefing.ui.app import BriefingApp

READ_AFTER = 2.0
"""Seconds an article stays on screen before it counts as read (as newsboat does)."""


class LibraryActions:
    """Marks, links, copying and refresh; the marks live in ``marks`` and the store."""

    def __init__(self, app: BriefingApp, store: Store | None, fetching: Fetching | None) -> None:
        self.app = app
        self.store = store
        self.fetching = fetching
        self.marks = Marks(store.library if store is not None else None)
        self.read_after = READ_AFTER
        self._read_timer: Timer | None = None

    @property
    def article_list(self) -> ArticleList:
        return self.app.query_one(ArticleList)

    def marked(self, index: int) -> tuple[bool, bool]:
        """(read, bookmarked) of article ``index``."""
        article_id = self.app.articles[index].id
        return article_id in self.marks.read, article_id in self.marks.bookmarked

    def say_failure(self, failure: str | None) -> None:
        if failure:
            self.app.notify(failure, title="Library", severity="warning", timeout=6)

    # -- read, bookmark, filter ----------------------------------------------------------

    def schedule_read(self, index: int) -> None:
        """Mark article ``index`` read once it has been on screen for ``read_after``."""
        self._stop_read_timer()
        if not self.marked(index)[0]:
            self._read_timer = self.app.set_timer(self.read_after, partial(self.read_now, index))

    def _stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def read_now(self, index: int) -> None:
        """The read timer's end: article ``index`` is read if it is still on screen."""
        self._read_timer = None
        if not self.app.is_running or not self.app.query(ArticleList):
            return  # the timer fired while the reader closes: panes are gone
        if self.app.current == index and not self.marked(index)[0]:
            self._set_read(index, True)

    def _set_read(self, index: int, read: bool) -> None:
        self.say_failure(self.marks.set_read(self.app.articles[index], read))
        self.article_list.refresh_prompts()
        self.app.describe_article()

    def toggle_read(self) -> None:
        self._stop_read_timer()
        read = not self.marked(self.app.current)[0]
        self._set_read(self.app.current, read)
        self.app.notify(f"Marked {'read' if read else 'unread'}", timeout=2)

    def toggle_bookmark(self) -> None:
        app = self.app
        bookmarked = not self.marked(app.current)[1]
        self.say_failure(self.marks.set_bookmark(app.articles[app.current], bookmarked))
        self.article_list.refresh_prompts()
        app.describe_article()
        app.notify("Bookmarked" if bookmarked else "Bookmark removed", timeout=2)

    def cycle_filter(self) -> None:
        """All, unread, bookmarked, search matches (only while a search is on), all..."""
        listing = self.article_list
        choices = [f for f in FILTERS if f != "matches" or listing.counts is not None]
        now = listing.filter if listing.filter in choices else "all"
        listing.filter = choices[(choices.index(now) + 1) % len(choices)]
        shown = listing.shown
        if shown and self.app.current not in shown:
            self.app.show_article(shown[0])
        if not shown:
            self.app.notify(f"No {listing.filter} articles", timeout=3)

    # -- links, copying, notes -----------------------------------------------------------

    def open_url(self) -> None:
        article = self.app.articles[self.app.current]
        url = article.url or (article.source if "://" in article.source else None)
        if not url or not url.startswith(("http://", "https://")):
            self.app.notify(f"{article_title(article)} has no web address", timeout=4)
            return
        self.app.run_worker(
            partial(self._open_in_browser, url), group="browser", exit_on_error=False, thread=True
        )

    def _open_in_browser(self, url: str) -> None:
        import webbrowser  # honours $BROWSER

        if webbrowser.open(url):
            self.app.call_from_thread(self.app.notify, f"Opened {url}", timeout=3)
        else:
            self.app.call_from_thread(
                self.app.notify, f"No browser could open {url} (set $BROWSER)", severity="warning"
            )

    def selected_position(self) -> Position | None:
        """The position under the parties panel's cursor, when that panel has the focus."""
        pane = self.app.parties_pane
        node = pane.cursor_node
        if pane.has_focus and node is not None and isinstance(node.data, Position):
            return node.data
        return None

    def copy(self) -> None:
        """Copy the selected position or summary sentence (else the article's title and
        address), with where it comes from."""
        app = self.app
        article = app.articles[app.current]
        analysis = app.analysis
        reference = " ".join(p for p in (article_title(article), article.url) if p)
        position = self.selected_position() if analysis else None
        summary = app.summary_pane
        if analysis is not None and position is not None:
            text, what = _position_text(analysis, position), "position"
        elif analysis is not None and summary.has_focus and summary.highlighted is not None:
            sentence = analysis.sentences[summary.sentence_indices[summary.highlighted]]
            text = " ".join(article.text[sentence.start : sentence.end].split())
            what = "summary sentence"
        else:
            text, what = "", "title and address"
        copied = f"{text}\n— {reference}" if text else reference
        app.copy_to_clipboard(copied)
        app.notify(f"Copied the {what}", timeout=2)

    def note(self) -> None:
        from briefing.ui.screens.note import NoteScreen  # only when asked

        app = self.app
        article = app.articles[app.current]
        analysis = app.analysis
        position = self.selected_position() if analysis else None
        about = article_title(article)
        if position is not None and analysis is not None:
            about = f"On: {_position_text(analysis, position)}"

        def keep(body: str | None) -> None:
            if body:
                span = _extent(position) if position is not None else None
                self.say_failure(self.marks.add_note(article, body, span))
                self.notes_changed()
                app.notify("Note kept", timeout=2)

        app.push_screen(NoteScreen(about), keep)

    def export(self) -> None:
        """Ask where to write this briefing, and in which format; write it there."""
        from briefing.ui.screens.export import ExportScreen  # only when asked

        if (analysis := self.app.feed.analysis_or_notify()) is None:
            return

        def write(choice: tuple[str, Path] | None) -> None:
            if choice is not None:
                self._export(analysis, *choice)

        article = analysis.article
        self.app.push_screen(ExportScreen(article.title or Path(article.source).stem), write)

    def _export(self, analysis: Analysis, format: str, path: Path) -> None:
        from briefing.export import write_briefing

        try:
            write_briefing(analysis, format, path, self.marks.notes(analysis.article))
        except OSError as exc:
            self.app.notify(
                f"{path}: {exc.strerror or exc}", title="Export failed", severity="error"
            )
            return
        self.app.notify(f"Exported to {path.resolve()}", title="Export", timeout=8)

    def notes_changed(self) -> None:
        """List the notes on the article in its header."""
        article = self.app.articles[self.app.current]
        self.app.query_one(ArticleHeader).show(article, self.marks.notes(article))

    def keep_place(self) -> None:
        """Keep the article on screen and the summarizer and length chosen, for next time."""
        feed = self.app.feed
        length = feed.length
        k = int(length.value) if length is not None and not length.percent else None
        article = self.app.articles[self.app.current].id
        save_place(self.store, Place(article, feed.algorithm, k))

    # -- refresh -------------------------------------------------------------------------

    def refresh(self) -> None:
        app = self.app
        if self.store is None:
            app.notify("No library to refresh into (the store is unavailable)", timeout=5)
            return
        if any(w.group == "refresh" and w.is_running for w in app.workers):
            app.notify("The feeds are being refreshed already", timeout=3)
            return
        bar = app.query_one("#refresh-bar", ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        app.run_worker(
            partial(self._refresh_feeds, self.store),
            group="refresh",
            exclusive=True,
            exit_on_error=False,
            thread=True,
        )

    def _refresh_feeds(self, store: Store) -> None:
        from briefing.refresh import refresh

        worker = get_current_worker()
        app = self.app

        def progress(result: FeedResult, done: int, total: int) -> None:
            if not worker.is_cancelled:
                app.call_from_thread(self._feed_refreshed, result, done, total)

        refreshed = refresh(store, self.fetching, progress=progress)
        if not worker.is_cancelled:
            summary = refreshed.summary() if refreshed.results else "No subscriptions yet"
            app.call_from_thread(self._refresh_done, summary, bool(refreshed.failed))

    def _feed_refreshed(self, result: FeedResult, done: int, total: int) -> None:
        app = self.app
        app.query_one("#refresh-bar", ProgressBar).update(total=total, progress=done)
        if not result.new:
            return
        first = len(app.articles)
        app.articles.extend(result.new)
        self.article_list.add_articles(list(range(first, len(app.articles))))
        app.query_one("#main").set_class(len(app.articles) > 1, "-several")

    def _refresh_done(self, summary: str, failed: bool) -> None:
        app = self.app
        app.query_one("#refresh-bar", ProgressBar).display = False
        missing = [i for i in range(len(app.articles)) if i not in app.feed.analyses]
        if missing:  # the new articles, and any the first batch has not reached yet
            app.feed.start(missing)
        severity = "warning" if failed else "information"
        app.notify(summary, title="Refresh", severity=severity, timeout=8)


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
