"""Names of outlets and firms the English model took for things or places: "according to the
Telegraph" tagged as a work, "Rockstar Games ... has said" as a product, "a report by The
Atlantic" as a place are organisations (for ``entities``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.actors import lookup_country
from briefing.analysis.lexicon import lexicon


def cited(ent: Span) -> Span:
    """ "according to the Telegraph" tagged as a product, a work or an event ("according to
    the Sydney Morning Herald"): an outlet that speaks; a "product" that says something
    ("Rockstar Games, the makers of Manhunt, has said"): a company; and "a report by The
    Atlantic" tagged as a place: the one who wrote it, as is a place written with a capital
    "The" within a sentence ("Next, The Atlantic claimed"); "according to the Hollywood Reporter",
    the place alone tagged: the outlet; "according to firm Technorati", tagged a place that
    is no country nor capital: a body that says something."""
    root = ent.root
    outlet = root.head
    if ent.label_ == "GPE" and _according_to(root) and lookup_country(ent.text) is None:
        return Span(ent.doc, ent.start, ent.end, "ORG")
    if ent.label_ == "GPE" and root.dep_ == "compound" and _according_to(outlet):
        rest = ent.doc[ent.end : outlet.i + 1]
        if all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in rest):
            return Span(ent.doc, ent.start, outlet.i + 1, "ORG")
    if (ent.label_ in ("PRODUCT", "WORK_OF_ART", "EVENT") and _according_to(root)) or (
        ent.label_ == "PRODUCT" and root.dep_ == "nsubj" and lexicon().speaks(root.head.lemma_)
    ):
        return Span(ent.doc, ent.start, ent.end, "ORG")
    by = root.head
    if ent.label_ == "LOC" and root.dep_ == "pobj" and by.lower_ == "by" and _written(by.head):
        return Span(ent.doc, ent.start, ent.end, "ORG")
    the = ent.doc[ent.start - 1] if ent.start else None  # "Next, The Atlantic claimed"
    if ent.label_ == "LOC" and the is not None and the.text == "The" and not the.is_sent_start:
        return Span(ent.doc, ent.start, ent.end, "ORG")
    return ent


def _according_to(token: Token) -> bool:
    return (
        token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
    )


def _written(noun: Token) -> bool:
    """A writing someone makes: "a report by", "an article by", "a study by"."""
    return noun.lemma_.lower() in ("report", "article", "study", "survey", "poll", "investigation")
