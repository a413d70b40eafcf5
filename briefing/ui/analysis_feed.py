"""How analyses reach the reader: the workers, their messages and failures, and the
summarizer and length the reader chooses (re-ranked in a worker, never on the event loop).

``AnalysisFeed`` is a part of ``BriefingApp`` (a mixin), kept apart because it is the one
place that talks to the analysis layer; its message handlers go by name (``on_…``).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from textual import work
from textual.worker import Worker, WorkerState, get_current_worker

from briefing.analysis.types import Analysis, Article
from briefing.ui.messages import AnalysisReady, SummaryReady
from briefing.ui.widgets.article_list import article_title

if TYPE_CHECKING:
    from textual.app import App

    from briefing.analysis.options import Options
    from briefing.analysis.summarize import SummaryLength
    from briefing.ui.widgets.article_view import ArticleView
    from briefing.ui.widgets.parties_pane import PartiesPane
    from briefing.ui.widgets.summary_pane import SummaryPane

    _Base = App[int]
else:
    _Base = object

Analyse = Callable[[list[Article], "Options | None"], Iterable[Analysis]]
"""How the app gets analyses: ``Service.remember_and_analyse``, or a stand-in in tests.
Called in a worker thread only: it may import spaCy."""


class AnalysisFeed(_Base):
    """The analysis side of the reader: what it asks for, and what it does with answers."""

    articles: list[Article]
    analyses: dict[int, Analysis]
    current: int
    analysis_failed: bool
    options: Options | None
    _analyse: Analyse
    _algorithm: str | None
    _length: SummaryLength | None
    _notes_shown: set[str]

    if TYPE_CHECKING:
        article_view: ArticleView
        summary_pane: SummaryPane
        parties_pane: PartiesPane
        analysis: Analysis | None

        def _fill_panes(self, analysis: Analysis | None) -> None: ...

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def _analyse_articles(self, order: list[int]) -> None:
        """The article on screen first, then all the others in one batch.

        The analysis itself runs in a daemon thread that this worker watches: spaCy's import
        and model load cannot be interrupted, and a quitting reader must not wait for them.
        """
        worker = get_current_worker()
        self._analysis_asked = set(order)
        results: queue.Queue[tuple[int, Analysis] | BaseException | None] = queue.Queue()

        def produce() -> None:
            try:
                for batch in (order[:1], order[1:]):
                    if batch:
                        analyses = self._analyse([self.articles[i] for i in batch], self.options)
                        for index, analysis in zip(batch, analyses, strict=False):
                            results.put((index, analysis))
            except BaseException as exc:  # re-raised in the worker, reported in one place
                results.put(exc)
            else:
                results.put(None)

        threading.Thread(target=produce, name="briefing-analysis", daemon=True).start()
        while not worker.is_cancelled:
            try:
                result = results.get(timeout=0.1)
            except queue.Empty:
                continue
            if result is None:
                return
            if isinstance(result, BaseException):
                raise result
            self.post_message(AnalysisReady(*result))

    @work(thread=True, exclusive=True, exit_on_error=False, group="summary")
    def _resummarize(
        self, index: int, analysis: Analysis, algorithm: str, length: SummaryLength
    ) -> None:
        """Re-rank with ``algorithm`` and cut to ``length`` (no parse: the sentences stay)."""
        from briefing.analysis.analyze import resummarize

        summarized = resummarize(analysis, algorithm, length)
        if not get_current_worker().is_cancelled:
            self.post_message(SummaryReady(index, summarized))

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self.analyses[message.index] = message.analysis
        for note in message.analysis.notes:
            if note not in self._notes_shown:
                self._notes_shown.add(note)
                self.notify(note, title="Note", severity="warning", timeout=8)
        if message.index == self.current:
            self.article_view.set_analysis(message.analysis)
            self._fill_panes(message.analysis)
            self._match_summary_choice(message.index, message.analysis)

    def on_summary_ready(self, message: SummaryReady) -> None:
        summary = message.analysis.summary
        if (self._algorithm is not None and summary.algorithm != self._algorithm) or (
            self._length is not None and summary.k != _size(self._length, message.analysis)
        ):
            return  # overtaken by a later choice
        self.analyses[message.index] = message.analysis
        if message.index == self.current:
            self.summary_pane.loading = False
            self.summary_pane.show_summary(message.analysis)
            self.article_view.set_analysis(message.analysis)
            self.parties_pane.analysis = message.analysis

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Every worker failure ends here, as a notification: the reader keeps running."""
        worker = event.worker
        if event.state == WorkerState.SUCCESS and worker.group == "analysis":
            asked = getattr(self, "_analysis_asked", set())
            missing = [
                a for i, a in enumerate(self.articles) if i in asked and i not in self.analyses
            ]
            if missing:  # the service gave fewer analyses than it was asked for
                self.analysis_failed = True
                self._fill_panes(self.analysis)
                names = ", ".join(article_title(a) for a in missing)
                self.notify(f"No analysis came back for {names}", severity="error", timeout=15)
        if event.state != WorkerState.ERROR:
            return
        error = worker.error
        reason = f"{type(error).__name__}: {error}" if error else "unknown error"
        if worker.group == "analysis":
            self.analysis_failed = True
            self._fill_panes(self.analysis)
            self.notify(reason, title="Analysis failed", severity="error", timeout=15)
        else:
            self.summary_pane.loading = False
            self.notify(reason, title="Summary failed", severity="error", timeout=10)

    def _match_summary_choice(self, index: int, analysis: Analysis) -> None:
        """Keep the summarizer and length the reader chose when moving to another article."""
        algorithm = self._algorithm or analysis.summary.algorithm
        if self._length is None and algorithm == analysis.summary.algorithm:
            return
        length = self._length or _sentences(analysis.summary.k)
        if (algorithm, _size(length, analysis)) != (
            analysis.summary.algorithm,
            analysis.summary.k,
        ):
            self.summary_pane.loading = True
            self._resummarize(index, analysis, algorithm, length)

    def action_cycle_algorithm(self) -> None:
        # summarize is already imported once an analysis exists (its Options need it)
        from briefing.analysis.summarize import algorithms

        if (analysis := self._analysis_or_notify()) is None:
            return
        names = algorithms()
        now = self._algorithm or analysis.summary.algorithm
        self.use_algorithm(names[(names.index(now) + 1) % len(names)] if now in names else names[0])

    def action_pick_algorithm(self) -> None:
        from briefing.analysis.summarize import algorithms
        from briefing.ui.screens.summarizer import SummarizerScreen

        if (analysis := self._analysis_or_notify()) is None:
            return
        now = self._algorithm or analysis.summary.algorithm

        def chosen(name: str | None) -> None:
            if name is not None and name != now:
                self.use_algorithm(name)

        self.push_screen(SummarizerScreen(algorithms(), now), chosen)

    def use_algorithm(self, name: str) -> None:
        """Summarize this article (and the next ones) with the algorithm ``name``."""
        if (analysis := self._analysis_or_notify()) is None:
            return
        self._algorithm = name
        length = self._length or _sentences(analysis.summary.k)
        self.summary_pane.loading = True
        self._resummarize(self.current, analysis, name, length)

    def action_lengthen_summary(self) -> None:
        self._change_length(1)

    def action_shorten_summary(self) -> None:
        self._change_length(-1)

    def _change_length(self, step: int) -> None:
        if (analysis := self._analysis_or_notify()) is None:
            return
        n = len(analysis.sentences)
        now = _size(self._length, analysis) if self._length else analysis.summary.k  # maybe pending
        k = max(1, min(now + step, _size(_sentences(n), analysis)))
        if k == now:
            self.notify(f"The summary already has {k} sentence{'s' * (k != 1)}", timeout=2)
            return
        self._length = _sentences(k)
        self.summary_pane.loading = True
        algorithm = self._algorithm or analysis.summary.algorithm
        self._resummarize(self.current, analysis, algorithm, self._length)

    def _analysis_or_notify(self) -> Analysis | None:
        if self.analysis is None:
            self.notify("The analysis is still running", timeout=2)
        return self.analysis


def _size(length: SummaryLength, analysis: Analysis) -> int:
    """The number of sentences a summary of ``length`` has in ``analysis`` (prose only)."""
    from briefing.analysis.summarize import summary_size

    article = analysis.article
    return summary_size(length, article.text, analysis.sentences, article.title)


def _sentences(k: int) -> SummaryLength:
    from briefing.analysis.summarize import SummaryLength

    return SummaryLength(k)
