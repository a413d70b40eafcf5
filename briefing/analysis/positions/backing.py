"""Support that takes no side on an issue: help given to someone ("had always supported
him", "Wenger's support for him"), a charity or a club one backs ("a drugs charity which she
supports", "the causes he supports"), support received ("have received support from the
Rice Foundation"), an operation or a study backed ("an operation supported by Russia", "The
study was supported by the Croucher Foundation") and a part played ("nominated for
supporting roles"). "The bill was supported by the Democrats" and "has supported LGBT
rights" take a side."""

from __future__ import annotations

from spacy.tokens import Token

_SOMEONE = frozenset(
    {"me", "him", "her", "us", "them", "you", "myself", "himself", "herself", "ourselves"}
    | {"themselves", "yourself", "yourselves"}
)
_GETTING = frozenset({"receive", "get", "enjoy", "gain", "win", "need", "seek"})
_FUNDED = frozenset({"study", "research", "project", "work", "expedition", "trial"})
_PARTS = frozenset({"role", "part", "actor", "actress", "cast", "character", "performance"})
_RELATIVE = frozenset({"WDT", "WP"})
_ACTED = frozenset({"operation", "offensive", "attack", "campaign", "raid", "assault"})


def no_side(support: Token) -> bool:
    """Whether the cue "support" at ``support`` (a verb or a noun) backs no position."""
    if support.pos_ == "NOUN":
        given_to = [t for c in support.children if c.lower_ == "for" for t in c.children]
        return support.head.lemma_ in _GETTING or any(t.lower_ in _SOMEONE for t in given_to)
    objects = [c for c in support.children if c.dep_ == "dobj"]
    if any(o.lower_ in _SOMEONE or o.tag_ in _RELATIVE for o in objects):
        return True  # "supported him", "which she supports"
    if support.dep_ == "relcl" and not objects and not _passive(support):
        return True  # "the causes he supports": what it backs is the noun it describes
    if any(c.dep_ == "nsubjpass" and c.lemma_ in _FUNDED for c in support.children):
        return True
    if support.dep_ == "acl" and support.head.lemma_.lower() in _ACTED:
        return True  # "an operation supported by Russia": an act backed, not a view
    return support.tag_ == "VBG" and any(o.lemma_.lower() in _PARTS for o in objects)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)
