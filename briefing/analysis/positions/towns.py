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


def place_named_after(head: Token) -> Token | None:
    """ "The city *of Calabasas*": the place named after "of"."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    return None


def town_named(head: Token) -> tuple[str, str] | None:
    """The name and the phrase of the place "the city" ``head`` stands for: "The city of
    Calabasas" as written, or the place named before ("White Plains")."""
    if not is_town(head):
        return None
    named = place_named_after(head)
    if named is not None:
        phrase = head.doc[head.left_edge.i : named.i + 1].text
        return phrase[:1].upper() + phrase[1:], phrase
    place = place_before(head)
    return (place.text, head.doc[head.left_edge.i : head.i + 1].text) if place else None


def place_at(head: Token) -> int | None:
    """The token of the place "the city" ``head`` stands for, if any."""
    if not is_town(head):
        return None
    named = place_named_after(head)
    if named is not None:
        return named.i
    place = place_before(head)
    return place.end - 1 if place is not None else None


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
