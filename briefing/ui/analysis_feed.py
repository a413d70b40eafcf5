"""How analyses reach the reader: the workers, their messages and failures, and the
summarizer and length the reader chooses (re-ranked in a worker, never on the event loop).

``AnalysisFeed`` is a collaborator of ``BriefingApp``, kept apart because it is the one place
that talks to the analysis layer. Its workers run on the app (so that every failure ends in the
app's one ``Worker.StateChanged`` handler) and post their results to it as messages.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.worker import Worker, WorkerState, get_current_worker

from briefing.analysis.types import Analysis, Article
from briefing.ui.messages import AnalysisReady, SummaryReady
from briefing.ui.widgets.article_list import article_title

if TYPE_CHECKING:
    from briefing.analysis.options import Options
    from briefing.analysis.summarize import SummaryLength
    from briefing.ui.app import BriefingApp
    from briefing.ui.place import Place

Analyse = Callable[[list[Article], "Options | None"], Iterable[Analysis]]
"""How the app gets analyses: ``Service.remember_and_analyse``, or a stand-in in tests.
Called in a worker thread only: it may import spaCy."""


class AnalysisFeed:
    """The analysis side of the reader: what it asks for, what has come back, and the
    summarizer and length chosen (``algorithm``, ``length``; None: the analysis's own)."""

    def __init__(
        self,
        app: BriefingApp,
        analyse: Analyse,
        options: Options | None,
        restore: Place | None = None,
    ) -> None:
        self.app = app
        self.analyse = analyse
        self.options = options
        self.analyses: dict[int, Analysis] = {}
        """Analyses by article index, as they arrive."""
        self.failed = False
        self.algorithm: str | None = None
        self.length: SummaryLength | None = None
        self._restore = restore
        """The summarizer and length of the last session, taken up with the first analysis."""
        self._asked: set[int] = set()
        self._notes_shown: set[str] = set()

    def start(self, order: list[int]) -> None:
        """Analyse the articles at ``order``: the first alone, then the others in one batch."""
        self._asked = set(order)
        self.app.run_worker(
            partial(self._analyse_articles, order),
            group="analysis",
            exclusive=True,
            exit_on_error=False,
            thread=True,
        )

    def _analyse_articles(self, order: list[int]) -> None:
        """The worker. The analysis itself runs in a daemon thread that it watches: spaCy's
        import and model load cannot be interrupted, and a quitting reader must not wait."""
        worker = get_current_worker()
        results: queue.Queue[tuple[int, Analysis] | BaseException | None] = queue.Queue()

        def produce() -> None:
            try:
                for batch in (order[:1], order[1:]):
                    if batch:
                        articles = [self.app.articles[i] for i in batch]
                        for index, analysis in zip(
                            batch, self.analyse(articles, self.options), strict=False
                        ):
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
            self.app.post_message(AnalysisReady(*result))

    def _resummarize(
        self, index: int, analysis: Analysis, algorithm: str, length: SummaryLength
    ) -> None:
        """Re-rank with ``algorithm`` and cut to ``length`` (no parse: the sentences stay)."""
        self.app.summary_pane.loading = True

        def work() -> None:
            from briefing.analysis.analyze import resummarize

            summarized = resummarize(analysis, algorithm, length)
            if not get_current_worker().is_cancelled:
                self.app.post_message(SummaryReady(index, summarized))

        self.app.run_worker(work, group="summary", exclusive=True, exit_on_error=False, thread=True)

    def arrived(self, index: int, analysis: Analysis) -> None:
        """Keep the analysis of article ``index``; show it if that article is on screen."""
        if self._restore is not None:  # the summarizer's module is loaded by now
            from briefing.analysis.summarize import SummaryLength, algorithms

            place, self._restore = self._restore, None
            if place.algorithm in algorithms():
                self.algorithm = place.algorithm
            if place.length is not None:
                self.length = SummaryLength(place.length)
        self.analyses[index] = analysis
        for note in analysis.notes:
            if note not in self._notes_shown:
                self._notes_shown.add(note)
                self.app.notify(note, title="Note", severity="warning", timeout=8)
        if index == self.app.current:
            self.app.article_view.set_analysis(analysis)
            self.app.fill_panes(analysis)
            self.match_summary_choice(index, analysis)
        if len(self.analyses) == len(self.app.articles):  # the last: ready ``P`` ahead
            self.app.across.warm()

    def resummarized(self, index: int, analysis: Analysis) -> None:
        summary = analysis.summary
        if (self.algorithm is not None and summary.algorithm != self.algorithm) or (
            self.length is not None and summary.k != _size(self.length, analysis)
        ):
            return  # overtaken by a later choice
        self.analyses[index] = analysis
        if index == self.app.current:
            app = self.app
            app.summary_pane.loading = False
            app.summary_pane.show_summary(analysis)
            app.article_view.set_analysis(analysis)
            app.parties_pane.analysis = analysis

    def worker_changed(self, event: Worker.StateChanged) -> None:
        """Every worker failure ends here, as a notification: the reader keeps running."""
        worker, app = event.worker, self.app
        if event.state == WorkerState.SUCCESS and worker.group == "analysis":
            missing = [
                a for i, a in enumerate(app.articles) if i in self._asked and i not in self.analyses
            ]
            if missing:  # the service gave fewer analyses than it was asked for
                self.failed = True
                app.fill_panes(app.analysis)
                names = ", ".join(article_title(a) for a in missing)
                app.notify(f"No analysis came back for {names}", severity="error", timeout=15)
        if event.state != WorkerState.ERROR:
            return
        error = worker.error
        reason = f"{type(error).__name__}: {error}" if error else "unknown error"
        if worker.group == "analysis":
            self.failed = True
            app.fill_panes(app.analysis)
            app.notify(reason, title="Analysis failed", severity="error", timeout=15)
        else:
            app.summary_pane.loading = False
            app.notify(reason, title="Summary failed", severity="error", timeout=10)

    def match_summary_choice(self, index: int, analysis: Analysis) -> None:
        """Keep the summarizer and length the reader chose when moving to another article."""
        algorithm = self.algorithm or analysis.summary.algorithm
        if self.length is None and algorithm == analysis.summary.algorithm:
            return
        length = self.length or _sentences(analysis.summary.k)
        if (algorithm, _size(length, analysis)) != (
            analysis.summary.algorithm,
            analysis.summary.k,
        ):
            self._resummarize(index, analysis, algorithm, length)

    def cycle_algorithm(self) -> None:
        # summarize is already imported once an analysis exists (its Options need it)
        from briefing.analysis.summarize import algorithms

        if (analysis := self.analysis_or_notify()) is None:
            return
        names = algorithms()
        now = self.algorithm or analysis.summary.algorithm
        self.use_algorithm(names[(names.index(now) + 1) % len(names)] if now in names else names[0])

    def pick_algorithm(self) -> None:
        from briefing.analysis.summarize import algorithms
        from briefing.ui.screens.summarizer import SummarizerScreen

        if (analysis := self.analysis_or_notify()) is None:
            return
        now = self.algorithm or analysis.summary.algorithm

        def chosen(name: str | None) -> None:
            if name is not None and name != now:
                self.use_algorithm(name)

        self.app.push_screen(SummarizerScreen(algorithms(), now), chosen)

    def use_algorithm(self, name: str) -> None:
        """Summarize this article (and the next ones) with the algorithm ``name``."""
        if (analysis := self.analysis_or_notify()) is None:
            return
        self.algorithm = name
        length = self.length or _sentences(analysis.summary.k)
        self._resummarize(self.app.current, analysis, name, length)

    def change_length(self, step: int) -> None:
        """One sentence more (``step`` 1) or fewer (-1) in the summary."""
        if (analysis := self.analysis_or_notify()) is None:
            return
        n = len(analysis.sentences)
        now = _size(self.length, analysis) if self.length else analysis.summary.k  # maybe pending
        k = max(1, min(now + step, _size(_sentences(n), analysis)))
        if k == now:
            self.app.notify(f"The summary already has {k} sentence{'s' * (k != 1)}", timeout=2)
            return
        self.length = _sentences(k)
        algorithm = self.algorithm or analysis.summary.algorithm
        self._resummarize(self.app.current, analysis, algorithm, self.length)

    def analysis_or_notify(self) -> Analysis | None:
        """The analysis of the article on screen, or a word that it is still running."""
        analysis = self.analyses.get(self.app.current)
        if analysis is None:
            self.app.notify("The analysis is still running", timeout=2)
        return analysis


def _size(length: SummaryLength, analysis: Analysis) -> int:
    """The number of sentences a summary of ``length`` has in ``analysis`` (prose only)."""
    from briefing.analysis.summarize import summary_size

    article = analysis.article
    return summary_size(length, article.text, analysis.sentences, article.title)


def _sentences(k: int) -> SummaryLength:
    from briefing.analysis.summarize import SummaryLength

    return SummaryLength(k)
