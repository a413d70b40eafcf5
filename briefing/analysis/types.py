"""Domain types of an analysed article: frozen dataclasses that the UI and exporter read.

Every span is a ``(start, end)`` pair of Python ``str`` indices into ``Article.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

Span = tuple[int, int]


def span_list(span: Span | None) -> list[int] | None:
    """A span as JSON has it (``[start, end]``), or None: the export and the cache share it."""
    return None if span is None else [span[0], span[1]]


STANCES = ("proposes", "demands", "supports", "opposes", "warns", "commits", "states")


@dataclass(frozen=True)
class Article:
    """An article as read from a source: its text and whatever metadata the source gave."""

    text: str
    source: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    notes: tuple[str, ...] = ()
    """Things the reader should know about how the text was read (decoding, truncation)."""

    @cached_property
    def id(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Sentence:
    """One sentence of the single spaCy segmentation that serves everything else."""

    index: int
    start: int
    end: int
    paragraph: int = 0
    """Index of the text block (separated by a line break) the sentence stands in."""
    words: tuple[str, ...] = field(default=(), compare=False, repr=False)
    """Word tokens (no punctuation or spaces), what the summarizers count."""
    prose: bool = True
    """Running prose, not a dateline, byline, caption, legend or list line (``prose.is_prose``):
    no summarizer puts a sentence that is not prose in a summary while prose is left."""


@dataclass(frozen=True)
class Entity:
    """A named-entity span; ``party`` is the id of the actor it names, or None."""

    start: int
    end: int
    text: str
    label: str
    party: str | None = None


@dataclass(frozen=True)
class Party:
    """One real-world actor, however many ways the article names it."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    affiliation: str | None = None
    mentions: int = 0


_KIND_WORDS = {"GPE": "place", "LOC": "place", "NORP": "group", "FAC": "facility"}


def kind_word(kind: str) -> str:
    """A party's kind as a reader says it: "place" for a country or city (GPE), "group" for
    a nationality, religion or political group (NORP), else the label in lower case
    ("person", "org")."""
    return _KIND_WORDS.get(kind, kind.lower())


@dataclass(frozen=True)
class Position:
    """An attribution: who (``source``/``party``) holds what (``content``), signalled by ``cue``."""

    party: str | None
    stance: str
    source: Span | None
    cue: Span
    content: tuple[Span, ...]
    direct_quote: bool
    sentence: int


@dataclass(frozen=True)
class SummarySentence:
    index: int
    start: int
    end: int
    score: float
    rank: int = 0
    """Place in the summarizer's ranking, from 1 (its best sentence)."""


@dataclass(frozen=True)
class Summary:
    """A full ranking of the sentences by one algorithm; the summary shown is its first ``k``."""

    algorithm: str
    ranking: tuple[int, ...]
    scores: tuple[float, ...]
    """The algorithm's own score of every sentence, by sentence index."""
    k: int
    notes: tuple[str, ...] = ()
    """What the reader should know about how this ranking was made (e.g. a capped input)."""

    def rank(self, index: int) -> int:
        """Sentence ``index``'s place in the ranking, from 1 (the best): comparable across
        algorithms, unlike their scores."""
        return self.ranking.index(index) + 1

    def sentences(
        self, sentences: tuple[Sentence, ...], k: int | None = None
    ) -> list[SummarySentence]:
        """The first ``k`` of the ranking (default: this summary's length), in document order."""
        top = self.ranking[: self.k if k is None else k]
        place = {index: rank for rank, index in enumerate(top, 1)}
        return [
            SummarySentence(i, sentences[i].start, sentences[i].end, self.scores[i], place[i])
            for i in sorted(top)
        ]


@dataclass(frozen=True)
class Analysis:
    """Everything briefing knows about one article; computed once, read by UI and exporter."""

    article: Article
    model: str
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    parties: tuple[Party, ...]
    positions: tuple[Position, ...]
    summary: Summary
    notes: tuple[str, ...] = ()

    @property
    def summary_sentences(self) -> list[SummarySentence]:
        return self.summary.sentences(self.sentences)

    def party(self, party_id: str) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def positions_of(self, party_id: str) -> list[Position]:
        return [p for p in self.positions if p.party == party_id]

    def held(self, position: Position) -> str:
        """What ``position`` holds, as written: its content's pieces joined by " … ", or,
        when no content was found ("He will say, ..." read the wrong way), the sentence it
        was said in, so that a reader never meets a cue alone."""
        text = self.article.text
        if position.content:
            return " … ".join(text[s:e] for s, e in position.content)
        if position.sentence < len(self.sentences):
            sentence = self.sentences[position.sentence]
            return text[sentence.start : sentence.end]
        return text[slice(*position.cue)]
