"""The words that head the tagger's spans (a cue's verb, a source's name), and the tagged
sources that are not a cue's (another verb's subject, or a name the verb's comma sets after
it), and the cues that are nobody's ("it is widely expected")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.positions.tagger import Tagged

_NOT_HEADS = frozenset({"aux", "auxpass", "prep"})
"""Verbs that head no cue: auxiliaries, and participles read as prepositions."""


def cue_head(span: Span) -> Token:
    """The word that heads a tagged cue: its last verb ("issued a statement regarding":
    "issued"), else its last noun or adjective, else its root."""
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in _NOT_HEADS]
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    return verbs[-1] if verbs else nouns[-1] if nouns else span.root


def source_head(span: Span) -> Token:
    """The word that names a tagged source: its root, or its last noun when the parse split
    the phrase and left its determiner the root ("The pair claim they are being punished",
    "pair" parsed as a compound of "claim": not "The")."""
    if span.root.pos_ != "DET":
        return span.root
    names = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    return names[-1] if names else span.root


def spoken_by_name_after(subject: Token | None, head: Token) -> bool:
    """ "UK heading wrong way, says Howard": the name after the verb a comma opens speaks,
    not a source the tagger marked before it ("UK"); not an agent ("..., written by Marc
    Headley")."""
    return (
        subject is not None
        and subject.i > head.i > 0
        and bool(subject.ent_type_)
        and subject.dep_ != "pobj"
        and head.doc[head.i - 1].text == ","
    )


def anothers(source: Token, head: Token, subject: Token | None) -> bool:
    """A tagged source that is another verb's subject, for a verb with a subject of its own
    ("All the major parties are focusing on the issue after a survey suggested")."""
    own = subject is not None and subject.head.i == head.i and subject.dep_ == "nsubj"
    if not own or subject.tag_ in ("WP", "WDT"):
        return False
    return source.dep_ in ("nsubj", "nsubjpass") and source.head.i != head.i


def distance(t: Tagged, cue: Tagged) -> int:
    if t.end <= cue.start:
        return cue.start - t.end
    return max(0, t.start - cue.end)


def impersonal(verb: Token) -> bool:
    """A passive cue whose subject is "it" and that names no agent: "it is widely expected
    to be in June", "it is understood that": nobody's view in the text."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (
        subject is not None
        and subject.lower_ == "it"
        and not any(c.dep_ == "agent" for c in verb.children)
    )
