"""Names the model took for the wrong kind. People taken for a body or a place: in "officers
Antoine Quirin and Nicolas Redouane", "Antoine Quirin" is tagged an organisation, and "Quirin
denied" later a place. A name of two capitalised words that opens with a first name the table
knows (``data/first_names.tsv``), whose last word the article also uses alone or that follows
a title ("shadow chancellor Vince Cable"), is a person's; a body is seldom called by its last
word ("Virginia Tech", "Jordan Airlines"), and a name ending as a body's or a place's does
("Howard University") is none. And bodies taken for people: a person tagged on capitals alone
("MI6", "G8", "BAA", "O2") is an organisation."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefing.analysis.acronyms import acronym
from briefing.analysis.actors import lookup_country
from briefing.analysis.lexicon import first_names
from briefing.analysis.names import FIRMS, TITLES

_MISTAKEN = frozenset({"ORG", "GPE", "LOC", "FAC"})
_BODIES = frozenset(
    {"airport", "county", "university", "college", "school", "hospital", "church", "mosque"}
    | {"news", "times", "post", "station", "street", "park", "city", "tobacco", "island", "tech"}
)
"""Last words of a body's or a place's name ("Howard University", "Lincoln County")."""


def first_named_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each such name tagged a person, and capitals an organisation."""
    return [_person(doc, ent) if ent.label_ in _MISTAKEN else _capitals(doc, ent) for ent in ents]


def _capitals(doc: Doc, ent: Span) -> Span:
    if ent.label_ != "PERSON" or len(ent) != 1 or not acronym(ent[0]):
        return ent
    return Span(doc, ent.start, ent.end, "ORG")


def _person(doc: Doc, ent: Span) -> Span:
    if len(ent) != 2 or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
        return ent
    first, last = ent[0], ent[1]
    if first.lower_ not in first_names() or last.lower_ in FIRMS | _BODIES:
        return ent
    if not last.is_alpha or lookup_country(last.text) is not None:
        return ent  # "Washington D.C.", "Roman Egypt"
    alone = any(
        t.text == last.text and t.i != last.i and doc[t.i - 1].text != first.text
        for t in doc
        if t.i > 0
    )
    titled = ent.start > 0 and doc[ent.start - 1].lower_ in TITLES  # "chancellor Vince Cable"
    return Span(doc, ent.start, ent.end, "PERSON") if alone or titled else ent
