"""What "the city" said: the council of the place the article named before it, which is no
country ("A water main broke in White Plains ... the city issued an advisory"), or of the
place named after "of" ("The city of Calabasas announced")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.positions import documents

TOWNS = frozenset({"city", "town", "village", "municipality", "borough", "county"})
LOOKBACK = 3
"""Sentences searched back for the place."""


def is_town(head: Token) -> bool:
    """ "the city", "The town": one place's council, in the singular with "the"."""
    return (
        head.tag_ == "NN"
        and head.lemma_.lower() in TOWNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )


def _place(head: Token) -> Token | Span | None:
    """The place "the city" ``head`` stands for: named after "of" ("The city *of
    Calabasas*"), else named before it."""
    if not is_town(head):
        return None
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    named = [c for p in of[:1] for c in p.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    return named[0] if named else place_before(head)


def town_named(head: Token) -> tuple[str, str] | None:
    """The name and the phrase of the place "the city" ``head`` stands for: "The city of
    Calabasas" as written, or the place named before ("White Plains")."""
    place = _place(head)
    if isinstance(place, Token):
        phrase = head.doc[head.left_edge.i : place.i + 1].text
        return phrase[:1].upper() + phrase[1:], phrase
    return (place.text, head.doc[head.left_edge.i : head.i + 1].text) if place else None


def place_at(head: Token) -> int | None:
    """The token of the place "the city" ``head`` stands for, if any."""
    place = _place(head)
    return place.i if isinstance(place, Token) else place.end - 1 if place else None


def place_before(head: Token) -> Span | None:
    """The place named last before ``head`` in its sentence or the ``LOOKBACK`` before it,
    else the first the article names; no country, and the town of "White Plains, New York",
    not its state."""
    doc, sentence = head.doc, head.sent
    for _ in range(LOOKBACK):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    places = [p for p in doc.ents if p.label_ == "GPE" and p.end <= head.i and _town(p)]
    near = [p for p in places if p.start >= sentence.start]
    return near[-1] if near else places[0] if places else None


def _town(place: Span) -> bool:
    doc = place.doc
    state = place.start >= 2 and doc[place.start - 1].text == ","
    if state and doc[place.start - 2].pos_ == "PROPN":
        return False  # the state after its town
    return documents.country(place.text) is None
