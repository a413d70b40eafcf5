"""Long texts in parts: cut at paragraph boundaries, analysed part by part, joined exactly.

spaCy's memory grows with the length of one ``Doc`` (a 200,000-character document needs
about 650 MB to parse), and some steps after the parse look across a whole document. A text
longer than ``SEGMENT_CHARS`` is therefore cut into segments at paragraph breaks (a blank
line, else a line break, else a space), each segment is parsed and analysed on its own, and
the results are joined with their offsets shifted, so that every span is still a ``str``
index into the whole text. A blank line always ends a sentence (``briefing_line_breaks``),
so cutting there changes no sentence.

Parties are joined across segments: a later segment's party is an earlier one when it has
the same id and name, shares a name or alias and a kind with it, or is a person named by the
surname of an earlier person ("Putin" after "Vladimir Putin"); any other is a party of its
own, under an id not taken yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing.analysis.names import clean
from briefing.analysis.types import Analysis, Entity, Party, Position, Sentence, Span

SEGMENT_CHARS = 30_000
"""Longest text parsed as one ``Doc`` (about 100 MB to parse). With 50,000 the export of the
263 Wikinews dev articles peaked at 435 MB instead of 336 MB."""

_BREAKS = ("\n\n", "\n", " ")


def segment_bounds(text: str, limit: int | None = None) -> list[Span]:
    """``(start, end)`` of consecutive segments covering ``text``, each at most ``limit``
    (default ``SEGMENT_CHARS``) characters, cut after a blank line where there is one in the
    second half of the window (else after a line break, else after a space, else anywhere)."""
    limit = limit or SEGMENT_CHARS
    bounds: list[Span] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for mark in _BREAKS:
            cut = text.rfind(mark, start + limit // 2, end)
            if cut >= 0:
                end = cut + len(mark)
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _shift(span: Span | None, by: int) -> Span | None:
    return None if span is None else (span[0] + by, span[1] + by)


class _Parties:
    """The parties found so far, and how a segment's party ids map onto them."""

    def __init__(self) -> None:
        self.parties: dict[str, Party] = {}
        self._by_name: dict[tuple[str, str], str] = {}

    def _known(self, party: Party) -> str | None:
        """The id of a party already met that ``party`` names too, if any."""
        same = self.parties.get(party.id)
        if same is not None and same.name == party.name:
            return party.id
        for name in _names(party):
            if (party.kind, name) in self._by_name:
                return self._by_name[(party.kind, name)]
        if party.kind == "PERSON" and " " not in party.name:  # "Putin" after "Vladimir Putin"
            return self._by_name.get(("PERSON surname", party.name))
        return None

    def _unique(self, wanted: str) -> str:
        unique, n = wanted, 2
        while unique in self.parties:
            unique, n = f"{wanted}-{n}", n + 1
        return unique

    def add(self, segment: Sequence[Party]) -> dict[str, str]:
        """Join ``segment``'s parties in; returns segment id -> joined id."""
        ids: dict[str, str] = {}
        for party in segment:
            ids[party.id] = self._known(party) or self._unique(party.id)
            self.parties.setdefault(ids[party.id], replace(party, id=ids[party.id], mentions=0))
        for party in segment:
            joined = ids[party.id]
            affiliation = ids.get(party.affiliation or "", party.affiliation)
            old = self.parties[joined]
            self.parties[joined] = replace(
                old,
                aliases=tuple(sorted(set(old.aliases) | set(party.aliases))),
                mentions=old.mentions + party.mentions,
                affiliation=old.affiliation or affiliation,
            )
            for name in _names(party):
                self._by_name.setdefault((party.kind, name), joined)
            if party.kind == "PERSON" and " " in party.name:
                self._by_name.setdefault(("PERSON surname", party.name.split()[-1]), joined)
        return ids

    def result(self) -> tuple[Party, ...]:
        """Most mentioned first, as ``resolve_parties`` orders them."""
        return tuple(sorted(self.parties.values(), key=lambda p: -p.mentions))


def _names(party: Party) -> tuple[str, ...]:
    """The names a party is joined by: not a description as written ("the government", "an
    attendee Om Prakash"), which another segment may use of another party."""
    return (party.name, *(a for a in party.aliases if clean(a)[:1].isupper()))


@dataclass(frozen=True)
class Joined:
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    parties: tuple[Party, ...]
    positions: tuple[Position, ...]


def join(text: str, analyses: Sequence[Analysis], bounds: Sequence[Span]) -> Joined:
    """The sentences, entities, parties and positions of the whole ``text`` from the
    analyses of its segments (``bounds[i]`` is where segment ``i`` stands in ``text``)."""
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    positions: list[Position] = []
    parties = _Parties()
    paragraph = 0
    for analysis, (offset, _) in zip(analyses, bounds, strict=True):
        base = len(sentences)
        ids = parties.add(analysis.parties)
        if sentences and analysis.sentences:
            # the rule of ``sentences_of``: a line break between sentences starts a paragraph
            first = analysis.sentences[0].start + offset
            paragraph = sentences[-1].paragraph + ("\n" in text[sentences[-1].end : first])
        sentences += [
            replace(
                s,
                index=base + s.index,
                start=s.start + offset,
                end=s.end + offset,
                paragraph=paragraph + s.paragraph,
            )
            for s in analysis.sentences
        ]
        entities += [
            replace(
                e,
                start=e.start + offset,
                end=e.end + offset,
                party=ids.get(e.party, e.party) if e.party else None,
            )
            for e in analysis.entities
        ]
        positions += [
            replace(
                p,
                party=ids.get(p.party, p.party) if p.party else None,
                source=_shift(p.source, offset),
                cue=(p.cue[0] + offset, p.cue[1] + offset),
                content=tuple((s + offset, e + offset) for s, e in p.content),
                sentence=base + p.sentence,
            )
            for p in analysis.positions
        ]
    return Joined(tuple(sentences), tuple(entities), parties.result(), tuple(positions))
