"""Names the English model cut after their people's word: in "the Scottish Executive has
insisted" and "according to Swiss Re" it tags "Scottish" and "Swiss" as a people and leaves
the capitalised word after them untagged, so the body was lost ("Executive" then read as a
chief executive named before). The two words are the body's name (for ``entities``).

A country's name tagged as a person ("Azerbaijan claimed") is the country, unless it is the
surname of a person the article names ("Michael Jordan") or a given name ("Chad") that the
article never tags as a country (``as_country``)."""

from __future__ import annotations

from spacy.tokens import Span

from briefing.analysis.actors import lookup_country
from briefing.analysis.lexicon import given_names, person_nouns
from briefing.analysis.names import TITLES, party_name
from briefing.analysis.polity import INSTITUTIONS

_BODY_TITLES = frozenset({"executive"})
"""Title words that, capitalised after a people's word, name a body: "the Scottish
Executive" (a chief executive is a person: "Swiss chief executive")."""


_MODIFYING = frozenset({"compound", "amod", "nmod", "poss"})
_STATE = INSTITUTIONS | {"state"}
"""Bodies every country has ("the Argentine State", "the British Government"): the
country's, which ``polity`` finds from the people's word."""


def demonym_body(ent: Span) -> Span:
    """``ent``, or the body it opens: a people's word (NORP) set on an untagged capitalised
    word that ends the name ("Swiss Re", "the Scottish Executive"); not a role ("the French
    President") nor the start of a longer name ("British Prime Minister Tony Blair")."""
    doc = ent.doc
    if ent.label_ != "NORP" or len(ent) != 1 or ent.end >= len(doc):
        return ent
    word = doc[ent.end]
    if word.ent_type_ or not word.is_title or not word.is_alpha or ent.root.head.i != word.i:
        return ent
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if after is not None and (after.is_title or after.ent_type_):
        return ent
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an"):
        return ent  # "an Iraqi Kurd living in Swansea": one of a people
    if word.dep_ in _MODIFYING:
        return ent  # "The Scottish Conservative leader", "the Scottish Regiments campaigners"
    noun = word.lower_
    if (noun in TITLES and noun not in _BODY_TITLES) or noun in person_nouns():
        return ent
    if noun in _STATE or lookup_country(word.text) or party_name(word.text):
        return ent  # "the Argentine State": the country's; "Iraqi Kurd", "Scottish Tory"
    match = lookup_country(ent.text)
    if match is None or match.how != "demonym":
        return ent
    return Span(doc, ent.start, ent.end + 1, "ORG")


def as_country(ent: Span) -> Span:
    """A country's name the model took for a person: the country (else, as a person's
    surname, it would make every mention of the country that person); one that is a given
    name too ("Chad") only when the article tags it a country elsewhere."""
    if ent.label_ != "PERSON":
        return ent
    match = lookup_country(ent.text)
    if match is None or match.how != "name":
        return ent
    given = len(ent) == 1 and ent[0].lower_ in given_names()
    if given and not any(e.label_ == "GPE" and e.text == ent.text for e in ent.doc.ents):
        return ent
    if any(
        e.label_ == "PERSON" and len(e) > len(ent) and e.text.endswith(ent.text)
        for e in ent.doc.ents
    ):
        return ent  # "Michael Jordan ... Jordan said"
    return Span(ent.doc, ent.start, ent.end, "GPE")
