"""The reader app: the article, its summary and its parties, all by keyboard.

``create_app`` builds it for the CLI and for the tests. The app never runs NLP itself:
analyses come from ``briefing.service`` in a thread worker (spaCy is imported there, not at
start-up, so the text is on screen at once), and come back as messages. The app lays out the
panes and routes keys and messages; three collaborators do the rest: ``feed`` (the analyses
and the summary chosen), ``library`` (marks, notes, links, refresh) and ``across`` (``P``,
``c``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widgets import Footer, OptionList, ProgressBar, Tree
from textual.worker import Worker

from briefing.analysis.types import Analysis, Article, Position
from briefing.paths import styles_dir
from briefing.safe_text import safe_line, safe_text
from briefing.sources import SourceError
from briefing.ui.across_actions import AcrossActions
from briefing.ui.analysis_feed import Analyse, AnalysisFeed
from briefing.ui.bindings import APP_BINDINGS, ARTICLE_ACTIONS, PALETTE_ACTIONS
from briefing.ui.commands import palette_commands
from briefing.ui.library_actions import LibraryActions
from briefing.ui.messages import AnalysisReady, SummaryReady
from briefing.ui.place import load_place
from briefing.ui.widgets.article_header import ArticleHeader
from briefing.ui.widgets.article_list import ArticleList, article_title
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.parties_pane import PartiesPane, PartyDetail
from briefing.ui.widgets.search_bar import SearchBar
from briefing.ui.widgets.summary_pane import SummaryPane

if TYPE_CHECKING:
    from briefing.analysis.options import Options
    from briefing.config import Fetching
    from briefing.store import Store


COPIES_SHOWN = 3
"""Copies named in the one notice that says they were read once; the rest are counted."""


class BriefingApp(App[int]):
    """Reads articles: text with entity highlights, summary, and the parties' positions."""

    TITLE = "briefing"
    CSS_PATH = sorted(styles_dir().glob("*.tcss"))
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide"), (180, "-huge")]

    BINDINGS = APP_BINDINGS
    PALETTE = PALETTE_ACTIONS

    def __init__(
        self,
        articles: Sequence[Article],
        *,
        options: Options | None = None,
        errors: Sequence[SourceError] = (),
        copies: Sequence[str] = (),
        analyse: Analyse,
        store: Store | None = None,
        fetching: Fetching | None = None,
    ) -> None:
        super().__init__()
        if not articles:
            raise ValueError("the reader needs at least one article")
        self.articles = list(articles)
        self.errors = list(errors)
        self.copies = list(copies)
        place = load_place(store)
        ids = [a.id for a in self.articles]
        self.current = ids.index(place.article) if place.article in ids else 0
        self.feed = AnalysisFeed(self, analyse, options, place if options is None else None)
        self.library = LibraryActions(self, store, fetching)
        self.across = AcrossActions(self)

    # -- layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="main", classes="-several" if len(self.articles) > 1 else ""):
            yield ArticleList(self.articles, marked=self.library.marked, id="articles")
            with Vertical(id="article-box"):
                yield ArticleHeader(id="article-meta")
                yield ArticleView(id="article")
            with Vertical(id="side"):
                yield SummaryPane(id="summary")
                with Vertical(id="parties-box"):
                    yield PartiesPane(id="parties")
                    yield PartyDetail(id="party-detail")
        yield SearchBar(id="search")
        yield ProgressBar(id="refresh-bar", show_eta=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        titles = {"#articles": "Articles", "#article": "Article"}
        titles |= {"#summary": "Summary", "#parties-box": "Parties"}
        for selector, title in titles.items():
            pane = self.query_one(selector)
            pane.border_title = title
            pane.add_class("pane")
        for error in self.errors:
            self.notify(str(error), title="Could not read", severity="error", timeout=10)
        if self.copies:  # one notice for them all: a folder may hold many
            shown = self.copies[:COPIES_SHOWN]
            more = len(self.copies) - len(shown)
            lines = "\n".join(shown) + (f"\n… and {more} more" if more else "")
            self.notify(lines, title="Read once", timeout=8)
        self.query_one("#refresh-bar").display = False
        self.library.say_failure(self.library.marks.load(self.articles))
        self.show_article(self.current)
        self.query_one(ArticleView).focus()
        self.theme_changed_signal.subscribe(self, self._restyle)
        # after the first paint, so that the worker's imports do not hold the text back
        self.call_after_refresh(self.feed.start, list(range(len(self.articles))))

    def _restyle(self, _theme: object) -> None:
        """The panes' labels carry colours from the theme: build them again in the new one."""
        self.fill_panes(self.analysis)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def summary_pane(self) -> SummaryPane:
        return self.query_one(SummaryPane)

    @property
    def parties_pane(self) -> PartiesPane:
        return self.query_one(PartiesPane)

    @property
    def analyses(self) -> dict[int, Analysis]:
        """The analyses that have arrived, by article index."""
        return self.feed.analyses

    @property
    def analysis_failed(self) -> bool:
        return self.feed.failed

    @property
    def analysis(self) -> Analysis | None:
        """The analysis of the article on screen, once it has arrived."""
        return self.feed.analyses.get(self.current)

    def show_article(self, index: int) -> None:
        """Put article ``index`` on screen, with whatever is known of it so far."""
        self.current = index
        article = self.articles[index]
        analysis = self.analyses.get(index)
        self.article_view.show_article(article, analysis)
        self.library.notes_changed()
        search = self.query_one(SearchBar)
        if search.has_class("-active") and search.value:  # the search goes on
            self.article_view.search(search.value)
        self.fill_panes(analysis)
        listing = self.query_one(ArticleList)
        position = listing.position_of(index)
        if position is not None and listing.highlighted != position:
            listing.highlighted = position
        if analysis is not None:
            self.feed.match_summary_choice(index, analysis)
        self.library.schedule_read(index)
        self.library.keep_place()

    def fill_panes(self, analysis: Analysis | None) -> None:
        waiting = analysis is None and not self.analysis_failed
        self.summary_pane.show_summary(analysis)
        self.query_one(PartyDetail).show_node(analysis, None)
        self.parties_pane.show_parties(analysis)
        count = len(analysis.parties) if analysis else 0
        parties = f"{count} part{'ies' if count != 1 else 'y'}" if analysis else ""
        self.query_one("#parties-box").border_subtitle = parties
        self.summary_pane.loading = self.parties_pane.loading = waiting
        self.describe_article()

    def describe_article(self) -> None:
        article = self.articles[self.current]
        parts = [article_title(article)]
        _, bookmarked = self.library.marked(self.current)
        if bookmarked:
            parts.append("★")
        if len(self.articles) > 1:
            parts.append(f"{self.current + 1}/{len(self.articles)}")
        if self.analysis is None:
            parts.append("analysis failed" if self.analysis_failed else "analysing…")
        else:
            parts.append(f"{len(self.analysis.entities)} entities")
        view = self.article_view
        if view.searching:
            count = len(view.matches)
            parts.append(f"{count} match{'es' * (count != 1)}")
        # a Content is shown as it is: a str would be read as markup ("[/]" in a title)
        self.article_view.border_subtitle = Content(" · ".join(parts))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification of the reader (widgets' too): shown literally, never as markup,
        with any control or bidi character escaped. Their text comes from outside: titles,
        file names, server messages, what the reader typed."""
        del markup  # none of ours uses markup; Textual's few that do read fine without
        super().notify(
            safe_text(message),
            title=safe_line(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def check_action(
        self,
        action: str,
        parameters: tuple[object, ...],  # noqa: ARG002  Textual's signature
    ) -> bool | None:
        """The reader's keys act on the article on screen: under another screen (the
        briefing across articles, a story, help, a dialog) only quitting and help do."""
        return not (len(self.screen_stack) > 1 and action in ARTICLE_ACTIONS)

    def action_help_quit(self) -> None:
        """``ctrl+c`` (Textual's hint, without its markup)."""
        self.notify("Press q to quit", title="Do you want to quit?")

    # -- pane events ---------------------------------------------------------------------

    @on(ArticleView.EntityOpened)
    def _open_entity(self, message: ArticleView.EntityOpened) -> None:
        entity = message.entity
        if entity.party and self.parties_pane.open_party(entity.party):
            self.parties_pane.focus()
        else:
            self.notify(f"“{entity.text}” ({entity.label}) is not a party", timeout=4)

    @on(OptionList.OptionSelected, "#summary")
    def _summary_sentence_chosen(self, event: OptionList.OptionSelected) -> None:
        self.article_view.mark_sentence(int(event.option.id or 0))

    @on(OptionList.OptionSelected, "#articles")
    def _article_opened(self, event: OptionList.OptionSelected) -> None:
        if int(event.option.id or 0) != self.current:
            self.show_article(int(event.option.id or 0))
        self.article_view.focus()

    @on(OptionList.OptionHighlighted, "#articles")
    def _article_chosen(self, event: OptionList.OptionHighlighted) -> None:
        if int(event.option.id or 0) != self.current:
            self.show_article(int(event.option.id or 0))

    @on(Tree.NodeHighlighted, "#parties")
    def _party_or_position_highlighted(self, event: Tree.NodeHighlighted) -> None:
        self.query_one(PartyDetail).show_node(self.parties_pane.analysis, event.node.data)

    @on(Tree.NodeSelected, "#parties")
    def _position_chosen(self, event: Tree.NodeSelected) -> None:
        if isinstance(event.node.data, Position):
            self.article_view.mark_position(event.node.data)

    # -- actions -------------------------------------------------------------------------

    def action_next(self) -> None:
        self._step(1)

    def action_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        """Move through the search matches, or else the entities; the article takes focus
        so that ``enter`` then opens the entity under the cursor."""
        view = self.article_view
        if view.searching:
            view.move_match(step)
        elif self.analysis is None:
            self.notify("The analysis is still running", timeout=2)
            return
        elif view.move_cursor(step) is None:
            self.notify("No entities in this article", timeout=2)
            return
        view.focus()

    def action_focus_parties(self) -> None:
        self.parties_pane.focus()

    def action_toggle_all_parties(self) -> None:
        self.parties_pane.action_toggle_all()

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def action_next_article(self) -> None:
        self._step_article(1)

    def _step_article(self, step: int) -> None:
        """To the next article as listed (within the list's filter, when it lists this one)."""
        shown = self.query_one(ArticleList).shown
        order = shown if self.current in shown else self.query_one(ArticleList).order
        if len(order) > 0 and self.current in order:
            self.show_article(order[(order.index(self.current) + step) % len(order)])

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    def action_end_search(self) -> None:
        self.query_one(SearchBar).close()

    def action_help(self) -> None:
        from briefing.ui.screens.across import AcrossScreen
        from briefing.ui.screens.help import HelpScreen, help_markdown  # only when asked

        if isinstance(self.screen, HelpScreen):
            return
        panes = [
            ("Anywhere", type(self)),
            ("Article", ArticleView),
            ("Summary", SummaryPane),
            ("Parties", PartiesPane),
            ("Articles", ArticleList),
            ("Across articles (P)", AcrossScreen),
        ]
        self.push_screen(HelpScreen(help_markdown(self, panes)))

    # -- what the collaborators do ------------------------------------------------------

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self.feed.arrived(message.index, message.analysis)

    def on_summary_ready(self, message: SummaryReady) -> None:
        self.feed.resummarized(message.index, message.analysis)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.feed.worker_changed(event)

    def action_cycle_algorithm(self) -> None:
        self.feed.cycle_algorithm()

    def action_pick_algorithm(self) -> None:
        self.feed.pick_algorithm()

    def action_lengthen_summary(self) -> None:
        self.feed.change_length(1)

    def action_shorten_summary(self) -> None:
        self.feed.change_length(-1)

    def action_export(self) -> None:
        self.library.export()

    def action_toggle_read(self) -> None:
        self.library.toggle_read()

    def action_toggle_bookmark(self) -> None:
        self.library.toggle_bookmark()

    def action_cycle_filter(self) -> None:
        self.library.cycle_filter()

    def action_open_url(self) -> None:
        self.library.open_url()

    def action_copy(self) -> None:
        self.library.copy()

    def action_note(self) -> None:
        self.library.note()

    def action_refresh(self) -> None:
        self.library.refresh()

    def action_across(self) -> None:
        self.across.across()

    def action_story(self) -> None:
        self.across.story()

    async def action_quit(self) -> None:
        self.library.keep_place()
        await super().action_quit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from palette_commands(self)
