"""A verb of naming that gives a name, not a view: "An umbrella organisation called the
Disasters Emergency Committee has been set up" (for ``attributions_of``)."""

from __future__ import annotations

from spacy.tokens import Token


def naming(verb: Token) -> bool:
    """ "An umbrella organisation called the Disasters Emergency Committee has been set up":
    "called" after something new, with a name for its only complement, gives a name, not a
    view (the parser may make it the sentence's verb; not "called him a liar", "called
    for")."""
    if verb.lemma_ not in ("call", "dub"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.lower_ in ("a", "an") for c in subject.children):
        return False  # "a group called X" (not "The judges called the book 'an impressive
        # read'", "Biden called Antifa an idea")
    named = [c for c in verb.children if c.dep_ == "oprd" and c.ent_type_]
    others = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "prep") or _told(c)]
    return bool(named) and not others


def _told(clause: Token) -> bool:
    """A clause with a subject of its own (not "has been set up", the sentence's own verb
    hung on "called")."""
    return clause.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
