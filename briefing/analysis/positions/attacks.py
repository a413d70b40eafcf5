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
