"""Which component class styles which stretch of the article text.

The classes are styled in ``styles/*.tcss`` with theme variables; this module only decides
which class a span gets, so the mapping is testable without a terminal.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.analysis.types import Analysis, Position

ENTITY_CLASSES = {
    "PERSON": "entity--person",
    "ORG": "entity--org",
    "GPE": "entity--gpe",
    "NORP": "entity--norp",
    "LOC": "entity--loc",
    "FAC": "entity--loc",
    "EVENT": "entity--event",
    "LAW": "entity--event",
    "PRODUCT": "entity--misc",
    "WORK_OF_ART": "entity--misc",
    "LANGUAGE": "entity--misc",
    "DATE": "entity--date",
    "TIME": "entity--date",
    "MONEY": "entity--number",
    "PERCENT": "entity--number",
    "QUANTITY": "entity--number",
    "CARDINAL": "entity--number",
    "ORDINAL": "entity--number",
}
"""One style per entity label; unknown labels fall back to ``entity--misc``."""

SUMMARY = "article--summary"
MARKED = "article--marked"
CURSOR = "article--cursor"
MATCH = "article--match"
CURRENT_MATCH = "article--match-current"
SOURCE = "position--source"
CUE = "position--cue"
CONTENT = "position--content"

COMPONENT_CLASSES = frozenset(
    {*ENTITY_CLASSES.values(), "entity--misc", SUMMARY, MARKED, CURSOR, MATCH, CURRENT_MATCH}
    | {SOURCE, CUE, CONTENT}
)


@dataclass(frozen=True, order=True)
class Highlight:
    start: int
    end: int
    component: str


def entity_class(label: str) -> str:
    return ENTITY_CLASSES.get(label, "entity--misc")


def analysis_highlights(analysis: Analysis) -> list[Highlight]:
    """Summary sentences (subtle, underneath) and entities (one class per label)."""
    spans = [Highlight(s.start, s.end, SUMMARY) for s in analysis.summary_sentences]
    spans += [Highlight(e.start, e.end, entity_class(e.label)) for e in analysis.entities]
    return spans


def position_highlights(analysis: Analysis, position: Position) -> list[Highlight]:
    """A position's sentence, then its content, cue and source, each marked differently."""
    spans: list[Highlight] = []
    if 0 <= position.sentence < len(analysis.sentences):
        sentence = analysis.sentences[position.sentence]
        spans.append(Highlight(sentence.start, sentence.end, MARKED))
    spans += [Highlight(start, end, CONTENT) for start, end in position.content]
    spans.append(Highlight(*position.cue, CUE))
    if position.source is not None:
        spans.append(Highlight(*position.source, SOURCE))
    return spans


class Layer:
    """Highlights indexed by start, to find those touching a screen line quickly."""

    def __init__(self, highlights: Iterable[Highlight] = ()) -> None:
        self.highlights = sorted(highlights, key=lambda h: (h.start, h.end))
        self._starts = [h.start for h in self.highlights]
        self._longest = max((h.end - h.start for h in self.highlights), default=0)

    def between(self, start: int, end: int) -> list[Highlight]:
        """The highlights overlapping ``[start, end)`` in the order they were sorted."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, max(end, start + 1))
        return [h for h in self.highlights[first:last] if h.end > start]

    def __len__(self) -> int:
        return len(self.highlights)
