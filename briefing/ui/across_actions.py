"""The briefing across articles in the reader (``P``, ``c``): computed in a thread worker from
the analyses that have arrived (``briefing.analysis.across``: no spaCy ``Doc``), shown in
``screens.across``. What is computed is kept while the analysed articles stay the same, and
computed ahead once the last analysis arrives (``warm``), so that both keys open at once.

``AcrossActions`` is a collaborator of ``BriefingApp``, like ``LibraryActions``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from briefing.analysis.types import Analysis

if TYPE_CHECKING:
    from briefing.analysis.across import CrossParty
    from briefing.analysis.shifts import Shift
    from briefing.analysis.stories import Story
    from briefing.ui.app import BriefingApp

Key = tuple[tuple[int, str], ...]
"""The analysed articles: (index in the reader, article id) of each."""


@dataclass(frozen=True)
class Computed:
    """What ``P`` and ``c`` show, and the analysed articles it was computed of."""

    key: Key
    parties: tuple[CrossParty, ...]
    shifts: tuple[Shift, ...] | None = None
    """None until ``P`` (or ``warm``) has asked for them."""
    stories: tuple[Story, ...] | None = None
    """None until ``c`` (or ``warm``) has asked for them."""


Then = Callable[[Computed, dict[int, Analysis]], None]
Parts = frozenset[str]
SHIFTS, STORIES = frozenset({"shifts"}), frozenset({"stories"})


def _missing(computed: Computed) -> Parts:
    return (SHIFTS if computed.shifts is None else frozenset()) | (
        STORIES if computed.stories is None else frozenset()
    )


def _key(analyses: dict[int, Analysis]) -> Key:
    return tuple(sorted((i, a.article.id) for i, a in analyses.items()))


class AcrossActions:
    def __init__(self, app: BriefingApp) -> None:
        self.app = app
        self.computed: Computed | None = None

    def across(self) -> None:
        """``P``: every party over the loaded articles."""
        if not self.app.analyses:
            self.app.notify("The analysis is still running", timeout=2)
            return
        self._with_computed(dict(self.app.analyses), self._show_across, SHIFTS)

    def story(self) -> None:
        """``c``: the current article's story."""
        if self.app.current not in self.app.analyses:
            self.app.notify("The analysis is still running", timeout=2)
            return
        then = partial(self._show_story, current=self.app.current)
        self._with_computed(dict(self.app.analyses), then, STORIES)

    def warm(self) -> None:
        """Compute what ``P`` and ``c`` show while the reader waits for a key."""
        analyses = dict(self.app.analyses)
        if len(analyses) > 1 and self._known(analyses) is None:
            self._run(analyses, None, SHIFTS | STORIES)

    def _with_computed(self, analyses: dict[int, Analysis], then: Then, parts: Parts) -> None:
        known = self._known(analyses)
        if known is not None and not parts & _missing(known):
            then(known, analyses)
        else:
            self._run(analyses, then, parts)

    def _known(self, analyses: dict[int, Analysis]) -> Computed | None:
        known = self.computed
        return known if known is not None and known.key == _key(analyses) else None

    def _run(self, analyses: dict[int, Analysis], then: Then | None, parts: Parts) -> None:
        work = partial(self._compute, analyses, self._known(analyses), then, parts)
        self.app.run_worker(work, group="across", exclusive=True, thread=True)

    def _compute(
        self, analyses: dict[int, Analysis], known: Computed | None, then: Then | None, parts: Parts
    ) -> None:
        """In a thread: the parties of ``analyses`` and the ``parts`` ``known`` lacks, kept
        and handed to ``then`` on the app's thread."""
        from briefing.analysis.across import cross_parties, digest
        from briefing.analysis.shifts import find_shifts, gists
        from briefing.analysis.stories import stories

        ordered = [analyses[i] for i in sorted(analyses)]
        computed = known or Computed(_key(analyses), cross_parties(ordered))
        parties = computed.parties
        if SHIFTS & parts & _missing(computed):
            gisted = {a.article.id: gists(a) for a in ordered}
            computed = replace(computed, shifts=find_shifts(parties, gisted))
        if STORIES & parts & _missing(computed):
            found = stories([digest(a) for a in ordered], parties)
            computed = replace(computed, stories=found)
        self.app.call_from_thread(self._computed, computed, analyses, then)

    def _computed(
        self, computed: Computed, analyses: dict[int, Analysis], then: Then | None
    ) -> None:
        self.computed = computed
        if then is not None:
            then(computed, analyses)

    def _show_across(self, computed: Computed, analyses: dict[int, Analysis]) -> None:
        self.open_across(computed.parties, analyses, computed.shifts or ())

    def open_across(
        self,
        parties: tuple[CrossParty, ...],
        analyses: dict[int, Analysis],
        shifts: tuple[Shift, ...] = (),
    ) -> None:
        from briefing.ui.screens.across import AcrossScreen

        if isinstance(self.app.screen, AcrossScreen):  # P pressed twice while computing
            return
        if not any(p.position_count for p in parties):
            self.app.notify("No party holds a position in the loaded articles", timeout=4)
            return
        self.app.push_screen(AcrossScreen(parties, analyses, shifts), self._jump)

    def _jump(self, choice: tuple[int, int] | None) -> None:
        if choice is None:
            return
        index, position = choice
        app = self.app
        if index != app.current:
            app.show_article(index)
        analysis = app.analyses.get(index)
        if analysis is not None and position < len(analysis.positions):
            app.article_view.mark_position(analysis.positions[position])
        app.article_view.focus()

    def _show_story(self, computed: Computed, analyses: dict[int, Analysis], current: int) -> None:
        from briefing.ui.screens.across import StoryScreen

        if isinstance(self.app.screen, StoryScreen):  # c pressed twice while computing
            return
        article = analyses[current].article.id
        story = next(s for s in computed.stories or () if article in s.articles)
        by_id = {a.article.id: a for a in analyses.values()}
        members = [by_id[a] for a in story.articles if a in by_id]
        self.app.push_screen(StoryScreen(story.label, members, computed.parties))
