"""Names spelled out before their initials: "Athletics Kenya (AK) issued the ban", where the
model tagged "Kenya" alone, a place, and "AK" apart. The capitalised words right before an
acronym in brackets whose initials spell it are one organisation's name."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefing.analysis.acronyms import acronym
from briefing.analysis.clusters import MINOR_WORDS
from briefing.analysis.initialisms import initials
from briefing.analysis.scan import tokens_where

_LINKS = frozenset({"from", "to", "with", "without"})
"""Small words inside a name that its initials may spell: "Notes from Poland (NFP)"."""


def spelled_name(doc: Doc, bracket: int) -> Span | None:
    """The organisation's name spelled out before the acronym that ``doc[bracket]`` ("(")
    opens: the fewest capitalised words before it (in its sentence) whose initials
    (``initialisms.initials``) are its capitals."""
    if bracket + 2 >= len(doc) or doc[bracket + 2].text != ")" or not acronym(doc[bracket + 1]):
        return None
    letters = "".join(c for c in doc[bracket + 1].text if c.isupper())
    start = bracket
    while start > 0:
        token = doc[start - 1]
        if not (token.is_title and token.is_alpha) and token.lower_ not in MINOR_WORDS | _LINKS:
            return None
        start -= 1
        spelled = initials(doc[start:bracket].text).upper()
        every = "".join(t.text[0] for t in doc[start:bracket]).upper()  # "Notes from Poland"
        if token.is_title and token.lower_ not in MINOR_WORDS and letters in (spelled, every):
            return Span(doc, start, bracket, "ORG")
        if token.is_sent_start or len(spelled) > len(letters):
            return None
    return None


def spelled_out(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each name spelled out before its initials (``spelled_name``) tagged an
    organisation, in place of the spans the model tagged inside it ("Kenya"); not where a
    span runs over its edge (but for a "the" before it: "the World Travel" of "the World Travel
    and Tourism Council (WTTC)"), nor where the model tagged none of it (a programme:
    "Deferred Action for Childhood Arrivals (DACA)")."""
    for bracket in (t.i for t in tokens_where(doc, "ORTH", ("(",))):
        name = spelled_name(doc, bracket)
        if name is None:
            continue
        inside = [s for s in spans if _start(doc, s) >= name.start and s.end <= name.end]
        across = [s for s in spans if s.start < name.end and s.end > name.start and s not in inside]
        if not inside or across or any((s.start, s.end) == (name.start, name.end) for s in inside):
            continue
        spans = [s for s in spans if s not in inside] + [name]
    return sorted(spans, key=lambda s: s.start)


def _start(doc: Doc, span: Span) -> int:
    """Where ``span`` starts, past a leading "the"."""
    return span.start + 1 if doc[span.start].lower_ == "the" and len(span) > 1 else span.start
