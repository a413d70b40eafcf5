"""Names spelled out before their initials: "Athletics Kenya (AK) issued the ban", where the
model tagged "Kenya" alone, a place, and "AK" apart. The capitalised words right before an
acronym in brackets whose initials spell it are one organisation's name."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefing.analysis.name_spans import acronym

_JOINING = frozenset({"of", "for", "and", "the", "on", "in", "de", "&"})
"""Words a name's initials leave out: "Transport for London (TfL)"."""


def spelled_name(doc: Doc, bracket: int) -> Span | None:
    """The organisation's name spelled out before the acronym that ``doc[bracket]`` ("(")
    opens, if the capitalised words before it have its capitals for initials."""
    if bracket + 2 >= len(doc) or doc[bracket + 2].text != ")" or not acronym(doc[bracket + 1]):
        return None
    letters = [c for c in doc[bracket + 1].text if c.isupper()]
    initials: list[str] = []
    start = bracket
    for token in reversed(doc[:bracket]):
        if len(initials) == len(letters):
            break
        if token.lower_ in _JOINING and initials:
            continue
        if not token.is_title or not token.is_alpha:
            return None
        initials.insert(0, token.text[0])
        start = token.i
        if token.is_sent_start:
            break
    if initials != letters or doc[start].lower_ in _JOINING:
        return None
    return Span(doc, start, bracket, "ORG")


def spelled_out(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each name spelled out before its initials (``spelled_name``) tagged an
    organisation, in place of the spans the model tagged inside it ("Kenya"); not where a
    span runs over its edge, nor where the model tagged none of it (a programme: "Deferred
    Action for Childhood Arrivals (DACA)")."""
    for bracket in (t.i for t in doc if t.text == "("):
        name = spelled_name(doc, bracket)
        if name is None:
            continue
        inside = [s for s in spans if name.start <= s.start and s.end <= name.end]
        across = [s for s in spans if s.start < name.end and s.end > name.start and s not in inside]
        if not inside or across or any((s.start, s.end) == (name.start, name.end) for s in inside):
            continue
        spans = [s for s in spans if s not in inside] + [name]
    return sorted(spans, key=lambda s: s.start)
