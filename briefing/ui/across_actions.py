"""The briefing across articles in the reader (``P``, ``c``): computed in a thread worker from
the analyses that have arrived (``briefing.analysis.across``: no spaCy ``Doc``), shown in
``screens.across``.

``AcrossActions`` is a collaborator of ``BriefingApp``, like ``LibraryActions``.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from briefing.analysis.types import Analysis

if TYPE_CHECKING:
    from briefing.analysis.across import CrossParty
    from briefing.analysis.shifts import Shift
    from briefing.analysis.stories import Story
    from briefing.ui.app import BriefingApp


class AcrossActions:
    def __init__(self, app: BriefingApp) -> None:
        self.app = app

    def across(self) -> None:
        """``P``: every party over the loaded articles."""
        if not self.app.analyses:
            self.app.notify("The analysis is still running", timeout=2)
            return
        self._run(self._across_worker, dict(self.app.analyses))

    def story(self) -> None:
        """``c``: the current article's story."""
        if self.app.current not in self.app.analyses:
            self.app.notify("The analysis is still running", timeout=2)
            return
        self._run(self._story_worker, dict(self.app.analyses), self.app.current)

    def _run(self, work, *args: object) -> None:
        self.app.run_worker(partial(work, *args), group="across", exclusive=True, thread=True)

    def _across_worker(self, analyses: dict[int, Analysis]) -> None:
        from briefing.analysis.across import cross_parties
        from briefing.analysis.shifts import find_shifts, gists

        parties = cross_parties(analyses[i] for i in sorted(analyses))
        found = find_shifts(parties, {a.article.id: gists(a) for a in analyses.values()})
        self.app.call_from_thread(self.open_across, parties, analyses, found)

    def _story_worker(self, analyses: dict[int, Analysis], current: int) -> None:
        from briefing.analysis.across import cross_parties, digest
        from briefing.analysis.stories import stories

        order = sorted(analyses)
        digests = [digest(analyses[i]) for i in order]
        parties = cross_parties(digests)
        found = stories(digests, parties)
        article = analyses[current].article.id
        story = next(s for s in found if article in s.articles)
        self.app.call_from_thread(self._open_story, story, analyses, parties)

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

    def _open_story(
        self, story: Story, analyses: dict[int, Analysis], parties: tuple[CrossParty, ...]
    ) -> None:
        from briefing.ui.screens.across import StoryScreen

        if isinstance(self.app.screen, StoryScreen):  # c pressed twice while computing
            return
        by_id = {a.article.id: a for a in analyses.values()}
        members = [by_id[a] for a in story.articles if a in by_id]
        self.app.push_screen(StoryScreen(story.label, members, parties))
