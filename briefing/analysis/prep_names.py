"""Names of bodies that run on over a preposition, which the parser splits at it; and
"persons" on a preposition of place, which are places.

"Transport for London told": the parser reads "Transport" as the subject and "London" as
the object of "for"; the name runs to "London". "A Department for Work and Pensions
spokeswoman confirmed", "The Votes at 16 alliance said": the parser hangs the noun that
ends the phrase ("spokeswoman", "alliance") on the preposition, and the name runs to the
word before a spokesperson, or takes in a body's noun ("alliance", "campaign"). And "the
Interactive Media in Retail Group", which the model tags as two organisations.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.names import FIRMS, TITLES
from briefing.analysis.peers import PEERAGES

_PREPOSITIONS = frozenset({"for", "of", "at", "on", "against"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
_BODIES = frozenset(
    {"alliance", "coalition", "campaign", "group", "movement", "network", "association"}
    | {"lobby", "charity", "trust", "foundation", "union", "committee", "council", "party"}
)
"""Nouns that end a body's name ("the Votes at 16 alliance"); kept in the name."""


_NAME_ENDS = frozenset(
    {"group", "association", "alliance", "coalition", "network", "foundation", "trust"}
    | {"society", "institute", "federation"}
)
"""Last words of a body's name that a party or a council run on over a preposition does not
end with ("Labour on Birmingham City Council" is two)."""


def run_over_preposition(spans: list[Span]) -> list[Span]:
    """ "the Interactive Media in Retail Group", tagged as two organisations on either side of
    "in": one, when the second ends as only an organisation's name does ("Group"); and "House
    of Fraser" (``_house_of``)."""
    merged: list[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.label_ == span.label_ == "ORG"
            and span.start == last.end + 1
            and span.doc[last.end].lower_ in ("in", "for", "of", "on")
            and span[-1].lower_ in _NAME_ENDS
        ) or _house_of(last, span):
            merged[-1] = Span(span.doc, last.start, span.end, "ORG")
        else:
            merged.append(span)
    return merged


_HOUSES = frozenset({"House", "Bank", "Church", "College", "University"})
"""One-word names the model tags as a body, cutting the rest of the name off at "of"."""


def _house_of(last: Span | None, span: Span) -> bool:
    """ "House of Fraser", tagged "House" (a body) and "Fraser" (a body or a person): one
    body."""
    return (
        last is not None
        and len(last) == 1
        and last.label_ == "ORG"
        and last.text in _HOUSES
        and span.start == last.end + 1
        and span.doc[last.end].lower_ == "of"
        and span.label_ in ("ORG", "PERSON")
        and all(t.is_title for t in span)
    )


_SERVING = frozenset(
    {"commission", "committee", "council", "agency", "bank", "fund", "office", "institute"}
    | {"organisation", "organization", "authority", "centre", "center", "foundation", "board"}
)
"""Last words of a body's name that a place it serves may follow ("the Economic Commission
for Latin America and the Caribbean")."""
_PLACES = frozenset({"GPE", "LOC"})


def over_places(spans: list[Span]) -> list[Span]:
    """ "The United Nations' Economic Commission for Latin America and the Caribbean", tagged
    as a body and two places: one body, its name run on over "for" (or "of", "on") and the
    places it names, joined by "and (the)"."""
    merged: list[Span] = []
    i = 0
    while i < len(spans):
        span, end = spans[i], i + 1
        doc = span.doc
        serving = span.label_ == "ORG" and span[-1].lower_ in _SERVING and span[-1].is_title
        if serving and end < len(spans) and _after(spans[end], span.end, ("for", "of", "on")):
            last = end
            while last + 1 < len(spans) and _joined_place(spans[last], spans[last + 1]):
                last += 1
            owner = next((t.i for t in span if t.tag_ == "POS"), None)  # "The United
            # Nations' Economic Commission": the body's own name starts after its owner's
            start = span.start if owner is None else owner + 1
            span, end = Span(doc, start, spans[last].end, "ORG"), last + 1
        merged.append(span)
        i = end
    return merged


def _after(place: Span, at: int, words: tuple[str, ...]) -> bool:
    """A place right after the word at ``at``, which is one of ``words``."""
    doc = place.doc
    return (
        place.label_ in _PLACES
        and at < len(doc)
        and doc[at].lower_ in words
        and place.start == at + 1
    )


def _joined_place(before: Span, place: Span) -> bool:
    """ "Latin America and the Caribbean": a place joined to the one before by "and (the)"."""
    doc = place.doc
    if place.label_ not in _PLACES or before.end >= len(doc) or doc[before.end].lower_ != "and":
        return False
    start = before.end + 1
    start += start < len(doc) and doc[start].lower_ == "the"
    return place.start == start


def at_preposition(span: Span, taken: set[int], people: set[str]) -> list[Span]:
    """A name the model cut or ran on at a preposition, mended: "the Office of the" tagged,
    "Deputy Prime Minister (ODPM)" left out, runs on over the capitalised words after it that
    no other entity holds; "Yonca Brunini of Yahoo", tagged as one, where the article calls
    her "Ms Brunini", is the person and her organisation."""
    if span.label_ not in ("ORG", "PERSON") or len(span) < 2:
        return [span]
    doc = span.doc
    of = next((t.i for t in span[2:-1] if t.lower_ == "of"), None)
    peer = any(t.lower_ in PEERAGES for t in doc[max(span.start - 1, 0) : span.start + 1])
    if of is not None and doc[of - 1].text in people and not peer:  # "Lord Roberts of Conwy"
        return [Span(doc, span.start, of, "PERSON"), Span(doc, of + 1, span.end, "ORG")]
    if span.label_ != "ORG" or span[-1].lower_ not in ("of", "the", "for"):
        return [span]
    end = span.end
    while end < len(doc) and doc[end].is_title and end not in taken:
        end += 1
    return [span if end == span.end else Span(doc, span.start, end, "ORG")]


def named_for(token: Token) -> int | None:
    """The last word of a body's name that runs "<Name> for|of|at <Name>" from ``token``
    (capitalised, a noun), or None."""
    if not token.is_title or token.pos_ not in ("NOUN", "PROPN"):
        return None
    prep = next((c for c in token.children if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in _PREPOSITIONS or prep.i != token.i + 1:
        return None
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if name is None:
        return None
    if name.pos_ == "PROPN" and name.is_title and prep.lower_ in ("for", "of"):
        title = next((t.i for t in token.doc[prep.i + 2 : name.i] if t.lower_ in TITLES), None)
        return name.i if title is None else title - 1  # not "... Officers president Chris Fox"
    return _before_noun(prep, name)


def _before_noun(prep: Token, noun: Token) -> int | None:
    """ "for Work and Pensions spokeswoman": capitalised words (or numbers) from the
    preposition to a spokesperson's or a body's noun."""
    words = noun.doc[prep.i + 1 : noun.i]
    if not words or noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    if not all(w.is_title or w.like_num or w.lower_ in ("and", "&") for w in words):
        return None
    if not words[-1].is_title and not words[-1].like_num:
        return None
    if noun.lower_ in SPOKESPEOPLE:
        return noun.i - 1
    return noun.i if noun.lemma_ in _BODIES else None


_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "into"})
_TITLED = frozenset({"mr", "mrs", "ms", "dr", "president", "judge", "minister", "senator"})


def placed(person: Span) -> bool:
    """A "person" that is a place the parser hangs on a preposition of place ("in Ain Issa");
    not one with a title or a firm's noun ("at Mr Smith's", "Profits at Indian drugmaker Dr
    Reddy's fell") nor a speaker the parser hung there ("At the show in Las Vegas Microsoft
    boss Bill Gates said": the verb after the name has no subject)."""
    root, doc = person.root, person.doc
    if root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE:
        return False
    before = doc[person.start - 1] if person.start > 0 else None
    if person[0].lower_.rstrip(".") in _TITLED or (
        before is not None and before.lower_.rstrip(".") in _TITLED | FIRMS
    ):
        return False  # "at Mr Smith's", "at Indian drugmaker Dr Reddy's"
    verb = doc[person.end] if person.end < len(doc) else None
    return not (
        verb is not None
        and verb.pos_ == "VERB"
        and lexicon().speaks(verb.lemma_)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
