"""The briefing across articles in the reader (``P``, ``c``): computed in a thread worker from
the analyses that have arrived (``briefing.analysis.across``: no spaCy ``Doc``), shown in
``screens.across``.

``AcrossActions`` is a part of ``BriefingApp`` (a mixin), like ``LibraryActions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from briefing.analysis.types import Analysis

if TYPE_CHECKING:
    from textual.app import App

    from briefing.analysis.across import CrossParty
    from briefing.analysis.shifts import Shift
    from briefing.analysis.stories import Story
    from briefing.ui.widgets.article_view import ArticleView

    _Base = App[int]
else:
    _Base = object


class AcrossActions(_Base):
    analyses: dict[int, Analysis]
    current: int

    if TYPE_CHECKING:

        @property
        def article_view(self) -> ArticleView: ...

        def _show(self, index: int) -> None: ...

    def action_across(self) -> None:
        """``P``: every party over the loaded articles."""
        if not self.analyses:
            self.notify("The analysis is still running", timeout=2)
            return
        self._across_worker(dict(self.analyses))

    def action_story(self) -> None:
        """``c``: the current article's story."""
        if self.current not in self.analyses:
            self.notify("The analysis is still running", timeout=2)
            return
        self._story_worker(dict(self.analyses), self.current)

    @work(thread=True, exclusive=True, group="across")
    def _across_worker(self, analyses: dict[int, Analysis]) -> None:
        from briefing.analysis.across import cross_parties
        from briefing.analysis.shifts import find_shifts, gists

        parties = cross_parties(analyses[i] for i in sorted(analyses))
        found = find_shifts(parties, {a.article.id: gists(a) for a in analyses.values()})
        self.call_from_thread(self._open_across, parties, analyses, found)

    @work(thread=True, exclusive=True, group="across")
    def _story_worker(self, analyses: dict[int, Analysis], current: int) -> None:
        from briefing.analysis.across import cross_parties, digest
        from briefing.analysis.stories import stories

        order = sorted(analyses)
        digests = [digest(analyses[i]) for i in order]
        parties = cross_parties(digests)
        found = stories(digests, parties)
        article = analyses[current].article.id
        story = next(s for s in found if article in s.articles)
        self.call_from_thread(self._open_story, story, analyses, parties)

    def _open_across(
        self,
        parties: tuple[CrossParty, ...],
        analyses: dict[int, Analysis],
        shifts: tuple[Shift, ...] = (),
    ) -> None:
        from briefing.ui.screens.across import AcrossScreen

        if isinstance(self.screen, AcrossScreen):  # P pressed twice while computing
            return
        if not any(p.position_count for p in parties):
            self.notify("No party holds a position in the loaded articles", timeout=4)
            return
        self.push_screen(AcrossScreen(parties, analyses, shifts), self._jump)

    def _jump(self, choice: tuple[int, int] | None) -> None:
        if choice is None:
            return
        index, position = choice
        if index != self.current:
            self._show(index)
        analysis = self.analyses.get(index)
        if analysis is not None and position < len(analysis.positions):
            self.article_view.mark_position(analysis.positions[position])
        self.article_view.focus()

    def _open_story(
        self, story: Story, analyses: dict[int, Analysis], parties: tuple[CrossParty, ...]
    ) -> None:
        from briefing.ui.screens.across import StoryScreen

        if isinstance(self.screen, StoryScreen):  # c pressed twice while computing
            return
        by_id = {a.article.id: a for a in analyses.values()}
        members = [by_id[a] for a in story.articles if a in by_id]
        self.push_screen(StoryScreen(story.label, members, parties))
