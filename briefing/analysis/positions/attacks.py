"""Words against someone, told as an attack: "launched a furious attack on Labour MPs" is a
position against them; an attack on a city is not."""

from __future__ import annotations

from spacy.tokens import Token

ATTACKS = frozenset({"attack", "broadside"})
_SOMEONE = frozenset({"PERSON", "ORG", "NORP"})


def on_someone(noun: Token) -> bool:
    """ "launched a furious attack on Labour MPs": words against someone, not an attack on a
    city."""
    on = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    target = next((c for c in on.children if c.dep_ == "pobj"), None) if on else None
    if target is None:
        return False
    named = [target, *(c for c in target.children if c.dep_ in ("compound", "amod", "poss"))]
    return target.pos_ == "PRON" or any(t.ent_type_ in _SOMEONE for t in named)


_BODIES = frozenset(
    {"people", "person", "civilian", "journalist", "reporter", "soldier", "troop", "police"}
    | {"officer", "worker", "passenger", "ship", "vessel", "village", "town", "base", "convoy"}
    | {"target", "position", "patrol", "checkpoint", "camp", "student", "worshipper"}
)
"""Whom or what force is used on: "started attacking people", "have attacked journalists"."""


def by_force(cue: Token) -> bool:
    """An attack of force, no words against anyone: on people, ships or places named by a
    common noun ("Houthis have attacked journalists", "its recent attack on Japanese cargo
    ships"), or a way of playing ("attacking style")."""
    if cue.dep_ == "amod":
        return True
    if cue.pos_ == "NOUN":
        on = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "on"]
        targets = [t for c in on for t in c.children if t.dep_ == "pobj"]
    else:
        targets = [c for c in cue.children if c.dep_ == "dobj"]
    return any(
        t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in _BODIES for t in targets
    )
