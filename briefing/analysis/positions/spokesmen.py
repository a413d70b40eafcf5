"""A head of government's spokesman speaks for the office the article names: "the prime
minister's official spokesman" after "Downing Street has confirmed" is Downing Street (the
party "Downing Street" or "No 10" stands for), as annotators of British news hold him; with
no office named, he speaks for the prime minister."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.positions.documents import SPOKESPEOPLE

_OFFICES = frozenset({("downing", "street"), ("no", "10"), ("number", "10"), ("number", "ten")})


def office_spoken_for(token: Token, owner: Token, party_of_token: dict[int, str]) -> str | None:
    """The party of the prime minister's office the article names, when ``token`` is a
    spokesman and ``owner`` (his possessor) the prime minister ("Prime Minister Tony Blair's",
    "the PM's")."""
    if token.lemma_.lower() not in SPOKESPEOPLE:
        return None
    words = [t.lower_ for t in owner.subtree]
    prime = any(a == "prime" and b == "minister" for a, b in zip(words, words[1:], strict=False))
    if not (prime or "pm" in words):
        return None
    doc = token.doc
    for t in doc[:-1]:
        if (t.lower_, doc[t.i + 1].lower_) in _OFFICES:
            party = party_of_token.get(t.i + 1) or party_of_token.get(t.i)
            if party is not None:
                return party
    return None
